/**
 * src/nlp: sentences, tokens, entities, attribution, hedges, negation, quotes (quantities and times
 * come from ./quantities and ./times). Every span is an offset range over doc.text.
 */
import type { Document, Span } from '../model/document.js';
import type {
  AnnotatedDocument,
  Duration,
  Quantity,
  Sentence,
  TimeExpression,
} from '../model/annotations.js';
import type { Entity } from '../model/report.js';
import { tokenize } from './sentences.js';
import { findEntities } from './entities.js';
import { analyseSentence } from './attribution.js';
import { resolve } from './resolve.js';
import { findQuantities, findDurations } from './quantities.js';
import { findTimes } from './times.js';

export { tokenize } from './sentences.js';

/** Calls a sibling extractor; until it lands (it throws "not built yet") the result is empty. */
function guarded<T>(f: () => T[]): T[] {
  try {
    return f();
  } catch (e) {
    if (e instanceof Error && /not built yet/.test(e.message)) return [];
    throw e;
  }
}

function referenceOf(doc: Document): Date | null {
  if (!doc.published) return null;
  const d = new Date(doc.published);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Annotates one clean document (pure; offsets into doc.text). */
export function annotate(doc: Document): AnnotatedDocument {
  const text = doc.text;
  const { tokens, sentences: spans, sentenceTokens } = tokenize(text);
  const sentences: Sentence[] = spans.map((s, index) => {
    const [a, b] = sentenceTokens[index]!;
    const sentenceTokensList = tokens.slice(a, b + 1);
    const sentence: Sentence = {
      start: s.start,
      end: s.end,
      index,
      text: text.slice(s.start, s.end),
      tokens: sentenceTokensList,
      attribution: null,
      hedges: [],
      negations: [],
      quotes: [],
    };
    analyseSentence(text, sentence);
    return sentence;
  });
  const entities = findEntities(text, sentences);
  const sentenceSpans: Span[] = spans;
  const quantities: Quantity[] = guarded(() => findQuantities(text, sentenceSpans));
  const durations: Duration[] = guarded(() => findDurations(text, sentenceSpans));
  const times: TimeExpression[] = guarded(() => findTimes(text, sentenceSpans, referenceOf(doc)));
  return { doc, sentences, entities, quantities, times, durations };
}

/**
 * Canonicalises entities across the documents of one story: sets `entityId` on every mention
 * (and on attributions) and returns the story's entities with their variants.
 */
export function resolveEntities(docs: AnnotatedDocument[]): Entity[] {
  return resolve(docs);
}
