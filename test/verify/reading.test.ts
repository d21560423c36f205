/** The sentence-level support test (src/verify/support.ts) on invented sentences of other domains: each reading
 * rule with the case it was made for. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../helpers/verify.js';

describe('verify: reading negation', () => {
  it('reaches over function words to the content words a negation bears on', () => {
    // "not thought to be a risk" and "not seen as a risk": both negate the risk
    const s = verdictOf(
      'The bridge was not seen as a risk to shipping until 2004, after a collision near the port.',
      'The old bridge was not thought to be a risk to shipping until a 2004 collision near the port, officials said.',
    );
    expect(s.checks.filter((c) => c.kind === 'polarity')).toEqual([]);
  });

  it('reads a negative word ("unable to", "elusive") as a negation of what it bears on', () => {
    const s = verdictOf(
      'The inspectors, who have opened an inquiry, found no trace of the missing cargo.',
      'The inspectors, who have opened an inquiry into the shipment, were unable to find any trace of the missing cargo.',
    );
    expect(s.checks.filter((c) => c.kind === 'polarity')).toEqual([]);
    const e = verdictOf(
      'A deal on the harbour fees remains elusive after the second round of talks.',
      'The second round of talks ended without a deal on the harbour fees.',
    );
    expect(e.checks.filter((c) => c.kind === 'polarity')).toEqual([]);
  });

  it('ends a negation’s reach at its clause', () => {
    const s = verdictOf(
      'The fever can be dangerous for calves and older cattle.',
      'Most herds recover without treatment, but the fever can be dangerous for calves and older cattle.',
    );
    expect(s.verdict).toBe('supported');
  });

  it('still flags a negation the report does not state', () => {
    const s = verdictOf(
      'The inspectors did not find the missing cargo in the warehouse.',
      'The inspectors found the missing cargo in the warehouse on Tuesday.',
    );
    expect(s.verdict).not.toBe('supported');
    expect(s.checks.some((c) => c.kind === 'polarity')).toBe(true);
  });
});

describe('verify: reading figures', () => {
  it('does not contradict a figure the report states in the same statement as the sentence’s other figures', () => {
    // the judge aligns "around 640 infections" with "around 90 infections" (same counted thing), but the report
    // states 640 (cattle infected) with the draft's 212 deaths and 14 provinces
    const s = verdictOf(
      'Since then, around 640 infections have been reported globally, with 212 deaths in 14 provinces.',
      'In total, 640 cattle worldwide have been infected, and 212 deaths have been reported in 14 provinces. ' +
        'But in the last seven years, the pace has slowed, with only around 90 infections and 20 deaths.',
    );
    expect(s.verdict).not.toBe('contradicted');
    expect(s.facts.find((f) => f.value.includes('640'))?.verdict).toBe('supported');
  });
});

describe('verify: a noun put in the place of another', () => {
  const text =
    'The climber fell to his death from a Welsh sea cliff that was known as a nesting site, police said.';
  it('leaves a sentence that repeats the report but for one noun unsupported, naming the report’s word', () => {
    const s = verdictOf(
      'The climber fell to his death from a Welsh beach that was known as a nesting site.',
      text,
    );
    expect(s.verdict).toBe('unsupported');
    expect(s.checks).toContainEqual({ kind: 'coverage', draft: 'beach', source: 'sea cliff' });
  });
  it('supports the sentence as the report words it', () => {
    const s = verdictOf(
      'The climber fell to his death from a Welsh sea cliff that was known as a nesting site.',
      text,
    );
    expect(s.verdict).toBe('supported');
  });
});

describe('verify: who says it', () => {
  const text = 'The Port Authority of Genoa said on Monday it would close the northern quay for repairs.';
  it('leaves a statement attributed to another name than the report’s unsupported', () => {
    const s = verdictOf(
      'The Port Authority of Naples said on Monday it would close the northern quay for repairs.',
      text,
    );
    expect(s.verdict).not.toBe('supported');
    expect(s.checks.some((c) => c.kind === 'entity')).toBe(true);
  });
  it('supports it attributed to the same name', () => {
    expect(verdictOf(text, text).verdict).toBe('supported');
  });
});

describe('verify: ordinals and opposites', () => {
  const text = 'The river stayed above the flood mark for a second straight day, the agency said on Friday.';
  it('reads an ordinal put in the place of another as a conflict of figures', () => {
    const s = verdictOf(
      'The river stayed above the flood mark for a third straight day, the agency said on Friday.',
      text,
    );
    expect(s.verdict).not.toBe('supported');
    expect(s.checks).toContainEqual({ kind: 'number', draft: 'third', source: 'second' });
  });
  it('reads "opened" against "shut" as opposites', () => {
    const s = verdictOf(
      'The council has opened the old ferry terminal on the east bank.',
      'The council has shut the old ferry terminal on the east bank, officials said.',
    );
    expect(s.verdict).not.toBe('supported');
  });
});

describe('verify: a contradiction cites what conflicts', () => {
  it('leaves a figure the report sentence lacks, with none of its own against it, unsupported, not contradicted', () => {
    const s = verdictOf(
      'A study by the institute found that the factory secretly released 40 tonnes of waste into the river in May 2021.',
      'A study by the institute found that the factory released nearly 40 tonnes of waste into the river last year.',
    );
    expect(s.verdict).toBe('unsupported');
  });
  it('does not read a capitalised word opening the sentence as a name in conflict with the report’s names', () => {
    const s = verdictOf(
      'Shares in the shipping firm have fallen after a drop in profit.',
      'The shipping firm Kessler Lines reported that its profit dropped, and its shares fell.',
    );
    expect(s.verdict).not.toBe('contradicted');
  });
});
