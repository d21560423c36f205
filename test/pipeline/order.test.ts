/**
 * The output depends on the set of reports, not their order (issue 12): the same reports shuffled give
 * byte-identical JSON once documents are sorted by id.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readAllInputs } from '../../src/ingest/index.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { renderJson } from '../../src/report/json.js';
import type { RawDocument } from '../../src/model/document.js';
import type { Report } from '../../src/model/report.js';
import { rawDoc } from '../helpers/docs.js';
import { seedsDir, sharedPath, skipMessage } from '../helpers/paths.js';

function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The report's JSON with documents sorted by id (the only order the input may change). */
function canonical(report: Report): string {
  const documents = [...report.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return renderJson({ ...report, documents });
}

function expectOrderFree(raws: RawDocument[], seeds: number[]): void {
  const base = canonical(analyzeDocuments(structuredClone(raws)));
  for (const seed of seeds) {
    const other = canonical(analyzeDocuments(structuredClone(shuffled(raws, seed))));
    expect(other === base, `order ${seed} changed the report`).toBe(true);
  }
}

const ecb = sharedPath('data', 'ecbplus', 'dev.jsonl');

describe('order independence', () => {
  it('the seeds in three other orders give the same report', async () => {
    const { documents } = await readAllInputs([seedsDir], { htmlWorkers: 0 });
    expect(documents.length).toBeGreaterThanOrEqual(5);
    expectOrderFree(documents, [1, 2, 3]);
  }, 120_000);

  it.skipIf(!ecb)(
    `ECB+ reports of four topics in other orders give the same report${ecb ? '' : ` (${skipMessage('ECB+')})`}`,
    () => {
      const rows = readFileSync(ecb!, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; topic: string; text: string });
      const topics = [...new Set(rows.map((r) => r.topic))].slice(0, 4);
      const raws = rows.filter((r) => topics.includes(r.topic)).map((r) => rawDoc(r.id, r.text));
      expect(raws.length).toBeGreaterThan(40);
      expectOrderFree(raws, [7, 8]);
    },
    300_000,
  );
});
