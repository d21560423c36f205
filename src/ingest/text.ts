/**
 * Plain text: explicit header lines at the very top (`Title: …`, `Source: …`, `Published: …`,
 * `URL: …`, `By Jane Doe`) become metadata and are taken out of the text (reason `metadata`);
 * everything else is kept verbatim. No headline guessing here: the clean stage does that.
 */
import type { DocumentMeta, Removal } from '../model/document.js';
import { ingestSettings } from '../settings/ingest.js';
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
  /^[ \t]*(?:By|Von|Par|Por)[ \t]+(\p{Lu}[\p{L}.'’-]*(?:(?:[ \t]+|,[ \t]*)(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|den|la|le|bin|al|ibn))*)[ \t]*$/u;
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

/** `Updated: 4 March 2025, 19:30`, `Last updated 23:41`: a time stamp line of the page, not article text. */
const STAMP_LINE =
  /^[ \t]*(?:last[ \t]+)?(?:updated|modified|posted)[ \t]*:?[ \t]*(?:on[ \t]+|at[ \t]+)?[\p{L}\d][\p{L}\d ,.:/+-]{2,40}$/iu;

/** A time stamp line: "Updated" and a date or time. */
export function isStampLine(line: string): boolean {
  return STAMP_LINE.test(line) && /\d/.test(line) && line.trim().length <= ingestSettings.headerLabelMaxChars;
}

/**
 * A section or outlet label under a headline: "KRT News | Justice", "Kestria Today › Politics ›
 * Regions", "Contextly Explains". Short, no sentence stop, and either parts cut by a label separator
 * or a few capitalised words.
 */
export function isLabelLine(line: string, separatedOnly = false): boolean {
  const t = line.trim();
  if (!t || t.length > ingestSettings.headerLabelMaxChars || /[.!?,;:]["”’']?$/.test(t)) return false;
  const parts = t.split(/\s+[|›»>·•]\s+|\s+[-–—]\s+/).filter(Boolean);
  if (parts.length >= 2) return parts.every((p) => p.length <= ingestSettings.headerLabelPartMaxChars);
  if (separatedOnly || t.includes(':')) return false;
  const words = t.split(/\s+/);
  return words.length <= ingestSettings.headerLabelMaxWords && words.every((w) => /^[\p{Lu}\d&]/u.test(w));
}

/** A first line that may be the report's headline: short, no final stop, not itself a header line. */
function headlineShaped(line: string): boolean {
  const t = line.trim();
  return (
    t.length >= 10 &&
    t.length <= ingestSettings.headlineMaxChars &&
    t.split(/\s+/).length >= 3 &&
    !/[.?;,:]["”’']?$/.test(t) &&
    headerLine(t) == null
  );
}

/**
 * Takes the header block at the top of a plain-text report. It is a run of `Key: value` and `By …`
 * lines (metadata), possibly under a headline line (the title) and with section labels and time
 * stamps among them (page furniture, removed with their reason). A headline is taken only when
 * header lines follow it directly, so a body that starts at the first line stays whole.
 */
export function takeHeaderLines(text: string): HeaderResult {
  const meta: Partial<DocumentMeta> = {};
  const removed: Removal[] = [];
  const lines: { text: string; offset: number; end: number }[] = [];
  for (let pos = 0; pos <= text.length && lines.length < ingestSettings.headerMaxLines;) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(pos, end), offset: pos, end: nl === -1 ? text.length : nl + 1 });
    if (nl === -1) break;
    pos = nl + 1;
  }
  let k = 0;
  const skipBlank = () => {
    while (k < lines.length && !lines[k]!.text.trim()) k++;
  };
  skipBlank();
  let bodyStart = 0;
  let headline: { text: string; offset: number } | null = null;
  // a headline line directly followed by a header line
  const first = lines[k];
  const next = lines[k + 1];
  if (
    first &&
    next &&
    headlineShaped(first.text) &&
    (headerLine(next.text) != null || isLabelLine(next.text, true))
  ) {
    headline = { text: first.text.trim(), offset: first.offset };
    k++;
  }
  let taken = 0;
  while (k < lines.length) {
    const line = lines[k]!;
    if (!line.text.trim()) {
      // a blank line ends the block once something was taken under a headline; before, it is skipped
      if (headline && taken) break;
      k++;
      continue;
    }
    const kv = headerLine(line.text);
    let reason: string | null = null;
    if (kv && meta[kv[0]] == null) {
      meta[kv[0]] = kv[1];
      reason = 'metadata';
    } else if (!kv && taken && isStampLine(line.text)) reason = 'timestamp';
    else if (!kv && (taken || headline) && isLabelLine(line.text)) reason = 'section-label';
    if (!reason) break;
    removed.push({ text: line.text.trim(), reason, offset: line.offset });
    taken++;
    bodyStart = line.end;
    k++;
  }
  if (!taken) return { meta: {}, text, removed: [] };
  if (headline) {
    removed.unshift({ text: headline.text, reason: 'headline', offset: headline.offset });
    meta.title ??= headline.text;
  }
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
