/**
 * The split step: a cluster from the batch-wide pass may hold two look-alike events (two earthquakes in
 * California). Inside the cluster, TF-IDF is recomputed with the cluster as the collection, so the words
 * every report of the topic shares lose their weight and what tells the events apart (names, dates,
 * numbers; weighted `splitNameBoost` times over content words) dominates. A spectral bisection (Fiedler vector of the normalised similarity matrix, best
 * normalised-cut sweep) proposes two parts; the cluster is split when the normalised cut is low, i.e.
 * the two parts are much more similar within than across, and not when the ledes of both parts date their
 * event to the same year (one event told two ways). Parts are split again the same way.
 */
import type { StorySettings } from '../settings/story.js';
import type { DocFeatures } from './features.js';
import { dot, timeFactor, vectorize } from './similarity.js';

/** Inside a topic, names, numbers and dates count `splitNameBoost` times more than content words. */
function eventFeatures(f: DocFeatures, boost: number): DocFeatures {
  if (boost === 1) return f;
  const counts = new Map<string, number>();
  for (const [t, c] of f.counts) counts.set(t, t.startsWith('w:') ? c : c * boost);
  return { ...f, counts };
}

/** Dense cosine matrix (row-major, zero diagonal) of the given documents, with cluster-local IDF. */
function localSimilarity(features: DocFeatures[], settings: StorySettings): Float64Array {
  const { vecs } = vectorize(
    features.map((f) => eventFeatures(f, settings.splitNameBoost)),
    settings.splitSmoothIdf,
  );
  const n = vecs.length;
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const x = settings.splitTimeEvidence
        ? dot(vecs[i]!, vecs[j]!) * timeFactor(features[i]!, features[j]!, settings)
        : dot(vecs[i]!, vecs[j]!);
      s[i * n + j] = x;
      s[j * n + i] = x;
    }
  return s;
}

/**
 * Best two-way partition by normalised cut along the Fiedler vector. Returns the side of each item
 * (0/1; item 0 is on side 0) and the cut value, or null when no partition leaves `minSize` on each side.
 */
export function spectralBisect(
  s: Float64Array,
  n: number,
  minSize: number,
  iterations: number,
): { side: Uint8Array; ncut: number } | null {
  if (n < 2 * minSize) return null;
  const deg = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let j = 0; j < n; j++) d += s[i * n + j]!;
    deg[i] = d + 1e-9;
  }
  const sq = deg.map(Math.sqrt);
  // The top eigenvector of D^-1/2 S D^-1/2 is D^1/2 1; deflate it and power-iterate (shifted by I so
  // the spectrum is non-negative) from a fixed start for the second one.
  let un = 0;
  for (let i = 0; i < n; i++) un += deg[i]!;
  un = Math.sqrt(un);
  const u = sq.map((x) => x / un);
  let v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = Math.sin(i + 1);
  let w = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    let p = 0;
    for (let i = 0; i < n; i++) p += v[i]! * u[i]!;
    for (let i = 0; i < n; i++) v[i]! -= p * u[i]!;
    let norm = 0;
    for (let i = 0; i < n; i++) {
      let acc = v[i]!;
      const row = i * n;
      for (let j = 0; j < n; j++) acc += (s[row + j]! * v[j]!) / (sq[i]! * sq[j]!);
      w[i] = acc;
      norm += acc * acc;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) w[i]! /= norm;
    [v, w] = [w, v];
  }
  const f = Array.from(v, (x, i) => x / sq[i]!);
  const order = f.map((_, i) => i).sort((a, b) => f[a]! - f[b]! || a - b);
  let vol = 0;
  for (let i = 0; i < n; i++) vol += deg[i]!;
  const inA = new Uint8Array(n);
  let cut = 0;
  let volA = 0;
  let best: { k: number; ncut: number } | null = null;
  for (let k = 0; k < n - 1; k++) {
    const i = order[k]!;
    inA[i] = 1;
    volA += deg[i]!;
    const row = i * n;
    for (let j = 0; j < n; j++) if (j !== i) cut += inA[j] ? -s[row + j]! : s[row + j]!;
    const size = k + 1;
    if (size < minSize || n - size < minSize) continue;
    const ncut = cut / volA + cut / (vol - volA);
    if (!best || ncut < best.ncut - 1e-12) best = { k, ncut };
  }
  if (!best) return null;
  const side = new Uint8Array(n);
  for (let k = 0; k <= best.k; k++) side[order[k]!] = 1;
  if (side[0] === 1) for (let i = 0; i < n; i++) side[i] = 1 - side[i]!;
  return { side, ncut: best.ncut };
}

/** The years that at least `share` of the reports' headlines + ledes name. */
function leadYears(side: DocFeatures[], share: number): Set<string> {
  const n = new Map<string, number>();
  for (const f of side)
    for (const t of f.leadCounts.keys()) if (t.startsWith('y:')) n.set(t, (n.get(t) ?? 0) + 1);
  return new Set([...n].filter(([, c]) => c >= share * side.length).map(([t]) => t));
}

/**
 * Whether both sides' headlines + ledes date their event to the same year (each side's share of ledes
 * naming it at least `share`): look-alike events of one topic are told apart by their dates, and two
 * groups that put their event in one year are one event told two ways (the suspect named or not, the
 * crime or the charge).
 */
function sameLeadYear(a: DocFeatures[], b: DocFeatures[], share: number): boolean {
  const x = leadYears(a, share);
  for (const y of leadYears(b, share)) if (x.has(y)) return true;
  return false;
}

/**
 * Splits one cluster (batch indices, ascending) into events. Returns the parts, each ascending, in the
 * order of their first index.
 */
export function splitCluster(
  members: number[],
  features: DocFeatures[],
  settings: StorySettings,
): number[][] {
  const out: number[][] = [];
  const stack: number[][] = [members];
  while (stack.length) {
    const part = stack.pop()!;
    if (part.length < 2 * settings.splitMinSize || part.length > settings.splitMaxSize) {
      out.push(part);
      continue;
    }
    const s = localSimilarity(
      part.map((i) => features[i]!),
      settings,
    );
    const b = spectralBisect(s, part.length, settings.splitMinSize, settings.splitIterations);
    if (!b || b.ncut >= settings.splitMaxNcut) {
      out.push(part);
      continue;
    }
    const side = b.side;
    const a = part.filter((_, k) => side[k] === 0);
    const c = part.filter((_, k) => side[k] === 1);
    if (
      settings.splitSameYearShare &&
      sameLeadYear(
        a.map((i) => features[i]!),
        c.map((i) => features[i]!),
        settings.splitSameYearShare,
      )
    ) {
      out.push(part);
      continue;
    }
    stack.push(c, a);
  }
  return out.sort((x, y) => x[0]! - y[0]!);
}
