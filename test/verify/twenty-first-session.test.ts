/** The twenty-first session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences:
 * each rule with the case it was made for, and the same case with the rule turned off. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: opposites said of one thing (twenty-first session)', () => {
  it('two adjectives qualifying two different nouns are no swap ("last 10 games" / "the first round")', () => {
    const r = 'Last season, the Harriers lost eight of 10 games and went out in the first round to Kelso.';
    const d = 'Last season, the Harriers lost eight of their last 10 games.';
    expect(verdictOf(d, r).verdict).not.toBe('contradicted');
    expect(verdictWithout({ oppositeAdjectiveHead: false }, d, r).verdict).toBe('contradicted');
  });

  it('but are one where they qualify the same noun ("the last round" / "the first round")', () => {
    const r = 'The Harriers lost in the first round of the playoffs to Kelso.';
    const d = 'The Harriers lost in the last round of the playoffs to Kelso.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    // and a predicate adjective, which qualifies no noun after it, is read as before
    expect(
      verdictOf(
        'The bridge over the Tarn was closed on Monday.',
        'The bridge over the Tarn was open on Monday.',
      ).verdict,
    ).not.toBe('supported');
  });
});
