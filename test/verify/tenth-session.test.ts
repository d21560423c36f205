/** The tenth session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences: each
 * rule with the case it was made for, the same case with the rule turned off, and the case it must not let through. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: a bound is stated only by a figure within it (tenth session)', () => {
  const r = 'Floods killed at least two people in the valley and more than 40 families lost their homes.';

  it('does not take "at least two" for "at least three", nor "more than 40" for "more than 60"', () => {
    for (const d of [
      'Floods killed at least three people in the valley and more than 40 families lost their homes.',
      'Floods killed at least two people in the valley and more than 60 families lost their homes.',
    ]) {
      expect(verdictOf(d, r).verdict).toBe('unsupported');
      // the two intervals meet (both allow 70), so by overlap alone the figure was stated
      expect(verdictWithout({ boundEntailed: false }, d, r).verdict).toBe('supported');
    }
  });

  it('still takes a weaker bound, and a bound of the figure itself', () => {
    expect(
      verdictOf('Floods killed at least two people in the valley and over 30 families lost their homes.', r)
        .verdict,
    ).toBe('supported');
    expect(verdictOf(r, r).verdict).toBe('supported');
  });
});

describe('verify: an opposite is not the draft word again by its predicate class (tenth session)', () => {
  it('holds "cut its rate" against "raised its rate" (both acts on a rate)', () => {
    const r = 'The Velmar central bank raised its deposit rate to 3.5 per cent on Thursday.';
    for (const d of [
      'The Velmar central bank cut its deposit rate to 3.5 per cent on Thursday.',
      'The Velmar central bank lowered its deposit rate to 3.5 per cent on Thursday.',
    ]) {
      expect(verdictOf(d, r).verdict).toBe('contradicted');
      expect(verdictWithout({ oppositeNotSameByClass: false }, d, r).verdict).toBe('supported');
    }
  });
  // (a word of the same class that is no opposite, "soared" for "rose", is still the draft's word: the eighth
  // session's test "takes an opposed act only of the same thing")
});

describe('verify: movements of an amount up and down are opposites (tenth session)', () => {
  const r = 'Exports of timber from the province grew sharply last year, the trade office said.';

  it('holds "fell", "slumped", "dipped", "tumbled" against "grew" said of the same thing', () => {
    for (const v of ['fell', 'slumped', 'dipped', 'tumbled']) {
      const d = `Exports of timber from the province ${v} sharply last year, the trade office said.`;
      expect(verdictOf(d, r).verdict).toBe('contradicted');
      expect(verdictWithout({ amountMovements: false }, d, r).verdict).toBe('supported');
    }
    const f = 'The school board increased funding for rural schools in the spring budget.';
    const d = 'The school board slashed funding for rural schools in the spring budget.';
    expect(verdictOf(d, f).verdict).toBe('contradicted');
    expect(verdictWithout({ amountMovements: false }, d, f).verdict).not.toBe('contradicted');
  });

  it('leaves two movements of two amounts alone ("raising fares" / "a drop in passengers")', () => {
    const b = 'Passenger numbers dropped after the ferry company raised its fares in March.';
    expect(
      verdictOf('After raising fares in March, the ferry company saw a drop in passengers.', b).verdict,
    ).toBe('supported');
  });
});

describe('verify: adverbs related through their adjectives (tenth session)', () => {
  const r = 'The mayor secretly visited Dunmore with two aides before the vote.';

  it('finds "covertly" for "secretly" (covert / secret)', () => {
    const d = 'The mayor covertly visited Dunmore with two aides before the vote.';
    expect(verdictOf(d, r).missing).not.toContain('covertly');
    expect(verdictWithout({ adverbsByAdjective: false }, d, r).missing).toContain('covertly');
  });

  it('holds "violently" against "peacefully" (violent / peaceful)', () => {
    const p = 'Protesters marched peacefully through the centre of Tarlow.';
    const d = 'Protesters marched violently through the centre of Tarlow.';
    expect(verdictOf(d, p).verdict).toBe('contradicted');
    expect(verdictWithout({ adverbsByAdjective: false }, d, p).verdict).toBe('supported');
  });
});

describe('verify: a noun swapped at the end of a sentence (tenth session)', () => {
  const r = 'Police in Dunmore arrested a man suspected of stealing paintings from the city museum.';

  it('reads the end of the sentence as the neighbour after the noun ("city library." / "city museum.")', () => {
    const d = 'Police in Dunmore arrested a man suspected of stealing paintings from the city library.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ substitutionAtEdge: false }, d, r).verdict).toBe('supported');
  });

  it('still takes the same noun worded around it ("the city\'s museum")', () => {
    expect(
      verdictOf('Police in Dunmore arrested a man suspected of stealing paintings from the city’s museum.', r)
        .verdict,
    ).toBe('supported');
  });
});

describe('verify: a country the report names by an adjective the entity reader left as a word (tenth session)', () => {
  const r = 'Norwegian and Swedish coastguards searched the fjord for the missing trawler on Friday.';

  it('finds "Norway and Sweden" in "Norwegian and Swedish", not "Denmark"', () => {
    const d = 'Coastguards from Norway and Sweden searched the fjord for the missing trawler on Friday.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ countryWordsStated: false }, d, r).verdict).toBe('unsupported');
    expect(
      verdictOf(
        'Coastguards from Norway and Denmark searched the fjord for the missing trawler on Friday.',
        r,
      ).verdict,
    ).toBe('unsupported');
  });
});

describe('verify: a bare number the report has as a word of no figure (tenth session)', () => {
  const r = 'The 79-year-old sculptor died at his studio in Tarlow on Sunday, his family said.';

  it('finds "The sculptor, 79," in "The 79-year-old sculptor", not 78', () => {
    const d = 'The sculptor, 79, died at his studio in Tarlow on Sunday.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ numeralAsWord: false }, d, r).verdict).toBe('unsupported');
    expect(verdictOf('The sculptor, 78, died at his studio in Tarlow on Sunday.', r).verdict).toBe(
      'unsupported',
    );
  });
});

describe('verify: a denial in who says it (tenth session)', () => {
  const r = 'The mayor confirmed that the bridge would be closed for repairs in June.';

  it('holds "the mayor denied that …" against "the mayor confirmed that …"', () => {
    const d = 'The mayor denied that the bridge would be closed for repairs in June.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    expect(verdictWithout({ attributedDenial: false }, d, r).verdict).toBe('supported');
    expect(verdictOf('The mayor said the bridge would be closed for repairs in June.', r).verdict).toBe(
      'supported',
    );
  });

  it('takes a denial worded another way as the same denial ("rejected claims that …")', () => {
    const denied = 'The ministry rejected claims that troops had crossed the border on Sunday.';
    expect(
      verdictOf('The ministry denied that troops had crossed the border on Sunday.', denied).verdict,
    ).toBe('supported');
  });
});

describe('verify: opposites of rulings, praise and adding (tenth session lexicon)', () => {
  it('holds "overturned" / "upheld", "slammed" / "praised", "removed" / "added"', () => {
    for (const [r, d] of [
      [
        'The regional court upheld the ban on night flights at Velmar airport.',
        'The regional court overturned the ban on night flights at Velmar airport.',
      ],
      [
        'The minister praised the new rail timetable during a visit to Tarlow.',
        'The minister slammed the new rail timetable during a visit to Tarlow.',
      ],
      [
        'The harbour board added two evening sailings to the winter timetable.',
        'The harbour board removed two evening sailings from the winter timetable.',
      ],
    ] as const)
      expect(verdictOf(d, r).verdict).toBe('contradicted');
  });
});

describe('verify: a verb with its particle is the phrasal verb (tenth session)', () => {
  it('finds "stepped down" in "resigned" and "called off" in "cancelled"', () => {
    for (const [r, d, w] of [
      [
        'The coach of the Harriers resigned on Monday.',
        'The coach of the Harriers stepped down on Monday.',
        'stepped',
      ],
      [
        'The harbour festival was cancelled because of the storm warning.',
        'The harbour festival was called off because of the storm warning.',
        'called',
      ],
    ] as const) {
      expect(verdictOf(d, r).missing).not.toContain(w);
      expect(verdictWithout({ phrasalVerbs: false }, d, r).missing).toContain(w);
    }
  });
});
