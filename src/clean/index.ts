/**
 * src/clean: raw reports -> clean Documents. Drops page furniture, collapses passages repeated
 * inside one report, and takes a headline-shaped first line as the title. The clean text is the
 * raw text minus whole removed lines (blank-line runs collapsed): words are never rewritten, and
 * every removal is listed with its reason and raw offset.
 */
import type { Document, RawDocument, Removal } from '../model/document.js';
import { cleanSettings, type CleanSettings } from '../settings/clean.js';
import {
  isBulletedLinkRow,
  isLabelRow,
  isListHead,
  isMasthead,
  isWidgetToken,
  lineFurniture,
  normLine,
} from './furniture.js';
import { findRepeats } from './repeats.js';
import { normalizeDate } from '../ingest/dates.js';

interface Line {
  text: string;
  /** Offset of the line in the raw text. */
  offset: number;
  norm: string;
  removed: string | null;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const text_ of text.split('\n')) {
    lines.push({ text: text_, offset, norm: normLine(text_), removed: null });
    offset += text_.length + 1;
  }
  return lines;
}

/** Cleans a batch together (lines that recur across many reports are furniture). Order is kept. */
export function cleanDocuments(raws: RawDocument[], settings: CleanSettings = cleanSettings): Document[] {
  const recurring = recurringLines(raws, settings);
  return raws.map((raw) => cleanDocument(raw, { recurring, settings }));
}

export interface CleanContext {
  /** Normal forms of short lines that recur across the batch. */
  recurring?: Set<string>;
  settings?: CleanSettings;
}

export function cleanDocument(raw: RawDocument, ctx: CleanContext = {}): Document {
  const settings = ctx.settings ?? cleanSettings;
  const lines = splitLines(raw.text);
  markFurniture(lines, settings, raw);
  if (ctx.recurring?.size) markRecurring(lines, ctx.recurring, settings);
  for (const [index, reason] of findRepeats(
    lines.map((l) => (l.removed ? null : l.text)),
    settings,
  ))
    lines[index]!.removed = reason;
  let title = raw.title;
  const head = lines.find((l) => !l.removed && l.norm);
  if (head && isHeadline(head, lines, raw.title, settings)) {
    if (!title) title = head.text.trim();
    head.removed = 'headline';
  }
  const removed: Removal[] = [...raw.removed];
  for (const l of lines)
    if (l.removed && l.text.trim())
      removed.push({ text: l.text.trim(), reason: l.removed, offset: l.offset });
  return {
    id: raw.id,
    input: raw.input,
    format: raw.format,
    source: raw.source,
    title,
    url: raw.url,
    published: raw.published ?? stampDate(lines),
    byline: raw.byline,
    language: raw.language,
    text: joinKept(lines),
    removed,
    copyOf: null,
  };
}

function markFurniture(lines: Line[], settings: CleanSettings, raw: RawDocument): void {
  // lines furniture on their own; the report's own title is never furniture
  const title = raw.title ? normLine(raw.title) : null;
  for (const l of lines) l.removed = l.norm && l.norm === title ? null : lineFurniture(l.text);
  // the first line may be a headline shaped like a prompt ("Live: port strike – day one"): kept for
  // the headline rule unless it is furniture on every reading
  const first = lines.find((l) => l.norm);
  if (first && (first.removed === 'live-page' || first.removed === 'call-to-action')) first.removed = null;
  // at the head or tail of the report (counted in lines not yet taken as furniture): the outlet's own
  // masthead or tagline, and section labels ("KRT News | Justice", "Home › Politics › Regions")
  const content = lines.filter((l) => l.norm && !l.removed);
  content.forEach((l, k) => {
    if (k >= settings.edgeZoneLines && k < content.length - settings.edgeZoneLines) return;
    if (isMasthead(l.text, raw.source)) l.removed = 'masthead';
    else if (isLabelRow(l.text)) l.removed = 'section-label';
  });
  // runs of size/format toggles (XS SM MD LG, A+ A-)
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && (isWidgetToken(lines[j]!.text) || (!lines[j]!.norm && j > i))) j++;
    const tokens = lines.slice(i, j).filter((l) => l.norm).length;
    if (tokens >= settings.widgetRunMinLines)
      for (let k = i; k < j; k++) if (lines[k]!.norm) lines[k]!.removed = 'share-widget';
    i = Math.max(j, i + 1);
  }
  // items of a link list: short, non-sentence lines right after its heading
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.norm || !isListHead(lines[i]!.norm)) continue;
    lines[i]!.removed ??= 'related-links';
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (!l.norm) continue;
      if (l.removed) continue;
      const itemShaped =
        l.text.trim().length <= settings.relatedItemMaxChars &&
        (!/[.!?]["”’']?$/.test(l.text.trim()) || isBulletedLinkRow(l.text));
      if (!itemShaped) break;
      l.removed = 'related-links';
    }
  }
}

