import { afterAll, describe, expect, it } from 'vitest';
import { readAll, TmpDir, fakeExtractor } from './helpers.js';

const tmp = new TmpDir();
afterAll(() => tmp.remove());

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example &amp; Co News</title>
  <link>https://news.example/</link>
  <item>
    <title>Talks end after an hour</title>
    <link>https://news.example/talks</link>
    <pubDate>Mon, 02 Jun 2025 14:30:00 +0200</pubDate>
    <dc:creator>Jane Doe</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>The talks ended after an hour.</p><p>Both sides <b>agreed</b> to meet again.</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>Escaped description only</title>
    <link>https://news.example/second</link>
    <author>desk@news.example (Desk Editor)</author>
    <description>&lt;p&gt;Prisoners will be exchanged &amp;amp; bodies returned.&lt;/p&gt;</description>
  </item>
  <item>
    <title>No body at all</title>
    <link>https://news.example/empty</link>
  </item>
  <item>
    <title>Plain description</title>
    <description>Just plain text, no markup.</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Times</title>
  <entry>
    <title>Atom entry one</title>
    <link rel="alternate" href="https://atom.example/1"/>
    <updated>2025-06-03T08:00:00Z</updated>
    <author><name>Bob Roe</name></author>
    <content type="html">&lt;p&gt;First atom body.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Atom entry two</title>
    <link href="https://atom.example/2"/>
    <published>2025-06-04</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Second &amp; last.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <summary type="text">A text summary.</summary>
  </entry>
</feed>`;

describe('RSS 2.0', () => {
  it('makes one document per item with its metadata; a broken item is one problem naming file#entryN', async () => {
    const f = tmp.write('feed.rss', RSS);
    const { docs, problems } = await readAll([f]);
    expect(docs.map((d) => d.id)).toEqual(['feed-1', 'feed-2', 'feed-4']);
    expect(docs[0]).toMatchObject({
      format: 'rss',
      input: `${f}#entry1`,
      source: 'Example & Co News',
      title: 'Talks end after an hour',
      url: 'https://news.example/talks',
      published: '2025-06-02T12:30:00.000Z',
      byline: 'Jane Doe',
      text: 'The talks ended after an hour.\n\nBoth sides agreed to meet again.',
    });
    expect(docs[1]).toMatchObject({
      byline: 'Desk Editor',
      text: 'Prisoners will be exchanged & bodies returned.',
    });
    expect(docs[2]!.text).toBe('Just plain text, no markup.');
    expect(problems).toEqual([expect.objectContaining({ input: `${f}#entry3`, severity: 'skipped' })]);
  });

  it('a feed that is not well-formed XML keeps its good entries', async () => {
    const broken = RSS.replace(
      '<title>Escaped description only</title>',
      '<title>Escaped description only</titel>',
    ).replace('<title>Plain description</title>', '<title>Plain description & more</title>');
    const f = tmp.write('broken.xml', broken);
    const { docs, problems } = await readAll([f]);
    expect(docs.map((d) => d.title)).toEqual(['Talks end after an hour']);
    expect(docs[0]!.source).toBe('Example & Co News');
    expect(problems.map((p) => p.input)).toEqual([`${f}#entry2`, `${f}#entry3`, `${f}#entry4`]);
    expect(problems[0]!.message).toContain('malformed XML');
  });

  it('an item that holds a whole page goes through the HTML extractor', async () => {
    const page =
      '<html><head><title>P</title></head><body><nav>Menu</nav><article><p>Page body.</p></article></body></html>';
    const f = tmp.write(
      'pages.rss',
      `<rss version="2.0"><channel><title>T</title><item><title>Whole</title><description><![CDATA[${page}]]></description></item></channel></rss>`,
    );
    const { docs } = await readAll([f], { htmlExtractor: fakeExtractor(tmp) });
    expect(docs[0]).toMatchObject({ text: 'Page body.', title: 'Whole' });
  });

  it('a file with no item at all is one problem', async () => {
    const f = tmp.write('none.rss', '<rss version="2.0"><channel><title>Empty</title></channel></rss>');
    const { docs, problems } = await readAll([f]);
    expect(docs).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ input: f, code: 'empty' })]);
  });
});

describe('Atom', () => {
  it('makes one document per entry: html, xhtml and text content', async () => {
    const f = tmp.write('times.atom', ATOM);
    const { docs, problems } = await readAll([f]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.id, d.format, d.text])).toEqual([
      ['times-1', 'atom', 'First atom body.'],
      ['times-2', 'atom', 'Second & last.'],
      ['times-3', 'atom', 'A text summary.'],
    ]);
    expect(docs[0]).toMatchObject({
      source: 'Atom Times',
      url: 'https://atom.example/1',
      published: '2025-06-03T08:00:00Z',
      byline: 'Bob Roe',
    });
    expect(docs[1]).toMatchObject({ url: 'https://atom.example/2', published: '2025-06-04' });
  });
});
