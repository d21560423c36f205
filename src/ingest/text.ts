/**
 * Plain text: explicit header lines at the very top (`Title: …`, `Source: …`, `Published: …`,
 * `URL: …`, `By Jane Doe`) become metadata and are taken out of the text (reason `metadata`);
 * everything else is kept verbatim. No headline guessing here: the clean stage does that.
 */
import type { DocumentMeta, Removal } from '../model/document.js';
import { normalizeDate } from './dates.js';

type MetaKey = keyof DocumentMeta;

const KEYS: Record<string, MetaKey> = {
  title: 'title',
  headline: 'title',
  source: 'source',
  publisher: 'source',
  outlet: 'source',
  published: 'published',
  'published at': 'published',
  'published on': 'published',
  'publication date': 'published',
  date: 'published',
  dateline: 'published',
  url: 'url',
  link: 'url',
  'canonical url': 'url',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  by: 'byline',
  language: 'language',
  lang: 'language',
};

const KEY_LINE = /^[ \t]*([A-Za-z][A-Za-z ]{0,24}?)[ \t]*:[ \t]*(\S.*?)[ \t]*$/;
/** `By Jane Doe`, `By Jane Doe and John Smith`, `By J. R. Doe, Reuters`: capitalised words only. */
const BY_LINE =
  /^[ \t]*By[ \t]+(\p{Lu}[\p{L}.'’-]*(?:(?:[ \t]+|,[ \t]*)(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|den|la|le|bin|al|ibn))*)[ \t]*$/u;
const MAX_HEADER_LINE = 300;

export interface HeaderResult {
  meta: Partial<DocumentMeta>;
  /** The body: the text after the header block, verbatim. */
  text: string;
  removed: Removal[];
}

/** Parses one header line into a metadata field, or null when it is not one. */
export function headerLine(line: string): [MetaKey, string] | null {
  if (line.length > MAX_HEADER_LINE) return null;
  const by = BY_LINE.exec(line);
  if (by) return ['byline', by[1]!];
  const m = KEY_LINE.exec(line);
  if (!m) return null;
  const key = KEYS[m[1]!.toLowerCase().replace(/\s+/g, ' ')];
  if (!key) return null;
  const value = m[2]!;
  if (key === 'published') {
    const iso = normalizeDate(value);
    return iso ? [key, iso] : null;
  }
  if (key === 'url' && !/^https?:\/\/\S+$/i.test(value)) return null;
  if (key === 'language' && !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/.test(value)) return null;
  return [key, key === 'language' ? value.toLowerCase() : value];
}

export function takeHeaderLines(text: string): HeaderResult {
  const meta: Partial<DocumentMeta> = {};
  const removed: Removal[] = [];
  let pos = 0;
  let bodyStart = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(pos, end);
    if (line.trim() === '') {
      if (nl === -1) break;
      pos = nl + 1;
      continue;
    }
    const kv = headerLine(line);
    if (!kv || meta[kv[0]] != null) break;
    meta[kv[0]] = kv[1];
    removed.push({ text: line.trim(), reason: 'metadata', offset: pos });
    bodyStart = nl === -1 ? text.length : nl + 1;
    if (nl === -1) break;
    pos = nl + 1;
  }
  if (!removed.length) return { meta, text, removed };
  // Drop the blank lines between the header block and the body too.
  let start = bodyStart;
  const rest = /^[ \t]*\n/;
  while (start < text.length) {
    const m = rest.exec(text.slice(start, start + 200));
    if (!m) break;
    start += m[0].length;
  }
  return { meta, text: text.slice(start), removed };
}

/** YAML front matter (`---` … `---`) of Markdown, read as simple `key: value` lines. */
export function takeFrontMatter(text: string): HeaderResult {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, text, removed: [] };
  const meta: Partial<DocumentMeta> = {};
  for (const raw of m[1]!.split('\n')) {
    const line = raw.replace(/^([^:]+):\s*(["'])(.*)\2\s*$/, '$1: $3');
    const kv = headerLine(line);
    if (kv && meta[kv[0]] == null) meta[kv[0]] = kv[1];
  }
  return {
    meta,
    text: text.slice(m[0].length).replace(/^\s*\n/, ''),
    removed: [{ text: m[0].trimEnd(), reason: 'metadata', offset: 0 }],
  };
}
