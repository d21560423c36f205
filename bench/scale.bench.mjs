// Scale benchmark (issue 12): `corroborate analyze` on one JSONL file of 10,000, 100,000 and 1,000,000 short
// records (about 45 bytes each, every text different), each in a child process: wall time, peak RSS,
// exit code and how many documents the written report holds. Past ingestSettings.maxBatchDocuments the
// batch stops reading with a `batch-limit` problem (exit 2) and still writes what it read.
// `npm run bench -- scale`; CORROBORATE_SCALE=10000,100000 to choose the sizes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repo, 'dist/cli/main.js');
const sizes = (process.env.CORROBORATE_SCALE ?? '10000,100000,1000000').split(',').map(Number);

// Short records about different events: made-up place and person names from syllables, so that records
// do not all group into a few giant stories (a story's alignment grows faster than linearly with its size).
const SYL = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tu',
  'sa',
  'vor',
  'ne',
  'di',
  'pa',
  'gu',
  'zel',
  'ha',
  'bri',
  'os',
  'ul',
];
const THINGS = ['homes', 'schools', 'bridges', 'roads', 'farms', 'shops', 'clinics', 'ports'];
const VERBS = ['flooded', 'closed', 'reopened', 'damaged', 'inspected', 'sold', 'built', 'evacuated'];

function name(i, parts) {
  let s = '';
  for (let k = 0; k < parts; k++) s += SYL[(i >>> (k * 4)) % 16];
  return s[0].toUpperCase() + s.slice(1);
}

function write(file, n) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const j = (i * 2654435761) >>> 0;
    // about 45 bytes a line, so 1,000,000 records stay under the 50 MB input limit
    const text = `${name(j, 2)} ${(j % 90) + 10} ${THINGS[j % 8]} ${VERBS[(j >>> 3) % 8].slice(0, 4)} ${name(j >>> 7, 3)}`;
    lines.push(JSON.stringify({ text }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

// The child reports its own peak RSS at exit (analyze is synchronous: no sampler would fire).
const PRELOAD =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("MAXRSS "+process.resourceUsage().maxRSS+"\\n"))';

export default async function run() {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-scale-'));
  try {
    console.log('| records | input MB | wall s | peak RSS MB | exit | documents written | note |');
    console.log('|---|---|---|---|---|---|---|');
    for (const n of sizes) {
      const input = path.join(dir, `records-${n}.jsonl`);
      const out = path.join(dir, `report-${n}.json`);
      write(input, n);
      const t0 = Date.now();
      const r = spawnSync(
        process.execPath,
        ['--import', PRELOAD, cli, 'analyze', '--quiet', '--out', out, input],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      const rss = Number(/MAXRSS (\d+)/.exec(r.stderr ?? '')?.[1] ?? 0) / 1024;
      let written = 'none';
      try {
        written = String(JSON.parse(readFileSync(out, 'utf8')).documents.length);
      } catch {
        // no report written
      }
      const note = /batch-limit|batch limit/.test(r.stderr ?? '')
        ? 'stopped at the batch limit'
        : ((r.stderr ?? '')
            .split('\n')
            .find((l) => /error|heap/i.test(l))
            ?.slice(0, 80) ?? '');
      const mb = (statSync(input).size / 1e6).toFixed(1);
      console.log(
        `| ${n} | ${mb} | ${secs} | ${rss.toFixed(0)} | ${r.status ?? r.signal} | ${written} | ${note} |`,
      );
      rmSync(input, { force: true });
      rmSync(out, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
