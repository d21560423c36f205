/**
 * The first seed report's AI "enrichment" (examples/verify/seed-enrichment.txt) verified against the four other
 * seed reports: the table of verdicts (docs/verify-seeds.md gives an editor's reading of each), exact evidence.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readAllInputs } from '../../src/ingest/index.js';
import {
  prepareReports,
  verifyDraft,
  verifyJsonSchema,
  VerifyResultSchema,
  type VerifyResult,
} from '../../src/verify/index.js';
import { repoRoot, seedsDir } from '../helpers/paths.js';

const draftPath = path.join(repoRoot, 'examples/verify/seed-enrichment.txt');

describe('verify: the seed enrichment against the four other seed reports', () => {
  let r: VerifyResult;
  beforeAll(async () => {
    const others = readdirSync(seedsDir)
      .filter((f) => /^00[1-4]_.*\.txt$/.test(f))
      .map((f) => path.join(seedsDir, f));
    const { documents } = await readAllInputs(others);
    expect(documents).toHaveLength(4);
    r = verifyDraft(prepareReports(documents), {
      id: 'seed-enrichment',
      text: readFileSync(draftPath, 'utf8'),
    });
  });

  it('gives each sentence the verdict in docs/verify-seeds.md', () => {
    const table = r.sentences.map((s) => [s.text.slice(0, 40), s.verdict]);
    expect(table).toEqual([
      ['• Productivity of the Talks: Despite rea', 'contradicted'],
      ["• Russia's Demands: The memorandum propo", 'unsupported'],
      ['The lack of a sustainable peace deal and', 'unsupported'],
      ['Both parties remain willing to carry on ', 'unsupported'],
      ['Ukraine has indicated it will proceed wi', 'unsupported'],
      ['Ukraine has expressed a desire for incre', 'unsupported'],
      ['The U.S. remains optimistic about contin', 'unsupported'],
      ['Politics and general news reports sugges', 'supported'],
      ['The talks on June 2, 2025, while resulti', 'contradicted'],
    ]);
    expect(r.verdict).toBe('contradicted');
  });

  it("names the conflicting report for the memorandum: Russia's refusal against 'Russia presented a detailed document'", () => {
    const c = r.sentences[0]!.conflicts[0]!;
    expect(c.kind).toBe('polarity');
    expect(c.evidence.document).toBe('004_0fdcdedb755f1cd5');
    expect(c.evidence.quote).toContain('Russia presented a detailed document');
  });

  it('keeps every quote an exact slice of its report, and every sentence an exact slice of the draft', () => {
    const texts = new Map(r.documents.map((d) => [d.id, d.text]));
    for (const s of r.sentences) {
      expect(r.draft.text.slice(s.start, s.end)).toBe(s.text);
      for (const e of [
        ...s.support,
        ...s.conflicts.map((c) => c.evidence),
        ...s.facts.flatMap((f) => f.support),
      ])
        expect(texts.get(e.document)!.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('validates against schema/verify.schema.json, which matches the zod contract', () => {
    const published = JSON.parse(readFileSync(path.join(repoRoot, 'schema/verify.schema.json'), 'utf8'));
    expect(published).toEqual(verifyJsonSchema());
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(published);
    const json = JSON.parse(JSON.stringify(r));
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(() => VerifyResultSchema.parse(json)).not.toThrow();
  });

  it('supports a sentence copied from a report, with that report as evidence', () => {
    const p = prepareReports([
      {
        id: 'a',
        input: 'a',
        format: 'text',
        text: 'The storm killed 12 people in the port city on Monday. Officials ordered the evacuation of 4,000 residents.',
        removed: [],
        source: 'Outlet A',
        title: null,
        url: null,
        published: '2024-05-14T10:00:00Z',
        byline: null,
        language: 'en',
      },
    ]);
    const ok = verifyDraft(p, { id: 'd', text: 'Officials ordered the evacuation of 4,000 residents.' });
    expect(ok.verdict).toBe('supported');
    expect(ok.sentences[0]!.support[0]!.outlet).toBe('Outlet A');
    const bad = verifyDraft(p, { id: 'd', text: 'Officials ordered the evacuation of 9,000 residents.' });
    expect(bad.verdict).not.toBe('supported');
    const neg = verifyDraft(p, {
      id: 'd',
      text: 'Officials did not order the evacuation of 4,000 residents.',
    });
    expect(neg.verdict).not.toBe('supported');
  });

  it('checks an attributed sentence like the rest, the named outlet listed first', () => {
    const mk = (id: string, source: string, text: string) => ({
      id,
      input: id,
      format: 'text',
      text,
      removed: [],
      source,
      title: null,
      url: null,
      published: '2024-05-14T10:00:00Z',
      byline: null,
      language: 'en',
    });
    const p = prepareReports([
      mk(
        'a',
        'Valley Post',
        'Officials ordered the evacuation of 4,000 residents on Tuesday, the mayor said.',
      ),
      mk(
        'b',
        'Daily Wire Service',
        'Officials ordered the evacuation of 4,000 residents, according to the fire service.',
      ),
    ]);
    const r = verifyDraft(p, {
      id: 'd',
      text: 'According to the Daily Wire Service, officials ordered the evacuation of 4,000 residents.',
    });
    expect(r.verdict).toBe('supported');
    expect(r.sentences[0]!.attribution).toBe('Daily Wire Service');
    expect(r.sentences[0]!.support.map((e) => e.outlet)).toEqual(['Daily Wire Service', 'Valley Post']);
  });
});
