// `npm run eval`: the judgement on every development corpus, one table (corpus x metric), and the
// leave-one-corpus-out figures: for each corpus, the alignment thresholds are chosen on the OTHER corpora
// (by dispute F0.5 less traps: precision first) and the corpus is scored with them. The held-out row is the
// figure that predicts reports never seen. Needs ../shared (skips with a message without it) and a build.
//   node scripts/eval.mjs            table with the shipped settings + leave-one-corpus-out
//   node scripts/eval.mjs --quick    the table only
//   node scripts/eval.mjs --json     rows as JSON lines
//   node scripts/eval.mjs --blind    the blind corpora of data/blind only
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blindCorpora, developmentCorpora } from './corpora.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
const args = process.argv.slice(2);
if (!existsSync(path.join(shared, 'data', 'disputes'))) {
  console.log(
    `eval: ${shared}/data/disputes is not there, skipping (CI and the developers' machines have it)`,
  );
  process.exit(0);
}
const { analyzeInputs } = await import(path.join(root, 'dist/pipeline/analyze.js'));
const { alignSettings } = await import(path.join(root, 'dist/settings/align.js'));
const scorer = path.join(shared, 'tools', 'report-score.mjs');
const work = path.join(os.tmpdir(), `corroborate-eval-${process.pid}`);
mkdirSync(work, { recursive: true });
if (process.env.EVAL_KEEP) mkdirSync(process.env.EVAL_KEEP, { recursive: true });

// the corpora: the seeds and every folder of data/disputes with a truth file; read through a manifest where
// meta.json gives outlet, URL and time (the HTML page where there is one), as eval-corpora.sh does
const corpora = developmentCorpora(shared, work);

const shipped = { ...alignSettings };
async function score(corpus, settings) {
  Object.assign(alignSettings, shipped, settings);
  const { report } = await analyzeInputs(corpus.inputs, { quiet: true });
  // EVAL_KEEP keeps the reports of the shipped settings (the grid's runs would overwrite them)
  const keep = process.env.EVAL_KEEP && !Object.keys(settings).length ? process.env.EVAL_KEEP : null;
  const file = path.join(keep ?? work, `${keep ? 'eval-' : ''}${corpus.name}.json`);
  writeFileSync(file, JSON.stringify(report));
  Object.assign(alignSettings, shipped);
  return JSON.parse(
    execFileSync(process.execPath, [scorer, file, corpus.truth, corpus.docs, '--json'], { encoding: 'utf8' }),
  );
}

const COLS = [
  ['grouping.bcubedF1', 'group'],
  ['disputes.recall', 'disp.R'],
  ['disputes.trapsReported', 'traps'],
  ['disputes.precision', 'disp.P'],
  ['singleSource.recall', 'single'],
  ['corroborated.recall', 'corr.R'],
  ['aliases.groupsMerged', 'alias'],
  ['syndication.found', 'synd'],
  ['cleaning.boilerplateRemoved', 'boiler'],
  ['contract.evidenceExact', 'exact'],
];
function table(title, rows) {
  console.log(`\n${title}`);
  const head = ['corpus'.padEnd(14), ...COLS.map(([, h]) => h.padStart(7))].join(' ');
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const r of rows)
    console.log(
      [r.corpus.padEnd(14), ...COLS.map(([k]) => String(r.scores[k] ?? '-').padStart(7))].join(' '),
    );
}

// precision first: F0.5 of the disputes, less a share for every trap reported
const objective = (s) => {
  const p = s['disputes.precision'] ?? 0;
  const r = s['disputes.recall'] ?? 0;
  const f = p + r ? (1.25 * p * r) / (0.25 * p + r) : 0;
  return f - 0.02 * (s['disputes.trapsReported'] ?? 0);
};

// the blind corpora of data/blind: reports written by writers who never saw the engine, the nearest figure to a
// user's own reports (valdessa, marked *, is held out: scored, never read)
const blindRows = [];
for (const c of blindCorpora(root, work))
  blindRows.push({ corpus: `${c.name}${c.heldOut ? '*' : ''}`, scores: await score(c, {}) });
const blindTable = () => {
  table('blind corpora (data/blind; * held out, never read)', blindRows);
  const sum = (k) => blindRows.reduce((a, r) => a + (r.scores[k] ?? 0), 0);
  console.log(
    `  disputes found ${blindRows.map((r) => r.scores['disputes.recall']).join(' / ')}; traps reported ${sum('disputes.trapsReported')}`,
  );
};
if (args.includes('--blind')) {
  if (args.includes('--json')) for (const r of blindRows) console.log(JSON.stringify(r));
  else blindTable();
  process.exit(0);
}

const rows = [];
for (const c of corpora) rows.push({ corpus: c.name, scores: await score(c, {}) });
if (args.includes('--json')) for (const r of [...rows, ...blindRows]) console.log(JSON.stringify(r));
else {
  table('shipped settings (src/settings/align.ts)', rows);
  blindTable();
}
// beside the table: verify on SummEdits (news), overall, on the tune/test split of its articles, per edit type
const summEdits = await import('./summedits.mjs');
if (existsSync(summEdits.SUMMEDITS)) {
  const se = summEdits.runSummEdits();
  if (args.includes('--json'))
    console.log(JSON.stringify({ summedits: summEdits.balanced(se), byEditType: summEdits.byEditType(se) }));
  else console.log(`\n${summEdits.summEditsLines(se).join('\n')}`);
} else console.log(`\nverify on SummEdits: ${summEdits.SUMMEDITS} is absent, skipping`);
// and verify on the development corpora's own labels (one outlet's quote against another outlet's report)
const vc = await import('./verify-corpora.mjs');
if (vc.verifyCorporaAvailable()) {
  const vrows = await vc.verifyCorpora();
  if (!args.includes('--json')) console.log(`\n${vc.verifyCorporaLines(vrows).join('\n')}`);
}
if (args.includes('--quick') || args.includes('--json')) process.exit(0);

// leave-one-corpus-out over a small grid of the fact-alignment thresholds
const grid = [];
for (const base of [0.1, 0.15, 0.2, 0.25])
  for (const margin of [0.03, 0.05, 0.1])
    grid.push({
      sameNumberFact: base,
      sameListFact: base,
      sameRoleFact: base + 0.1,
      samePolarityFact: base + 0.1,
      sameDateFact: base + 0.2,
      sameAmountFact: base + 0.15,
      alignMargin: margin,
    });
const dev = corpora.filter((c) => c.name !== 'seeds');
const results = new Map(); // grid index -> corpus -> scores
for (const [k, g] of grid.entries()) {
  const m = new Map();
  for (const c of dev) m.set(c.name, await score(c, g));
  results.set(k, m);
}
const loco = [];
for (const held of dev) {
  let best = -1;
  let bestVal = -Infinity;
  for (const [k, m] of results) {
    const others = dev.filter((c) => c !== held).map((c) => objective(m.get(c.name)));
    const v = others.reduce((a, b) => a + b, 0) / others.length;
    if (v > bestVal + 1e-9) [best, bestVal] = [k, v];
  }
  loco.push({ corpus: held.name, scores: results.get(best).get(held.name), chosen: grid[best] });
}
table('leave-one-corpus-out (thresholds chosen on the other corpora)', loco);
for (const l of loco) console.log(`  ${l.corpus}: chosen on the others ${JSON.stringify(l.chosen)}`);
