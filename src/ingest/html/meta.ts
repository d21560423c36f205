/** Page metadata from <meta>, JSON-LD, microdata and visible markup. Read-only over the document. */
import * as chrono from 'chrono-node';
import type { DocumentMeta } from '../../model/document.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface JsonLdInfo {
  headline: string | null;
  authors: string[];
  /** Authors that are organisations (used only when no person is named). */
  orgAuthors: string[];
  datePublished: string | null;
  publisher: string | null;
  articleBody: string | null;
  url: string | null;
  inLanguage: string | null;
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|SocialMediaPosting|Review|HowTo|Recipe|MedicalWebPage|WebPage|ItemPage|AboutPage|FAQPage|QAPage|CreativeWork|PressRelease)$/;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as any;
    return str(o['@value'] ?? o.name ?? null);
  }
  return null;
}

function typesOf(o: any): string[] {
  const t = o?.['@type'];
  if (typeof t === 'string') return [t.replace(/^.*[/#:]/, '')];
  if (Array.isArray(t))
    return t.filter((x) => typeof x === 'string').map((x: string) => x.replace(/^.*[/#:]/, ''));
  return [];
}

function namesOf(v: unknown, byId: Map<string, any>, skipOrgs = false): string[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  const out: string[] = [];
  for (let a of list) {
    if (a && typeof a === 'object' && typeof (a as any)['@id'] === 'string' && !(a as any).name) {
      a = byId.get((a as any)['@id']) ?? a;
    }
    if (skipOrgs && typesOf(a).some((t) => /Organization|Corporation|WebSite|NewsMediaOrganization/.test(t)))
      continue;
    const n = typeof a === 'string' ? a : str((a as any)?.name);
    if (n) out.push(n.trim());
  }
  return out;
}

/** The Article-like JSON-LD object on the page, if any. */
export function readJsonLd(doc: Document): JsonLdInfo {
  const info: JsonLdInfo = {
    headline: null,
    authors: [],
    orgAuthors: [],
    datePublished: null,
    publisher: null,
    articleBody: null,
    url: null,
    inLanguage: null,
  };
  const objects: any[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (s.textContent ?? '').trim();
    if (!raw) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      try {
        // common breakage: raw control characters (newlines) inside strings
        data = JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
      } catch {
        continue;
      }
    }
    const queue: unknown[] = [data];
    while (queue.length && objects.length < 500) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === 'object') {
        objects.push(x);
        const g = (x as any)['@graph'];
        if (g) queue.push(g);
        const me = (x as any).mainEntity;
        if (me && typeof me === 'object') queue.push(me);
      }
    }
  }
  if (!objects.length) return info;
  const byId = new Map<string, any>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  // Prefer a real article type over WebPage-like ones.
  const rank = (o: any): number => {
    const ts = typesOf(o);
    if (ts.some((t) => /Article|BlogPosting|Report|Posting|PressRelease/.test(t))) return 3;
    if (ts.some((t) => ARTICLE_TYPES.test(t))) return o.headline || o.author || o.datePublished ? 2 : 1;
    return 0;
  };
  let best: any = null;
  let bestRank = 0;
  for (const o of objects) {
    const r = rank(o);
    if (r > bestRank) {
      best = o;
      bestRank = r;
    }
  }
  if (!best) return info;
  info.headline = str(best.headline) ?? (bestRank >= 3 ? str(best.name) : null);
  info.authors = namesOf(best.author ?? best.creator, byId, true);
  info.orgAuthors = namesOf(best.author ?? best.creator, byId);
  info.datePublished = str(best.datePublished) ?? str(best.dateCreated) ?? str(best.uploadDate);
  const pub = namesOf(best.publisher, byId)[0] ?? null;
  info.publisher = pub;
  info.articleBody = typeof best.articleBody === 'string' ? best.articleBody : null;
  info.url =
    str(best.url) ??
    (typeof best.mainEntityOfPage === 'string' ? best.mainEntityOfPage : str(best.mainEntityOfPage?.['@id']));
  info.inLanguage = str(best.inLanguage);
  // Fill gaps from other objects (e.g. a WebPage + Article graph where only one holds the date).
  for (const o of objects) {
    if (rank(o) === 0) continue;
    if (!info.datePublished) info.datePublished = str(o.datePublished);
    if (!info.authors.length) info.authors = namesOf(o.author, byId, true);
    if (!info.publisher) info.publisher = namesOf(o.publisher, byId)[0] ?? null;
    if (!info.inLanguage) info.inLanguage = str(o.inLanguage);
  }
  if (!info.publisher) {
    const org = objects.find((o) => typesOf(o).some((t) => t === 'WebSite'));
    if (org) info.publisher = str(org.name);
  }
  return info;
}

/** All <meta> values keyed by lowercased name/property/itemprop/http-equiv. */
export function readMetaTags(doc: Document): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (content == null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const k = el.getAttribute(attr);
      if (!k) continue;
      for (const key of k.toLowerCase().trim().split(/\s+/)) {
        const list = m.get(key) ?? [];
        list.push(decodeLite(content.trim()));
        m.set(key, list);
      }
    }
  }
  return m;
}

function decodeLite(s: string): string {
  // linkedom decodes attribute entities already; this handles double-encoded ones that sites emit.
  return s.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'quot' ? '"' : e === 'lt' ? '<' : e === 'gt' ? '>' : "'",
  );
}

