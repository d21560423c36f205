// Fits the dispute model (src/align/model.ts): which aligned facts with incompatible values are contradictions a
// careful reader reports. Runs the pipeline on every labelled corpus with the model off, collects each candidate
// pair with its features, labels it from the truth file (a candidate is a dispute when its two facts' clauses
// match two positions of one labelled dispute, by the scorer's own quote matching), and fits a logistic model.
// Everything is chosen leave-one-corpus-out: for each corpus, the weights and the threshold are fit on the others
// and the corpus is scored with them (by ../shared/tools/report-score.mjs); those figures are printed and kept in
// the model file with the final fit on all corpora.
//   npm run build && node scripts/fit-disputes.mjs [--write]     (--write: update src/align/dispute-model.ts)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { developmentCorpora } from './corpora.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
if (!existsSync(path.join(shared, 'data', 'disputes'))) {
  console.log(`fit-disputes: ${shared}/data/disputes is not there, nothing to fit on`);
  process.exit(0);
}
const imp = (p) => import(path.join(root, 'dist', p));
const { analyzeInputs } = await imp('pipeline/analyze.js');
const { FEATURES, setCandidateSink, setDisputeModel } = await imp('align/model.js');
const work = path.join(os.tmpdir(), `corroborate-fit-${process.pid}`);
mkdirSync(work, { recursive: true });

// ---------- corpora (as in scripts/eval.mjs)
const corpora = developmentCorpora(shared, work);

// ---------- the scorer's quote matching (../shared/tools/report-score.mjs), to label candidates the same way
const norm = (s) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[“”«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .trim()
    .toLowerCase();
function lcs(a, b) {
  let best = 0;
  let prev = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Uint16Array(b.length + 1);
    for (let j = 1; j <= b.length; j++)
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) best = cur[j];
      }
    prev = cur;
  }
  return best;
}
function labeler(corpus) {
  const raw = JSON.parse(readFileSync(corpus.truth, 'utf8'));
  const positionsOf = (x) =>
    x.positions.map((p) =>
      p.evidence
        ? p.evidence.map((e) => ({ document: e.document, quote: e.quote }))
        : Object.entries(p.quotes ?? { [p.docs[0]]: p.quote }).map(([document, quote]) => ({
            document,
            quote,
          })),
    );
  const disputes = raw.disputes.map((d) => ({ id: d.id, positions: positionsOf(d) }));
  const traps = raw.traps.map((d) => ({ id: d.id, positions: positionsOf(d) }));
  const cache = new Map();
  const around = (doc, quote) => {
    const key = doc + '\0' + quote;
    if (cache.has(key)) return cache.get(key);
    let text = '';
    try {
      text = readFileSync(path.join(corpus.docs, `${doc}.txt`), 'utf8');
    } catch {
      /* a document without a .txt: no match */
    }
    const i = text.indexOf(quote);
    let out = quote;
    if (i >= 0) {
      let s = i;
      while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
      let e = i + quote.length;
      while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
      out = text.slice(s, e + 1);
    }
    cache.set(key, norm(out));
    return norm(out);
  };
  const matches = (doc, quote, t) => {
    if (doc !== t.document) return false;
    const a = norm(quote);
    const b = around(t.document, t.quote);
    return !!a && lcs(a, b) >= Math.min(20, Math.floor(a.length * 0.6), b.length);
  };
  const pairIn = (list, ea, eb) =>
    list.find((d) =>
      d.positions.some((pi, i) =>
        d.positions.some(
          (pj, j) =>
            i !== j &&
            pi.some((t) => matches(ea.doc, ea.quote, t)) &&
            pj.some((t) => matches(eb.doc, eb.quote, t)),
        ),
      ),
    );
  return (ea, eb) => {
    const d = pairIn(disputes, ea, eb);
    if (d) return { label: 1, id: d.id };
    const t = pairIn(traps, ea, eb);
    return { label: 0, id: t ? t.id : null };
  };
}

// ---------- collect candidates, the model off
const candidates = [];
setDisputeModel(null);
for (const c of corpora) {
  const label = labeler(c);
  setCandidateSink(({ a, b, features }) => {
    const ev = (f) => ({ doc: f.clause.doc.doc.id, quote: f.clause.text });
    const l = label(ev(a), ev(b));
    candidates.push({ corpus: c.name, x: features, y: l.label, id: l.id, kind: a.kind });
  });
  await analyzeInputs(c.inputs, {});
  setCandidateSink(null);
  const mine = candidates.filter((k) => k.corpus === c.name);
  console.log(`${c.name}: ${mine.length} candidates, ${mine.filter((k) => k.y).length} on labelled disputes`);
}

