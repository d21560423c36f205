import { describe, expect, it } from 'vitest';
import { findCopies, shingles } from '../../src/story/index.js';
import { skipMessage } from '../helpers/paths.js';
import { loadEcb, loadSeeds, makeDoc } from './fixtures.js';

const ecb = loadEcb();

/** Replaces every `every`-th word of a text (a light edit), deterministically. */
function editWords(text: string, every: number): string {
  let k = 0;
  return text.replace(/\p{L}+/gu, (w) => (++k % every === 0 ? `${w}x` : w));
}

/** The first `share` of a text's sentences (a trimmed republication). */
function trim(text: string, share: number): string {
  const parts = text.split(/(?<=[.!?])\s+/u);
  return parts.slice(0, Math.max(1, Math.round(parts.length * share))).join(' ');
}

const INTRO =
  'Editor’s note: this article first appeared on our partner site and is republished with permission.';
const OUTRO =
  'Follow us on social media for the latest updates. Subscribe to our newsletter to get the top stories every morning. All rights reserved.';

describe('findCopies', () => {
  const seeds = loadSeeds();
  const original = seeds[0]!;

  it('finds no copies in no documents, one document, or empty texts', () => {
    expect(findCopies([]).size).toBe(0);
    expect(findCopies([original]).size).toBe(0);
    expect(findCopies([makeDoc('a', ''), makeDoc('b', '')]).size).toBe(0);
  });

  it('does not take the five seed reports (five outlets writing up one event) for copies', () => {
    expect([...findCopies(seeds)]).toEqual([]);
  });

  it('finds a republication with a new headline, intro and outro', () => {
    const copy = makeDoc('copy', `A new headline for the same story\n${INTRO}\n${original.text}\n${OUTRO}`);
    expect(findCopies([original, copy]).get('copy')).toBe(original.id);
  });

  it('finds a trimmed republication (the first half of the text)', () => {
    const copy = makeDoc('trimmed', trim(original.text, 0.5));
    expect(findCopies([original, copy]).get('trimmed')).toBe(original.id);
  });

  it('finds a copy with a word edited in every 25', () => {
    const copy = makeDoc('edited', editWords(original.text, 25));
    expect(findCopies([original, copy]).get('edited')).toBe(original.id);
  });

  it('does not take reports that share a quoted sentence or two for copies', () => {
    const quote =
      '"We have agreed on the exchange of all seriously wounded prisoners and of the bodies of six thousand soldiers," the head of the delegation told reporters after the meeting.';
    const a = makeDoc('a', `${seeds[1]!.text}\n${quote}`);
    const b = makeDoc('b', `${seeds[2]!.text}\n${quote} He added that further talks were planned.`);
    expect(findCopies([a, b]).size).toBe(0);
  });

  it('takes the earliest published as the original, else the smaller id, whatever the input order', () => {
    const copy = makeDoc('copy', `${INTRO}\n${original.text}`);
    // undated: the smaller id ('000_…' < 'copy') is the original, in either order
    expect(findCopies([copy, original]).get('copy')).toBe(original.id);
    expect(findCopies([original, copy]).get('copy')).toBe(original.id);
    const renamed = { ...original, id: 'zz-original' };
    expect(findCopies([renamed, copy]).get('zz-original')).toBe('copy');
    const dated = [
      { ...copy, published: '2025-06-03T10:00:00Z' },
      { ...original, published: '2025-06-02T18:00:00Z' },
    ];
    expect(findCopies(dated).get('copy')).toBe(original.id);
    expect(findCopies(dated).has(original.id)).toBe(false);
  });

  it('points every copy of a wire story at the one original, deterministically', () => {
    const copies = [
      makeDoc('c1', `${INTRO}\n${original.text}`),
      makeDoc('c2', `${trim(original.text, 0.6)}\n${OUTRO}`),
      makeDoc('c3', editWords(original.text, 30)),
    ];
    const docs = [copies[0]!, original, copies[1]!, seeds[3]!, copies[2]!];
    const a = findCopies(docs);
    expect(a).toEqual(findCopies(docs.map((d) => ({ ...d }))));
    // No dates: the smallest id ('000_…') is the original; the others all point at it, in any order.
    expect(a.get('c1')).toBe(original.id);
    expect(a.get('c2')).toBe(original.id);
    expect(a.get('c3')).toBe(original.id);
    expect(a.has(original.id)).toBe(false);
    expect(a.has(seeds[3]!.id)).toBe(false);
    expect(findCopies([...docs].reverse())).toEqual(a);
  });

  it('finds a short report repeated verbatim, but not two short reports that differ', () => {
    const brief = 'Police closed the bridge on Monday after a lorry hit the railing, a spokesman said.';
    expect(findCopies([makeDoc('a', brief), makeDoc('b', brief)]).get('b')).toBe('a');
    const other = 'Police closed the bridge on Monday after a bus hit the railing, the mayor said.';
    expect(findCopies([makeDoc('a', brief), makeDoc('b', other)]).size).toBe(0);
  });

  it('hashes word 5-grams, ignoring case and punctuation', () => {
    expect(shingles('One two three four five six')).toHaveLength(2);
    expect(shingles('One, two; three four five.')).toEqual(shingles('one two three four five'));
    expect(shingles('too short')).toHaveLength(0);
  });
});

describe.skipIf(!ecb)('findCopies on ECB+', () => {
  it('finds no copies across different stories, and finds synthetic copies of ECB+ texts', () => {
    const docs = ecb!;
    const copies = findCopies(docs);
    const story = new Map(docs.map((d) => [d.id, d.story]));
    const across = [...copies].filter(([c, o]) => story.get(c) !== story.get(o));
    console.log(
      `ECB+ dev: ${copies.size} reports copy another report of the same story (genuine near-duplicates in the corpus); ${across.length} across stories`,
    );
    expect(across).toEqual([]);

    // Synthetic copies of 40 reports not already copies: with intro/outro, trimmed, or lightly edited.
    const sources = docs.filter((d) => !copies.has(d.id) && d.text.split(/\s+/).length > 150).slice(0, 40);
    const made = sources.map((d, k) => {
      const text =
        k % 3 === 0
          ? `${INTRO}\n${d.text}\n${OUTRO}`
          : k % 3 === 1
            ? trim(d.text, 0.6)
            : editWords(d.text, 25);
      return makeDoc(`copy-of-${d.id}`, text);
    });
    const found = findCopies([...docs, ...made]);
    for (const [k, m] of made.entries())
      expect(found.get(m.id), m.id).toBe(found.get(sources[k]!.id) ?? sources[k]!.id);
  });
});
if (!ecb) console.log(skipMessage('ECB+ copies'));
