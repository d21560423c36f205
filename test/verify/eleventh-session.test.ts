/** The eleventh session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences:
 * each rule with the case it was made for, the same case with the rule turned off, and what it must not hold. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: a figure of the same count decides (eleventh session)', () => {
  const r =
    'A landslide at the quarry killed at least two workers and left more than 30 missing, officials said.';

  it('does not take "more than 30 missing" for "at least four workers"', () => {
    const d =
      'A landslide at the quarry killed at least four workers and left more than 30 missing, officials said.';
    expect(verdictOf(d, r).verdict).not.toBe('supported');
    // "more than 30" (what it counts unsaid) lies within "at least four": by interval alone it stated it
    expect(verdictWithout({ figureOfSameCount: false }, d, r).verdict).toBe('supported');
  });

  it('still takes the figure of the same count, and a weaker bound of it', () => {
    expect(verdictOf(r, r).verdict).toBe('supported');
    const d =
      'A landslide at the quarry killed at least two workers and left over 20 missing, officials said.';
    expect(verdictOf(d, r).verdict).toBe('supported');
  });
});

describe('verify: a noun modifier the report lacks is a detail added (eleventh session)', () => {
  const r =
    'A warehouse fire in the port of Velmar destroyed dozens of trucks on Sunday, the fire brigade said.';

  it('holds "a coal warehouse", "a paper warehouse" and "army trucks" against "a warehouse", "trucks"', () => {
    for (const d of [
      'A coal warehouse fire in the port of Velmar destroyed dozens of trucks on Sunday.',
      'A paper warehouse fire in the port of Velmar destroyed dozens of trucks on Sunday.',
      'A warehouse fire in the port of Velmar destroyed dozens of army trucks on Sunday.',
    ]) {
      expect(verdictOf(d, r).verdict).toBe('unsupported');
      expect(verdictWithout({ nounModifierStrict: false }, d, r).verdict).toBe('supported');
    }
  });

  it('takes a modifier the report has, and one that rewords the report\'s ("gathering place" / "meeting place")', () => {
    expect(
      verdictOf('A warehouse fire in the port of Velmar destroyed dozens of trucks on Sunday.', r).verdict,
    ).toBe('supported');
    const m = 'Fans left flowers at the stadium, which had long been a meeting place for supporters.';
    expect(
      verdictOf('Fans left flowers at the stadium, which had long been a gathering place for supporters.', m)
        .verdict,
    ).toBe('supported');
  });
});

describe('verify: a noun modifier in the place of another is another kind (eleventh session)', () => {
  const r = 'Shares in the furniture maker Orvik fell sharply after its profit dropped, the company said.';

  it('holds "the toy maker" against "the furniture maker", however reworded the rest', () => {
    const d = 'Shares in the toy maker Orvik fell sharply after its profit plunged by a third.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ nounModifierSubstitution: false }, d, r).verdict).toBe('supported');
    expect(
      verdictOf('Shares in the furniture maker Orvik fell sharply after its profit plunged by a third.', r)
        .verdict,
    ).toBe('supported');
  });

  it('holds a kind of the noun it modifies ("oak trees" / "trees"), not an -ing form ("after hiking fares")', () => {
    const t =
      'Council workers repaired the harbour road after the storm and cleared the fallen trees by Friday.';
    const oak =
      'Council workers repaired the harbour road after the storm and cleared the fallen oak trees by Friday.';
    expect(verdictOf(oak, t).verdict).toBe('unsupported');
    expect(verdictWithout({ nounModifierStrict: false }, oak, t).verdict).toBe('supported');
    // "hiking" is read as a noun before "fares": an act done to them, worded as freely as any verb
    const f = 'The ferry operator lost passengers after it raised ticket fares in the summer.';
    expect(verdictOf('The ferry operator lost passengers after hiking fares in the summer.', f).verdict).toBe(
      'supported',
    );
  });
});
