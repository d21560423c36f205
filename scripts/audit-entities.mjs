// Draws a seeded random sample of the entities analyze finds on the 772 ECB+ dev reports (read as
// scripts/held-out-disputes.mjs reads them: {id, text} only), each with its type, its aliases and a context
// quote around its first mention, so a person can judge the types (docs/entities-audit.md).
//   node scripts/audit-entities.mjs [--n 50] [--seed 7] [--json out.json]   (needs ../shared and a build)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textRaw } from './raw-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
const ecb = path.join(shared, 'data/ecbplus/dev.jsonl');
if (!existsSync(ecb)) {
  console.log(`entity audit: ${ecb} absent (set CORROBORATE_SHARED), skipping`);
  process.exit(0);
}
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : null;
};
const n = Number(arg('n') ?? 50);
const jsonOut = arg('json');

const { analyzeDocuments } = await import(path.join(root, 'dist/pipeline/analyze.js'));
const records = readFileSync(ecb, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const report = analyzeDocuments(records.map((r) => textRaw(r.id, r.text)));
const textOf = new Map(report.documents.map((d) => [d.id, d.text]));

// a seeded hash of where each entity is first mentioned orders the draw, so an entity that a change leaves in
// place keeps its rank and two builds draw (mostly) the same sample
const seed = String(arg('seed') ?? 7);
const rank = (key) => {
  let h = 2166136261;
  for (const ch of `${seed}:${key}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
  return Math.imul(h ^ (h >>> 13), 3266489909) >>> 0;
};
const pool = report.stories.flatMap((s) => s.entities.map((e) => [s, e]));
const byType = {};
for (const [, e] of pool) byType[e.type] = (byType[e.type] ?? 0) + 1;
const where = ([, e]) => (e.mentions?.[0] ? `${e.mentions[0].document}@${e.mentions[0].start}` : e.name);
pool.sort((x, y) => rank(where(x)) - rank(where(y)) || (where(x) < where(y) ? -1 : 1));
const context = (m) => {
  const text = textOf.get(m.document) ?? '';
  const from = Math.max(0, m.start - 70);
  const to = Math.min(text.length, m.end + 70);
  return `${text.slice(from, m.start)}[[${text.slice(m.start, m.end)}]]${text.slice(m.end, to)}`.replace(
    /\s+/g,
    ' ',
  );
};
const sample = pool.slice(0, n).map(([s, e]) => ({
  story: s.id,
  name: e.name,
  type: e.type,
  aliases: e.aliases,
  roles: e.roles ?? [],
  mentions: (e.mentions ?? []).length,
  context: e.mentions?.[0] ? `${e.mentions[0].document}: ${context(e.mentions[0])}` : '',
}));
console.log(
  `# Entities on the ECB+ dev reports: a random sample of ${sample.length} of ${pool.length} (seed ${arg('seed') ?? 7})`,
);
console.log(
  `types: ${Object.entries(byType)
    .sort((x, y) => y[1] - x[1])
    .map(([t, c]) => `${t} ${c}`)
    .join(', ')}`,
);
sample.forEach((x, i) => {
  console.log(`\n${i + 1}. ${x.name} — ${x.type} (${x.story}; ${x.mentions} mentions)`);
  if (x.aliases.length > 1) console.log(`   aliases: ${x.aliases.join(' | ')}`);
  if (x.roles.length) console.log(`   roles: ${x.roles.join(' | ')}`);
  console.log(`   ${x.context}`);
});
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(sample, null, 2));
