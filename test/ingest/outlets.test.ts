import { afterAll, describe, expect, it } from 'vitest';
import { readAll, TmpDir } from './helpers.js';
import { siteOf } from '../../src/ingest/feeds.js';
import { outletNamer } from '../../src/report/outlets.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';

const tmp = new TmpDir('corroborate-outlets-');
afterAll(() => tmp.remove());

const item = (title: string, link: string, source = '') =>
  `<item><title>${title}</title><link>${link}</link>${source}<description>Body of ${title}, long enough to read.</description></item>`;

describe('outlets of reports that name none', () => {
  it('the site of a URL is its host without www', () => {
    expect(siteOf('https://www.reuters.com/world/x')).toBe('reuters.com');
    expect(siteOf('http://news.bbc.co.uk/1/hi')).toBe('news.bbc.co.uk');
    expect(siteOf('ftp://x.example/')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it("an RSS item's own <source> is its outlet, not the aggregator feed's title", async () => {
    const f = tmp.write(
      'agg.rss',
      `<rss version="2.0"><channel><title>Aggregator Top Stories</title>
      ${item('One', 'https://news.aggregator.example/a1', '<source url="https://www.wire.example">Wire Service</source>')}
      ${item('Two', 'https://news.aggregator.example/a2', '<source url="https://daily.example/rss"></source>')}
      ${item('Three', 'https://news.aggregator.example/a3')}
      </channel></rss>`,
    );
    const { docs } = await readAll([f]);
    expect(docs.map((d) => d.source)).toEqual(['Wire Service', 'daily.example', 'Aggregator Top Stories']);
  });

  it("an Atom entry's <source> names the original feed", async () => {
    const f = tmp.write(
      'planet.atom',
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet</title>
      <entry><title>E1</title><link href="https://planet.example/1"/><source><title>Harbour Gazette</title><link href="https://gazette.example/"/></source><content type="text">First entry body.</content></entry>
      <entry><title>E2</title><link href="https://planet.example/2"/><source><link href="https://www.ledger.example/feed"/></source><content type="text">Second entry body.</content></entry>
      </feed>`,
    );
    const { docs } = await readAll([f]);
    expect(docs.map((d) => d.source)).toEqual(['Harbour Gazette', 'ledger.example']);
  });

  it("an aggregator's items that link to several sites take each item's site; one outlet's feed keeps its title", async () => {
    const agg = tmp.write(
      'mixed.rss',
      `<rss version="2.0"><channel><title>Reader Picks</title>
      ${item('A', 'https://www.herald.example/a')}${item('B', 'https://courier.example/b')}
      </channel></rss>`,
    );
    expect((await readAll([agg])).docs.map((d) => d.source)).toEqual(['herald.example', 'courier.example']);
    const own = tmp.write(
      'own.rss',
      `<rss version="2.0"><channel><title>The Herald</title>
      ${item('A', 'https://www.herald.example/a')}${item('B', 'https://herald.example/b')}
      </channel></rss>`,
    );
    expect((await readAll([own])).docs.map((d) => d.source)).toEqual(['The Herald', 'The Herald']);
  });

  it('a text report with a URL and no Source line takes the URL site; an explicit Source line wins', async () => {
    tmp.write('m/a.txt', 'The council met on Monday and approved the budget.');
    tmp.write('m/b.txt', 'Source: Valley Gazette\n\nThe council met on Monday.');
    const manifest = tmp.write(
      'm/manifest.jsonl',
      '{"path":"a.txt","url":"https://www.courier.example/council"}\n{"path":"b.txt","url":"https://gazette.example/x"}\n',
    );
    const { docs } = await readAll([manifest]);
    expect(docs.map((d) => [d.id, d.source])).toEqual([
      ['a', 'courier.example'],
      ['b', 'Valley Gazette'],
    ]);
  });

  it('--source (defaultSource) names what nothing else names, and only that', async () => {
    const a = tmp.write('d/a.txt', 'Nothing names the outlet of this report.');
    const b = tmp.write('d/b.txt', 'Source: Named Outlet\n\nThis one names it.');
    const { docs } = await readAll([a, b], { defaultSource: 'Desk Archive' });
    expect(docs.map((d) => d.source)).toEqual(['Desk Archive', 'Named Outlet']);
    expect((await readAll([a])).docs[0]!.source).toBeNull();
  });
});

describe('outlet names in reports', () => {
  it('a report with no outlet is "unnamed outlet N", never its file name', () => {
    const name = outletNamer([
      { id: '000_433938d81e40d497', source: null },
      { id: 'b', source: 'Wire' },
      { id: '002_ada644f3d14a6e7e', source: null },
    ]);
    expect(['000_433938d81e40d497', 'b', '002_ada644f3d14a6e7e'].map(name)).toEqual([
      'unnamed outlet 1',
      'Wire',
      'unnamed outlet 2',
    ]);
  });

  it('the Markdown report names outlets, not file names, in its quotes', () => {
    const raw = (id: string, text: string, source: string | null) => ({
      id,
      input: `${id}.txt`,
      format: 'text' as const,
      source,
      title: null,
      url: null,
      published: '2025-06-02',
      byline: null,
      language: 'en',
      text,
      removed: [],
    });
    const report = analyzeDocuments([
      raw('000_433938d81e40d497', 'The storm killed 12 people in the port city of Halden on Monday.', null),
      raw('001_fd97e8f0f252003c', 'The storm killed 30 people in the port city of Halden on Monday.', 'Wire'),
    ]);
    const md = renderMarkdown(report);
    expect(md).not.toMatch(/000\\?_433938d81e40d497:/);
    expect(md).toContain('unnamed outlet 1');
  });
});
