/**
 * Entity names and types a fact-checker would accept (fourteenth session): invented reports about an art exhibition,
 * a chess tournament and a theatre tour, domains none of the corpora is about.
 */
import { describe, expect, it } from 'vitest';
import { annotate, resolveEntities } from '../../src/nlp/index.js';
import type { Entity } from '../../src/model/report.js';
import { cleanDoc } from '../helpers/docs.js';

const story = (...docs: [string, string | null][]): Entity[] =>
  resolveEntities(docs.map(([t, language], i) => annotate(cleanDoc(`d${i}`, t, { language }))));

describe('a capital in a German report names only what the story names elsewhere', () => {
  const ents = story(
    [
      'The painter Ilka Sorvan opened her exhibition at the Varden Museum on Friday, curator Greta Holm said.',
      'en',
    ],
    [
      'Die Malerin Ilka Sorvan zeigt im Varden Museum neue Bilder. Der Eintritt kostet zehn Euro. ' +
        'Laut Kuratorin Greta Holm kamen am Eröffnungsabend mehr als tausend Besucher.',
      'de',
    ],
  );
  const names = ents.flatMap((e) => e.aliases);
  it('German nouns are no names', () => {
    for (const noun of ['Eintritt', 'Der Eintritt', 'Euro', 'Eröffnungsabend', 'Besucher', 'Bilder'])
      expect(names).not.toContain(noun);
  });
  it('a name keeps its span without the German noun before it, and stays one entity', () => {
    const sorvan = ents.filter((e) => e.aliases.includes('Ilka Sorvan'));
    expect(sorvan).toHaveLength(1);
    expect(sorvan[0]!.name).toBe('Ilka Sorvan');
    expect(sorvan[0]!.type).toBe('person');
    expect(sorvan[0]!.mentions!.map((m) => m.quote)).toEqual(['Ilka Sorvan', 'Ilka Sorvan']);
    expect(ents.filter((e) => e.aliases.includes('Greta Holm')).map((e) => e.name)).toEqual(['Greta Holm']);
  });
  it('a report in German alone is left as found (no evidence either way)', () => {
    const alone = story(['Die Malerin Ilka Sorvan zeigt im Varden Museum neue Bilder.', 'de']);
    expect(alone.flatMap((e) => e.aliases).some((a) => a.includes('Sorvan'))).toBe(true);
  });
});

const mentionsOf = (text: string) => annotate(cleanDoc('d0', text)).entities;
const found = (text: string) => mentionsOf(text).map((m) => `${m.text}:${m.type}`);

describe('words that are no names', () => {
  it('a pronoun with its clitic, a time zone, a conjunction opening a run', () => {
    const names = found(
      '"I\'m glad," said conductor Ilka Sorvan before the recital at 7:30 PM EST. Tickets went on sale at 10:10 AM KVT.',
    ).map((x) => x.split(':')[0]);
    for (const no of ["I'm", 'PM EST', 'EST', 'AM KVT', 'KVT']) expect(names).not.toContain(no);
    expect(names).toContain('Ilka Sorvan');
    expect(found('Scores were level. Though the Tamsby Vexers lost, they stayed top.')).not.toContain(
      'Though the Tamsby Vexers:other',
    );
  });
});

describe('places a reader knows by their form', () => {
  it("a state's abbreviation after a town and a comma", () => {
    const ms = mentionsOf('The quartet played in Tamsby, Ill., and later in Old Varn, N. J. last week.');
    const ill = ms.find((m) => m.text === 'Ill');
    expect(ill?.type).toBe('place');
    expect(ill?.canonical).toBe('Illinois');
    expect(ms.find((m) => m.text === 'Tamsby')?.type).toBe('place');
    expect(ms.find((m) => m.text === 'Old Varn')?.type).toBe('place');
  });
  it("a state's postal code after a town ends the phrase", () => {
    const ms = mentionsOf('The quartet played in Varn Falls, TX, and in Old Orla, CA.');
    expect(ms.find((m) => m.text === 'TX')?.canonical).toBe('Texas');
    expect(ms.find((m) => m.text === 'CA')?.type).toBe('place');
    expect(mentionsOf('Kip Darrow, IN the end, won the prize.').find((m) => m.text === 'IN')?.type).not.toBe(
      'place',
    );
    expect(found('The studio on Tamsby Ave. closed.')).toContain('Tamsby Ave:place');
  });
  it('streets and roads, with the ordinal of a numbered street', () => {
    const ms = found('The gallery on West 57th Street moved to Varden Road in May.');
    expect(ms).toContain('West 57th Street:place');
    expect(ms).toContain('Varden Road:place');
  });
  it('a name opened by a place word or a square word', () => {
    const ms = found('The choir toured Punta Varda and Porto Selm, then sang on Piazza Orla.');
    expect(ms).toContain('Punta Varda:place');
    expect(ms).toContain('Porto Selm:place');
    expect(ms).toContain('Piazza Orla:facility');
    // not a team named after its city
    expect(found('The San Tamsby Vexers have signed a new goalkeeper.')).toContain(
      'San Tamsby Vexers:organization',
    );
  });
});

