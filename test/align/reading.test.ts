/**
 * How a clause is read, rule by rule, on sentences of many domains (none from the development corpora):
 * shares said as fractions, a subject that is nobody, a measure joined to its noun, speeds, another
 * occurrence ("again"), and the two sides of a negotiation.
 */
import { describe, expect, it } from 'vitest';
import { findDurations, findQuantities } from '../../src/nlp/quantities.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { annotate, datedContext } from '../../src/nlp/index.js';
import { clausesOf } from '../../src/align/clauses.js';
import { storyFacts } from '../../src/align/disputes.js';
import { gameTimesIn } from '../../src/align/game.js';
import { tokenClasses } from '../../src/align/facts.js';
import type { Report } from '../../src/model/report.js';
import { cleanDoc, rawDoc } from '../helpers/docs.js';
import { expectExactEvidence } from '../helpers/evidence.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

const raw = (id: string, text: string, source: string, published = '2026-03-04T18:00:00+01:00') =>
  rawDoc(id, text, { source, published, language: 'en' });
const disputes = (r: Report) => r.stories.flatMap((s) => s.disputes);
/** Reports of one story by different outlets: each text set in the story's frame (the sentences around it). */
const reports = (frame: (extra: string) => string, ...texts: string[]) => framedReports(frame, texts);
/** Reports of one story with no publication time, as research corpora give them. */
const undated = (frame: (extra: string) => string, ...texts: string[]) => framedReports(frame, texts, null);
/** The date disputes of a report, each as its sorted values. */
const dates = (r: Report) => valuesOf(r, 'date');
/** The figure disputes of a report, each as its sorted values. */
const numberValues = (r: Report) => valuesOf(r, 'number');
/** The corroborated claims whose statement matches `about`. */
const corroboratedOn = (r: Report, about: RegExp) =>
  r.stories.flatMap((s) => s.claims).filter((c) => c.status === 'corroborated' && about.test(c.statement));
const quantities = (text: string) =>
  findQuantities(text, [{ start: 0, end: text.length }]).map((q) => [q.text, q.low, q.high, q.unit]);

const vote = (extra: string) =>
  `Residents of Tarnby voted on Sunday on the plan to close the old harbour bridge. ${extra} The council will meet next month to discuss the result.`;

describe('shares said as fractions', () => {
  it('"seven in ten" is 65-75% of what follows, not ten of it; "fewer than half" is below 50%', () => {
    expect(quantities('Seven in ten residents backed the plan.')).toEqual([['Seven in ten', 65, 75, '%']]);
    expect(quantities('Fewer than half of the nurses joined the strike.')).toEqual([
      ['Fewer than half', 0, 50, '%'],
    ]);
    expect(quantities('Two-thirds of the members voted.')[0]![3]).toBe('%');
    // not a share: half an hour, the second half
    expect(quantities('It took half an hour.')).toEqual([]);
    expect(quantities('They scored twice in the second half.').filter((q) => q[3] === '%')).toEqual([]);
  });

  it('a share against a percentage is a dispute when they cannot both hold, not when they can', () => {
    const far = analyzeDocuments([
      raw('a', vote('Seven in ten residents backed the plan in the referendum.'), 'Tarnby Post'),
      raw('b', vote('Just 41% of residents backed the plan in the referendum.'), 'Coast Radio'),
    ]);
    expect(disputes(far).map((d) => d.kind)).toEqual(['number']);
    expectExactEvidence(far);
    const near = analyzeDocuments([
      raw('a', vote('Nearly seven in ten residents backed the plan in the referendum.'), 'Tarnby Post'),
      raw('b', vote('Some 68% of residents backed the plan in the referendum.'), 'Coast Radio'),
    ]);
    expect(disputes(near)).toEqual([]);
  });
});

describe('measures', () => {
  it('a measure joined to its noun is a value; a speed is not a length', () => {
    expect(quantities('The company laid a 40-kilometre pipeline.')).toEqual([['40', 40, 40, 'km']]);
    expect(quantities('Gusts of up to 70km/h fanned the flames.')[0]![3]).toBe('km/h');
    expect(quantities('The truck was doing 60 miles an hour.')[0]![3]).toBe('km/h');
    expect(quantities('A 3-mile stretch was closed.')[0]![3]).toBe('km');
  });
  it('a bound before "a dozen" is the bound of a dozen (sixteenth session)', () => {
    expect(quantities('It was backed by more than a dozen water-bombing planes.')).toEqual([
      ['more than a dozen', 12, Infinity, null],
    ]);
    expect(quantities('Nearly a dozen boats sank.')[0]![0]).toBe('Nearly a dozen');
    // ("a hundred", "a thousand": the article is the one of the scale word)
    expect(quantities('More than a thousand firefighters were deployed.')).toEqual([
      ['More than a thousand', 1000, Infinity, null],
    ]);
    expect(quantities('The fine was a million dollars.')).toEqual([['a million', 1e6, 1e6, 'USD']]);
    expect(quantities('A man and a woman were hurt.')).toEqual([]);
  });
  it('an area is its own unit, not a length nor a count of what it measures (sixteenth session)', () => {
    expect(quantities('Tarnow, a 1,500-square-kilometer island, was hit.')).toEqual([
      ['1,500', 1500, 1500, 'km2'],
    ]);
    const [q] = quantities('The fire burned 10 square miles of forest.');
    expect(q![3]).toBe('km2');
    expect(q![1]).toBeCloseTo(25.9, 1);
  });
});

describe('yes and no', () => {
  it('"none of the samples ... had tested positive" denies what "tests found" affirms', () => {
    const well = (extra: string) =>
      `The water board closed the Brenn valley reservoir on Monday after residents fell ill. ${extra} The reservoir will stay closed this week.`;
    const r = analyzeDocuments([
      raw(
        'a',
        well('Laboratory tests found lead in water samples taken at the reservoir, the board said.'),
        'Valley News',
      ),
      raw(
        'b',
        well('The board said none of the water samples taken at the reservoir had tested positive for lead.'),
        'County Herald',
      ),
    ]);
    expect(disputes(r).map((d) => d.kind)).toEqual(['polarity']);
    expectExactEvidence(r);
  });
});

describe('two facts that look like one', () => {
  it('a strike "again on 3 March" is another strike than the one on Monday', () => {
    const strike = (extra: string) =>
      `Bus drivers in Lorrin walked out over pay, leaving commuters stranded. ${extra} Talks are due to resume.`;
    const r = analyzeDocuments([
      raw('a', strike('The drivers walked out on Monday morning.'), 'Lorrin Daily'),
      raw('b', strike('The drivers said they would walk out again on 3 March.'), 'Metro Wire'),
    ]);
    expect(disputes(r).filter((d) => d.kind === 'date')).toEqual([]);
  });

  it('"shot three guards, killing two" and "shot and killed two guards": three shot, two killed, no dispute', () => {
    const raid = (extra: string) =>
      `A woman attacked the armoured van outside the Lorrin depot on Thursday night. ${extra} Police are searching for her.`;
    const r = analyzeDocuments([
      raw(
        'a',
        raid('Police said she shot three security guards, killing two, before she fled on foot.'),
        'Lorrin Daily',
      ),
      raw(
        'b',
        raid('Witnesses said she shot and killed two security guards before she fled on foot.'),
        'Metro Wire',
      ),
    ]);
    expect(disputes(r).filter((d) => d.kind === 'number')).toEqual([]);
  });

  it('a list may carry a place in brackets after each name; a plural possessive owns the name after it', () => {
    const lists = (text: string) =>
      storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0))
        .filter((f) => f.kind === 'list')
        .map((f) => f.members!.map((m) => m.text));
    expect(
      lists('Holt was sacked after Ann Berg (Lower Lundby), Ola Dahl (Marsk) and Eva Lind (Ostby).'),
    ).toEqual([['Ann Berg', 'Ola Dahl', 'Eva Lind']]);
    expect(lists("Holt was sacked after Eva Lind and the Lundby Lions' Ann Berg.").flat()).not.toContain(
      'Lundby Lions',
    );
  });

  it('what one side demands and what the other offers are two positions, not two accounts', () => {
    const pay = (extra: string) =>
      `Nurses at Halvik General Hospital stopped work for 24 hours on Tuesday in a dispute over pay. ${extra} Talks are due on Friday.`;
    const r = analyzeDocuments([
      raw('a', pay('The nurses are demanding a 12% pay rise this year.'), 'Halvik Times'),
      raw('b', pay("The hospital board's offer of a 5% pay rise remains on the table."), 'Radio North'),
    ]);
    expect(disputes(r).filter((d) => d.kind === 'number')).toEqual([]);
  });
});

describe('who and what a figure belongs to', () => {
  it('"he" or "she" opening a clause is the person named last before it, not anyone the clause could be about', () => {
    const fest = (extra: string) =>
      `The Harbour Lights festival closed on Sunday after three days of concerts. ${extra} Organisers called it the best edition yet.`;
    const r = analyzeDocuments([
      raw('a', fest('Lena Marsh drew 4,000 fans to the main stage on Saturday night.'), 'Bay Courier'),
      raw(
        'b',
        fest('Tomas Brink closed the main stage on Saturday night. He drew 1,200 fans to the main stage.'),
        'Coast FM',
      ),
    ]);
    expect(disputes(r).filter((d) => d.kind === 'number')).toEqual([]);
    // the same clause after a sentence about her is about her: a figure to dispute
    const same = analyzeDocuments([
      raw('a', fest('Lena Marsh drew 4,000 fans to the main stage on Saturday night.'), 'Bay Courier'),
      raw(
        'b',
        fest('Lena Marsh closed the main stage on Saturday night. She drew 1,200 fans to the main stage.'),
        'Coast FM',
      ),
    ]);
    expect(disputes(same).map((d) => d.kind)).toContain('number');
  });

  it('a word tagged a verb after an article or an adjective is a noun: "ordered partial recounts in …" is an order', () => {
    const count = (extra: string) =>
      `The regional vote count in Velmar ended on Sunday, two days late. ${extra} The final result is due next week.`;
    const r = analyzeDocuments([
      raw(
        'a',
        count('The election board ordered partial recounts in the districts of Alby and Brenn.'),
        'Velmar Post',
      ),
      raw('b', count('On Monday the election board ordered recounts in Alby and Corrin.'), 'Radio Velmar'),
    ]);
    expect(disputes(r).map((d) => d.kind)).toContain('list');
  });

  it('"its other buses" and "the rest of its buses" are one set: grounding one and not the other disagree', () => {
    const bus = (extra: string) =>
      `A Lindqvist Coaches bus caught fire on the ring road in Sorvik on Friday; all 40 passengers got off unhurt. ${extra} Investigators are examining the wreck.`;
    const r = analyzeDocuments([
      raw(
        'a',
        bus('Lindqvist Coaches said it had grounded its other electric buses of the same model for checks.'),
        'Sorvik Post',
      ),
      raw(
        'b',
        bus('Lindqvist Coaches said it had not grounded the rest of its electric buses of the same model.'),
        'Radio Sorvik',
      ),
    ]);
    expect(disputes(r).map((d) => d.kind)).toContain('polarity');
  });

  it('a date takes the verb of its own phrase, not one past a comma ("on Monday, after a meeting delayed by …")', () => {
    const merger = (extra: string) =>
      `Two regional dairies, Holm Milk and Vestby Farms, will merge into one company. ${extra} Shareholders must still approve the deal.`;
    const r = analyzeDocuments([
      raw(
        'a',
        merger(
          'The boards announced the merger shortly after 9 a.m. on Monday, after a meeting delayed by a power cut.',
        ),
        'Farm Weekly',
      ),
      raw('b', merger('The boards announced the merger late on Sunday evening.'), 'Dairy News'),
    ]);
    expect(disputes(r).map((d) => d.kind)).toContain('date');
    expectExactEvidence(r);
  });
});

