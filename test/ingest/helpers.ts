/** Shared helpers of the ingest tests: fixtures are made at test time in a temp folder. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readInputs, type ReadOptions } from '../../src/ingest/index.js';
import type { RawDocument } from '../../src/model/document.js';
import type { Problem } from '../../src/model/problems.js';

export interface Batch {
  docs: RawDocument[];
  problems: Problem[];
}

export async function readAll(inputs: string[], opts: ReadOptions = {}): Promise<Batch> {
  const problems: Problem[] = [];
  const docs: RawDocument[] = [];
  for await (const d of readInputs(inputs, { htmlWorkers: 0, ...opts, onProblem: (p) => problems.push(p) })) {
    docs.push(d);
  }
  return { docs, problems };
}

export class TmpDir {
  readonly root: string;
  constructor(prefix = 'corroborate-ingest-') {
    this.root = mkdtempSync(path.join(tmpdir(), prefix));
  }
  path(...parts: string[]): string {
    return path.join(this.root, ...parts);
  }
  write(rel: string, content: string | Uint8Array): string {
    const p = this.path(rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  }
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * A test double of the HTML extractor (the real one lives in src/ingest/html): the text of
 * <article>, the <title>; an empty article for pages without one; spins forever on `STALL`.
 */
export const FAKE_EXTRACTOR = `
export function extractHtml(html, opts = {}) {
  if (html.includes('STALL')) { for (;;) {} }
  if (html.includes('THROW')) throw new Error('extractor exploded');
  const m = /<article[^>]*>([\\s\\S]*?)<\\/article>/i.exec(html);
  const title = /<title>([^<]*)<\\/title>/i.exec(html);
  const text = m ? m[1].replace(/<\\/p>/g, '\\n\\n').replace(/<[^>]+>/g, '').replace(/\\n{3,}/g, '\\n\\n').trim() : '';
  return { text, meta: { title: title ? title[1] : null, url: opts.url ?? null }, removed: [] };
}
`;

export function fakeExtractor(dir: TmpDir): string {
  return pathToFileURL(dir.write('fake-extractor.mjs', FAKE_EXTRACTOR)).href;
}

/** Mulberry32: a small seeded PRNG, so fuzz cases are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
