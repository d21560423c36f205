/**
 * Nineteenth session: two accounts that put one act in different months are two statements; a clause whose act stands
 * under "whether" asks, it does not state. Invented reports of other domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/nlp/quantities.js';
import { framedReports, joined } from '../helpers/stories.js';

const museum = (extra: string) =>
  `The Tarn valley museum reopened its west wing after a year of repairs. ${extra} Entry stays free for children.`;

const mill = (extra: string) =>
  `The Brennor paper mill has cut a third of its shifts since the spring. ${extra} The union meets the owners next week.`;

const has = (r: ReturnType<typeof framedReports>, a: string, b: string) =>
  joined(r).some((c) => c.some((q) => q.includes(a)) && c.some((q) => q.includes(b)));

describe('two accounts that put one act in different months', () => {
  it('are not one statement: "opened a café in March" / "opened a café in October"', () => {
    const r = framedReports(
      museum,
      [
        'The museum opened a rooftop café for visitors in March.',
        'The museum opened a rooftop café for visitors in October.',
      ],
      null,
    );
    expect(has(r, 'in March', 'in October')).toBe(false);
  });

  it('are one statement when they name the same month ("in March" / "on March 4")', () => {
    const r = framedReports(
      museum,
      [
        'The museum opened a rooftop café for visitors in March.',
        'The museum opened a rooftop café for visitors on March 4.',
      ],
      null,
    );
    expect(has(r, 'in March', 'on March 4')).toBe(true);
  });

  it('reads "May" as a month where it dates the act ("in May" / "in March")', () => {
    const r = framedReports(
      museum,
      [
        'The museum opened a rooftop café for visitors in May.',
        'The museum opened a rooftop café for visitors in March.',
      ],
      null,
    );
    expect(has(r, 'in May', 'in March')).toBe(false);
  });

  it('reads an abbreviated month as that month ("on Sept. 12" / "in September")', () => {
    const r = framedReports(
      museum,
      [
        'The museum opened a rooftop café for visitors on Sept. 12.',
        'The museum opened a rooftop café for visitors in September.',
      ],
      null,
    );
    expect(has(r, 'on Sept. 12', 'in September')).toBe(true);
  });
});

describe('a clause whose act stands under "whether"', () => {
  it('asks, it does not state: "reports as to whether the mill will close" / "the mill will close"', () => {
    const r = framedReports(
      mill,
      [
        'There have been conflicting reports as to whether the owners will close the mill.',
        'The owners will close the mill at the end of the year.',
      ],
      null,
    );
    expect(has(r, 'as to whether', 'at the end of the year')).toBe(false);
  });

  it('still states an act it gives before "whether" ("hired auditors to determine whether …")', () => {
    const r = framedReports(
      mill,
      [
        'The owners hired outside auditors to determine whether the accounts were sound.',
        'The owners hired outside auditors last month.',
      ],
      null,
    );
    expect(has(r, 'to determine whether', 'auditors last month')).toBe(true);
  });

  it('still gives the answer after "asked whether" ("asked whether …, she said …")', () => {
    const r = framedReports(
      mill,
      [
        'When asked whether the mill was in trouble, the manager said the owners had found a buyer.',
        'The owners have found a buyer, the manager said.',
      ],
      null,
    );
    expect(has(r, 'asked whether', 'found a buyer, the manager')).toBe(true);
  });
});

const inquest = (extra: string) =>
  `An inquest opened in Orrin on Monday into the death of a ferry worker. ${extra} The hearing resumes in June.`;

const factClaims = (r: ReturnType<typeof framedReports>) =>
  r.stories.flatMap((s) => s.claims).filter((c) => c.scope === 'fact');

describe('a fact two outlets state alike in clauses that are not one claim', () => {
  it('is a corroborated claim of its own: "Vesna Holt, 41, was a deckhand" / "Vesna Holt, 41, died"', () => {
    const r = framedReports(inquest, [
      'Vesna Holt, 41, had worked as a deckhand on the night ferry for twelve years.',
      'The court heard that Vesna Holt, 41, died after falling between the ferry and the quay.',
    ]);
    const ages = factClaims(r).filter((c) => /age of Vesna Holt/.test(c.statement));
    expect(ages).toHaveLength(1);
    expect(ages[0]!.statement).toMatch(/: 41$/);
    expect(ages[0]!.status).toBe('corroborated');
    expect(new Set(ages[0]!.evidence.map((e) => e.document))).toEqual(new Set(['a', 'b']));
    // the clauses themselves state two different acts: no claim of statements joins them
    const statements = r.stories
      .flatMap((s) => s.claims)
      .filter((c) => c.scope !== 'fact' && new Set(c.evidence.map((e) => e.document)).size > 1)
      .map((c) => c.evidence.map((e) => e.quote).join(' | '));
    expect(statements.filter((q) => q.includes('deckhand') && q.includes('falling'))).toEqual([]);
  });

  it('joins only one value written alike ("$80 million" is not "$82 million")', () => {
    const club = (extra: string) =>
      `The Orrin Rovers signed a new striker on Monday. ${extra} He joins in July.`;
    const r = framedReports(club, [
      'The club, which signed the winger Ado Kern to a five-year, $80 million contract last year, is in debt.',
      'The club is in debt after signing the winger Ado Kern to an $82 million deal last year.',
      'The club is in debt, having signed the winger Ado Kern to an $80 million deal last year.',
    ]);
    for (const c of factClaims(r)) {
      const quotes = c.evidence.map((e) => e.quote);
      expect(quotes.some((q) => q.includes('$80')) && quotes.some((q) => q.includes('$82'))).toBe(false);
    }
  });

  it('is no age of a place that names where a person is from ("a 41-year-old Orrin man")', () => {
    const r = framedReports(inquest, [
      'A 41-year-old Orrin man was arrested at the quay on Sunday.',
      'Police arrested a 41-year-old Orrin man at the quay on Sunday night.',
    ]);
    expect(factClaims(r).filter((c) => /age of Orrin/.test(c.statement))).toEqual([]);
  });
});

describe('"previously the …", "formerly a …"', () => {
  const transfer = (extra: string) =>
    `The Orrin Rovers signed the striker Ado Kern from Velby on Monday. ${extra} Kern joins the squad next week.`;

  it('names what a thing was before: "previously the highest fee" is not "it is the highest fee"', () => {
    const r = framedReports(transfer, [
      'At €9m, and potentially worth almost €11 million with bonuses, it is the highest fee ever paid by an Orrin club.',
      'The deal eclipses the 6 million euros Velby paid Harbour United for Ivo Maric in 2021, previously the highest fee paid by an Orrin club.',
    ]);
    const statements = r.stories
      .flatMap((s) => s.claims)
      .filter((c) => c.scope !== 'fact' && new Set(c.evidence.map((e) => e.document)).size > 1)
      .map((c) => c.evidence.map((e) => e.quote).join(' | '));
    expect(statements.filter((q) => q.includes('it is the highest fee') && q.includes('previously'))).toEqual(
      [],
    );
  });
});

describe('a height in feet and inches', () => {
  it('is no figure: "the 6-foot-9 senior" counts neither 6 nor 9 of anything; a weight beside it stays a weight', () => {
    const text = 'The 6-foot-9 senior needed nine points. He is 5-foot-8, 135 pounds. The 6-foot fence fell.';
    const qs = findQuantities(text, [{ start: 0, end: text.length }]).map((q) => [q.text, q.unit]);
    expect(qs).toEqual([
      ['nine', null],
      ['135', 'kg'],
      ['6', 'm'],
    ]);
  });
});