describe('light verbs', () => {
  it('"took it off" and "refused to have her photograph taken" are not a yes and a no of one act', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        'The actress Mira Holm arrived at the Lindby film gala on Friday night. At the gala she refused to have her photograph taken.',
        'Screen Daily',
      ),
      raw(
        'b',
        'The actress Mira Holm arrived at the Lindby film gala on Friday night wearing a veil. At the gala she took it off and smiled.',
        'Lindby Post',
      ),
    ]);
    expect(disputes(r).filter((d) => d.kind === 'polarity')).toEqual([]);
  });
});

describe('numbers in names', () => {
  it('a number that is part of a name counts nothing ("the ORX 25 index gained 1.2 percent")', () => {
    const facts = storyFacts(
      clausesOf(annotate(cleanDoc('d', 'The ORX 25 stock index gained 1.2 percent on the day.')), 0),
    );
    expect(facts.filter((f) => f.kind === 'number').map((f) => f.slot)).toEqual(['unit:%']);
  });
});

describe('time zones', () => {
  it('"on 2 December" holds 22:47 GMT on 1 December (it was 2 December east of Greenwich); "on 3 December" does not', () => {
    const launch = (extra: string) =>
      `A Veldran rocket carrying a weather satellite lifted off from the Ostra launch site. ${extra} Ground controllers reported a good signal.`;
    const r = (day: string) =>
      analyzeDocuments([
        raw(
          'a',
          launch('The rocket lifted off at 22:47 GMT on Monday 1 December.'),
          'Space Wire',
          '2025-12-02T01:40:00+00:00',
        ),
        raw(
          'b',
          launch(`The rocket lifted off on ${day}, the agency said.`),
          'Orbit Daily',
          '2025-12-04T16:00:00+00:00',
        ),
      ]);
    expect(disputes(r('2 December')).filter((d) => d.kind === 'date')).toEqual([]);
    expect(disputes(r('3 December')).map((d) => d.kind)).toContain('date');
  });
});

describe('money', () => {
  // two outlets, each in its own words around the figure (copies of one text are not independent)
  const port = (extra: string) =>
    `The shipping firm Norrland Line has been sold to a rival after months of talks. ${extra} The deal still needs the approval of regulators.`;
  const trade = (extra: string) =>
    `Ferry operator Norrland Line changes hands. ${extra} Staff were told on Tuesday morning, and union leaders said no jobs would go this year.`;
  it('a figure in millions is a round figure: "$80 million" and "$82 million" agree, "$95 million" does not', () => {
    const near = analyzeDocuments([
      raw('a', port('Baltic Freight paid $80 million for the ferry company.'), 'Port Daily'),
      raw('b', trade('Baltic Freight paid $82 million for the ferry company.'), 'Sea Trade'),
    ]);
    expect(disputes(near).filter((d) => d.kind === 'number')).toEqual([]);
    const far = analyzeDocuments([
      raw('a', port('Baltic Freight paid $80 million for the ferry company.'), 'Port Daily'),
      raw('b', trade('Baltic Freight paid $95 million for the ferry company.'), 'Sea Trade'),
    ]);
    expect(disputes(far).map((d) => d.kind)).toContain('number');
  });

  it('"nearly $80 million" qualifies a round figure: it agrees with "$82 million", not with "$90 million"', () => {
    const pair = (other: string) =>
      analyzeDocuments([
        raw('a', port('Baltic Freight paid nearly $80 million for the ferry company.'), 'Port Daily'),
        raw('b', trade(`Baltic Freight paid ${other} for the ferry company.`), 'Sea Trade'),
      ]);
    expect(disputes(pair('$82 million')).filter((d) => d.kind === 'number')).toEqual([]);
    expect(disputes(pair('$90 million')).map((d) => d.kind)).toContain('number');
    // the rounding is of figures in millions: "nearly 80 passengers" is still fewer than 80
    const text = 'Nearly 80 passengers and nearly $80 million.';
    const q = findQuantities(text, [{ start: 0, end: text.length }]);
    expect(q.map((x) => [x.low, x.high].map(Math.round))).toEqual([
      [68, 80],
      [68_000_000, 84_000_000],
    ]);
  });

  it('the noun a figure names governs it: "a $95 million deal" is a price, not what "makes" it the biggest', () => {
    const text = 'Baltic Freight landed its rival in a $95 million deal that makes it the biggest carrier.';
    const doc = annotate(cleanDoc('d', text));
    const money = storyFacts(clausesOf(doc, 0)).find((f) => f.slot === 'unit:USD')!;
    expect(money.head).toContain('cost');
  });
});

describe('corroborated means the same fact', () => {
  const claimsOf = (r: Report) => r.stories.flatMap((s) => s.claims);
  const corroborated = (r: Report) => claimsOf(r).filter((c) => c.status === 'corroborated');
  const flood = (extra: string) =>
    `Flood water swept through the river town of Alden on Saturday. ${extra} Rescue crews worked through the night.`;

  it('"other" marks another instance: the school was flooded / two other schools were flooded', () => {
    const one = analyzeDocuments([
      raw('a', flood('The primary school on Mill Street was flooded by the river.'), 'Alden Echo'),
      raw(
        'b',
        flood('The primary school on Mill Street was flooded when the river burst its banks.'),
        'Valley FM',
      ),
    ]);
    expect(corroborated(one).length).toBeGreaterThan(0);
    const two = analyzeDocuments([
      raw('a', flood('The primary school on Mill Street was flooded by the river.'), 'Alden Echo'),
      raw('b', flood('Two other schools on Mill Street were flooded by the river.'), 'Valley FM'),
    ]);
    expect(corroborated(two).filter((c) => /school/.test(c.statement))).toEqual([]);
  });

  it('being eligible to vote is not voting', () => {
    const poll = (extra: string) =>
      `Voters in the province of Maren chose a new assembly on Sunday. ${extra} Results are due on Tuesday.`;
    const r = analyzeDocuments([
      raw('a', poll('About 900,000 people are eligible to vote in the province of Maren.'), 'Maren Post'),
      raw('b', poll('About 900,000 people in the province of Maren voted on Sunday.'), 'North Radio'),
    ]);
    expect(corroborated(r).filter((c) => /900,000/.test(c.statement))).toEqual([]);
  });
});

describe('stances', () => {
  const deal = (extra: string) =>
    `${extra} Lind joins on a four-year contract. The Rovers coach wished him well.`;

  it('what a side wants or insists on is a stance, not a yes or no of an act', () => {
    const r = analyzeDocuments([
      raw('a', deal('The Rovers president said the club had not wanted to sell.'), 'Port Daily'),
      raw(
        'b',
        deal('Rovers president Ana Holt insisted the club had not been forced to sell.'),
        'Sport Wire',
      ),
    ]);
    expect(disputes(r).filter((d) => d.kind === 'polarity')).toEqual([]);
  });
});

describe('votes', () => {
  const council = (extra: string) =>
    `The Tarnby city council met on Tuesday evening to decide the future of the old harbour bridge. ${extra} Work on the bridge starts in May.`;

  it('"unanimously" against "seven to two" is a dispute; "7-2" and "by seven votes to two" agree', () => {
    const split = analyzeDocuments([
      raw('a', council('The council voted seven to two to close the bridge to cars.'), 'Tarnby Post'),
      raw('b', council('The council unanimously voted to close the bridge to cars.'), 'Coast Radio'),
    ]);
    expect(disputes(split).map((d) => d.kind)).toEqual(['number']);
    expectExactEvidence(split);
    const same = analyzeDocuments([
      raw('a', council('The council voted 7-2 to close the bridge to cars.'), 'Tarnby Post'),
      raw(
        'b',
        council('The council decided by seven votes to two to close the bridge to cars.'),
        'Coast Radio',
      ),
    ]);
    expect(disputes(same)).toEqual([]);
  });
});

describe('parts and wholes', () => {
  it('"four of the plane\'s six engines": the part counts what the whole counts', () => {
    const qs = findQuantities("Four of the plane's six engines failed and 28 of 41 passes were completed.", [
      { start: 0, end: 73 },
    ]);
    expect(qs.map((q) => [q.text, q.counted])).toEqual([
      ['Four', 'engine'],
      ['six', 'engine'],
      ['28', 'pass'],
      ['41', 'pass'],
    ]);
  });

  const board = (extra: string) =>
    `The Halden water board met on Tuesday after the vote for its governing council. ${extra} The new council sits in March.`;

  it('"will have 30 of the 45 places" and "holds 33 of the 45 places" state one figure and disagree', () => {
    const r = analyzeDocuments([
      raw('a', board("The farmers' list will have 30 of the 45 places on the council."), 'Halden Times'),
      raw('b', board("The farmers' list holds 33 of the 45 places on the council."), 'Radio Halden'),
    ]);
    expect(disputes(r).map((d) => d.kind)).toEqual(['number']);
    expectExactEvidence(r);
  });

  it('the whole one report names ("the 45 places are shared") is no rival figure for a part another counts', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        board("The farmers' list took 52 percent of the vote and 24 of the council's 45 places."),
        'Halden Times',
      ),
      raw(
        'b',
        board('The 45 places are shared among the lists that take at least 5 percent of the vote.'),
        'Radio Halden',
      ),
    ]);
    expect(disputes(r)).toEqual([]);
  });

  it('"took 52 percent of the vote and 24 places" keeps its subject for the second figure', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        board('The Farmers League took 52 percent of the vote and 24 places, well ahead of the Greens.'),
        'Halden Times',
      ),
      raw(
        'b',
        board('The Greens took 11 percent of the vote and 9 places, far behind the Farmers League.'),
        'Radio Halden',
      ),
    ]);
    expect(disputes(r)).toEqual([]);
  });
});