// ---------- logistic regression (L2), weighted so both classes count
function fit(rows, l2 = 0.01, epochs = 600, rate = 0.3) {
  const d = FEATURES.length;
  const w = new Array(d).fill(0);
  const pos = rows.filter((r) => r.y).length || 1;
  const neg = rows.length - pos || 1;
  for (let e = 0; e < epochs; e++) {
    const g = new Array(d).fill(0);
    for (const r of rows) {
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i] * r.x[i];
      const p = 1 / (1 + Math.exp(-z));
      const cw = r.y ? rows.length / (2 * pos) : rows.length / (2 * neg);
      for (let i = 0; i < d; i++) g[i] += cw * (p - r.y) * r.x[i];
    }
    for (let i = 0; i < d; i++) w[i] -= rate * (g[i] / rows.length + (i ? l2 * w[i] : 0));
  }
  return w;
}
const prob = (w, x) => 1 / (1 + Math.exp(-w.reduce((s, wi, i) => s + wi * x[i], 0)));
// the threshold: precision first (F0.5 of the candidates kept), chosen on the training rows
function threshold(w, rows) {
  let best = 0.5;
  let bestF = -1;
  for (let t = 0.3; t <= 0.95; t += 0.025) {
    const kept = rows.filter((r) => prob(w, r.x) >= t);
    const tp = kept.filter((r) => r.y).length;
    const p = kept.length ? tp / kept.length : 0;
    const r = tp / (rows.filter((x) => x.y).length || 1);
    const f = p + r ? (1.25 * p * r) / (0.25 * p + r) : 0;
    if (f > bestF + 1e-9) [best, bestF] = [t, f];
  }
  return +best.toFixed(3);
}
async function score(corpus, model) {
  setDisputeModel(model);
  const { report } = await analyzeInputs(corpus.inputs, {});
  const file = path.join(work, `${corpus.name}.json`);
  writeFileSync(file, JSON.stringify(report));
  const scorer = path.join(shared, 'tools', 'report-score.mjs');
  return JSON.parse(
    execFileSync(process.execPath, [scorer, file, corpus.truth, corpus.docs, '--json'], { encoding: 'utf8' }),
  );
}

// ---------- leave one corpus out
const loco = [];
for (const held of corpora) {
  const train = candidates.filter((c) => c.corpus !== held.name);
  const w = fit(train);
  const model = { weights: w, threshold: threshold(w, train) };
  const s = await score(held, model);
  loco.push({
    corpus: held.name,
    recall: s['disputes.recall'],
    precision: s['disputes.precision'],
    traps: s['disputes.trapsReported'],
    threshold: model.threshold,
  });
}
const before = [];
for (const c of corpora) {
  const s = await score(c, null);
  before.push({
    corpus: c.name,
    recall: s['disputes.recall'],
    precision: s['disputes.precision'],
    traps: s['disputes.trapsReported'],
  });
}
console.log('\ndisputes, leave-one-corpus-out (model fit on the other corpora) vs no model:');
console.log('corpus          recall  precision  traps  threshold | no model: recall precision traps');
for (const [k, l] of loco.entries()) {
  const b = before[k];
  console.log(
    `${l.corpus.padEnd(14)} ${String(l.recall).padStart(7)} ${String(l.precision).padStart(10)} ${String(l.traps).padStart(6)} ${String(l.threshold).padStart(10)} | ${String(b.recall).padStart(15)} ${String(b.precision).padStart(9)} ${String(b.traps).padStart(5)}`,
  );
}

// ---------- the shipped model: fit on every corpus
const w = fit(candidates);
const model = {
  weights: w.map((x) => +x.toFixed(4)),
  threshold: threshold(w, candidates),
  fit: {
    by: 'scripts/fit-disputes.mjs',
    corpora: corpora.map((c) => c.name),
    candidates: candidates.length,
    positives: candidates.filter((c) => c.y).length,
    leaveOneCorpusOut: loco,
  },
};
console.log('\nweights (all corpora):');
FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(16)} ${model.weights[i]}`));
console.log(`  threshold        ${model.threshold}`);
if (process.argv.includes('--write')) {
  const file = path.join(root, 'src/align/dispute-model.ts');
  writeFileSync(
    file,
    `/** Written by scripts/fit-disputes.mjs: do not edit by hand. Features: src/align/model.ts (FEATURES order). */\n` +
      `import type { DisputeModel } from './model.js';\n\n` +
      `export const SHIPPED_MODEL: DisputeModel | null = ${JSON.stringify(model, null, 2)};\n`,
  );
  console.log(`wrote ${path.relative(root, file)}`);
}
