import { describe, expect, it } from 'vitest';
import {
  extractHtml,
  normaliseDate,
  stripSiteFromTitle,
  cleanByline,
  dateFromUrl,
} from '../../src/ingest/html/index.js';

const PARAS = [
  'The river rose three metres overnight and flooded the lower town, officials said on Tuesday morning.',
  'Rescue teams evacuated more than two hundred residents from houses along the embankment before dawn.',
  'The regional governor said the water level would keep rising until the afternoon, when the rain should ease.',
  'Schools in the district will stay closed for the rest of the week while engineers inspect the bridges.',
];

function page(
  opts: { head?: string; before?: string; after?: string; body?: string; htmlAttrs?: string } = {},
): string {
  const body = opts.body ?? PARAS.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html ${opts.htmlAttrs ?? 'lang="en"'}><head><title>Floods hit the lower town | Daily Example</title>${opts.head ?? ''}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue.</div>
${opts.before ?? ''}
<article>
<h1>Floods hit the lower town</h1>
${body}
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</article>
<aside class="related-articles"><h3>Related stories</h3><ul><li><a href="/a">Storm warning issued for the coast</a></li><li><a href="/b">Dam repairs finished early</a></li></ul></aside>
${opts.after ?? ''}
<footer><p>Copyright 2024 Daily Example. All rights reserved. Terms of use.</p></footer>
</body></html>`;
}

describe('extractHtml body', () => {
  it('keeps the paragraphs, separated by blank lines, and drops the furniture', () => {
    const r = extractHtml(page());
    const paras = r.text.split('\n\n');
    for (const p of PARAS) expect(paras).toContain(p);
    for (const junk of [
      'Home',
      'cookies',
      'Share on Facebook',
      'Related stories',
      'Storm warning',
      'Copyright',
    ])
      expect(r.text).not.toContain(junk);
    expect(r.removed.map((x) => x.reason)).toEqual(
      expect.arrayContaining(['navigation', 'cookie-notice', 'footer']),
    );
  });

  it('puts headings and list items on their own lines', () => {
    const body = `<p>${PARAS[0]}</p><h2>What happens next</h2><p>${PARAS[1]}</p>
      <ul><li>Schools stay closed on Wednesday</li><li>Bridges are inspected on Thursday</li></ul><p>${PARAS[2]}</p><p>${PARAS[3]}</p>`;
    const lines = extractHtml(page({ body })).text.split('\n');
    expect(lines).toContain('What happens next');
    expect(lines).toContain('Schools stay closed on Wednesday');
    expect(lines).toContain('Bridges are inspected on Thursday');
  });

  it('never lets scripts or styles into the text and decodes entities', () => {
    const body =
      PARAS.map((p) => `<p>${p}</p>`).join('') +
      `<script>var secret = "SCRIPTLEAK";</script><style>.x{color:red} /* STYLELEAK */</style>` +
      `<p>Fish &amp; chips cost &pound;5 &mdash; &quot;cheap&quot; at&nbsp;the&#160;port &#x263A; said the vendor in the market square today.</p>`;
    const t = extractHtml(page({ body })).text;
    expect(t).not.toMatch(/SCRIPTLEAK|STYLELEAK|color:red/);
    expect(t).toContain('Fish & chips cost £5 — "cheap" at the port ☺');
  });

  it('keeps an article wrapped in a furniture-looking container when it holds prose', () => {
    const body = `<div class="ad-container">${PARAS.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const t = extractHtml(page({ body })).text;
    for (const p of PARAS) expect(t).toContain(p);
  });

  it('drops figure captions and boilerplate lines inside the article', () => {
    const body =
      `<p>${PARAS[0]}</p><figure><img src="x.jpg"><figcaption>Residents wade through the water (Image: Getty)</figcaption></figure>` +
      `<p>${PARAS[1]}</p><p>Advertisement</p><p>${PARAS[2]}</p><p>Updated 10:48, Tue, Nov 19, 2019</p><p>${PARAS[3]}</p>`;
    const r = extractHtml(page({ body }));
    expect(r.text).not.toMatch(/Residents wade|Advertisement|Updated 10:48/);
    for (const p of PARAS) expect(r.text).toContain(p);
    expect(r.removed.map((x) => x.reason)).toEqual(expect.arrayContaining(['caption', 'boilerplate-line']));
  });

  it('returns empty text for empty input and for pages with no article', () => {
    expect(extractHtml('').text).toBe('');
    expect(extractHtml('   ').text).toBe('');
    const nav = `<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><footer>© 2024</footer></body></html>`;
    expect(extractHtml(nav).text).toBe('');
  });

  it('falls back to JSON-LD articleBody when the page body has no article', () => {
    const body = PARAS.join(' ');
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Floods',
      articleBody: body,
    })}</script></head><body><div id="app"></div></body></html>`;
    expect(extractHtml(html).text).toBe(body);
  });
});

