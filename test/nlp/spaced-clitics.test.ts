/** Apostrophes printed spaced, as wire copy in ECB+ prints them ("didn ’ t", "It ’ s"): read as the unspaced forms
 * (src/nlp/sentences.ts, twenty-second session). */
import { afterEach, describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { nlpSettings } from '../../src/settings/nlp.js';
import { cleanDoc } from '../helpers/docs.js';

const read = (text: string) => {
  const a = annotate(cleanDoc('a', text));
  return {
    tokens: a.sentences.flatMap((s) => s.tokens).map((t) => `${t.text}/${t.normal}`),
    negations: a.sentences.flatMap((s) => s.negations).map((n) => a.doc.text.slice(n.start, n.end)),
  };
};

describe('spaced clitics', () => {
  afterEach(() => {
    nlpSettings.spacedClitics = true;
  });

  it('finds the negation of "didn ’ t" and "can ’ t", as of "didn’t"', () => {
    const r = read('The police didn ’ t find the gun and we can ’ t say why.');
    expect(r.negations).toEqual(['n ’ t', 'n ’ t']);
    expect(r.tokens).toContain('did/did');
    expect(read('The police didn’t find the gun.').negations).toEqual(['n’t']);
    nlpSettings.spacedClitics = false;
    expect(read('The police didn ’ t find the gun and we can ’ t say why.').negations).toEqual([]);
  });

  it('reads "’ s" as one clitic ("It ’ s over", "the Sheriff ’ s unit"), and leaves a lone apostrophe alone', () => {
    expect(read('It ’ s over for the Sheriff ’ s unit.').tokens).toEqual([
      'It/it',
      "’ s/'s",
      'over/over',
      'for/for',
      'the/the',
      'Sheriff/sheriff',
      "’ s/'s",
      'unit/unit',
      './.',
    ]);
    expect(read('The Williams ’ case was dropped.').tokens).toContain('’/’');
  });
});
