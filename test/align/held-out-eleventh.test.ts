/**
 * Judgement of the eleventh session, found by reading the disputes reported on the ECB+ stories nobody labelled
 * (`scripts/held-out-disputes.mjs`): each rule right for a general reason, each tested here on invented reports.
 */
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/align/clauses.js';
import { sameActors, storyFacts } from '../../src/align/disputes.js';
import { annotate } from '../../src/nlp/index.js';
import { cleanDoc } from '../helpers/docs.js';
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

describe('names set beside the subject in a "like" or "unlike" phrase', () => {
  const factsOf = (text: string) => storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0, { short: true }));
  const signed = (text: string) => factsOf(text).find((f) => f.kind === 'polarity')!;

  it('take no part in its act: "Unlike stars A, B and C, Ross is not signed" is not about A, B and C', () => {
    const yes = signed(
      'Stars Ilse Maren, Jonas Vik and Petra Lund are already signed on to appear in the sequel.',
    );
    const no = signed('Unlike stars Ilse Maren, Jonas Vik and Petra Lund, Ross is not signed for a sequel.');
    expect(no.negated).toBe(true);
    expect(sameActors(yes, no)).toBe(false);
  });

  it('but the names of the clause itself still are', () => {
    const yes = signed(
      'Stars Ilse Maren, Jonas Vik and Petra Lund are already signed on to appear in the sequel.',
    );
    const no = signed('Stars Ilse Maren, Jonas Vik and Petra Lund are not signed for a sequel.');
    expect(sameActors(yes, no)).toBe(true);
  });
});

describe('a subject that is nobody, with an aside between dashes', () => {
  const factsOf = (text: string) => storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0, { short: true }));
  const offered = (text: string) => factsOf(text).find((f) => f.kind === 'polarity' && f.slot === 'bid');

  it('reaches its verb past the aside: "None of the other clubs -- A, B and C -- has offered"', () => {
    for (const text of [
      'None of the other clubs in the race -- Harbour Rovers, Drevsk City and Kessow United -- has been reported to have offered more than three years.',
      'No other club -- Harbour Rovers, Drevsk City or Kessow United -- has offered the striker a contract.',
    ])
      expect(offered(text)?.negated).toBe(true);
  });

  it('but an aside does not make a named subject nobody', () => {
    expect(
      offered(
        'Harbour Rovers -- the club with no trophies in a decade -- has offered the striker a contract.',
      )?.negated,
    ).toBe(false);
  });
});

const council = (extra: string) =>
  `The city council of Tarnby approved a plan on Monday to build a flood wall along the river. ${extra} Work is due to start in the spring.`;

describe('figures of polls', () => {
  it('two figures governed only by saying share no predicate: "some 40 percent of respondents said" / "a survey said 71 percent were unhappy"', () => {
    const r = framedReports(council, [
      'In a survey released on Monday, some 40 percent of respondents said the flood wall was too costly.',
      "A survey published by the Harbour Times on Monday said 71 percent of residents were unhappy with the council's handling of the flood.",
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('a margin of error is no share of anything', () => {
    const factsOf = (text: string) =>
      storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0, { short: true }));
    const f = factsOf(
      'The survey of 800 residents by the Harbour Times gave a 3.5 percent margin of error.',
    ).find((x) => x.slot === 'unit:%');
    expect(f?.margin).toBe(true);
    const g = factsOf(
      'The survey by the Harbour Times found that 64 percent of residents back the wall.',
    ).find((x) => x.slot === 'unit:%');
    expect(g?.margin).toBeFalsy();
  });
});
