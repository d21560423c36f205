/** The twenty-first session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences:
 * each rule with the case it was made for, and the same case with the rule turned off. */
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { verifySettings } from '../../src/settings/verify.js';
import { report, verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: opposites said of one thing (twenty-first session)', () => {
  it('two adjectives qualifying two different nouns are no swap ("last 10 games" / "the first round")', () => {
    const r = 'Last season, the Harriers lost eight of 10 games and went out in the first round to Kelso.';
    const d = 'Last season, the Harriers lost eight of their last 10 games.';
    expect(verdictOf(d, r).verdict).not.toBe('contradicted');
    expect(verdictWithout({ oppositeAdjectiveHead: false }, d, r).verdict).toBe('contradicted');
  });

  it('but are one where they qualify the same noun ("the last round" / "the first round")', () => {
    const r = 'The Harriers lost in the first round of the playoffs to Kelso.';
    const d = 'The Harriers lost in the last round of the playoffs to Kelso.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    // and a predicate adjective, which qualifies no noun after it, is read as before
    expect(
      verdictOf(
        'The bridge over the Tarn was closed on Monday.',
        'The bridge over the Tarn was open on Monday.',
      ).verdict,
    ).not.toBe('supported');
  });

  it('verbs opposed only as manners of opposed acts are opposites where both take an object or neither does', () => {
    // "returned with a revolver" (going back) is no opposite of "grabbed a revolver" (WordNet: take / give back)
    const r =
      'After a row with her supervisor, Hiller walked out to her car, grabbed a revolver and came back into the plant.';
    const d = 'Hiller returned with a revolver.';
    expect(verdictOf(d, r).verdict).not.toBe('contradicted');
    expect(verdictWithout({ mannerSameValency: false }, d, r).verdict).toBe('contradicted');
    // both with an object, or neither, or one in the passive: still opposites
    const shares = 'Shares in Velro plunged after the company raised prices to counter inflation.';
    expect(
      verdictOf('Shares in Velro surged after the company raised prices to counter inflation.', shares)
        .verdict,
    ).toBe('contradicted');
    expect(
      verdictOf('Shares in Velro plunged after the company lowered prices to counter inflation.', shares)
        .verdict,
    ).toBe('contradicted');
    expect(
      verdictOf('Shares in Velro plunged after prices were lowered to counter inflation.', shares).verdict,
    ).toBe('contradicted');
  });

  it('reads "a total of" before a number as the wording of the figure, no word of fact', () => {
    const r = 'Police said 12 people were arrested after the match in Tarnby on Saturday.';
    const d = 'A total of 12 people were arrested after the match in Tarnby on Saturday.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ totalOfFigure: false }, d, r).verdict).toBe('unsupported');
    // "the total cost" is a word of fact
    expect(
      verdictOf(
        'The total cost of the match in Tarnby was 12 million.',
        'The cost of the match in Tarnby was 12 million.',
      ).verdict,
    ).toBe('unsupported');
  });
});

