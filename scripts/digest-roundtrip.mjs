// The digest round trip on the development corpora: each digest sentence verified against the same reports.
// Prints, per corpus, how many fact sentences come out supported and how many disputes show both sides.
//   node scripts/digest-roundtrip.mjs [--show]   (needs a build and ../shared)
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { developmentCorpora } from './corpora.mjs';
import { analyzeInputs } from '../dist/pipeline/analyze.js';
import { digestReport } from '../dist/digest/index.js';
import { digestRoundTrip } from '../dist/digest/check.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
if (!existsSync(path.join(shared, 'data', 'disputes'))) {
  console.log('digest round trip: ../shared is absent, skipping');
  process.exit(0);
}
const work = path.join(os.tmpdir(), `corroborate-digest-${process.pid}`);
mkdirSync(work, { recursive: true });
for (const c of developmentCorpora(shared, work)) {
  const { report } = await analyzeInputs(c.inputs, { quiet: true });
  const rows = digestRoundTrip(report, digestReport(report));
  const facts = rows.filter((r) => r.kind !== 'dispute');
  const disputes = rows.filter((r) => r.kind === 'dispute');
  console.log(
    `${c.name.padEnd(12)} ${report.stories.length} stories: fact sentences supported ${facts.filter((r) => r.ok).length}/${facts.length}; disputes showing both sides ${disputes.filter((r) => r.ok).length}/${disputes.length}`,
  );
  if (process.argv.includes('--show'))
    for (const r of rows.filter((r) => !r.ok))
      console.log(`  ${r.verdict}: ${r.text.slice(0, 160)} — ${r.reason.slice(0, 200)}`);
}
