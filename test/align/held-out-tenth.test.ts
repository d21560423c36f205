/**
 * Yes/no judgement of the tenth session, found by reading the disputes reported on the ECB+ stories nobody labelled
 * (`scripts/held-out-disputes.mjs`): each rule right for a general reason, each tested here on invented reports.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/align/clauses.js';
import { storyFacts } from '../../src/align/disputes.js';
import { annotate } from '../../src/nlp/index.js';
import { findQuantities } from '../../src/nlp/quantities.js';
import { cleanDoc } from '../helpers/docs.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

const mine = (extra: string) =>
  `The Orlen copper mine in the north of Veska was closed on Monday after a flood in its lower shafts. ${extra} Miners' families gathered at the gate.`;
const software = (extra: string) =>
  `Halden Systems issued an emergency patch on Wednesday for a flaw in its office software. ${extra} The flaw was found by a student.`;

describe('an act that is not asserted', () => {
  it('a relative clause that only says which ones are meant states no act: "customers who have applied the patch"', () => {
    const r = framedReports(software, [
      'Customers who have applied the patch are safe from the attacks, the company said.',
      'Customers that have not applied the patch remain exposed to the attacks, the company said.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('but an act said of someone is: "the company has not applied" / "applied"', () => {
    const r = framedReports(software, [
      'The city council applied the patch to its computers on Thursday, officials said.',
      'The city council has not applied the patch to its computers, officials said.',
    ]);
    expect(valuesOf(r, 'polarity')).toHaveLength(1);
  });

  it('a that-clause of a verb of asking is an act asked for: "recommended that he resign"', () => {
    const r = framedReports(mine, [
      'The inspectors recommended that Karl Brenn resign from the board of the mine.',
      'Karl Brenn has not resigned from the board of the mine, a spokesman said.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('the means of an act only aimed at: "needs to win back trust by making decisions openly"', () => {
    const r = framedReports(mine, [
      'The ministry needs to win back trust by making decisions openly, the union leader said.',
      'The ministry said no decision had yet been made on reopening the mine.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});

describe('how far a negation reaches', () => {
  it('a refusal does not reach past "but": "would not comment … but confirmed"', () => {
    const r = framedReports(mine, [
      'The owner refused to comment on Monday but confirmed the mine had been closed.',
      'The owner confirmed the mine had been closed until further notice.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('"no" opening the subject denies the act: "no one was injured" agrees with "no one was injured"', () => {
    const r = framedReports(mine, [
      'Rescuers reached the lower shafts, but no one was injured in the flood.',
      'No one is believed to have been injured in the flood, the fire service said.',
      'No-one was injured in the flood, a spokesman for the owner said.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('and is a dispute with one who says the act happened', () => {
    const r = framedReports(mine, [
      'No one was injured in the flood, a spokesman for the owner said.',
      'Two miners were injured in the flood, the fire service said.',
    ]);
    expect(valuesOf(r, 'polarity')).toHaveLength(1);
  });

  it('"no" on the object denies the act: "ran no trains" agrees with "no trains ran"', () => {
    const r = framedReports(mine, [
      'The railway ran no ore trains on Monday, leaving copper stacked at the mine.',
      'No ore trains ran on Monday, the railway said.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});

describe('what was made known', () => {
  it('a question left open is not a thing made known: "did not reveal what" / "confirmed that"', () => {
    const r = framedReports(mine, [
      'The owner did not reveal what had caused the flood in the lower shafts.',
      'The owner confirmed that the mine had been closed on Monday.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('a that-clause is about what it says: "confirmed that it had made an offer" / "the figures are not confirmed"', () => {
    const r = framedReports(mine, [
      'The owner confirmed that a buyer had made a five-year offer for the mine.',
      'While the figures are not confirmed, the offer is believed to be worth $20 million.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});

describe('a verb with a word after it that means another thing', () => {
  it('"running for mayor" seeks the office; it is not who runs the council', () => {
    const r = framedReports(mine, [
      'Anna Voss, then running for the governorship, visited the mine in March.',
      'Karl Brenn, who runs the regional council, visited the mine in March.',
    ]);
    expect(valuesOf(r, 'entity')).toEqual([]);
  });

  it('"dealing with unions" is no deal: "no deal is in place" is not denied by it', () => {
    const r = framedReports(mine, [
      'With no deal in place for the miners to return to work, the union is in a good position to ask for more money.',
      "The owners, unaccustomed to dealing with unions as strong as the miners', played hardball with the union.",
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('one is never "left" from a post: "were not left empty-handed" is not about leaving', () => {
    const r = framedReports(mine, [
      'The miners still have two pumps working, so at least they were not left empty-handed.',
      'That leaves the miners, the engineers and the owner to pay for the repairs.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});

describe('the date of an act', () => {
  it('a plan and an act done are two facts: "due to be released on May 26" / "was released on May 23"', () => {
    const r = framedReports(software, [
      'The last such emergency fix, bulletin HS-067, was released on May 23.',
      'The new version of the software is due to be released to the public on May 26.',
    ]);
    expect(valuesOf(r, 'date')).toEqual([]);
  });

  it('one act done to two named things is two facts: "won an Emmy in 2005" / "won a Pell Award in 2004"', () => {
    const awards = (extra: string) =>
      `The actor Karl Brenn will host the Orsa Awards in Veska next month, organisers said on Monday. ${extra} Tickets went on sale on Tuesday.`;
    const r = framedReports(awards, [
      'Brenn won an Emmy in 2005 for his role in the musical Harbour Lights, and hosted the Pell Awards in 2004.',
      'Brenn won a Pell Award in 2004 for his role in the musical Harbour Lights.',
      'The ceremony will be shown live on national television.',
      'Prices for the best seats rose by a third this year.',
    ]);
    expect(valuesOf(r, 'date')).toEqual([]);
  });
});

describe('who did an act', () => {
  it('is the name before an apposition, not a name inside it: "Governor Karl Brenn, now an adviser to Lena Oster …, ordered"', () => {
    const r = framedReports(mine, [
      'Governor Karl Brenn, now an adviser to Lena Oster with the Veska Mining Board, ordered the evacuation of the mine.',
      'Mayor Petra Lind ordered the evacuation of the mine at noon.',
    ]);
    expect(valuesOf(r, 'entity')).toEqual([['Karl Brenn', 'Petra Lind']]);
  });

  it('and is the apposition where it names a noun: "the region\'s governor, Tomas Brenner, ordered"', () => {
    const r = framedReports(mine, [
      "The region's governor, Tomas Brenner, ordered the evacuation of the mine.",
      'Mayor Petra Lind ordered the evacuation of the mine at noon.',
    ]);
    expect(valuesOf(r, 'entity')).toEqual([['Petra Lind', 'Tomas Brenner']]);
  });
});

describe('corroborated means one act, asserted alike', () => {
  // (the corroborated claims of the sentences under test, not of the frame around them)
  const corroborated = (r: ReturnType<typeof framedReports>, tested: string[]) =>
    r.stories
      .flatMap((s) => s.claims)
      .filter(
        (c) => c.status === 'corroborated' && c.evidence.some((e) => tested.some((t) => t.includes(e.quote))),
      )
      .map((c) => c.evidence.map((e) => e.quote).sort());
  const texts = [
    'Halden still recommends in its advisory that users apply the patch to every machine.',
    'The attacks have not worked against machines where the patch has been applied to every drive, Halden said.',
    'If you use Halden software, apply the patch to every machine now.',
  ];

  it('an act asked for is not an act said of a set ("recommends that users apply" / "machines where it has been applied")', () => {
    const r = framedReports(software, texts.slice(0, 2));
    expect(corroborated(r, texts)).toEqual([]);
  });

  it('but two requests for it are one: "recommends that users apply" / "apply the patch now"', () => {
    const r = framedReports(software, [texts[0]!, texts[2]!]);
    expect(corroborated(r, texts)).toEqual([[texts[0], texts[2]].sort()]);
  });

  it('"was to release" is an arrangement, not the release', () => {
    const flaw = (extra: string) =>
      `Halden Systems found a flaw in its office software last month. ${extra} The flaw was found by a student.`;
    const tested = [
      'Halden on Wednesday released an emergency patch to fix a perilous software flaw allowing hackers to hijack Quill browsers and take over computers.',
      'Halden was to release an emergency patch today to fix a perilous software flaw allowing hackers to hijack Quill (Q) browsers and take over computers.',
    ];
    const r = framedReports(flaw, [
      ...tested,
      'Schools closed for the holidays on Friday.',
      'Ticket prices rose by a third.',
    ]);
    expect(corroborated(r, tested)).toEqual([]);
  });
});

describe('a parent of a number', () => {
  it('"a mother of 12" counts her children, against "a mother of 13"', () => {
    const trial = (extra: string) =>
      `Two men went on trial in Orrin on Wednesday for a shooting outside a school in 2011. ${extra} The trial is expected to last two weeks.`;
    const r = framedReports(trial, [
      'Video shown to the jury captures the moment Dana Holt, a mother of 13, was killed outside the school.',
      'Dana Holt, 34, a mother of 12, was killed outside the school while picking up her daughter.',
      'Schools closed for the holidays on Friday.',
      'Ticket prices rose by a third.',
    ]);
    const d = r.stories.flatMap((s) => s.disputes).filter((x) => x.kind === 'number');
    expect(d.map((x) => x.positions.map((p) => p.value).sort())).toEqual([['12', '13']]);
    expect(d[0]!.about).toBe('how many children the mother has');
  });

  it('whatever word follows the parent\'s name: "Mother of 13 Dana Holt shot"', () => {
    const text = 'Video of Orrin Mother of 13 Dana Holt shot and killed outside a school was shown.';
    expect(findQuantities(text, [{ start: 0, end: text.length }]).map((q) => [q.text, q.counted])).toEqual([
      ['13', 'child'],
    ]);
  });
});

describe('"several"', () => {
  it('says more than two and no upper figure: "several buildings were damaged" is no rival of "1,500 houses"', () => {
    const text = 'Several buildings were damaged.';
    const [q] = findQuantities(text, [{ start: 0, end: text.length }]);
    expect([q!.low, q!.high]).toEqual([3, Number.POSITIVE_INFINITY]);
  });
});

describe('a figure before its passive verb', () => {
  it('is that act\'s, past an adverb and outside the lexicon: "12,000 jars had already been sold … before the recall"', () => {
    const honey = (extra: string) =>
      `Orlen Foods recalled its honey on Monday after lead was found in samples. ${extra} Shops were told to clear their shelves.`;
    const r = framedReports(honey, [
      'It has recalled about 18,000 jars from shops, cafes and wholesalers, the ministry said.',
      'The ministry said some 12,000 jars had already been sold to customers before the recall.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });
});

describe('names set beside the subject for comparison', () => {
  const factsOf = (text: string) => storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0, { short: true }));

  it('are no list of the clause: "Unlike stars Ann Kerr, Tom Vale and Lena Oster, Brenn is not signed for a sequel"', () => {
    const fs = factsOf('Unlike stars Ann Kerr, Tom Vale and Lena Oster, Brenn is not signed for a sequel.');
    expect(fs.filter((f) => f.kind === 'list')).toEqual([]);
  });

  it('nor its subject: "Tom Vale, like Karl Brenn, declined an offer to leave the club"', () => {
    const fs = factsOf('Tom Vale, like Karl Brenn, declined an offer to leave the club after the season.');
    const leave = fs.find((f) => f.kind === 'polarity' && f.head.includes('resign'));
    expect(leave?.subject?.canonical).toBe('Tom Vale');
  });
});
