/** Rows as both stores read them back (SQLite and PostgreSQL share one schema): one mapping to the model. */
import type { Removal } from '../model/document.js';
import type { Story } from '../model/report.js';
import type { Analysis, StoredDocument } from './types.js';

export type Row = Record<string, unknown>;

export const now = () => new Date().toISOString();

export function toDocument(r: Row): StoredDocument {
  return {
    id: r.id as string,
    input: r.input as string,
    format: r.format as string,
    source: (r.source as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    byline: (r.byline as string | null) ?? null,
    language: (r.language as string | null) ?? null,
    text: r.clean_text as string,
    removed: JSON.parse(r.removed_json as string) as Removal[],
    copyOf: null,
    rawText: r.raw_text as string,
    contentHash: r.content_hash as string,
    ingestedAt: r.ingested_at as string,
    storyId: (r.story_id as string | null) ?? null,
  };
}

export function toAnalysis(r: Row): Analysis {
  return {
    version: r.version as number,
    analyzedAt: r.analyzed_at as string,
    story: JSON.parse(r.story_json as string) as Story,
  };
}
