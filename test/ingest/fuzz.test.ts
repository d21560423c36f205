import { afterAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { readAll, TmpDir, fakeExtractor, prng } from './helpers.js';

const tmp = new TmpDir();
afterAll(() => tmp.remove());

const TEMPLATES = [
  'Title: A headline\nSource: Wire\nPublished: 2025-06-02\n\nBody text of a report, with "quotes" and numbers 1,000.',
  '{"id":"r","text":"A record.","source":"S","published":"2025-06-02"}\n{"path":"x.txt"}\n',
  '[{"text":"one"},{"html":"<p>two</p>"},{"documents":[]}]',
  '<rss version="2.0"><channel><title>T</title><item><title>I</title><description>&lt;p&gt;D&lt;/p&gt;</description></item></channel></rss>',
  '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>E</title><content type="xhtml"><div>X</div></content></entry></feed>',
  '<!doctype html><html><head><meta charset="koi8-r"></head><body><article><p>Text</p></article></body></html>',
  '# Heading\n\n* item [link](http://x)\n\n![img](y.png)\n\n```\ncode\n```\n',
];
const EXTS = ['.txt', '.md', '.html', '.json', '.jsonl', '.rss', '.atom', '.xml', '', '.txt.gz', '.json.gz'];

function randomCase(rand: () => number): Buffer {
  const mode = rand();
  if (mode < 0.3) {
    const len = Math.floor(rand() * 3000);
    const b = Buffer.alloc(len);
    for (let i = 0; i < len; i++) b[i] = Math.floor(rand() * 256);
    return b;
  }
  const t = Buffer.from(TEMPLATES[Math.floor(rand() * TEMPLATES.length)]!);
  const b = Buffer.from(t);
  const flips = 1 + Math.floor(rand() * 12);
  for (let k = 0; k < flips; k++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
  const cut = rand() < 0.3 ? b.subarray(0, Math.floor(rand() * b.length)) : b;
  return rand() < 0.2 ? gzipSync(cut) : cut;
}

describe('fuzz: random and mutated bytes never throw out of a batch', () => {
  it('300 seeded cases, read as one batch and through stdin', async () => {
    const rand = prng(20250602);
    const files: string[] = [];
    for (let i = 0; i < 300; i++) {
      const ext = EXTS[Math.floor(rand() * EXTS.length)]!;
      files.push(tmp.write(`fuzz/case${String(i).padStart(3, '0')}${ext}`, randomCase(rand)));
    }
    const { docs, problems } = await readAll([tmp.path('fuzz')], { htmlExtractor: fakeExtractor(tmp) });
    // Every case is accounted for: it gave documents or at least one problem names it.
    for (const f of files) {
      const named = docs.some((d) => d.input.startsWith(f)) || problems.some((p) => p.input.startsWith(f));
      expect(named, f).toBe(true);
    }
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(typeof d.text).toBe('string');
      expect(d.text.trim().length).toBeGreaterThan(0);
      expect(d.text).not.toContain('\r');
    }
    for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
    if (process.env.FUZZ_PEEK)
      console.log(
        problems
          .map((p) => `${p.code}: ${p.message.slice(0, 60)}`)
          .sort()
          .join('\n'),
      );

    for (let i = 0; i < 20; i++) {
      const stdin = Readable.from([randomCase(rand)]);
      const r = await readAll(['-'], { stdin, htmlExtractor: fakeExtractor(tmp) });
      expect(r.docs.length + r.problems.length).toBeGreaterThan(0);
    }
  });
});
