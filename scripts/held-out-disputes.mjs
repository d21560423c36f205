// Lists the disputes analyze reports on the ECB+ dev stories nobody labelled: the 772 reports of
// ../shared/data/ecbplus/dev.jsonl read as the analyze bench reads them ({id, text} only, no publication
// times), keeping the stories none of whose reports belongs to a story labelled in
// ../shared/data/disputes/ecbplus-dev. They were never tuned on, so reading them by hand
// (docs/held-out-disputes.md) is the nearest check of precision on reports the engine has never seen.
//   node scripts/held-out-disputes.mjs [--json out.json]      (needs ../shared and a build)
//   node scripts/held-out-disputes.mjs --claims 30 --seed 7   (a seeded sample of their corroborated claims instead)
//   node scripts/held-out-disputes.mjs --verify [--show]      (verify on those claims: each claim's first quote checked
//     as a draft against its second report; verify and the claims are two judgements of one engine, and a quote
//     contradicted by a report the claims call it corroborated by is an error of one of them)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textRaw } from './raw-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
const ecb = path.join(shared, 'data/ecbplus/dev.jsonl');
const labelledDocs = path.join(shared, 'data/disputes/ecbplus-dev/docs');
if (!existsSync(ecb) || !existsSync(labelledDocs)) {
  console.log(`held-out disputes: ${ecb} or ${labelledDocs} absent (set CORROBORATE_SHARED), skipping`);
  process.exit(0);
}
const jsonAt = process.argv.indexOf('--json');
const jsonOut = jsonAt > 0 ? process.argv[jsonAt + 1] : null;
const numArg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : null;
};
const claimSample = numArg('claims');

const { analyzeDocuments } = await import(path.join(root, 'dist/pipeline/analyze.js'));
const records = readFileSync(ecb, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const storyOf = new Map(records.map((r) => [r.id, r.story]));
const labelled = new Set(
  readdirSync(labelledDocs)
    .map((f) => storyOf.get(f.replace(/\.[^.]+$/, '')))
    .filter(Boolean),
);
const report = analyzeDocuments(records.map((r) => textRaw(r.id, r.text)));

const unlabelled = report.stories.filter(
  (story) => !story.documents.some((d) => labelled.has(storyOf.get(d))),
);
if (claimSample) {
  // a small seeded generator (as scripts/audit-claims.mjs), so one build draws one sample
  let a = (numArg('seed') ?? 7) >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = unlabelled.flatMap((s) =>
    s.claims.filter((c) => c.status === 'corroborated').map((c) => [s, c]),
  );
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  console.log(
    `# Corroborated claims on unlabelled ECB+ stories: a random sample of ${claimSample} of ${pool.length}`,
  );
  pool.slice(0, claimSample).forEach(([s, c], i) => {
    console.log(`\n## ${i + 1}. ${s.id} ${c.id}${c.scope === 'fact' ? ` (fact: ${c.statement})` : ''}`);
    for (const e of c.evidence) console.log(`- ${e.document}: ${e.quote.replace(/\s+/g, ' ')}`);
  });
  process.exit(0);
}
if (process.argv.includes('--verify')) {
  const { cleanDocuments } = await import(path.join(root, 'dist/clean/index.js'));
  const { prepareClean, verifyDraft } = await import(path.join(root, 'dist/verify/index.js'));
  const clean = new Map(cleanDocuments(records.map((r) => textRaw(r.id, r.text))).map((d) => [d.id, d]));
  const prepared = new Map();
  const against = (id) => {
    if (!prepared.has(id)) prepared.set(id, prepareClean([clean.get(id)]));
    return prepared.get(id);
  };
  const { asDraft } = await import('./verify-corpora.mjs');
  const counts = { supported: 0, unsupported: 0, contradicted: 0 };
  const shown = [];
  for (const story of unlabelled)
    for (const c of story.claims) {
      if (c.status !== 'corroborated') continue;
      const ev = c.evidence.filter((e, i, a) => a.findIndex((x) => x.document === e.document) === i);
      // (a copy of one text checked against itself tells nothing)
      if (ev.length < 2 || clean.get(ev[0].document)?.text === clean.get(ev[1].document)?.text) continue;
      const [a, b] = ev;
      const r = verifyDraft(against(b.document), { id: c.id, text: asDraft(a.quote) });
      counts[r.verdict]++;
      if (r.verdict === 'contradicted')
        shown.push(
          `${c.id} ${a.document} -> ${b.document}\n  ${asDraft(a.quote).replace(/\s+/g, ' ')}\n  ${r.sentences.map((x) => x.reason).join(' | ')}`,
        );
    }
  const n = counts.supported + counts.unsupported + counts.contradicted;
  console.log(
    `verify on held-out corroborated claims (first quote against the second report): ${n} pairs, supported ${counts.supported}, unsupported ${counts.unsupported}, contradicted ${counts.contradicted}`,
  );
  if (process.argv.includes('--show')) console.log(shown.join('\n'));
  process.exit(0);
}
const rows = [];
for (const story of unlabelled) {
  const topics = [...new Set(story.documents.map((d) => storyOf.get(d)))];
  for (const d of story.disputes)
    rows.push({
      story: story.id,
      documents: story.documents,
      topics: topics.join(','),
      kind: d.kind,
      about: d.about,
      positions: d.positions.map((p) => ({
        value: p.value,
        evidence: p.evidence.map((e) => ({ document: e.document, quote: e.quote })),
      })),
    });
}
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
rows.forEach((r, i) => {
  console.log(`\n${i + 1}. [${r.topics}] ${r.kind}: ${clip(r.about, 110)}`);
  for (const p of r.positions) {
    console.log(`   = ${clip(p.value, 90)}`);
    for (const e of p.evidence) console.log(`     ${e.document}: ${clip(e.quote.replace(/\s+/g, ' '), 220)}`);
  }
});
console.log(`\n${rows.length} disputes on ${new Set(rows.map((r) => r.story)).size} unlabelled stories`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