function markRecurring(lines: Line[], recurring: Set<string>, settings: CleanSettings): void {
  const content = lines.filter((l) => l.norm);
  const zone = settings.edgeZoneLines;
  content.forEach((l, k) => {
    const inEdge = k < zone || k >= content.length - zone;
    if (!l.removed && inEdge && recurring.has(l.norm)) l.removed = 'recurring-line';
  });
}

/** Short lines that stand in the head or tail of many reports of the batch. */
export function recurringLines(raws: RawDocument[], settings: CleanSettings = cleanSettings): Set<string> {
  const min = Math.max(settings.recurringMinDocuments, Math.ceil(raws.length * settings.recurringMinShare));
  if (raws.length < min) return new Set();
  const counts = new Map<string, number>();
  for (const raw of raws) {
    const seen = new Set<string>();
    for (const l of edgeLines(raw.text, settings.edgeZoneLines))
      if (l.norm.length <= settings.recurringMaxChars && !isSentence(l.text)) seen.add(l.norm);
    for (const n of seen) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, c]) => c >= min).map(([n]) => n));
}

/** The first and the last `zone` lines of a text that have content (a normal form that is not empty), head first: the
 * edge zone, read without normalising the lines between (every report of a batch is read here, before its cleaning). */
function edgeLines(text: string, zone: number): { text: string; norm: string }[] {
  const lines = text.split('\n');
  const head: { text: string; norm: string }[] = [];
  let i = 0;
  for (; i < lines.length && head.length < zone; i++) {
    const norm = normLine(lines[i]!);
    if (norm) head.push({ text: lines[i]!, norm });
  }
  // the tail: from the end back to the head's last line, so that a short text's lines are each read once
  const tail: { text: string; norm: string }[] = [];
  for (let j = lines.length - 1; j >= i && tail.length < zone; j--) {
    const norm = normLine(lines[j]!);
    if (norm) tail.push({ text: lines[j]!, norm });
  }
  return [...head, ...tail.reverse()];
}

/** A line that reads as an article sentence: several words and a final stop. Such lines are never recurring furniture. */
function isSentence(text: string): boolean {
  const t = text.trim();
  return /[.!?]["”’']?$/.test(t) && t.split(/\s+/).length >= 5;
}

function isHeadline(head: Line, lines: Line[], title: string | null, settings: CleanSettings): boolean {
  const t = head.text.trim();
  if (title && normLine(title) === head.norm) return true;
  if (title) return false;
  const rest = lines.filter((l) => l !== head && !l.removed && l.norm);
  if (!rest.length) return false;
  const words = t.split(/\s+/).length;
  return t.length <= settings.headlineMaxChars && words >= 3 && !/[.!?…;,:]["”’']?$/.test(t);
}

/**
 * The publication time a removed time stamp line states ("Posted 12/19/2005 3:36 PM"), for a report
 * that has none: the line leaves the text, its date stays the report's reference for relative times.
 * A "Published"/"Posted" stamp is preferred to an "Updated" one.
 */
function stampDate(lines: Line[]): string | null {
  const stamps = lines.filter((l) => l.removed === 'timestamp');
  const ordered = [
    ...stamps.filter((l) => /^(first )?(published|posted)\b/.test(l.norm)),
    ...stamps.filter((l) => !/^(first )?(published|posted)\b/.test(l.norm)),
  ];
  for (const l of ordered) {
    const value = l.text
      .replace(/^[\s|]*(last\s+)?(first\s+)?(updated|posted|modified|published)(\s+(on|at))?\s*:?\s*/i, '')
      .replace(/\s*\|?\s*$/, '');
    if (/\bago\b/i.test(value)) continue; // relative to the reading, not to the publication
    const iso = normalizeDate(value);
    if (iso) return iso;
  }
  return null;
}

/** The kept lines, verbatim, with runs of blank lines collapsed to one and the edges trimmed. */
function joinKept(lines: Line[]): string {
  const out: string[] = [];
  let blank = false;
  for (const l of lines) {
    if (l.removed) continue;
    if (!l.text.trim()) {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(l.text);
  }
  return out.join('\n');
}
