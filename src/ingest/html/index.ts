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
    return extract(
      html.length > htmlSettings.maxHtmlChars ? html.slice(0, htmlSettings.maxHtmlChars) : html,
      url,
    );
  } catch {
    // Last resort: whatever metadata/text we can get must not crash the batch.
    return { text: '', meta: meta0, removed: [] };
  }
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