describe('days', () => {
  const recall = (extra: string) =>
    `The Orvik bakery chain has withdrawn its seeded rye loaf after glass was found in two loaves. ${extra} Customers can return the bread for a refund.`;

  it('"yesterday" in a report of 22 October and "on 22 October" are two days, though they touch at midnight', () => {
    const r = analyzeDocuments([
      raw('a', recall('The chain recalled the loaf yesterday.'), 'Orvik Post', '2026-10-22T20:45:00+02:00'),
      raw(
        'b',
        recall('The chain recalled the loaf on 22 October.'),
        'Radio Orvik',
        '2026-10-24T09:00:00+02:00',
      ),
    ]);
    expect(disputes(r).map((d) => d.kind)).toEqual(['date']);
    expectExactEvidence(r);
  });

  it('a day in the possessive ("Sunday\'s inspection") dates its noun, not the act of the clause', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        recall(
          "The bakers' union refused to reopen the Orvik plant on Monday, saying it would wait for tests before accepting the result of Sunday's routine safety inspection.",
        ),
        'Orvik Post',
        '2026-10-20T20:45:00+02:00',
      ),
      raw(
        'b',
        recall('On Monday the inspectors agreed to close the Orvik plant.'),
        'Radio Orvik',
        '2026-10-20T21:00:00+02:00',
      ),
    ]);
    expect(disputes(r)).toEqual([]);
  });
});

describe('one act on one named thing', () => {
  it('"withdrew its three other Nordlys ferries" and "ruled out withdrawing the rest of the Nordlys fleet" disagree', () => {
    const ferry = (extra: string) =>
      `A Kystlinje ferry lost power off Bremsnes on Thursday and was towed to port; none of the 212 passengers was hurt. ${extra} The maritime authority has opened an inquiry.`;
    const r = analyzeDocuments([
      raw(
        'a',
        ferry(
          'The company said on Friday that it had withdrawn its three other Nordlys ferries pending checks of their engines.',
        ),
        'Kyst Avis',
      ),
      raw(
        'b',
        ferry(
          'Speaking at a crowded news conference in Bergen, the director, Ola Brekke, praised the calm crew and ruled out withdrawing the rest of the Nordlys fleet, saying there was no sign whatsoever of a wider fault.',
        ),
        'Vestland Radio',
      ),
    ]);
    expect(disputes(r).map((d) => d.kind)).toContain('polarity');
    expectExactEvidence(r);
  });
});

describe('plans', () => {
  const tunnel = (extra: string) =>
    `Work on the Halsnøy road tunnel stopped on Monday after water flooded the eastern end. ${extra} Engineers are pumping the water out.`;

  it('"the planned 4.2 km" and "its intended 5-kilometre length" state one planned figure and disagree', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        tunnel(
          'The flooding left the tunnel bore in a shallow curve well short of the planned 4.2 km route.',
        ),
        'Fjord Post',
      ),
      raw('b', tunnel('The borers stopped far short of its intended 5-kilometre length.'), 'Vest Radio'),
    ]);
    expect(disputes(r).map((d) => d.kind)).toEqual(['number']);
    expect(disputes(r)[0]!.about).toContain('(plan)');
  });

  it('a plan is not an act: "is planned for Tuesday" and "without intending to" are no yes and no', () => {
    const r = analyzeDocuments([
      raw('a', tunnel('A private meeting of the crew is planned for Tuesday.'), 'Fjord Post'),
      raw(
        'b',
        tunnel(
          '"The crew was careful and private, so without intending to, the shaft flooded," the spokesman said.',
        ),
        'Vest Radio',
      ),
    ]);
    expect(disputes(r)).toEqual([]);
  });
});

describe('light verbs mean their object', () => {
  it('"made offers for" is bidding: a list of bidders against another list of bidders', () => {
    const signing = (extra: string) =>
      `Harbour Town have signed the goalkeeper Ivo Marek from Eastmoor on a four-year contract. ${extra} Marek will be presented to fans on Friday.`;
    const r = analyzeDocuments([
      raw('a', signing('Northgate and Brackley made offers for the goalkeeper.'), 'Coast Sport'),
      raw('b', signing('Northgate and Linmouth had bid for the goalkeeper.'), 'Daily Ball'),
    ]);
    expect(disputes(r).map((d) => d.kind)).toEqual(['list']);
    expectExactEvidence(r);
  });

  it('"also" names the others besides the one the story is about: two such lists that differ disagree', () => {
    const signing = (extra: string) =>
      `Harbour Town have signed the goalkeeper Ivo Marek from Eastmoor on a four-year contract. ${extra} Marek will be presented to fans on Friday.`;
    const r = reports(
      signing,
      'Northgate and Brackley also made offers for the goalkeeper.',
      'Northgate and Linmouth had also bid for the goalkeeper.',
    );
    expect(disputes(r).map((d) => d.kind)).toEqual(['list']);
  });
});

describe('lists that do not claim the whole set', () => {
  const outage = (extra: string) =>
    `A cut undersea cable slowed internet traffic across the region on Friday. ${extra} Repairs will take two weeks.`;
  const lists = (r: Report) => disputes(r).filter((d) => d.kind === 'list');
  it('"including those in", "places as far apart as" give examples, not the whole set', () => {
    const including = reports(
      outage,
      'Providers across the region, including those in Oman, Qatar and Bahrain, reported problems.',
      'Providers in Oman, Kuwait and Jordan reported problems.',
    );
    expect(lists(including)).toEqual([]);
    const apart = reports(
      outage,
      'Users were affected in places as far apart as Oman, Qatar and Bahrain.',
      'Users were affected in Oman, Kuwait and Jordan.',
    );
    expect(lists(apart)).toEqual([]);
  });

  it('a list of where it did not happen is not an account of where it did', () => {
    const r = reports(
      outage,
      'Traffic to Oman and Qatar was not affected.',
      'Traffic to Oman and Jordan was affected.',
    );
    expect(lists(r)).toEqual([]);
  });
});

describe('leading is an act of a verb', () => {
  it('"is out as head coach" and "led the team to the playoffs" are two statements, not one corroborated claim', () => {
    const coach = (extra: string) =>
      `The Harbour City Hawks parted with their coach on Saturday after a 9-14 start to the season. ${extra} An interim coach will be named on Monday.`;
    const r = analyzeDocuments([
      raw('a', coach('Ivo Brandt is out as Harbour City Hawks head coach.'), 'Coast Sport'),
      raw(
        'b',
        coach('Brandt led the Hawks to the playoffs last year for the first time while he was coach.'),
        'Daily Ball',
      ),
    ]);
    const joined = r.stories
      .flatMap((s) => s.claims)
      .filter((c) => c.status === 'corroborated' && c.evidence.some((e) => /head coach/.test(e.quote)));
    expect(joined).toEqual([]);
  });
});

describe('the same named thing heads both clauses', () => {
  const day = (extra: string) =>
    `The Bank of Orland cut its main rate on Thursday for the first time in three years. ${extra} The crown weakened against the euro.`;

  it('"the ORX 20 rose 2.1%" and "The ORX 20 stock index gained 1.2 percent" are one figure and disagree', () => {
    const r = analyzeDocuments([
      raw('a', day('Markets: the ORX 20 rose 2.1% on the day.'), 'Orland Post'),
      raw('b', day('The ORX 20 stock index gained 1.2 percent on the day.'), 'Radio Orland'),
    ]);
    expect(disputes(r).map((d) => d.kind)).toEqual(['number']);
    expectExactEvidence(r);
  });

  it('an owner or a name inside a phrase is not what the figure measures ("Norcorp\'s sales" / "profit at Norcorp")', () => {
    const r = analyzeDocuments([
      raw('a', day("Norcorp's sales rose 5% on the day."), 'Orland Post'),
      raw('b', day("Norcorp's profit rose 20% on the day."), 'Radio Orland'),
    ]);
    expect(disputes(r)).toEqual([]);
    const s = analyzeDocuments([
      raw('a', day('Sales at Norcorp rose 5% on the day.'), 'Orland Post'),
      raw('b', day('Profit at Norcorp rose 20% on the day.'), 'Radio Orland'),
    ]);
    expect(disputes(s)).toEqual([]);
  });
});

describe('whom a figure is about', () => {
  const subjectOfFee = (text: string) =>
    storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0)).find((f) => f.slot === 'unit:EUR')?.subject
      ?.canonical;

  it('the subject stands before the verb: not the player signed nor the club he came from', () => {
    expect(
      subjectOfFee('Harbour Town have signed Ivo Marek from Eastmoor United for a fee of €3.2 million.'),
    ).toBe('Harbour Town');
  });

  it('a figure in a clause of its own ("…, who paid €4 million") keeps the nearest name', () => {
    expect(
      subjectOfFee('Ivo Marek scored twice for Harbour Town, who paid Eastmoor United €4 million for him.'),
    ).not.toBe('Ivo Marek');
  });

  it('"one of six children" and "a family with six children" are a part and its whole, no dispute', () => {
    const bio = (extra: string) =>
      `The painter Ada Lund has died at 91 in Bergen. ${extra} Her work hangs in the national gallery.`;
    const r = analyzeDocuments([
      raw('a', bio('Born in 1933 in Voss, Lund was one of six children of a farming family.'), 'Bergen Post'),
      raw('b', bio('She was born in Voss in 1933 into a farming family with six children.'), 'Vest Radio'),
    ]);
    expect(disputes(r)).toEqual([]);
  });
});

describe('a fee and a wage', () => {
  const feeFacts = (text: string) =>
    storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0)).filter((f) => f.slot.startsWith('unit:EUR'));
  it('"€20,000 a week" is a rate, its own slot; a sum\'s own noun ("a €5 million deal") stands next to it', () => {
    expect(feeFacts('Marek will be paid a reported €20,000 a week.').map((f) => f.slot)).toEqual([
      'unit:EUR/week',
    ]);
    expect(feeFacts('Town have landed Marek in a whopping €5 million deal.')[0]!.near).toContain('P:cost');
  });
  it('"a fee of €3.2 million" and "a whopping €5 million deal" disagree; "€20,000 a week" is a rate, no rival', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        'Harbour Town have completed the signing of the goalkeeper Ivo Marek. Harbour Town have signed Ivo Marek from Eastmoor United for a fee of €3.2 million, making him the most expensive keeper in league history. Marek will be presented to fans on Friday.',
        'Coast Sport',
      ),
      raw(
        'b',
        'The keeper moves after six seasons at Eastmoor United. TOWN have landed Ivo Marek in a whopping €5 MILLION deal that makes him the most expensive keeper in league history. Marek will be paid a reported €20,000 a week. Fans can meet him at the ground this weekend.',
        'Daily Ball',
      ),
    ]);
    const d = disputes(r).filter((x) => x.kind === 'number');
    expect(d.map((x) => x.positions.map((p) => p.value).sort())).toEqual([['€3.2 million', '€5 MILLION']]);
    expectExactEvidence(r);
  });
});

describe('what a clause states happened', () => {
  it('an act after "to avoid" or "the risk of" is not stated: two such clauses are no claim', () => {
    const zoo = (extra: string) =>
      `The Orrin zoo moved its elephant herd to a new enclosure on Thursday. ${extra} The enclosure opens to visitors in May.`;
    const unstated = reports(
      zoo,
      'Keepers moved the herd slowly to avoid injuring the young elephants.',
      'Keepers warned that the risk of injuring the young elephants was high.',
    );
    expect(corroboratedOn(unstated, /elephants/)).toEqual([]);
    // the same act stated in both is one claim
    const stated = reports(
      zoo,
      'Keepers injured two of the young elephants while moving the herd.',
      'Two young elephants were injured as keepers moved the herd.',
    );
    expect(corroboratedOn(stated, /elephants/)).toHaveLength(1);
  });
});

