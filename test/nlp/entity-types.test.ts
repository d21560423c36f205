/**
 * Entity types from context on invented sentences (eleventh session): an article before a name, a state or country
 * after a comma, and one type for a name across a story's reports.
 */
import { describe, expect, it } from 'vitest';
import { annotate, resolveEntities } from '../../src/nlp/index.js';
import type { Entity } from '../../src/model/report.js';
import { cleanDoc } from '../helpers/docs.js';

const mentionsOf = (text: string) => annotate(cleanDoc('d0', text)).entities;
const typeOf = (text: string, name: string) => mentionsOf(text).find((m) => m.text === name)?.type;
const story = (...texts: string[]): Entity[] =>
  resolveEntities(texts.map((t, i) => annotate(cleanDoc(`d${i}`, t))));

describe('an article before a name says it is no person', () => {
  it('a hall, a newspaper, a club', () => {
    expect(typeOf('The gala was held at the Varden Playhouse on Friday.', 'Varden Playhouse')).not.toBe(
      'person',
    );
    expect(typeOf('The Orland Comets have offered him a contract.', 'Orland Comets')).not.toBe('person');
    expect(typeOf('He told the Tamsby Courant that he would stay.', 'Tamsby Courant')).not.toBe('person');
  });
  it('a person named before a noun ("the Kip Darrow film") and a bare name stay people', () => {
    expect(typeOf('Critics praised the Kip Darrow film on Friday.', 'Kip Darrow')).toBe('person');
    expect(typeOf('The award went to Kip Darrow on Friday.', 'Kip Darrow')).toBe('person');
  });
});

describe('a name before a comma and a state or country is a place', () => {
  it('"Old Tamsby, Virginia"', () => {
    expect(typeOf('He lived in Old Tamsby, Virginia, for years.', 'Old Tamsby')).toBe('place');
    expect(typeOf('The plant near Varbury, France.', 'Varbury')).toBe('place');
  });
  it('not a person whose office follows ("Kelly Marsh, California\'s attorney general")', () => {
    expect(typeOf("Kelly Marsh, California's attorney general, spoke.", 'Kelly Marsh')).toBe('person');
  });
});

describe("one name, one type across a story's reports", () => {
  it('the type most mentions give wins over a bare mention read as a person', () => {
    const ents = story(
      'The Orland Comets have offered him a contract.',
      'The Orland Comets said talks went on.',
      'Orland Comets officials declined to comment.',
    );
    const comets = ents.filter((e) => e.aliases.includes('Orland Comets'));
    expect(comets).toHaveLength(1);
    expect(comets[0]!.type).not.toBe('person');
  });
  it('a tie stays a person', () => {
    const ents = story('Critics met Kip Darrow on Friday.', 'Darrow spoke to the Kip Darrow fans.');
    expect(ents.filter((e) => e.aliases.includes('Kip Darrow')).map((e) => e.type)).toEqual(['person']);
  });
});

describe('a quantifier that opens a sentence is no name', () => {
  it('"None of", "Dozens of", "Several"', () => {
    const texts = [
      'None of the other teams made an offer, Kip Darrow said.',
      'Dozens of Orland fans were hurt.',
      'Several were hurt.',
    ];
    for (const t of texts)
      expect(
        mentionsOf(t).map((m) => m.text),
        t,
      ).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:None|Dozens|Several)\b/)]));
    expect(typeOf('Dozens of Orland fans were hurt.', 'Orland')).toBeDefined();
  });
});

describe('organisation cue words', () => {
  it('a coalition and a firm named "... Networks" are organisations', () => {
    expect(typeOf('He joined Arden Networks in May.', 'Arden Networks')).toBe('organization');
    expect(typeOf('The Green River Coalition will sue.', 'Green River Coalition')).toBe('organization');
  });
});
