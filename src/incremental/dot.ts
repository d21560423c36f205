/**
 * The dot product of two sparse term vectors (Map term -> weight), as placement scores a report against
 * a candidate's members and refining links stories: the hot loop of placement's CPU. Bit-identical to
 * summing `x * large.get(term)` over the smaller vector's entries in their order (the larger when the
 * sizes are equal: the first), but without a string-keyed Map look-up per term: each vector is packed
 * once (term ids from an intern table, weights in typed arrays; kept beside the vector, which never
 * changes once made), and the larger one is spread into a dense array, left there while the next call
 * has the same larger vector (a report against each member in turn).
 */

interface Packed {
  ids: Int32Array;
  w: Float64Array;
  generation: number;
}

/** Term ids; started afresh (and every packed vector with it) past `MAX_TERMS` terms. */
let intern = new Map<string, number>();
let generation = 0;
const MAX_TERMS = 1 << 21;
const packedOf = new WeakMap<Map<string, number>, Packed>();
let dense = new Float64Array(1 << 16);
let denseOwner: Packed | null = null;

function pack(v: Map<string, number>): Packed {
  const known = packedOf.get(v);
  if (known && known.generation === generation) return known;
  if (intern.size + v.size > MAX_TERMS) {
    intern = new Map();
    generation++;
    if (denseOwner) dense.fill(0);
    denseOwner = null;
  }
  const ids = new Int32Array(v.size);
  const w = new Float64Array(v.size);
  let k = 0;
  for (const [t, x] of v) {
    let id = intern.get(t);
    if (id === undefined) intern.set(t, (id = intern.size));
    ids[k] = id;
    w[k++] = x;
  }
  const p = { ids, w, generation };
  packedOf.set(v, p);
  return p;
}

/** Spreads `p` into the dense array (clearing the previous owner's entries). */
function spread(p: Packed): void {
  if (denseOwner === p) return;
  if (denseOwner && denseOwner.generation === generation)
    for (let i = 0; i < denseOwner.ids.length; i++) dense[denseOwner.ids[i]!] = 0;
  if (intern.size > dense.length) {
    let size = dense.length;
    while (size < intern.size) size *= 2;
    dense = new Float64Array(size);
  }
  for (let i = 0; i < p.ids.length; i++) dense[p.ids[i]!] = p.w[i]!;
  denseOwner = p;
}

export function dotMaps(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const ps = pack(small);
  const pl = pack(large);
  // packing `large` may have started the intern table afresh: `small` is packed again then
  const s2 = ps.generation === generation ? ps : pack(small);
  spread(pl);
  let s = 0;
  // a term the larger vector lacks reads 0 (weights are never 0): adding x * 0 leaves the sum as skipping it
  for (let i = 0; i < s2.ids.length; i++) s += s2.w[i]! * dense[s2.ids[i]!]!;
  return s;
}