describe('figures and lists that name no one set', () => {
  it('a figure counted in one role ("five seasons as principal cellist") is not a rival of the whole', () => {
    const conductor = (extra: string) =>
      `The Orrin Symphony named Marta Voss its new music director on Monday. ${extra} Her first concert in the role is in May.`;
    const whole = 'Voss has spent 12 seasons with the orchestra.';
    const role = reports(
      conductor,
      whole,
      "She spent five seasons as the orchestra's principal cellist before that.",
    );
    expect(disputes(role)).toEqual([]);
    const same = reports(conductor, whole, 'Voss has spent five seasons with the orchestra.');
    expect(disputes(same).map((d) => d.kind)).toEqual(['number']);
  });

  it('"X or Y" names alternatives, not a set: two such lists do not disagree', () => {
    const rule = (extra: string) =>
      `A court struck down the river rule on Tuesday. ${extra} The ministry will appeal.`;
    const or = reports(
      rule,
      'The rule let the Transport Ministry build dams without consulting the Water Board or the Forestry Agency.',
      'The rule let the Transport Ministry build dams without consulting the Water Board or the Parks Agency.',
    );
    expect(disputes(or)).toEqual([]);
    const met = reports(
      rule,
      'Each year the Transport Ministry meets the Water Board or the Forestry Agency.',
      'Each year the Transport Ministry meets the Water Board or the Parks Agency.',
    );
    expect(disputes(met)).toEqual([]);
    const and = reports(
      rule,
      'The Transport Ministry consulted the Water Board and the Forestry Agency.',
      'The Transport Ministry consulted the Water Board and the Parks Agency.',
    );
    expect(disputes(and).map((d) => d.kind)).toEqual(['list']);
  });
});

describe('where a figure belongs', () => {
  it('a figure said of a country the story is not about is background, not a rival figure', () => {
    const flood = (extra: string) =>
      `Floods swept through northern Portugal on Sunday after three days of rain. ${extra} Rescue teams from Spain joined the search on Monday.`;
    const toll = 'Eleven people were killed in the floods, officials said.';
    const other = 'Portugal has not seen such rain since 1967.';
    const abroad = reports(
      flood,
      toll,
      'Last month more than 40 people were killed in floods in Vietnam.',
      other,
    );
    expect(disputes(abroad).filter((d) => d.kind === 'number')).toEqual([]);
    // the same figure said of the story's own country is a rival
    const own = reports(flood, toll, 'More than 40 people were killed in the floods in Portugal.', other);
    expect(disputes(own).map((d) => d.kind)).toEqual(['number']);
  });
});

describe('a copied sentence with another figure', () => {
  it('is not a corroboration of that sentence', () => {
    const quake = (extra: string) =>
      `An earthquake shook the coast of Norland on Sunday. ${extra} Aid arrived from the capital on Monday.`;
    const struck = (m: string, who: string) =>
      `The ${m}-magnitude quake struck Tarn island, home to 12,000 people, ${who} said.`;
    const other = reports(quake, struck('6.1', 'state media'), struck('5.9', 'state media'));
    expect(corroboratedOn(other, /struck/)).toEqual([]);
    const same = reports(quake, struck('6.1', 'state media'), struck('6.1', 'officials'));
    expect(corroboratedOn(same, /struck/)).toHaveLength(1);
  });
});

describe('what two clauses share', () => {
  it('"can" states what is possible, not what happened', () => {
    const game = (extra: string) =>
      `The Harbour City Hawks beat the Norland Foxes 3-1 on Sunday. ${extra} The Hawks play again on Friday.`;
    const can = reports(
      game,
      'The Foxes can win the cup, their coach said today.',
      'The Hawks won the cup today.',
      'Fans filled the stadium.',
    );
    expect(corroboratedOn(can, /cup/)).toEqual([]);
  });

  it('a word of time is no participant: an offer and a demand "over two years" are two statements', () => {
    const strike = (extra: string) =>
      `Rail and port workers walked out across Marovia on Monday in a strike over pay. ${extra} The transport minister will meet the unions on Thursday.`;
    const r = reports(
      strike,
      "The government's offer of a 4.5% pay rise over two years remains on the table.",
      'The unions want a 9% pay rise over two years.',
      'Trains stood still.',
    );
    expect(corroboratedOn(r, /pay rise/)).toEqual([]);
  });

  it('"allows X to" states a permission, not the act', () => {
    const port = (extra: string) =>
      `Storms hit the port of Velby on Tuesday, sinking two fishing boats. ${extra} Repairs will take a month.`;
    const allows = reports(
      port,
      'A new law allows the mayor, Ines Holm, to close the harbour for a week.',
      'The mayor, Ines Holm, closed the harbour for a week.',
      'Fishermen counted their losses.',
    );
    expect(corroboratedOn(allows, /harbour/)).toEqual([]);
  });
});

describe('two accounts in two different years', () => {
  it('"In 1994, Voss left the orchestra" and "Voss left the orchestra in 1996" corroborate nothing', () => {
    const obit = (extra: string) =>
      `The cellist Marta Voss has died at the age of 81, her family said on Monday. ${extra} A memorial concert is planned for May.`;
    const left = 'In 1994, Voss suddenly left the Orrin orchestra and the public eye.';
    const apart = reports(
      obit,
      left,
      'Voss left the Orrin orchestra in 1996.',
      'She recorded eleven albums.',
    );
    expect(corroboratedOn(apart, /left/)).toEqual([]);
    const same = reports(obit, left, 'Voss left the Orrin orchestra in 1994.', 'She recorded eleven albums.');
    expect(corroboratedOn(same, /left/)).toHaveLength(1);
  });
});

