/** src/nlp: sentences, tokens, entities, quantities, times, attribution, hedges, negation. Placeholder: interface fixed. */
import type { Document } from '../model/document.js';
import type { AnnotatedDocument } from '../model/annotations.js';
import type { Entity } from '../model/report.js';

/** Annotates one clean document (pure; offsets into doc.text). */
export function annotate(_doc: Document): AnnotatedDocument {
  throw new Error('annotate: not built yet');
}

/**
 * Canonicalises entities across the documents of one story: sets `entityId` on every mention
 * (and on attributions) and returns the story's entities with their variants.
 */
export function resolveEntities(_docs: AnnotatedDocument[]): Entity[] {
  throw new Error('resolveEntities: not built yet');
}
