/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds with fast-xml-parser. Each item/entry is one document.
 * A feed that is not well-formed XML is cut into its `<item>`/`<entry>` elements and each is parsed
 * alone, so one broken entry costs only itself.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../model/problems.js';
import { decodeEntities, fragmentToText } from './fragment.js';

export interface FeedEntry {
  /** `file#entryN`, N from 1. */
  input: string;
  n: number;
  title: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  /** The item's own outlet: RSS `<source>`, Atom `<source><title>` (aggregator feeds); null when absent. */
  source: string | null;
  /** The body as the feed gives it: HTML markup, or plain text. */
  body: { html: string } | { text: string } | null;
  /** Set when this entry could not be read. */
  error: string | null;
}

export interface Feed {
  kind: 'rss' | 'atom';
  title: string | null;
  entries: FeedEntry[];
}

const BODY_TAGS = ['content:encoded', 'content', 'description', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator'].includes(name),
  stopNodes: BODY_TAGS.map((t) => `*.${t}`),
});

type Obj = Record<string, unknown>;

export function readFeed(xml: string, input: string): Feed {
  const head = xml.slice(0, 4096);
  const kind: 'rss' | 'atom' = /<feed[\s>]/i.test(head) && !/<rss[\s>]|<rdf:RDF/i.test(head) ? 'atom' : 'rss';
  const valid = XMLValidator.validate(xml);
  if (valid === true) {
    const doc = parser.parse(xml) as Obj;
    if (kind === 'atom') {
      const feed = doc.feed as Obj | undefined;
      if (!feed) throw new InputError(input, 'no <feed> element', 'parse');
      return {
        kind,
        title: textOf(feed.title),
        entries: list(feed.entry).map((e, i) => entry(e, i + 1, input, kind)),
      };
    }
    const rdf = doc['rdf:RDF'] as Obj | undefined;
    const channel = ((doc.rss as Obj | undefined)?.channel ?? rdf?.channel) as Obj | undefined;
    if (!channel) throw new InputError(input, 'no <rss><channel> or <feed> element', 'parse');
    const items = list(channel.item).length ? list(channel.item) : list(rdf?.item);
    return { kind, title: textOf(channel.title), entries: items.map((e, i) => entry(e, i + 1, input, kind)) };
  }
  // Not well-formed: parse entry by entry.
  const tag = kind === 'atom' ? 'entry' : 'item';
  const re = new RegExp(`<${tag}[\\s>][\\s\\S]*?(?:</${tag}>|(?=<${tag}[\\s>])|$)`, 'gi');
  const chunks = xml.match(re) ?? [];
  if (!chunks.length) {
    throw new InputError(input, `malformed feed XML (${valid.err.msg}, line ${valid.err.line})`, 'parse');
  }
  const before = xml.slice(0, xml.search(new RegExp(`<${tag}[\\s>]`, 'i')));
  const titleM = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(before);
  const title = titleM ? plain(xmlText(titleM[1]!)) : null;
  const entries = chunks.map((chunk, i): FeedEntry => {
    const where = `${input}#entry${i + 1}`;
    const ok = XMLValidator.validate(chunk);
    if (ok !== true) return broken(where, i + 1, `malformed XML (${ok.err.msg})`);
    const parsed = parser.parse(chunk) as Obj;
    return entry(list(parsed[tag])[0], i + 1, input, kind);
  });
  return { kind, title, entries };
}

function entry(e: unknown, n: number, input: string, kind: 'rss' | 'atom'): FeedEntry {
  const where = `${input}#entry${n}`;
  if (!e || typeof e !== 'object') return broken(where, n, 'empty entry');
  const o = e as Obj;
  const title = textOf(o.title);
  let url: string | null = null;
  for (const l of list(o.link)) {
    if (typeof l === 'string' && l.trim()) url ??= l.trim();
    else if (l && typeof l === 'object') {
      const href = (l as Obj)['@_href'];
      const rel = (l as Obj)['@_rel'];
      if (typeof href === 'string' && (!rel || rel === 'alternate')) url ??= href;
    }
  }
  if (!url && typeof o.guid === 'string' && /^https?:\/\//.test(o.guid)) url = o.guid;
  if (!url && o.guid && typeof o.guid === 'object' && /^https?:\/\//.test(textOf(o.guid) ?? ''))
    url = textOf(o.guid);
  const published = textOf(o.pubDate) ?? textOf(o.published) ?? textOf(o['dc:date']) ?? textOf(o.updated);
  const authors = list(o.author)
    .map((a) =>
      a && typeof a === 'object' && 'name' in (a as Obj) ? textOf((a as Obj).name) : rssAuthor(textOf(a)),
    )
    .concat(list(o['dc:creator']).map(textOf))
    .filter((a): a is string => !!a);
  let body: FeedEntry['body'] = null;
  for (const tag of kind === 'atom' ? ['content', 'summary'] : BODY_TAGS) {
    const raw = o[tag];
    if (raw == null) continue;
    const isObj = typeof raw === 'object';
    const value = isObj ? (raw as Obj)['#text'] : raw;
    if (typeof value !== 'string' || !value.trim()) continue;
    const type = isObj ? String((raw as Obj)['@_type'] ?? '') : '';
    const content = type === 'xhtml' ? value : xmlText(value);
    if (!content.trim()) continue;
    body = type === 'text' ? { text: content } : { html: content };
    break;
  }
  const out: FeedEntry = {
    input: where,
    n,
    title: title ? plain(title) : null,
    url,
    published,
    byline: authors.length ? [...new Set(authors)].join(', ') : null,
    source: itemSource(o.source),
    body,
    error: null,
  };
  if (!body) out.error = 'entry has no content, content:encoded, description or summary';
  return out;
}

function broken(input: string, n: number, error: string): FeedEntry {
  return { input, n, title: null, url: null, published: null, byline: null, source: null, body: null, error };
}

/** RSS `<source url="…">Outlet</source>` or Atom `<source><title>Outlet</title>…</source>`. */
function itemSource(v: unknown): string | null {
  const first = list(v)[0];
  if (first && typeof first === 'object' && 'title' in (first as Obj))
    return plainOrNull(textOf((first as Obj).title));
  return plainOrNull(textOf(first));
}

function plainOrNull(s: string | null): string | null {
  return s ? plain(s) || null : null;
}

function list(v: unknown): unknown[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in (v as Obj)) return textOf((v as Obj)['#text']);
  return null;
}

/** RSS `<author>` is an e-mail address, often `jane@example.com (Jane Doe)`: keep the name. */
function rssAuthor(a: string | null): string | null {
  if (!a) return null;
  const m = /\(([^)]+)\)/.exec(a);
  return m ? m[1]!.trim() : a;
}

/** The text of a raw (stop-node) XML element: CDATA sections as they are, the rest entity-decoded. */
function xmlText(raw: string): string {
  let out = '';
  const re = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += decodeEntities(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return out + decodeEntities(raw.slice(last));
}

function plain(s: string): string {
  return /<[a-z][^>]*>/i.test(s) ? fragmentToText(s) : s.trim();
}
