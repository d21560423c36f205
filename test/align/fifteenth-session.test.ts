/**
 * Fifteenth session: "X is not the one who fired" denies the firing, so it never corroborates "X fired".
 * Invented reports of other domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { framedReports } from '../helpers/stories.js';

/** The quotes of each claim that two or more reports make. */
const joined = (r: Report) =>
  r.stories
    .flatMap((s) => s.claims)
    .filter((c) => new Set(c.evidence.map((e) => e.document)).size > 1)
    .map((c) => c.evidence.map((e) => e.quote));

const trial = (extra: string) =>
  `The trial of Dara Quill over the harbour arson opened in Osta on Tuesday, the court said. ${extra} The trial resumes on Monday.`;

describe('"is not the one who set the fire" denies setting it', () => {
  it('is no corroboration of "Quill set the fire on the pier", however close the words', () => {
    const r = framedReports(trial, [
      'His lawyer said Quill was on the pier that night but was not the one who set the fire on the pier.',
      'A witness told the court that Quill set the fire on the pier that night.',
      'A dock worker testified that Quill set the fire on the pier that night.',
    ]);
    const claims = joined(r);
    expect(claims.some((c) => c.some((x) => x.includes('not the one')))).toBe(false);
    expect(claims.some((c) => c.filter((x) => x.includes('Quill set the fire')).length === 2)).toBe(true);
  });
});

const hearing = (extra: string) =>
  `The trial of Dara Quill opened in Osta on Tuesday. ${extra} The trial resumes on Monday.`;

describe('"was not the one who poisoned the guard" against the act named by its noun', () => {
  it('is no corroboration of "the 19-year-old accused of poisoning the guard", though both say he fled', () => {
    const r = framedReports(hearing, [
      'His lawyer said Quill fled the pier that night but was not the one who poisoned the guard.',
      'Quill, the 19-year-old accused of poisoning the guard, fled the pier that night.',
      'Quill is charged with attempted murder.',
      'Three witnesses will testify.',
    ]);
    expect(joined(r).some((c) => c.some((x) => x.includes('not the one')))).toBe(false);
  });
});
