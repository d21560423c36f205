// The store and incremental stories (`npm run bench -- store`). Uses the built code in dist/ and ECB+ dev
// from ../shared (or $CORROBORATE_SHARED); skips with a message when it is absent.
// 1. Stream vs batch: the 772 ECB+ reports ingested one by one (file order, and a seeded shuffle: ECB+ has
//    no publication dates) -> BCubed F1 against the gold stories, beside the batch groupStories F1.
// 2. Sustained ingest of 10,000 reports into SQLite (ECB+ repeated; each repeat gets a new first line and
//    a new id, so it is a new document, a near-copy that joins its original's story): reports/s, the cost
//    of reports 100-199 against 9,900-9,999, store size per 1,000 reports. Placement only; re-analysis
//    of the touched stories is timed separately on the 772.
//    CORROBORATE_BENCH_N=2000 for a shorter run; CORROBORATE_SWEEP=1 sweeps joinThreshold on the stream.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const shared = [process.env.CORROBORATE_SHARED, path.resolve(repo, '../shared')].find(
  (p) => p && existsSync(path.join(p, 'data/ecbplus/dev.jsonl')),
);
const load = (rel) => import(pathToFileURL(path.join(repo, 'dist', rel)).href);

function raw(id, text) {
  return {
    id,
    input: id,
    format: 'text',
    text,
    removed: [],
    source: null,
    title: null,
    url: null,
    published: null,
    byline: null,
    language: null,
  };
}

function shuffled(xs, seed = 7) {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

async function stream(rows, settings = {}) {
  const { openSqliteStore } = await load('store/index.js');
  const { Incremental } = await load('incremental/index.js');
  const store = openSqliteStore(':memory:');
  const inc = new Incremental(store, { settings });
  const pred = new Map();
  const t0 = performance.now();
  for (const r of rows) pred.set(r.id, (await inc.add(raw(r.id, r.text))).storyId);
  const ms = performance.now() - t0;
  return { pred, ms, store, inc };
}

export default async function main() {
  if (!shared) {
    console.log('store bench: ../shared (ECB+) not found, skipping');
    return;
  }
  const { bcubed, groupStories } = await load('story/index.js');
  const rows = readFileSync(path.join(shared, 'data/ecbplus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const gold = new Map(rows.map((r) => [r.id, r.story]));

  const tb = performance.now();
  const groups = groupStories(rows.map((r) => ({ id: r.id, text: r.text })));
  const batchMs = performance.now() - tb;
  const batchPred = new Map();
  for (const g of groups) for (const id of g.documents) batchPred.set(id, g.id);
  const batch = bcubed(batchPred, gold);
  console.log(
    `batch  (groupStories, ${rows.length} reports): F1 ${batch.f1.toFixed(3)} (P ${batch.precision.toFixed(3)}, R ${batch.recall.toFixed(3)}), ${groups.length} stories, ${batchMs.toFixed(0)} ms`,
  );

  if (process.env.CORROBORATE_SWEEP) {
    for (const joinThreshold of [0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25, 0.3]) {
      const f = [];
      for (const order of [rows, shuffled(rows)]) {
        const s = await stream(order, { joinThreshold });
        f.push(bcubed(s.pred, gold));
        await s.store.close();
      }
      console.log(
        `sweep joinThreshold ${joinThreshold}: F1 file order ${f[0].f1.toFixed(3)} (P ${f[0].precision.toFixed(3)} R ${f[0].recall.toFixed(3)}), shuffled ${f[1].f1.toFixed(3)} (P ${f[1].precision.toFixed(3)} R ${f[1].recall.toFixed(3)})`,
      );
    }
  }

  for (const [name, order] of [
    ['file order', rows],
    ['shuffled', shuffled(rows)],
  ]) {
    const s = await stream(order);
    const r = bcubed(s.pred, gold);
    console.log(
      `stream (${name}, one by one): F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)}, R ${r.recall.toFixed(3)}), ${new Set(s.pred.values()).size} stories, ${(rows.length / (s.ms / 1000)).toFixed(0)} reports/s placed; F1 - batch F1 = ${(r.f1 - batch.f1).toFixed(3)}`,
    );
    if (name === 'file order') {
      const ta = performance.now();
      const a = await s.inc.analyzeChanged();
      const ams = performance.now() - ta;
      console.log(
        `  re-analysis of all ${a.stories} stories (772 reports): ${(ams / 1000).toFixed(1)} s (${(rows.length / (ams / 1000)).toFixed(0)} reports/s), ${a.disputesAppeared} disputes`,
      );
    }
    await s.store.close();
  }

  const n = Number(process.env.CORROBORATE_BENCH_N ?? 10_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-store-bench-'));
  try {
    const { openSqliteStore } = await load('store/index.js');
    const { Incremental } = await load('incremental/index.js');
    const file = path.join(dir, 'bench.db');
    const store = openSqliteStore(file);
    const inc = new Incremental(store);
    const times = [];
    const t0 = performance.now();
    for (let k = 0; k < n; k++) {
      const r = rows[k % rows.length];
      const round = Math.floor(k / rows.length);
      const text = round ? `Update ${round} of report ${r.id}.\n${r.text}` : r.text;
      const t = performance.now();
      await inc.add(raw(round ? `${r.id}-${round}` : r.id, text));
      times.push(performance.now() - t);
    }
    const total = performance.now() - t0;
    const c = await store.counts();
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    const size = statSync(file).size;
    const avg = (a, b) => times.slice(a, b).reduce((x, y) => x + y, 0) / (b - a);
    const early = avg(100, 200);
    const late = avg(n - 100, n);
    console.log(
      `sustained ingest of ${n} reports into SQLite: ${(n / (total / 1000)).toFixed(0)} reports/s (${(total / 1000).toFixed(1)} s), ${c.stories} stories`,
    );
    console.log(
      `  cost per report: reports 100-199 ${early.toFixed(2)} ms, reports ${n - 100}-${n - 1} ${late.toFixed(2)} ms (x${(late / early).toFixed(2)})`,
    );
    console.log(
      `  store size: ${(size / 1024 / 1024).toFixed(1)} MB, ${(size / 1024 / 1024 / (n / 1000)).toFixed(2)} MB per 1,000 reports`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
