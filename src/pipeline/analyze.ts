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
import { annotate, referenceDate, resetWink, resolveEntities } from '../nlp/index.js';
import { alignStory } from '../align/index.js';
import { documentFeatures, findCopies, groupStories, sharingPairs, storyTitle } from '../story/index.js';
import { storySettings } from '../settings/story.js';
import { readableTitle } from './titles.js';
import { pipelineSettings } from '../settings/pipeline.js';

/** The most common of the reports' own reference dates: the story's dated context. */
export function storyReference(refs: (Date | null)[]): Date | null {
  const counts = new Map<string, number>();
  for (const r of refs)
    if (r) counts.set(r.toISOString().slice(0, 10), (counts.get(r.toISOString().slice(0, 10)) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  return best ? new Date(`${best[0]}T00:00:00Z`) : null;
}

export interface AnalyzeOptions {
  /** Called as the analysis goes: the phase's name, steps done and the total (for progress display). */
  onPhase?: (phase: string, done: number, total: number) => void;
  /** Per-document analysis time budget in ms (default pipelineSettings.analysisBudgetMs). */
  analysisBudgetMs?: number;
  /** Longest clean text analysed, in characters (default pipelineSettings.maxAnalysisChars). */
  maxAnalysisChars?: number;
}

/**
 * Annotates one story's documents, each under the budget: a document longer than `maxAnalysisChars` is
 * not analysed, and one whose annotation took longer than `analysisBudgetMs` is dropped from the story's
 * analysis. Either is a `skipped` problem naming the input; the document stays in the report (its text,
 * its story membership) and the batch goes on. The clock is read between documents: with every pattern
 * linear and sentences bounded (src/nlp/guard.ts, nlpSettings.maxSentenceChars) a document's annotation
 * time is bounded by its length, which the character limit caps.
 */
function annotateWithinBudget(
  members: Document[],
  refs: (Date | null)[],
  fallback: Date | null,
  problems: Problem[],
  opts: AnalyzeOptions,
) {
  const budget = opts.analysisBudgetMs ?? pipelineSettings.analysisBudgetMs;
  const maxChars = opts.maxAnalysisChars ?? pipelineSettings.maxAnalysisChars;
  const out = [];
  for (let k = 0; k < members.length; k++) {
    const d = members[k]!;
    if (d.text.length > maxChars) {
      problems.push({
        input: d.input,
        message: `clean text of ${d.text.length.toLocaleString('en-US')} characters is over the ${maxChars.toLocaleString('en-US')}-character analysis limit (maxAnalysisChars); kept in the report but not analysed`,
        severity: 'skipped',
        code: 'too-large',
      });
      continue;
    }
    const t0 = performance.now();
    const annotated = annotate(d, { reference: refs[k] ?? fallback });
    const ms = performance.now() - t0;
    if (ms > budget) {
      problems.push({
        input: d.input,
        message: `analysis took ${Math.round(ms).toLocaleString('en-US')} ms, over the ${budget.toLocaleString('en-US')} ms per-document budget (analysisBudgetMs); kept in the report but left out of its story's claims`,
        severity: 'skipped',
        code: 'timeout',
      });
      continue;
    }
    out.push(annotated);
  }
  return out;
}

/** Cross-checks clean documents (already read and cleaned). Pure. */
export function analyzeClean(docs: Document[], problems: Problem[] = [], opts: AnalyzeOptions = {}): Report {
  // the tokenizer learns from what it reads: each analysis starts fresh, so its report depends on its input only
  resetWink();
  const phase = opts.onPhase ?? (() => {});
  phase('finding copies', 0, 1);
  // the shared text (copies) and the story features, found once: copies, grouping and titles read them alike
  const sharing = sharingPairs(docs, storySettings);
  const copies = findCopies(docs, storySettings, sharing);
  for (const d of docs) d.copyOf = copies.get(d.id) ?? null;
  const byId = new Map(docs.map((d) => [d.id, d]));
  const stories: Story[] = [];
  phase('grouping into stories', 0, 1);
  const groups = (() => {
    // the features live only while grouping and titles read them (5,000 reports' term maps are a large share of
    // the peak memory): each story's title is found here, before any story is analysed
    const features = documentFeatures(docs, storySettings);
    const indexOf = new Map(docs.map((d, i) => [d, i]));
    return groupStories(docs, { settings: storySettings, features, sharing }).map((group) => {
      const members = group.documents.map((id) => byId.get(id)!).filter(Boolean);
      const feats = members.map((d) => features[indexOf.get(d)!]!);
      return { group, members, title: readableTitle(storyTitle(members, storySettings, feats), members) };
    });
  })();
  phase('grouping into stories', 1, 1);
  let done = 0;
  for (const { group, members, title } of groups) {
    phase('analysing stories', done++, groups.length);
    try {
      const refs = members.map(referenceDate);
      const fallback = storyReference(refs);
      const annotated = annotateWithinBudget(members, refs, fallback, problems, opts);
      const entities = resolveEntities(annotated);
      const story = alignStory({ id: group.id, title, docs: annotated, entities });
      // a document skipped by the budget is still a member of its story, only without claims
      stories.push({ ...story, documents: group.documents });
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
        title,
        documents: group.documents,
        entities: [],
        claims: [],
        disputes: [],
        timeline: [],
      });
    }
  }
  phase('analysing stories', groups.length, groups.length);
  return {
    schema: SCHEMA_ID,
    generator: 'corroborate',
    documents: docs.map(toReportDocument),
    stories,
    problems,
  };
}

/**
 * Cross-checks raw documents: cleans them together, then analyzes. Pure. The report depends on the set
 * of documents, not their order: they are analysed in id order (code-unit order; ids are unique after
 * ingest), and `documents` is listed back in input order.
 */
export function analyzeDocuments(
  raws: RawDocument[],
  problems: Problem[] = [],
  opts: AnalyzeOptions = {},
): Report {
  const inputOrder = new Map<string, number>();
  raws.forEach((r, i) => {
    if (!inputOrder.has(r.id)) inputOrder.set(r.id, i);
  });
  const sorted = [...raws].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  opts.onPhase?.('cleaning', 0, 1);
  const report = analyzeClean(cleanDocuments(sorted), problems, opts);
  report.documents.sort((a, b) => inputOrder.get(a.id)! - inputOrder.get(b.id)!);
  return report;
}

/** Reads the inputs (files, folders, manifests, feeds, `-`) and cross-checks them. */
export async function analyzeInputs(
  inputs: string[],
  opts: ReadOptions & AnalyzeOptions = {},
): Promise<{ report: Report; skipped: number; read: number }> {
  const { documents, problems } = await readAllInputs(inputs, opts);
  const before = problems.length;
  const report = analyzeDocuments(documents, problems, opts);
  // problems found while analysing (a document over the budget, a story that failed) are reported too
  for (const p of problems.slice(before)) opts.onProblem?.(p);
  return {
    report,
    skipped: problems.filter((p) => p.severity === 'skipped').length,
    read: documents.length,
  };
}
