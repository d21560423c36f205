/**
 * Range look-ups over a sentence's tokens in O(log n). Tokens come from the tokenizer in text order
 * with increasing starts and ends, so "tokens inside [a, b)" is one contiguous slice. Clause splitting
 * asked these questions with a scan of the whole sentence per boundary, quadratic on a long
 * `a; a; a; …` line (100 KB: 24 s).
 */
import type { Token } from '../model/annotations.js';

export interface TokenIndex {
  /** The first `,` token starting at or after `at`. */
  commaFrom(at: number): Token | undefined;
  /** Whether a VERB or AUX token lies inside [at, until]. */
  hasVerb(at: number, until: number): boolean;
  /** The tokens with start >= a and end <= b. */
  within(a: number, b: number): Token[];
}

export function tokenIndex(tokens: Token[]): TokenIndex {
  const n = tokens.length;
  /** First index whose token starts at or after `at`. */
  const firstFrom = (at: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start >= at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  /** First index whose token ends after `b`. */
  const firstEndingAfter = (b: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end > b) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const nextComma = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) nextComma[i] = tokens[i]!.text === ',' ? i : nextComma[i + 1]!;
  const verbs = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const pos = tokens[i]!.pos;
    verbs[i + 1] = verbs[i]! + (pos === 'VERB' || pos === 'AUX' ? 1 : 0);
  }
  return {
    commaFrom(at) {
      const k = nextComma[firstFrom(at)]!;
      return k < 0 ? undefined : tokens[k];
    },
    hasVerb(at, until) {
      const lo = firstFrom(at);
      const hi = Math.max(lo, firstEndingAfter(until));
      return verbs[hi]! - verbs[lo]! > 0;
    },
    within(a, b) {
      const lo = firstFrom(a);
      return tokens.slice(lo, Math.max(lo, firstEndingAfter(b)));
    },
  };
}
