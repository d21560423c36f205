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

describe('verify: a bound or a vague amount of the report states no other figure (twenty-second session)', () => {
  it('a bound of the report states its own figure loosely, not another value inside it', () => {
    const r = 'The storm killed more than 50 people in the province, officials said on Monday.';
    const d = 'The storm killed 60 people in the province, officials said on Monday.';
    expect(verdictOf(d, r).verdict).not.toBe('supported');
    expect(verdictWithout({ windowBoundStatesBound: false }, d, r).verdict).toBe('supported');
    // its own figure, and a bound within the draft's, are stated
    expect(
      verdictOf('The storm killed 50 people in the province, officials said on Monday.', r).verdict,
    ).toBe('supported');
    expect(
      verdictOf('The storm killed at least 40 people in the province, officials said on Monday.', r).verdict,
    ).toBe('supported');
  });

  it('a vague amount of the report ("several villages") states no figure ("seven villages")', () => {
    const r = 'The earthquake flattened several villages on the island, officials said.';
    const d = 'The earthquake flattened seven villages on the island, officials said.';
    expect(verdictOf(d, r).verdict).not.toBe('supported');
    expect(verdictWithout({ windowVagueStatesVague: false }, d, r).verdict).toBe('supported');
    // a bound of the draft the vague amount lies in is stated
    expect(
      verdictOf('The earthquake flattened at least three villages on the island, officials said.', r).verdict,
    ).toBe('supported');
  });
});

describe('verify: what a figure is said of (twenty-second session)', () => {
  it('reads past an adverb among the auxiliaries ("two patients have now died")', () => {
    const r =
      'Health officials said two patients had been injured in the outbreak in Calvena, and one woman died.';
    const d = 'Two patients have now died in the outbreak in Calvena.';
    expect(verdictOf(d, r).verdict).not.toBe('supported');
    expect(verdictWithout({ saidOfPastAdverb: false }, d, r).verdict).toBe('supported');
  });

  it('lets a figure of the report said of no outcome state the draft\'s ("the death toll rose to 10")', () => {
    const r =
      'The death toll from the earthquake rose to 10 on Monday, and 80 people were also injured, officials said.';
    const d = 'The earthquake killed at least 10 people, officials said.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ outcomeUnsaidMayState: false }, d, r).verdict).not.toBe('supported');
  });
});

describe('verify: a figure the report states elsewhere is no conflict (twenty-second session)', () => {
  it("a report that states the draft's figure with the draft's act in another word does not contradict it", () => {
    const r =
      'Despite rushing for 352 yards, the Chiefs lost their home finale to the Colts on Sunday. ' +
      "Charles' 226 yards rushing was good for the third most in a single game in franchise history. " +
      'RB Peyton Hillis rushed for 101 yards.';
    const d = 'Rushed for a total of 226 yards.';
    expect(verdictOf(d, r).verdict).not.toBe('contradicted');
    expect(verdictWithout({ alsoByActWord: false }, d, r).verdict).toBe('contradicted');
  });

  it("nor does a figure of the closest sentence where the report states the draft's in another", () => {
    const r =
      'Charles ran for 226 yards on Sunday. Charles romped 86 yards in the third quarter, his best run of the season.';
    const d = "Charles' 226 yards rushing were his best of the season.";
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ figureStatedElsewhere: false }, d, r).verdict).toBe('contradicted');
    // a figure moved into another's place is still contradicted, by the facts
    const moved =
      'Charles ran for 226 yards on Sunday. On the first play of the second half, Charles romped 86 yards for a touchdown.';
    expect(
      verdictOf('On the first play of the second half, Charles romped 226 yards for a touchdown.', moved)
        .verdict,
    ).toBe('contradicted');
  });
});

describe('verify: refusals in other words (twenty-second session)', () => {
  it('reads "rebuffing calls for" as the refusal "rejected calls" is', () => {
    const r = 'The prime minister has pledged to restore order, rebuffing calls for early elections.';
    const d = 'The prime minister has rejected calls to hold early elections.';
    expect(verdictOf(d, r).verdict).not.toBe('contradicted');
    // and a present participle of refusal is one too ("rejecting calls for early elections")
    expect(
      verdictOf(d, 'The prime minister has pledged to restore order, rejecting calls for early elections.')
        .verdict,
    ).not.toBe('contradicted');
    // an election called is still no refusal
    expect(verdictOf('The prime minister has called early elections.', r).verdict).not.toBe('supported');
  });
});

