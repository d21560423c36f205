import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher, fetchDocuments, refusalOf, retryAfterMs, urlId } from '../../src/fetch/index.js';
import type { RawDocument } from '../../src/model/document.js';
import type { Problem } from '../../src/model/problems.js';
import { ARTICLE, PARAGRAPHS, send, startServer, type TestServer } from './server.js';

// The one explicit setting that lets the fetcher reach the tests' own loopback server.
const LOCAL = { allowAddresses: ['127.0.0.1'], settings: { perHostDelayMs: 0, retryBaseMs: 10 } };

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer({
    '/robots.txt': send('User-agent: *\nDisallow: /private/\n', { 'content-type': 'text/plain' }),
  });
});
afterAll(() => srv.close());

describe('address guard', () => {
  it('allows only public unicast addresses, IPv4 and IPv6', () => {
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700::1111']) expect(refusalOf(a), a).toBeNull();
    for (const a of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '192.0.2.1',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'ff02::1',
      '::ffff:127.0.0.1',
      '::ffff:10.1.2.3',
      '64:ff9b::a00:1',
      '2002:a00:1::1',
    ])
      expect(refusalOf(a), a).not.toBeNull();
  });

  it('is on by default: refuses the loopback server and sends it nothing', async () => {
    srv.route('/page', send(ARTICLE('Talks', PARAGRAPHS('The mediator'))));
    const before = srv.requests.length;
    const r = await new Fetcher().fetch(srv.url('/page'));
    expect(r.kind).toBe('failed');
    expect(r.kind === 'failed' && r.code).toBe('refused');
    expect(r.kind === 'failed' && r.message).toMatch(/loopback/);
    const byName = await new Fetcher().fetch(`http://localhost:${srv.port}/page`);
    expect(byName.kind === 'failed' && byName.code).toBe('refused');
    expect(srv.requests.length).toBe(before);
  });

  it('refuses a redirect into a private range, by address and by name after DNS', async () => {
    srv.route('/to-private', send('', { location: 'http://10.20.30.40/admin' }, 302));
    srv.route('/to-name', send('', { location: 'http://intranet.example/' }, 301));
    srv.route('/to-metadata', send('', { location: 'http://[::ffff:169.254.169.254]/latest' }, 307));
    const resolved: string[] = [];
    const f = new Fetcher({
      ...LOCAL,
      resolve: async (host) => {
        resolved.push(host);
        return [{ address: '192.168.7.7', family: 4 }];
      },
    });
    for (const p of ['/to-private', '/to-name', '/to-metadata']) {
      const r = await f.fetch(srv.url(p));
      expect(r.kind, p).toBe('failed');
      expect(r.kind === 'failed' && r.code, p).toBe('refused');
    }
    expect(resolved).toContain('intranet.example');
  });

  it('refuses a name that resolves to a mix of public and private addresses', async () => {
    const f = new Fetcher({
      settings: { perHostDelayMs: 0 },
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ],
    });
    const r = await f.fetch('http://mixed.example/');
    expect(r.kind === 'failed' && r.code).toBe('refused');
  });

  it('fetches http and https only, without credentials', async () => {
    const f = new Fetcher(LOCAL);
    for (const u of [
      'file:///etc/passwd',
      'ftp://example.com/x',
      'gopher://example.com/',
      `http://user:pw@127.0.0.1:${srv.port}/`,
    ]) {
      const r = await f.fetch(u);
      expect(r.kind === 'failed' && r.code, u).toBe('refused');
    }
  });
});

