// NLP annotation speed: docs/s of annotate() over ECB+ dev (772 short news texts) and peak RSS.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textRaw } from '../scripts/raw-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [
  path.resolve(root, '../shared/data/ecbplus/dev.jsonl'),
  '/work/shared/data/ecbplus/dev.jsonl',
];

export default async function bench() {
  const file = candidates.find((p) => existsSync(p));
  if (!file) {
    console.log('nlp: ECB+ dev.jsonl not found beside the repo, skipping');
    return;
  }
  const { annotate, resolveEntities } = await import(path.join(root, 'dist/nlp/index.js'));
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const docs = rows.map((r) => textRaw(r.id, r.text, { copyOf: null }));
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  annotate(docs[0]); // model load
  const tLoad = performance.now() - t0;
  const t1 = performance.now();
  const annotated = [];
  for (const d of docs) {
    annotated.push(annotate(d));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const t2 = performance.now();
  const byStory = new Map();
  for (const a of annotated) {
    const s = rows.find((r) => r.id === a.doc.id)?.story ?? a.doc.id;
    (byStory.get(s) ?? byStory.set(s, []).get(s)).push(a);
  }
  for (const g of byStory.values()) resolveEntities(g);
  const t3 = performance.now();
  peak = Math.max(peak, process.memoryUsage().rss);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`nlp: model load ${tLoad.toFixed(0)} ms`);
  console.log(
    `nlp: annotate ${docs.length} docs (${chars} chars) in ${(t2 - t1).toFixed(0)} ms = ${(docs.length / ((t2 - t1) / 1000)).toFixed(0)} docs/s`,
  );
  console.log(`nlp: resolveEntities over ${byStory.size} stories in ${(t3 - t2).toFixed(0)} ms`);
  console.log(`nlp: peak rss ${(peak / 1048576).toFixed(0)} MB`);
}
