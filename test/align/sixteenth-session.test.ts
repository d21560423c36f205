/**
 * Sixteenth session: "leave" alone is a motion, not a resignation ("will leave for Brussels on Saturday" says nothing
 * of "has not resigned"); with a post ("left office") it is one. Invented reports of other domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { rawDoc } from '../helpers/docs.js';
import { framedReports, joined, PUBLISHED, valuesOf } from '../helpers/stories.js';

const minister = (extra: string) =>
  `Fisheries Minister Ansel Kora faced questions over the quota scandal in parliament on Tuesday. ${extra} Parliament sits again next week.`;

describe('"leave" is a motion unless a post is left', () => {
  it('"will leave for Brussels" is no denial of resigning, nor a resignation', () => {
    const r = framedReports(minister, [
      'Kora will leave for Brussels on Saturday for talks on the quota, his office said.',
      'Kora has not resigned, his office said.',
      'The opposition said Kora should resign over the scandal.',
    ]);
    expect(r.stories.flatMap((s) => s.disputes).filter((d) => d.kind === 'polarity')).toEqual([]);
    expect(joined(r).some((c) => c.some((x) => x.includes('Brussels')) && c.length > 1)).toBe(false);
  });
  it('"left office" and "stepped down" are one act', () => {
    const r = framedReports(minister, [
      'Kora left office on Wednesday evening after the vote.',
      'Kora stepped down on Wednesday evening after the vote.',
      'The prime minister thanked the fleet owners.',
    ]);
    expect(
      joined(r).some(
        (c) => c.some((x) => x.includes('left office')) && c.some((x) => x.includes('stepped down')),
      ),
    ).toBe(true);
  });
});

describe('"head" before where to is a motion, not leading', () => {
  it('"headed to Brussels" is no denial of "did not lead the delegation"', () => {
    const r = framedReports(minister, [
      'Kora headed to Brussels on Saturday for the quota talks, his office said.',
      'Kora did not lead the delegation to the quota talks, his office said.',
      'The opposition said Kora should resign over the scandal.',
    ]);
    expect(r.stories.flatMap((s) => s.disputes).filter((d) => d.kind === 'polarity')).toEqual([]);
  });
});

const match = (extra: string) =>
  `The Rovers beat the Harriers 3-2 in the cup final at Osta on Sunday. ${extra} The Rovers play again on Wednesday.`;

describe('"led" with no one led is being ahead, not leading a team', () => {
  it('"the Harriers led for an hour" is not "Kane led the Rovers past the Harriers"', () => {
    const r = framedReports(match, [
      'The Harriers led for an hour before the Rovers scored twice.',
      'Captain Kane led the Rovers past the Harriers with two late goals.',
      'A crowd of 20,000 watched the final.',
    ]);
    expect(joined(r).some((c) => c.some((x) => x.includes('Harriers led')) && c.length > 1)).toBe(false);
  });
});

const outbreak = (extra: string) =>
  `A listeria outbreak linked to a smoked fish brand has made 40 people ill in Osta, health officials said. ${extra} The brand has recalled its products.`;

describe('"one person has died" is a count, against "AT LEAST TWO people have died" in a tabloid', () => {
  it('is a dispute, though the tabloid writes in capitals and names itself as its source', () => {
    const r = analyzeDocuments(
      [
        ['a', 'One patient, a 79-year-old man from Lenby, has died.', 'Osta Radio'],
        ['b', 'So far one person, a 79-year-old man from Lenby, has died.', 'Coast Wire'],
        [
          'c',
          'AT LEAST TWO people have now died in the outbreak, the Beacon can reveal.',
          'The Daily Beacon',
        ],
      ].map(([id, t, source]) =>
        rawDoc(id!, outbreak(t!), { source: source!, published: PUBLISHED, language: 'en' }),
      ),
    );
    expect(valuesOf(r, 'number')).toContainEqual(['AT LEAST TWO', 'one'].sort());
    // (capitals are no name: "LEAST TWO" is not an entity)
    expect(r.stories.flatMap((s) => s.entities).some((e) => /TWO/.test(e.name))).toBe(false);
  });
});
