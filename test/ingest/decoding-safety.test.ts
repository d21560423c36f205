/**
 * Decoding never corrupts silently (issue 12): a guessed encoding or replaced bytes always come with a
 * warning naming the input; a JSONL line with a NUL byte costs only that line; a page over the HTML size
 * limit keeps its article when the bulk is script, and says why when it is cut.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fitHtml } from '../../src/ingest/html/index.js';
import { readAll, TmpDir } from './helpers.js';

const tmp = new TmpDir('corroborate-decoding-');
afterAll(() => tmp.remove());

const ARTICLE =
  'The talks in Istanbul lasted just over an hour, officials said. Both delegations agreed to exchange prisoners of war, and a further meeting may take place at the end of June, the head of the delegation said after the meeting.';

describe('decoding says when it is not sure', () => {
  it('UTF-8 with six invalid bytes is never decoded silently', async () => {
    const text = Buffer.from(`${ARTICLE} The figure – 6,000 – was disputed.`);
    const bad = Buffer.concat([
      text.subarray(0, 20),
      Buffer.from([0xff, 0xfe, 0xff]),
      text.subarray(20, 60),
      Buffer.from([0xc0, 0xff, 0xfe]),
      text.subarray(60),
    ]);
    const f = tmp.write('six-bad.txt', bad);
    const { docs, problems } = await readAll([f]);
    expect(docs).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ input: f, severity: 'warning' })]);
    expect(['undecodable', 'encoding-guessed']).toContain(problems[0]!.code);
    expect(problems[0]!.message).toMatch(/not valid UTF-8|invalid UTF-8/);
  });

  it('high-byte garbage without NUL bytes is skipped or read with a warning, never silently', async () => {
    let seed = 99;
    const bytes = Buffer.alloc(3000);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = 0x80 + (seed % 0x80);
      if (i % 7 === 0) bytes[i] = 0x20;
    }
    const f = tmp.write('garbage.txt', bytes);
    const { docs, problems } = await readAll([f]);
    expect(problems.filter((p) => p.input === f)).toHaveLength(1);
    if (docs.length) expect(problems[0]).toMatchObject({ severity: 'warning', code: 'encoding-guessed' });
    else expect(problems[0]).toMatchObject({ severity: 'skipped' });
  });
});

describe('a JSONL line with a NUL byte', () => {
  it('costs only that line: the good lines are read, the bad one is named', async () => {
    const lines = [
      JSON.stringify({ id: 'one', text: ARTICLE }),
      `{"id":"two","text":"bin\u0000ary"}`,
      JSON.stringify({ id: 'three', text: `${ARTICLE} Again.` }),
    ];
    const f = tmp.write('records.jsonl', lines.join('\n') + '\n');
    const { docs, problems } = await readAll([f]);
    expect(docs.map((d) => d.id)).toEqual(['one', 'three']);
    expect(problems).toEqual([
      expect.objectContaining({ input: `${f}#line2`, severity: 'skipped', code: 'binary' }),
    ]);
  });

  it('a file that is mostly NUL lines is still binary', async () => {
    const f = tmp.write('bin.jsonl', Buffer.from('\u0000\u0001\n\u0000\n{"text":"x"}\n\u0000'));
    const { docs, problems } = await readAll([f]);
    expect(docs).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ input: f, code: 'binary' })]);
  });
});

describe('pages over the HTML size limit', () => {
  it('a 20 MB inline script does not cost the article', async () => {
    const html = `<html><head><title>Talks</title><script>var x="${'a'.repeat(20 * 1024 * 1024)}";</script></head><body><article><h1>Talks</h1><p>${ARTICLE}</p><p>${ARTICLE}</p></article></body></html>`;
    const f = tmp.write('big-script.html', html);
    const { docs, problems } = await readAll([f]);
    expect(problems).toEqual([]);
    expect(docs[0]!.text).toContain('just over an hour');
  });

  it('a cut says why, and keeps JSON-LD metadata scripts', () => {
    const ld = '<script type="application/ld+json">{"datePublished":"2025-06-02"}</script>';
    const page = `<html><head>${ld}<style>${'x'.repeat(500)}</style></head><body>${'<p>filler text</p>'.repeat(200)}</body></html>`;
    const fitted = fitHtml(page, 1000);
    expect(fitted.html.length).toBe(1000);
    expect(fitted.html).toContain(ld);
    expect(fitted.cut).toMatch(/over the 1,000-character limit \(maxHtmlChars\)/);
    const slim = fitHtml(`<html><script>${'y'.repeat(5000)}</script><p>kept</p></html>`, 1000);
    expect(slim.cut).toBeUndefined();
    expect(slim.html).toBe('<html><script></script><p>kept</p></html>');
  });
});