describe('fetcher', () => {
  it('sends an identifying User-Agent and follows redirects to the final URL', async () => {
    srv.route('/old', send('', { location: '/new' }, 301));
    srv.route('/new', send(ARTICLE('New', PARAGRAPHS('The envoy'))));
    const r = await new Fetcher(LOCAL).fetch(srv.url('/old'));
    expect(r.kind).toBe('ok');
    expect(r.url).toBe(srv.url('/new'));
    const req = srv.requests.find((q) => q.path === '/new')!;
    expect(req.headers['user-agent']).toMatch(/^Corroborate\/\d+\.\d+\.\d+ \(/);
  });

  it('stops after too many redirects', async () => {
    srv.route('/loop', send('', { location: '/loop' }, 302));
    const r = await new Fetcher(LOCAL).fetch(srv.url('/loop'));
    expect(r.kind === 'failed' && r.code).toBe('redirects');
  });

  it('honours robots.txt, fetching it once per host', async () => {
    srv.route('/private/a', send('secret'));
    const f = new Fetcher(LOCAL);
    const before = srv.requests.filter((q) => q.path === '/robots.txt').length;
    const r = await f.fetch(srv.url('/private/a'));
    expect(r.kind === 'failed' && r.code).toBe('robots');
    expect(srv.requests.some((q) => q.path === '/private/a')).toBe(false);
    await f.fetch(srv.url('/new'));
    await f.fetch(srv.url('/new'));
    expect(srv.requests.filter((q) => q.path === '/robots.txt').length - before).toBe(1);
  });

  it('makes conditional requests: ETag and Last-Modified give 304 not-modified', async () => {
    srv.route('/etag', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, {
        etag: '"v1"',
        'last-modified': 'Mon, 01 Jun 2026 10:00:00 GMT',
        'content-type': 'text/plain',
      });
      res.end('body');
    });
    const f = new Fetcher(LOCAL);
    const first = await f.fetch(srv.url('/etag'));
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.etag).toBe('"v1"');
    const second = await f.fetch(srv.url('/etag'), { etag: first.etag, lastModified: first.lastModified });
    expect(second.kind).toBe('not-modified');
    const sent = srv.requests.filter((q) => q.path === '/etag').at(-1)!;
    expect(sent.headers['if-modified-since']).toBe('Mon, 01 Jun 2026 10:00:00 GMT');
  });

  it('decompresses gzip, deflate and brotli bodies', async () => {
    const text = 'compressed body '.repeat(100);
    srv.route('/gz', send(zlib.gzipSync(text), { 'content-encoding': 'gzip', 'content-type': 'text/plain' }));
    srv.route(
      '/df',
      send(zlib.deflateSync(text), { 'content-encoding': 'deflate', 'content-type': 'text/plain' }),
    );
    srv.route(
      '/br',
      send(zlib.brotliCompressSync(text), { 'content-encoding': 'br', 'content-type': 'text/plain' }),
    );
    const f = new Fetcher(LOCAL);
    for (const p of ['/gz', '/df', '/br']) {
      const r = await f.fetch(srv.url(p));
      expect(r.kind === 'ok' && r.body.toString(), p).toBe(text);
    }
    expect(srv.requests.find((q) => q.path === '/gz')!.headers['accept-encoding']).toMatch(/gzip/);
  });

  it('cuts off huge bodies (declared, streamed, and a gzip bomb)', async () => {
    const big = Buffer.alloc(300_000, 0x61);
    srv.route('/huge-declared', send(big, { 'content-type': 'text/plain' }));
    srv.route('/huge-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 30; i++) res.write(Buffer.alloc(10_000, 0x62));
      res.end();
    });
    srv.route('/bomb', send(zlib.gzipSync(Buffer.alloc(5_000_000)), { 'content-encoding': 'gzip' }));
    const f = new Fetcher({ ...LOCAL, settings: { ...LOCAL.settings, maxBodyBytes: 100_000 } });
    for (const p of ['/huge-declared', '/huge-chunked', '/bomb']) {
      const r = await f.fetch(srv.url(p));
      expect(r.kind === 'failed' && r.code, p).toBe('too-large');
    }
  });

  it('gives up on a slow body after the time limit', async () => {
    srv.route('/slow', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('starting…');
      const t = setTimeout(() => res.end('done'), 5_000);
      res.on('close', () => clearTimeout(t));
    });
    const f = new Fetcher({ ...LOCAL, settings: { ...LOCAL.settings, requestTimeoutMs: 300, retries: 0 } });
    const t0 = Date.now();
    const r = await f.fetch(srv.url('/slow'));
    expect(r.kind === 'failed' && r.code).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it('retries 503 and 429 with backoff, honouring Retry-After; a long Retry-After is not waited for', async () => {
    let n = 0;
    srv.route('/flaky', (_req, res) => {
      n++;
      if (n === 1) res.writeHead(503, { 'retry-after': '2' }).end();
      else if (n === 2) res.writeHead(429).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('finally');
    });
    srv.route('/busy', send('', { 'retry-after': '3600' }, 503));
    const waits: number[] = [];
    const f = new Fetcher({ ...LOCAL, sleep: async (ms) => void waits.push(ms) });
    const r = await f.fetch(srv.url('/flaky'));
    expect(r.kind === 'ok' && r.body.toString()).toBe('finally');
    expect(waits).toEqual([2000, 20]); // Retry-After: 2 s, then the second backoff step (10 ms x 2)
    waits.length = 0;
    const busy = await f.fetch(srv.url('/busy'));
    expect(busy.kind === 'failed' && busy.status).toBe(503);
    expect(waits).toEqual([]);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT'))).toBe(
      60_000,
    );
  });

  it('keeps a delay between requests to one host, and the Crawl-delay robots.txt asks for', async () => {
    const other = await startServer({
      '/robots.txt': send('User-agent: Corroborate\nCrawl-delay: 0.3\n', { 'content-type': 'text/plain' }),
      '/p': send('x', { 'content-type': 'text/plain' }),
    });
    try {
      const f = new Fetcher({
        ...LOCAL,
        settings: { ...LOCAL.settings, perHostDelayMs: 100, perHostConcurrency: 4 },
      });
      await Promise.all([1, 2, 3].map(() => f.fetch(other.url('/p'))));
      const starts = other.requests.filter((q) => q.path === '/p').map((q) => q.at);
      expect(starts).toHaveLength(3);
      for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(280);
    } finally {
      await other.close();
    }
  });
});

