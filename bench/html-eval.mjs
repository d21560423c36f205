// Extracts every page of the two shared extraction corpora with the built extractor (dist/) into a temp
// dir, runs the shared scorer on both, and measures metadata accuracy on WCXB.
// Usage: node bench/html-eval.mjs [--only aeb|wcxb] [--keep DIR] [--per-page]   (npm run build first)
// Exported runEval() is reused by bench/html.bench.mjs.
import {
  readFileSync,
  readdirSync,
  writeFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  existsSync,
} from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
// ../shared beside the repo (as in CI); CORROBORATE_SHARED overrides it (e.g. from a git worktree).
export const shared = process.env.CORROBORATE_SHARED ?? path.resolve(here, '../../shared');
const sharedOk = existsSync(path.join(shared, 'data'));
const aebDir = path.join(shared, 'data/extraction/scrapinghub-aeb');
const wcxbDir = path.join(shared, 'data/extraction/wcxb-dev-articles');
const scorer = path.join(shared, 'tools/extraction-score.mjs');

export function loadAeb() {
  const gt = JSON.parse(readFileSync(path.join(aebDir, 'ground-truth.json'), 'utf8'));
  return Object.keys(gt).map((id) => ({
    id,
    url: gt[id].url,
    // read on demand, so memory figures reflect extraction rather than the whole corpus held at once
    get html() {
      return gunzipSync(readFileSync(path.join(aebDir, 'html', `${id}.html.gz`))).toString('utf8');
    },
  }));
}

export function loadWcxb() {
  const gtDir = path.join(wcxbDir, 'ground-truth');
  return readdirSync(gtDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const d = JSON.parse(readFileSync(path.join(gtDir, f), 'utf8'));
      const g = d.ground_truth ?? {};
      return {
        id,
        url: d.url,
        gt: { title: g.title ?? null, author: g.author ?? null, date: g.publish_date ?? null },
        get html() {
          return gunzipSync(readFileSync(path.join(wcxbDir, 'html', `${id}.html.gz`))).toString('utf8');
        },
      };
    });
}

