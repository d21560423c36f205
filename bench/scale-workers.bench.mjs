// Scale out (issue 10): `npm run bench -- scale` (with scale.bench.mjs) or `npm run bench -- scale-workers`.
// Needs PostgreSQL ($CORROBORATE_TEST_PG, default postgres://postgres@127.0.0.1:5432/test) and ECB+ dev from
// ../shared; skips with a message without them. Uses the built code in dist/.
// 1. Placement (grouping only): N reports (ECB+ dev repeated; CORROBORATE_SCALE_N, default 2000) placed by one
//    process into SQLite, by one process into PostgreSQL (per report: PostgreSQL against SQLite), and by 1, 2
//    and 4 `corroborate worker --no-analyze` processes from the queue; where the workers' time goes (waiting
//    for the placement lock, placing under it, the queue's own calls).
//    CORROBORATE_SCALE_SHUFFLE=1 places them in a fixed shuffled order (topics interleaved, as in a live stream).
// 2. The whole pipeline (placement and analysis): the first 400 ECB+ dev reports (CORROBORATE_SCALE_ANALYSIS_N)
//    by one process into SQLite, and by 1, 2 and 4 workers from the queue (CORROBORATE_SCALE_ANALYSIS_N=0 skips it).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { textRaw } from '../scripts/raw-doc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const cli = path.join(repo, 'dist/cli/main.js');
const shared = [process.env.CORROBORATE_SHARED, path.resolve(repo, '../shared')].find(
  (p) => p && existsSync(path.join(p, 'data/ecbplus/dev.jsonl')),
);
const pgUrl = process.env.CORROBORATE_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';
const load = (rel) => import(pathToFileURL(path.join(repo, 'dist', rel)).href);

function reports(n) {
  const rows = readFileSync(path.join(shared, 'data/ecbplus/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const out = [];
  for (let k = 0; k < n; k++) {
    const r = rows[k % rows.length];
    const round = Math.floor(k / rows.length);
    const id = round ? `${r.id}-${round}` : r.id;
    out.push(textRaw(id, round ? `Update ${round} of report ${r.id}.\n${r.text}` : r.text));
  }
  return out;
}

function freshUrl() {
  const schema = `b_${randomBytes(5).toString('hex')}`;
  const u = new URL(pgUrl);
  u.searchParams.set('schema', schema);
  return { schema, url: u.href };
}

async function drop(pg, schemas) {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  for (const s of schemas) {
    await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await c.query(`DROP SCHEMA IF EXISTS ${s}_boss CASCADE`);
  }
  await c.end();
}

function runWorker(url, args) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [cli, 'worker', '--db', url, '--no-fetch', '--exit-when-idle', ...args],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let buf = '';
    let stats = null;
    child.stderr.on('data', (b) => {
      buf += b;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line.includes('"worker stopped"')) stats = JSON.parse(line);
      }
    });
    child.on('exit', (code) => resolve({ code, stats }));
  });
}

async function queued(docs, workers, args, pg) {
  const { JobQueue } = await load('queue/queue.js');
  const { openPostgresStore } = await load('store/index.js');
  const { schema, url } = freshUrl();
  try {
    const store = await openPostgresStore(url);
    const queue = await JobQueue.open(url);
    await queue.sendPlaces(docs.map((raw) => ({ raw })));
    await queue.close();
    const t = performance.now();
    const runs = await Promise.all(Array.from({ length: workers }, () => runWorker(url, args)));
    const s = (performance.now() - t) / 1000;
    const c = await store.counts();
    await store.close();
    const sum = { prepare: 0, lockWait: 0, place: 0, queue: 0, analysis: 0, cpu: 0 };
    for (const r of runs) for (const k of Object.keys(sum)) sum[k] += r.stats?.ms?.[k] ?? 0;
    for (const r of runs) sum.cpu += r.stats?.cpuMs ?? 0;
    const prof = {};
    for (const r of runs)
      for (const [k, v] of Object.entries(r.stats?.placement ?? {})) prof[k] = (prof[k] ?? 0) + v;
    return { s, counts: c, sum, prof, codes: runs.map((r) => r.code) };
  } finally {
    await drop(pg, [schema]);
  }
}

