// Out-of-domain stress test: the WCXB dev article pages (mostly guides, reviews, product pages, explainers:
// pages that report no event) analysed together as text reports (ground-truth title + main_content, no
// publication time, as a crawl would hand them over without metadata). Prints the stories of two or more
// reports and the disputes, so a reader can judge whether each grouping is one event or one topic.
//   node scripts/wcxb-stress.mjs [--titles] [--dates] [--quiet] [--json out.json]
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textRaw } from './raw-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
const dir = path.join(shared, 'data/extraction/wcxb-dev-articles/ground-truth');
if (!existsSync(dir)) {
  console.log(`wcxb-stress: ${dir} absent (set CORROBORATE_SHARED), skipping`);
  process.exit(0);
}
const args = process.argv.slice(2);
const withTitles = args.includes('--titles');
const withDates = args.includes('--dates');
const quiet = args.includes('--quiet');
const jsonAt = args.indexOf('--json');
const { analyzeDocuments } = await import(path.join(root, 'dist/pipeline/analyze.js'));

const docs = [];
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const g = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
  const t = g.ground_truth ?? {};
  const text = (t.main_content ?? '').trim();
  if (!text) continue;
  const meta = {};
  if (withTitles && t.title) meta.title = t.title;
  if (withDates && t.publish_date) meta.published = t.publish_date;
  docs.push(textRaw(`wcxb-${f.replace(/\.json$/, '')}`, text, meta));
}
const report = analyzeDocuments(docs);
const byId = new Map(report.documents.map((d) => [d.id, d]));
const head = (id) => {
  const d = byId.get(id);
  return (d?.title || d?.text.split('\n').find((l) => l.trim()) || '').trim().slice(0, 90);
};
const multi = report.stories.filter((s) => s.documents.length >= 2);
let disputes = 0;
const kinds = new Map();
for (const s of report.stories) {
  disputes += s.disputes.length;
  for (const d of s.disputes) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
}
if (!quiet) {
  for (const s of multi) {
    console.log(`\n${s.id} (${s.documents.length}): ${s.title.slice(0, 90)}`);
    for (const id of s.documents.slice(0, 6)) console.log(`   ${id}: ${head(id)}`);
    if (s.documents.length > 6) console.log(`   ... ${s.documents.length - 6} more`);
    for (const d of s.disputes) {
      console.log(`   DISPUTE ${d.kind} "${d.about.slice(0, 80)}"`);
      for (const p of d.positions)
        console.log(
          `      ${p.value.slice(0, 40)}  | ${p.evidence[0]?.document}: ${p.evidence[0]?.quote.slice(0, 130)}`,
        );
    }
  }
}
console.log(
  `\n${docs.length} pages, ${report.stories.length} stories, ${multi.length} of ≥2 reports ` +
    `(${multi.reduce((n, s) => n + s.documents.length, 0)} pages); disputes ${disputes} ` +
    `(${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})`,
);
if (jsonAt >= 0) writeFileSync(args[jsonAt + 1], JSON.stringify(report));
