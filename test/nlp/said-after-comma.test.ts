/** ", said DA spokesman Gregg Miliote": the speaker after "said" (src/nlp/stance.ts, twenty-second session). */
import { afterEach, describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { nlpSettings } from '../../src/settings/nlp.js';
import { cleanDoc } from '../helpers/docs.js';

const speaker = (text: string) => annotate(cleanDoc('a', text)).sentences[0]!.attribution?.source ?? null;

describe('the speaker after ", said"', () => {
  afterEach(() => {
    nlpSettings.saidAfterComma = true;
  });

  it('is the name after "said" and its title, not a place before the comma', () => {
    const t =
      'The bodies were found in an apartment on Independence Street, said DA spokesman Gregg Miliote.';
    expect(speaker(t)).toBe('Gregg Miliote');
    expect(speaker('Officers used a Taser to subdue him, said Sgt. Marty Earley.')).toBe('Marty Earley');
    nlpSettings.saidAfterComma = false;
    expect(speaker(t)).toBe('Independence Street');
  });

  it('keeps a speaker named before the comma, and reads "told" and "said in" as before', () => {
    expect(
      speaker(
        "Trump's special envoy, Keith Kellogg, said in an ABC interview that officials would be in Istanbul.",
      ),
    ).toBe('Keith Kellogg');
    expect(speaker('"We fired in self-defense," Commodore Nirad Sinha, a navy spokesman, told CNN.')).toBe(
      'Nirad Sinha',
    );
  });
});