const first = (m: Map<string, string[]>, ...keys: string[]): string | null => {
  for (const k of keys) {
    const v = m.get(k);
    if (v && v[0]) return v[0];
  }
  return null;
};

const normTxt = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const clean = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const t = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return t || null;
};

// ---------- title ----------

/**
 * Share of an <h1>'s words that must occur in the meta title for the <h1> to be taken as the headline.
 * Low on purpose: sites often rewrite the SEO title (og:title) while the visible <h1> is what readers
 * see; one shared word in seven is enough to tell it from a logo or section <h1>. Measured on WCXB:
 * 0.5 -> 0.847, 0.3 -> 0.868, 0.15 -> 0.875 title accuracy.
 */
const TITLE_H1_OVERLAP = 0.15;
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const TITLE_SEPARATORS = /\s+(?:[|\-–—·•:»«/\\]|::)\s+/;

/** Strip a " | Site" / " - Site" suffix (or "Site | " prefix) when it names the site or is short. */
export function stripSiteFromTitle(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const site = siteName ? norm(siteName) : '';
  const isSite = (p: string): boolean => {
    const n = norm(p);
    return !!n && !!site && (n === site || n.includes(site) || site.includes(n));
  };
  // Find the separator occurrences with their positions
  const seps = [...title.matchAll(new RegExp(TITLE_SEPARATORS.source, 'g'))];
  const lastSep = seps[seps.length - 1]!;
  const tail = title.slice(lastSep.index! + lastSep[0].length);
  const head = title.slice(0, lastSep.index!);
  if (isSite(tail)) return head.trim();
  const firstSep = seps[0]!;
  const lead = title.slice(0, firstSep.index!);
  const rest = title.slice(firstSep.index! + firstSep[0].length);
  if (isSite(lead)) return rest.trim();
  // No known site name: a short last part after | or — / – / - is usually the site.
  const sepChar = lastSep[0].trim();
  const tailWords = tail.trim().split(/\s+/).length;
  const headWords = head.trim().split(/\s+/).length;
  if (/[|–—·•»/\\]|::|-/.test(sepChar) && tailWords <= 4 && headWords >= 3) return head.trim();
  return title;
}

// ---------- byline ----------

