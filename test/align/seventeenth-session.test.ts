/**
 * Seventeenth session: a measure written as the complement of a noun ("waves of up to nine metres") measures that
 * noun, whatever verb each report goes on with; a plan named as a thing ("the planned departure") is no modal of its
 * clause. Invented reports of other domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/nlp/index.js';
import { clausesOf } from '../../src/align/clauses.js';
import { storyFacts } from '../../src/align/disputes.js';
import { tokenClasses } from '../../src/align/facts.js';
import { cleanDoc } from '../helpers/docs.js';
import { framedReports, joined, valuesOf } from '../helpers/stories.js';

const storm = (extra: string) =>
  `A storm closed the port of Tervik on Monday and kept the ferries in harbour. ${extra} The ferries are to sail again on Wednesday.`;

/** The heads of the facts of one sentence (its figures unless told), by the value's text. */
const heads = (text: string, all = false) => {
  const doc = annotate(cleanDoc('x', text));
  const facts = storyFacts(clausesOf(doc, 0, { short: true })).filter((f) => all || f.kind === 'number');
  return new Map(facts.map((f) => [text.slice(f.start, f.end), f.head]));
};

describe('a measure after "of" measures the noun before it', () => {
  it('"reached the coast with waves of up to nine metres" and "waves of up to nine metres made …" state one fact', () => {
    const r = framedReports(storm, [
      'The storm reached the coast with waves of up to nine metres.',
      'Waves of up to nine metres made the crossing impossible, the harbour master said.',
      'The coastguard rescued two fishermen off the point.',
    ]);
    expect(
      joined(r).some(
        (c) => c.some((x) => x.includes('reached the coast')) && c.some((x) => x.includes('the crossing')),
      ),
    ).toBe(true);
  });

  it('two measures of the waves disagree; a measure of the wind is another fact', () => {
    const r = framedReports(storm, [
      'The harbour wall was battered by waves of up to nine metres.',
      'Waves of up to four metres smashed the pier on Monday night, the harbour master said.',
      'Winds of up to 110 km/h tore the roof off the ferry terminal.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['up to four', 'up to nine']]);
  });

  it('a figure past a phrase mark is the noun\'s own, not the verb\'s ("a level of … -- under the limit of …")', () => {
    const h = heads(
      'The test showed a level of 0.07 percent -- just under the legal limit of 0.08 percent, the police said.',
    );
    expect(h.get('0.08')).toEqual(['~limit']);
    // "a level of" names which figure it is: the clause's act governs it
    expect(h.get('0.07')).not.toContain('~level');
    expect(h.get('0.07')).not.toContain('~limit');
  });

  it('a noun that only says which figure it is leaves the verb the act ("a total of")', () => {
    const h = heads('The port lost a total of 40 metres of quay wall in the storm.');
    expect([...h.values()].flat().some((x) => x === '~total')).toBe(false);
  });
});

const ferry = (extra: string) =>
  `The Orrin ferry service was suspended on Friday. ${extra} The ferry line will resume on Monday.`;

describe('a plan named as a thing is no modal of the clause', () => {
  it('"an hour before the planned departure" states what happened, as "earlier than planned" does', () => {
    const r = framedReports(ferry, [
      'The last ferry left the quay at 6 p.m., an hour before the planned departure.',
      'The last ferry left the quay at 6 p.m., earlier than planned.',
      'The harbour was quiet on Saturday.',
    ]);
    expect(
      joined(r).some(
        (c) => c.some((x) => x.includes('planned departure')) && c.some((x) => x.includes('earlier than')),
      ),
    ).toBe(true);
  });
  it('a plan still is one: "the ferry is expected to leave at 6 p.m." is not "the ferry left at 6 p.m."', () => {
    const r = framedReports(ferry, [
      'The last ferry is expected to leave the quay at 6 p.m.',
      'The last ferry left the quay at 6 p.m.',
      'The harbour was quiet on Saturday.',
    ]);
    expect(joined(r).some((c) => c.some((x) => x.includes('expected to leave')))).toBe(false);
  });
});

const landing = (extra: string) =>
  `A cargo jet made an emergency landing at Orrin airport on Monday after an engine failed. ${extra} The airline is investigating.`;

describe('a verb joined by "and" to the verb before it has that verb\'s doer', () => {
  it('"Voss took over the controls and landed the plane" / "Lind landed the plane": who landed it is disputed', () => {
    const r = framedReports(landing, [
      'Captain Mara Voss took over the controls and landed the plane safely.',
      'First Officer Tomas Lind landed the plane safely, the airline said.',
      'Nobody was hurt in the landing.',
    ]);
    expect(valuesOf(r, 'entity')).toEqual([['Mara Voss', 'Tomas Lind']]);
  });
  it('not past a second verb ("Voss said the engine had failed and landed …": whose landing is not plain)', () => {
    const r = framedReports(landing, [
      'Captain Mara Voss said the engine had failed and landed the plane safely.',
      'First Officer Tomas Lind landed the plane safely, the airline said.',
      'Nobody was hurt in the landing.',
    ]);
    expect(valuesOf(r, 'entity')).toEqual([]);
  });
});

describe('"took off" where the clause speaks of flying is a take-off', () => {
  it('two times of one take-off disagree', () => {
    const r = framedReports(landing, [
      'The jet took off from Tarnby airport at 6:10 p.m.',
      'The plane took off from Tarnby airport at 6:40 p.m., the airline said.',
      'Nobody was hurt in the landing.',
    ]);
    expect(valuesOf(r, 'date')).toEqual([['6:10 p.m.', '6:40 p.m.']]);
  });
  it('a career that took off is no take-off', () => {
    const classes = (text: string) => [...heads(text, true).values()].flat();
    expect(classes('Her career took off in 1955 after the cover shoot.')).not.toContain('takeoff');
    expect(classes('The helicopter took off in 1955 from the island.')).toContain('takeoff');
  });
});

const flood = (extra: string) =>
  `Floods swept through the Orrin valley at the weekend, cutting off three villages. ${extra} Rescue teams are still searching the valley.`;

describe('two different weekdays named are two moments, in reports with no publication time', () => {
  it('"12 unaccounted for late on Saturday" / "seven on Monday morning" is an update, not a dispute', () => {
    const r = framedReports(
      flood,
      [
        'At least 12 people were unaccounted for late on Saturday.',
        'Seven people were still unaccounted for on Monday morning, officials said.',
        'The army sent two helicopters.',
      ],
      null,
    );
    expect(valuesOf(r, 'number')).toEqual([]);
  });
  it('the same weekday named on both sides still disputes the figure', () => {
    const r = framedReports(
      flood,
      [
        'At least 12 people were unaccounted for late on Saturday.',
        'Seven people were unaccounted for late on Saturday, officials said.',
        'The army sent two helicopters.',
      ],
      null,
    );
    expect(valuesOf(r, 'number')).toEqual([['At least 12', 'Seven']]);
  });
});

const nominee = (extra: string) =>
  `The president named a new surgeon general on Monday. ${extra} The Senate must confirm her.`;

describe('"health care" names a sector, not someone treated', () => {
  it('two statements about health care reform are not one statement for sharing it', () => {
    const r = framedReports(nominee, [
      "Health care reform is about every family's health, the president said.",
      "The president's speech focused on health care reform as an urgent challenge.",
      'She runs a clinic in Alabama.',
    ]);
    expect(joined(r).some((c) => c.some((x) => x.includes('focused on health care')))).toBe(false);
  });
  it('care given to someone still is treating ("in intensive care")', () => {
    const careClasses = (text: string) => {
      const doc = annotate(cleanDoc('x', text));
      const c = clausesOf(doc, 0, { short: true })[0]!;
      return tokenClasses(c.tokens)[c.tokens.findIndex((t) => t.normal === 'care')];
    };
    expect(careClasses('Two of the injured were in intensive care on Monday.')).toContain('treat');
    expect(careClasses('The health care bill passed on Monday.')).toEqual([]);
  });
});
