/** The thirteenth session's readings, on invented sentences: each rule with the case it was made for, the same case
 * with the rule turned off, and what it must not hold. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: a verb of refusal in either voice states the same act (thirteenth session)', () => {
  it('"the motion was rejected by councillors" states "councillors rejected the motion", both ways', () => {
    const pairs: [string, string][] = [
      ['Councillors in Brenmoor rejected the motion.', 'The motion was rejected by councillors in Brenmoor.'],
      ['The motion was rejected by councillors in Brenmoor.', 'Councillors in Brenmoor rejected the motion.'],
      ['The licence was refused by the regulator.', 'The regulator refused the licence on Tuesday.'],
      ['The tenants declined the settlement.', 'The settlement was declined by the tenants.'],
    ];
    for (const [d, r] of pairs) {
      expect(verdictOf(d, r).verdict).toBe('supported');
      expect(verdictWithout({ refusalPassive: false }, d, r).verdict).toBe('contradicted');
    }
  });

  it('another act, or a negated refusal, is still not supported', () => {
    expect(
      verdictOf('The motion was rejected by councillors.', 'Councillors approved the motion.').verdict,
    ).toBe('contradicted');
    expect(
      verdictOf('Councillors approved the motion.', 'The motion was rejected by councillors.').verdict,
    ).toBe('contradicted');
    expect(
      verdictOf('The motion was not rejected by councillors.', 'Councillors rejected the motion.').verdict,
    ).toBe('contradicted');
    // "refused to" is no act on a thing: still a negation of what follows
    expect(
      verdictOf('The regulator refused to grant the licence.', 'The regulator granted the licence.').verdict,
    ).toBe('contradicted');
  });
});

describe('verify: "no one" is a pronoun (thirteenth session)', () => {
  it('"No one was hurt" states "Nobody was injured" and "there were no injuries"; "one" is no figure', () => {
    const r = 'Nobody was injured when the crane fell in Tarrow, the fire service said.';
    const d = 'No one was injured when the crane fell in Tarrow.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ noOnePronoun: false }, d, r).verdict).toBe('contradicted');
    const d2 = 'There were no injuries when the crane fell in Tarrow.';
    const r2 = 'No one was injured when the crane fell in Tarrow, the fire service said.';
    expect(verdictOf(d2, r2).verdict).toBe('supported');
    expect(verdictWithout({ noOnePronoun: false }, d2, r2).verdict).toBe('contradicted');
  });

  it('"no one" against a subject "no": "No group has claimed it" states "No one claimed it"', () => {
    const d = 'No one claimed responsibility for the fire at the Tarrow depot.';
    const r = 'No group has claimed responsibility for the fire at the Tarrow depot.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    // (without it: "one" read as a figure the report lacks)
    expect(verdictWithout({ noOnePronoun: false }, d, r).verdict).not.toBe('supported');
  });

  it('still sets "no one" against people hurt, and one person against no one', () => {
    expect(
      verdictOf(
        'No one was injured when the crane fell in Tarrow.',
        'Two workers were injured when the crane fell in Tarrow.',
      ).verdict,
    ).toBe('contradicted');
    expect(
      verdictOf(
        'One worker was injured when the crane fell in Tarrow.',
        'No one was injured when the crane fell in Tarrow.',
      ).verdict,
    ).not.toBe('supported');
  });
});

describe('verify: a negation in who says it (thirteenth session)', () => {
  it('"Nobody claimed responsibility" is not stated by "A militia claimed responsibility"', () => {
    const d = 'Nobody claimed responsibility for the fire at the Tarrow depot.';
    const r = 'A local militia claimed responsibility for the fire at the Tarrow depot.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    expect(verdictWithout({ negatedSpeaker: false }, d, r).verdict).toBe('supported');
  });

  it('a speaker named without a negation is still no content', () => {
    expect(
      verdictOf(
        'Officials said the depot would reopen in May.',
        'The depot will reopen in May, the owners said.',
      ).verdict,
    ).toBe('supported');
  });
});

describe('verify: "with no" is "without" (thirteenth session)', () => {
  it('"ended with no agreement" states "ended without an agreement", both ways', () => {
    const a = 'The Velmar wage talks ended without an agreement.';
    const b = 'The Velmar wage talks ended with no agreement on Friday.';
    expect(verdictOf(a, b).verdict).toBe('supported');
    expect(verdictWithout({ withNoIsWithout: false }, a, b).verdict).toBe('contradicted');
    const c = 'The Velmar wage talks ended with no agreement.';
    const e = 'The Velmar wage talks ended without an agreement on Friday.';
    expect(verdictOf(c, e).verdict).toBe('supported');
    expect(verdictWithout({ withNoIsWithout: false }, c, e).verdict).toBe('contradicted');
  });

  it('"with an agreement" is still the opposite of "without"', () => {
    expect(
      verdictOf(
        'The Velmar wage talks ended with an agreement.',
        'The Velmar wage talks ended with no agreement on Friday.',
      ).verdict,
    ).not.toBe('supported');
  });
});

describe('verify: a negation is a conflict to cite only on a word both sides say (thirteenth session)', () => {
  it('"did not take part in the vote" against "boycotted the vote": not supported, not contradicted', () => {
    const d = 'The Brenmoor opposition boycotted the budget vote.';
    const r = 'Brenmoor opposition councillors did not take part in the budget vote.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ negatedHeadUncited: false }, d, r).verdict).toBe('contradicted');
    const d2 = 'Orvik did not meet its sales target for the spring.';
    const r2 = 'Orvik missed its sales target for the spring.';
    expect(verdictOf(d2, r2).verdict).toBe('unsupported');
    expect(verdictWithout({ negatedHeadUncited: false }, d2, r2).verdict).toBe('contradicted');
  });

  it('a negation added to or dropped from the word both sides say is still contradicted', () => {
    expect(
      verdictOf(
        'Brenmoor opposition councillors took part in the budget vote.',
        'Brenmoor opposition councillors did not take part in the budget vote.',
      ).verdict,
    ).toBe('contradicted');
    expect(
      verdictOf(
        'Orvik did not meet its sales target for the spring.',
        'Orvik met its sales target for the spring.',
      ).verdict,
    ).toBe('contradicted');
  });
});

describe('verify: a phrasal verb of negation (thirteenth session)', () => {
  it('"ruled out resigning" states "would not resign", both ways', () => {
    const d = 'The Orvik harbour master ruled out resigning.';
    const r = 'The Orvik harbour master said he would not resign.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ phrasalNegatives: false }, d, r).verdict).toBe('contradicted');
    const d2 = 'The Orvik harbour master said he would not resign.';
    const r2 = 'The Orvik harbour master ruled out resigning on Monday.';
    expect(verdictOf(d2, r2).verdict).toBe('supported');
    expect(verdictWithout({ phrasalNegatives: false }, d2, r2).verdict).not.toBe('supported');
  });

  it('"ruled out" is still set against the act affirmed', () => {
    expect(
      verdictOf(
        'Inspectors ruled out sabotage at the Orvik depot.',
        'Inspectors suspect sabotage at the Orvik depot.',
      ).verdict,
    ).toBe('contradicted');
    expect(
      verdictOf(
        'The Orvik harbour master said he would resign.',
        'The Orvik harbour master ruled out resigning.',
      ).verdict,
    ).toBe('contradicted');
  });
});
