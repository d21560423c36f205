// Ingest benchmark: documents/s and MB/s of the read path (readInputs, end to end), and peak memory.
// Text: ECB+ dev.jsonl records, repeated to >= 5,000 documents, as one JSONL file and as .txt files.
// HTML: the extraction benchmarks' pages (*.html.gz), read through the HTML extractor with the worker
// pool and in-thread, to show what the pool gives. Each case runs in a child process (peak RSS).
// Skips with a message when ../shared is absent.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// ../shared beside the repo (a git worktree one level deeper finds it at ../../shared).
const shared =
  ['../shared/data', '../../shared/data'].map((p) => path.resolve(repo, p)).find((p) => existsSync(p)) ??
  path.resolve(repo, '../shared/data');
const ingestUrl = pathToFileURL(path.join(repo, 'dist/ingest/index.js')).href;

/** Runs readInputs in a child process and returns its figures. */
function measure(inputs, opts = {}) {
  const script = `
    const { readInputs } = await import(${JSON.stringify(ingestUrl)});
    const opts = ${JSON.stringify(opts)};
    let docs = 0, chars = 0, problems = 0;
    const codes = {};
    const t0 = performance.now();
    for await (const d of readInputs(${JSON.stringify(inputs)}, { ...opts, onProblem: (p) => { problems++; codes[p.code] = (codes[p.code] ?? 0) + 1; } })) { docs++; chars += d.text.length; }
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ docs, chars, problems, codes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function report(label, bytes, m) {
  const s = m.ms / 1000;
  const extra = m.problems ? `, ${m.problems} problems ${JSON.stringify(m.codes)}` : '';
  console.log(
    `${label.padEnd(44)} ${String(m.docs).padStart(6)} docs  ${(m.docs / s).toFixed(0).padStart(6)} docs/s  ` +
      `${(bytes / 1e6 / s).toFixed(1).padStart(6)} MB/s  ${m.ms.toFixed(0).padStart(6)} ms  peak RSS ${m.maxRssMb.toFixed(0)} MB${extra}`,
  );
}

const dirBytes = (dir) => readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);

/** A small stand-in extractor (linkedom + Readability) used when the real one is not built yet. */
const PROXY = `
import { parseHTML } from ${JSON.stringify(pathToFileURL(path.join(repo, 'node_modules/linkedom/esm/index.js')).href)};
import { Readability } from ${JSON.stringify(pathToFileURL(path.join(repo, 'node_modules/@mozilla/readability/index.js')).href)};
export function extractHtml(html) {
  const { document } = parseHTML(html);
  const a = new Readability(document).parse();
  return { text: a?.textContent?.trim() ?? '', meta: { title: a?.title ?? null }, removed: [] };
}`;

export default async function bench() {
  const ecb = path.join(shared, 'ecbplus/dev.jsonl');
  if (!existsSync(ecb)) {
    console.log('ingest bench: ../shared/data is not beside the repo, skipping');
    return;
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'corroborate-bench-ingest-'));
  try {
    // Text: ECB+ records repeated to >= 5,000 documents.
    const lines = readFileSync(ecb, 'utf8').trim().split('\n');
    const reps = Math.ceil(5000 / lines.length);
    const jsonl = path.join(tmp, 'ecb.jsonl');
    const out = [];
    for (let r = 0; r < reps; r++)
      for (const l of lines) {
        const o = JSON.parse(l);
        o.id = `${o.id}-${r}`;
        out.push(JSON.stringify(o));
      }
    writeFileSync(jsonl, out.join('\n') + '\n');
    const txtDir = path.join(tmp, 'ecb-txt');
    mkdirSync(txtDir);
    for (let r = 0; r < reps; r++)
      for (const l of lines) {
        const o = JSON.parse(l);
        writeFileSync(path.join(txtDir, `${o.id}-${r}.txt`), o.text);
      }
    report('text: ECB+ records in one JSONL file', statSync(jsonl).size, measure([jsonl]));
    report('text: ECB+ records as .txt files', dirBytes(txtDir), measure([txtDir]));

    // HTML: the extraction benchmarks' pages.
    const htmlDir = path.join(tmp, 'html');
    mkdirSync(htmlDir);
    let pages = 0;
    for (const set of ['scrapinghub-aeb', 'wcxb-dev-articles']) {
      const d = path.join(shared, 'extraction', set, 'html');
      if (!existsSync(d)) continue;
      for (const f of readdirSync(d)
        .filter((f) => f.endsWith('.html.gz'))
        .sort()) {
        copyFileSync(path.join(d, f), path.join(htmlDir, `${set}-${f}`));
        pages++;
      }
    }
    const gzBytes = dirBytes(htmlDir);
    const htmlBytes = readdirSync(htmlDir).reduce(
      (n, f) => n + gunzipSync(readFileSync(path.join(htmlDir, f))).length,
      0,
    );
    console.log(
      `html: ${pages} pages, ${(htmlBytes / 1e6).toFixed(1)} MB of HTML (${(gzBytes / 1e6).toFixed(1)} MB gzipped); MB/s of HTML`,
    );
    const real = measure([path.join(htmlDir, readdirSync(htmlDir)[0])]);
    const builtReal = real.docs > 0;
    const extractor = {};
    if (!builtReal) {
      const proxy = path.join(tmp, 'proxy-extractor.mjs');
      writeFileSync(proxy, PROXY);
      extractor.htmlExtractor = pathToFileURL(proxy).href;
      console.log('html: src/ingest/html is not built yet; using a linkedom + Readability stand-in');
    }
    report(
      'html: pages, 2 extraction workers',
      gzBytes,
      measure([htmlDir], { ...extractor, htmlWorkers: 2 }),
    );
    report(
      'html: pages, in-thread (no workers)',
      gzBytes,
      measure([htmlDir], { ...extractor, htmlWorkers: 0 }),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bench();
