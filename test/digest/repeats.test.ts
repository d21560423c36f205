/**
 * `digest` never says one thing twice: a claim whose best quote repeats nearly all the words of a sentence already
 * told (every figure among them) is left out, as a reader would strike the second of two near-identical sentences.
 */
import { describe, expect, it } from 'vitest';
import { digestReport } from '../../src/digest/index.js';
import type { Claim, Report } from '../../src/model/report.js';
import { framedReports } from '../helpers/stories.js';

const LONG =
  'The warship immediately altered course towards the suspicious boats and challenged them, the officer said, adding that the skiffs then tried to flee.';
const SHORT =
  'The warship immediately altered (its course) towards the suspicious boats and challenged them.';
const OTHER = 'The warship immediately altered course towards the 12 suspicious boats and challenged them.';

const frame = (extra: string) =>
  `An Indian warship foiled a pirate attack in the Gulf of Aden on Thursday, the navy said. ${extra} The merchant ships were unharmed.`;

/** The report of four outlets, its one story's claims replaced by two corroborated claims: `first` (reports a, b)
 * and `second` (reports c, d). */
function twoClaims(first: string, second: string): Report {
  const r = framedReports(frame, [first, first, second, second]);
  const claim = (id: string, quote: string, docs: string[]): Claim => ({
    id,
    statement: quote,
    status: 'corroborated',
    evidence: docs.map((d) => {
      const text = r.documents.find((x) => x.id === d)!.text;
      const start = text.indexOf(quote);
      return { document: d, quote, start, end: start + quote.length };
    }),
    independentOutlets: docs.length,
  });
  const story = r.stories[0]!;
  return {
    ...r,
    stories: [
      {
        ...story,
        claims: [claim('c1', first, ['a', 'b']), claim('c2', second, ['c', 'd'])],
        disputes: [],
      },
    ],
  };
}

const factTexts = (r: Report) =>
  digestReport(r)
    .stories.flatMap((s) => s.paragraphs.flat())
    .filter((s) => s.kind === 'corroborated')
    .map((s) => s.text);

describe('digest: one thing said once', () => {
  it('leaves out a sentence nearly all of whose words one already told says', () => {
    const texts = factTexts(twoClaims(LONG, SHORT));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('the officer said');
  });

  it('but keeps one with a figure the told one lacks', () => {
    expect(factTexts(twoClaims(LONG, OTHER))).toHaveLength(2);
  });
});
