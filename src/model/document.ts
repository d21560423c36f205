/**
 * The document model: one report, its clean text and metadata, and what cleaning removed.
 * Every annotation elsewhere is an offset span over `text`, which never changes once made.
 */

/** A piece of the original input that is not in the clean text, and why. */
export interface Removal {
  text: string;
  /** A short machine-readable reason, e.g. `navigation`, `share-widget`, `repeated-passage`. */
  reason: string;
  /** Where it stood in the reader's text before cleaning (UTF-16 offset), when known. */
  offset?: number;
}

/** Metadata of a report, from the input, a manifest or the page itself. */
export interface DocumentMeta {
  source: string | null;
  title: string | null;
  url: string | null;
  /** ISO 8601 (date or date-time) when known. */
  published: string | null;
  byline: string | null;
  language: string | null;
}

/** What a reader produces: the body text before cleaning, with metadata. */
export interface RawDocument extends DocumentMeta {
  id: string;
  /** Where it came from: a path, `path#entry`, or `-` for stdin. */
  input: string;
  /** The format the reader recognised: `text`, `markdown`, `html`, `json`, `rss`, `atom`. */
  format: string;
  /** Body text. For text inputs the header lines (headline, "Source:", dateline) are already taken out. */
  text: string;
  /** What the reader itself dropped (HTML page furniture, header lines taken as metadata). */
  removed: Removal[];
}

/** A cleaned report: the unit every later stage works on. */
export interface Document extends DocumentMeta {
  id: string;
  input: string;
  format: string;
  /** Clean text; all offsets in the product point into it. */
  text: string;
  removed: Removal[];
  /** The id of the document whose text this one copies, or null. */
  copyOf: string | null;
}

/** A character span [start, end) over a document's clean text. */
export interface Span {
  start: number;
  end: number;
}

/** An exact quote of a document, with its offsets: the provenance of every fact. */
export interface Evidence {
  document: string;
  quote: string;
  start: number;
  end: number;
}

export function evidenceOf(doc: { id: string; text: string }, span: Span): Evidence {
  return { document: doc.id, quote: doc.text.slice(span.start, span.end), start: span.start, end: span.end };
}

export function emptyMeta(): DocumentMeta {
  return { source: null, title: null, url: null, published: null, byline: null, language: null };
}
