// analyze throughput end to end (clean -> copies -> stories -> annotate -> resolve -> align) on ECB+
// at 100, 1,000 and 5,000 reports (repeated with new ids), peak memory, and story BCubed F1 on the
// 772 dev reports given as {id, text} only. Each size runs in a child process for a clean RSS figure.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { textRaw } from '../scripts/raw-doc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// ../shared beside the repo (as in CI); CORROBORATE_SHARED overrides it (e.g. from a git worktree).
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(here, '../../shared');
const ecb = path.join(shared, 'data/ecbplus/dev.jsonl');

export default async function bench() {
  if (!existsSync(ecb)) {
    console.log(`analyze bench: ${ecb} absent (set CORROBORATE_SHARED), skipping`);
    return;
  }
  const rows = [];
  for (const n of [100, 772, 1000, 5000]) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    rows.push(JSON.parse(out.trim().split('\n').pop()));
  }
  console.log('reports  seconds  reports/s  peak RSS MB  stories  disputes');
  for (const r of rows)
    console.log(
      `${String(r.n).padStart(7)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.perSecond.toFixed(0).padStart(9)}  ${r.rssMb.toFixed(0).padStart(11)}  ${String(r.stories).padStart(7)}  ${String(r.disputes).padStart(8)}`,
    );
  const dev = rows.find((r) => r.n === 772);
  console.log(
    `ECB+ dev story grouping through analyze: BCubed F1 ${dev.f1.toFixed(3)} (P ${dev.p.toFixed(3)}, R ${dev.r.toFixed(3)})`,
  );
}

async function child(n) {
  const { analyzeDocuments } = await import('../dist/pipeline/analyze.js');
  const { bcubed } = await import('../dist/story/index.js');
  const records = readFileSync(ecb, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const raws = [];
  for (let i = 0; raws.length < n; i++) {
    const r = records[i % records.length];
    const round = Math.floor(i / records.length);
    const id = round ? `${r.id}~${round}` : r.id;
    raws.push(textRaw(id, r.text));
  }
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t = performance.now();
  const report = analyzeDocuments(raws);
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  // analyzeDocuments is synchronous, so the sampler above cannot fire during it: the kernel's
  // high-water mark (maxRSS, in KiB) is the true peak.
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const result = {
    n,
    seconds,
    perSecond: n / seconds,
    rssMb: peak / 2 ** 20,
    stories: report.stories.length,
    disputes: report.stories.reduce((a, s) => a + s.disputes.length, 0),
  };
  if (n === records.length) {
    const gold = new Map(records.map((r) => [r.id, r.story]));
    const sys = new Map();
    report.stories.forEach((s) => s.documents.forEach((d) => sys.set(d, s.id)));
    const b = bcubed(sys, gold);
    Object.assign(result, { f1: b.f1, p: b.precision, r: b.recall });
  }
  console.log(JSON.stringify(result));
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]));