describe('whose figure, over what span, and said when (sixth session)', () => {
  const season = (extra: string) =>
    `Ana Ruiz led the Orrin Harriers to a 91-88 win over the Velby Hawks on Sunday. ${extra} The Harriers play the Tarnby Owls next week.`;
  const numbers = (r: Report) => disputes(r).filter((d) => d.kind === 'number');
  /** The figure facts of a text: the figure, its governing predicate and whom it is said of. */
  const figures = (text: string) =>
    storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0))
      .filter((f) => f.kind === 'number')
      .map((f) => ({
        text: text.slice(f.start, f.end),
        head: f.head,
        subject: f.subject?.canonical ?? null,
      }));

  it('a thousands separator with a space after it ("120, 000", text tokenised by another tool) is one figure', () => {
    expect(quantities('The valley, home to 120, 000 people, flooded.')).toEqual([
      ['120, 000', 120000, 120000, null],
    ]);
    const [about] = quantities('About 1, 500 homes were damaged.');
    expect(about![1]).toBe(1275);
    expect(about![2]).toBeCloseTo(1725);
  });

  it('an infinitive after a figure says what its verb was for: "scored 38 points to break the record" is scored', () => {
    const [scored] = figures('Ruiz scored 38 points to break the league record.');
    expect(scored).toMatchObject({ text: '38 points', head: ['~score'] });
  });

  it("a figure of a name's thing is that name's: \"broke Lind's record of 1,190 points\" is Lind's total", () => {
    expect(figures("Ruiz broke Lind's record of 1,190 points in the second quarter.")[0]!.subject).toBe(
      'Lind',
    );
    const r = reports(
      season,
      'Ruiz set a league record for a season with 1,204 points.',
      "Ruiz broke Lind's record of 1,190 points in the second quarter.",
      'The crowd stood for her.',
    );
    expect(numbers(r)).toEqual([]);
  });

  it('a name that qualifies the object ("set the Orrin league record") is not who set it', () => {
    const [record] = figures(
      'Ana Ruiz starred again. She also set the Orrin league record for most points scored in a season with 1,190 points.',
    );
    expect(record!.subject).toBe('Ana Ruiz');
    // opening the clause, the name is what the noun is, and the subject
    expect(figures('The ORX 25 stock index gained 1.2 percent on the day.')[0]!.subject).toBe('ORX 25');
  });

  it('two counts of one thing that cannot both hold are never one corroborated claim', () => {
    const r = reports(
      season,
      'Ruiz set a league record for a season with 1,204 points.',
      'Ruiz starred again. She also set the Orrin league record for most points scored in a season with 1,190 points.',
      'The crowd stood for her.',
    );
    expect(corroboratedOn(r, /record/)).toEqual([]);
    const same = reports(
      season,
      'Ruiz set a league record for a season with 1,204 points.',
      'Ruiz starred again. She also set the Orrin league record for most points scored in a season with 1,204 points.',
      'The crowd stood for her.',
    );
    expect(corroboratedOn(same, /record/)).toHaveLength(1);
  });

  it('totals over two spans of time ("in the game", "in a season") are not rival counts; over one span they are', () => {
    const apart = reports(
      season,
      'Ruiz scored 38 points in the game.',
      'Ruiz has scored 1,204 points in the season.',
      'The crowd stood for her.',
    );
    expect(numbers(apart)).toEqual([]);
    const same = reports(
      season,
      'Ruiz scored 38 points in the game.',
      'Ruiz scored 41 points in the game.',
      'The crowd stood for her.',
    );
    expect(numbers(same)).toHaveLength(1);
  });

  it('a clause that opens on an earlier occurrence ("Earlier this year, …") tells of another event', () => {
    const zoo = (extra: string) =>
      `Animals escaped from Velby Zoo on Friday after a storm broke a fence, the zoo said. ${extra} The zoo will stay closed until Tuesday.`;
    const r = reports(
      zoo,
      'Three wolves escaped from their enclosure during the storm.',
      'Earlier this year, five wolves escaped from their enclosure during a storm.',
      'Three wolves escaped from their enclosure, keepers said.',
    );
    expect(numbers(r)).toEqual([]);
  });

  it('"agreed to be interviewed" and "agreed to close the bridge" share only the agreeing: no one claim', () => {
    const bridge = (extra: string) =>
      `Storm damage closed the Tarnby bridge on Monday, the council said. ${extra} Repairs will start in May.`;
    const close = 'On Tuesday, Mayor Ines Holm agreed to close the bridge until May, officials said.';
    const r = reports(
      bridge,
      'On Tuesday, Mayor Ines Holm agreed to be interviewed about the bridge by the Tarnby Post.',
      close,
      'Ferries carried commuters instead.',
    );
    expect(corroboratedOn(r, /agreed/)).toEqual([]);
    const same = reports(
      bridge,
      'On Tuesday, Mayor Ines Holm agreed to close the bridge until May.',
      close,
      'Ferries carried commuters instead.',
    );
    expect(corroboratedOn(same, /agreed/)).toHaveLength(1);
  });

  it('the month "May" is no modal: "until May" does not make a clause a possibility', () => {
    const bridge = (extra: string) =>
      `Storm damage closed the Tarnby bridge on Monday, the council said. ${extra} Ferries carried commuters instead.`;
    const r = reports(
      bridge,
      'On Tuesday, Mayor Ines Holm agreed to close the bridge until May, officials said.',
      'On Tuesday, Mayor Ines Holm agreed to close the bridge for repairs.',
      'Repairs will take weeks.',
    );
    expect(corroboratedOn(r, /agreed/)).toHaveLength(1);
  });

  it('a light verb with its particle is a verb of its own: "her career took off" is no taking', () => {
    const classesOfTook = (text: string) => {
      const tokens = annotate(cleanDoc('d', text)).sentences[0]!.tokens;
      return tokenClasses(tokens)[tokens.findIndex((t) => t.normal === 'took')];
    };
    expect(classesOfTook('In 1950 her career took off in Berlin.')).toEqual([]);
    expect(classesOfTook('The Greens took 10.4 percent of the vote.')).not.toEqual([]);
  });

  it('"twice" and "three times" count how often an act happened; "three times the size" and "twice a week" do not', () => {
    const counts = (t: string) =>
      findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.value, q.counted]);
    expect(counts('The bridge flooded twice in May.')).toEqual([[2, 'times']]);
    expect(counts('The bridge has flooded three times since 2001.')).toEqual([[3, 'times']]);
    expect(counts('The new span is three times the size of the old one.')).toEqual([]);
    expect(counts('The new span carries twice as many cars.').filter(([, c]) => c === 'times')).toEqual([]);
    expect(counts('Ferries sail three times a week.')).toEqual([]);
  });

  it("a report's own date is one that can be when it was written, never a relative phrase's stand-in year", () => {
    const day = (text: string) => datedContext(text)?.toISOString().slice(0, 10) ?? null;
    // a stamp line, a dateline, a caption date no earlier than any year the text names
    expect(day('Floods hit Porto\nUpdated: 3 March 2024 10:15 GMT\nThe river rose yesterday.')).toBe(
      '2024-03-03',
    );
    expect(day('PORTO, March 3, 2024 (Lusa) - The river rose yesterday.')).toBe('2024-03-03');
    expect(day('Soldiers carry sandbags in Porto on March 3, 2024.\nThe river rose yesterday.')).toBe(
      '2024-03-03',
    );
    // not a birth date in a text that goes on to later years, not "a week ago" nor "for four hours"
    expect(
      day('Voss was born on April 22, 1923. She joined the orchestra in 1950 and left it in 1994.'),
    ).toBeNull();
    expect(day('She fell ill a week ago and was in surgery for four hours.')).toBeNull();
  });

  it('what was urged or planned is not what was done: "urged the council to close the bridge" / "closed the bridge"', () => {
    const bridge = (extra: string) =>
      `Storm damage closed the Tarnby bridge on Monday, the council said. ${extra} Repairs will start in May.`;
    const r = reports(
      bridge,
      'On Tuesday, residents urged the council to close the old bridge until May.',
      'On Tuesday, the council closed the old bridge until May, officials said.',
      'Ferries carried commuters instead.',
    );
    expect(corroboratedOn(r, /old bridge/)).toEqual([]);
  });

  it('a participle after "was" is a verb whatever the tagger says: "was married" is not "was divorced"', () => {
    const obit = (extra: string) =>
      `The cellist Marta Voss has died at the age of 81, her family said on Monday. ${extra} A memorial concert is planned for May.`;
    const r = reports(
      obit,
      'Voss was married three times and had two sons.',
      'Voss was divorced three times and had two sons, her agent said.',
      'She recorded eleven albums.',
    );
    expect(corroboratedOn(r, /three times/)).toEqual([]);
  });

  it('one sum in two currencies, with no rate given, is not known to agree: no one claim', () => {
    const port = (extra: string) =>
      `Dock workers at the port of Velby walked out on Monday in a dispute over pay. ${extra} Talks resume on Friday.`;
    const r = reports(
      port,
      'The chamber of commerce estimated that the strike would cost the port 45 million kronor a day.',
      'The chamber of commerce said the strike could cost the port some 5 million US dollars a day.',
      'Ships queued outside the harbour.',
    );
    expect(corroboratedOn(r, /chamber/)).toEqual([]);
    const same = reports(
      port,
      'The chamber of commerce estimated that the strike would cost the port €4.5 million a day.',
      'The chamber of commerce said the strike could cost the port some 4.5 million euros a day.',
      'Ships queued outside the harbour.',
    );
    expect(corroboratedOn(same, /chamber/)).toHaveLength(1);
  });

  it('"will again be required" is another occurrence than "were required": no one claim', () => {
    const bridge = (extra: string) =>
      `Storm damage closed the Tarnby bridge on Monday, the council said. ${extra} Repairs will start in May.`;
    const r = reports(
      bridge,
      'Previously, ferry operators were required to consult with harbour pilots at the port authority before changing routes.',
      'Ferry operators again will be required to consult with harbour pilots at the port authority before changing their routes.',
      'Repairs will take weeks.',
    );
    expect(corroboratedOn(r, /required/)).toEqual([]);
  });

  it('"linked to" traces a cause; "linking A and B" connects them', () => {
    const classesOfLink = (text: string) => {
      const tokens = annotate(cleanDoc('d', text)).sentences[0]!.tokens;
      return tokenClasses(tokens)[tokens.findIndex((t) => t.lemma.toLowerCase() === 'link')];
    };
    expect(classesOfLink('Nine cases of illness were linked to the zoo cafe.')).toContain('test');
    expect(classesOfLink('A footbridge linking the two enclosures was damaged.')).not.toContain('test');
  });

  it('"several of the island\'s largest lenders" counts lenders', () => {
    const counts = (t: string) =>
      findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.text, q.counted]);
    expect(counts("Several of the island's largest lenders cut their rates.")).toEqual([
      ['Several', 'lender'],
    ]);
    expect(counts('Dozens of their supporters marched.')).toEqual([['Dozens', 'supporter']]);
  });

  it('two spans of time that cannot be the same ("for four weeks" / "for the past three weeks") are no one claim', () => {
    const obit = (extra: string) =>
      `The cellist Marta Voss has died at the age of 81, her family said on Monday. ${extra} A memorial concert is planned for May.`;
    const r = reports(
      obit,
      'Voss had been in a Berlin clinic for four weeks with pneumonia, only to suffer a stroke.',
      'Her agent said Voss had been in a Berlin clinic for the past three weeks with pneumonia and was about to go home.',
      'She recorded eleven albums.',
    );
    expect(corroboratedOn(r, /clinic/)).toEqual([]);
    expect(
      findDurations('She was in a clinic for the past three weeks.', [{ start: 0, end: 44 }]).map(
        (d) => d.text,
      ),
    ).toEqual(['three weeks']);
  });

  it('"between Velby and Orrin" names the two ends of a route, not a set of places: no list dispute', () => {
    const bridge = (extra: string) =>
      `Storm damage closed the Tarnby bridge on Monday, the council said. ${extra} Repairs will start in May.`;
    const r = reports(
      bridge,
      'The storm cut ferry services between Velby and Orrin on Monday.',
      'The storm cut ferry services in Velby and Tarnby on Monday, officials said.',
      'Repairs will take weeks.',
    );
    expect(disputes(r).filter((d) => d.kind === 'list')).toEqual([]);
  });

  it('"I feel that …" frames a statement as "said" does: two feelings about two things are no one claim', () => {
    const r = reports(
      season,
      '"I feel on the court we weren\'t defending the way that we want to defend," Ruiz said.',
      '"I felt we were not attacking the way we had wanted to attack," Ruiz said after the game.',
      'The crowd stood for her.',
    );
    expect(corroboratedOn(r, /felt|feel/)).toEqual([]);
  });

  it('a sentence that goes on by "it" is at the time and place of the one before', () => {
    const floods = (extra: string) =>
      `Floods in Portugal destroyed homes along the Douro river on Monday, officials said. ${extra} The army was sent to help in Porto.`;
    const r = reports(
      floods,
      'The floods destroyed 200 homes in the north.',
      'Last month a storm hit Spain. It destroyed 3,000 homes in the north.',
      'The floods destroyed 200 homes in the north, officials said.',
    );
    expect(numbers(r)).toEqual([]);
    // in January, in a report of March: background, not a rival count
    const before = reports(
      floods,
      'The floods destroyed 200 homes in the north.',
      'On 12 January a storm hit the coast. It destroyed 3,000 homes in the north.',
      'The floods destroyed 200 homes in the north, officials said.',
    );
    expect(numbers(before)).toEqual([]);
    // without "it", the count is of this story
    const rival = reports(
      floods,
      'The floods destroyed 200 homes in the north.',
      'Rain fell for a week. The floods destroyed 3,000 homes in the north.',
      'The floods destroyed 200 homes in the north, officials said.',
    );
    expect(numbers(rival)).toHaveLength(1);
  });
});

describe('dates on reports with no publication time (sixth session, real news)', () => {
  const obituary = (extra: string) =>
    `Ilse Marvik, the cellist who led the Fjordby Quartet for three decades, died on Sunday at her home in Bergen. She was 91. ${extra} She is survived by two nephews.`;

  it('a year written alone is a date: "in 1987" and "the 2001 film", not "the 2000 residents" nor "1951-1957"', () => {
    const years = (text: string) =>
      annotate(cleanDoc('t', text), { reference: null }).times.map((t) => [t.text, t.granularity]);
    expect(years('In 1987, Marvik left the quartet.')).toEqual([['1987', 'year']]);
    expect(years('She starred in the 2001 film about the quartet.')).toEqual([['2001', 'year']]);
    expect(years('Marvik played to the 2000 residents of the island.')).toEqual([]);
    expect(years('She toured from 1951-1957 and sold 1,987 records.')).toEqual([]);
  });

  it('two years of one act, said by one word, are a date dispute; the same year is none', () => {
    // (two years side by side do not meet at midnight, whatever zone a report with no publication time is read in)
    const far = undated(
      obituary,
      'In 1988, Marvik resigned from the quartet.',
      'Marvik quietly resigned from the quartet in 1989.',
    );
    expect(dates(far)).toEqual([['1988', '1989']]);
    expectExactEvidence(far);
    // a year written out dates the act itself, even one of a state's class ("disappeared", "went missing")
    const gone = undated(
      obituary,
      'In 1988, Marvik disappeared from public life.',
      'Marvik suddenly disappeared from public life in 1991.',
    );
    expect(dates(gone)).toEqual([['1988', '1991']]);
    const same = undated(
      obituary,
      'In 1987, Marvik resigned from the quartet.',
      'Marvik quietly resigned from the quartet in 1987.',
    );
    expect(dates(same)).toEqual([]);
  });

  it('a year after "after" is a bound, and two acts of one class named by different words are two acts', () => {
    const bound = undated(
      obituary,
      'Marvik resigned from the quartet after 1987.',
      'Marvik quietly resigned from the quartet in 1989.',
    );
    expect(dates(bound)).toEqual([]);
    const acts = undated(
      obituary,
      'She moved to Oslo in 1975 and married a violinist.',
      'Her best-known photographs were taken in 1972 at a festival in Oslo.',
    );
    expect(dates(acts)).toEqual([]);
    // nor a year and a month of two acts of one class ("opened" / "began")
    const start = undated(
      obituary,
      'The Fjordby Quartet opened its concert hall in 1962.',
      'The Fjordby Quartet began its concert hall tours in March 1965.',
    );
    expect(dates(start)).toEqual([]);
  });
});

