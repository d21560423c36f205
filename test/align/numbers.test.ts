/**
 * Figures on real news (eighth session): how a count or a measure is read and lined up, rule by rule, on invented
 * sentences of other domains (an arms seizure at a port, an airline, a storm on an island), none from the
 * development corpora. Each test fails with its rule switched off.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { clausesOf } from '../../src/align/clauses.js';
import { storyFacts } from '../../src/align/disputes.js';
import type { Report } from '../../src/model/report.js';
import { cleanDoc } from '../helpers/docs.js';
import { expectExactEvidence } from '../helpers/evidence.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

/** Reports of one story by different outlets: each text set in the story's frame (the sentences around it). */
const reports = (frame: (extra: string) => string, ...texts: string[]) => framedReports(frame, texts);
/** The figure disputes of a report, each as its sorted values. */
const numberValues = (r: Report) => valuesOf(r, 'number');
const factsOf = (text: string) => storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0, { short: true }));

describe('counts of one model (eighth session)', () => {
  const airline = (extra: string) =>
    `Nordair cancelled dozens of flights on Monday after an engine fault was found during a routine check. ${extra} The airline said passengers would be rebooked.`;

  it('"seven Boeing 737 jets" and "12 Boeing 737s" count one model, whatever noun follows the name', () => {
    const r = reports(
      airline,
      'Nordair grounded seven Boeing 737 jets at its Tarnby base.',
      'Nordair grounded 12 Boeing 737s at its Tarnby base.',
    );
    expect(numberValues(r)).toEqual([['12', 'seven']]);
    expectExactEvidence(r);
    // one model, one figure: no dispute; two models are two counts
    expect(
      numberValues(
        reports(
          airline,
          'Nordair grounded seven Boeing 737 jets at its Tarnby base.',
          'Nordair grounded 7 Boeing 737s at its Tarnby base.',
        ),
      ),
    ).toEqual([]);
    expect(
      numberValues(
        reports(
          airline,
          'Nordair grounded seven Boeing 737 jets at its Tarnby base.',
          'Nordair grounded 12 Airbus A320 jets at its Tarnby base.',
        ),
      ),
    ).toEqual([]);
  });

  it('a name without a number is no model: "seven Tarnby pilots" still counts pilots', () => {
    const [f] = factsOf('Nordair suspended seven Tarnby pilots on Monday.').filter(
      (f) => f.kind === 'number',
    );
    expect(f!.slot).toBe('count:pilot');
  });
});

describe('the noun a figure counts (eighth session)', () => {
  it('a noun before the counted noun says what kind it is, not what happened ("seven assault rifles")', () => {
    const [f] = factsOf('Customs officers recovered seven assault rifles from the truck.').filter(
      (f) => f.kind === 'number',
    );
    expect(f!.head).toEqual(['~recover']);
    const port = (extra: string) =>
      `Customs officers searched a truck at the port of Velby on Friday. ${extra} The driver was detained.`;
    const r = reports(
      port,
      'Customs officers recovered seven assault rifles from the truck.',
      'Customs officers recovered nine rifles from the truck.',
    );
    expect(numberValues(r)).toEqual([['nine', 'seven']]);
    expectExactEvidence(r);
  });
});

