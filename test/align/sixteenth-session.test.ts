/**
 * Sixteenth session: "leave" alone is a motion, not a resignation ("will leave for Brussels on Saturday" says nothing
 * of "has not resigned"); with a post ("left office") it is one. Invented reports of other domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { annotate } from '../../src/nlp/index.js';
import { clausesOf } from '../../src/align/clauses.js';
import { storyFacts } from '../../src/align/disputes.js';
import { cleanDoc, rawDoc } from '../helpers/docs.js';
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

describe('"two patients have died" against "AT LEAST THREE people have died" in a tabloid', () => {
  it('is a dispute, though the tabloid writes in capitals and names itself as its source', () => {
    const r = analyzeDocuments(
      [
        ['a', 'Two patients, both elderly men from Lenby, have died.', 'Osta Radio'],
        ['b', 'So far two people, both elderly men from Lenby, have died.', 'Coast Wire'],
        [
          'c',
          'AT LEAST THREE people have now died in the outbreak, the Beacon can reveal.',
          'The Daily Beacon',
        ],
      ].map(([id, t, source]) =>
        rawDoc(id!, outbreak(t!), { source: source!, published: PUBLISHED, language: 'en' }),
      ),
    );
    expect(valuesOf(r, 'number').map((vs) => vs.map((v) => v.toLowerCase()))).toContainEqual([
      'at least three',
      'two',
    ]);
    // (capitals are no name: "LEAST THREE" is not an entity)
    expect(r.stories.flatMap((s) => s.entities).some((e) => /THREE/.test(e.name))).toBe(false);
  });
});

describe('leading a field by a figure is being first, not leading a body', () => {
  const factsOf = (text: string) => storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0, { short: true }));
  const heads = (text: string) =>
    factsOf(text)
      .filter((f) => f.kind === 'number')
      .flatMap((f) => f.head);
  it('"led all players with 23 points", "the all-time leading scorer"', () => {
    expect(heads('Kane led all players with 23 points.')).not.toContain('preside');
    expect(heads('Those 10 points made Kane the club’s leading scorer.')).not.toContain('preside');
  });
  it('"was led by Umerov with 12 members" is still a delegation led', () => {
    expect(heads('The delegation was led by Umerov with 12 members.')).toContain('preside');
  });
});
