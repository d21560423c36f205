/**
 * HTML page -> article body and page metadata. Pure: takes an HTML string, never throws.
 * Pipeline: parse (linkedom) -> metadata (read-only) -> pre-clean furniture -> Readability ->
 * block-aware text -> fallbacks (JSON-LD articleBody, densest paragraph block) -> boilerplate lines.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { DocumentMeta, Removal } from '../../model/document.js';
import { htmlSettings } from '../../settings/html.js';
import { extractMeta } from './meta.js';
import { preClean } from './clean.js';
import { nodeToText, tidy } from './text.js';

export { normaliseDate, stripSiteFromTitle, cleanByline, dateFromUrl } from './meta.js';
export { nodeToText } from './text.js';
export { furnitureReason } from './clean.js';

export interface HtmlExtraction {
  /** The article body as plain text, paragraphs separated by blank lines. */
  text: string;
  meta: Partial<DocumentMeta>;
  /** Furniture the extractor dropped (optional detail; may be summarised). */
  removed: Removal[];
  /** Set when the page was cut to `maxHtmlChars` before parsing: what was cut, so a missing article says why. */
  cut?: string;
}

export interface HtmlOptions {
  url?: string;
}

function parse(html: string): Document {
  // linkedom treats a string without <html> as a fragment-ish document; wrap so body exists.
  const src = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(src).document as unknown as Document;
}

export function extractHtml(html: string, opts: HtmlOptions = {}): HtmlExtraction {
  const url = opts?.url;
  const meta0: Partial<DocumentMeta> = { url: url ?? null };
  if (typeof html !== 'string' || !html.trim()) return { text: '', meta: meta0, removed: [] };
  try {
    const fitted = fitHtml(html, htmlSettings.maxHtmlChars);
    const ex = extract(fitted.html, url);
    return fitted.cut ? { ...ex, cut: fitted.cut } : ex;
  } catch {
    // Last resort: whatever metadata/text we can get must not crash the batch.
    return { text: '', meta: meta0, removed: [] };
  }
}

/**
 * A page over `max` characters: first the bodies of <script> (except JSON-LD metadata) and <style>
 * elements are emptied, which is never article text (a page with a 20 MB inline script keeps its
 * article); only if it is still over `max` is it cut, and `cut` says so. A scan with indexOf, linear.
 */
export function fitHtml(html: string, max: number): { html: string; cut?: string } {
  if (html.length <= max) return { html };
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let at = 0;
  let emptied = 0;
  for (;;) {
    const open = nextOpen(lower, at);
    if (!open) break;
    const bodyStart = lower.indexOf('>', open.index);
    if (bodyStart < 0) break;
    const close = lower.indexOf(`</${open.tag}`, bodyStart + 1);
    if (close < 0) break;
    const keep = open.tag === 'script' && /application\/ld\+json/.test(lower.slice(open.index, bodyStart));
    if (!keep) {
      parts.push(html.slice(at, bodyStart + 1));
      emptied += close - bodyStart - 1;
      at = close;
    } else {
      parts.push(html.slice(at, close));
      at = close;
    }
  }
  parts.push(html.slice(at));
  const slim = emptied ? parts.join('') : html;
  if (slim.length <= max) return { html: slim };
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    html: slim.slice(0, max),
    cut: `the page is ${n(html.length)} characters (${n(slim.length)} without scripts and styles), over the ${n(max)}-character limit (maxHtmlChars); only the first ${n(max)} were read`,
  };
}

function nextOpen(lower: string, from: number): { index: number; tag: 'script' | 'style' } | null {
  const s = lower.indexOf('<script', from);
  const t = lower.indexOf('<style', from);
  if (s < 0 && t < 0) return null;
  if (t < 0 || (s >= 0 && s < t)) return { index: s, tag: 'script' };
  return { index: t, tag: 'style' };
}

