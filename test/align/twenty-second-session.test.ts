/**
 * Twenty-second session: two clauses that each give a figure in one unit, none alike, state two facts; a figure and
 * the same figure rounded to fewer decimals are alike.
 */
import { describe, expect, it } from 'vitest';
import { alignSettings } from '../../src/settings/align.js';
import { framedReports, joined, withSetting } from '../helpers/stories.js';

const unrest = (extra: string) =>
  `Riots spread to a dozen cities in Velmar on Saturday after police shot a teenager in the capital. ${extra} Schools stayed shut across the country.`;

const pairedWith = (texts: string[], a: RegExp, b: RegExp) =>
  joined(framedReports(unrest, texts)).some((qs) => qs.some((q) => a.test(q)) && qs.some((q) => b.test(q)));

describe('two figures of one unit, none alike, are two facts', () => {
  it('does not join "popularity at 20.6 percent" and "83.3 percent were unhappy", though both polls came out Sunday', () => {
    const texts = [
      'An opinion poll published by the Velmar Courier on Sunday showed support for the government at a dismal 20.6 percent.',
      'An opinion poll published by the Velmar Courier on Sunday said 83.3 percent of voters were unhappy with the government.',
    ];
    expect(pairedWith(texts, /20\.6/, /83\.3/)).toBe(false);
    withSetting(alignSettings, 'unitFiguresApart', false, () =>
      expect(pairedWith(texts, /20\.6/, /83\.3/)).toBe(true),
    );
  });

  it('still joins a figure and the same figure rounded ("2.87%" / "2.9%")', () => {
    const texts = [
      'October consumer price inflation in Velmar came in at 2.87%, data from the statistics office showed last week.',
      'Consumer price inflation in Velmar slowed to 2.9% in October from 3.4% in September, official data showed last week.',
    ];
    expect(pairedWith(texts, /2\.87/, /2\.9%/)).toBe(true);
  });
});