async function collect(urls: string[], extra: Parameters<typeof fetchDocuments>[1] = {}) {
  const docs: RawDocument[] = [];
  const problems: Problem[] = [];
  for await (const d of fetchDocuments(urls, {
    ...LOCAL,
    htmlWorkers: 0,
    onProblem: (p) => problems.push(p),
    ...extra,
  }))
    docs.push(d);
  return { docs, problems };
}

describe('fetchDocuments: pages, feeds, sitemaps, OPML', () => {
  it('reads a page with the charset its header names', async () => {
    const html = ARTICLE(
      'Переговоры',
      'Министр иностранных дел заявил во вторник, что переговоры в Женеве продолжатся второй день после того, как делегации не смогли согласовать текст соглашения о прекращении огня.',
    );
    srv.route(
      '/cp1251',
      send(iconv.encode(html.replace('<meta charset="utf-8">', ''), 'windows-1251'), {
        'content-type': 'text/html; charset=windows-1251',
      }),
    );
    const { docs, problems } = await collect([srv.url('/cp1251')]);
    expect(problems).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text).toContain('Министр иностранных дел');
    expect(docs[0]!.url).toBe(srv.url('/cp1251'));
    expect(docs[0]!.id).toBe(urlId(srv.url('/cp1251')));
  });

  it("expands a feed to its items; an item's own <source> is its outlet; a failed item falls back to the feed's text", async () => {
    srv.route('/a1', send(ARTICLE('Geneva talks extended', PARAGRAPHS('The UN envoy'))));
    srv.route(
      '/a2',
      send(
        ARTICLE(
          'Talks go on',
          PARAGRAPHS('A spokesman'),
          '<meta property="og:site_name" content="Page Outlet">',
        ),
      ),
    );
    srv.route(
      '/feed.xml',
      send(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Aggregator</title>
<item><title>Geneva talks extended</title><link>${srv.url('/a1')}</link><source url="https://wire.example/">Wire Agency</source><pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate></item>
<item><title>Talks go on</title><link>${srv.url('/a2')}</link></item>
<item><title>Gone</title><link>${srv.url('/missing')}</link><description>The item page is gone, but the feed carries a summary of the ceasefire talks in Geneva long enough to read.</description></item>
</channel></rss>`,
        { 'content-type': 'application/rss+xml' },
      ),
    );
    const { docs, problems } = await collect([srv.url('/feed.xml')]);
    expect(docs.map((d) => d.source)).toEqual(['Wire Agency', 'Page Outlet', 'Aggregator']);
    expect(docs[0]!.published).toMatch(/^2026-06-02/);
    expect(docs[0]!.text).toContain('The UN envoy said');
    expect(docs[2]!.text).toContain('feed carries a summary');
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['http', 'warning']]);
  });

  it('expands a sitemap and an OPML list of feeds, skipping URLs already stored', async () => {
    srv.route(
      '/sitemap.xml',
      send(
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${srv.url('/a1')}</loc></url><url><loc>${srv.url('/a2')}</loc></url></urlset>`,
        { 'content-type': 'application/xml' },
      ),
    );
    srv.route(
      '/subs.opml',
      send(
        `<?xml version="1.0"?><opml version="2.0"><body><outline text="Agg" type="rss" xmlUrl="${srv.url('/feed.xml')}"/></body></opml>`,
        { 'content-type': 'text/x-opml' },
      ),
    );
    const site = await collect([srv.url('/sitemap.xml')]);
    expect(site.docs.map((d) => d.url)).toEqual([srv.url('/a1'), srv.url('/a2')]);
    const opml = await collect([srv.url('/subs.opml')], { skip: (u) => u.endsWith('/a2') });
    expect(opml.docs.map((d) => d.source)).toEqual(['Wire Agency', 'Aggregator']);
  });

  it('remembers validators through the state store: a second poll of an unchanged feed reads nothing', async () => {
    srv.route('/etag-feed', (req, res) => {
      if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"f1"', 'content-type': 'application/rss+xml' });
      res.end(
        `<rss><channel><title>T</title><item><title>x</title><link>${srv.url('/a1')}</link></item></channel></rss>`,
      );
    });
    const states = new Map<string, { etag: string | null; lastModified: string | null }>();
    const state = {
      getFetchState: async (u: string) => states.get(u) ?? null,
      putFetchState: async (u: string, s: { etag: string | null; lastModified: string | null }) =>
        void states.set(u, s),
    };
    const outcomes: string[] = [];
    const one = await collect([srv.url('/etag-feed')], {
      state,
      onFetched: (_u, o) => outcomes.push(`${o.result}:${o.documents}`),
    });
    const two = await collect([srv.url('/etag-feed')], {
      state,
      onFetched: (_u, o) => outcomes.push(`${o.result}:${o.documents}`),
    });
    expect(one.docs).toHaveLength(1);
    expect(two.docs).toHaveLength(0);
    expect(outcomes).toEqual(['ok:1', 'not-modified:0']);
  });

  it('never reads a local file named by a fetched record', async () => {
    srv.route(
      '/records.json',
      send(
        JSON.stringify([
          { path: '/etc/hostname' },
          { text: 'A record with its own text, which is fine to read as a report.' },
        ]),
        { 'content-type': 'application/json' },
      ),
    );
    const { docs, problems } = await collect([srv.url('/records.json')]);
    expect(docs).toHaveLength(1);
    expect(problems.some((p) => /local file/.test(p.message))).toBe(true);
  });
});

describe('feed item outlets (src/ingest/feeds.ts)', () => {
  it("reads an Atom entry's <source><title> and an RSS item's <source> as the item's outlet", async () => {
    const { readFeed } = await import('../../src/ingest/feeds.js');
    const atom = readFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Agg</title><entry><title>T</title><link href="https://x.example/1"/><source><title>Original Daily</title></source><content type="text">Body</content></entry></feed>`,
      'a.xml',
    );
    expect(atom.entries[0]!.source).toBe('Original Daily');
    const rss = readFeed(
      `<rss><channel><title>Agg</title><item><title>T</title><source url="https://w.example/">Wire &amp; Co</source><description>Body</description></item><item><title>U</title><description>Body</description></item></channel></rss>`,
      'r.xml',
    );
    expect(rss.entries.map((e) => e.source)).toEqual(['Wire & Co', null]);
  });
});
