// Leave-one-corpus-out choice of `eventGapDays` (src/settings/story.ts): story B3 F1 of each development
// corpus over a grid of gaps; for each corpus left out, the gap is chosen on the other two (the middle of
// their best plateau) and the left-out corpus's F1 at that gap is the figure that predicts unseen reports.
// Run after `npm run build` and `bash ../shared/tools/eval-corpora.sh` (it reads the clean documents of
// each corpus's report):  node scripts/loco-event-gap.mjs [$TMPDIR/corroborate-corpora] [../shared]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const dir = process.argv[2] ?? path.join(process.env.TMPDIR ?? os.tmpdir(), 'corroborate-corpora');
const shared = process.argv[3] ?? path.resolve(import.meta.dirname ?? '.', '../../shared');
const { groupStories } = await import('../dist/story/index.js');
const { storySettings } = await import('../dist/settings/story.js');
const grid = [0, 1, 2, 3, 4, 5, 7, 10, 14, 21, 30, 45, 60];
const corpora = ['kestria', 'marovia', 'ecbplus-dev'];
const data = {};
for (const c of corpora) {
  const r = JSON.parse(fs.readFileSync(`${dir}/${c}/report.json`, 'utf8'));
  const truth = JSON.parse(fs.readFileSync(`${shared}/data/disputes/${c}/truth.json`, 'utf8'));
  const gold = new Map();
  for (const [k, ids] of Object.entries(truth.clusters)) for (const i of ids) gold.set(i, k);
  for (const d of truth.distractors ?? []) gold.set(d.doc ?? d.id ?? d, 'x-' + (d.doc ?? d.id ?? d));
  const docs = r.documents
    .filter((d) => gold.has(d.id))
    .map((d) => ({
      id: d.id,
      text: d.text,
      title: d.title ?? d.meta?.title,
      published: d.published ?? d.meta?.published,
    }));
  data[c] = { docs, gold };
}
const score = (c, g) => {
  const { docs, gold } = data[c];
  const groups = groupStories(docs, { settings: { ...storySettings, eventGapDays: g } });
  const sys = new Map();
  groups.forEach((s) => s.documents.forEach((d) => sys.set(d, s.id)));
  // B3
  let p = 0,
    r = 0;
  const ids = docs.map((d) => d.id);
  for (const d of ids) {
    const S = ids.filter((x) => sys.get(x) === sys.get(d));
    const G = ids.filter((x) => gold.get(x) === gold.get(d));
    const both = S.filter((x) => gold.get(x) === gold.get(d)).length;
    p += both / S.length;
    r += both / G.length;
  }
  p /= ids.length;
  r /= ids.length;
  return +((2 * p * r) / (p + r)).toFixed(3);
};
const table = {};
for (const c of corpora) table[c] = grid.map((g) => score(c, g));
console.log('gap', grid.join('\t'));
for (const c of corpora) console.log(c, table[c].join('\t'));
{
  const mean = grid.map((_, i) => corpora.reduce((s, c) => s + table[c][i], 0) / corpora.length);
  const best = Math.max(...mean);
  const plateau = grid.map((_, i) => i).filter((i) => mean[i] >= best - 1e-9);
  console.log(
    'all corpora: plateau',
    plateau.map((i) => grid[i]).join(','),
    'middle',
    grid[plateau[Math.floor((plateau.length - 1) / 2)]],
  );
}
for (const held of corpora) {
  const train = corpora.filter((c) => c !== held);
  const mean = grid.map((_, i) => train.reduce((s, c) => s + table[c][i], 0) / train.length);
  const best = Math.max(...mean);
  const plateau = grid.map((_, i) => i).filter((i) => mean[i] >= best - 1e-9);
  const gi = plateau[Math.floor((plateau.length - 1) / 2)]; // the middle of the best plateau
  console.log(
    `LOCO held out ${held}: chosen gap ${grid[gi]} (train mean ${best.toFixed(3)}), held-out F1 ${table[held][gi]}`,
  );
}
