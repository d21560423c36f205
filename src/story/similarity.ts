/**
 * TF-IDF vectors over a batch (sparse, L2-normalised) and the candidate pairs with their cosine
 * similarity, found through an inverted index so 5,000 reports never need a dense n x n matrix.
 */
import { storySettings, type StorySettings } from '../settings/story.js';
import type { DocFeatures } from './features.js';

/** A sparse vector: term ids ascending, with their weights. */
export interface SparseVec {
  ids: Int32Array;
  vals: Float64Array;
}

/** A pair of documents (by batch index, a < b) with their similarity. */
export interface Pair {
  a: number;
  b: number;
  sim: number;
}

/**
 * Sublinear TF (ln(1 + weighted count)) x IDF, L2-normalised. `smooth` IDF is ln((n+1)/(df+1)) + 1
 * (every term keeps some weight: the batch-wide pass); otherwise ln(n/df), which gives no weight to a
 * term every document has, and terms of one document only are dropped (the split step, where the
 * topic's shared words must stop counting).
 */
export function vectorize(features: DocFeatures[], smooth = true): { vecs: SparseVec[]; df: Int32Array } {
  const vocab = new Map<string, number>();
  // Intern terms in first-seen order (deterministic for a given input).
  for (const f of features) for (const t of f.counts.keys()) if (!vocab.has(t)) vocab.set(t, vocab.size);
  const df = new Int32Array(vocab.size);
  for (const f of features) for (const t of f.counts.keys()) df[vocab.get(t)!]!++;
  const n = features.length;
  const idf = new Float64Array(vocab.size);
  for (let i = 0; i < idf.length; i++)
    idf[i] = smooth ? Math.log((n + 1) / (df[i]! + 1)) + 1 : df[i]! < 2 ? 0 : Math.log(n / df[i]!);
  // a report's weights by term id while its vector is made (its terms are distinct: one slot each)
  const weight = new Float64Array(vocab.size);
  const vecs = features.map((f) => {
    let size = 0;
    for (const [t, c] of f.counts) {
      const id = vocab.get(t)!;
      if (idf[id]! > 0) {
        weight[id] = Math.log1p(c) * idf[id]!;
        size++;
      }
    }
    const ids = new Int32Array(size);
    let k = 0;
    for (const t of f.counts.keys()) {
      const id = vocab.get(t)!;
      if (idf[id]! > 0) ids[k++] = id;
    }
    ids.sort();
    let norm = 0;
    for (const id of ids) norm += weight[id]! * weight[id]!;
    norm = Math.sqrt(norm) || 1;
    const vals = new Float64Array(size);
    ids.forEach((id, j) => {
      vals[j] = weight[id]! / norm;
      weight[id] = 0;
    });
    return { ids, vals };
  });
  return { vecs, df };
}

export function dot(x: SparseVec, y: SparseVec): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const a = x.ids[i]!;
    const b = y.ids[j]!;
    if (a === b) s += x.vals[i++]! * y.vals[j++]!;
    else if (a < b) i++;
    else j++;
  }
  return s;
}

function disjointYears(a: Set<number>, b: Set<number>): boolean {
  if (!a.size || !b.size) return false;
  for (const y of a) if (b.has(y)) return false;
  return true;
}

/** The factor time evidence puts on two reports' similarity (years named, publication dates). */
export function timeFactor(x: DocFeatures, y: DocFeatures, settings: StorySettings): number {
  let f = 1;
  if (disjointYears(x.years, y.years)) f *= settings.yearMismatchFactor;
  const tx = x.published;
  const ty = y.published;
  if (tx != null && ty != null && Math.abs(tx - ty) > settings.publishedGapDays * 86_400_000)
    f *= settings.publishedGapFactor;
  return f;
}

/**
 * All pairs whose similarity reaches `candidateFloor`, found via postings of terms no commoner than
 * `max(minDfCap, maxDfShare * n)`. The similarity is the exact cosine, times `yearMismatchFactor` when
 * both reports name years and share none, and times `publishedGapFactor` when both have publication
 * dates further apart than `publishedGapDays`. Pairs come sorted by (a, b).
 */
export function similarPairs(
  features: DocFeatures[],
  vecs: SparseVec[],
  df: Int32Array,
  settings: StorySettings = storySettings,
): Pair[] {
  const n = vecs.length;
  const cap = Math.max(settings.minDfCap, Math.floor(settings.maxDfShare * n));
  const postDocs: number[][] = [];
  const postVals: number[][] = [];
  for (let d = 0; d < n; d++) {
    const v = vecs[d]!;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k]!;
      if (df[id]! > cap || df[id]! < 2) continue;
      (postDocs[id] ??= []).push(d);
      (postVals[id] ??= []).push(v.vals[k]!);
    }
  }
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const pairs: Pair[] = [];
  for (let a = 0; a < n; a++) {
    const v = vecs[a]!;
    for (let k = 0; k < v.ids.length; k++) {
      const list = postDocs[v.ids[k]!];
      if (!list) continue;
      const vals = postVals[v.ids[k]!]!;
      const w = v.vals[k]!;
      // Postings are ascending: only documents after `a`.
      for (let p = list.length - 1; p >= 0; p--) {
        const b = list[p]!;
        if (b <= a) break;
        if (acc[b] === 0) touched.push(b);
        acc[b]! += w * vals[p]!;
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      const partial = acc[b]!;
      acc[b] = 0;
      // The rare terms give a lower bound of the cosine; the exact one is only worth computing near the floor.
      if (partial < settings.candidateFloor * 0.5) continue;
      let sim = dot(v, vecs[b]!);
      sim *= timeFactor(features[a]!, features[b]!, settings);
      if (sim >= settings.candidateFloor) pairs.push({ a, b, sim });
    }
    touched.length = 0;
  }
  return pairs;
}
