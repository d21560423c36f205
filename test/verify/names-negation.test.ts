/** The sixth session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences: each
 * rule with the case it was made for, and the same case with the rule turned off, so each test shows what its rule
 * changes. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

// (verdictWithout restores the settings it changes)
const without = verdictWithout;

describe('verify: names, negations and figures (sixth session)', () => {
  it('reads a country named by its capital as stated, not as a missing modifier ("U.K. nurses" / "in London")', () => {
    const d = 'On Monday, U.K. nurses marched to the health department.';
    const r = 'On Monday, nurses marched to the health department in London.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(without({ countryNameStated: false, draftCountryWordStated: false }, d, r).verdict).toBe(
      'unsupported',
    );
  });

  it('reads a name resolved to a name of the report as stated ("A Chinese team" / "a team from China")', () => {
    const d = 'A Chinese team finished the new bridge in March.';
    const r = 'A team from China finished the new bridge in March.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(without({ resolvedNameStated: false, draftCountryWordStated: false }, d, r).verdict).toBe(
      'unsupported',
    );
  });

  it('reads a negation moved to another word of the sentence as a change of what is negated', () => {
    // both sentences have a "not", on different verbs: one negation added, one dropped
    const d = 'The club, which has not paid its players, has found a new sponsor.';
    const r = 'The club, which has paid its players, has not found a new sponsor.';
    const s = verdictOf(d, r);
    expect(s.verdict).not.toBe('supported');
    expect(s.checks.some((c) => c.kind === 'polarity')).toBe(true);
    expect(without({ negationPerWord: false }, d, r).verdict).toBe('supported');
    // the same negation on the same words stays supported
    expect(
      verdictOf(
        'The club, which has paid its players, has not found a new sponsor.',
        'The club has paid its players but has not found a new sponsor yet.',
      ).verdict,
    ).toBe('supported');
  });

  it('reads a capitalised common word opening the sentence as a word, not a name ("Stocks" / "Shares")', () => {
    const d = 'Stocks in the ferry operator fell after the harbour strike began.';
    const r = 'Shares in the ferry operator fell after the harbour strike began.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(without({ openingCommonWord: false }, d, r).verdict).toBe('unsupported');
    // a place name opening the sentence is still a name the report does not state
    expect(
      verdictOf('Lisbon dockers walked out on Monday over pay.', 'Dockers walked out on Monday over pay.')
        .verdict,
    ).toBe('unsupported');
  });

  it('sets a figure only against a figure of the same thing ("a few weekends" is no rival of "hundreds" of volunteers)', () => {
    const d = 'Hundreds of volunteers have cleaned the beach over the past few weekends.';
    const r = 'Hundreds of volunteers have cleaned the beach in recent months.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(without({ numberRivalSameThing: false, conflictInPlace: false }, d, r).verdict).toBe(
      'contradicted',
    );
  });
  it('holds an adjective the report lacks against a sentence that repeats the report, not one reworded throughout', () => {
    const r =
      'After a meeting on Friday, the harbour board lowered mooring fees for fishing boats by 30 per cent.';
    // reworded throughout ("a cut", "trawler crews"): "sharp" grades the cut the report gives a figure for
    const d = "The harbour board made a sharp cut in mooring fees for trawler crews after Friday's meeting.";
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(without({ strictWhereRepeatedCoverage: 0 }, d, r).verdict).toBe('unsupported');
    // (this test's first sentence, "… for fishing crews …", was reworded at coverage 0.73 only while the light verb
    // "made" counted as a missing word of fact, VERIFY_GENERIC being inert; by the corrected count, 8 of 10, it
    // repeats the report as closely as the tune articles' edits do, and "sharp" is held: the seventh session)
    expect(
      verdictOf(
        "The harbour board made a sharp cut in mooring fees for fishing crews after Friday's meeting.",
        r,
      ).verdict,
    ).toBe('unsupported');
    // the report's own sentence with an adjective added is an edit of it
    expect(
      verdictOf(
        'The council approved a costly new ferry terminal on Tuesday.',
        'The council approved a new ferry terminal on Tuesday.',
      ).verdict,
    ).toBe('unsupported');
  });

  it('requires a negation of the report to be matched by one of the draft on its words, whatever its kind', () => {
    // the draft's "decline" is read as a negation cue, but of "visitors", not of "got the pricing right"
    const d = 'Ticket sales fell after a decline in visitors, and the museum got the pricing right.';
    const r = 'The museum failed to get the pricing right after a decline in visitors.';
    const s = verdictOf(d, r);
    expect(s.verdict).toBe('contradicted');
    expect(s.checks.some((c) => c.kind === 'polarity')).toBe(true);
    expect(without({ negationDroppedAnyCue: false }, d, r).verdict).toBe('supported');
  });
  it('reads an adjective in the place of a report adjective as another quality, however reworded the rest', () => {
    const r = 'Dozens of sheep have fallen ill on farms near the river this spring, and several were culled.';
    const d = 'Dozens of sheep have fallen lame on farms near the river in recent weeks, with some culled.';
    const s = verdictOf(d, r);
    expect(s.verdict).toBe('unsupported');
    expect(s.checks).toContainEqual({ kind: 'coverage', draft: 'lame', source: 'ill' });
    expect(without({ adjectiveSubstitution: false }, d, r).verdict).toBe('supported');
    // a synonym in that place is the same quality
    expect(
      verdictOf(
        'Dozens of sheep on farms near the river have fallen sick, and a few were culled.',
        'Dozens of sheep on farms near the river have fallen ill, and several were culled by vets.',
      ).verdict,
    ).toBe('supported');
  });
  it('reads an opposite said of the same thing, even where the draft word stands elsewhere in the report', () => {
    // "increase" is in the report, of visitors; of ticket sales the report says "dropped"
    const d =
      'Museum ticket sales saw a sharp increase in June after the new wing opened, and visitors queued for hours.';
    const r =
      'Museum ticket sales dropped in June after the new wing opened, although the shop reported an increase in visitors who queued for hours.';
    const s = verdictOf(d, r);
    expect(s.checks).toContainEqual({ kind: 'antonym', draft: 'increase', source: 'dropped' });
    expect(without({ oppositeBesideSameWord: false }, d, r).checks.some((c) => c.kind === 'antonym')).toBe(
      false,
    );
    // each word said of its own thing, in another order, is no opposite
    expect(
      verdictOf(
        'Costs dropped in June while sales saw an increase.',
        'In June sales increased while costs dropped.',
      ).verdict,
    ).toBe('supported');
  });

  it('a capitalised first word of the report\'s attribution ("Several of the lenders said") is no name the draft misattributes', () => {
    const d = 'Only Brightline reports that several large lenders said they would cut rates in May.';
    const r = "Several of the port's largest lenders said they would cut rates in May.";
    expect(verdictOf(d, r).verdict).toBe('supported');
  });

  it('"no" denies the noun after it: "no cargo boats ran" does not deny that "a skeleton service ran"', () => {
    const d = 'Only a skeleton ferry service ran between Velby and Orrin on Monday.';
    const r =
      'Only a skeleton ferry service ran between Velby and Orrin on Monday, and no cargo boats ran at all.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    // and with its "of" complement: "no proof of fraud" / "have not found any evidence of fraud"
    const d2 = 'The auditors, who have opened an inquiry, have found no proof of fraud at the port.';
    const r2 =
      'The auditors, who have opened an inquiry into the accounts, have not found any evidence of fraud at the port.';
    expect(verdictOf(d2, r2).verdict).not.toBe('contradicted');
  });

  it('a statement the report relays ("X said …, according to Y") is X\'s as well as Y\'s', () => {
    const d = 'The Velby Port Authority said it plans to dredge the channel by May.';
    const r =
      'The Velby Port Authority said it plans to dredge the channel by May, according to the Orrin Tribune.';
    expect(verdictOf(d, r).verdict).toBe('supported');
  });
});
