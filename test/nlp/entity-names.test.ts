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