const norm = (s) =>
  String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Metadata matching, printed with the figures:
 *  title/byline "exact" = equal after normalisation (NFKC, lowercase, non-alphanumerics -> one space);
 *  "contains" = one normalised string contains the other (and the prediction is non-empty);
 *  date = same calendar day (first 10 chars YYYY-MM-DD of our ISO string = ground truth's day).
 *  Denominator: pages whose ground truth has that field. */
export function metaAccuracy(rows) {
  const acc = { title: [0, 0, 0], byline: [0, 0, 0], date: [0, 0], extraBylines: 0, extraDates: 0 };
  const misses = { title: [], byline: [], date: [] };
  for (const { gt, meta, id } of rows) {
    if (gt.title) {
      const a = norm(gt.title),
        b = norm(meta.title);
      acc.title[2]++;
      if (a === b) acc.title[0]++;
      if (b && (a.includes(b) || b.includes(a))) acc.title[1]++;
      else misses.title.push([id, gt.title, meta.title]);
    }
    if (gt.author) {
      const a = norm(gt.author),
        b = norm(meta.byline);
      acc.byline[2]++;
      if (a === b) acc.byline[0]++;
      if (b && (a.includes(b) || b.includes(a))) acc.byline[1]++;
      else misses.byline.push([id, gt.author, meta.byline]);
    } else if (meta.byline) acc.extraBylines++;
    if (gt.date) {
      acc.date[1]++;
      if (meta.published && meta.published.slice(0, 10) === gt.date.slice(0, 10)) acc.date[0]++;
      else misses.date.push([id, gt.date, meta.published]);
    } else if (meta.published) acc.extraDates++;
  }
  return { acc, misses };
}

function score(gtArg, dir) {
  const out = execFileSync(
    process.execPath,
    [scorer, '--gt', gtArg, '--pred', dir, '--json', '--bootstrap', '0'],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  return Object.values(JSON.parse(out))[0];
}

export async function runEval({ only = null, keep = null, verbose = false } = {}) {
  if (!sharedOk) {
    console.log(`html: ${shared} is absent, skipping corpus figures`);
    return null;
  }
  const { extractHtml } = await import(
    pathToFileURL(path.resolve(here, '../dist/ingest/html/index.js')).href
  );
  const root = keep ?? mkdtempSync(path.join(os.tmpdir(), 'html-eval-'));
  const res = {};
  let totalMs = 0,
    totalBytes = 0,
    totalPages = 0,
    peakRss = process.memoryUsage().rss;
  for (const [name, load, gtArg] of [
    ['aeb', loadAeb, path.join(aebDir, 'ground-truth.json')],
    ['wcxb', loadWcxb, wcxbDir],
  ]) {
    if (only && only !== name) continue;
    const pages = load();
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    const rows = [];
    let ms = 0,
      bytes = 0,
      empty = 0;
    for (const p of pages) {
      const html = p.html;
      const t0 = performance.now();
      const r = extractHtml(html, { url: p.url });
      ms += performance.now() - t0;
      bytes += Buffer.byteLength(html);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (!r.text) empty++;
      writeFileSync(path.join(dir, `${p.id}.txt`), r.text);
      rows.push({ id: p.id, gt: p.gt, meta: r.meta });
    }
    totalMs += ms;
    totalBytes += bytes;
    totalPages += pages.length;
    const s = score(gtArg, dir);
    res[name] = {
      f1: s.f1,
      precision: s.precision,
      recall: s.recall,
      n: pages.length,
      empty,
      pagesPerSec: pages.length / (ms / 1000),
    };
    if (name === 'wcxb') {
      const { acc, misses } = metaAccuracy(rows);
      res.meta = acc;
      if (verbose) res.misses = misses;
    }
  }
  res.speed = {
    pages: totalPages,
    pagesPerSec: totalPages / (totalMs / 1000),
    mbPerSec: totalBytes / 1e6 / (totalMs / 1000),
  };
  res.peakRssMb = peakRss / 1e6;
  if (!keep) rmSync(root, { recursive: true, force: true });
  return res;
}

export function printEval(res) {
  if (!res) return;
  const f = (x) => x.toFixed(4);
  if (res.aeb)
    console.log(
      `scrapinghub-aeb  F1 ${f(res.aeb.f1)}  P ${f(res.aeb.precision)}  R ${f(res.aeb.recall)}  (n=${res.aeb.n}, empty=${res.aeb.empty}, ${res.aeb.pagesPerSec.toFixed(1)} pages/s)`,
    );
  if (res.wcxb)
    console.log(
      `wcxb-dev-articles F1 ${f(res.wcxb.f1)}  P ${f(res.wcxb.precision)}  R ${f(res.wcxb.recall)}  (n=${res.wcxb.n}, empty=${res.wcxb.empty}, ${res.wcxb.pagesPerSec.toFixed(1)} pages/s)`,
    );
  if (res.meta) {
    const m = res.meta;
    console.log('metadata on wcxb-dev-articles (denominator = pages whose ground truth has the field):');
    console.log(
      `  title   exact(normalised) ${f(m.title[0] / m.title[2])}  contains ${f(m.title[1] / m.title[2])}  (n=${m.title[2]})`,
    );
    console.log(
      `  byline  exact(normalised) ${f(m.byline[0] / m.byline[2])}  contains ${f(m.byline[1] / m.byline[2])}  (n=${m.byline[2]}; bylines where gt has none: ${m.extraBylines})`,
    );
    console.log(
      `  date    same day ${f(m.date[0] / m.date[1])}  (n=${m.date[1]}; dates where gt has none: ${m.extraDates})`,
    );
    console.log(
      '  matching: normalised = NFKC, lowercase, runs of non-letters/digits -> one space; contains = either way; day = YYYY-MM-DD prefix',
    );
  }
  console.log(
    `speed: ${res.speed.pagesPerSec.toFixed(1)} pages/s, ${res.speed.mbPerSec.toFixed(2)} MB/s over ${res.speed.pages} pages (single thread, extraction only)`,
  );
  console.log(`peak RSS ${res.peakRssMb.toFixed(0)} MB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const a = process.argv.slice(2);
  const only = a.includes('--only') ? a[a.indexOf('--only') + 1] : null;
  const keep = a.includes('--keep') ? path.resolve(a[a.indexOf('--keep') + 1]) : null;
  const verbose = a.includes('--misses');
  const res = await runEval({ only, keep, verbose });
  printEval(res);
  if (verbose && res?.misses) writeFileSync('/tmp/html-misses.json', JSON.stringify(res.misses, null, 1));
}
