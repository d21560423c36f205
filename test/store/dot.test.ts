/** The packed dot product (src/incremental/dot.ts) gives exactly the sum a Map look-up per term gives. */
import { describe, expect, it } from 'vitest';
import { dotMaps } from '../../src/incremental/dot.js';

function naive(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) s += x * y;
  }
  return s;
}

describe('dotMaps', () => {
  it('is bit-identical to summing over the smaller vector in its order, whatever the call order', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const vecs = Array.from({ length: 60 }, () => {
      const m = new Map<string, number>();
      const n = 1 + Math.floor(rnd() * 200);
      for (let k = 0; k < n; k++) m.set(`t${Math.floor(rnd() * 600)}`, rnd());
      return m;
    });
    vecs.push(new Map());
    for (const a of vecs) for (const b of vecs) expect(dotMaps(a, b)).toBe(naive(a, b));
    // the same pairs again, in another order (the dense copy of the larger vector is reused or replaced)
    for (const b of vecs) for (const a of [...vecs].reverse()) expect(dotMaps(a, b)).toBe(naive(a, b));
  });
});
