/**
 * Eighteenth session: claims that put one act on two different weekdays are two statements; "his left knee" is a side,
 * not a departure; "landed a jab" gets a blow, it does not come down; pulling out of talks is not taking part in them;
 * a series word picks the head of its compound ("the final two regular season games"). Invented reports of other
 * domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { clausesOf } from '../../src/align/clauses.js';
import { storyFacts } from '../../src/align/disputes.js';
import { AGE_SLOT, tokenClasses } from '../../src/align/facts.js';
import { cleanDoc } from '../helpers/docs.js';
import { framedReports, joined, valuesOf } from '../helpers/stories.js';

/** The classes each word of one sentence is read with, as "word[class,…]" for the words that have any. */
const classes = (text: string) => {
  const toks = splitSentences(text)[0]!.tokens;
  const cls = tokenClasses(toks);
  return toks.flatMap((t, i) => (cls[i]!.length ? [`${t.text}[${cls[i]!.join(',')}]`] : []));
};

/** A film story's frame, for the reports on negotiations below. */
const film = (extra: string) =>
  `The studio confirmed a sequel to its hit film "Harbour Lights" on Friday. ${extra} Filming is to start in the spring.`;

const bridge = (extra: string) =>
  `The Orrin river bridge is to carry trains again after two years of repairs. ${extra} Freight trains follow next month.`;

describe('two accounts that put one act on different weekdays', () => {
  it('are not one statement: "opened the bridge on Wednesday" / "opened the bridge on Tuesday"', () => {
    const r = framedReports(
      bridge,
      [
        'The rail company on Wednesday reopened the bridge to passenger trains after a safety inspection.',
        'The rail company reopened the bridge to passenger trains on Tuesday after a safety inspection.',
      ],
      null,
    );
    expect(joined(r).some((c) => c.some((q) => q.includes('on Wednesday reopened')))).toBe(false);
  });

  it('are one statement when they name the same weekday', () => {
    const r = framedReports(
      bridge,
      [
        'The rail company on Wednesday reopened the bridge to passenger trains after a safety inspection.',
        'The rail company reopened the bridge to passenger trains on Wednesday after a safety inspection.',
      ],
      null,
    );
    expect(
      joined(r).some(
        (c) =>
          c.some((q) => q.includes('on Wednesday reopened')) &&
          c.some((q) => q.includes('passenger trains on')),
      ),
    ).toBe(true);
  });
});

describe('"left" after a possessive', () => {
  it('is a side ("his left knee"), not the verb "leave"', () => {
    const toks = splitSentences('The striker hurt his left knee in training.')[0]!.tokens;
    const left = toks.find((t) => t.normal === 'left')!;
    expect([left.pos, left.lemma]).toEqual(['ADJ', 'left']);
    expect(classes('The striker hurt his left knee in training.')).toEqual(['hurt[injure]']);
  });

  it('stays the verb where it is one ("He left the club in May")', () => {
    expect(classes('He left the club in May.')).toEqual(['left[resign]']);
  });
});

describe('"land" with a thing it lands', () => {
  it('is getting that thing ("landed a long, straight right", "landed a job"), not coming down', () => {
    expect(classes('The champion finally landed a long, straight right in the fifth.')).toEqual([]);
    expect(classes('She landed a job at the port authority.')).not.toContain('landed[land]');
  });

  it('is a landing with an aircraft, a time or a distance after it, or nothing', () => {
    expect(classes('The pilot landed the plane on the river.')).toContain('landed[land]');
    expect(classes('The flight landed two hours late.')).toContain('landed[land]');
    expect(classes('The shuttle landed this morning.')).toContain('landed[land]');
    expect(classes('The plane landed safely.')).toContain('landed[land]');
  });

  it('"landed a jab" and "landed a right" of one boxer are not one statement', () => {
    const bout = (extra: string) =>
      `Ann Kerr beat Joe Bell on points in the title fight on Saturday night. ${extra} A rematch is planned for June.`;
    const r = framedReports(bout, [
      'Kerr finally landed a long, straight right in the fifth.',
      'Kerr finally landed a solid jab almost halfway through the round.',
      'Bell was cut over the eye in the third round.',
      'The crowd of 9,000 booed the decision.',
    ]);
    expect(joined(r).some((c) => c.some((q) => q.includes('straight right')))).toBe(false);
  });
});

