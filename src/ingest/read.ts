/**
 * One input -> raw documents and problems. Bytes are read under the size limit, gunzipped, sniffed
 * for binary content, decoded, and handed to the reader of their format. Never throws: whatever
 * goes wrong becomes a Problem naming the input.
 */
import path from 'node:path';
import type { DocumentMeta, RawDocument, Removal } from '../model/document.js';
import { InputError, type Problem } from '../model/problems.js';
import type { IngestSettings } from '../settings/ingest.js';
import { gunzipLimited, isGzip, readFileLimited, readStreamLimited, sniff } from './bytes.js';
import { decodeBytes, normalizeNewlines } from './decode.js';
import { normalizeDate } from './dates.js';
import { readFeed, siteOf } from './feeds.js';
import { formatByName, sniffFormat, type Format } from './formats.js';
import { fragmentToText, isWholePage, looksLikeHtml } from './fragment.js';
import type { HtmlRunner } from './html-pool.js';
import { fileId } from './ids.js';
import { detectLanguage, normalizeLanguage } from './language.js';
import { markdownToText } from './markdown.js';
import { parseRecord, splitRecords } from './records.js';
import { manifestTarget } from './confine.js';
import { takeFrontMatter, takeHeaderLines } from './text.js';

export interface ReadContext {
  settings: IngestSettings;
  html: HtmlRunner;
  stdin: () => NodeJS.ReadableStream;
  cwd: string;
  /** Manifest paths may name files outside the manifest's folder (`--allow-outside-paths`). */
  allowOutsidePaths: boolean;
  /** Bytes from the web: a record may not name a local file (`path`) to be read. */
  noLocalFiles?: boolean;
}

export interface Outcome {
  docs: RawDocument[];
  problems: Problem[];
}

/** Where bytes came from: `input` names it in documents and problems; `name` gives the id and format. */
export interface Source {
  input: string;
  name: string;
  /** Folder that relative `path`s of records are resolved against. */
  dir: string;
  /** Shown form of `dir`, for naming manifest targets. */
  displayDir: string;
  /** Named by the user on the command line (not found by walking a folder, not named by another manifest). */
  named?: boolean;
}

const MAX_MANIFEST_DEPTH = 2;

export async function readFileItem(
  ctx: ReadContext,
  file: string,
  display: string,
  depth = 0,
  named = false,
): Promise<Outcome> {
  const out: Outcome = { docs: [], problems: [] };
  try {
    const buf = await readFileLimited(file, display, ctx.settings.maxInputBytes);
    const src = {
      input: display,
      name: path.basename(file),
      dir: path.dirname(file),
      displayDir: path.dirname(display),
      named,
    };
    await readBytes(ctx, buf, src, out, depth);
  } catch (e) {
    out.problems.push(asProblem(e, display));
  }
  return out;
}

export async function readStdinItem(ctx: ReadContext): Promise<Outcome> {
  const out: Outcome = { docs: [], problems: [] };
  try {
    const buf = await readStreamLimited(ctx.stdin(), '-', ctx.settings.maxInputBytes);
    await readBytes(ctx, buf, { input: '-', name: 'stdin', dir: ctx.cwd, displayDir: '.' }, out, 0);
  } catch (e) {
    out.problems.push(asProblem(e, '-'));
  }
  return out;
}

