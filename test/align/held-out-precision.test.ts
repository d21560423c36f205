/**
 * Judgement rules of the ninth session, found by reading the disputes reported on the ECB+ stories nobody labelled
 * (the 772 reports less the twelve labelled stories): each one right for a general reason, each tested here on
 * invented reports.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/nlp/quantities.js';
import { annotate } from '../../src/nlp/index.js';
import { clausesOf } from '../../src/align/clauses.js';
import { storyFacts } from '../../src/align/disputes.js';
import { AGE_SLOT } from '../../src/align/facts.js';
import { cleanDoc } from '../helpers/docs.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

describe('who did an act', () => {
  const club = (extra: string) =>
    `The Harbour City club was sold on Tuesday after a month of talks. ${extra} The sale still needs the league's approval.`;

  it('is one fact where the two clauses say what was led: "an inquiry led by X" / "the inquiry will be led by Y"', () => {
    const r = framedReports(club, [
      'An inquiry led by Ann Kerr will examine the sale.',
      'The inquiry into the sale will be led by Tom Vale, the league said.',
    ]);
    expect(valuesOf(r, 'entity')).toEqual([['Ann Kerr', 'Tom Vale']]);
  });

  it('is not where they only share the act: "the ownership group led by X" / "a package headed by Y"', () => {
    const r = framedReports(club, [
      'The buyer is the ownership group led by Ann Kerr, which also owns a hotel chain.',
      'Scouts said a package headed by Tom Vale would be offered to the striker.',
    ]);
    expect(valuesOf(r, 'entity')).toEqual([]);
  });

  it('is one fact where the two doers hold one title: "Judge X, who presided over…" / "Judge Y, who chaired…"', () => {
    const r = framedReports(club, [
      'Judge Ann Kerr, who presided over the hearing, approved the sale.',
      'Judge Tom Vale, who chaired the three-member panel, read out the ruling.',
    ]);
    expect(valuesOf(r, 'entity')).toEqual([['Ann Kerr', 'Tom Vale']]);
  });
});

describe('a figure of a person', () => {
  const game = (extra: string) =>
    `The Hawks beat the Owls 24-17 on Sunday in front of a full stadium. ${extra} The two sides meet again in March.`;

  it('is not lined up with another where "he" can be any of the people a report names: "He has 548 rushing yards"', () => {
    const r = framedReports(game, [
      'Coach Ray Dunn praised Sam Reed and Joe Bell. Of the team’s 11 touchdowns this year, eight came late in games. He has 548 rushing yards this season.',
      'Tom Vale of the Owls has had a fine season. Vale has 440 rushing yards this season.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('is the named subject a chain of "he" sentences goes back to, a few sentences up', () => {
    const r = framedReports(game, [
      'Lee Banning was poor for a stretch. But after that he found his range. He ended the day with 205 yards. And he also set the rookie record for a season with 4,183 yards.',
      'Banning broke the rookie record for a season with 4,051 yards, coaches said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['4,051', '4,183']]);
  });
});

describe('whether an act happened', () => {
  it('"did not … until" says when it happened, not that it did not', () => {
    const match = (extra: string) =>
      `The Hawks beat the Owls 24-17 on Sunday in front of a full stadium. ${extra} The two sides meet again in March.`;
    const r = framedReports(match, [
      'The Hawks took their first lead of the game when Joe Bell intercepted a pass late in the third quarter.',
      'In fact, the Hawks did not take their first lead until Joe Bell intercepted a pass and ran it back.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});

describe('whether something was made known', () => {
  const inquest = (extra: string) =>
    `A retired builder died in hospital in Ravel on Friday after a fall at his home. ${extra} His family asked for privacy.`;
  it('is one question only about one thing: "his death was confirmed" / "the cause of death was not announced"', () => {
    const r = framedReports(inquest, [
      'His death was confirmed by a hospital spokeswoman on Friday evening.',
      'The cause of death was not announced by the hospital.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
  it('and is a dispute where it is the same thing: "the results were released" / "were not released"', () => {
    const r = framedReports(inquest, [
      'The results of the post-mortem examination were released by the hospital on Friday evening.',
      'The results of the post-mortem examination have not been released by the hospital.',
    ]);
    expect(valuesOf(r, 'polarity')).toHaveLength(1);
  });
});

describe('figures as US news writes them', () => {
  const read = (text: string) =>
    findQuantities(text, [{ start: 0, end: text.length }]).map((q) => [q.text, q.low, q.high, q.qualifier]);

  it('"a $2.6-million booty": a hyphen before the scale word keeps the scale', () => {
    expect(read('Robbers made off with a $2.6-million booty.')).toEqual([
      ['$2.6-million', 2_550_000, 2_650_000, 'exact'],
    ]);
  });

  it('"no matter how many people he killed" states no amount', () => {
    expect(read('He was spared, no matter how many people he killed.')).toEqual([]);
  });

  it('a bound under a negation is the other bound: "never hit fewer than 26", "did not score more than 12"', () => {
    expect(read('He never hit fewer than 26 homers.')).toEqual([
      ['fewer than 26', 26, Number.POSITIVE_INFINITY, 'at-least'],
    ]);
    expect(read('He did not score more than 12 points.')).toEqual([['more than 12', 0, 12, 'at-most']]);
  });

  it('"never hit fewer than 26 homers" is no denial that he hit any', () => {
    const season = (extra: string) =>
      `The slugger signed an eight-year deal with the Hawks on Tuesday. ${extra} The club confirmed the deal.`;
    const r = framedReports(season, [
      'Joe Bell never hit fewer than 26 homers in a season.',
      'Joe Bell has hit at least 30 homers in each of the past five seasons.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });
});

describe('an average', () => {
  it('is not a total: "averaged more than 30 home runs" / "hit 13 home runs in 54 games"', () => {
    const season = (extra: string) =>
      `The slugger signed an eight-year deal with the Hawks on Tuesday. ${extra} The club confirmed the deal.`;
    const r = framedReports(season, [
      'Joe Bell has averaged more than 30 home runs in his six seasons.',
      'Joe Bell hit 13 home runs in 54 games after joining the Hawks.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
    const rates = framedReports(season, [
      'Joe Bell averaged 30 home runs a season with the Owls.',
      'Joe Bell has averaged 24 home runs a season with the Owls.',
    ]);
    expect(valuesOf(rates, 'number')).toEqual([['24', '30']]);
  });
});

describe('a yes or no said of "he" or "they"', () => {
  it('is not compared where the report names several who it could be', () => {
    const chase = (extra: string) =>
      `Three clubs chased the striker Joe Bell all summer, his agent Ann Kerr said on Friday. ${extra} A decision is due next week.`;
    const r = framedReports(chase, [
      'The Hawks Club and the Owls Club both met Kerr in August, but they did not make an offer for Bell.',
      'The Hawks Club made an offer for Bell on Thursday, his agent confirmed.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});

describe('a figure of "he" named just before', () => {
  it("is that person's, even where the figure is a span of time read with no subject of its own", () => {
    const obit = (extra: string) =>
      `Tom Lane, a former aide to Governor Ray Dunn, has died at 75, his family said on Sunday. ${extra} He is survived by two sons.`;
    const r = framedReports(obit, [
      'Coroner Ann Kerr said Mr. Lane died on Saturday. Mr. Lane was known as the courier of the scandal. He served four months in federal prison.',
      'Lane served five months in federal prison for his part in the scandal.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['five months', 'four months']]);
  });
});

// tenth session: number disputes of the unlabelled ECB+ stories
describe('a part and its whole', () => {
  const bout = (extra: string) =>
    `Ann Kerr beat Joe Bell on points in the title fight on Saturday night. ${extra} A rematch is planned for June.`;

  it('is read after "his", "her", "their" and a plural possessive: "28 of his 68 punches", "four of the Hawks\' 16 games"', () => {
    const r = framedReports(bout, [
      'Kerr landed 28 of her 68 punches, and Bell missed four of the Hawks’ 16 games this year.',
      'Kerr landed 30 punches, and Bell missed six games this year.',
    ]);
    expect(valuesOf(r, 'number').sort()).toEqual([
      ['28', '30'],
      ['four', 'six'],
    ]);
  });
});

describe('a figure that is needed', () => {
  it('is what it would take, not what happened: "needed nine points to pass the record" / "scored 20 points"', () => {
    const game = (extra: string) =>
      `The Hawks beat the Owls 91-73 on Thursday night at home. ${extra} The Hawks play again on Sunday.`;
    const r = framedReports(game, [
      'Sam Reed needed just nine points in the game to pass Tom Vale for the record.',
      'Sam Reed scored 20 points in the game to pass Tom Vale for the record.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });
});

describe('a figure counted over a part of an event', () => {
  const game = (extra: string) =>
    `The Hawks beat the Owls 31-20 on Sunday in front of a full stadium. ${extra} The two sides meet again in March.`;

  it('is not a rival of the figure for the whole: "17 points in the fourth quarter" / "24 points"', () => {
    const r = framedReports(game, [
      'The Hawks scored 17 unanswered points in the fourth quarter to win.',
      'The Hawks scored 24 unanswered points to win.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('nor of one over another part: "in the first half" / "in the second half"', () => {
    const r = framedReports(game, [
      'Sam Reed ran for 120 yards in the first half against the Owls.',
      'Sam Reed ran for 85 yards in the second half against the Owls.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('is read at the head of the sentence for every clause of it: "During the game\'s deciding run, … and blocked two shots"', () => {
    const r = framedReports(game, [
      'Sam Reed scored 12 points, grabbed nine rebounds and blocked six shots.',
      'During the game’s deciding 15-2 run, Reed scored twice, grabbed three rebounds, and blocked two shots.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('is not a span of time or an idiom: "over a period of three days", "in the long run"', () => {
    const flood = (extra: string) =>
      `Floods hit the Arden valley this week after days of heavy rain. ${extra} Rescue teams are still searching.`;
    const r = framedReports(flood, [
      'Over a period of three days, 40 people died in the floods.',
      'The floods killed 45 people, officials said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['40', '45']]);
    const plant = (extra: string) =>
      `The Arden car plant closed its paint shop on Monday after a fall in orders. ${extra} The union called a meeting.`;
    const jobs = framedReports(plant, [
      'In the long run, the plant cut 300 jobs, the union said.',
      'The plant cut 250 jobs, managers said.',
    ]);
    expect(valuesOf(jobs, 'number')).toEqual([['250', '300']]);
  });

  it('is a rival of a figure over the same part: "in the fourth quarter" / "in the fourth quarter"', () => {
    const r = framedReports(game, [
      'Sam Reed scored 17 points in the fourth quarter.',
      'Reed scored 14 points in the fourth quarter, coaches said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['14', '17']]);
  });
});

describe('a player described, not named', () => {
  it('has figures no one can line up where the report names several players: "The undrafted rookie finished with 716 yards"', () => {
    const game = (extra: string) =>
      `The Hawks beat the Owls 24-17 on Sunday in front of a full stadium. ${extra} The two sides meet again in March.`;
    const r = framedReports(game, [
      'Coach Ray Dunn praised Sam Reed and Joe Bell. The undrafted rookie finished with 120 yards rushing and two touchdowns.',
      'Tom Vale of the Owls had a fine day. Vale finished with 85 yards rushing and one touchdown.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });
});

describe('a total to date', () => {
  it('is not what one act gathered: "Reed, who now has 2,302 points, made the basket" / "Reed scored 20 points"', () => {
    const game = (extra: string) =>
      `The Hawks beat the Owls 91-73 on Thursday night at home. ${extra} The Hawks play again on Sunday.`;
    const r = framedReports(game, [
      'Officials stopped the game when Sam Reed, who now has 2,302 points, made the record-setting basket.',
      'Sam Reed scored 20 points on Thursday night to break the record.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('and is a rival of another total said by the same verb: "now has 2,302 points" / "has 2,290 points"', () => {
    const game = (extra: string) =>
      `The Hawks beat the Owls 91-73 on Thursday night at home. ${extra} The Hawks play again on Sunday.`;
    const r = framedReports(game, [
      'Sam Reed now has 2,302 points in his career at the school.',
      'Reed has 2,290 points in his career at the school, officials said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['2,290', '2,302']]);
  });
});

describe('a count of occasions', () => {
  const arrest = (extra: string) =>
    `Police arrested Joe Bell, 24, on Monday after a car was stolen in Harbour City. ${extra} He is due in court on Friday.`;

  it('since a time is not the count of all of them: "arrested four times" / "arrested three times since October"', () => {
    // (no publication times, as research corpora give them: with them, "since October" may date the count as background)
    const r = framedReports(
      arrest,
      [
        'Bell had previously been arrested four times on theft charges, police said.',
        'Bell had been arrested three times since October on theft charges.',
      ],
      null,
    );
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('from one start is a rival count: "three times since October" / "five times since October"', () => {
    const r = framedReports(
      arrest,
      [
        'Bell had been arrested three times since October on theft charges.',
        'Police said Bell was arrested five times since October for theft.',
      ],
      null,
    );
    expect(valuesOf(r, 'number')).toEqual([['five', 'three']]);
  });
});

describe('"the final N"', () => {
  it('picks members of a series, not how many in all: "will miss the final two games" / "missed four games"', () => {
    const injury = (extra: string) =>
      `The Hawks put running back Joe Bell on injured reserve on Wednesday with a knee sprain. ${extra} The Hawks are out of the playoff race.`;
    const r = framedReports(injury, [
      'Bell will miss the final two games of the regular season.',
      'Bell missed four games this season with the knee injury.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });
});

describe('a margin', () => {
  it('is the difference between two sides, no count of either: "his team led by 18 points" / "Vale scored 23 points"', () => {
    const game = (extra: string) =>
      `The Hawks beat the Owls 91-73 on Thursday night at home. ${extra} The Hawks play again on Sunday.`;
    const r = framedReports(game, [
      'The coach stomped off the court even though his team led by 18 points.',
      'Vale scored 23 points to lead his team.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('and a rival of another margin: "led by 18 points" / "led by 12 points"', () => {
    const game = (extra: string) =>
      `The Hawks beat the Owls 91-73 on Thursday night at home. ${extra} The Hawks play again on Sunday.`;
    const r = framedReports(game, [
      'The coach stomped off the court even though his team led by 18 points.',
      'Officials said the coach left the court although his team led by 12 points.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['12', '18']]);
  });
});

describe('a figure before its passive verb', () => {
  it('is what that act was done to: "three people were injured" / "46 people had been arrested"', () => {
    const clash = (extra: string) =>
      `Protesters clashed with police in Harbour City on Wednesday night after a vigil for a teenager. ${extra} The city was calm on Thursday.`;
    const r = framedReports(clash, [
      'Police said there was one arrest, with no injuries to police or civilians (the Post says three people were injured).',
      'Officers were attacked, and 46 people had been arrested.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });
});

describe('the subject of a figure', () => {
  const subjects = (text: string) => {
    const d = annotate(cleanDoc('d', text));
    // (the figures of the act; a person's age is a fact of its own, whose subject is that person)
    return storyFacts(clausesOf(d, 0, { short: true }))
      .filter((f) => f.kind === 'number' && !f.slot.startsWith(AGE_SLOT))
      .map((f) => f.subject?.canonical ?? null);
  };

  it('goes on through a participle after "after" or "but": "Ann Kerr died after slipping and falling 200 feet"', () => {
    expect(
      subjects('Rangers said 36-year-old Ann Kerr died after slipping and falling about 200 feet.'),
    ).toEqual(['Ann Kerr']);
  });

  it('is no place after a preposition of place: "Tom Vale of Wales but living in Lakeside, … fell 700 feet"', () => {
    expect(
      subjects('The climber, Tom Vale of Wales but living in Lakeside, slipped on ice and fell 700 feet.'),
    ).toEqual(['Tom Vale']);
  });
});

describe('voters counted for an option', () => {
  const jury = (extra: string) =>
    `The jury in the trial of Joe Bell could not agree on a sentence on Friday after four days of talks. ${extra} A new hearing is set for May.`;

  it('are another set than voters for another option: "eight voting for the death penalty" / "four voting for a life term"', () => {
    const r = framedReports(
      jury,
      [
        'Two of the jurors, who said they were among the eight voting for the death penalty, spoke on Saturday.',
        'After three days the panel was split, with eight in favor of death and four voting for a life term.',
      ],
      null,
    );
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('and rivals of voters for the same option: "nine voting for death" / "ten voting for death"', () => {
    const r = framedReports(
      jury,
      [
        'Two jurors said they were among the nine voting for death.',
        'The jury was split, with ten voting for death, the clerk said.',
      ],
      null,
    );
    expect(valuesOf(r, 'number')).toEqual([['nine', 'ten']]);
  });
});
