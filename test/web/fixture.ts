/**
 * A realistic report built by hand from the five seeds and the analyst's expected.json, independent of
 * the analyze pipeline: the four disputes with their quotes, the single-source claims, a few corroborated
 * claims, entities from the alias groups, a small timeline and framing. Offsets come from indexOf in the
 * seeds' text, so every quote is an exact substring at its offsets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  SCHEMA_ID,
  type Claim,
  type Dispute,
  type Report,
  type ReportDocument,
  type ReportEvidence,
} from '../../src/model/report.js';
import { expectedPath, seedsDir } from '../helpers/paths.js';

interface ExpectedEvidence {
  document: string;
  quote: string;
}
interface Expected {
  story: string[];
  disputes: {
    id: string;
    kind: Dispute['kind'];
    about: string;
    positions: { value: string; normalized: string; evidence: ExpectedEvidence[] }[];
  }[];
  singleSource: ExpectedEvidence[];
  aliases: string[][];
}

export const OUTLETS = ['Kyiv Wire', 'Daily Courier', 'RFE/RL', 'Anadolu Desk', 'Euro Monitor'];

export function seedDocuments(): ReportDocument[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => ({
      id: f.replace(/\.txt$/, ''),
      source: OUTLETS[i] ?? null,
      title: `Report ${i + 1} on the Istanbul talks`,
      url: `https://example.org/news/${i + 1}`,
      published: `2025-06-0${2 + (i % 2)}T1${i}:00:00Z`,
      byline: null,
      language: 'en',
      text: readFileSync(path.join(seedsDir, f), 'utf8'),
      removed: [],
      copyOf: null,
    }));
}

/** Evidence for `quote` in `document`: exact offsets found with indexOf (throws when absent). */
export function evidence(docs: ReportDocument[], document: string, quote: string): ReportEvidence {
  const text = docs.find((d) => d.id === document)?.text;
  const start = text?.indexOf(quote) ?? -1;
  if (start < 0) throw new Error(`fixture: quote not in ${document}: ${quote}`);
  return { document, quote, start, end: start + quote.length };
}

export function fixtureReport(): Report {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const documents = seedDocuments();
  const ev = (e: ExpectedEvidence) => evidence(documents, e.document, e.quote);
  const disputes: Dispute[] = expected.disputes.map((d, k) => ({
    id: d.id,
    kind: d.kind,
    about: d.about,
    positions: d.positions.map((p, j) => ({
      value: p.value,
      normalized: p.normalized,
      evidence: p.evidence.map(ev),
      // a stance on some positions, so the renderer has attribution and hedges to show
      ...(k === 0 && j === 1 ? { attribution: 'Rustem Umerov' } : {}),
      ...(k === 1 && j === 0 ? { hedged: true } : {}),
    })),
  }));
  const claims: Claim[] = [
    ...disputes.map((d) => ({
      id: `claim-${d.id}`,
      statement: d.about,
      status: 'disputed' as const,
      evidence: d.positions.flatMap((p) => p.evidence),
      dispute: d.id,
    })),
    ...expected.singleSource.map((e, i) => ({
      id: `single-${i}`,
      statement: e.quote,
      status: 'single-source' as const,
      evidence: [ev(e)],
    })),
  ];
  // corroborated claims: a short phrase every seed uses about the same fact
  const ids = documents.map((d) => d.id);
  for (const phrase of ['Istanbul', 'memorand', 'exchange']) {
    const ev2 = ids
      .map((id) => {
        const text = documents.find((d) => d.id === id)!.text;
        const at = text.indexOf(phrase);
        if (at < 0) return null;
        const from = Math.max(0, text.lastIndexOf('.', at) + 1);
        const to = text.indexOf('.', at);
        const quote = text.slice(from, to < 0 ? text.length : to + 1).trim();
        return evidence(documents, id, quote);
      })
      .filter((e): e is ReportEvidence => e !== null);
    claims.push({
      id: `corr-${phrase}`,
      statement: `The reports mention ${phrase}`,
      status: 'corroborated',
      evidence: ev2,
      independentOutlets: ev2.length,
    });
  }
  const entities = expected.aliases.map((group, i) => ({
    id: `e${i}`,
    name: group[group.length - 1]!,
    type: i === 1 ? 'place' : i >= 5 && i <= 6 ? 'country' : 'person',
    aliases: group,
    documents: ids.filter((id) => group.some((a) => documents.find((d) => d.id === id)!.text.includes(a))),
  }));
  const when = evidence(documents, ids[1]!, 'On June 2');
  const story = {
    id: 'story-1',
    title: 'Second round of Russia–Ukraine talks in Istanbul',
    documents: ids,
    entities,
    claims,
    disputes,
    timeline: [{ date: '2025-06-02', event: 'second round of talks in Istanbul', evidence: [when] }],
    framing: documents.map((d, i) => ({
      document: d.id,
      source: d.source,
      sentences: 20 + i,
      attributedShare: 0.2 + i * 0.1,
      hedges: [{ term: 'reportedly', count: i }],
      loadedTerms: i % 2 ? [{ term: 'regime', count: i }] : [],
    })),
  };
  return { schema: SCHEMA_ID, documents, stories: [story] };
}
