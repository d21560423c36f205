/** Documents for tests: a raw report as a reader gives it, and a clean one as annotate() takes it. */
import type { Document, RawDocument } from '../../src/model/document.js';

export function rawDoc(id: string, text: string, extra: Partial<RawDocument> = {}): RawDocument {
  return {
    id,
    input: id,
    format: 'text',
    text,
    removed: [],
    source: null,
    title: null,
    url: null,
    published: null,
    byline: null,
    language: null,
    ...extra,
  };
}

export function cleanDoc(id: string, text: string, extra: Partial<Document> = {}): Document {
  return { ...rawDoc(id, text), copyOf: null, ...extra };
}