export async function readBytes(
  ctx: ReadContext,
  raw: Buffer,
  src: Source,
  out: Outcome,
  depth: number,
): Promise<void> {
  const { settings } = ctx;
  if (raw.length === 0) throw new InputError(src.input, 'empty file', 'empty');
  let buf = isGzip(raw) ? await gunzipLimited(raw, src.input, settings.maxInputBytes) : raw;
  if (buf.length === 0) throw new InputError(src.input, 'empty after decompression', 'empty');
  let sn = sniff(buf, settings.sniffBytes, settings.utf16NulShare);
  if (!sn.utf16 && formatByName(src.name) === 'jsonl' && buf.indexOf(0) !== -1) {
    // One JSONL line with a NUL byte does not make the file binary: that line is skipped by name.
    const kept = dropNulLines(buf);
    if (kept.lines.length * 2 <= kept.total) {
      for (const n of kept.lines)
        out.problems.push({
          input: `${src.input}#line${n}`,
          message: 'NUL bytes in this line (binary data, not a record); line skipped',
          severity: 'skipped',
          code: 'binary',
        });
      buf = kept.buf;
      sn = sniff(buf, settings.sniffBytes, settings.utf16NulShare);
    }
  }
  const binary = sn.binary ?? (!sn.utf16 && buf.indexOf(0) !== -1 ? 'NUL bytes' : null);
  if (binary) throw new InputError(src.input, `binary file (${binary}), not text`, 'binary');
  const decoded = decodeBytes(buf, settings);
  const text = decoded.text;
  if (!text.trim()) throw new InputError(src.input, 'no text (only whitespace)', 'empty');
  if (decoded.code === 'undecodable') {
    const bad = countReplacements(text);
    if (bad / text.length > settings.maxReplacementShare) {
      throw new InputError(
        src.input,
        `not text in any encoding recognised (${decoded.warning})`,
        'undecodable',
      );
    }
  }
  const docsBefore = out.docs.length;
  await readText(ctx, text, src, out, depth);
  // The decoding caveat is worth a warning only when something was read (a skipped input has its problem).
  if (decoded.warning && out.docs.length > docsBefore) {
    out.problems.push({
      input: src.input,
      message: decoded.warning,
      severity: 'warning',
      code: decoded.code ?? 'undecodable',
    });
  }
}

/**
 * Blanks the lines of a JSONL buffer that hold NUL bytes (line numbers are kept, so later problems still
 * name the right line). Returns the 1-based numbers of the blanked lines and the number of lines.
 */
export function dropNulLines(buf: Buffer): { buf: Buffer; lines: number[]; total: number } {
  const parts: Buffer[] = [];
  const lines: number[] = [];
  let start = 0;
  let n = 0;
  while (start <= buf.length) {
    let end = buf.indexOf(0x0a, start);
    if (end < 0) end = buf.length;
    n++;
    const line = buf.subarray(start, end);
    if (line.indexOf(0) !== -1) lines.push(n);
    else parts.push(line);
    if (end < buf.length) parts.push(Buffer.from('\n'));
    start = end + 1;
  }
  return { buf: Buffer.concat(parts), lines, total: n };
}

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

async function readText(
  ctx: ReadContext,
  text: string,
  src: Source,
  out: Outcome,
  depth: number,
): Promise<void> {
  const format = chooseFormat(formatByName(src.name), text);
  const id = src.name === 'stdin' ? 'stdin' : fileId(src.name);
  const base = { id, input: src.input };

  switch (format) {
    case 'text': {
      const h = takeHeaderLines(text);
      pushDoc(ctx, out, { ...base, format: 'text', text: h.text, removed: h.removed }, h.meta);
      return;
    }
    case 'markdown': {
      const fm = takeFrontMatter(text);
      const h = takeHeaderLines(fm.text);
      const shift = text.length - fm.text.length;
      for (const r of h.removed) if (r.offset != null) r.offset += shift;
      const body = markdownToText(h.text);
      pushDoc(
        ctx,
        out,
        { ...base, format: 'markdown', text: body, removed: [...fm.removed, ...h.removed] },
        {
          ...h.meta,
          ...fm.meta,
        },
      );
      return;
    }
    case 'html': {
      const ex = await extractPage(ctx, text, undefined, src.input, out);
      pushDoc(ctx, out, { ...base, format: 'html', text: ex.text, removed: ex.removed }, ex.meta);
      return;
    }
    case 'feed':
      await readFeedDocs(ctx, text, src, id, out);
      return;
    case 'json':
    case 'jsonl':
      await readRecordDocs(ctx, text, format, src, id, out, depth);
      return;
  }
}

