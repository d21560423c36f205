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

// twelfth session: teams, ships, lone given names
describe('a plural name after "the" that acts is a group: an organisation', () => {
  it('"the Orland Comets made", "The Vexers have signed", "the Red Tide are expected to"', () => {
    expect(typeOf('Last week the Orland Comets made him an offer.', 'Orland Comets')).toBe('organization');
    expect(typeOf('The Vexers have signed a new pitcher.', 'Vexers')).toBe('organization');
    expect(typeOf('The Red Tide have made an offer.', 'Red Tide')).toBe('organization');
    expect(typeOf('The Vexers are expected to bid.', 'Vexers')).toBe('organization');
  });
  it('a plural name before a member or an office of the group ("a former Orland Comets lineman")', () => {
    expect(typeOf('A former Orland Comets lineman was arrested.', 'Orland Comets')).toBe('organization');
    expect(typeOf('He said Vexers spokesman Kip Darrow would call.', 'Vexers')).toBe('organization');
    expect(typeOf('A former New England Vexers lineman was arrested.', 'New England Vexers')).toBe(
      'organization',
    );
    expect(typeOf('He met the Tom Hollins family.', 'Tom Hollins')).not.toBe('organization');
  });
  it('a name after an office and "for the" is the body the office is in', () => {
    expect(typeOf('Ann Lee, a spokeswoman for the KBI, said so.', 'KBI')).toBe('organization');
    expect(typeOf('He was an assistant coach for the Detroit Vexers last year.', 'Detroit Vexers')).toBe(
      'organization',
    );
    expect(typeOf('He was a lawyer for Kip Darrow.', 'Kip Darrow')).toBe('person');
  });
  it('not a plural that does nothing, nor one described ("the Hollins are lovely")', () => {
    expect(typeOf('They drove to the Vexers on Sunday.', 'Vexers')).not.toBe('organization');
    expect(typeOf('The Hollins are lovely in spring.', 'Hollins')).not.toBe('organization');
    expect(typeOf("The Vexers ' offer was large.", 'Vexers')).not.toBe('organization');
    expect(typeOf('The Tamsby Courant reported it.', 'Tamsby Courant')).not.toBe('organization');
  });
  it("every mention of a team is an organisation once one report's context says so", () => {
    const docs = ["The Vexers ' offer was large.", 'The Vexers have made an offer.'].map((t, i) =>
      annotate(cleanDoc(`d${i}`, t)),
    );
    resolveEntities(docs);
    expect(docs.map((d) => d.entities.find((m) => m.text === 'Vexers')?.type)).toEqual([
      'organization',
      'organization',
    ]);
  });
  it('not a short form that only qualifies a noun ("the Orland league record")', () => {
    const docs = ['The Orland Comets have signed her.', 'She set the Orland league record.'].map((t, i) =>
      annotate(cleanDoc(`d${i}`, t)),
    );
    resolveEntities(docs);
    expect(docs[1]!.entities.find((m) => m.text === 'Orland')?.type).not.toBe('organization');
  });
  it('"the Indians" in a story naming the Cleveland Indians is the team; alone it stays a people', () => {
    const ents = story('The Cleveland Indians won on Sunday.', 'The Indians beat the Royals.');
    expect(ents.find((e) => e.aliases.includes('Indians'))?.name).toBe('Cleveland Indians');
    const adjective = story(
      'Paint was spilt outside the Moscow Russian embassy.',
      'They stood by the Russian embassy.',
    );
    expect(adjective.find((e) => e.aliases.includes('Russian'))?.type).toBe('country');
    const alone = story('The Indians voted on Sunday.');
    expect(alone.find((e) => e.aliases.includes('Indians'))?.type).toBe('country');
  });
});

describe('a ship is a thing, not a person', () => {
  it('after a vessel noun, after "aboard", or led by a ship prefix', () => {
    expect(typeOf('The cruise liner Sirena Star docked.', 'Sirena Star')).toBe('other');
    expect(typeOf('Pirates seized an oil carrier (Varno Bay) on Friday.', 'Varno Bay')).toBe('other');
    expect(typeOf('He lived aboard Kestrel Dawn for years.', 'Kestrel Dawn')).toBe('other');
    expect(typeOf('HMS Dauntless sailed at dawn.', 'HMS Dauntless')).toBe('other');
    expect(typeOf('The German liner MS Aurelia said it would fly its passengers home.', 'MS Aurelia')).toBe(
      'other',
    );
  });
  it('"Ms Page" and "MS Page" without a vessel stay a person with an honorific; a ferried person stays one', () => {
    expect(typeOf('Later Ms Page said so.', 'Page')).toBe('person');
    expect(typeOf('The boats will ferry Kip Darrow to the island.', 'Kip Darrow')).toBe('person');
    expect(typeOf('They hired a boat to ferry Kip Darrow home.', 'Kip Darrow')).toBe('person');
  });
});

describe('a given name alone is the one person of the story who has it', () => {
  it('"gave Bettie a copy" is Bettie Varga', () => {
    const ents = story(
      'Bettie Varga died on Thursday.',
      'Someone gave Bettie a copy of the book, Varga said.',
    );
    const bettie = ents.filter((e) => e.aliases.includes('Bettie'));
    expect(bettie.map((e) => [e.name, e.type])).toEqual([['Bettie Varga', 'person']]);
  });
  it('not when two people share it, where the story uses it as a place, or where nothing says the full name is a person', () => {
    const firm = story(
      'Coralis Orbital built the satellite.',
      'The satellite Coralis was lost.',
      'Later Coralis was found.',
    );
    expect(firm.find((e) => e.aliases.includes('Coralis'))?.name).not.toBe('Coralis Orbital');
    const two = story('Kip Darrow and Kip Marsh met.', 'Later, they gave Kip a prize.');
    expect(two.find((e) => e.aliases.includes('Kip'))?.name).toBe('Kip');
    const family = story('Ms Tamsin Hollow and Rob Hollow were found.', 'Police said Tamsin was 20.');
    expect(family.find((e) => e.aliases.includes('Tamsin'))?.name).toBe('Tamsin');
    const place = story('Ms Tamsin Hollow flew home.', 'She was born in Tamsin.');
    expect(place.find((e) => e.aliases.includes('Tamsin'))?.type).toBe('place');
  });
});

describe("an apposition about a place's office does not make the name a place", () => {
  it('"Kip Darrow, the city\'s public safety director"', () => {
    expect(typeOf("Kip Darrow, the city's public safety director, spoke.", 'Kip Darrow')).toBe('person');
  });
});

describe('a player position written short is a title (thirteenth session)', () => {
  it('"Comets RB Kip Darrow" is Kip Darrow', () => {
    const es = story(
      'The injury to Comets RB Kip Darrow came in the third quarter, and TE Sam Darrow caught a pass.',
      'Kip Darrow scored twice for the Orland Comets.',
    );
    const kip = es.filter((e) => [e.name, ...e.aliases].some((a) => /Kip Darrow/.test(a)));
    expect(kip).toHaveLength(1);
    // the position is a role, not part of the name
    expect(kip[0]!.name).toBe('Kip Darrow');
  });
});
