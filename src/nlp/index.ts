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
export { datedContext } from './times.js';

export interface AnnotateOptions {
  /** The date relative times are resolved against; default: publication time, else the report's latest full date. */
  reference?: Date | null;
}

/** The date a report's relative times are read against: its publication time, else its own dated context. */
export function referenceDate(doc: Document): Date | null {
  if (doc.published) {
    const d = new Date(doc.published);
    if (!Number.isNaN(d.getTime())) return d;
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