describe('pulling out of talks', () => {
  it('is leaving them ("pulled out of negotiations", "withdrew from the talks"), not a recall', () => {
    expect(classes('The director pulled out of negotiations to film the sequel.')).toContain(
      'pulled[pull_out]',
    );
    expect(classes('The union withdrew from the talks on Monday.')).toContain('withdrew[pull_out]');
    expect(classes('Rescuers pulled out the bodies.')).not.toContain('pulled[pull_out]');
  });

  it('is not one statement with being in them', () => {
    const r = framedReports(film, [
      'The "Harbour Lights" sequel is in negotiations with the studio.',
      'The director has reportedly pulled out of negotiations with the studio over the "Harbour Lights" sequel.',
    ]);
    expect(joined(r).some((c) => c.some((q) => q.includes('pulled out')))).toBe(false);
  });
});

describe('a series word before a compound', () => {
  it('picks the compound\'s head: "will miss the final two regular season games" / "missed four games" is no dispute', () => {
    const injury = (extra: string) =>
      `The Hawks placed forward Joe Bell on the injured list on Wednesday with a sprained ankle. ${extra} The Hawks play the Owls on Sunday.`;
    const r = framedReports(injury, [
      'Bell will miss the final two regular season games with the ankle sprain.',
      'Bell missed four games with the ankle sprain.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });
});

/** The ages read in one sentence, as [value, person]. */
const ages = (text: string) => {
  const doc = annotate(cleanDoc('x', text));
  return storyFacts(clausesOf(doc, 0, { short: true }))
    .filter((f) => f.slot.startsWith(AGE_SLOT))
    .map((f) => [text.slice(f.start, f.end), f.subject?.canonical]);
};

describe("a named person's age", () => {
  it('is read after the name, as "aged" or "at the age of", and before the name it describes', () => {
    expect(ages('Police said deputy Jerry Ortiz, 35, was shot outside an apartment.')).toEqual([
      ['35', 'Jerry Ortiz'],
    ]);
    expect(ages('Bettie Page, the pin-up queen, died Thursday at age 85.')).toEqual([['85', 'Bettie Page']]);
    expect(ages('The 85-year-old Bettie Page died on Thursday.')).toEqual([['85-year-old', 'Bettie Page']]);
  });

  it('is not read of no one, nor where two people could be meant', () => {
    expect(ages('The 35-year-old deputy was shot outside an apartment.')).toEqual([]);
    expect(ages('Anna Kerr said Joe Bell died at the age of 85.')).toEqual([]);
  });

  const crash = (extra: string) =>
    `A driver struck two pedestrians outside a supermarket in Orrin on Wednesday night. ${extra} The driver was arrested at the scene.`;

  it('stated alike by two reports brings their statements together', () => {
    const r = framedReports(crash, [
      'Police said Maria Lund, 66, of Tervik, was killed when the car hit her twice in the car park.',
      'Maria Lund, 66, died at the scene as she walked to her car with her husband, the coroner said.',
      'The supermarket closed early.',
      'Witnesses described the car as a grey saloon.',
    ]);
    expect(
      joined(r).some(
        (c) => c.some((q) => q.includes('hit her twice')) && c.some((q) => q.includes('died at the scene')),
      ),
    ).toBe(true);
  });

  it('told twice with two values is no dispute, and no one statement', () => {
    const trial = (extra: string) =>
      `The trial of Jon Orr over the shooting of a deputy opened in Orrin on Monday. ${extra} The trial is expected to last three weeks.`;
    const r = framedReports(trial, [
      'Jon Orr, 27, is charged with murder.',
      'Jon Orr, 29, is charged with murder.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
    expect(joined(r).some((c) => c.some((q) => q.includes('Orr, 27')))).toBe(false);
  });
});

describe('"born again"', () => {
  it('is a faith, not a second occurrence of the act ("a born again Christian, died at 85" / "died at 85")', () => {
    const obit = (extra: string) =>
      `The singer Ann Kerr has died in Orrin, her family said on Friday. ${extra} A funeral will be held next week.`;
    const r = framedReports(obit, [
      'Ann Kerr, the gospel star and born again Christian, died on Thursday at the age of 85.',
      'Ann Kerr died in hospital on Thursday at the age of 85.',
      'Her last album came out in 2019.',
      'She leaves two daughters.',
    ]);
    expect(
      joined(r).some(
        (c) => c.some((q) => q.includes('born again')) && c.some((q) => q.includes('in hospital')),
      ),
    ).toBe(true);
  });
});

describe('a surname alone that fits two people of a story', () => {
  const entityOf = (r: ReturnType<typeof framedReports>, doc: string, quote: string) =>
    r.stories
      .flatMap((s) => s.entities)
      .find((e) => e.mentions?.some((m) => m.document === doc && m.quote === quote))?.name;
  const obit = (extra: string) =>
    `The singer Ann Kerr has died in Orrin at the age of 85, her family said on Friday. ${extra} Kerr recorded 30 albums.`;

  it('is the one the story is about where the other is named in one report only ("her brother Tom Kerr")', () => {
    const r = framedReports(obit, [
      'Ann Kerr is survived by her brother Tom Kerr.',
      'Ann Kerr sang in Orrin for the last time in 2019.',
      'Ann Kerr was born in Tervik.',
    ]);
    expect(entityOf(r, 'a', 'Kerr')).toBe('Ann Kerr');
    expect(entityOf(r, 'b', 'Kerr')).toBe('Ann Kerr');
  });

  it('stays undecided where the story names both often (a coach and his son)', () => {
    const game = (extra: string) =>
      `The Hawks beat the Owls 91-73 on Thursday night. Joe Bell scored 23 points for coach Tom Bell's side. ${extra} Bell said the team had played well.`;
    const r = framedReports(game, [
      'The Hawks lead the league.',
      'The Owls have lost three in a row.',
      'It was a home game.',
    ]);
    expect(['Joe Bell', 'Tom Bell']).not.toContain(entityOf(r, 'a', 'Bell'));
  });
});

describe('"in negotiations to" an act', () => {
  it('seeks it, and is not one statement with the act done ("is in negotiations to direct" / "is taking over")', () => {
    const r = framedReports(film, [
      'Ann Kerr is in negotiations to direct the "Harbour Lights" sequel for the studio.',
      'It is official: Ann Kerr is taking over as director of the "Harbour Lights" sequel for the studio.',
      'The first film took $300 million worldwide.',
      'The cast has not been announced.',
    ]);
    expect(joined(r).some((c) => c.some((q) => q.includes('in negotiations')))).toBe(false);
  });

  it('is one statement with another report of the negotiations ("in the negotiation stages to direct")', () => {
    const r = framedReports(film, [
      'Ann Kerr is in negotiations to direct the "Harbour Lights" sequel for the studio.',
      'Ann Kerr is in the negotiation stages to direct the "Harbour Lights" sequel for the studio.',
      'The first film took $300 million worldwide.',
      'The cast has not been announced.',
    ]);
    expect(joined(r).some((c) => c.some((q) => q.includes('in negotiations')))).toBe(true);
  });
});

describe('the subject of a figure', () => {
  it('is read for a span too: two people\'s sentences are no dispute, whoever else both name ("Kerr was serving a 12-year sentence imposed by Judge Lane" / "Bell … a 15-year sentence imposed by Judge Lane")', () => {
    const trial = (extra: string) =>
      `A gang boss died in a prison hospital in Orrin on Monday, the prison service said. ${extra} He was 78.`;
    const r = framedReports(trial, [
      'Ann Kerr was serving a 12-year sentence imposed by Judge Tom Lane.',
      'Joe Bell was serving a 15-year sentence imposed by Judge Tom Lane.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
    const same = framedReports(trial, [
      'Ann Kerr was serving a 12-year sentence for racketeering.',
      'Ann Kerr was serving a 15-year sentence for racketeering.',
    ]);
    expect(valuesOf(same, 'number')).toEqual([['12-year', '15-year']]);
  });
});
