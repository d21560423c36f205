/**
 * Judgement of the eleventh session, found by reading the disputes reported on the ECB+ stories nobody labelled
 * (`scripts/held-out-disputes.mjs`): each rule right for a general reason, each tested here on invented reports.
 */
import { describe, expect, it } from 'vitest';
import { framedReports, valuesOf } from '../helpers/stories.js';

const navy = (extra: string) =>
  `The frigate Alder stopped two skiffs off the coast of Veska on Tuesday. ${extra} The crews were handed to the coast guard.`;

describe('two values one report states side by side', () => {
  it("are two facts, not two versions of one: one raid's 12 magazines and five raids' 31", () => {
    const r = framedReports(navy, [
      'During the raid, six rifles and 12 magazines were seized. In its five raids so far, the frigate has seized 31 magazines.',
      'During the raid, six rifles and 12 magazines were seized, an officer said.',
      'The frigate has seized 31 magazines in its five raids so far, the navy said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it("but a report that gives two sources' versions still sets them against each other", () => {
    const r = framedReports(navy, [
      'In the raid, 12 magazines were seized, the navy said. In the raid, 31 magazines were seized, the coast guard said.',
      'The frigate seized 12 magazines in the raid, an officer said.',
      'The frigate seized 31 magazines in the raid, the coast guard said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['12', '31']]);
  });

  it('and two outlets that disagree still do when a third report adds another fact of the slot', () => {
    const r = framedReports(navy, [
      'The frigate seized 12 magazines in the raid, an officer said.',
      'The frigate seized 31 magazines in the raid, the navy said.',
      'The frigate seized 12 magazines in the raid. Last year the frigate seized two magazines in a raid.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['12', '31']]);
  });
});
