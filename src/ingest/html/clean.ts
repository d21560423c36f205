/** Pre-cleaning: drop page furniture by tag, ARIA role and class/id vocabulary before Readability scores the page. */
import type { Removal } from '../../model/document.js';
import { htmlSettings } from '../../settings/html.js';

/** Tags that are never article text. */
const DROP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'DIALOG',
]);
/** Tags that are page furniture by their HTML meaning. */
const FURNITURE_TAGS: Record<string, string> = {
  NAV: 'navigation',
  FOOTER: 'footer',
  ASIDE: 'aside',
  FORM: 'form',
};
const FURNITURE_ROLES: Record<string, string> = {
  navigation: 'navigation',
  banner: 'banner',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'search',
  dialog: 'dialog',
  alertdialog: 'dialog',
  menu: 'navigation',
  menubar: 'navigation',
};

/**
 * Class/id vocabulary of page furniture (general web vocabulary, not site-specific). A token of the
 * element's class or id (split on -, _, space and camelCase) that starts with one of the prefixes, or
 * equals one of the exact words, marks it. Value = removal reason.
 */
const PREFIX_VOCAB: Array<[string, string]> = [
  ['share', 'share-widget'],
  ['sharing', 'share-widget'],
  ['social', 'share-widget'],
  ['newsletter', 'newsletter'],
  ['subscri', 'subscribe'],
  ['signup', 'subscribe'],
  ['related', 'related'],
  ['recommend', 'related'],
  ['trending', 'related'],
  ['popular', 'related'],
  ['mostread', 'related'],
  ['outbrain', 'related'],
  ['taboola', 'related'],
  ['cookie', 'cookie-notice'],
  ['consent', 'cookie-notice'],
  ['gdpr', 'cookie-notice'],
  ['advert', 'advertisement'],
  ['sponsor', 'advertisement'],
  ['promo', 'advertisement'],
  ['breadcrumb', 'navigation'],
  ['disqus', 'comments'],
  ['sidebar', 'aside'],
  ['popup', 'dialog'],
  ['modal', 'dialog'],
];
const EXACT_VOCAB: Record<string, string> = {
  ad: 'advertisement',
  ads: 'advertisement',
  adv: 'advertisement',
  dfp: 'advertisement',
  comment: 'comments',
  comments: 'comments',
  respond: 'comments',
  nav: 'navigation',
  navbar: 'navigation',
  menu: 'navigation',
  skip: 'navigation',
  toc: 'navigation',
  pagination: 'navigation',
  tags: 'tags',
  tagcloud: 'tags',
};

const PROTECTED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function tokens(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The furniture reason for a class/id string, or null. */
export function furnitureReason(classAndId: string): string | null {
  for (const t of tokens(classAndId)) {
    const exact = EXACT_VOCAB[t];
    if (exact) return exact;
    for (const [p, reason] of PREFIX_VOCAB) if (t.startsWith(p)) return reason;
  }
  return null;
}

function record(removed: Removal[], el: Element, reason: string): void {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (t) removed.push({ text: t.slice(0, htmlSettings.maxRemovalChars), reason });
}

/** Characters of paragraph prose (text of <p> outside links) inside `el`. */
function proseChars(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const t = (p.textContent ?? '').length;
    if (t < 80) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
    if (linked / t < 0.5) n += t;
  }
  return n;
}

export interface CleanOptions {
  /** Drop elements by class/id vocabulary (else only by tag and role). */
  vocab?: boolean;
}

/** Removes furniture from `doc` in place; returns what was removed. */
export function preClean(doc: Document, opts: CleanOptions = {}): Removal[] {
  const removed: Removal[] = [];
  const body = doc.body;
  if (!body) return removed;
  const all = Array.from(body.querySelectorAll('*'));
  // one pass: drop never-text elements first, so they do not count in the page's text
  for (const el of all) if (DROP_TAGS.has(el.tagName.toUpperCase())) el.remove();
  const total = (body.textContent ?? '').length || 1;
  for (const el of all) {
    if (!el.parentNode || PROTECTED.has(el.tagName)) continue;
    // already detached with an ancestor?
    if (!el.isConnected) continue;
    let reason: string | null = FURNITURE_TAGS[el.tagName] ?? null;
    let byVocab = false;
    if (!reason) {
      const role = el.getAttribute('role');
      if (role) reason = FURNITURE_ROLES[role.toLowerCase()] ?? null;
    }
    if (
      !reason &&
      (el.hasAttribute('hidden') ||
        /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? ''))
    ) {
      reason = 'hidden';
    }
    if (!reason && opts.vocab !== false) {
      const ci = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (ci.length > 1) reason = furnitureReason(ci);
      byVocab = !!reason;
    }
    if (!reason) continue;
    const len = (el.textContent ?? '').length;
    // a class word can name a wrapper of the whole page; a <nav> or role=navigation cannot
    if (byVocab && len / total > htmlSettings.maxFurnitureShare) continue;
    if (len >= htmlSettings.furnitureProseChars && proseChars(el) >= htmlSettings.furnitureProseChars)
      continue;
    if (len) record(removed, el, reason);
    el.remove();
  }
  return removed;
}
