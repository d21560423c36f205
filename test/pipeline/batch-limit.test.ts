/**
 * Memory at scale (issue 12): past the batch limit reading stops with a clear, named problem, and what was
 * read is still analysed and written (exit 2).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readAllInputs } from '../../src/ingest/index.js';
import { ingestSettings } from '../../src/settings/ingest.js';
import { cliPath } from '../helpers/paths.js';

function records(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-limit-'));
  const file = path.join(dir, 'records.jsonl');
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `r${i}`, text: `Report ${i}: ${i * 3} homes were damaged in town number ${i}.` }),
  );
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('batch limit', () => {
  it('readAllInputs stops at maxDocuments with one batch-limit problem naming where it stopped', async () => {
    const file = records(8);
    const { documents, problems } = await readAllInputs([file], { maxDocuments: 5, htmlWorkers: 0 });
    expect(documents.map((d) => d.id)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(problems).toEqual([
      expect.objectContaining({ input: `${file}#line6`, severity: 'skipped', code: 'batch-limit' }),
    ]);
    expect(problems[0]!.message).toMatch(/batch limit of 5 documents reached/);
  });

  it('the default limit is named in settings and applies to readAllInputs', async () => {
    expect(ingestSettings.maxBatchDocuments).toBeGreaterThanOrEqual(10_000);
    const { documents, problems } = await readAllInputs([records(3)], { htmlWorkers: 0 });
    expect(documents).toHaveLength(3);
    expect(problems).toEqual([]);
  });

  it('analyze --max-documents writes the report of what it read and exits 2', () => {
    const file = records(6);
    const out = path.join(path.dirname(file), 'report.json');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        [cliPath, 'analyze', '--quiet', '--max-documents', '4', '--out', out, file],
        {
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (e) {
      ({ status, stderr } = e as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toContain('batch limit of 4 documents reached');
    const report = JSON.parse(readFileSync(out, 'utf8')) as { documents: unknown[] };
    expect(report.documents).toHaveLength(4);
  }, 60_000);
});