describe('how far a named place is from another (eighth session)', () => {
  const storm = (extra: string) =>
    `A storm cut power to the island of Varro on Sunday, the coast guard said. ${extra} Ferries to the island were cancelled.`;

  it('"Varro, 1,500 km south of Tarnby" and "Varro, located 1,150 km southeast of Tarnby" disagree on the distance', () => {
    const r = reports(
      storm,
      'Varro, a small island off the coast west of Kell and 1,500 kilometers south of Tarnby, has a population of 40,000.',
      'Varro, located 1,150 kilometers (700 miles) southeast of Tarnby, has a busy fishing port and draws tourists every summer.',
    );
    expect(numberValues(r)).toEqual([['1,150', '1,500']]);
    expect(r.stories[0]!.disputes[0]!.about).toBe('how far Varro is from Tarnby');
    expectExactEvidence(r);
  });

  it('another place, a speaker or no name is no distance of that place', () => {
    // another town placed from the same city
    expect(
      numberValues(
        reports(
          storm,
          'Varro, a small island off the coast west of Kell and 1,500 kilometers south of Tarnby, has a population of 40,000.',
          'The storm also hit Dalsby, a town of 9,000 people 600 miles southeast of Tarnby.',
        ),
      ),
    ).toEqual([]);
    // who said where the storm was is not what was placed
    expect(
      numberValues(
        reports(
          storm,
          'The Lusia Weather Service said the storm was 35 miles southwest of Kell at noon.',
          'The Lusia Weather Service said at noon that the eye of the storm lay 60 km southwest of Kell.',
        ),
      ),
    ).toEqual([]);
    // the named thing, not the place it lies in nor a point of reference
    const [f] = factsOf(
      'The storm hit Varro, an island in Lusia province 300 miles east of Kell, hardest.',
    ).filter((f) => f.slot.startsWith('distance:'));
    expect([f!.slot, f!.subject?.text]).toEqual(['distance:kell', 'Varro']);
  });
});

describe('people counted by their task (eighth session)', () => {
  const dam = (extra: string) =>
    `Cracks were found in the Velby dam last week, the water board said on Tuesday. ${extra} The reservoir has been partly drained.`;

  it('"eight inspectors to check the dam" and "three engineers to check the dam" count one team', () => {
    const r = reports(
      dam,
      'The Nordic Water Council sent eight inspectors to check the dam and write a report.',
      'The Nordic Water Council has sent only three engineers to check the dam, saying a full survey was impossible.',
    );
    expect(numberValues(r)).toEqual([['eight', 'three']]);
    expectExactEvidence(r);
  });

  it('things sent for one task are not people: "two boats" and "three helicopters to rescue the crew" are two counts', () => {
    const ferry = (extra: string) =>
      `A ferry ran aground off Kell on Monday night, the coast guard said. ${extra} All passengers were brought ashore.`;
    const r = reports(
      ferry,
      'The coast guard sent two boats to rescue the crew of the ferry.',
      'The coast guard sent three helicopters to rescue the crew of the ferry.',
    );
    expect(numberValues(r)).toEqual([]);
    const [f] = factsOf('The coast guard sent two boats to rescue the crew.').filter(
      (f) => f.kind === 'number',
    );
    expect(f!.slot).toBe('count:vessel');
  });
});

describe('win-loss records, in one scope (eighth session)', () => {
  const volley = (extra: string) =>
    `The Tarnby Hawks beat the Kell Rovers 3-1 on Saturday to reach the volleyball league final. ${extra} The final will be played next Sunday.`;

  it('a standing changes with every game: "the Tarnby Hawks (12-4)" and "the Hawks\' record rose to 11-4" are not compared', () => {
    // (two reports may give it before and after one game: a standing is no fact of one moment)
    const r = reports(
      volley,
      'Captain Ines Vidal served 14 aces for the Tarnby Hawks (12-4), who trailed early.',
      "By beating the Rovers, the Tarnby Hawks' record rose to 11-4 and they locked up a place in the final.",
    );
    expect(numberValues(r)).toEqual([]);
  });

  it('a record over a span is compared only with a record over the same span', () => {
    const coach = (extra: string) =>
      `The Tarnby Hawks fired coach Ana Vance on Monday after a poor start to the season. ${extra} An assistant will take over for now.`;
    const r = reports(
      coach,
      'Vance is 40-12 in four seasons as head coach of the Hawks.',
      'Vance compiled a 52-40 record in four seasons and took the Hawks to two finals.',
    );
    expect(numberValues(r)).toEqual([['40-12', '52-40']]);
    expectExactEvidence(r);
    // her record over her whole career is another record
    const career = reports(
      coach,
      'Vance is 40-12 in four seasons as head coach of the Hawks.',
      'Vance has an overall record of 90-60, which includes six years at Kell.',
    );
    expect(numberValues(career)).toEqual([]);
  });
});
