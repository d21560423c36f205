/**
 * Analysis of one given group of documents as one story (the incremental path: the store decides the
 * grouping, this only cross-checks). The same steps analyzeClean runs per story: copies, annotate with
 * the story's reference date, resolve entities, align.
 */
import { alignStory } from '../align/index.js';
import type { Document } from '../model/document.js';
import type { Story } from '../model/report.js';
import { annotate, referenceDate, resetWink, resolveEntities } from '../nlp/index.js';
import { findCopies, storyTitle } from '../story/index.js';
import { storyReference } from './analyze.js';

/** Cross-checks `docs` as story `id`. Sets each document's `copyOf` (within the story). */
export function analyzeGroup(id: string, docs: Document[]): Story {
  // a fresh tokenizer per story: the story's analysis depends on its own reports, not on what came before
  resetWink();
  const copies = findCopies(docs);
  for (const d of docs) d.copyOf = copies.get(d.id) ?? null;
  const refs = docs.map(referenceDate);
  const fallback = storyReference(refs);
  const annotated = docs.map((d, k) => annotate(d, { reference: refs[k] ?? fallback }));
  const entities = resolveEntities(annotated);
  return alignStory({ id, title: storyTitle(docs), docs: annotated, entities });
}
