// Event-level story grouping on ECB+: each topic N has two look-alike seminal events, the `N_Kecb`
// reports describe one and the `N_Kecbplus` reports another (another quake in Iran, another signing), so
// topic + ecb|ecbplus is an event-level gold. Analyzes the 772 dev reports as research corpora give them
// (text only, no publication time), prints event-level BCubed F1, the stories that mix two gold events
// and the gold events spread over several stories.
//   node scripts/ecb-events.mjs            (needs ../shared and a build)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textRaw } from './raw-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
const ecb = path.join(shared, 'data/ecbplus/dev.jsonl');
if (!existsSync(ecb)) {
  console.log(`ecb-events: ${ecb} absent (set CORROBORATE_SHARED), skipping`);
  process.exit(0);
}
const { analyzeDocuments } = await import(path.join(root, 'dist/pipeline/analyze.js'));
const { bcubed } = await import(path.join(root, 'dist/story/index.js'));

const rows = readFileSync(ecb, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const report = analyzeDocuments(rows.map((d) => textRaw(d.id, d.text)));
const gold = new Map(rows.map((d) => [d.id, d.id.replace(/^(\d+)_\d+(ecb(?:plus)?)$/, '$1$2')]));
const pred = new Map();
const members = new Map();
for (const s of report.stories) {
  const ids = s.documents.map((x) => (typeof x === 'string' ? x : x.id));
  members.set(s.id, ids);
  for (const id of ids) pred.set(id, s.id);
}
for (const d of rows) if (!pred.has(d.id)) pred.set(d.id, `none-${d.id}`);
const { precision, recall, f1 } = bcubed(pred, gold);
console.log(`event-level BCubed F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)}, R ${recall.toFixed(3)})`);
let mixed = 0;
for (const [id, ids] of members) {
  const n = new Map();
  for (const d of ids) n.set(gold.get(d), (n.get(gold.get(d)) ?? 0) + 1);
  if (n.size < 2) continue;
  mixed++;
  console.log(`  mixed ${id} (${ids.length}): ${[...n].map(([g, c]) => `${g} ${c}`).join(', ')}`);
}
const spread = new Map();
for (const [d, s] of pred) spread.set(gold.get(d), new Set([...(spread.get(gold.get(d)) ?? []), s]));
const split = [...spread].filter(([, s]) => s.size > 1).map(([g, s]) => `${g} ${s.size}`);
console.log(
  `stories ${members.size}, mixed ${mixed}; events over several stories: ${split.join(', ') || 'none'}`,
);
