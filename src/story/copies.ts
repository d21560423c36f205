/**
 * Syndication: reports that copy another's text (a wire story republished with a new headline, an
 * intro or outro, a few edited words). Word 5-gram shingles, hashed; containment of the smaller set
 * in the larger; an inverted index over shingles so only reports sharing text are compared.
 */
import { storySettings, type StorySettings } from '../settings/story.js';

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** FNV-1a 32-bit over a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The distinct hashed word n-grams of a text (lower-cased, punctuation ignored), sorted. */
export function shingles(text: string, size: number = storySettings.shingleSize): Uint32Array {
  const words = text.toLowerCase().match(WORD_RE) ?? [];
  const wh = words.map(fnv1a);
  // every n-gram's hash, sorted, then the distinct ones (no Set: hashes above 2^30 are boxed numbers there)
  const all = new Uint32Array(Math.max(0, wh.length - size + 1));
  for (let i = 0; i + size <= wh.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ wh[i + k]!, 0x01000193) ^ (h >>> 15);
    all[i] = h >>> 0;
  }
  all.sort();
  let m = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[m - 1]) all[m++] = all[i]!;
  return all.slice(0, m);
}

function publishedTime(p: string | null | undefined): number | null {
  if (!p) return null;
  const t = Date.parse(p);
  return Number.isNaN(t) ? null : t;
}

export interface CopyInput {
  id: string;
  text: string;
  published?: string | null;
}

/** A pair of reports judged copies, with the share of the smaller one's shingles found in the other. */
export interface CopyPair {
  a: number;
  b: number;
  shared: number;
  containment: number;
}

/** All pairs (a < b, batch indices) whose texts are copies of one another. */
export function copyPairs(docs: CopyInput[], settings: StorySettings = storySettings): CopyPair[] {
  return sharingPairs(docs, settings).filter((p) => p.containment >= settings.copyContainment);
}

/**
 * All pairs (a < b) that share enough text to be copies at some containment: `copyPairs` before its
 * containment floor, so that one pass serves every floor (`findCopiesIn`'s `pairs`).
 */
export function sharingPairs(docs: CopyInput[], settings: StorySettings = storySettings): CopyPair[] {
  const sh = docs.map((d) => shingles(d.text ?? '', settings.shingleSize));
  // the inverted index as one sorted array of (hash, document) keys: a run of equal hashes is a posting
  // list, its documents ascending. (A Map keyed by the 32-bit hashes boxed most of them: slow.)
  let total = 0;
  for (const s of sh) total += s.length;
  const DOCS = 2 ** 21;
  if (docs.length >= DOCS) throw new Error('copyPairs: too many documents');
  const keys = new Float64Array(total);
  let k = 0;
  sh.forEach((s, d) => {
    for (const h of s) keys[k++] = h * DOCS + d;
  });
  keys.sort();
  const docOf = new Int32Array(total);
  for (let i = 0; i < total; i++) docOf[i] = keys[i]! % DOCS;
  // for each key: the end of its posting list, when the list is kept (shared by 2 to copyMaxDf documents)
  const runEnd = new Int32Array(total).fill(-1);
  for (let i = 0; i < total;) {
    const h = Math.floor(keys[i]! / DOCS);
    let j = i + 1;
    while (j < total && Math.floor(keys[j]! / DOCS) === h) j++;
    if (j - i >= 2 && j - i <= settings.copyMaxDf) for (let p = i; p < j; p++) runEnd[p] = j;
    i = j;
  }
  // each document's keys
  const first = new Int32Array(docs.length + 1);
  for (let i = 0; i < total; i++) first[docOf[i]! + 1]!++;
  for (let d = 0; d < docs.length; d++) first[d + 1]! += first[d]!;
  const fill = first.slice(0, docs.length);
  const at = new Int32Array(total);
  for (let i = 0; i < total; i++) at[fill[docOf[i]!]!++] = i;
  const out: CopyPair[] = [];
  const acc = new Int32Array(docs.length);
  const touched: number[] = [];
  for (let a = 0; a < docs.length; a++) {
    for (let x = first[a]!; x < first[a + 1]!; x++) {
      const p = at[x]!;
      const end = runEnd[p]!;
      // the list's documents after `a`
      for (let q = p + 1; q < end; q++) {
        const b = docOf[q]!;
        if (acc[b] === 0) touched.push(b);
        acc[b]!++;
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      const shared = acc[b]!;
      acc[b] = 0;
      const smaller = Math.min(sh[a]!.length, sh[b]!.length);
      const containment = smaller ? shared / smaller : 0;
      // A short text repeated verbatim is a copy even below `copyMinShared`: same shingles both ways.
      const identical = shared === sh[a]!.length && shared === sh[b]!.length;
      if (shared >= settings.copyMinShared || identical) out.push({ a, b, shared, containment });
    }
    touched.length = 0;
  }
  return out;
}

/**
 * For each report that copies another: its id -> the id of the original. The original is the earliest
 * published (a dated report before an undated one), else the smaller id (code-unit order): a rule on
 * the set of reports, never on their order (input order made the answer depend on it). A copy points
 * at an original that is not itself a copy (the root of its copy chain). Deterministic. `pairs`: the
 * documents' `sharingPairs` with these settings, when already found.
 */
export function findCopiesIn(
  docs: CopyInput[],
  settings: StorySettings = storySettings,
  pairs: CopyPair[] = sharingPairs(docs, settings),
): Map<string, string> {
  const n = docs.length;
  const times = docs.map((d) => publishedTime(d.published));
  // A total order: dated reports by date (undated ones after them), ties by id.
  const earlier = (x: number, y: number): boolean => {
    const tx = times[x] ?? Infinity;
    const ty = times[y] ?? Infinity;
    if (tx !== ty) return tx < ty;
    const ix = docs[x]!.id;
    const iy = docs[y]!.id;
    return ix !== iy ? ix < iy : x < y;
  };
  // Best original candidate for each report: among the reports it shares text with that are earlier.
  const best: { other: number; containment: number }[] = Array.from({ length: n }, () => ({
    other: -1,
    containment: -1,
  }));
  for (const p of pairs) {
    if (p.containment < settings.copyContainment) continue;
    const [copy, orig] = earlier(p.a, p.b) ? [p.b, p.a] : [p.a, p.b];
    const cur = best[copy]!;
    if (
      p.containment > cur.containment ||
      (p.containment === cur.containment && (cur.other < 0 || earlier(orig, cur.other)))
    ) {
      best[copy] = { other: orig, containment: p.containment };
    }
  }
  // Follow chains to a report that copies nothing (no cycles: each step goes strictly earlier).
  const rootOf = (i: number): number => {
    let r = i;
    for (let guard = 0; best[r]!.other >= 0 && guard <= n; guard++) r = best[r]!.other;
    return r;
  };
  const out = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    if (best[i]!.other < 0) continue;
    const r = rootOf(i);
    if (r !== i && docs[r]!.id !== docs[i]!.id) out.set(docs[i]!.id, docs[r]!.id);
  }
  return out;
}
