// SummEdits (news) scored by `verify`: balanced accuracy, where a consistent summary must come out supported and an
// inconsistent one contradicted or unsupported. Thresholds are tuned on even ids and reported on odd ids (and all).
// Usage: node scripts/summedits.mjs [path/to/dev.json] [--json] [--wrong[=tune|test|all]]
// --wrong lists the items judged wrongly, sentence by sentence (the tune articles unless told: the test articles are
// held out, look at their errors only to report them)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareReports, verifyDraft } from '../dist/verify/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SUMMEDITS = path.resolve(here, '../../shared/data/verify/summedits-news/dev.json');

/** Verdicts of every item: [{id, label, editTypes, verdict}]. */
export function runSummEdits(file = SUMMEDITS) {
  const items = JSON.parse(readFileSync(file, 'utf8'));
  const prepared = new Map();
  const out = [];
  for (const it of items) {
    let p = prepared.get(it.doc);
    if (!p) {
      p = prepareReports([
        {
          id: 'article',
          input: 'article',
          format: 'text',
          text: it.doc,
          removed: [],
          source: 'article',
          title: null,
          url: null,
          published: null,
          byline: null,
          language: 'en',
        },
      ]);
      prepared.set(it.doc, p);
    }
    const r = verifyDraft(p, { id: String(it.id), text: it.summary });
    out.push({
      id: String(it.id),
      article: String(it.id).split('_')[0],
      label: it.label,
      editTypes: it.edit_types ?? [],
      verdict: r.verdict,
      sentences: r.sentences,
    });
  }
  return out;
}

/** The dev/test split: by source article (the items of one article are edits of one summary), articles in id
 * order, even places to tune on, odd places to test on. */
export function split(rows) {
  const articles = [...new Set(rows.map((r) => r.article))].sort();
  const tuneSet = new Set(articles.filter((_, k) => k % 2 === 0));
  return {
    tune: rows.filter((r) => tuneSet.has(r.article)),
    test: rows.filter((r) => !tuneSet.has(r.article)),
  };
}

/** Balanced accuracy (0–100) of verdicts: supported = consistent. */
export function balanced(rows) {
  const pos = rows.filter((r) => r.label === 1);
  const neg = rows.filter((r) => r.label === 0);
  const tpr = pos.filter((r) => r.verdict === 'supported').length / (pos.length || 1);
  const tnr = neg.filter((r) => r.verdict !== 'supported').length / (neg.length || 1);
  return { ba: ((tpr + tnr) / 2) * 100, tpr: tpr * 100, tnr: tnr * 100, n: rows.length };
}

/** Per edit type: the share of inconsistent items of that type caught (not supported). */
export function byEditType(rows) {
  const types = new Map();
  for (const r of rows.filter((r) => r.label === 0)) {
    const ts = r.editTypes.length ? r.editTypes : ['(unannotated)'];
    for (const t of ts) {
      const x = types.get(t) ?? { n: 0, caught: 0 };
      x.n++;
      if (r.verdict !== 'supported') x.caught++;
      types.set(t, x);
    }
  }
  return [...types].sort((a, b) => b[1].n - a[1].n);
}

export function summEditsLines(rows) {
  const all = balanced(rows);
  const { tune, test } = split(rows);
  const even = balanced(tune);
  const odd = balanced(test);
  const f = (x) =>
    `${x.ba.toFixed(1)} (consistent kept ${x.tpr.toFixed(1)}%, inconsistent caught ${x.tnr.toFixed(1)}%, n=${x.n})`;
  const lines = [
    'verify on SummEdits news dev (balanced accuracy; published: DAE 60.9, SummaC-Conv 61.9, QAFactEval 74.4, GPT-4 83.3, humans 90.0)',
    `  all items       ${f(all)}`,
    `  tune articles   ${f(even)}`,
    `  test articles   ${f(odd)}`,
    '  inconsistent items caught, per edit type:',
  ];
  for (const [t, x] of byEditType(rows))
    lines.push(`    ${t.padEnd(28)} ${x.caught}/${x.n} (${((x.caught / x.n) * 100).toFixed(1)}%)`);
  return lines;
}

/** The items of one half (`tune`, `test` or `all`) judged wrongly: a consistent summary not supported, an inconsistent
 * one supported; each sentence with its verdict, coverage, missing words and reason. */
export function wrongLines(rows, half = 'tune') {
  const pick = half === 'all' ? rows : split(rows)[half];
  if (!pick) throw new Error(`--wrong: tune, test or all, not ${half}`);
  const lines = [];
  for (const r of pick) {
    if ((r.label === 1) === (r.verdict === 'supported')) continue;
    lines.push(
      `${r.id} label=${r.label ? 'consistent' : 'inconsistent'} verdict=${r.verdict} ${r.editTypes.join(',')}`,
    );
    for (const s of r.sentences) {
      lines.push(`  [${s.verdict} ${s.coverage}] ${s.text}`);
      lines.push(`      ${s.reason}${s.missing.length ? ` | missing: ${s.missing.join(', ')}` : ''}`);
    }
  }
  lines.push(
    `${pick.filter((r) => (r.label === 1) !== (r.verdict === 'supported')).length} of ${pick.length} wrong (${half})`,
  );
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? SUMMEDITS;
  if (!existsSync(file)) {
    console.log(`SummEdits: ${file} is absent, skipping`);
    process.exit(0);
  }
  const rows = runSummEdits(file);
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify(
        rows.map(({ sentences, ...r }) => ({
          ...r,
          summary: sentences.map((s) => s.text).join(' '),
          sent: sentences.map((s) => ({
            v: s.verdict,
            c: s.coverage,
            k: s.checks.map((x) => x.kind),
            m: s.missing,
            f: s.facts.map((f) => f.verdict),
          })),
        })),
      ),
    );
  else if (process.argv.some((a) => a === '--wrong' || a.startsWith('--wrong=')))
    console.log(
      wrongLines(rows, process.argv.find((a) => a.startsWith('--wrong='))?.slice(8) ?? 'tune').join('\n'),
    );
  else console.log(summEditsLines(rows).join('\n'));
}
