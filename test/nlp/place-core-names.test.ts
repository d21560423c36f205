/**
 * Names built on a place's name with different words ("Orrin Province", "Orrin First", "Orrin Electoral Commission")
 * are different things of that place, even where their other words are common words of the story; a name and a
 * longer form of it ("Orrin Rovers" / "Orrin Rovers Club") still join. Invented reports (fifteenth session).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { rawDoc } from '../helpers/docs.js';

const texts = [
  'Voters in Orrin Province elected a new regional assembly on Sunday. The Orrin Electoral Commission announced the results before midnight. The regionalist Orrin First won 16 seats, its best result.',
  'Orrin First, a party that did not exist ten years ago, came third in Sunday’s vote in Orrin. The commission said turnout in Orrin was the highest since 2009. Orrin Rovers Club lent its stadium for the count.',
  'The first results came from the rural north of Orrin Province. Orrin First won 16 seats. The electoral commission ordered a recount. Orrin Rovers fans helped at the count.',
];

describe('names built on a place name', () => {
  const r = analyzeDocuments(
    texts.map((t, i) => rawDoc(`d${i}`, t, { source: `Outlet ${i}`, language: 'en' })),
  );
  const entities = r.stories.flatMap((s) => s.entities);
  const holding = (name: string) => entities.filter((e) => [e.name, ...(e.aliases ?? [])].includes(name));
  it('"Orrin First" is neither the province nor the commission', () => {
    const first = holding('Orrin First');
    expect(first).toHaveLength(1);
    const names = [first[0]!.name, ...(first[0]!.aliases ?? [])];
    expect(names).not.toContain('Orrin Province');
    expect(names).not.toContain('Orrin Electoral Commission');
  });
  it('"Orrin Rovers" and "Orrin Rovers Club" are one', () => {
    const rovers = holding('Orrin Rovers Club');
    expect(rovers).toHaveLength(1);
    expect([rovers[0]!.name, ...(rovers[0]!.aliases ?? [])]).toContain('Orrin Rovers');
  });
});
