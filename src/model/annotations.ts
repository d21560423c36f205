/**
 * What src/nlp produces and src/align, src/story and src/report consume: offset spans over one
 * document's clean text (like spaCy's Doc/Span). Nothing here holds a copy of the text that
 * could drift from it; `text` fields are conveniences equal to doc.text.slice(start, end).
 */
import type { Document, Span } from './document.js';

export interface Token extends Span {
  text: string;
  /** Lower-cased normal form (wink `normal`). */
  normal: string;
  /** Lemma where the model gives one, else normal. */
  lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB, NUM, ...). */
  pos: string;
  stop: boolean;
}

export type EntityType = 'person' | 'organization' | 'place' | 'country' | 'facility' | 'other';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** How it is named here: full name, surname only, adjective/demonym ("Turkish"), abbreviation ("U.S."). */
  form: 'name' | 'surname' | 'adjective' | 'abbreviation';
  /** The canonical name as far as this mention alone tells (e.g. "Turkey" for "Turkish"). */
  canonical: string;
  /** A title or role split off the name ("Defense Minister" of "Defense Minister Rustem Umerov"). */
  role: string | null;
  roleSpan: Span | null;
  /** True when the name is the first word of its sentence (capitalised for that reason alone?). */
  initial?: boolean;
  /** Filled by cross-document resolution: the story-wide entity id. */
  entityId?: string;
  /** Set when a capital city is read as its country's government ("Moscow has pressed for"). */
  metonymy?: 'capital';
}

export type QuantityQualifier =
  'exact' | 'approximately' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'range' | 'vague';

export interface Quantity extends Span {
  text: string;
  /** The interval of values it allows, per party when `distribution` is `each`. */
  low: number;
  high: number;
  /** The value as stated (the midpoint for ranges, the nominal for vague amounts). */
  value: number;
  qualifier: QuantityQualifier;
  /** Normalised unit or currency (`km`, `USD`, `%`, `hour`...), or null for a plain count. */
  unit: string | null;
  /** Lemma of what is counted ("soldier", "bomber", "prisoner"), or null when not found. */
  counted: string | null;
  countedSpan: Span | null;
  /** `each`: per party ("from each country", "on each side", "1,000 for 1,000"); `total`: in all. */
  distribution: 'each' | 'total' | 'unspecified';
  /** Number of parties when known (2 for "both sides", "X for X"). */
  parties: number | null;
}

export interface TimeExpression extends Span {
  text: string;
  /** Inclusive ISO dates (YYYY-MM-DD) of the interval it allows. */
  from: string;
  to: string;
  granularity: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'period';
  /** True when resolved against the publication time or the document's dated context. */
  relative: boolean;
}

export interface Duration extends Span {
  text: string;
  /** Interval of seconds it allows ("just over an hour" = [3600, 5400]). */
  low: number;
  high: number;
}

export interface Attribution {
  /** Who says it, as written ("RIA Novosti", "Umerov", "the Kremlin"). */
  source: string;
  sourceSpan: Span;
  /** The cue: "said", "according to", "claimed"... */
  cue: string;
  cueSpan: Span;
  /** Entity id of the source, after resolution. */
  entityId?: string;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  tokens: Token[];
  attribution: Attribution | null;
  /** Hedge words ("allegedly", "may have been", "reportedly"). */
  hedges: Span[];
  /** Negation and refusal cues ("not", "no", "refused to", "refusal"). */
  negations: Span[];
  /** Direct quotations inside the sentence, with the speaker when found. */
  quotes: { span: Span; speaker: string | null }[];
}

export interface AnnotatedDocument {
  doc: Document;
  sentences: Sentence[];
  entities: EntityMention[];
  quantities: Quantity[];
  times: TimeExpression[];
  durations: Duration[];
}
