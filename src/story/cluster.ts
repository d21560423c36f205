/**
 * Average-link agglomerative clustering over a sparse similarity graph (pairs not listed count as 0).
 * Average link resists chaining: a cluster only absorbs another when their documents are similar on
 * average, not through one bridge pair. A max-heap with lazy invalidation keeps it O(E log E).
 */
import type { Pair } from './similarity.js';

interface Entry {
  avg: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** true when x should pop before y: higher average, then lower ids (deterministic ties). */
function before(x: Entry, y: Entry): boolean {
  if (x.avg !== y.avg) return x.avg > y.avg;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

class Heap {
  private items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    if (!h.length) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Clusters `n` items. Returns, for each item, the index of its cluster's first (lowest) item.
 * Merging stops when no two clusters have an average similarity of at least `threshold`.
 */
export function averageLink(n: number, pairs: Pair[], threshold: number): Int32Array {
  // Cluster c is named by its lowest member; sums[c] maps neighbour cluster -> sum of pair similarities.
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const size = new Int32Array(n).fill(1);
  const version = new Int32Array(n);
  const alive = new Uint8Array(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  for (const { a, b, sim } of pairs) {
    sums[a]!.set(b, (sums[a]!.get(b) ?? 0) + sim);
    sums[b]!.set(a, (sums[b]!.get(a) ?? 0) + sim);
  }
  const heap = new Heap();
  for (let a = 0; a < n; a++)
    for (const [b, s] of sums[a]!) if (a < b && s >= threshold) heap.push({ avg: s, a, b, va: 0, vb: 0 });

  for (let e = heap.pop(); e; e = heap.pop()) {
    if (e.avg < threshold) break;
    const { a, b } = e;
    if (!alive[a] || !alive[b] || version[a] !== e.va || version[b] !== e.vb) continue;
    // Merge b into a (a < b, so a stays the lowest member).
    alive[b] = 0;
    const sa = sums[a]!;
    const sb = sums[b]!;
    sa.delete(b);
    for (const [c, s] of sb) {
      if (c === a) continue;
      sa.set(c, (sa.get(c) ?? 0) + s);
      const sc = sums[c]!;
      sc.set(a, (sc.get(a) ?? 0) + s);
      sc.delete(b);
    }
    sb.clear();
    size[a]! += size[b]!;
    for (const m of members[b]!) members[a]!.push(m);
    members[b] = [];
    version[a]!++;
    for (const [c, s] of sa) {
      const avg = s / (size[a]! * size[c]!);
      if (avg < threshold) continue;
      const [x, y] = a < c ? [a, c] : [c, a];
      heap.push({ avg, a: x, b: y, va: version[x]!, vb: version[y]! });
    }
  }
  // Lazy invalidation: the neighbour c's version did not change, but entries for (c, a) pushed earlier
  // carry a's old version, so they are skipped. Entries for (a', c) where c merged elsewhere likewise.
  const root = new Int32Array(n);
  for (let c = 0; c < n; c++) if (alive[c]) for (const m of members[c]!) root[m] = c;
  return root;
}

/**
 * Refines a clustering: a document moves to the cluster it is most similar to on average when that is
 * higher than its average similarity to the rest of its own cluster (and at least `threshold`). This
 * undoes average link's greedy early merges (a report that first met a look-alike event's report).
 * Documents are visited in input order, for at most `rounds` rounds: deterministic.
 * Returns, for each item, the lowest item of its cluster.
 */
export function reassign(
  n: number,
  pairs: Pair[],
  root: Int32Array,
  threshold: number,
  rounds: number,
  margin = 1,
): Int32Array {
  const adj: { j: number; sim: number }[][] = Array.from({ length: n }, () => []);
  for (const { a, b, sim } of pairs) {
    adj[a]!.push({ j: b, sim });
    adj[b]!.push({ j: a, sim });
  }
  const label = Int32Array.from(root);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[label[i]!]!++;
  const sums = new Map<number, number>();
  for (let round = 0; round < rounds; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      if (!adj[i]!.length) continue;
      sums.clear();
      for (const { j, sim } of adj[i]!) sums.set(label[j]!, (sums.get(label[j]!) ?? 0) + sim);
      const own = label[i]!;
      const ownAvg = size[own]! > 1 ? (sums.get(own) ?? 0) / (size[own]! - 1) : threshold;
      let best = own;
      let bestAvg = ownAvg;
      for (const [c, s] of sums) {
        if (c === own) continue;
        const avg = s / size[c]!;
        if (avg > bestAvg + 1e-12 || (avg === bestAvg && best !== own && c < best)) {
          best = c;
          bestAvg = avg;
        }
      }
      if (best !== own && bestAvg >= threshold && bestAvg >= ownAvg * margin) {
        size[own]!--;
        size[best]!++;
        label[i] = best;
        moved++;
      }
    }
    if (!moved) break;
  }
  // Name each cluster by its lowest member again.
  const first = new Map<number, number>();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const l = label[i]!;
    if (!first.has(l)) first.set(l, i);
    out[i] = first.get(l)!;
  }
  return out;
}
