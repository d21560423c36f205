// verify on the development corpora's own labels: one outlet's quote checked as a draft against another outlet's
// report. A corroborated claim's quote should come out supported by every other independent outlet that states it; one
// side of a dispute should not be supported by a report on the other side (contradicted, where verify finds the
// conflict); one wording of a trap (compatible wordings, or a figure updated over time) should not be contradicted by
// the other. A check of verify's judgement on paraphrase across outlets and domains, beside SummEdits (one article
// and its edited summaries).
//   node scripts/verify-corpora.mjs [--show] [--set=key=value]     (needs a build and ../shared)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { developmentCorpora } from './corpora.mjs';
import { readAllInputs } from '../dist/ingest/index.js';
import { cleanDocuments } from '../dist/clean/index.js';
import { prepareClean, verifyDraft } from '../dist/verify/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
/** Whether the development corpora are there to check against. */
export const verifyCorporaAvailable = () => existsSync(path.join(shared, 'data', 'disputes'));

/** A quote as a draft sentence: its first letter capitalised, closed by a full stop. */
export const asDraft = (q) => {
  const t = q.trim().replace(/[,;:]$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1) + (/[.!?]["”’]?$/.test(t) ? '' : '.');
};

export async function verifyCorpora() {
  const out = [];
  if (!verifyCorporaAvailable()) return out;
  const work = path.join(os.tmpdir(), `corroborate-verify-corpora-${process.pid}`);
  mkdirSync(work, { recursive: true });
  for (const c of developmentCorpora(shared, work, { html: false })) {
    if (c.name === 'seeds') continue;
    const truth = JSON.parse(readFileSync(c.truth, 'utf8'));
    const { documents } = await readAllInputs(c.inputs, {});
    const docs = new Map(cleanDocuments(documents).map((d) => [d.id, d]));
    const prepared = new Map();
    const against = (id) => {
      if (!prepared.has(id)) prepared.set(id, prepareClean([docs.get(id)]));
      return prepared.get(id);
    };
    // copies of one report are one source: never checked against each other
    const rootOf = new Map((truth.syndicated ?? []).map((s) => [s.copy, s.original]));
    const independent = (a, b) => a !== b && (rootOf.get(a) ?? a) !== (rootOf.get(b) ?? b);
    const check = (kind, id, quote, from, to) => {
      if (!docs.has(from) || !docs.has(to)) return;
      const r = verifyDraft(against(to), {
        id,
        text: asDraft(quote),
        published: docs.get(from).published ?? null,
      });
      out.push({
        corpus: c.name,
        kind,
        id,
        from,
        to,
        draft: asDraft(quote),
        verdict: r.verdict,
        sentences: r.sentences,
      });
    };
    for (const k of truth.corroborated ?? []) {
      const ids = (k.independentDocs ?? k.docs).filter((d) => k.quotes?.[d]);
      for (const a of ids)
        for (const b of ids) if (independent(a, b)) check('corroborated', k.id, k.quotes[a], a, b);
    }
    for (const [kind, list] of [
      ['dispute', truth.disputes ?? []],
      ['trap', truth.traps ?? []],
    ])
      for (const d of list)
        for (const p of d.positions)
          for (const q of d.positions) {
            if (p === q) continue;
            const a = p.docs.find((x) => p.quotes?.[x]);
            const b = q.docs.find((x) => independent(a, x));
            if (a && b) check(kind, d.id, p.quotes[a], a, b);
          }
  }
  return out;
}

const pct = (n, d) => (d ? `${((n / d) * 100).toFixed(0)}%` : '-');

export function verifyCorporaLines(rows) {
  const lines = [
    "verify on the development corpora (one outlet's quote as a draft against another outlet's report)",
    'corpus        corroborated: supported  contradicted(!)   disputes: contradicted  supported(!)   traps: contradicted(!)',
  ];
  for (const corpus of [...new Set(rows.map((r) => r.corpus))]) {
    const of = (kind) => rows.filter((r) => r.corpus === corpus && r.kind === kind);
    const [k, d, t] = [of('corroborated'), of('dispute'), of('trap')];
    const n = (xs, v) => xs.filter((r) => r.verdict === v).length;
    lines.push(
      `${corpus.padEnd(13)} ${`${n(k, 'supported')}/${k.length} ${pct(n(k, 'supported'), k.length)}`.padStart(23)}  ${`${n(k, 'contradicted')} ${pct(n(k, 'contradicted'), k.length)}`.padStart(15)}   ${`${n(d, 'contradicted')}/${d.length} ${pct(n(d, 'contradicted'), d.length)}`.padStart(22)}  ${`${n(d, 'supported')} ${pct(n(d, 'supported'), d.length)}`.padStart(12)}   ${`${n(t, 'contradicted')}/${t.length} ${pct(n(t, 'contradicted'), t.length)}`.padStart(22)}`,
    );
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // (--set key=value: a setting of src/settings/verify.ts changed for this run, to see what one rule does)
  const { verifySettings } = await import('../dist/settings/verify.js');
  for (const a of process.argv.filter((x) => x.startsWith('--set=')).map((x) => x.slice(6))) {
    const [k, v] = a.split('=');
    verifySettings[k] = JSON.parse(v);
  }
  if (!verifyCorporaAvailable()) {
    console.log('verify on the corpora: ../shared is absent, skipping');
    process.exit(0);
  }
  const rows = await verifyCorpora();
  console.log(verifyCorporaLines(rows).join('\n'));
  if (process.argv.includes('--show'))
    for (const r of rows) {
      const wrong =
        (r.kind === 'corroborated' && r.verdict !== 'supported') ||
        (r.kind === 'dispute' && r.verdict === 'supported') ||
        (r.kind === 'trap' && r.verdict === 'contradicted');
      if (!wrong) continue;
      console.log(`\n${r.corpus} ${r.kind} ${r.id} ${r.from} -> ${r.to}: ${r.verdict}`);
      for (const s of r.sentences) console.log(`  [${s.verdict} ${s.coverage}] ${s.text}\n      ${s.reason}`);
    }
}