async function readFeedDocs(
  ctx: ReadContext,
  xml: string,
  src: Source,
  id: string,
  out: Outcome,
): Promise<void> {
  const feed = readFeed(xml, src.input);
  if (!feed.entries.length) throw new InputError(src.input, 'feed has no items or entries', 'empty');
  // An aggregator's items link to several sites: each item's outlet is its own, not the feed's.
  const sites = new Set(feed.entries.map((e) => siteOf(e.url)).filter((s) => s != null));
  const aggregator = sites.size > 1;
  for (const e of feed.entries) {
    try {
      if (e.error || !e.body) throw new InputError(e.input, e.error ?? 'no content', 'parse');
      let text: string;
      let removed: Removal[] = [];
      let pageMeta: Partial<DocumentMeta> = {};
      if ('text' in e.body) text = normalizeNewlines(e.body.text).trim();
      else if (isWholePage(e.body.html)) {
        const ex = await extractPage(ctx, e.body.html, e.url ?? undefined, e.input, out);
        ({ text, removed, meta: pageMeta } = ex);
      } else text = looksLikeHtml(e.body.html) ? fragmentToText(e.body.html) : e.body.html.trim();
      if (!text.trim()) throw new InputError(e.input, 'entry has no text', 'empty');
      pushDoc(
        ctx,
        out,
        { id: `${id}-${e.n}`, input: e.input, format: feed.kind, text, removed },
        {
          ...pageMeta,
          // the item's own <source>, then the page's own name, then the feed (one outlet's feed) or
          // the item's site (an aggregator's feed)
          source:
            e.source ?? pageMeta.source ?? (aggregator ? siteOf(e.url) : null) ?? feed.title ?? siteOf(e.url),
          ...defined({ title: e.title, url: e.url, published: normalizeDate(e.published), byline: e.byline }),
        },
      );
    } catch (err) {
      out.problems.push(asProblem(err, e.input));
    }
  }
}

async function readRecordDocs(
  ctx: ReadContext,
  text: string,
  format: 'json' | 'jsonl',
  src: Source,
  id: string,
  out: Outcome,
  depth: number,
): Promise<void> {
  const entries = splitRecords(text, format, src.input);
  if (!entries.length) throw new InputError(src.input, 'no records', 'empty');
  const single = format === 'json' && entries.length === 1 && entries[0]!.input === src.input;
  for (const entry of entries) {
    try {
      if (entry.error) throw new InputError(entry.input, entry.error, 'parse');
      // a JSON file that is one object with none of a record's fields (a truth file, a config beside the
      // reports) is not a report: named in a warning and left out, rather than counted as a bad report
      if (single && !looksLikeRecord(entry.value)) {
        out.problems.push({
          input: entry.input,
          message: 'not a report record (no id, path, text, html, title or url); ignored',
          severity: 'warning',
          code: 'not-a-record',
        });
        continue;
      }
      const rec = parseRecord(entry.value, entry.input);
      const wantedId = rec.id ?? (single ? id : `${id}-${entry.n}`);
      if (rec.path != null) {
        if (ctx.noLocalFiles)
          throw new InputError(
            entry.input,
            'a record fetched from the web may not name a local file',
            'parse',
          );
        if (depth >= MAX_MANIFEST_DEPTH)
          throw new InputError(entry.input, 'manifest entries nest too deep', 'parse');
        // a manifest the user names on the command line is the user's own list of files (the evaluation
        // scripts write one beside the corpus with absolute paths); one found in a folder may come from anyone
        const target = await manifestTarget(
          src.dir,
          rec.path,
          entry.input,
          ctx.allowOutsidePaths || (src.named ? 'reports' : false),
        );
        const shown = path.isAbsolute(rec.path) ? rec.path : path.join(src.displayDir, rec.path);
        const sub = await readFileItem(ctx, target, shown, depth + 1);
        out.problems.push(...sub.problems);
        for (const d of sub.docs) {
          const meta = { ...d, ...defined(rec.meta) };
          out.docs.push({ ...meta, id: rec.id && sub.docs.length === 1 ? rec.id : d.id });
        }
        continue;
      }
      if (rec.html != null) {
        const ex = await extractPage(ctx, rec.html, rec.meta.url ?? undefined, entry.input, out);
        pushDoc(
          ctx,
          out,
          { id: wantedId, input: entry.input, format: 'html', text: ex.text, removed: ex.removed },
          {
            ...ex.meta,
            ...defined(rec.meta),
          },
        );
        continue;
      }
      const body = normalizeNewlines(rec.text ?? '');
      if (!body.trim()) throw new InputError(entry.input, 'record text is empty', 'empty');
      pushDoc(ctx, out, { id: wantedId, input: entry.input, format, text: body, removed: [] }, rec.meta);
    } catch (err) {
      out.problems.push(asProblem(err, entry.input));
    }
  }
}