describe('verify: what a negation denies (twenty-first session)', () => {
  it('a negated verb of telling before a question word negates the telling, not the question ("did not say why")', () => {
    const r = 'Police did not say why Ilse Marvik, a longtime employee of the port, was suspended.';
    const d = 'Ilse Marvik was suspended by the port.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ negatedTellingQuestion: false }, d, r).verdict).toBe('contradicted');
    // the other way round: a draft that does not say why is not denied by a report that says it happened
    const said = 'Police said on Monday that Ilse Marvik had been suspended by the port.';
    const why = 'Police did not say why Ilse Marvik had been suspended by the port.';
    expect(verdictOf(why, said).verdict).toBe('supported');
    expect(verdictWithout({ negatedTellingQuestion: false }, why, said).verdict).toBe('contradicted');
  });

  it('a denial of a claim its noun names negates the claim ("dismissed concerns that the bridge would close")', () => {
    const r = 'The mayor of Tarnby dismissed concerns that the harbour bridge would close this winter.';
    const denied = 'The mayor of Tarnby said the harbour bridge would not close this winter.';
    expect(verdictOf(denied, r).verdict).toBe('supported');
    expect(verdictWithout({ denialOfClaim: false }, denied, r).verdict).toBe('contradicted');
    // and the claim itself is not supported by its denial
    const claimed = 'The mayor of Tarnby said the harbour bridge would close this winter.';
    expect(verdictOf(claimed, r).verdict).not.toBe('supported');
    expect(verdictWithout({ denialOfClaim: false }, claimed, r).verdict).toBe('supported');
  });

  it('a figure said of one outcome for people is not stated by figures said of another, wherever its verb stands', () => {
    const r =
      'Some 63 people were injured in the outbreak and an 84-year-old woman has died, the minister said.';
    const d = 'At least two people have died in the outbreak.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ figureOutcomeFound: false }, d, r).verdict).toBe('supported');
    // a figure of that outcome states it
    const two = 'Some 63 people were injured in the outbreak and two people have died, the minister said.';
    expect(verdictOf(d, two).verdict).toBe('supported');
  });

  it('a value stated in words the figure reader leaves ("unanimously") is a figure the report must state', () => {
    const r =
      'The Bank of Tarnby on Thursday lowered its main interest rate by a quarter point, to 3.5 per cent.';
    const d = 'The Bank of Tarnby on Thursday unanimously decided to lower its main interest rate.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ factValueWordsStated: false }, d, r).verdict).toBe('supported');
    // against a report that gives the vote, the vote's facts decide
    const vote = r + ' The seven-member committee voted five to two for the cut.';
    expect(verdictOf(d, vote).verdict).toBe('contradicted');
  });
});

describe('verify: times of day (twenty-first session)', () => {
  const r =
    'The club confirmed the signing of the striker at 21:40 on Monday, barely two hours before the window closed.';

  it('a part of the day the report\'s time of day does not meet is not stated ("Monday morning" / "21:40 on Monday")', () => {
    for (const d of [
      'The club confirmed the signing of the striker on Monday morning.',
      'The signing of the striker was confirmed in the early hours of the morning.',
    ]) {
      expect(verdictOf(d, r).verdict).toBe('unsupported');
      expect(verdictWithout({ dayPartsStated: false }, d, r).verdict).toBe('supported');
    }
  });

  it('one it meets, a bound ("by Monday evening") and an eve ("the night before") are read as before', () => {
    expect(verdictOf('The club confirmed the signing of the striker on Monday evening.', r).verdict).toBe(
      'supported',
    );
    expect(verdictOf('By Monday evening the club had confirmed the signing of the striker.', r).verdict).toBe(
      'supported',
    );
    expect(
      verdictOf('On the night before the window closed, the club confirmed the signing of the striker.', r)
        .verdict,
    ).toBe('supported');
    // and a report with no time of day leaves a part of the day to the coverage, as any word
    expect(
      verdictOf(
        'The club confirmed the signing of the striker on Monday night.',
        'The club confirmed the signing of the striker on Monday, barely two hours before the window closed.',
      ).verdict,
    ).toBe('supported');
  });

  it('a noun with its modifier put in the place of another noun is one phrase ("to domestic poultry until" / "to humans until")', () => {
    const r =
      'Bird flu was not seen as a threat to humans until 2004, when it spread from wild birds to domestic poultry in Velmar.';
    const d = 'Bird flu was not seen as a threat to domestic poultry until 2004.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ substitutionPhrase: false }, d, r).verdict).toBe('supported');
    // the noun alone in another's place, its modifier the report's own there, is still read as a swap
    const cars =
      'Officials say numerous vehicles were also buried in the collapse of the Tarlow mine, where many people work.';
    expect(
      verdictOf('Officials say numerous people were also buried in the collapse of the Tarlow mine.', cars)
        .verdict,
    ).toBe('unsupported');
  });
});

