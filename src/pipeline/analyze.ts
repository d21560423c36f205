/**
 * The analyze pipeline: read -> clean -> copies -> stories -> per story: annotate, resolve
 * entities, align -> the `corroborate/report@1` report. `analyzeDocuments` is the pure core;
 * `analyzeInputs` reads files at the edge. Deterministic: the same input gives the same report.
 */
import { cleanDocuments } from '../clean/index.js';
import { readAllInputs, type ReadOptions } from '../ingest/index.js';
import type { Document, RawDocument } from '../model/document.js';
import type { Problem } from '../model/problems.js';
import { SCHEMA_ID, toReportDocument, type Report, type Story } from '../model/report.js';
import { annotate, referenceDate, resolveEntities } from '../nlp/index.js';
import { alignStory } from '../align/index.js';
import { findCopies, groupStories, storyTitle } from '../story/index.js';

/** The most common of the reports' own reference dates: the story's dated context. */
export function storyReference(refs: (Date | null)[]): Date | null {
  const counts = new Map<string, number>();
  for (const r of refs)
    if (r) counts.set(r.toISOString().slice(0, 10), (counts.get(r.toISOString().slice(0, 10)) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  return best ? new Date(`${best[0]}T00:00:00Z`) : null;
}

/** Cross-checks clean documents (already read and cleaned). Pure. */
export function analyzeClean(docs: Document[], problems: Problem[] = []): Report {
  const copies = findCopies(docs);
  for (const d of docs) d.copyOf = copies.get(d.id) ?? null;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const stories: Story[] = [];
  for (const group of groupStories(docs)) {
    const members = group.documents.map((id) => byId.get(id)!).filter(Boolean);
    try {
      const refs = members.map(referenceDate);
      const fallback = storyReference(refs);
      const annotated = members.map((d, k) => annotate(d, { reference: refs[k] ?? fallback }));
      const entities = resolveEntities(annotated);
      stories.push(alignStory({ id: group.id, title: storyTitle(members), docs: annotated, entities }));
    } catch (e) {
      // one story's failure never loses the batch: its documents stay in the report, the problem is named
      problems.push({
        input: group.documents.join(', '),
        message: `analysis of ${group.id} failed: ${e instanceof Error ? e.message : String(e)}`,
        severity: 'warning',
        code: 'analysis-failed',
      });
      stories.push({
        id: group.id,
        title: storyTitle(members),
        documents: group.documents,
        entities: [],
        claims: [],
        disputes: [],
        timeline: [],
      });
    }
  }
  return {
    schema: SCHEMA_ID,
    generator: 'corroborate',
    documents: docs.map(toReportDocument),
    stories,
    problems,
  };
}

/** Cross-checks raw documents: cleans them together, then analyzes. Pure. */
export function analyzeDocuments(raws: RawDocument[], problems: Problem[] = []): Report {
  return analyzeClean(cleanDocuments(raws), problems);
}

/** Reads the inputs (files, folders, manifests, feeds, `-`) and cross-checks them. */
export async function analyzeInputs(
  inputs: string[],
  opts: ReadOptions = {},
): Promise<{ report: Report; skipped: number }> {
  const { documents, problems } = await readAllInputs(inputs, opts);
  const report = analyzeDocuments(documents, problems);
  return { report, skipped: problems.filter((p) => p.severity === 'skipped').length };
}