describe('verify: a cleft of "not until" negates nothing (twenty-second session)', () => {
  it('"It wasn\'t until May 30 that his family revealed his identity" says the act happened then', () => {
    const r =
      'Orr had insisted on remaining completely anonymous. ' +
      "It wasn't until May 30, 2005, that Orr's family revealed his identity in a magazine article.";
    const d =
      "Orr insisted on remaining completely anonymous until May 30, 2005 when Orr's family revealed his identity in a magazine article.";
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ notUntilCleft: false }, d, r).verdict).toBe('contradicted');
    // a plain "not" of the draft still conflicts with the act the cleft states
    expect(verdictOf("Orr's family did not reveal his identity in a magazine article.", r).verdict).toBe(
      'contradicted',
    );
  });
});

describe('verify: "without" in a set phrase negates no event (twenty-second session)', () => {
  it('"arrested without incident" is no negation of "the incident" a report tells of', () => {
    const r =
      'An officer who witnessed the incident chased the car and arrested Orr several blocks away after the crash.';
    const d = 'Orr was arrested without incident several blocks away after the crash.';
    expect(verdictOf(d, r).verdict).not.toBe('contradicted');
    expect(verdictWithout({ withoutIdioms: false }, d, r).verdict).toBe('contradicted');
    // "without" of a thing is still a negation of it
    expect(
      verdictOf(
        'An officer who witnessed the incident chased the car without a siren.',
        'An officer who witnessed the incident chased the car with a siren.',
      ).verdict,
    ).toBe('contradicted');
  });
});

describe('verify: a name in full is stated by its acronym, not by another name with its initials', () => {
  it('"Maple Street" is not "Main Street"; "the EU" is "the European Union"', () => {
    const r = 'Police found the car on Main Street on Tuesday. The European Union fined the firm on Tuesday.';
    const d = 'Police found the car on Maple Street on Tuesday.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    expect(verdictWithout({ acronymNeedsInitials: false }, d, r).verdict).toBe('supported');
    expect(verdictOf('The EU fined the firm on Tuesday.', r).verdict).toBe('supported');
    expect(
      verdictOf('The European Union fined the firm on Tuesday.', 'The EU fined the firm on Tuesday.').verdict,
    ).toBe('supported');
  });
});

describe('verify: a negation of another clause of the report sentence (twenty-second session)', () => {
  it('"usually not nervous before games, and I was a little nervous before tonight" states the second clause', () => {
    const r =
      "I'm usually not nervous before games, and I was a little nervous before tonight because there was a lot of pressure, Orr said.";
    const d = 'Orr said he was a little nervous before tonight because there was a lot of pressure.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ negationOtherClause: false }, d, r).verdict).toBe('contradicted');
    // the clause the negation stands in, said plainly, is still contradicted
    const sales = 'Sales at Velro did not rise in March, but rose sharply in April, the company said.';
    expect(verdictOf('Sales at Velro rose in March, the company said.', sales).verdict).toBe('contradicted');
    expect(verdictOf('Sales at Velro rose sharply in April, the company said.', sales).verdict).toBe(
      'supported',
    );
  });
});

describe('verify: a speaker relayed through another is no misattribution (twenty-second session)', () => {
  it('"Her spokesman says Orr told an assistant pastor …" relays what Orr told', () => {
    const r =
      'Governor Orr stopped by the church this morning, and she told an assistant pastor that she apologizes if the fire is connected to the attention the church has received.';
    const d =
      'Her spokesman, Bill Moss, says Orr told an assistant pastor that she apologizes if the fire is connected to the attention the church has received.';
    expect(verdictOf(d, r).verdict).not.toBe('contradicted');
    expect(verdictWithout({ relayedSpeaker: false }, d, r).verdict).toBe('contradicted');
    // another speaker, the report's named only in passing, is still a misattribution
    expect(
      verdictOf(
        "Mayor Dana Lee told reporters that the bridge would close on Monday, after Orr's visit.",
        'Governor Orr told reporters that the bridge would close on Monday.',
      ).verdict,
    ).toBe('contradicted');
  });
});