describe('days without their year, and counts back from the report (sixth session, real news)', () => {
  const zoo = (extra: string) =>
    `The Dunmore zoo has welcomed its first elephant calf, keepers said. ${extra} Visitors can see the calf from the viewing deck.`;

  it('a month-day in a report with no date of its own is compared by month and day', () => {
    const far = undated(
      zoo,
      'On March 14, the zoo opened its new elephant house.',
      'The zoo opened its new elephant house in April 2019.',
    );
    expect(dates(far)).toEqual([['April 2019', 'March 14']]);
    expectExactEvidence(far);
    const same = undated(
      zoo,
      'On March 14, the zoo opened its new elephant house.',
      'The zoo opened its new elephant house on March 14, 2019.',
    );
    expect(dates(same)).toEqual([]);
  });

  it('a month-day without its year is that day in the year the other report gives, not a guess from the publication time', () => {
    const r = reports(
      zoo,
      'On March 14, the zoo opened its new elephant house.',
      'The zoo opened its new elephant house on March 14, 2019.',
    );
    expect(dates(r)).toEqual([]);
  });

  it('"two weeks ago" and "about three weeks ago" from reports of one day disagree; "more than two weeks" does not', () => {
    const coach = (extra: string) =>
      `Lena Varga resigned as coach of the Brisk Valley Hawks on Monday after eleven seasons. ${extra} The club will name a successor next week.`;
    const r = reports(
      coach,
      'Varga was married two weeks ago.',
      'Varga, who was wed about three weeks ago, thanked the fans.',
    );
    expect(dates(r)).toEqual([['about three weeks ago', 'two weeks ago']]);
    expectExactEvidence(r);
    expect(
      dates(reports(coach, 'Varga was married two weeks ago.', 'Varga was married about two weeks ago.')),
    ).toEqual([]);
    expect(
      dates(
        reports(
          coach,
          'Varga was married more than two weeks ago.',
          'Varga was married about three weeks ago.',
        ),
      ),
    ).toEqual([]);
  });

  it('"was wed" is no Wednesday', () => {
    const d = cleanDoc('t', 'The couple was wed last spring.', {
      published: '2026-03-04T18:00:00+01:00',
    });
    expect(annotate(d, { reference: new Date('2026-03-04T18:00:00+01:00') }).times).toEqual([]);
  });
});

describe('statements that carry (seventh session, real news)', () => {
  const obit = (extra: string) =>
    `The painter Mira Solberg has died at 88, her gallery said on Tuesday. ${extra} A memorial will be held in Tarnby next month.`;

  it('a statement too short to pair as a claim ("Solberg married twice;") is still read for its facts', () => {
    const text = 'Solberg married twice; the first marriage to a sculptor lasted from 1961 to 1966.';
    const doc = annotate(cleanDoc('d', text));
    // no claim of its own, but a clause of the story's facts, marked short
    expect(clausesOf(doc, 0).map((c) => c.text)).toEqual([
      'the first marriage to a sculptor lasted from 1961 to 1966.',
    ]);
    const all = clausesOf(doc, 0, { short: true });
    expect(all.map((c) => [c.text, !!c.short])).toEqual([
      ['Solberg married twice', true],
      ['the first marriage to a sculptor lasted from 1961 to 1966.', false],
    ]);
    const r = reports(
      obit,
      'Solberg married twice; the first marriage to a sculptor lasted from 1961 to 1966.',
      'Solberg was married three times but had no children.',
    );
    expect(numberValues(r)).toEqual([['three', 'twice']]);
    expectExactEvidence(r);
    // a fragment that states no value (a figure, a span of time, a date) is not read: its yes or no is too thin
    const bare = annotate(
      cleanDoc('e', 'The talks failed; the delegations left the capital late on Monday.'),
    );
    expect(clausesOf(bare, 0, { short: true }).map((c) => c.text)).toEqual([
      'the delegations left the capital late on Monday.',
    ]);
    // and it makes no claim: the sentence's own claim is its long clause
    expect(r.stories.flatMap((s) => s.claims).some((c) => c.statement === 'Solberg married twice')).toBe(
      false,
    );
  });

  it('"home to 120,000 people" and "a population of 200,000" state one population', () => {
    const quake = (extra: string) =>
      `A strong earthquake shook the island of Varro on Sunday, damaging hundreds of homes. ${extra} Rescue teams reached the villages by nightfall.`;
    const r = undated(
      quake,
      'The quake struck near Varro, an island home to 120,000 people.',
      'Varro, the largest island of the chain, has a population of 200,000.',
    );
    expect(numberValues(r)).toEqual([['120,000', '200,000']]);
    expectExactEvidence(r);
    // "more than 100,000" holds with either
    const loose = undated(
      quake,
      'The quake struck near Varro, an island home to 120,000 people.',
      'Varro, the largest island of the chain, has a population of more than 100,000.',
    );
    expect(numberValues(loose)).toEqual([]);
  });

  it('"weighing 130 pounds" and "5-foot-8, 135 pounds" are weights, compared as one; pounds paid are money', () => {
    // (the height is no figure: only the weight is read)
    expect(quantities('The suspect is 5-foot-8, 135 pounds.')).toEqual([
      ['135', 61.23496995, 61.23496995, 'kg'],
    ]);
    expect(quantities('A package weighing 12 lbs was found.')[0]![3]).toBe('kg');
    expect(quantities('The club paid 30 million pounds for him.')[0]![3]).toBe('GBP');
    const hunt = (extra: string) =>
      `Police in Dunmore are searching for a man who robbed a jeweller on Friday. ${extra} Anyone who sees him should call the police.`;
    const r = reports(
      hunt,
      'The man is described as 6 feet tall, weighing 180 pounds, with short dark hair.',
      'He is 6 feet tall, 210 pounds, and was last seen driving a grey van.',
    );
    expect(numberValues(r)).toEqual([['180', '210']]);
    expectExactEvidence(r);
  });

  it('a sinking is an event with a date of its own: two days for it disagree', () => {
    const port = (extra: string) =>
      `The coastguard of Dunmore has recovered the cargo of a freighter lost off the cape. ${extra} The crew of nine was rescued.`;
    const r = reports(
      port,
      'The freighter sank on February 27 after its engine failed.',
      'The freighter sank on March 2 after its engine failed in heavy seas.',
    );
    expect(dates(r)).toEqual([['February 27', 'March 2']]);
    expectExactEvidence(r);
  });

  it('a figure restated in brackets in another unit ("1,150 kilometres (700 miles)") is one statement, not two values', () => {
    const text = 'Varro, located 1,150 kilometres (700 miles) south of the capital, has a busy port.';
    const fs = storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0)).filter((f) => f.kind === 'number');
    // (the figure alone: a unit's word is what it is measured in, not what it counts)
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['1,150']);
  });

  it('a time right after a noun and its participle ("Lind\'s record set a year ago") dates that noun, not the clause', () => {
    const season = (extra: string) =>
      `Ana Ruiz led the Orrin Harriers to a 91-88 win over the Velby Hawks on Sunday. ${extra} The Harriers play the Tarnby Owls next week.`;
    const r = reports(
      season,
      "Ruiz also set the league record for most points in a season with 1,204 points, breaking Lind's record set a year ago.",
      'Ruiz set a league record for a season with 1,190 points.',
      'The crowd stood for her.',
    );
    expect(numberValues(r)).toEqual([['1,190', '1,204']]);
    // the clause's own verb dated a year back is background, as before
    const old = reports(
      season,
      'Lind set the league record for most points in a season with 1,204 points a year ago.',
      'Ruiz set a league record for a season with 1,190 points.',
      'The crowd stood for her.',
    );
    expect(numberValues(old)).toEqual([]);
  });

  it('"took to the streets" is a protest: its crowd is the march\'s', () => {
    const demo = (extra: string) =>
      `Nurses across Lusia walked out on Tuesday in a dispute over pay. ${extra} The union said more strikes would follow.`;
    const r = reports(
      demo,
      'Police said as many as 8,000 people took to the streets of Dunmore.',
      'Police put the march in Dunmore at roughly 15,000 people.',
    );
    expect(numberValues(r)).toEqual([['as many as 8,000', 'roughly 15,000']]);
    expectExactEvidence(r);
  });

  it('"the 2005 film X" and "the 2006 movie X" disagree on the year of X; a year before a noun is no count of it', () => {
    expect(quantities('She starred in the 2005 film Blue Harbour.')).toEqual([]);
    expect(quantities('The 2000 residents of the village were evacuated.')[0]![1]).toBe(2000);
    const r = undated(
      obit,
      'Her life inspired the 2005 film Blue Harbour, starring Ida Lenz.',
      'She was celebrated in the 2006 HBO movie, Blue Harbour, starring Ida Lenz.',
    );
    expect(dates(r)).toEqual([['2005', '2006']]);
    expectExactEvidence(r);
    // two works, two years
    const two = undated(
      obit,
      'Her life inspired the 2005 film Blue Harbour, starring Ida Lenz.',
      'She was celebrated in the 2006 HBO movie, Grey Dawn, starring Ida Lenz.',
    );
    expect(dates(two)).toEqual([]);
  });

  it('"another 5, 000 people" (a figure tokenised with a space) is still another crowd', () => {
    const demo = (extra: string) =>
      `Nurses across Lusia walked out on Tuesday in a dispute over pay. ${extra} The union said more strikes would follow.`;
    const r = reports(
      demo,
      'Police said 8, 000 people marched through the centre of Dunmore.',
      'Police said another 5, 000 people marched through the centre of Tarnby.',
    );
    expect(numberValues(r)).toEqual([]);
  });

  it('a number on a name ("AK 47", "Boeing 747") designates, it does not count', () => {
    const figures = (text: string) => annotate(cleanDoc('d', text)).quantities.map((q) => q.text);
    expect(figures('Police also recovered 12 AK 47 guns at the house.')).toEqual(['12']);
    expect(figures('She flew on the Boeing 747 jet with 300 passengers.')).toEqual(['300']);
    // a name opening the sentence is not before the figure: "Greece said 12 people died" counts twelve
    expect(figures('Officials in Greece said 12 people died.')).toEqual(['12']);
  });

  it('"3 machine guns" and "12 hunting guns" count two kinds of gun: no dispute; "two other rifles" / "three other assault rifles" are one', () => {
    const raid = (extra: string) =>
      `Police in Dunmore raided a warehouse near the harbour on Friday and arrested four men. ${extra} The men will appear in court on Monday.`;
    const kinds = reports(
      raid,
      'Officers seized 3 machine guns at the warehouse, police said.',
      'Twelve hunting guns were seized in the raid.',
    );
    expect(numberValues(kinds)).toEqual([]);
    const same = reports(
      raid,
      'Officers seized 3 machine guns at the warehouse, police said.',
      'Five machine guns were seized in the raid.',
    );
    expect(numberValues(same)).toEqual([['3', 'Five']]);
    const others = reports(
      raid,
      'Officers seized seven machine guns and two other rifles at the warehouse, police said.',
      'Seven machine guns and three other assault rifles were seized in the raid.',
    );
    expect(numberValues(others)).toEqual([['three', 'two']]);
  });
});

