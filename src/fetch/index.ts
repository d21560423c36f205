/**
 * src/fetch: URLs -> raw documents. A URL is fetched (src/fetch/fetcher.ts: safe and polite); a feed,
 * sitemap or OPML list expands to the URLs it names, which are fetched in turn; a page or record is
 * read by src/ingest (same decoding, format detection and HTML extraction as files). Every failure is
 * one Problem naming the URL, and the batch goes on.
 */
import iconv from 'iconv-lite';
import { createBufferReader, type ReadOptions } from '../ingest/index.js';
import { fragmentToText, isWholePage, looksLikeHtml } from '../ingest/fragment.js';
import { detectLanguage } from '../ingest/language.js';
import { normalizeDate } from '../ingest/dates.js';
import type { FeedEntry } from '../ingest/feeds.js';
import type { DocumentMeta, RawDocument } from '../model/document.js';
import type { Problem } from '../model/problems.js';
import { ingestSettings } from '../settings/ingest.js';
import { Fetcher, type Conditional, type FetcherOptions, type FetchResult } from './fetcher.js';
import { readList } from './lists.js';

export { Fetcher, defaultUserAgent, retryAfterMs, charsetOf } from './fetcher.js';
export type { Conditional, FetchResult, FetcherOptions } from './fetcher.js';
export { RefusedError, refusalOf, addressAllowed } from './guard.js';
export { readList, listKind, type Listing } from './lists.js';

/** True for inputs that are URLs (http, https, or any other scheme the fetcher will refuse by name). */
export function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/** Where conditional-GET validators of earlier fetches are kept (the store implements it). */
export interface FetchStateStore {
  getFetchState(url: string): Promise<Conditional | null>;
  putFetchState(url: string, state: FetchStateRecord): Promise<void>;
}

export interface FetchStateRecord {
  etag: string | null;
  lastModified: string | null;
  status: string;
  fetchedAt: string;
}

export interface FetchInputsOptions
  extends FetcherOptions, Pick<ReadOptions, 'htmlWorkers' | 'perDocumentTimeoutMs' | 'htmlExtractor'> {
  /** A fetcher to share (its per-host queues and robots cache); one is made (and closed) otherwise. */
  fetcher?: Fetcher;
  onProblem?: (p: Problem) => void;
  /** Conditional GET for the URLs given (feeds, lists, pages): validators are read and written here. */
  state?: FetchStateStore;
  /** Item URLs (from feeds, sitemaps) for which this answers true are not fetched (already stored). */
  skip?: (url: string) => Promise<boolean> | boolean;
  /** Called once per top-level URL with what became of it (for a log line per poll). */
  onFetched?: (url: string, outcome: FetchOutcome) => void;
}

export interface FetchOutcome {
  result: FetchResult['kind'];
  documents: number;
  items: number;
  skippedItems: number;
}

interface ItemContext {
  /** The feed entry the URL came from (its outlet, title, date and body as fallbacks). */
  entry?: FeedEntry;
  feedTitle?: string | null;
  depth: number;
}