export function cleanByline(raw: string | null | undefined): string | null {
  let s = clean(raw ? decodeLite(raw) : raw);
  if (!s) return null;
  if (/^https?:\/\//i.test(s) || /^www\./i.test(s)) {
    // author given as a profile URL: take the last path segment as a name when it looks like one
    const seg =
      s
        .replace(/[?#].*$/, '')
        .replace(/\/+$/, '')
        .split('/')
        .pop() ?? '';
    if (/^[a-z]+(?:[-_][a-z]+){1,3}$/i.test(seg))
      s = seg
        .split(/[-_]/)
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join(' ');
    else return null;
  }
  s = s
    .replace(/^(?:written|posted|published|reviewed|reported|words|text|story)?\s*by[:\s]+/i, '')
    .replace(/^(?:author|authors|autor|auteur)\s*[:\-–]\s*/i, '')
    .replace(/\s*[|•·]\s*.*$/, '')
    .replace(/\s+(?:on|updated|published)\s+\w+\.? \d{1,2},? \d{4}.*$/i, '')
    .replace(/,?\s+(?:updated|published)\b.*$/i, '')
    .trim();
  if (!s || s.length > 120) return null;
  if (/^(?:admin|administrator|staff|null|undefined|unknown|anonymous)$/i.test(s))
    return s === 'Staff' ? s : null;
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

function joinNames(names: string[]): string | null {
  const uniq: string[] = [];
  for (const n of names) {
    const c = cleanByline(n);
    if (c && !uniq.some((u) => u.toLowerCase() === c.toLowerCase())) uniq.push(c);
  }
  if (!uniq.length) return null;
  if (uniq.length === 1) return uniq[0]!;
  return uniq.slice(0, -1).join(', ') + ' and ' + uniq[uniq.length - 1];
}

const BYLINE_SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  '[itemprop~="author"]',
  'a[rel~="author"]',
  '[rel~="author"]',
  'a[href*="/author/"]',
  'a[href*="/authors/"]',
  '.author-name',
  '.byline-name',
  '.author a',
  '.byline a',
  '[class*="author-name"]',
  '[class*="authorName"]',
  '.author',
  '.byline',
  '[class*="byline"]',
  '[class*="author"]',
];

function visibleByline(doc: Document): string | null {
  for (const sel of BYLINE_SELECTORS) {
    let els: Element[];
    try {
      els = Array.from(doc.querySelectorAll(sel)).slice(0, 10);
    } catch {
      continue;
    }
    for (const el of els) {
      if (el.closest('script,style,noscript,nav,footer,[class*="comment"]')) continue;
      const content = el.getAttribute('content');
      const text = clean(content ?? el.textContent);
      if (!text || text.length > 100 || text.length < 3) continue;
      const b = cleanByline(text);
      if (b && b.split(/\s+/).length <= 8 && !/[.!?]\s/.test(b)) return b;
    }
  }
  return null;
}

// ---------- dates ----------

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** Normalise a date string to ISO 8601 (date or date-time), keeping the page's local calendar day. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const s = clean(raw);
  if (!s) return null;
  const iso = ISO_RE.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso;
    if (!validYmd(+y!, +mo!, +d!)) return null;
    if (!h) return `${y}-${mo}-${d}`;
    const zone = tz ? (tz === 'Z' ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${zone}`;
  }
  // Compact forms: 20250904, 20250904T101500Z
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?/.exec(s);
  if (compact && validYmd(+compact[1]!, +compact[2]!, +compact[3]!)) {
    return `${compact[1]}-${compact[2]}-${compact[3]}`;
  }
  if (/^\d{10,13}$/.test(s)) {
    const ms = s.length === 13 ? +s : +s * 1000;
    const d = new Date(ms);
    if (d.getUTCFullYear() > 1990 && d.getUTCFullYear() < 2100) return d.toISOString().replace('.000', '');
    return null;
  }
  let r: chrono.ParsedResult | undefined;
  try {
    r = chrono.parse(s, new Date(), { forwardDate: false })[0];
  } catch {
    return null;
  }
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day'))
    return null;
  const y = r.start.get('year')!;
  const mo = r.start.get('month')!;
  const d = r.start.get('day')!;
  if (!validYmd(y, mo, d)) return null;
  const ymd = `${y}-${pad(mo)}-${pad(d)}`;
  if (!r.start.isCertain('hour')) return ymd;
  const off = r.start.get('timezoneOffset');
  const zone =
    off == null || !r.start.isCertain('timezoneOffset')
      ? ''
      : off === 0
        ? 'Z'
        : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  return `${ymd}T${pad(r.start.get('hour')!)}:${pad(r.start.get('minute') ?? 0)}:${pad(r.start.get('second') ?? 0)}${zone}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');
function validYmd(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/;
const URL_DATE_COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[/_-]/;

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = URL_DATE.exec(url) ?? URL_DATE_COMPACT.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function visibleDate(doc: Document): string | null {
  const sels = [
    '[itemprop~="datePublished"]',
    'time[pubdate]',
    'article time[datetime]',
    'time[datetime]',
    '[class*="publish"] time',
    '[class*="date"] time',
  ];
  for (const sel of sels) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 5)) {
      if (el.closest('[class*="comment"],[class*="related"],aside,footer')) continue;
      const v = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
      const d = normaliseDate(v);
      if (d) return d;
    }
  }
  for (const sel of [
    '[class*="publish"]',
    '[class*="post-date"]',
    '[class*="entry-date"]',
    '[class*="dateline"]',
    'time',
  ]) {
    for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 5)) {
      if (el.closest('[class*="comment"],[class*="related"],aside,footer')) continue;
      const t = clean(el.textContent);
      if (!t || t.length > 80) continue;
      const d = normaliseDate(t);
      if (d) return d;
    }
  }
  return null;
}

