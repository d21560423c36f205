// Stream vs batch story grouping on every development corpus: BCubed F1 of `groupStories` over the cleaned
// reports, and of the reports ingested one by one into an in-memory store (publication order, and seeded
// shuffles). Run after `npm run build`:  node scripts/stream-vs-batch.mjs [../shared] [shuffles]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { textRaw } from './raw-doc.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.argv[2] ?? process.env.CORROBORATE_SHARED ?? path.resolve(repo, '../shared');
const shuffles = Number(process.argv[3] ?? 2);
const load = (rel) => import(pathToFileURL(path.join(repo, 'dist', rel)).href);
const { bcubed, groupStories } = await load('story/index.js');
const { cleanDocuments } = await load('clean/index.js');
const { openSqliteStore } = await load('store/index.js');
const { ingestStream } = await load('incremental/ingest.js');
const settings = process.env.CORROBORATE_INC ? JSON.parse(process.env.CORROBORATE_INC) : {};

function shuffled(xs, seed) {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function corpora() {
  const out = [];
  const ecb = path.join(shared, 'data/ecbplus/dev.jsonl');
  if (existsSync(ecb)) {
    const rows = readFileSync(ecb, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    out.push({
      name: 'ecbplus-dev',
      docs: rows.map((r) => textRaw(r.id, r.text)),
      gold: new Map(rows.map((r) => [r.id, r.story])),
    });
  }
  for (const c of ['kestria', 'marovia']) {
    const dir = path.join(shared, 'data/disputes', c);
    if (!existsSync(dir)) continue;
    const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8'));
    const docs = meta.map((m) =>
      textRaw(m.id, readFileSync(path.join(dir, 'docs', `${m.id}.txt`), 'utf8'), {
        url: m.url ?? null,
        published: m.published ?? null,
        source: m.outlet ?? null,
      }),
    );
    const gold = new Map(meta.map((m) => [m.id, m.cluster || `x-${m.id}`]));
    out.push({ name: c, docs, gold });
  }
  const seeds = path.join(repo, 'examples/seeds');
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  out.push({
    name: 'seeds',
    docs: files.map((f) => textRaw(f, readFileSync(path.join(seeds, f), 'utf8'))),
    gold: null,
  });
  return out;
}

const byTime = (docs) =>
  docs
    .map((d, i) => ({ d, i, t: d.published ? Date.parse(d.published) : NaN }))
    .sort((a, b) => (Number.isNaN(a.t) || Number.isNaN(b.t) ? a.i - b.i : a.t - b.t || a.i - b.i))
    .map((x) => x.d);

async function stream(docs) {
  const store = openSqliteStore(':memory:');
  try {
    await ingestStream(store, docs, { noAnalysis: true, settings });
    return new Map((await store.allDocuments()).map((d) => [d.id, d.storyId]));
  } finally {
    await store.close();
  }
}

for (const c of corpora()) {
  const clean = cleanDocuments(c.docs);
  const batchPred = new Map();
  for (const g of groupStories(clean)) for (const id of g.documents) batchPred.set(id, g.id);
  const gold = c.gold ?? batchPred;
  const b = bcubed(batchPred, gold).f1;
  const line = [`${c.name} (${c.docs.length}): batch ${b.toFixed(3)}`];
  const orders = [['publication', byTime(c.docs)]];
  for (let k = 0; k < shuffles; k++) orders.push([`shuffle${k + 1}`, shuffled(c.docs, 7 + k * 101)]);
  for (const [name, order] of orders) {
    const s = bcubed(await stream(order), gold).f1;
    line.push(`${name} ${s.toFixed(3)} (${(s - b >= 0 ? '+' : '') + (s - b).toFixed(3)})`);
  }
  console.log(line.join(', ') + (c.gold ? '' : '  [no gold: scored against the batch]'));
}
