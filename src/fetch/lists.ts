/**
 * Lists that expand to the URLs they name: RSS/Atom feeds (their items, via src/ingest/feeds.ts),
 * XML sitemaps and sitemap indexes (`<loc>`), and OPML subscription lists (`xmlUrl`).
 */
import { readFeed, type FeedEntry } from '../ingest/feeds.js';
import { decodeEntities } from '../ingest/fragment.js';

export type Listing =
  | { kind: 'feed'; title: string | null; entries: FeedEntry[] }
  | { kind: 'sitemap'; urls: string[] }
  | { kind: 'sitemap-index'; urls: string[] }
  | { kind: 'opml'; urls: string[] };

/** What kind of list the text is, by its root element; null for anything else (a page, a record). */
export function listKind(text: string): Listing['kind'] | null {
  const head = text.slice(0, 4096).replace(/<!--[\s\S]*?-->/g, '');
  const root = /<(?!\?|!)([A-Za-z][\w:.-]*)[\s>/]/.exec(head)?.[1]?.toLowerCase();
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
  if (root === 'urlset') return 'sitemap';
  if (root === 'sitemapindex') return 'sitemap-index';
  if (root === 'opml') return 'opml';
  return null;
}

/** Parses a list; throws InputError (via readFeed) for a feed without channel/entries. */
export function readList(text: string, input: string, base: string): Listing | null {
  const kind = listKind(text);
  switch (kind) {
    case null:
      return null;
    case 'feed': {
      const feed = readFeed(text, input);
      const entries = feed.entries.map((e) => ({ ...e, url: e.url ? absolute(e.url, base) : null }));
      return { kind, title: feed.title, entries };
    }
    case 'sitemap':
    case 'sitemap-index':
      return {
        kind,
        urls: uniqueUrls(
          [...text.matchAll(/<loc>\s*([\s\S]*?)\s*<\/loc>/gi)].map((m) => xmlValue(m[1]!)),
          base,
        ),
      };
    case 'opml':
      return {
        kind,
        urls: uniqueUrls(
          [...text.matchAll(/<outline\b[^>]*?\bxmlUrl\s*=\s*("([^"]*)"|'([^']*)')/gi)].map((m) =>
            decodeEntities(m[2] ?? m[3] ?? ''),
          ),
          base,
        ),
      };
  }
}

function xmlValue(s: string): string {
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(s.trim());
  return cdata ? cdata[1]!.trim() : decodeEntities(s.trim());
}

function absolute(u: string, base: string): string | null {
  try {
    return new URL(u, base).href;
  } catch {
    return null;
  }
}

function uniqueUrls(urls: string[], base: string): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    const a = absolute(u, base);
    if (a) out.add(a);
  }
  return [...out];
}