describe('disputes that stay on one fact (seventh session, read by hand)', () => {
  const quake = (extra: string) =>
    `A strong earthquake shook the island of Varro on Sunday, destroying hundreds of homes. ${extra} Rescue teams reached the villages by nightfall.`;

  it('the wounded are not the dead where the other clause has its own figure for the wounded ("Ten … killed and about 50 hurt")', () => {
    const r = reports(
      quake,
      'As many as 80 people were also wounded in the quake on the island.',
      'Ten people were killed and about 50 hurt in the quake on the island.',
    );
    expect(numberValues(r)).toEqual([]);
  });

  it('"a city of 500,000 people" is a population, which no other verb of its clause governs', () => {
    expect(
      storyFacts(
        clausesOf(annotate(cleanDoc('d', 'The injured were flown to Dunmore, a city of 500,000 people.')), 0),
      ).find((f) => f.kind === 'number')?.head,
    ).toEqual(['populate']);
    const r = reports(
      quake,
      'Helicopters were evacuating the injured from the island to Dunmore.',
      'Helicopters were evacuating injured from Varro to Dunmore, a city of 500,000 people that was also shaken.',
      'As many as 80 people were also wounded, officials said.',
    );
    expect(numberValues(r)).toEqual([]);
  });

  it('an open bound ("at least 10") ties no other figure to a dispute', () => {
    const r = reports(
      quake,
      'Officials said 10 people had been killed on the island.',
      'The quake killed at least 10 people on the island.',
      'Three people were killed on the island, officials said.',
      'Islanders are still haunted by the disaster of December 1998, in which more than 3,000 people were killed in the ancient city of Tarnby.',
    );
    expect(numberValues(r)).toEqual([['10', 'Three']]);
  });
});

describe('where on a street (seventh session, real news)', () => {
  const robbery = (extra: string) =>
    `A jeweller was shot dead in Dunmore on Friday afternoon, police said. ${extra} Police have asked witnesses to come forward.`;

  it('"the 12000 block of Elm Street" and "the 12200 block of East Elm Street" place one shooting on two blocks', () => {
    const r = reports(
      robbery,
      'The jeweller was shot to death outside his shop in the 12000 block of Elm Street.',
      'The shooting occurred about 3:10 p.m. in the 12200 block of East Elm Street.',
    );
    expect(numberValues(r)).toEqual([['12000 block', '12200 block']]);
    expectExactEvidence(r);
    // one block, two wordings; and another street is another place
    expect(
      numberValues(
        reports(
          robbery,
          'The jeweller was shot to death outside his shop in the 12000 block of Elm Street.',
          'The shooting occurred about 3:10 p.m. in the 12000 block of East Elm Street.',
        ),
      ),
    ).toEqual([]);
    expect(
      numberValues(
        reports(
          robbery,
          'The jeweller was shot to death outside his shop in the 12000 block of Elm Street.',
          'The shooting occurred about 3:10 p.m. in the 4700 block of Oak Avenue.',
        ),
      ),
    ).toEqual([]);
  });

  it('"150 nautical miles west of Varro" and "east of Varro" place one attack on two sides; south and southeast meet', () => {
    const pirates = (extra: string) =>
      `Pirates fired on a cargo ship in the Gulf of Lusia on Saturday, the navy said. ${extra} The crew of 20 was unharmed.`;
    const r = reports(
      pirates,
      'Pirates in two boats attacked the ship about 150 nautical miles west of Varro, firing machine guns.',
      'A mother ship and a speedboat attacked the vessel around 150 nautical miles east of Varro.',
    );
    expect(numberValues(r)).toEqual([['east', 'west']]);
    // the question names the place as the reports write it
    expect(disputes(r)[0]!.about).toMatch(/^which way from Varro:/);
    expectExactEvidence(r);
    const near = reports(
      pirates,
      'Pirates in two boats attacked the ship about 150 nautical miles south of Varro, firing machine guns.',
      'A mother ship and a speedboat attacked the vessel around 150 nautical miles southeast of Varro.',
    );
    expect(numberValues(near)).toEqual([]);
  });

  it('a weight or a distance is shown in its unit, without the unit\'s word again ("59 kg", not "59 kg pounds")', () => {
    const hunt = (extra: string) =>
      `Police in Dunmore are searching for a man who robbed a jeweller on Friday. ${extra} Anyone who sees him should call the police.`;
    const r = reports(
      hunt,
      'The man is described as 6 feet tall, weighing 180 pounds, with short dark hair.',
      'He is 6 feet tall, 210 pounds, and was last seen driving a grey van.',
    );
    const shown = disputes(r).flatMap((d) => d.positions.map((p) => p.normalized));
    expect(shown.length).toBe(2);
    for (const n of shown) expect(n).toMatch(/^[\d.,]+ kg$/);
  });

  it('"the shooting occurred" states a shooting: a verb of occurring takes its subject\'s class', () => {
    const cs = clausesOf(annotate(cleanDoc('d', 'The shooting occurred shortly after noon.')), 0);
    const verb = cs[0]!.tokens.findIndex((t) => t.normal === 'occurred');
    expect(tokenClasses(cs[0]!.tokens)[verb]).toEqual(['attack']);
  });
});

describe('claims that hold (seventh session)', () => {
  const floods = (extra: string) =>
    `Floods in the Orla valley cut the railway to Velby on Monday, officials said. ${extra} The army was sent to help in Tarnby.`;

  it('"has been burning" states a burning: "the fire is the largest the valley has seen" is another statement', () => {
    const plant = (extra: string) =>
      `Firefighters were called to the Orsk chemical plant on Monday, officials said. ${extra} Nearby schools were closed.`;
    const r = reports(
      plant,
      'A fire has been burning through the Orsk chemical plant and its warehouses in the Orla valley since the weekend.',
      'The Orsk plant fire is the largest the Orla valley has seen since 1998.',
      'Roads were closed.',
    );
    expect(corroboratedOn(r, /burning|largest/)).toEqual([]);
  });

  it('"given the lack of threat posed by X" states no threat posed: no one claim with "X posed a threat"', () => {
    const regatta = (extra: string) =>
      `Heavy rain delayed the Tarnby regatta on Saturday, organisers said. ${extra} The final race is on Sunday.`;
    const r = reports(
      regatta,
      'The Velby crew posed a serious threat to the Orrin boat before the finish.',
      'Given the lack of threat posed by the Velby crew before the finish, the Orrin boat eased up.',
      'Spectators left early.',
    );
    expect(corroboratedOn(r, /threat/)).toEqual([]);
  });

  it('"the farms of A and B were worst hit" states a hitting, not the damage the worst-hit farms sustained', () => {
    const r = reports(
      floods,
      'The worst hit farms sustained between 30 and 60 percent damage.',
      'The council said the farms of Dalby and Orsk were worst hit.',
      'Schools were closed.',
    );
    expect(corroboratedOn(r, /worst hit/)).toEqual([]);
  });

  it("the verb both clauses share is their act, not a participant: the station's damage is not the farms'", () => {
    const r = reports(
      floods,
      'The farms sustained heavy damage.',
      'The railway station sustained minor damage.',
      'Schools were closed.',
    );
    expect(corroboratedOn(r, /sustained/)).toEqual([]);
    // the same damage to the same farms, told twice, is one claim
    const same = reports(
      floods,
      'The farms sustained heavy damage.',
      'Farms in the valley sustained heavy damage from the floods.',
      'Schools were closed.',
    );
    expect(corroboratedOn(same, /sustained/)).toHaveLength(1);
  });

  it('"a further search" is another occurrence: no one claim with "launched a helicopter"', () => {
    const wreck = (extra: string) =>
      `A fishing boat sank off Velby on Monday, the coastguard said. ${extra} Two crew members were rescued.`;
    const r = reports(
      wreck,
      'The coastguard also launched a further search for the missing fishermen.',
      'Within minutes, the coastguard launched a helicopter with divers on board.',
      'The weather was calm.',
    );
    expect(corroboratedOn(r, /launched/)).toEqual([]);
  });

  it('"I want to be remembered" (one speaker) and "we want to remember them" (a group) are two speakers\' words', () => {
    const obit = (extra: string) =>
      `The cellist Marta Voss has died at the age of 81, her family said on Monday. ${extra} A memorial concert is planned for May.`;
    const r = reports(
      obit,
      '"I want to be remembered as I was when I was young and on the stage.',
      'We want to remember them as they were when they were young.',
      'She recorded eleven albums.',
    );
    expect(corroboratedOn(r, /remember/)).toEqual([]);
  });

  it('"it was unclear if the dead were visitors or park employees" leaves the question open: no one claim with an answer', () => {
    const zoo = (extra: string) =>
      `A fire at the Velby zoo killed an elephant on Monday, the zoo said. ${extra} The zoo will stay closed until Friday.`;
    const r = reports(
      zoo,
      'Radio Velby reports that the two park employees were burnt to death.',
      'It was unclear if the dead were visitors or park employees.',
      'The fire started in a barn.',
    );
    expect(corroboratedOn(r, /employees/)).toEqual([]);
    // two reports that leave the same question open say one thing
    const open = reports(
      zoo,
      'The fire brigade is not sure what caused the fire in the barn, a spokeswoman said.',
      'The fire brigade says the cause of the barn fire is still unclear.',
      'Visitors were sent home.',
    );
    expect(corroboratedOn(open, /not sure|unclear/)).toHaveLength(1);
  });
});

describe('a list a superlative names is the whole set (eighth session)', () => {
  const floods = (extra: string) =>
    `Floods swept through the Velden valley on Tuesday after two days of rain, officials said. ${extra} Roads to the valley remain closed.`;
  const lists = (r: Report) => disputes(r).filter((d) => d.kind === 'list');

  it('"Arnhollow and Pikeford were worst hit" and "the hardest-hit towns were Dunmere, Orlick and Calloway" name two sets', () => {
    const r = reports(
      floods,
      'The regional council said the towns of Arnhollow and Pikeford were worst hit.',
      'A relief worker said the three hardest-hit towns were Dunmere, Orlick and Calloway.',
    );
    expect(lists(r)).toHaveLength(1);
    expectExactEvidence(r);
  });

  it('"among the hardest hit", or lists that no superlative names, claim no whole set', () => {
    const among = reports(
      floods,
      'The regional council said the towns of Arnhollow and Pikeford were worst hit.',
      'A relief worker said Dunmere, Orlick and Calloway were among the hardest-hit towns.',
    );
    expect(lists(among)).toEqual([]);
    const plain = reports(
      floods,
      'The regional council said the towns of Arnhollow and Pikeford were hit.',
      'A relief worker said Dunmere, Orlick and Calloway were hit.',
    );
    expect(lists(plain)).toEqual([]);
  });
});

