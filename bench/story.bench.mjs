// Story grouping and copy detection: quality on ECB+ (BCubed F1 against the gold stories, from text alone)
// and speed/peak memory at 772, 1,000 and 5,000 reports (ECB+ repeated with new ids: the repeats are exact
// copies, which is fine for a scaling figure). Each size runs in a child process so its peak RSS is its own.
// Skips when ../shared (or $CORROBORATE_SHARED) is absent. Uses the built code in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const shared = [process.env.CORROBORATE_SHARED, path.resolve(repo, '../shared')].find(
  (p) => p && existsSync(path.join(p, 'data/ecbplus/dev.jsonl')),
);
const ecbPath = shared && path.join(shared, 'data/ecbplus/dev.jsonl');

function loadEcb() {
  return readFileSync(ecbPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function asDocs(rows, n) {
  const out = [];
  for (let k = 0; out.length < n; k++) {
    const r = rows[k % rows.length];
    const round = Math.floor(k / rows.length);
    out.push({
      id: round ? `${r.id}#${round}` : r.id,
      text: r.text,
      title: null,
      published: null,
      story: r.story, // a repeat is the same event
    });
  }
  return out;
}

/** In the child: time grouping and copies on n documents, print JSON. */
async function child(n) {
  const story = await import(pathToFileURL(path.join(repo, 'dist/story/index.js')).href);
  const docs = asDocs(loadEcb(), n);
  const t0 = performance.now();
  const groups = story.groupStories(docs);
  const t1 = performance.now();
  const copies = story.findCopies(docs);
  const t2 = performance.now();
  const pred = new Map();
  for (const g of groups) for (const id of g.documents) pred.set(id, g.id);
  const r = story.bcubed(pred, new Map(docs.map((d) => [d.id, d.story])));
  process.stdout.write(
    JSON.stringify({
      n,
      groupMs: t1 - t0,
      copiesMs: t2 - t1,
      groups: groups.length,
      copies: copies.size,
      f1: r.f1,
      precision: r.precision,
      recall: r.recall,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

/** Sensitivity: F1 over the two named thresholds, on the 772 ECB+ documents (in this process). */
async function sensitivity() {
  const story = await import(pathToFileURL(path.join(repo, 'dist/story/index.js')).href);
  const { storySettings } = await import(pathToFileURL(path.join(repo, 'dist/settings/story.js')).href);
  const docs = asDocs(loadEcb(), 772);
  const gold = new Map(docs.map((d) => [d.id, d.story]));
  const features = story.documentFeatures(docs);
  const row = (settings) => {
    const pred = new Map();
    for (const g of story.groupStories(docs, { settings, features }))
      for (const id of g.documents) pred.set(id, g.id);
    const r = story.bcubed(pred, gold);
    return `F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)})`;
  };
  console.log(
    `ECB+ sensitivity (defaults: mergeThreshold ${storySettings.mergeThreshold}, splitMaxNcut ${storySettings.splitMaxNcut}):`,
  );
  for (const mergeThreshold of [0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16])
    console.log(
      `  mergeThreshold ${mergeThreshold.toFixed(2)}: ${row({ ...storySettings, mergeThreshold })}`,
    );
  for (const splitMaxNcut of [0.65, 0.7, 0.75, 0.8, 0.85])
    console.log(`  splitMaxNcut ${splitMaxNcut.toFixed(2)}: ${row({ ...storySettings, splitMaxNcut })}`);
  console.log(`  no split step: ${row({ ...storySettings, splitMaxNcut: 0 })}`);
}

export default async function bench() {
  if (!ecbPath) {
    console.log('story bench: ../shared is not beside the repo, skipping (CI has it)');
    return;
  }
  for (const n of [772, 1000, 5000]) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    const r = JSON.parse(out);
    const total = r.groupMs + r.copiesMs;
    console.log(
      `${String(n).padStart(5)} docs: groupStories ${r.groupMs.toFixed(0)} ms (${((n / r.groupMs) * 1000).toFixed(0)} docs/s), ` +
        `findCopies ${r.copiesMs.toFixed(0)} ms (${((n / r.copiesMs) * 1000).toFixed(0)} docs/s), ` +
        `both ${((n / total) * 1000).toFixed(0)} docs/s; peak RSS ${r.maxRssMb.toFixed(0)} MB; ` +
        `${r.groups} stories, ${r.copies} copies; BCubed F1 ${r.f1.toFixed(4)} (P ${r.precision.toFixed(4)}, R ${r.recall.toFixed(4)})`,
    );
  }
  await sensitivity();
}

if (process.argv[2] === '--child' && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await child(Number(process.argv[3]));
}
