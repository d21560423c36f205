/**
 * A name written with its kind in lower case ("Tarnow island") is the name another report capitalises ("Tarnow
 * Island"), and figures said of it are said of one place; a place is not the organisation named after it ("in
 * Velden" / "Velden University") where the story writes it as a place. Invented reports (sixteenth session).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { rawDoc } from '../helpers/docs.js';

const texts = [
  'A strong earthquake struck Tarnow island, home to 120,000 people, on Sunday. Seismologists at Velden University measured it at magnitude 5.9. Rescue teams flew in from Velden.',
  'The quake was centred near Tarnow Island, home to 200,000 people, the geological survey said. Velden University put its magnitude at 5.9. Hospitals in Velden took in the injured.',
  'The earthquake hit the island of Tarnow on Sunday and damaged hundreds of homes. Aid arrived in Velden by road.',
];

describe('a name with its kind in lower case', () => {
  const r = analyzeDocuments(
    texts.map((t, i) => rawDoc(`d${i}`, t, { source: `Outlet ${i}`, language: 'en' })),
  );
  const story = r.stories[0]!;
  const holding = (name: string) =>
    story.entities.filter((e) => [e.name, ...(e.aliases ?? [])].includes(name));

  it('"Tarnow island" and "Tarnow Island" are one place, the name quoted as written', () => {
    const island = holding('Tarnow Island');
    expect(island).toHaveLength(1);
    expect((island[0]!.mentions ?? []).map((m) => m.quote)).toContain('Tarnow');
    expect(island[0]!.documents).toHaveLength(3);
  });

  it('so its two populations are a dispute', () => {
    const values = story.disputes
      .filter((d) => d.kind === 'number')
      .map((d) => d.positions.map((p) => p.value).sort());
    expect(values).toContainEqual(['120,000', '200,000']);
  });

  it('"Velden", written as a place, is not "Velden University"', () => {
    const town = holding('Velden');
    expect(town).toHaveLength(1);
    expect(town[0]!.type).toBe('place');
    expect([town[0]!.name, ...(town[0]!.aliases ?? [])]).not.toContain('Velden University');
  });
});

describe('the name the other way round, and a place spelled another way', () => {
  const r = analyzeDocuments(
    [
      'The quake struck the Island of Sarn in Tarkozgan Province on Sunday, officials said.',
      'The quake hit Sarn Island early on Sunday, officials in Tarkuzgan said.',
      'Rescuers reached Sarn Island on Monday, the Tarkozgan Province governor said. The province has 40 villages.',
    ].map((t, i) => rawDoc(`d${i}`, t, { source: `Outlet ${i}`, language: 'en' })),
  );
  const entities = r.stories.flatMap((s) => s.entities);
  const holding = (name: string) => entities.filter((e) => [e.name, ...(e.aliases ?? [])].includes(name));
  it('"the Island of Sarn" is "Sarn Island"', () => {
    expect(holding('Sarn Island')).toHaveLength(1);
    expect(holding('Sarn Island')[0]!.aliases).toContain('Island of Sarn');
  });
  it('"Tarkuzgan" is "Tarkozgan Province"', () => {
    expect(holding('Tarkozgan Province')).toHaveLength(1);
    expect(holding('Tarkozgan Province')[0]!.aliases).toContain('Tarkuzgan');
  });
});
