/**
 * JSON and JSONL records `{id?, path? | text? | html?, source?, url?, published?, title?, byline?, language?}`.
 * A record with `path` is a manifest entry: it names a file (relative to the record file) and gives
 * its metadata. A JSON file holds one record, an array of them, or `{documents: [...]}`.
 */
import type { DocumentMeta } from '../model/document.js';
import { InputError } from '../model/problems.js';
import { normalizeDate } from './dates.js';

export interface RecordEntry {
  /** 1-based position: the line for JSONL, the index for JSON. */
  n: number;
  /** Where it is: `file#line3`, `file#record2`, or the file itself when it holds one record. */
  input: string;
  value: unknown;
  error: string | null;
}

export interface Record_ {
  id: string | null;
  path: string | null;
  text: string | null;
  html: string | null;
  meta: Partial<DocumentMeta>;
}

/** Splits a JSON or JSONL file into records; a bad JSONL line is an entry with an error, the rest go on. */
export function splitRecords(text: string, format: 'json' | 'jsonl', input: string): RecordEntry[] {
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      // JSON lines in a .json file: read them as such.
      const lines = text.trim().split('\n');
      if (lines.length > 1 && isJson(lines[0]!)) return splitRecords(text, 'jsonl', input);
      throw new InputError(input, `invalid JSON (${(e as Error).message})`, 'parse');
    }
    const list = Array.isArray(value)
      ? value
      : value && typeof value === 'object' && Array.isArray((value as { documents?: unknown }).documents)
        ? (value as { documents: unknown[] }).documents
        : null;
    if (!list) return [{ n: 1, input, value, error: null }];
    return list.map((v, i) => ({ n: i + 1, input: `${input}#record${i + 1}`, value: v, error: null }));
  }
  const out: RecordEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${input}#line${i + 1}`;
    try {
      out.push({ n: i + 1, input: where, value: JSON.parse(line), error: null });
    } catch (e) {
      out.push({ n: i + 1, input: where, value: null, error: `invalid JSON line (${(e as Error).message})` });
    }
  }
  return out;
}

/** Reads the fields of one record; throws InputError naming it when it is not a usable record. */
export function parseRecord(value: unknown, input: string): Record_ {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(input, 'record is not a JSON object', 'parse');
  }
  const r = value as Record<string, unknown>;
  const str = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = r[k];
      if (typeof v === 'string' && v.trim()) return v;
      if (typeof v === 'number' && k === 'id') return String(v);
    }
    return null;
  };
  const byline = Array.isArray(r.authors)
    ? r.authors.filter((a) => typeof a === 'string').join(', ') || null
    : null;
  const meta: Partial<DocumentMeta> = {};
  const set = (k: keyof DocumentMeta, v: string | null) => {
    if (v != null) meta[k] = v.trim();
  };
  set('source', str('source', 'outlet', 'publisher'));
  set('title', str('title', 'headline'));
  set('url', str('url', 'link'));
  set('byline', str('byline', 'author') ?? byline);
  set('language', str('language', 'lang'));
  const published = normalizeDate(r.published ?? r.date ?? r.publishedAt ?? r.published_at);
  if (published) meta.published = published;
  const rec: Record_ = {
    id: str('id'),
    path: str('path', 'file'),
    text: typeof r.text === 'string' ? r.text : null,
    html: typeof r.html === 'string' ? r.html : null,
    meta,
  };
  if (rec.path == null && rec.text == null && rec.html == null) {
    throw new InputError(input, 'record has no "path", "text" or "html"', 'no-text');
  }
  return rec;
}

/** Cheap test whether a JSON/JSONL file may be a manifest (has records with "path"), before parsing it. */
export function mayBeManifest(text: string): boolean {
  return /"(?:path|file)"\s*:/.test(text);
}

function isJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
