/**
 * The bar of the analyze issue, on the bundled seeds as plain files (no metadata): the official
 * scorer (copied into test/fixtures) must show every dispute found, no trap reported, at most one
 * unplanned dispute, every single-source fact found, every alias group merged, exact evidence.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analyzeInputs } from '../../src/pipeline/analyze.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reportJsonSchema, ReportSchema } from '../../src/model/report.js';
import { cliPath, expectedPath, repoRoot, seedsDir } from '../helpers/paths.js';

const scorer = path.join(repoRoot, 'test/fixtures/report-score.mjs');

describe('analyze on the seeds', async () => {
  const { report, skipped } = await analyzeInputs([seedsDir]);
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-seeds-'));
  const reportPath = path.join(dir, 'report.json');
  writeFileSync(reportPath, renderJson(report));
  const scores = JSON.parse(
    execFileSync(process.execPath, [scorer, reportPath, expectedPath, seedsDir, '--json'], {
      encoding: 'utf8',
    }),
  ) as Record<string, number>;
  const human = execFileSync(process.execPath, [scorer, reportPath, expectedPath, seedsDir], {
    encoding: 'utf8',
  });

  it('reads every seed and groups them as one story', () => {
    expect(skipped).toBe(0);
    expect(report.documents).toHaveLength(5);
    expect(scores['grouping.bcubedF1']).toBe(1);
  });

  it('finds every dispute and reports no trap', () => {
    expect(scores['disputes.recall'], human).toBe(1);
    expect(scores['disputes.trapsReported'], human).toBe(0);
    const unplanned = /(\d+) unplanned of/.exec(human)?.[1];
    expect(Number(unplanned), human).toBeLessThanOrEqual(1);
  });

  it('finds the single-source facts, merges the alias groups, quotes exactly', () => {
    expect(scores['singleSource.recall'], human).toBe(1);
    expect(scores['aliases.groupsMerged'], human).toBe(1);
    expect(scores['contract.evidenceExact'], human).toBe(1);
    expect(scores['cleaning.boilerplateRemoved']).toBe(1);
    expect(scores['cleaning.articleKept']).toBe(1);
  });

  it('keeps every quote an exact slice of its document', () => {
    const texts = new Map(report.documents.map((d) => [d.id, d.text]));
    for (const s of report.stories)
      for (const e of [
        ...s.claims.flatMap((c) => c.evidence),
        ...s.disputes.flatMap((d) => d.positions.flatMap((p) => p.evidence)),
        ...s.timeline.flatMap((t) => t.evidence),
        ...s.entities.flatMap((x) => x.mentions ?? []),
      ])
        expect(texts.get(e.document)!.slice(e.start, e.end)).toBe(e.quote);
  });

  it('validates against the published JSON Schema, which matches the zod contract', () => {
    const published = JSON.parse(readFileSync(path.join(repoRoot, 'schema/report.schema.json'), 'utf8'));
    expect(published).toEqual(reportJsonSchema());
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(published);
    const ok = validate(JSON.parse(readFileSync(reportPath, 'utf8')));
    expect(ok, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(() => ReportSchema.parse(JSON.parse(readFileSync(reportPath, 'utf8')))).not.toThrow();
  });

  it('gives byte-identical output for the same input, through the command too', () => {
    const a = execFileSync(process.execPath, [cliPath, 'analyze', seedsDir, '-q'], { encoding: 'utf8' });
    const b = execFileSync(process.execPath, [cliPath, 'analyze', seedsDir, '-q'], { encoding: 'utf8' });
    expect(a).toBe(b);
    expect(a).toBe(renderJson(report));
  });

  it('writes Markdown with the disputes first and untrusted text escaped', () => {
    const md = renderMarkdown(report);
    expect(md.indexOf('### Disputes')).toBeLessThan(md.indexOf('### Corroborated'));
    expect(md).toContain('**6,000**');
    expect(md).not.toMatch(/<script/i);
  });
});