describe('extractHtml metadata', () => {
  const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

  it('title: og:title, h1, and <title> with the site suffix stripped', () => {
    expect(
      extractHtml(page({ head: '<meta property="og:title" content="Floods hit the lower town">' })).meta
        .title,
    ).toBe('Floods hit the lower town');
    // no meta title: <title> without " | Daily Example", confirmed by the <h1>
    expect(extractHtml(page()).meta.title).toBe('Floods hit the lower town');
    const noH1 = `<html><head><title>River floods the lower town - Daily Example</title></head><body><p>x</p></body></html>`;
    expect(extractHtml(noH1).meta.title).toBe('River floods the lower town');
    const ldOnly = `<html><head>${ld({ '@type': 'NewsArticle', headline: 'Headline from JSON-LD' })}</head><body></body></html>`;
    expect(extractHtml(ldOnly).meta.title).toBe('Headline from JSON-LD');
    const tw = `<html><head><meta name="twitter:title" content="Twitter card headline"></head><body></body></html>`;
    expect(extractHtml(tw).meta.title).toBe('Twitter card headline');
  });

  it('byline: JSON-LD author, meta author, rel=author, byline class; "By" removed; URLs refused', () => {
    const a = extractHtml(
      page({
        head: ld({
          '@type': 'NewsArticle',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { name: 'Bo Li' }],
        }),
      }),
    );
    expect(a.meta.byline).toBe('Ana Ruiz and Bo Li');
    expect(extractHtml(page({ head: '<meta name="author" content="By Jane Doe">' })).meta.byline).toBe(
      'Jane Doe',
    );
    expect(extractHtml(page({ before: '<a rel="author" href="/staff/jd">John Smith</a>' })).meta.byline).toBe(
      'John Smith',
    );
    expect(extractHtml(page({ before: '<div class="byline">By Maria Lopez</div>' })).meta.byline).toBe(
      'Maria Lopez',
    );
    expect(cleanByline('https://example.com/')).toBeNull();
    expect(cleanByline('Written by Sam Park | Reporter')).toBe('Sam Park');
  });

  it('site name: og:site_name, else the JSON-LD publisher', () => {
    expect(
      extractHtml(page({ head: '<meta property="og:site_name" content="Daily Example">' })).meta.source,
    ).toBe('Daily Example');
    expect(
      extractHtml(
        page({
          head: ld({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Example Media' } }),
        }),
      ).meta.source,
    ).toBe('Example Media');
  });

  it('canonical URL: link rel=canonical, og:url, else opts.url', () => {
    expect(
      extractHtml(page({ head: '<link rel="canonical" href="/news/floods">' }), {
        url: 'https://ex.com/amp/floods?x=1',
      }).meta.url,
    ).toBe('https://ex.com/news/floods');
    expect(
      extractHtml(page({ head: '<meta property="og:url" content="https://ex.com/n/1">' })).meta.url,
    ).toBe('https://ex.com/n/1');
    expect(extractHtml(page(), { url: 'https://ex.com/p' }).meta.url).toBe('https://ex.com/p');
  });

  it('publication time from each source, as ISO 8601 keeping the local day', () => {
    const d = (head: string, before = '', url?: string): string | null | undefined =>
      extractHtml(page({ head, before }), url ? { url } : {}).meta.published;
    expect(d('<meta property="article:published_time" content="2024-03-05T23:30:00-05:00">')).toBe(
      '2024-03-05T23:30:00-05:00',
    );
    expect(d(ld({ '@type': 'NewsArticle', datePublished: '2024-03-06T08:00:00Z' }))).toBe(
      '2024-03-06T08:00:00Z',
    );
    expect(d('', '<time datetime="2024-03-07">7 March</time>')).toBe('2024-03-07');
    expect(d('<meta name="date" content="March 8, 2024">')).toBe('2024-03-08');
    expect(d('', '<span itemprop="datePublished" content="2024-03-09T10:00:00+01:00"></span>')).toBe(
      '2024-03-09T10:00:00+01:00',
    );
    expect(d('', '', 'https://ex.com/2024/03/10/floods')).toBe('2024-03-10');
    expect(d('')).toBeNull();
  });

  it('language: <html lang>, else content-language', () => {
    expect(extractHtml(page({ htmlAttrs: 'lang="en_GB"' })).meta.language).toBe('en-GB');
    expect(
      extractHtml(page({ htmlAttrs: '', head: '<meta http-equiv="content-language" content="fr">' })).meta
        .language,
    ).toBe('fr');
  });

  it('helpers: dates, URL dates, site suffixes', () => {
    expect(normaliseDate('2024-03-05 10:00:00')).toBe('2024-03-05T10:00:00');
    expect(normaliseDate('Tue, 05 Mar 2024 10:00:00 GMT')).toBe('2024-03-05T10:00:00Z');
    expect(normaliseDate('not a date')).toBeNull();
    expect(normaliseDate('2024-13-45')).toBeNull();
    expect(dateFromUrl('https://ex.com/2024/03/10/x')).toBe('2024-03-10');
    expect(dateFromUrl('https://ex.com/x-123')).toBeNull();
    expect(stripSiteFromTitle('Floods hit the town | Daily Example', 'Daily Example')).toBe(
      'Floods hit the town',
    );
    expect(stripSiteFromTitle('Daily Example — Floods hit the town', 'Daily Example')).toBe(
      'Floods hit the town',
    );
    expect(stripSiteFromTitle('Floods: what we know', null)).toBe('Floods: what we know');
  });
});

describe('extractHtml robustness', () => {
  it('never throws on random bytes, truncated pages, deep nesting or odd input', () => {
    let seed = 12345;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const full = page({ head: '<meta property="og:title" content="T">' });
    const inputs: unknown[] = [
      null,
      undefined,
      42,
      {},
      '<',
      '<html',
      '<!--',
      '<script>',
      '&#xFFFFFFF;',
      '<a href="javascript:">x</a>',
    ];
    for (let i = 0; i < 60; i++) {
      const n = Math.floor(rnd() * 3000);
      inputs.push(Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256))).toString('latin1'));
      inputs.push(full.slice(0, Math.floor(rnd() * full.length)));
      const a = Math.floor(rnd() * full.length);
      inputs.push(full.slice(0, a) + full.slice(a + Math.floor(rnd() * 200)));
    }
    inputs.push('<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000));
    inputs.push('<html><body><table><tr><td><p>unclosed' + '<b><i>'.repeat(500));
    for (const x of inputs) {
      const r = extractHtml(x as string, { url: 'not a url' });
      expect(typeof r.text).toBe('string');
      expect(Array.isArray(r.removed)).toBe(true);
    }
  });

  it('handles a huge page', () => {
    const big = page({
      body: Array.from({ length: 20000 }, (_, i) => `<p>${PARAS[i % 4]} (${i})</p>`).join(''),
    });
    const r = extractHtml(big);
    expect(r.text.length).toBeGreaterThan(100_000);
  });
});
