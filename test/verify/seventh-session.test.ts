/** The seventh session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences: each
 * rule with the case it was made for, and the same case with the rule turned off, so each test shows what its rule
 * changes. */
import { afterEach, describe, expect, it } from 'vitest';
import { verifySettings } from '../../src/settings/verify.js';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

const saved = { ...verifySettings };
afterEach(() => {
  Object.assign(verifySettings, saved);
});
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
