/** Five wrong verdicts found on invented sentences and left alone in the tenth session, with the rule made for each
 * (src/verify/support.ts): the case, the same case with the rule turned off, and the case it must not let through. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: a preposition that carries the fact swapped for its opposite (tenth session)', () => {
  it('does not take "voted for" or "in favour of" for "voted against"', () => {
    const r = 'The Tarlow council voted against the new harbour plan on Tuesday.';
    for (const d of [
      'The Tarlow council voted for the new harbour plan on Tuesday.',
      'The Tarlow council voted in favour of the new harbour plan on Tuesday.',
    ]) {
      expect(verdictOf(d, r).verdict).toBe('contradicted');
      expect(verdictWithout({ prepositionOpposites: false }, d, r).verdict).toBe('supported');
    }
  });

  it('does not take "resigned before the vote" for "resigned after the vote", even with the clause moved', () => {
    const d = 'The mayor of Tarlow resigned before the vote on the harbour plan.';
    for (const r of [
      'The mayor of Tarlow resigned after the vote on the harbour plan.',
      'After the vote on the harbour plan, the mayor of Tarlow resigned.',
    ]) {
      expect(verdictOf(d, r).verdict).toBe('contradicted');
      expect(verdictWithout({ prepositionOpposites: false }, d, r).verdict).toBe('supported');
    }
  });

  it('holds "with" against "without" (the negation check holds it too)', () => {
    const d = 'The ferry sailed to Tarlow with its cargo of grain.';
    const r = 'The ferry sailed to Tarlow without its cargo of grain.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    expect(verdictOf(d, r).reason).toContain('"with"');
  });

  it('keeps the converse wording, and a report that says both', () => {
    expect(
      verdictOf(
        'The vote came after the mayor of Tarlow resigned.',
        'The mayor of Tarlow resigned before the vote.',
      ).verdict,
    ).toBe('supported');
    expect(
      verdictOf(
        'The Tarlow council voted for the new harbour plan.',
        'The Tarlow council voted for the new harbour plan and against the budget.',
      ).verdict,
    ).toBe('supported');
    expect(
      verdictOf(
        'The mayor of Tarlow resigned after the vote.',
        'After the vote, the mayor of Tarlow resigned.',
      ).verdict,
    ).toBe('supported');
  });
});

describe('verify: a capitalised common word opening the sentence is read by its base form (tenth session)', () => {
  it('holds "Imports" against "Exports" at the start of the sentence', () => {
    const r = 'Exports of timber from the province grew sharply last year.';
    const d = 'Imports of timber from the province grew sharply last year.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    expect(verdictWithout({ openingCommonLemma: false }, d, r).verdict).toBe('supported');
  });

  it('keeps the same word, and a name opening the sentence', () => {
    const r = 'Exports of timber from the province grew sharply last year.';
    expect(verdictOf(r, r).verdict).toBe('supported');
    expect(verdictOf('Export of timber from the province grew sharply last year.', r).verdict).toBe(
      'supported',
    );
    // ("Brooks" is a common word too, a plural of "brook", and a name: another name is not it)
    const n = 'Brooks won the harbour contract in Tarlow.';
    expect(verdictOf(n, n).verdict).toBe('supported');
    expect(verdictOf(n, 'Jones won the harbour contract in Tarlow.').verdict).not.toBe('supported');
  });
});

describe('verify: a verb of refusal with a noun object states an act (tenth session)', () => {
  const r = 'The Tarlow court rejected the appeal of the harbour company on Monday.';

  it('takes "dismissed the appeal" for "rejected the appeal"', () => {
    const d = 'The Tarlow court dismissed the appeal of the harbour company on Monday.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ refusalActs: false }, d, r).verdict).toBe('contradicted');
  });

  it('still holds another act, a refusal to act and a denial of a statement', () => {
    expect(
      verdictOf('The Tarlow court upheld the appeal of the harbour company on Monday.', r).verdict,
    ).not.toBe('supported');
    expect(
      verdictOf(
        'The mayor of Tarlow commented on the harbour plan.',
        'The mayor of Tarlow declined to comment on the harbour plan.',
      ).verdict,
    ).toBe('contradicted');
    expect(
      verdictOf(
        'The mayor of Tarlow said that the harbour would close.',
        'The mayor of Tarlow denied that the harbour would close.',
      ).verdict,
    ).toBe('contradicted');
    expect(
      verdictOf(
        'The court granted bail to the harbour company director.',
        'The court denied bail to the harbour company director.',
      ).verdict,
    ).toBe('contradicted');
  });
});

describe('verify: to be left without a thing is to lose it (tenth session)', () => {
  const d = 'Thousands of homes in Tarlow lost power after the storm.';

  it('takes "lost power" for "left … without power", active or passive, and the other way round', () => {
    for (const r of [
      'The storm left thousands of homes in Tarlow without power.',
      'Thousands of homes in Tarlow were left without power after the storm.',
    ]) {
      expect(verdictOf(d, r).verdict).toBe('supported');
      expect(verdictWithout({ leftWithoutIsLoss: false }, d, r).verdict).toBe('contradicted');
    }
    expect(verdictOf('The storm left thousands of homes in Tarlow without power.', d).verdict).toBe(
      'supported',
    );
  });

  it('still holds "kept power", and a loss of someone else ("left the town without")', () => {
    const r = 'The storm left thousands of homes in Tarlow without power.';
    expect(verdictOf('Thousands of homes in Tarlow kept power after the storm.', r).verdict).toBe(
      'contradicted',
    );
    expect(
      verdictOf(
        'Residents of Tarlow lost their belongings.',
        'Residents of Tarlow left the town without their belongings.',
      ).verdict,
    ).not.toBe('supported');
  });
});