describe('verify: the relative days of a draft with no date of its own (twenty-first session)', () => {
  const r = {
    ...report('The mayor of Tarnby resigned on Monday after a row over the harbour budget.'),
    published: '2026-03-05T12:00:00Z',
  };
  const d = 'The mayor of Tarnby resigned yesterday after a row over the harbour budget.';
  const check = (published: string | null) => verify({ id: 'd', text: d, published }, [r]).sentences[0]!;

  it('reads "yesterday" against the reports\' day as a guess: not stated where they give another day, not contradicted', () => {
    expect(check(null).verdict).toBe('unsupported');
    const saved = verifySettings.undatedDraftRelative;
    verifySettings.undatedDraftRelative = false;
    try {
      expect(check(null).verdict).toBe('contradicted');
    } finally {
      verifySettings.undatedDraftRelative = saved;
    }
  });

  it('a draft dated itself is read on its own day: "yesterday" there is a day, and another day contradicts it', () => {
    expect(check('2026-03-05T12:00:00Z').verdict).toBe('contradicted');
  });
});

describe('verify: phrasal verbs in the test of opposed manners (twenty-first session)', () => {
  it('"broke out" is the phrasal verb ("erupt"), no manner of an act opposed to "began"', () => {
    const r =
      'More than 50 firefighters tackled the blaze, which broke out on the roof of the supermarket in Banstead.';
    const d =
      'More than 50 firefighters tackled the blaze which began on the roof of the supermarket in Banstead.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ mannerPhrasal: false }, d, r).verdict).toBe('contradicted');
  });
});

describe('verify: an opposite the draft says beside the report word it keeps (twenty-first session)', () => {
  it('"Late Saturday and early Sunday" against "Late on Saturday" adds "early" of Sunday; it swaps nothing', () => {
    const r = 'Late on Saturday, youths in Tarnby attacked a police station, stores and banks.';
    const d = 'Late Saturday and early Sunday, youths in Tarnby attacked a police station, stores and banks.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ oppositeSaidByDraft: false }, d, r).verdict).toBe('contradicted');
  });

  it('but a word put in the report word\'s place is a swap, whatever the draft says elsewhere ("mostly boys")', () => {
    const r = 'Since then, hundreds of students in Qom, mostly girls, have fallen ill with similar symptoms.';
    const d = 'Hundreds of girls have fallen ill in Qom, mostly boys, with similar symptoms.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
  });
});

describe('verify: "deny" with a noun object is an act (twenty-first session)', () => {
  it('"denied a Nichols offer to plead guilty" states "turned down an offer … to plead guilty", no negation of it', () => {
    const r =
      'The prosecutor denied a Nichols offer a year ago to plead guilty in exchange for a life prison sentence.';
    const d =
      'The prosecutor turned down an offer from Nichols a year ago to plead guilty in exchange for a life prison sentence.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ denialIsAct: false }, d, r).verdict).toBe('contradicted');
    // its opposite is still one
    expect(
      verdictOf(
        'The court granted bail to the harbour company director.',
        'The court denied bail to the harbour company director.',
      ).verdict,
    ).toBe('contradicted');
  });
});

describe('verify: an ordinal is a figure the report must state (twenty-first session)', () => {
  it('"the first death" is not stated by a report of two deaths that says no "first"', () => {
    const r =
      'AT LEAST TWO people have now died in the listeria outbreak linked to a smoked fish, the Tarnby Post can reveal. ' +
      'Fisherman Aldo Brenn, 77, died in hospital on Wednesday night, his family told us, days after a woman in Osta ' +
      'lost her life. The health ministry has not yet confirmed the second death.';
    const d = 'It was the first death linked to the outbreak.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ ordinalStated: false }, d, r).verdict).toBe('supported');
    // an ordinal in a compound counts nothing
    expect(
      verdictOf(
        'The regulation was an eleventh-hour rule of the outgoing government.',
        'The regulation was a rule of the outgoing government.',
      ).checks.some((c) => c.kind === 'number'),
    ).toBe(false);
  });
});
