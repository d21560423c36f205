/**
 * Dispute recall on real news (eleventh session): facts that were never read, each rule on invented sentences (a
 * quake on an island that does not exist, agencies that do not exist), none from the development corpora. Each test
 * fails with its rule switched off.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { expectExactEvidence } from '../helpers/evidence.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

const reports = (frame: (extra: string) => string, ...texts: string[]) => framedReports(frame, texts);
const numberValues = (r: Report) => valuesOf(r, 'number');

describe('the magnitude one agency gives a quake (eleventh session)', () => {
  const quake = (extra: string) =>
    `An earthquake struck the island of Varro on Sunday, damaging dozens of homes in three fishing villages. ${extra} Rescue teams reached the villages by boat.`;
  const institute = 'the Norland Seismological Institute';

  it('one agency named for two magnitudes in two reports is a dispute', () => {
    const r = reports(
      quake,
      `The mayor of Varro said the damage was heavy, but ${institute} said it was a magnitude-6.3 quake.`,
      `The Norland Seismological Institute put the magnitude at 5.8.`,
    );
    expect(numberValues(r)).toEqual([['magnitude at 5.8', 'magnitude-6.3']]);
    expect(r.stories[0]!.disputes[0]!.about).toMatch(
      /^the magnitude .*Norland Seismological Institute gives$/,
    );
    expectExactEvidence(r);
  });

  it('two agencies, a magnitude no agency is named for, a hedged one or a rounded one are not rival figures', () => {
    // two agencies measure one quake their own ways
    expect(
      numberValues(
        reports(
          quake,
          `${institute[0]!.toUpperCase()}${institute.slice(1)} said it was a magnitude-6.3 quake.`,
          'The Kessel Geophysical Centre said the quake had a magnitude of 5.8.',
        ),
      ),
    ).toEqual([]);
    // no agency: whose measure it is, is not said
    expect(
      numberValues(
        reports(quake, 'A magnitude-6.3 quake shook the island.', 'A 5.8-magnitude quake shook the island.'),
      ),
    ).toEqual([]);
    // "about 6" is no figure to contradict; "6" is 6.3 written to the unit
    expect(
      numberValues(
        reports(
          quake,
          `The Norland Seismological Institute said it was a magnitude-6.3 quake.`,
          `The Norland Seismological Institute put the magnitude at about 5.`,
        ),
      ),
    ).toEqual([]);
    expect(
      numberValues(
        reports(
          quake,
          `The Norland Seismological Institute said it was a magnitude-6.3 quake.`,
          `The Norland Seismological Institute put the magnitude at 6.`,
        ),
      ),
    ).toEqual([]);
  });

  it("a quake named by its day is that day's quake, in reports with no publication time too", () => {
    const undated = (...texts: string[]) => framedReports(quake, texts, null);
    expect(
      numberValues(
        undated(
          'The Norland Seismological Institute said the quake on Sunday was a magnitude-6.3 quake.',
          "The Norland Seismological Institute said Monday's quake had a magnitude of 5.2.",
        ),
      ),
    ).toEqual([]);
    expect(
      numberValues(
        undated(
          'The Norland Seismological Institute said the quake on Sunday was a magnitude-6.3 quake.',
          "The Norland Seismological Institute said Sunday's quake had a magnitude of 5.2.",
        ),
      ),
    ).toEqual([['magnitude of 5.2', 'magnitude-6.3']]);
  });

  it("an agency's preliminary or revised figure is an update, not a rival figure", () => {
    expect(
      numberValues(
        framedReports(
          quake,
          [
            'The Norland Seismological Institute said it was a magnitude-6.3 quake.',
            'The Norland Seismological Institute gave a preliminary magnitude of 5.8.',
          ],
          null,
        ),
      ),
    ).toEqual([]);
  });

  it('an aftershock or an earlier quake has a magnitude of its own', () => {
    expect(
      numberValues(
        reports(
          quake,
          `The Norland Seismological Institute said it was a magnitude-6.3 quake.`,
          `The Norland Seismological Institute said an aftershock measured magnitude 4.9 on Monday.`,
        ),
      ),
    ).toEqual([]);
    expect(
      numberValues(
        reports(
          quake,
          `The Norland Seismological Institute said it was a magnitude-6.3 quake.`,
          `In 2011 a magnitude-5.1 quake hit Varro, the Norland Seismological Institute said.`,
        ),
      ),
    ).toEqual([]);
  });
});

describe('a magnitude counts nothing (eleventh session)', () => {
  const quake = (extra: string) =>
    `An earthquake struck the island of Varro on Sunday, damaging dozens of homes in three fishing villages. ${extra} Rescue teams reached the villages by boat.`;

  it('"a 5.9 magnitude earthquake" is no count of earthquakes, "a magnitude-6.1 temblor" none of temblors', () => {
    // (wire copy of research corpora spaces decimals: "5. 9")
    for (const [a, b] of [
      ['A 5.9 magnitude earthquake struck the island.', 'Two earthquakes struck the island.'],
      ['A 5. 9 magnitude earthquake struck the island.', 'Two earthquakes struck the island.'],
      ['It was a magnitude-6. 1 temblor, officials said.', 'It was one of two temblors, officials said.'],
    ])
      expect(numberValues(framedReports(quake, [a!, b!], null))).toEqual([]);
  });
});
