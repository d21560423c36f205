// A sweep of verify's thresholds on the SummEdits tune articles only (the test articles are held out: this prints
// nothing of them). Each setting is given as name=v1,v2,…; every combination is run and its tune figure printed.
// Usage: node scripts/verify-sweep.mjs minCoverage=0.55,0.6,0.62 strictWhereRepeatedCoverage=0.75,0.8,0.85
import { existsSync } from 'node:fs';
import { verifySettings } from '../dist/settings/verify.js';
import { SUMMEDITS, balanced, runSummEdits, split } from './summedits.mjs';

if (!existsSync(SUMMEDITS)) {
  console.log(`SummEdits: ${SUMMEDITS} is absent, skipping`);
  process.exit(0);
}
const grid = process.argv
  .slice(2)
  .filter((a) => a.includes('='))
  .map((a) => {
    const [name, values] = a.split('=');
    if (!(name in verifySettings)) throw new Error(`no setting ${name}`);
    return [name, values.split(',').map(Number)];
  });
const combos = grid.reduce(
  (acc, [name, vs]) => acc.flatMap((c) => vs.map((v) => ({ ...c, [name]: v }))),
  [{}],
);
const shipped = { ...verifySettings };
for (const c of combos) {
  Object.assign(verifySettings, shipped, c);
  const { tune } = split(runSummEdits());
  const b = balanced(tune);
  const contradicted = tune.filter((r) => r.verdict === 'contradicted');
  const right = contradicted.filter((r) => r.label === 0).length;
  const kept = tune.filter((r) => r.label === 1 && r.verdict === 'supported').length;
  const caught = tune.filter((r) => r.label === 0 && r.verdict !== 'supported').length;
  console.log(
    `${JSON.stringify(c)}  tune ${b.ba.toFixed(1)} (consistent kept ${kept}, inconsistent caught ${caught}; ` +
      `contradicted ${right}/${contradicted.length} right)`,
  );
}
Object.assign(verifySettings, shipped);