async function extractPage(
  ctx: ReadContext,
  html: string,
  url: string | undefined,
  input: string,
  out: Outcome,
): Promise<{ text: string; meta: Partial<DocumentMeta>; removed: Removal[] }> {
  let ex;
  try {
    ex = await ctx.html.extract(html, url, input);
  } catch (e) {
    if (e instanceof InputError) throw e.input === input ? e : new InputError(input, e.message, e.code);
    const code = (e as { code?: unknown })?.code;
    throw new InputError(
      input,
      `HTML extraction failed: ${(e as Error)?.message ?? String(e)}`,
      typeof code === 'string' ? code : 'extract',
    );
  }
  const text = normalizeNewlines(ex?.text ?? '');
  if (!text.trim())
    throw new InputError(
      input,
      `no article text found in the HTML page${ex?.cut ? ` (${ex.cut})` : ''}`,
      'no-article',
    );
  if (ex.cut) out.problems.push({ input, message: ex.cut, severity: 'warning', code: 'truncated' });
  return { text, meta: ex.meta ?? {}, removed: ex.removed ?? [] };
}

function pushDoc(
  ctx: ReadContext,
  out: Outcome,
  doc: Pick<RawDocument, 'id' | 'input' | 'format' | 'text' | 'removed'>,
  meta: Partial<DocumentMeta>,
): void {
  const { settings } = ctx;
  const full: RawDocument = {
    source: oneLine(meta.source),
    title: oneLine(meta.title),
    url: oneLine(meta.url),
    published: meta.published ? normalizeDate(meta.published) : null,
    byline: oneLine(meta.byline),
    language: normalizeLanguage(meta.language),
    ...doc,
  };
  if (!full.text.trim()) {
    out.problems.push({ input: doc.input, message: 'no text', severity: 'skipped', code: 'empty' });
    return;
  }
  full.language ??= detectLanguage(full.text, settings.minLanguageChars, settings.languageSampleChars);
  out.docs.push(full);
}

/**
 * The extension decides, except that a structured extension (.json, .jsonl, .xml/.rss/.atom) whose
 * content clearly is another structured format (an HTML page in .xml, JSON lines in .json) is read as
 * what it is. Content that sniffs as plain text keeps its extension, so a broken JSON file says so.
 */
function chooseFormat(byName: Format | null, text: string): Format {
  if (byName === 'text' || byName === 'markdown' || byName === 'html') return byName;
  if ((byName === 'json' || byName === 'jsonl') && /^\s*[[{]/.test(text.slice(0, 256))) return byName;
  const sniffed = sniffFormat(text);
  if (!byName) return sniffed;
  return sniffed === 'text' ? byName : sniffed;
}

/** Metadata values are single lines without surrounding space; empty means unknown. */
function oneLine(v: string | null | undefined): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t || null;
}

function defined<T extends object>(o: T): Partial<T> {
  const r: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v != null) (r as Record<string, unknown>)[k] = v;
  return r;
}

const RECORD_FIELDS = [
  'id',
  'path',
  'file',
  'text',
  'html',
  'title',
  'headline',
  'url',
  'link',
  'source',
  'outlet',
  'documents',
];

function looksLikeRecord(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return true;
  return RECORD_FIELDS.some((k) => k in (value as Record<string, unknown>));
}

export function asProblem(e: unknown, input: string): Problem {
  if (e instanceof InputError)
    return { input: e.input, message: e.message, severity: 'skipped', code: e.code };
  const msg = e instanceof Error ? e.message : String(e);
  return { input, message: `unexpected error: ${msg}`, severity: 'skipped', code: 'error' };
}
