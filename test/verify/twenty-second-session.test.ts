/** The twenty-second session's rules of the sentence-level support test (src/verify/support.ts) on invented
 * sentences: each rule with the case it was made for, and the same case with the rule turned off. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: figures written two ways (twenty-second session)', () => {
  it('an ordinal in figures is the ordinal in words ("11th hour" / "eleventh-hour")', () => {
    const r = 'The minister said the council would scrap the eleventh-hour rule on river permits.';
    const d = 'The minister said the council would scrap the 11th hour rule on river permits.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ ordinalForms: false }, d, r).verdict).not.toBe('supported');
    // (and the other way round; another ordinal is still no figure of the report)
    expect(
      verdictOf('Dana Orr won a second term in the vote.', 'Dana Orr won a 2nd term in the vote.').verdict,
    ).toBe('supported');
    expect(
      verdictOf('Dana Orr won a third term in the vote.', 'Dana Orr won a 2nd term in the vote.').verdict,
    ).not.toBe('supported');
  });

  it('a whole number in figures is the number in words ("a 15-year employee" / "the fifteen-year employee")', () => {
    const r = 'Police said the fifteen-year employee had been suspended on the day of the shooting.';
    const d = 'Police said the 15-year employee had been suspended on the day of the shooting.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ cardinalForms: false }, d, r).verdict).not.toBe('supported');
    // another number is still no figure of the report
    expect(
      verdictOf('Police said the 16-year employee had been suspended on the day of the shooting.', r).verdict,
    ).not.toBe('supported');
  });
});
