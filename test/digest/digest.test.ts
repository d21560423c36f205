/**
 * `digest`: the seeds' digest states the four disputes and no trap as a dispute; every sentence is cited and every
 * evidence quote exact; the round trip (each fact sentence verified against the same reports comes out supported,
 * each dispute shows both sides) over the seeds and the development corpora of ../shared (skipped without it).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { analyzeInputs } from '../../src/pipeline/analyze.js';
import type { Report } from '../../src/model/report.js';
import { digestJsonSchema, digestReport, DigestSchema, type Digest } from '../../src/digest/index.js';
import { digestRoundTrip } from '../../src/digest/check.js';
import { renderDigestMarkdown } from '../../src/digest/render.js';
import { expectedPath, repoRoot, seedsDir, sharedDir, skipMessage } from '../helpers/paths.js';

describe('digest of the seeds', () => {
  let report: Report;
  let digest: Digest;
  beforeAll(async () => {
    report = (await analyzeInputs([seedsDir])).report;
    digest = digestReport(report);
  });

  it('states the four disputes, each as a dispute with both sides, and no other', () => {
    const disputes = digest.stories.flatMap((s) => s.paragraphs.flat()).filter((s) => s.kind === 'dispute');
    expect(disputes).toHaveLength(4);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { disputes?: unknown[] };
    if (expected.disputes) expect(disputes).toHaveLength(expected.disputes.length);
    for (const d of disputes) {
      expect(d.text).toMatch(/^Outlets differ on .+: .+ says? .+; .+ says? .+\.$/);
      expect(d.positions!.length).toBeGreaterThanOrEqual(2);
    }
    expect(disputes.map((d) => d.text).join('\n')).toMatch(/3,000.*6,000|6,000.*3,000/s);
    // a dispute that names its own question is stated by it ("who was the mediator", "whether Russia presented the
    // document"), not by its kind's generic words ("who did it", "whether it happened")
    const lines = disputes.map((d) => d.text).join('\n');
    expect(lines).toMatch(/Outlets differ on whether Russia presented the document:/);
    expect(lines).not.toMatch(/Outlets differ on whether it happened:/);
  });

  it('cites every sentence to a numbered source list; evidence quotes are exact; fact words are the quote', () => {
    const texts = new Map(report.documents.map((d) => [d.id, d.text]));
    for (const s of digest.stories) {
      const numbers = new Set(s.sources.map((x) => x.n));
      for (const x of s.paragraphs.flat()) {
        expect(x.sources.length).toBeGreaterThan(0);
        for (const n of x.sources) expect(numbers.has(n)).toBe(true);
        for (const e of x.evidence) expect(texts.get(e.document)!.slice(e.start, e.end)).toBe(e.quote);
        if (x.kind !== 'dispute') {
          const q = x.evidence[0]!.quote;
          expect(x.text.slice(x.at!, x.at! + q.length).toLowerCase()).toBe(q.toLowerCase());
        }
      }
    }
    expect(renderDigestMarkdown(digest)).toMatch(/\[\d\]/);
  });

  it('validates against schema/digest.schema.json, which matches the zod contract', () => {
    const published = JSON.parse(readFileSync(path.join(repoRoot, 'schema/digest.schema.json'), 'utf8'));
    expect(published).toEqual(digestJsonSchema());
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(published);
    const json = JSON.parse(JSON.stringify(digest));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(() => DigestSchema.parse(json)).not.toThrow();
  });

  it('round trip: every fact sentence is supported by verify, every dispute shows both sides', () => {
    const rows = digestRoundTrip(report, digest);
    expect(rows.filter((r) => !r.ok)).toEqual([]);
  });

  it('keeps to --words: fewer facts with a small budget, the disputes always', () => {
    const small = digestReport(report, { words: 40 });
    const n = (d: Digest) => d.stories.flatMap((s) => s.paragraphs.flat());
    expect(n(small).length).toBeLessThan(n(digest).length);
    expect(n(small).filter((s) => s.kind === 'dispute')).toHaveLength(4);
  });
});

if (!sharedDir) console.log(skipMessage('digest round trip on the development corpora'));
describe.skipIf(!sharedDir)('digest round trip on the development corpora', async () => {
  // a plain ESM script without types (named by a variable, so the type checker does not look for them)
  const script = '../../scripts/corpora.mjs';
  const { developmentCorpora } = sharedDir
    ? ((await import(script)) as { developmentCorpora: (s: string, w: string) => unknown[] })
    : { developmentCorpora: () => [] };
  const corpora = (
    developmentCorpora(sharedDir ?? '', os.tmpdir()) as { name: string; inputs: string[] }[]
  ).filter((c) => c.name !== 'seeds');
  for (const c of corpora)
    it(`${c.name}: at least 95% of fact sentences supported, every dispute showing both sides`, async () => {
      const { report } = await analyzeInputs(c.inputs);
      const rows = digestRoundTrip(report, digestReport(report));
      const facts = rows.filter((r) => r.kind !== 'dispute');
      const disputes = rows.filter((r) => r.kind === 'dispute');
      const failed = facts.filter((r) => !r.ok);
      console.log(
        `digest round trip ${c.name}: ${facts.length - failed.length}/${facts.length} fact sentences supported; ${disputes.filter((r) => r.ok).length}/${disputes.length} disputes with both sides` +
          failed.map((r) => `\n  ${r.verdict}: ${r.text.slice(0, 120)}`).join(''),
      );
      expect(disputes.every((r) => r.ok)).toBe(true);
      expect(facts.length - failed.length).toBeGreaterThanOrEqual(Math.ceil(0.95 * facts.length));
    }, 300_000);
});
