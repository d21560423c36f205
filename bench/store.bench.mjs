// The store and incremental stories (`npm run bench -- store`). Uses the built code in dist/ and ECB+ dev
// from ../shared (or $CORROBORATE_SHARED); skips with a message when it is absent.
// 1. Stream vs batch: the 772 ECB+ reports ingested one by one (file order, and a seeded shuffle: ECB+ has
//    no publication dates) -> BCubed F1 against the gold stories, beside the batch F1 (the same reports
//    cleaned and grouped as `corroborate analyze` does). All corpora: scripts/stream-vs-batch.mjs.
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
import { textRaw } from '../scripts/raw-doc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const shared = [process.env.CORROBORATE_SHARED, path.resolve(repo, '../shared')].find(
  (p) => p && existsSync(path.join(p, 'data/ecbplus/dev.jsonl')),
);
const load = (rel) => import(pathToFileURL(path.join(repo, 'dist', rel)).href);

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

async function stream(rows, settings = {}, file = ':memory:') {
  const { openSqliteStore } = await load('store/index.js');
  const { ingestStream } = await load('incremental/ingest.js');
  const store = openSqliteStore(file);
  const times = [];
  let last = performance.now();
  const t0 = last;
  await ingestStream(
    store,
    rows.map((r) => textRaw(r.id, r.text)),
    {
      settings,
      noAnalysis: true,
      onPlaced: () => {
        const t = performance.now();
        times.push(t - last);
        last = t;
      },
    },
  );
  const ms = performance.now() - t0;
  const pred = new Map((await store.allDocuments()).map((d) => [d.id, d.storyId]));
  return { pred, ms, store, times };
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

  // The batch as `corroborate analyze` runs it (cleanDocuments, then groupStories): the same reports the
  // stream cleans one by one. The raw texts grouped without cleaning are printed beside it for reference.
  const { cleanDocuments } = await load('clean/index.js');
  const tb = performance.now();
  const groups = groupStories(cleanDocuments(rows.map((r) => textRaw(r.id, r.text))));
  const batchMs = performance.now() - tb;
  const batchPred = new Map();
  for (const g of groups) for (const id of g.documents) batchPred.set(id, g.id);
  const batch = bcubed(batchPred, gold);
  const rawPred = new Map();
  for (const g of groupStories(rows.map((r) => ({ id: r.id, text: r.text }))))
    for (const id of g.documents) rawPred.set(id, g.id);
  console.log(
    `batch  (cleanDocuments + groupStories, ${rows.length} reports): F1 ${batch.f1.toFixed(3)} (P ${batch.precision.toFixed(3)}, R ${batch.recall.toFixed(3)}), ${groups.length} stories, ${batchMs.toFixed(0)} ms; raw texts uncleaned: F1 ${bcubed(rawPred, gold).f1.toFixed(3)}`,
  );

  if (process.env.CORROBORATE_SWEEP) {
    for (const settings of [
      { joinThreshold: 0.08 },
      { joinThreshold: 0.12 },
      { joinThreshold: 0.14 },
      { refineMinSize: 6 },
      { refineMinSize: 10 },
      { refineMinSize: 16 },
      { analyzeEvery: 50 },
      { membersCompared: 30 },
    ]) {
      const f = [];
      for (const order of [rows, shuffled(rows)]) {
        const s = await stream(order, settings);
        f.push(bcubed(s.pred, gold));
        await s.store.close();
      }
      console.log(
        `sweep ${JSON.stringify(settings)}: F1 file order ${f[0].f1.toFixed(3)} (P ${f[0].precision.toFixed(3)} R ${f[0].recall.toFixed(3)}), shuffled ${f[1].f1.toFixed(3)} (P ${f[1].precision.toFixed(3)} R ${f[1].recall.toFixed(3)})`,
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
      const { Incremental } = await load('incremental/index.js');
      const ta = performance.now();
      const a = await new Incremental(s.store).analyzeChanged();
      const ams = performance.now() - ta;
      console.log(
        `  analysis of all ${a.stories} stories (${rows.length} reports): ${(ams / 1000).toFixed(1)} s (${(rows.length / (ams / 1000)).toFixed(0)} reports/s), ${a.disputesAppeared} disputes`,
      );
    }
    await s.store.close();
  }

  const n = Number(process.env.CORROBORATE_BENCH_N ?? 10_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-store-bench-'));
  try {
    const file = path.join(dir, 'bench.db');
    const docs = [];
    for (let k = 0; k < n; k++) {
      const r = rows[k % rows.length];
      const round = Math.floor(k / rows.length);
      docs.push({
        id: round ? `${r.id}-${round}` : r.id,
        text: round ? `Update ${round} of report ${r.id}.\n${r.text}` : r.text,
      });
    }
    const { ms: total, store, times } = await stream(docs, {}, file);
    const c = await store.counts();
    const avg = (a, b) => times.slice(a, b).reduce((x, y) => x + y, 0) / (b - a);
    const early = avg(100, 200);
    const late = avg(n - 100, n);
    console.log(
      `sustained ingest of ${n} reports into SQLite (placement, refining; no analysis): ${(n / (total / 1000)).toFixed(0)} reports/s (${(total / 1000).toFixed(1)} s), ${c.stories} stories`,
    );
    console.log(
      `  cost per report: reports 100-199 ${early.toFixed(2)} ms, reports ${n - 100}-${n - 1} ${late.toFixed(2)} ms (x${(late / early).toFixed(2)})`,
    );
    // story page latency in serve with the n reports stored (the 20 largest stories, analysed first)
    const { startLiveServer } = await load('web/live.js');
    const big = (await store.listStories()).sort((a, b) => b.documents - a.documents).slice(0, 20);
    const ta = performance.now();
    const { analyzeGroup } = await load('pipeline/story.js');
    for (const s of big)
      await store.saveAnalysis(s.id, analyzeGroup(s.id, await store.storyDocuments(s.id)), []);
    console.log(
      `  analysis of the 20 largest stories (${big.reduce((x, s) => x + s.documents, 0)} reports): ${((performance.now() - ta) / 1000).toFixed(1)} s`,
    );
    const { server } = await startLiveServer(store, 0, '127.0.0.1');
    const base = `http://127.0.0.1:${server.address().port}`;
    const lat = [];
    for (const s of big) {
      const t = performance.now();
      const res = await fetch(`${base}/stories/${encodeURIComponent(s.id)}`);
      await res.text();
      lat.push(performance.now() - t);
    }
    const tl = performance.now();
    await (await fetch(`${base}/api/stories?q=earthquake`)).text();
    const searchMs = performance.now() - tl;
    const tl2 = performance.now();
    await (await fetch(`${base}/`)).text();
    const listMs = performance.now() - tl2;
    server.closeAllConnections();
    server.close();
    lat.sort((a, b) => a - b);
    console.log(
      `  serve with ${n} reports: story page median ${lat[Math.floor(lat.length / 2)].toFixed(0)} ms, max ${lat[lat.length - 1].toFixed(0)} ms (stories of ${big[big.length - 1].documents}-${big[0].documents} reports); list page ${listMs.toFixed(0)} ms; search ${searchMs.toFixed(0)} ms`,
    );
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    const size = statSync(file).size;
    console.log(
      `  store size: ${(size / 1024 / 1024).toFixed(1)} MB, ${(size / 1024 / 1024 / (n / 1000)).toFixed(2)} MB per 1,000 reports`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