export default async function main() {
  if (!shared) return console.log('scale-workers bench: ../shared (ECB+) not found, skipping');
  const { default: pg } = await import('pg');
  try {
    const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
    await c.connect();
    await c.end();
  } catch (e) {
    return console.log(`scale-workers bench: PostgreSQL not reachable at ${pgUrl} (${e.message}), skipping`);
  }
  const { openSqliteStore, openPostgresStore } = await load('store/index.js');
  const { ingestStream } = await load('incremental/ingest.js');
  const n = Number(process.env.CORROBORATE_SCALE_N ?? 2000);
  const docs = reports(n);
  // CORROBORATE_SCALE_SHUFFLE=1: the reports in a fixed pseudo-random order (topics interleaved, as in a
  // live stream) instead of ECB+'s order by topic
  if (process.env.CORROBORATE_SCALE_SHUFFLE === '1') {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = docs.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [docs[i], docs[j]] = [docs[j], docs[i]];
    }
  }
  const fmt = (x) => x.toFixed(1);

  console.log(
    `1. placement only (grouping), ${n} reports (ECB+ dev repeated${process.env.CORROBORATE_SCALE_SHUFFLE === '1' ? ', shuffled' : ''})`,
  );
  let t = performance.now();
  const lite = openSqliteStore(':memory:');
  await ingestStream(lite, docs, { noAnalysis: true });
  const liteS = (performance.now() - t) / 1000;
  await lite.close();
  console.log(
    `  one process, SQLite:      ${fmt(n / liteS)} reports/s (${fmt((liteS * 1000) / n)} ms a report)`,
  );
  const { schema, url } = freshUrl();
  const pgStore = await openPostgresStore(url);
  t = performance.now();
  await ingestStream(pgStore, docs, { noAnalysis: true });
  const pgS = (performance.now() - t) / 1000;
  await pgStore.close();
  await drop(pg, [schema]);
  console.log(
    `  one process, PostgreSQL:  ${fmt(n / pgS)} reports/s (${fmt((pgS * 1000) / n)} ms a report; x${(pgS / liteS).toFixed(2)} SQLite's)`,
  );
  let base = null;
  for (const w of [1, 2, 4]) {
    const r = await queued(docs, w, ['--no-analyze'], pg);
    base ??= r.s;
    const total = r.sum.prepare + r.sum.lockWait + r.sum.place + r.sum.queue;
    const pc = (x) => `${((100 * x) / total).toFixed(0)}%`;
    console.log(
      `  ${w} worker${w > 1 ? 's' : ' '} (queue):        ${fmt(n / r.s)} reports/s (x${(base / r.s).toFixed(2)} one worker's), ${r.counts.documents} stored, exit ${r.codes.join(',')}; ` +
        `worker time: preparing outside the lane ${pc(r.sum.prepare)}, lock wait ${pc(r.sum.lockWait)}, in the lane ${pc(r.sum.place)}, queue calls ${pc(r.sum.queue)}` +
        (r.sum.cpu ? `; workers' own CPU ${fmt(r.sum.cpu / n)} ms a report` : ''),
    );
    const p = r.prof;
    if (p.reports) {
      const per = (x) => `${(x / p.reports).toFixed(1)}`;
      console.log(
        `      lane held ${per(r.sum.place)} ms a report (re-check ${per(p.check)}, write ${per(p.write)}, merges ${per(p.merge)}, decisions made again or rescored ${per(p.redo)}: made again ${p.redone} of ${p.reports} (${p.redoneRegrouped ?? 0} after a split or merge), rescored ${p.updated ?? 0}); ` +
          `outside it ${per(r.sum.prepare)} ms (features ${per(p.featurise)}, reads ${per(p.reads)}, scoring ${per(p.score)}; reads and scoring include the decisions made again)`,
      );
    }
  }

  const m = Number(process.env.CORROBORATE_SCALE_ANALYSIS_N ?? 400);
  if (!m) return; // CORROBORATE_SCALE_ANALYSIS_N=0: placement only
  const all = reports(m);
  console.log(`2. placement and analysis, the first ${m} ECB+ dev reports`);
  t = performance.now();
  const lite2 = openSqliteStore(':memory:');
  await ingestStream(lite2, all);
  const lite2S = (performance.now() - t) / 1000;
  await lite2.close();
  console.log(`  one process, SQLite:      ${fmt(m / lite2S)} reports/s`);
  base = null;
  for (const w of [1, 2, 4]) {
    const r = await queued(all, w, [], pg);
    base ??= r.s;
    console.log(
      `  ${w} worker${w > 1 ? 's' : ' '} (queue):        ${fmt(m / r.s)} reports/s (x${(base / r.s).toFixed(2)} one worker's), ${r.counts.stories} stories, ${r.counts.analyses} analyses; ` +
        `worker time in analysis ${fmt(r.sum.analysis / 1000)} s, placing ${fmt(r.sum.place / 1000)} s, waiting for the lock ${fmt(r.sum.lockWait / 1000)} s`,
    );
  }
}