describe('firms and officers', () => {
  it('a firm designator ends an organisation\'s name ("Partners", "Securities")', () => {
    const ms = found('Tamsby Partners and Orvell Securities bought the auction house on Monday.');
    expect(ms).toContain('Tamsby Partners:organization');
    expect(ms).toContain('Orvell Securities:organization');
  });
  it('a trooper is a title', () => {
    const m = mentionsOf('Trooper Kip Darrow said the paintings were recovered.').find((x) =>
      x.text.includes('Darrow'),
    );
    expect(m?.text).toBe('Kip Darrow');
    expect(m?.role).toBe('Trooper');
  });
});

describe("a story's names", () => {
  it('a word the story uses as a place is no short form of a club named after it', () => {
    const ents = story(
      ['The chess festival opened in Varbury on Sunday.', 'en'],
      ['Varbury Rooks Club hosted the festival, and its Varbury office sold the tickets.', 'en'],
    );
    expect(ents.find((e) => e.name === 'Varbury Rooks Club')?.aliases).toEqual(['Varbury Rooks Club']);
    // while a firm's short name after "shares in" stays the firm's
    const held = story(
      ['Orvell Vanguard Group sponsored the chess festival.', 'en'],
      ['Shares in Orvell fell on Monday after the festival.', 'en'],
    );
    expect(held.find((e) => e.name === 'Orvell Vanguard Group')?.aliases).toContain('Orvell');
  });
  it('a pet form of a given name is the same person ("Katie"/"Kathryn"), not another name ("Marie"/"Mark")', () => {
    const one = story(
      ['Katie Varn won the chess final on Sunday.', 'en'],
      ['Kathryn Varn, 19, won the final.', 'en'],
    );
    expect(one.filter((e) => e.type === 'person')).toHaveLength(1);
    const two = story(
      ['Marie Varn won the chess final on Sunday.', 'en'],
      ['Mark Varn, 19, lost the final.', 'en'],
    );
    expect(two.filter((e) => e.type === 'person')).toHaveLength(2);
  });
});

describe('types from the words around a name', () => {
  it('a name of two words after "in" or "near" is a place; not a possessive, nor what one has confidence in', () => {
    expect(found('The gallery reopened in Palm Tarvo on Friday.')).toContain('Palm Tarvo:place');
    expect(found('They met near East Varn last week.')).toContain('East Varn:place');
    expect(found("The sketches were found in Tom Baxter's office.")).toContain('Tom Baxter:person');
    expect(found('The board has confidence in Kip Darrow as curator.')).toContain('Kip Darrow:person');
  });
  it('what one tells after "the" is a body or a paper', () => {
    expect(found('The curator told the Tamsby Courant the loan was agreed.')).toContain(
      'Tamsby Courant:organization',
    );
    expect(found('The curator told the Gazetteer the loan was agreed.')).toContain('Gazetteer:organization');
  });
  it("a site named after a country is a site (a stadium's cue word)", () => {
    expect(found('The final was played at the Georgia Dome.')).toContain('Georgia Dome:facility');
  });
});

describe('a name a place word or a direction governs through "of" is a place (sixteenth session)', () => {
  const ents = story([
    'The quake shook the port city of Varsa Kemal and was felt 40 km southwest of Dorin Abad. ' +
      'The injured were flown to the provincial capital of Tesh Noor.',
    'en',
  ]);
  const typeOf = (name: string) => ents.find((e) => e.aliases.includes(name))?.type;
  it('"the port city of Varsa Kemal", "southwest of Dorin Abad", "the capital of Tesh Noor"', () => {
    expect(typeOf('Varsa Kemal')).toBe('place');
    expect(typeOf('Dorin Abad')).toBe('place');
    expect(typeOf('Tesh Noor')).toBe('place');
  });
  it('not an institution of a place ("the University of Varsa")', () => {
    const uni = story(['Students at the University of Varsa protested on Monday.', 'en']);
    expect(uni.find((e) => e.aliases.some((a) => a.includes('University')))?.type).toBe('organization');
  });
});
