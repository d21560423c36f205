/** The seventh session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences: each
 * rule with the case it was made for, and the same case with the rule turned off, so each test shows what its rule
 * changes. */
import { describe, expect, it } from 'vitest';
import { VERIFY_GENERIC } from '../../src/verify/lexicon.js';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

// (verdictWithout restores the settings it changes)
const without = verdictWithout;

describe('verify: passive verbs and descriptions of a name (seventh session)', () => {
  it('reads a participle after "be" as the passive verb, worded freely, not as an added adjective', () => {
    const d =
      'The old bridge was not classified as a risk to drivers until 2019, after a storm in the north.';
    const r = 'The old bridge was not deemed a risk to drivers until a 2019 storm in the north.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(without({ passiveParticipleIsVerb: false }, d, r).verdict).toBe('unsupported');
    // an adjective before a noun is still a modifier the report must state
    expect(
      verdictOf('The old bridge was not deemed a risk to drivers until a 2019 storm in the rocky north.', r)
        .verdict,
    ).toBe('unsupported');
  });
});

/** The verdict with VERIFY_GENERIC holding other entries (as it did before the seventh session: the letters of its
 * list), restored after. */
const withGeneric = (entries: Iterable<string>, draft: string, text: string) => {
  const kept = [...VERIFY_GENERIC];
  VERIFY_GENERIC.clear();
  for (const w of entries) VERIFY_GENERIC.add(w);
  try {
    return verdictOf(draft, text);
  } finally {
    VERIFY_GENERIC.clear();
    for (const w of kept) VERIFY_GENERIC.add(w);
  }
};

describe('verify: words that carry no fact (seventh session, VERIFY_GENERIC)', () => {
  it('holds words, not the letters of its list', () => {
    for (const w of ['said', 'make', 'get', 'meanwhile', 'already', 'several'])
      expect(VERIFY_GENERIC.has(w)).toBe(true);
    for (const letter of ['a', 'e', 's', '|']) expect(VERIFY_GENERIC.has(letter)).toBe(false);
  });

  it('does not count light verbs and discourse words of a draft as words the report lacks', () => {
    const r = 'Fishing crews protested against the higher mooring fees outside the harbour office on Monday.';
    const d =
      'Meanwhile, fishing crews also did go and make their way to protest against the higher mooring fees outside the harbour office on Monday, as they had already told the press they would.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    // counted as words of fact ("meanwhile", "also", "go", "make", "way", "already", "told" missing): 9 of 17
    const letters = new Set([...VERIFY_GENERIC].join('|'));
    expect(withGeneric(letters, d, r).verdict).toBe('unsupported');
  });

  it('keeps words that carry a fact out of the list ("new", "state", "total", "recent", "a peace accord")', () => {
    for (const w of ['new', 'state', 'total', 'recent', 'report', 'accord', 'include', 'claim'])
      expect(VERIFY_GENERIC.has(w)).toBe(false);
    // "new" added to a sentence that repeats the report is a modifier the report does not state
    const r = 'The council approved a ferry terminal for the state on Tuesday.';
    const d = 'The council approved a new ferry terminal for the state on Tuesday.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(withGeneric([...VERIFY_GENERIC, 'new'], d, r).verdict).toBe('supported');
  });

  it("counts a negation's reach in all the words it bears on, the light verb it negates first included", () => {
    // the report's "failed to" bears on "get the timetable right"; the draft's "decline" on "passengers" only
    const r = 'The ferry operator failed to get the timetable right after a decline in passengers.';
    const d = 'Bookings fell after a decline in passengers, and the ferry operator got the timetable right.';
    const s = verdictOf(d, r);
    expect(s.verdict).toBe('contradicted');
    expect(s.checks.some((c) => c.kind === 'polarity')).toBe(true);
    // counted in content words only, the reach runs past "right" to "passengers", which the draft's "decline" bears on
    expect(without({ negationReachGenericWords: false }, d, r).verdict).toBe('supported');
  });
});