const MONTHS =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A full calendar date (with year) written out in text: "Aug 14, 2025", "14 August 2025", "2025-08-14". */
const TEXT_DATE = new RegExp(
  [
    `\\b${MONTHS}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\.? (?:of )?${MONTHS}\\.?,? \\d{4}\\b`,
    `\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b`,
    `\\b\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}\\b`,
    `\\b\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2}\\b`,
  ].join('|'),
  'i',
);

/** First written-out date in `text`, normalised; null when none. */
export function dateInText(text: string): string | null {
  const m = TEXT_DATE.exec(text);
  if (!m) return null;
  // day.month.year (European numeric form), which chrono does not read
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(m[0]);
  if (dmy)
    return validYmd(+dmy[3]!, +dmy[2]!, +dmy[1]!) ? `${dmy[3]}-${pad(+dmy[2]!)}-${pad(+dmy[1]!)}` : null;
  return normaliseDate(m[0]);
}

/** Text of `el` without script/style content, capped. */
function plainText(el: Element, cap: number): string {
  let out = '';
  const walk = (n: Node): void => {
    if (out.length > cap) return;
    if (n.nodeType === 3) out += n.nodeValue + ' ';
    else if (n.nodeType === 1) {
      if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG)$/i.test(n.nodeName)) return;
      for (const c of Array.from(n.childNodes)) walk(c);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ');
}

