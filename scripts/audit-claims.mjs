// Draws a fixed random sample of corroborated claims across the development corpora for a hand audit: do all
// of a claim's quotes state the same fact with compatible values? Prints Markdown (one row per claim, its
// quotes under it) to fill in by hand; the judged table lives in docs/claims-audit.md.
//   npm run build && node scripts/audit-claims.mjs [--n 50] [--seed 7] > /tmp/sample.md
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { developmentCorpora } from './corpora.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
if (!existsSync(path.join(shared, 'data', 'disputes'))) {
  console.log(`audit-claims: ${shared}/data/disputes is not there, nothing to sample`);
  process.exit(0);
}
const { analyzeInputs } = await import(path.join(root, 'dist/pipeline/analyze.js'));
const work = path.join(os.tmpdir(), `corroborate-audit-${process.pid}`);
mkdirSync(work, { recursive: true });

const corpora = developmentCorpora(shared, work, { html: false }).map((c) => [c.name, c.inputs]);

// a small seeded generator, so the same build draws the same sample
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const all = [];
for (const [name, inputs] of corpora) {
  const { report } = await analyzeInputs(inputs, {});
  for (const s of report.stories)
    for (const c of s.claims)
      if (c.status === 'corroborated') all.push({ corpus: name, story: s.id, claim: c });
}
const rand = rng(arg('seed', 7));
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [all[i], all[j]] = [all[j], all[i]];
}
const sample = all.slice(0, arg('n', 50));
console.log(`# Corroborated claims: a random sample of ${sample.length} of ${all.length}\n`);
sample.forEach(({ corpus, claim }, k) => {
  console.log(`## ${k + 1}. ${corpus} ${claim.id}`);
  for (const e of claim.evidence) console.log(`- ${e.document}: ${e.quote.replace(/\s+/g, ' ')}`);
  console.log('');
});
