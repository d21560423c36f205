import { describe, expect, it } from 'vitest';
import { analyzeDocuments, analyzeInputs } from '../../src/pipeline/analyze.js';
import { renderHtml, jsonForScript, safeUrl } from '../../src/report/html.js';
import { seedsDir } from '../helpers/paths.js';
import { hostileRaws } from './payloads.js';

describe('the HTML report', async () => {
  const { report } = await analyzeInputs([seedsDir]);
  const html = renderHtml(report);

  it('is one self-contained file with a strict CSP and no network references', () => {
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/,
    );
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/i);
  });

  it('shows the disputes before the claims, with values marked and every quote linked to its offsets', () => {
    expect(html.indexOf('class="dispute"')).toBeGreaterThan(0);
    expect(html.indexOf('class="dispute"')).toBeLessThan(html.indexOf('>Corroborated <span'));
    expect((html.match(/<article class="dispute"/g) ?? []).length).toBe(4);
    expect(html).toContain('<mark>3,000</mark>');
    const links = [...html.matchAll(/data-doc="([^"]+)" data-start="(\d+)" data-end="(\d+)"/g)];
    expect(links.length).toBeGreaterThan(20);
    const texts = new Map(report.documents.map((d) => [d.id, d.text]));
    for (const [, doc, s, e] of links)
      expect(texts.get(doc!)!.slice(Number(s), Number(e)).length).toBe(Number(e) - Number(s));
  });

  it('escapes hostile text, titles, outlets and URLs', () => {
    const evil = renderHtml(analyzeDocuments(hostileRaws()));
    const body = evil.replace(/<script type="application\/json" id="documents">[\s\S]*?<\/script>/, '');
    expect(body).not.toMatch(/<script>window/);
    expect(body).not.toMatch(/<img src=x/);
    expect(evil).not.toMatch(/href="javascript:/i);
    expect(evil).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    const data = /<script type="application\/json" id="documents">([\s\S]*?)<\/script>/.exec(evil)![1]!;
    expect(data).not.toMatch(/<\/?script/i);
    expect(JSON.parse(data)['evil-a'].text).toContain('</script><script>window.__pwned=4</script>');
  });

  it('keeps data blocks and links safe', () => {
    expect(jsonForScript({ a: '</script>\u2028' })).toBe('{"a":"\\u003c/script\\u003e\\u2028"}');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
  });
});