/** Fetches URLs (pages, feeds, sitemaps, OPML lists) and yields the documents they hold, in order. */
export async function* fetchDocuments(
  urls: string[],
  opts: FetchInputsOptions = {},
): AsyncGenerator<RawDocument> {
  const fetcher = opts.fetcher ?? new Fetcher(opts);
  const s = fetcher.settings;
  const reader = createBufferReader({
    ...(opts.htmlWorkers != null && { htmlWorkers: opts.htmlWorkers }),
    ...(opts.perDocumentTimeoutMs != null && { perDocumentTimeoutMs: opts.perDocumentTimeoutMs }),
    ...(opts.htmlExtractor && { htmlExtractor: opts.htmlExtractor }),
    maxInputBytes: s.maxBodyBytes,
  });
  const onProblem = opts.onProblem ?? (() => {});
  const ids = new Set<string>();
  const problem = (input: string, message: string, code: string, severity: Problem['severity'] = 'skipped') =>
    onProblem({ input, message, code, severity });

  /** Fetches one URL and reads it: documents, or the URLs of a list (with their entries). */
  async function load(
    url: string,
    ctx: ItemContext,
    conditional: Conditional | null,
  ): Promise<{ result: FetchResult; docs: RawDocument[]; items: Array<{ url: string; ctx: ItemContext }> }> {
    const result = await fetcher.fetch(url, conditional ?? {});
    if (result.kind !== 'ok') {
      if (result.kind === 'failed') {
        const fallback = ctx.entry ? entryDocument(ctx.entry, ctx.feedTitle ?? null, url) : null;
        if (fallback) {
          problem(url, `${result.message}; the feed's own text of the item is used`, result.code, 'warning');
          return { result, docs: [fallback], items: [] };
        }
        problem(url, result.message, result.code);
      }
      return { result, docs: [], items: [] };
    }
    const bytes = toUtf8(result.body, result.charset);
    const head = bytes.subarray(0, 4096).toString('utf8');
    let list = null;
    try {
      list = /^\s*(<\?xml|<!--|<rss|<feed|<rdf|<urlset|<sitemapindex|<opml)/i.test(head)
        ? readList(bytes.toString('utf8'), result.url, result.url)
        : null;
    } catch (e) {
      problem(url, e instanceof Error ? e.message : String(e), 'parse');
      return { result, docs: [], items: [] };
    }
    if (list) {
      if (ctx.depth >= s.maxListDepth) {
        problem(url, 'lists nest too deep; not followed', 'too-deep');
        return { result, docs: [], items: [] };
      }
      const depth = ctx.depth + 1;
      let items: Array<{ url: string; ctx: ItemContext }>;
      if (list.kind === 'feed') {
        items = [];
        const docs: RawDocument[] = [];
        for (const e of list.entries) {
          if (e.error && !e.url) problem(e.input.replace(/^[^#]*/, url), e.error, 'parse');
          else if (e.url) items.push({ url: e.url, ctx: { entry: e, feedTitle: list.title, depth } });
          else {
            const d = entryDocument(e, list.title, url);
            if (d) docs.push(d);
          }
        }
        return { result, docs, items: capped(items, url) };
      }
      items = list.urls.map((u) => ({ url: u, ctx: { depth } }));
      return { result, docs: [], items: capped(items, url) };
    }
    const name = nameFor(result.url, result.contentType);
    const read = await reader.read({ bytes, input: result.url, name });
    for (const p of read.problems) onProblem(p);
    return { result, docs: read.docs.map((d) => overlay(d, result.url, ctx)), items: [] };
  }

  function capped<T>(items: T[], url: string): T[] {
    if (items.length <= s.maxItemsPerList) return items;
    problem(url, `${items.length} items; the first ${s.maxItemsPerList} are taken`, 'too-many', 'warning');
    return items.slice(0, s.maxItemsPerList);
  }

  function named(d: RawDocument): RawDocument {
    let id = d.id;
    for (let k = 2; ids.has(id); k++) id = `${d.id}~${k}`;
    ids.add(id);
    return { ...d, id };
  }

  /** Yields the documents of one URL and of everything its list names, depth first, in order. */
  async function* walk(
    url: string,
    ctx: ItemContext,
    top: boolean,
  ): AsyncGenerator<RawDocument, FetchOutcome> {
    const conditional = top && opts.state ? await opts.state.getFetchState(url) : null;
    const { result, docs, items } = await load(url, ctx, conditional);
    const outcome: FetchOutcome = { result: result.kind, documents: 0, items: items.length, skippedItems: 0 };
    for (const d of docs) {
      outcome.documents++;
      yield named(d);
    }
    // Items are fetched a few at a time (the fetcher keeps each host's pace) and yielded in order.
    const todo: Array<{ url: string; ctx: ItemContext }> = [];
    for (const it of items) {
      if (opts.skip && (await opts.skip(it.url))) outcome.skippedItems++;
      else todo.push(it);
    }
    const window = Math.max(1, s.totalConcurrency);
    const pending: Array<Promise<Awaited<ReturnType<typeof load>>>> = [];
    let next = 0;
    const fill = () => {
      while (pending.length < window && next < todo.length) {
        const it = todo[next++]!;
        // nested lists (a sitemap index, an OPML list of feeds) are walked after their turn comes
        pending.push(load(it.url, it.ctx, null));
      }
    };
    fill();
    while (pending.length) {
      const got = await pending.shift()!;
      fill();
      for (const d of got.docs) {
        outcome.documents++;
        yield named(d);
      }
      if (got.items.length) {
        const sub = walkItems(got.items);
        let r = await sub.next();
        while (!r.done) {
          outcome.documents++;
          yield r.value;
          r = await sub.next();
        }
      }
    }
    if (top && opts.state && (result.kind === 'ok' || result.kind === 'not-modified')) {
      await opts.state.putFetchState(url, {
        etag: result.kind === 'ok' ? result.etag : (conditional?.etag ?? null),
        lastModified: result.kind === 'ok' ? result.lastModified : (conditional?.lastModified ?? null),
        status: result.kind,
        fetchedAt: new Date().toISOString(),
      });
    }
    return outcome;
  }

  /** The items of a nested list (a feed named by an OPML list, a sitemap named by an index). */
  async function* walkItems(items: Array<{ url: string; ctx: ItemContext }>): AsyncGenerator<RawDocument> {
    for (const it of items) {
      if (opts.skip && (await opts.skip(it.url))) continue;
      const sub = walk(it.url, it.ctx, false);
      let r = await sub.next();
      while (!r.done) {
        yield r.value;
        r = await sub.next();
      }
    }
  }

  try {
    for (const url of urls) {
      const gen = walk(url, { depth: 0 }, true);
      let r = await gen.next();
      while (!r.done) {
        yield r.value;
        r = await gen.next();
      }
      opts.onFetched?.(url, r.value);
    }
  } finally {
    await reader.close();
    if (!opts.fetcher) fetcher.close();
  }
}

/** Bytes in a charset the Content-Type header names are transcoded to UTF-8 (a BOM still wins). */
function toUtf8(body: Buffer, charset: string | null): Buffer {
  if (!charset || /^utf-?8$/i.test(charset) || !iconv.encodingExists(charset)) return body;
  const bom = body[0] === 0xef || body[0] === 0xfe || body[0] === 0xff;
  if (bom) return body;
  const label = /^(iso-8859-1|latin-?1|us-ascii|ascii)$/i.test(charset) ? 'windows-1252' : charset;
  return Buffer.from(iconv.decode(body, label), 'utf8');
}

const EXT_BY_TYPE: Array<[RegExp, string]> = [
  [/html/i, '.html'],
  [/(rss|atom|xml)/i, '.xml'],
  [/jsonl|ndjson/i, '.jsonl'],
  [/json/i, '.json'],
  [/markdown/i, '.md'],
  [/text\/plain/i, '.txt'],
];

/** A name for the reader: an id from the URL, and an extension from the Content-Type (else sniffed). */
export function nameFor(url: string, contentType: string | null): string {
  const ext = contentType ? EXT_BY_TYPE.find(([re]) => re.test(contentType))?.[1] : undefined;
  return `${urlId(url)}${ext ?? ''}`;
}

/** A readable id from a URL: host (without www.) and path, non-alphanumerics as '-', at most 80 chars. */
export function urlId(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'url';
  }
  const p = u.pathname.replace(/\.[a-z0-9]{1,5}$/i, '');
  const slug = `${u.hostname.replace(/^www\./, '')}${p}${u.search}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (slug.length > 80 ? slug.slice(slug.length - 80).replace(/^-+/, '') : slug) || 'url';
}

/**
 * Metadata of a fetched document: the feed item's own outlet (`<source>`) first, then what the page
 * says, then the feed's title, then the host. The URL is the page's (after redirects) unless the page
 * names its canonical URL; title, date and byline fall back to the feed entry's.
 */
function overlay(d: RawDocument, url: string, ctx: ItemContext): RawDocument {
  const e = ctx.entry;
  const host = new URL(url).hostname.replace(/^www\./, '');
  return {
    ...d,
    source: e?.source ?? d.source ?? ctx.feedTitle ?? host,
    url: d.url ?? url,
    title: d.title ?? e?.title ?? null,
    published: d.published ?? normalizeDate(e?.published ?? null),
    byline: d.byline ?? e?.byline ?? null,
  };
}

/** A document made from a feed entry's own body (no URL, or its page could not be fetched). */
function entryDocument(e: FeedEntry, feedTitle: string | null, feedUrl: string): RawDocument | null {
  if (!e.body) return null;
  let text: string;
  if ('text' in e.body) text = e.body.text.trim();
  else if (isWholePage(e.body.html)) return null;
  else text = looksLikeHtml(e.body.html) ? fragmentToText(e.body.html) : e.body.html.trim();
  if (!text) return null;
  const meta: DocumentMeta = {
    source: e.source ?? feedTitle,
    title: e.title,
    url: e.url,
    published: normalizeDate(e.published),
    byline: e.byline,
    language: detectLanguage(text, ingestSettings.minLanguageChars, ingestSettings.languageSampleChars),
  };
  return {
    id: urlId(e.url ?? `${feedUrl}#${e.n}`),
    input: e.url ?? `${feedUrl}#entry${e.n}`,
    format: 'rss',
    text,
    removed: [],
    ...meta,
  };
}