function extract(html: string, url: string | undefined): HtmlExtraction {
  const doc = parse(html);
  let metaFull: ReturnType<typeof extractMeta> | null = null;
  try {
    metaFull = extractMeta(doc, url);
  } catch {
    metaFull = null;
  }
  const jsonLd = metaFull?.jsonLd ?? null;
  const meta: Partial<DocumentMeta> = { url: url ?? null };
  if (metaFull) {
    for (const k of ['source', 'title', 'url', 'published', 'byline', 'language'] as const)
      meta[k] = metaFull[k] ?? null;
  }

  const removed = preClean(doc);
  let text = '';
  let readabilityByline: string | null = null;
  // Readability's scoring is super-linear in DOM depth (minutes at depth 2000): skip it on such trees.
  if (treeDepth(doc.body) <= htmlSettings.maxReadabilityDepth)
    try {
      const art = new Readability<Element>(doc, {
        charThreshold: htmlSettings.readabilityCharThreshold,
        maxElemsToParse: htmlSettings.maxElemsToParse,
        serializer: (n) => n as Element,
        disableJSONLD: true,
      }).parse();
      if (art?.content) {
        const root = art.content as unknown as Element;
        pruneContent(root, removed);
        text = nodeToText(root as unknown as Parameters<typeof nodeToText>[0]);
      }
      readabilityByline = art?.byline ?? null;
    } catch {
      text = '';
    }

  if (text.length < htmlSettings.minBodyChars) {
    const ldBody = jsonLd?.articleBody ? tidy(jsonLd.articleBody.replace(/\r/g, '')) : '';
    const fb = ldBody.length > text.length ? ldBody : densestBlock(html);
    if (fb.length > text.length && fb.length >= htmlSettings.minFallbackChars) text = fb;
  }

  if (!meta.byline && readabilityByline) meta.byline = readabilityByline;
  text = dropBoilerplateLines(text, removed);
  // A few words of leftover furniture are not an article: the caller reports `no-article`.
  if (text.length < htmlSettings.minArticleChars) text = '';
  return { text, meta, removed };
}

/** Inside the chosen article: figure captions and photo credits (not article prose; measured both corpora). */
function pruneContent(root: Element, removed: Removal[]): void {
  for (const el of Array.from(root.querySelectorAll('figcaption, [class*="caption"], [class*="credit"]'))) {
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) removed.push({ text: t.slice(0, htmlSettings.maxRemovalChars), reason: 'caption' });
    el.remove();
  }
}

/** Short lines that are page furniture wherever they stand (labels, teasers, timestamps, credits). */
const BOILERPLATE_LINE =
  /^(?:advertisement|advert|sponsored|ad|read more|see more|see also|more from|related(?: articles| stories| content)?|you may also like|you might also like|recommended(?: for you)?|don'?t miss|most (?:read|popular)|share(?: this(?: article| story)?)?|tags?|topics?|sign up|subscribe|follow us|comments?|loading|skip to (?:main )?content)\b.{0,60}$|^(?:updated|published|posted|last updated|first published)\b.{0,60}\d.{0,40}$|^(?:©|\(c\)|copyright|photo:|image:|credit:|getty images|picture:).{0,100}$/i;

function dropBoilerplateLines(text: string, removed: Removal[]): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && t.length <= 120 && BOILERPLATE_LINE.test(t)) {
      removed.push({ text: t, reason: 'boilerplate-line' });
      continue;
    }
    out.push(line);
  }
  return tidy(out.join('\n'));
}

/** Depth of the element tree under `root` (iterative: safe on any depth). */
function treeDepth(root: Element | null): number {
  if (!root) return 0;
  let max = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    if (d > max) max = d;
    if (max > htmlSettings.maxReadabilityDepth) return max;
    for (const c of Array.from(el.children)) stack.push([c, d + 1]);
  }
  return max;
}

/** Fallback body: the element whose direct <p> children hold the most text, from a fresh parse. */
function densestBlock(html: string): string {
  const doc = parse(html);
  if (treeDepth(doc.body) > htmlSettings.maxReadabilityDepth) return '';
  preClean(doc);
  let best: Element | null = null;
  let bestLen = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const parent = p.parentElement;
    if (!parent || (parent as Element & { __seen?: boolean }).__seen) continue;
    (parent as Element & { __seen?: boolean }).__seen = true;
    let len = 0;
    for (const c of Array.from(parent.children))
      if (c.tagName === 'P') len += (c.textContent ?? '').trim().length;
    if (len > bestLen) {
      bestLen = len;
      best = parent;
    }
  }
  return best ? nodeToText(best as unknown as Parameters<typeof nodeToText>[0]) : '';
}
