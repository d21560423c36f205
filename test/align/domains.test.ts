/**
 * The comparison rules on small stories from other domains (disaster, business, politics):
 * incompatible statements become disputes with exact evidence, compatible wordings never do.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { quantitiesCompatible } from '../../src/align/compare.js';
import type { Quantity } from '../../src/model/annotations.js';
import { rawDoc } from '../helpers/docs.js';
import { expectExactEvidence } from '../helpers/evidence.js';

const raw = (id: string, text: string, source: string) =>
  rawDoc(id, text, { source, published: '2024-05-14T10:00:00Z', language: 'en' });

const exact = expectExactEvidence;

describe('a disaster story', () => {
  const report = analyzeDocuments([
    raw(
      'a',
      'A strong earthquake struck central Italy on Tuesday.\nAt least 12 people were killed in the earthquake in the mountain town, officials said.\nDozens of people were injured in the earthquake.\nThe Red Cross coordinated the rescue of survivors from collapsed homes.',
      'Daily A',
    ),
    raw(
      'b',
      'An earthquake hit central Italy on Tuesday morning.\nNine people were killed in the earthquake in the mountain town, the civil protection agency said.\nAbout 40 people were injured in the earthquake.\nSchools in the region will stay closed until next week.',
      'Wire B',
    ),
  ]);
  const story = report.stories[0]!;

  it('groups both reports as one story', () => {
    expect(report.stories).toHaveLength(1);
  });

  it('flags the death toll that cannot agree, and not the compatible injured count', () => {
    const numbers = story.disputes.filter((d) => d.kind === 'number');
    expect(numbers).toHaveLength(1);
    const values = numbers[0]!.positions.map((p) => p.value).sort();
    expect(values).toEqual(['At least 12', 'Nine']);
    expect(numbers[0]!.positions.map((p) => p.evidence[0]!.document).sort()).toEqual(['a', 'b']);
    exact(report);
  });

  it("keeps each outlet's own facts as single-source", () => {
    const single = story.claims.filter((c) => c.status === 'single-source').map((c) => c.statement);
    expect(single.some((s) => s.includes('Red Cross'))).toBe(true);
    expect(single.some((s) => s.includes('Schools in the region'))).toBe(true);
  });
});

describe('a business and a politics story', () => {
  it('finds yes/no and list disputes between claimants', () => {
    const report = analyzeDocuments([
      raw(
        'x',
        'Acme Corp submitted a bid for Globex on Monday, the company said.\nFinance Minister Jane Doe met with representatives from Spain, Portugal and Greece before the vote.',
        'Paper X',
      ),
      raw(
        'y',
        'Acme Corp did not submit a bid for Globex, a spokesman said on Monday.\nFinance Minister Jane Doe met with representatives from Spain, Italy and Greece before the vote.',
        'Paper Y',
      ),
    ]);
    const kinds = report.stories.flatMap((s) => s.disputes.map((d) => d.kind)).sort();
    expect(kinds).toEqual(['list', 'polarity']);
    const polarity = report.stories.flatMap((s) => s.disputes).find((d) => d.kind === 'polarity')!;
    expect(polarity.positions.map((p) => p.normalized).sort()).toEqual(['false', 'true']);
    expect(polarity.positions.every((p) => p.attribution)).toBe(true);
    exact(report);
  });

  it('reports nothing when the wordings agree', () => {
    const report = analyzeDocuments([
      raw(
        'p',
        'The summit lasted approximately an hour, and about 40 delegates attended the talks in Oslo.',
        'P',
      ),
      raw(
        'q',
        'The summit lasted just over an hour, and as many as 40 delegates attended the talks in Oslo.',
        'Q',
      ),
    ]);
    expect(report.stories.flatMap((s) => s.disputes)).toEqual([]);
  });
});

describe('syndicated copies', () => {
  it('count as one outlet: a fact only the original and its copy state stays single-source', () => {
    const wire =
      'A passenger train derailed near the river crossing on Monday evening.\nThe railway operator said 14 carriages left the track after a signal failure.\nInvestigators from the national safety board arrived at the scene overnight.\nThe line between the two cities will stay closed for repairs until Friday.';
    const report = analyzeDocuments([
      raw('wire', wire, 'Wire'),
      raw('copy', `By Staff Reporter\n${wire}\nRead more on our website.`, 'Reprint'),
      raw(
        'other',
        'A passenger train derailed near the river crossing on Monday evening, local police said.\nResidents heard a loud crash.',
        'Local',
      ),
    ]);
    // undated: which of the two is the original is decided by id, not by input order
    const copy = report.documents.find((d) => d.id === 'copy')!;
    const wireDoc = report.documents.find((d) => d.id === 'wire')!;
    expect([copy.copyOf, wireDoc.copyOf].sort()).toEqual(['copy', null].sort());
    const story = report.stories.find((s) => s.documents.includes('wire'))!;
    const safety = story.claims.find((c) => c.statement.includes('safety board'))!;
    expect(safety.status).toBe('single-source');
    expect(safety.independentOutlets).toBe(1);
    const derailed = story.claims.find((c) =>
      c.evidence.some((e) => e.document === 'other' && e.quote.includes('derailed')),
    )!;
    expect(derailed.status).toBe('corroborated');
  });
});

describe('per-party amounts and totals', () => {
  const q = (
    low: number,
    high: number,
    distribution: Quantity['distribution'],
    parties: number | null = null,
  ): Quantity => ({
    start: 0,
    end: 1,
    text: '',
    low,
    high,
    value: low,
    qualifier: 'exact',
    unit: null,
    counted: 'prisoner',
    countedSpan: null,
    distribution,
    parties,
  });
  it('reconciles "1,000 for 1,000" with 2,000 in all, and not 3,000 each with 6,000 each', () => {
    expect(quantitiesCompatible(q(1000, 1000, 'each', 2), q(2000, 2000, 'unspecified'))).toBe(true);
    expect(quantitiesCompatible(q(1000, 1000, 'each', 2), q(1000, 1000, 'unspecified', 2))).toBe(true);
    expect(quantitiesCompatible(q(3000, 3000, 'each'), q(6000, 6000, 'each'))).toBe(false);
    expect(quantitiesCompatible(q(6000, 6000, 'total', 2), q(3000, 3000, 'each'))).toBe(true);
    expect(quantitiesCompatible(q(1000, Infinity, 'each'), q(1000, 1000, 'each', 2))).toBe(true);
  });
});