describe("several parties' total and one party's share (eighth session)", () => {
  const race = (extra: string) =>
    `The Velden regatta was sailed on Saturday in strong winds, organisers said. ${extra} The next race is in June.`;

  it('"about 40 judges from Arvel, Brisk and Cordale" is not a rival count to "Brisk sent three judges"', () => {
    const r = reports(
      race,
      'About 40 judges from the Arvel Sailing Club, the Brisk Yacht Club and the Cordale Rowing Club oversaw the race.',
      'The Brisk Yacht Club sent three judges to oversee the race.',
    );
    expect(numberValues(r)).toEqual([]);
    // one party's count against the same party's other count is still a dispute
    const rival = reports(
      race,
      'The Brisk Yacht Club sent eight judges to oversee the race.',
      'The Brisk Yacht Club sent three judges to oversee the race.',
    );
    expect(numberValues(rival)).toEqual([['eight', 'three']]);
  });
});

describe('a measured amount is a figure, not a yes or no (eighth session)', () => {
  const season = (extra: string) =>
    `The Marlow Hawks beat the Kent Owls 20-13 on Sunday to reach the playoffs. ${extra} The Hawks host Kent again in March.`;

  it('"gained 380 yards against Dunford" does not answer "have never won in Dunford"', () => {
    const r = reports(
      season,
      'In 1998 the Marlow Hawks gained 380 yards rushing against Dunford.',
      'The Marlow Hawks have never won in Dunford.',
    );
    expect(disputes(r).filter((d) => d.kind === 'polarity')).toEqual([]);
    // a count of what the act did to people is still an act that happened ("killed 10 people" / "nobody was killed")
  });
});

describe('dates and times on real news (eighth session)', () => {
  const museum = (extra: string) =>
    `The Velby city museum has reopened its north wing after a year of repairs. ${extra} Entry is free until the end of the month.`;

  it('two calendar days with no time of day are two days, whatever zone each report is in ("March 4" / "March 5")', () => {
    // reports with no publication time: their days are no longer spread over every zone until they meet
    const r = undated(
      museum,
      'The north wing opened on March 4 after the repairs.',
      'The north wing opened on March 5 after the repairs.',
    );
    expect(dates(r)).toEqual([['March 4', 'March 5']]);
    expectExactEvidence(r);
    // reports in two zones (UTC-5 and UTC+9) give the local day of where it happened, not their own
    const zoned = analyzeDocuments([
      raw(
        'a',
        museum('The north wing opened on 4 March after the repairs.'),
        'Velby Post',
        '2026-03-06T09:00:00-05:00',
      ),
      raw(
        'b',
        museum('The north wing opened on 5 March after the repairs.'),
        'Radio Velby',
        '2026-03-06T09:00:00+09:00',
      ),
    ]);
    expect(dates(zoned)).toEqual([['on 4 March', 'on 5 March']]);
    // the same day agrees
    expect(
      dates(
        undated(
          museum,
          'The north wing opened on March 4 after the repairs.',
          'The north wing opened on March 4, after the repairs.',
        ),
      ),
    ).toEqual([]);
  });

  it('"it had sunk the ferry X" and "the tug Y sank a ferry" may be one act: the pronoun may be the named doer', () => {
    const harbour = (extra: string) =>
      `A salvage crew is still working in the port of Ostra after a collision in the harbour. ${extra} The harbour master has opened an inquiry.`;
    const r = undated(
      harbour,
      'Then, on May 12, it had sunk the ferry Maren Holt, which had been moored at the quay.',
      'On May 13, the tug Brannock sank a ferry that was moored at the quay.',
    );
    expect(dates(r)).toEqual([['May 12', 'May 13']]);
    // two acts with two named doers are two facts
    const two = undated(
      harbour,
      'Then, on May 12, the barge Kessel had sunk the ferry Maren Holt, which had been moored at the quay.',
      'On May 13, the tug Brannock sank a ferry that was moored at the quay.',
    );
    expect(dates(two)).toEqual([]);
  });
});

describe('times of a game (eighth session)', () => {
  const hockey = (extra: string) =>
    `The Otters beat the Lynx 3-2 in overtime on Saturday to take the series lead. ${extra} The teams meet again on Tuesday.`;

  it('a period and a game clock are read as a time of the game, not of the day or the year', () => {
    const t = (s: string) => gameTimesIn(s, 0).map((g) => [g.period, g.unit, g.left]);
    expect(t('Lind tied the game with 4:12 left in the second period.')).toEqual([[2, 'period', [222, 282]]]);
    expect(t('Lind tied the game with ten minutes remaining in the 3rd period.')).toEqual([
      [3, 'period', [570, 659]],
    ]);
    expect(t('Okafor was picked off late in the fourth quarter.')).toEqual([[4, 'quarter', null]]);
    // a period of a year, a period led up to, a kind of play are no time of a game
    expect(t('Profit fell in the first quarter of 2025.')).toEqual([]);
    expect(t('Sales rose in the second half of the year.')).toEqual([]);
    expect(t('The score was tied heading into the fourth quarter.')).toEqual([]);
    expect(t('He holds the record for fourth-quarter comebacks.')).toEqual([]);
  });

  it('one play at two clocks of one period, or in two periods, is a date dispute', () => {
    const r = undated(
      hockey,
      'Defenceman Aron Lind tied the game at 2-2 with a slap shot with 4:12 to play in the second period.',
      'The Otters came back and tied the game with 11:40 remaining in the second period.',
    );
    expect(dates(r)).toEqual([
      ['with 11:40 remaining in the second period', 'with 4:12 to play in the second period'],
    ]);
    expectExactEvidence(r);
    const q = (extra: string) =>
      `The Harbour Hawks beat the Tarn Rams 24-17 on Sunday to stay top of the league. ${extra} The Hawks play at home next week.`;
    const pick = undated(
      q,
      'The Rams were driving to take the lead later in the third quarter, but Mason was picked off by Obi Okafor at the goal line.',
      "Mason's second interception of the game came in the fourth quarter with the Rams trailing 17-14.",
    );
    expect(dates(pick)).toEqual([['fourth quarter', 'third quarter']]);
  });

  it("loose words, a clock with no period, two players' plays and two scores are no dispute", () => {
    const same = (a: string, b: string) => dates(undated(hockey, a, b));
    // "early" and "late" in one period are loose words for one moment
    expect(
      same(
        'Lind tied the game at 2 early in the third period after a scramble.',
        'Lind tied the game at 2 late in the third period after a scramble.',
      ),
    ).toEqual([]);
    // a rounded clock holds the minute it names; a clock without its period is not compared
    expect(
      same(
        'Lind tied the game at 2 with 4:12 to play in the third period.',
        'Lind tied the game at 2 with four minutes left in the third period.',
      ),
    ).toEqual([]);
    expect(
      same(
        'Lind tied the game at 2 with 4:12 to play in the third period.',
        'Lind tied the game at 2 with 9:30 left.',
      ),
    ).toEqual([]);
    // two players' interceptions are two plays
    expect(
      same(
        'Otters defender Aron Lind intercepted a pass in the second period.',
        'Lynx winger Pavel Drost intercepted a pass in the third period.',
      ),
    ).toEqual([]);
    // the game tied at two scores is tied twice
    expect(
      same(
        'The Otters tied the game at 1 with 4:12 to play in the second period.',
        'The Otters tied the game at 2 with 11:40 remaining in the second period.',
      ),
    ).toEqual([]);
  });
});

describe('whose act a date is (eighth session)', () => {
  const cable = (extra: string) =>
    `Internet service in the Orvik islands is back to normal after a repair ship fixed the damaged cable. ${extra} Engineers will keep watching the line.`;

  it('one act dated by two named doers ("Vessa announced on 12 October" / "Orbit Cable announced on 14 October") is two acts', () => {
    const r = undated(
      cable,
      'Vessa Telecom announced on 12 October 2025 that its services through Orbit Cable were running at full capacity again.',
      'On 14 October 2025, Orbit Cable announced that it had restored services to its business customers.',
    );
    expect(dates(r)).toEqual([]);
    // one doer, two days: a dispute
    const one = undated(
      cable,
      'Orbit Cable announced on 12 October 2025 that its services through the cable were running at full capacity again.',
      'On 14 October 2025, Orbit Cable announced that it had restored services to its business customers.',
    );
    expect(dates(one)).toEqual([['On 14 October 2025', 'on 12 October 2025']]);
  });

  it('"it has been revealed" has no doer to stand for another report\'s named one', () => {
    const zoo = (extra: string) =>
      `A fire at the Velby zoo killed two zebras on Monday, the zoo said. ${extra} The zoo will stay closed until Friday.`;
    const r = reports(
      zoo,
      'In the days after the fire, it has been revealed that keepers Ivo Marek and Lena Dorn had warned of faulty wiring.',
      'The Velby Fire Brigade has not released the names of the two keepers.',
    );
    expect(disputes(r).filter((d) => d.kind === 'polarity')).toEqual([]);
  });
});

describe('where a game is played (ninth session)', () => {
  const league = (extra: string) =>
    `The Harbour Hawks sacked Piet Dorn after a 31-17 defeat, a fifth game lost. ${extra} Dorn had two seasons in charge.`;
  const others = (r: Report) => valuesOf(r, 'other');

  it('one side at home in one report and the visitor in another, on one day, is a dispute', () => {
    const r = undated(
      league,
      "Assistant Lena Varga will lead the Hawks in Sunday's game at Tarnby and is expected to stay on for the season.",
      'The dismissal came hours before the Hawks were to play at home on Sunday, with Varga making her debut against Tarnby.',
    );
    expect(others(r)).toEqual([['Tarnby away', 'at Tarnby']]);
    expectExactEvidence(r);
    // "A will host B": B is the visitor
    const host = undated(
      league,
      "Assistant Lena Varga will lead the Hawks in Sunday's game at Tarnby and is expected to stay on for the season.",
      'The Harbour Hawks will host Tarnby on Sunday night in front of a sold-out crowd, the club said.',
    );
    expect(others(host)).toEqual([['Tarnby away', 'at Tarnby']]);
  });

  it('two days, an arena, or one side at home in both are no dispute', () => {
    const none = (a: string, b: string) => others(undated(league, a, b));
    // two days: two games
    expect(
      none(
        "Assistant Lena Varga will lead the Hawks in Sunday's game at Tarnby and is expected to stay on for the season.",
        'The dismissal came hours before the Hawks were to play at home on Wednesday, with Varga making her debut against Tarnby.',
      ),
    ).toEqual([]);
    // the place of a game may be its ground, not a side
    expect(
      none(
        "Assistant Lena Varga will lead the Hawks in Sunday's game at Kessel Park and is expected to stay on for the season.",
        'The dismissal came hours before the Hawks were to play at home on Sunday, with Varga making her debut against Tarnby.',
      ),
    ).toEqual([]);
    // both reports have Tarnby at home
    expect(
      none(
        "Assistant Lena Varga will lead the Hawks in Sunday's game at Tarnby and is expected to stay on for the season.",
        'Tarnby were to play at home on Sunday, with Varga making her debut against the Hawks.',
      ),
    ).toEqual([]);
  });
});