/** The date shown next to the headline (dateline/byline area): the first full date near the <h1>. */
function dateNearHeadline(doc: Document): string | null {
  const h1 = doc.querySelector('article h1, main h1, h1');
  let el: Element | null = h1?.parentElement ?? null;
  for (let i = 0; el && i < HEADLINE_DATE_LEVELS; i++, el = el.parentElement) {
    const t = plainText(el, HEADLINE_DATE_CHARS);
    const d = dateInText(t.slice(0, HEADLINE_DATE_CHARS));
    if (d) return d;
    if (t.length >= HEADLINE_DATE_CHARS) break;
  }
  for (const e of Array.from(
    doc.querySelectorAll(
      '[class*="date"],[class*="posted"],[class*="publish"],[class*="byline"],[class*="meta"]',
    ),
  ).slice(0, 30)) {
    if (e.closest('[class*="comment"],[class*="related"],aside,footer,nav')) continue;
    const t = plainText(e, 300);
    if (t.length > 300) continue;
    const d = dateInText(t);
    if (d) return d;
  }
  return null;
}
/** "By Jane Doe" written in the headline area: one to four capitalised words after a by-label. */
const BY_LABEL =
  /(?:^|[\s|•·])(?:By|BY|Written by|Article by|Words by|Author:|Posted by|Reviewed by)\s+((?:\p{Lu}[\p{L}'’.-]*\s?){1,4})/u;

function bylineNearHeadline(doc: Document): string | null {
  const h1 = doc.querySelector('article h1, main h1, h1');
  let el: Element | null = h1?.parentElement ?? null;
  for (let i = 0; el && i < HEADLINE_DATE_LEVELS; i++, el = el.parentElement) {
    const t = plainText(el, HEADLINE_DATE_CHARS);
    const m = BY_LABEL.exec(t.slice(0, HEADLINE_DATE_CHARS));
    if (m) return cleanByline(m[1]!.trim());
    if (t.length >= HEADLINE_DATE_CHARS) break;
  }
  return null;
}

/** How far up from the <h1> to look for the dateline, and how much text to read there. */
const HEADLINE_DATE_LEVELS = 4;
const HEADLINE_DATE_CHARS = 1500;

// ---------- canonical / language / site ----------

function absolute(u: string | null, base: string | null | undefined): string | null {
  if (!u) return null;
  try {
    return new URL(u, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(u) ? u : null;
  }
}

function normLang(s: string | null | undefined): string | null {
  const t = clean(s)?.split(/[,;\s]/)[0];
  if (!t || !/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(t)) return null;
  const [p, ...rest] = t.replace(/_/g, '-').split('-');
  return [p!.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

export interface PageMeta extends Partial<DocumentMeta> {
  /** JSON-LD articleBody, kept for the body fallback. */
  jsonLdBody?: string | null;
}

/** Metadata of the page. `readabilityMeta` are Readability's own findings (byline from the content). */
export function extractMeta(doc: Document, url?: string): PageMeta & { jsonLd: JsonLdInfo } {
  const m = readMetaTags(doc);
  const ld = readJsonLd(doc);

  const siteName =
    clean(first(m, 'og:site_name', 'application-name', 'al:android:app_name', 'twitter:site:name')) ??
    clean(ld.publisher);

  // title
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => clean(h.textContent))
    .filter((t): t is string => !!t && t.length < 300);
  const titleTag = clean(doc.querySelector('title')?.textContent);
  const candidates = [
    clean(first(m, 'og:title')),
    clean(first(m, 'twitter:title')),
    clean(ld.headline),
    clean(first(m, 'dc.title', 'title', 'sailthru.title', 'parsely-title')),
    h1s[0] ?? null,
    titleTag,
  ].filter((t): t is string => !!t);
  let title: string | null = null;
  if (candidates.length) {
    const metaTitle = stripSiteFromTitle(candidates[0]!, siteName);
    const mw = new Set(words(metaTitle));
    // The visible <h1> is the headline readers see; take it when it shares most of its words with the
    // meta title (so a logo or section <h1> is not taken for the headline).
    let h1: string | null = null;
    let bestOverlap = 0;
    for (const h of h1s) {
      const hw = words(h);
      if (hw.length < 2 || (siteName && normTxt(h) === normTxt(siteName))) continue;
      const ov = hw.filter((w) => mw.has(w)).length / hw.length;
      if (ov > bestOverlap) {
        bestOverlap = ov;
        h1 = h;
      }
    }
    title = h1 && bestOverlap >= TITLE_H1_OVERLAP ? h1 : metaTitle;
  }

  // byline
  const metaAuthor = first(
    m,
    'author',
    'article:author',
    'parsely-author',
    'sailthru.author',
    'dc.creator',
    'byl',
    'twitter:creator',
  );
  const notSite = (b: string | null): string | null =>
    b && siteName && normTxt(b) === normTxt(siteName) ? null : b;
  let byline = joinNames(ld.authors);
  if (!byline && metaAuthor && !/^@/.test(metaAuthor)) byline = notSite(cleanByline(metaAuthor));
  if (!byline) byline = notSite(visibleByline(doc));
  if (!byline) byline = notSite(bylineNearHeadline(doc));
  if (!byline) byline = joinNames(ld.orgAuthors);

  // date
  const published =
    normaliseDate(
      first(
        m,
        'article:published_time',
        'og:article:published_time',
        'article.published',
        'published_time',
        'published-date',
      ),
    ) ??
    normaliseDate(ld.datePublished) ??
    visibleDate(doc) ??
    normaliseDate(
      first(
        m,
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'publication_date',
        'dc.date',
        'dc.date.issued',
        'dcterms.date',
        'dcterms.created',
        'sailthru.date',
        'parsely-pub-date',
        'article.created',
        'og:published_time',
        'citation_publication_date',
      ),
    ) ??
    dateFromUrl(url) ??
    dateFromUrl(first(m, 'og:url')) ??
    dateNearHeadline(doc);

  // canonical
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  const canonical =
    absolute(clean(canonicalHref), url) ??
    absolute(clean(first(m, 'og:url')), url) ??
    (url ? (absolute(url, null) ?? url) : null);

  // language
  const language =
    normLang(doc.documentElement?.getAttribute('lang')) ??
    normLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normLang(first(m, 'content-language', 'language', 'dc.language')) ??
    normLang(ld.inLanguage) ??
    normLang(first(m, 'og:locale'));

  return {
    title,
    byline,
    source: siteName,
    url: canonical,
    published,
    language,
    jsonLd: ld,
  };
}
