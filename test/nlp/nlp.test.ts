import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { annotate, resolveEntities } from '../../src/nlp/index.js';
import type { AnnotatedDocument } from '../../src/model/annotations.js';
import { expectedPath, seedsDir, sharedPath, skipMessage } from '../helpers/paths.js';

function doc(id: string, text: string) {
  return {
    id,
    input: id,
    format: 'text',
    text,
    removed: [],
    copyOf: null,
    source: null,
    title: null,
    url: null,
    published: null,
    byline: null,
    language: null,
  };
}
const sentencesOf = (t: string) => annotate(doc('t', t)).sentences.map((s) => s.text);

function checkSpans(a: AnnotatedDocument): void {
  const t = a.doc.text;
  for (const s of a.sentences) {
    expect(s.text).toBe(t.slice(s.start, s.end));
    for (const tok of s.tokens) expect(tok.text).toBe(t.slice(tok.start, tok.end));
    if (s.attribution)
      expect(s.attribution.source).toBe(
        t.slice(s.attribution.sourceSpan.start, s.attribution.sourceSpan.end),
      );
  }
  for (const m of a.entities) expect(m.text).toBe(t.slice(m.start, m.end));
}

describe('sentences', () => {
  it('keeps a line wrapped mid-sentence whole and does not split after abbreviations', () => {
    const s = sentencesOf(
      'Talks came under pressure from U.S. President\nDonald Trump, who met Dr. J. Smith there. Gen. Lee left.',
    );
    expect(s).toEqual([
      'Talks came under pressure from U.S. President\nDonald Trump, who met Dr. J. Smith there.',
      'Gen. Lee left.',
    ]);
  });
  it('splits at blank lines and after headline lines', () => {
    const s = sentencesOf('Storm Hits Coast Towns\nThe storm flooded roads.\n\nMore rain is expected');
    expect(s).toEqual(['Storm Hits Coast Towns', 'The storm flooded roads.', 'More rain is expected']);
  });
});

describe('entities', () => {
  const ents = (t: string) =>
    annotate(doc('t', t)).entities.map((e) => [e.text, e.type, e.canonical, e.role]);
  it('splits roles and reads country adjectives', () => {
    const e = ents(
      'Turkish Foreign Minister Hakan Fidan met Defense Minister Rustem Umerov at the Dolmabahce Palace.',
    );
    expect(e).toContainEqual(['Turkish', 'country', 'Turkey', null]);
    expect(e).toContainEqual(['Hakan Fidan', 'person', 'Hakan Fidan', 'Foreign Minister']);
    expect(e).toContainEqual(['Rustem Umerov', 'person', 'Rustem Umerov', 'Defense Minister']);
    expect(e).toContainEqual(['Dolmabahce Palace', 'facility', 'Dolmabahce Palace', null]);
  });
  it('types organisations, agencies, airports, and capitals as places after prepositions', () => {
    const e = ents(
      'Investors sold Boeing Corp shares, Reuters reported. Flights at Heathrow Airport resumed after talks in Paris.',
    );
    expect(e).toContainEqual(['Boeing Corp', 'organization', 'Boeing Corp', null]);
    expect(e).toContainEqual(['Reuters', 'organization', 'Reuters', null]);
    expect(e).toContainEqual(['Heathrow Airport', 'facility', 'Heathrow Airport', null]);
    expect(e).toContainEqual(['Paris', 'place', 'Paris', null]);
  });
  it('reads a capital as its government when it is the agent', () => {
    const a = annotate(doc('t', 'Moscow has pressed for a ceasefire.'));
    expect(a.entities[0]).toMatchObject({
      text: 'Moscow',
      type: 'country',
      canonical: 'Russia',
      metonymy: 'capital',
    });
  });
});

describe('attribution, hedges, negation, quotes', () => {
  const one = (t: string) => annotate(doc('t', t)).sentences[0]!;
  it('finds sources', () => {
    expect(one('The bridge collapsed, according to local police.').attribution?.source).toBe('local police');
    expect(one('The company said profits rose.').attribution?.source).toBe('The company');
    expect(one('"We will rebuild," said Mayor Jane Doe.').attribution?.source).toBe('Mayor Jane Doe');
  });
  it('finds hedges, negations and quotes', () => {
    const s = one('The suspect allegedly fled and may have refused to stop, "we did not see him," he said.');
    const t = s.text;
    const cut = (x: { start: number; end: number }) => t.slice(x.start - s.start, x.end - s.start);
    expect(s.hedges.map(cut)).toEqual(['allegedly', 'may have']);
    expect(s.negations.map(cut)).toEqual(['refused to', 'not']);
    expect(s.quotes.map((q) => [cut(q.span), q.speaker])).toEqual([['"we did not see him,"', 'he']]);
  });
});

describe('resolution on the seeds', () => {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
  const docs = files.map((f) => annotate(doc(f, readFileSync(path.join(seedsDir, f), 'utf8'))));
  it('keeps every span equal to its slice', () => docs.forEach(checkSpans));
  it('merges every alias group into one entity and no entity spans two groups', () => {
    const ents = resolveEntities(docs);
    const norm = (s: string) =>
      s.normalize('NFC').replace(/\s+/g, ' ').replace(/[“”]/g, '"').trim().toLowerCase().replace(/^the /, '');
    const groups = (JSON.parse(readFileSync(expectedPath, 'utf8')) as { aliases: string[][] }).aliases;
    const names = ents.map((e) => new Set([e.name, ...e.aliases].map(norm)));
    for (const g of groups) {
      const holders = new Set(
        g.flatMap((v) => ents.filter((_, i) => names[i]!.has(norm(v))).map((e) => e.id)),
      );
      expect(holders.size, g.join(' | ')).toBe(1);
      for (const v of g)
        expect(
          names.some((n) => n.has(norm(v))),
          v,
        ).toBe(true);
    }
    for (const n of names)
      expect(groups.filter((g) => g.some((v) => n.has(norm(v)))).length).toBeLessThanOrEqual(1);
    for (const d of docs) for (const m of d.entities) expect(m.entityId).toBeTruthy();
  });
});

describe('span invariants on ECB+', () => {
  const p = sharedPath('data', 'ecbplus', 'dev.jsonl');
  it.skipIf(!p)(p ? 'sampled documents' : skipMessage('ECB+'), () => {
    const lines = readFileSync(p!, 'utf8').split('\n').filter(Boolean).slice(0, 120);
    for (const l of lines) {
      const r = JSON.parse(l) as { id: string; text: string };
      checkSpans(annotate(doc(r.id, r.text)));
    }
  });
});
