/**
 * src/nlp: one clean document -> an AnnotatedDocument of offset spans: sentences and tokens,
 * entity mentions with roles, quantities, durations, times, attribution, hedges, negation, quotes.
 */
import type { Document } from '../model/document.js';
import type { AnnotatedDocument } from '../model/annotations.js';
import { splitSentences } from './sentences.js';
import { findEntities } from './entities.js';
import { findAttribution, findHedges, findNegations, findQuotes } from './stance.js';
import { findDurations, findQuantities } from './quantities.js';
import { datedContext, findTimes } from './times.js';

export { resolveEntities } from './resolve.js';
export { resetWink } from './model.js';
export { datedContext } from './times.js';

export interface AnnotateOptions {
  /** The date relative times are resolved against; default: publication time, else the report's latest full date. */
  reference?: Date | null;
}

/** The date a report's relative times are read against: its publication time, else its own dated context. */
export function referenceDate(doc: Document): Date | null {
  if (doc.published) {
    const d = new Date(doc.published);
    if (!Number.isNaN(d.getTime())) {
      // "today" in a report is the day where it was published: a time with its own offset
      // ("2025-12-02T01:00+02:00") is read on its own calendar day, not on the UTC one (1 December)
      const local = /^(\d{4}-\d{2}-\d{2})T[^Z]*[+-]\d{2}:?\d{2}$/.exec(doc.published.trim());
      return local ? new Date(`${local[1]}T12:00:00Z`) : d;
    }
  }
  return datedContext(doc.text);
}

/** Annotates one clean document (pure; offsets into doc.text). */
export function annotate(doc: Document, opts: AnnotateOptions = {}): AnnotatedDocument {
  const text = doc.text;
  const sentences = splitSentences(text);
  const entities = sentences.flatMap((s) => findEntities(text, s));
  for (const s of sentences) {
    s.attribution = findAttribution(text, s, entities);
    s.hedges = findHedges(s);
    s.negations = findNegations(s);
    s.quotes = findQuotes(s, s.attribution);
  }
  const reference = opts.reference !== undefined ? opts.reference : referenceDate(doc);
  return {
    doc,
    sentences,
    entities,
    quantities: findQuantities(text, sentences),
    durations: findDurations(text, sentences),
    times: findTimes(text, sentences, reference),
  };
}
