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
    const d = 'Shares in the toy maker Orvik fell sharply after its profit disappointed investors.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ nounModifierSubstitution: false }, d, r).verdict).toBe('supported');
    expect(
      verdictOf(
        'Shares in the furniture maker Orvik fell sharply after its profit disappointed investors.',
        r,
      ).verdict,
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

describe('verify: the report saying the draft word of the same thing is no swap (eleventh session)', () => {
  it('takes "sales fell by a fifth after hiking prices" against "raised prices, and its sales fell by a fifth"', () => {
    const r = 'The bakery chain Velro raised delivery prices in March, and its sales fell by a fifth.';
    const d = 'Sales at the bakery chain Velro fell by a fifth after hiking prices in March.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    // "fell" two words from "Velro", "raised" beside it: by position alone an opposite said of the same thing
    expect(verdictWithout({ oppositeOwnWordSaid: false, oppositeNotByFigure: false }, d, r).verdict).toBe(
      'contradicted',
    );
    expect(
      verdictOf('Sales at the bakery chain Velro rose by a fifth after hiking prices in March.', r).verdict,
    ).toBe('contradicted');
  });

  it('takes two movements said the other way round, and still holds a movement swapped', () => {
    const r =
      'Exports of timber from the province grew sharply last year while imports of steel fell sharply, the trade office said.';
    const d = 'Imports of steel fell sharply last year while timber exports grew.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ oppositeOwnWordSaid: false, oppositeNotByFigure: false }, d, r).verdict).toBe(
      'contradicted',
    );
    expect(verdictOf('Exports of timber from the province saw a sharp drop last year.', r).verdict).toBe(
      'contradicted',
    );
  });
});
