/** renderHtml on a hand-built report (test/web/fixture.ts): structure, provenance links, escaping, CSP. */
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/model/report.js';
import { renderHtml } from '../../src/report/html.js';
import { evidence, fixtureReport } from './fixture.js';

const DATA_BLOCK = /<script type="application\/json" id="documents">([\s\S]*?)<\/script>/;

function decodeAttr(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('renderHtml on the seeds fixture', () => {
  const report = fixtureReport();
  const html = renderHtml(report);

  it('the fixture itself is a valid report@1', () => {
    expect(() => ReportSchema.parse(report)).not.toThrow();
  });

  it('puts every dispute before any claim list, with the values marked inside their quotes', () => {
    const cards = [...html.matchAll(/<article class="dispute"/g)].map((m) => m.index);
    expect(cards).toHaveLength(4);
    const claims = html.indexOf('>Corroborated <span');
    expect(claims).toBeGreaterThan(0);
    for (const at of cards) expect(at).toBeLessThan(claims);
    // the value text is marked where it occurs in the quote
    expect(html).toContain('<mark>mediated by Turkey</mark>');
    expect(html).toContain('<mark>U.S.-mediated</mark>');
    // a value that is not a substring of its quote leaves the whole quote unmarked (no false mark)
    expect(html).not.toContain('<mark>6,000 in total, 3,000 from each country</mark>');
  });

  it('links every quote to its document and exact offsets', () => {
    const texts = new Map(report.documents.map((d) => [d.id, d.text]));
    const links = [
      ...html.matchAll(
        /<a class="quote"[^>]*data-doc="([^"]+)" data-start="(\d+)" data-end="(\d+)"[^>]*>“([\s\S]*?)”<\/a>/g,
      ),
    ];
    const quotes = report.stories[0]!.disputes.flatMap((d) => d.positions.flatMap((p) => p.evidence)).length;
    expect(links.length).toBeGreaterThanOrEqual(quotes + report.stories[0]!.claims.length - 4);
    for (const [, doc, s, e, inner] of links) {
      const text = texts.get(decodeAttr(doc!));
      expect(text, `no document ${doc}`).toBeDefined();
      const shown = decodeAttr(inner!.replace(/<\/?mark>/g, ''));
      expect(text!.slice(Number(s), Number(e))).toBe(shown);
    }
  });

  it('shows the outlet names, attribution, hedges, entity variants, timeline and framing bars', () => {
    for (const o of ['Kyiv Wire', 'Anadolu Desk']) expect(html).toContain(o);
    expect(html).toContain('according to Rustem Umerov');
    expect(html).toMatch(/class="hedged">hedged</);
    expect(html).toContain('also: Zelenskyy, Zelensky, Zelesnkyy');
    expect(html).toContain('<time>2025-06-02</time>');
    expect(html).toMatch(/class="bar[^"]*" role="img" aria-label="40% of 22"/);
    // the coverage matrix: a disputed claim's rival outlet contradicts it, a silent one does not mention it
    expect(html).toMatch(/<table class="matrix">/);
    expect(html).toContain('aria-label="contradicts it"');
    expect(html).toContain('aria-label="does not mention it"');
  });

  it('carries the documents as an inert JSON block and a CSP pinning the inline script', () => {
    const data = JSON.parse(DATA_BLOCK.exec(html)![1]!) as Record<string, { text: string }>;
    expect(Object.keys(data)).toHaveLength(5);
    expect(data[report.documents[0]!.id]!.text).toBe(report.documents[0]!.text);
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(inline).digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
  });

  it('renders many stories with a story nav', () => {
    const one = report.stories[0]!;
    const two: Report = { ...report, stories: [one, { ...one, id: 'story-2', title: 'Another story' }] };
    const out = renderHtml(two);
    expect(out).toMatch(/<nav aria-label="Stories" class="overview-nav">/);
    expect(out).toContain('href="#story-1"');
    expect((out.match(/<section class="story"/g) ?? []).length).toBe(2);
  });
});

describe('renderHtml on hostile reports', () => {
  const P = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;
  const base = fixtureReport();
  const doc = { ...base.documents[0]! };
  const quote = `He said ${P} and </script><script>window.__pwned=3</script> then left\u2028.`;
  doc.text = `${doc.text}\n${quote}`;
  doc.title = `Title ${P}`;
  doc.source = `Outlet ${P}`;
  doc.url = 'javascript:window.__pwned=4';
  doc.byline = `By ${P}`;
  const docs = [doc, { ...base.documents[1]!, url: 'data:text/html,<script>alert(1)</script>' }];
  const ev = evidence(docs, doc.id, quote);
  const ev2 = evidence(docs, docs[1]!.id, docs[1]!.text.slice(0, 40));
  const story = base.stories[0]!;
  const hostile: Report = {
    schema: base.schema,
    documents: docs,
    stories: [
      {
        ...story,
        title: `Story ${P}`,
        documents: docs.map((d) => d.id),
        disputes: [
          {
            id: 'x',
            kind: 'other',
            about: `about ${P}`,
            positions: [
              { value: P, normalized: `n ${P}`, evidence: [ev], attribution: `attr ${P}` },
              { value: 'v', normalized: '"><script>window.__pwned=5</script>', evidence: [ev2] },
            ],
          },
        ],
        claims: [
          { id: 'c', statement: `claim ${P}`, status: 'single-source', evidence: [ev], attribution: [P] },
        ],
        entities: [{ id: 'e', name: `Name ${P}`, type: `t${P}`, aliases: [P, 'x'], documents: [doc.id] }],
        timeline: [{ date: `d${P}`, event: P, evidence: [ev] }],
        framing: [
          {
            document: doc.id,
            source: P,
            sentences: 3,
            attributedShare: 0.5,
            hedges: [{ term: P, count: 1 }],
            loadedTerms: [{ term: P, count: 2 }],
          },
        ],
      },
    ],
  };
  const html = renderHtml(hostile);

  it('has exactly the two scripts it wrote and no markup from the payloads', () => {
    expect((html.match(/<script/gi) ?? []).length).toBe(2);
    expect(html).not.toMatch(/<img/i);
    // parsed as a browser would: no element from the payloads, no event-handler attribute, no script URL
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(2);
    expect(document.querySelectorAll('img, iframe, object, embed, svg script')).toHaveLength(0);
    for (const el of Array.from(document.querySelectorAll('*')))
      for (const a of Array.from(el.attributes)) {
        expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
        if (a.name === 'href' || a.name === 'src')
          expect(a.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    expect(html).not.toMatch(/(href|src)="\s*(javascript|data):/i);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('keeps the embedded JSON inside its script tag and its text intact', () => {
    const block = DATA_BLOCK.exec(html)![1]!;
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
    const data = JSON.parse(block) as Record<string, { text: string; url: string | null }>;
    expect(data[doc.id]!.text).toBe(doc.text);
    expect(data[doc.id]!.url).toBeNull();
    expect(data[docs[1]!.id]!.url).toBeNull();
  });
});

describe('a corroborated fact in the HTML report', () => {
  it('names the fact above its quotes (the clauses say more than what the outlets agree on); a statement claim does not', () => {
    const report = fixtureReport();
    const claims = report.stories[0]!.claims;
    const fact = claims.find((c) => c.id === 'corr-exchange')!;
    fact.scope = 'fact';
    fact.statement = 'how many <soldiers> (exchange): 6,000';
    const html = renderHtml(report);
    expect(html).toContain('<strong class="fact">how many &lt;soldiers&gt; (exchange): 6,000</strong><br>');
    expect(html).not.toContain('The reports mention Istanbul</strong>');
  });
});
