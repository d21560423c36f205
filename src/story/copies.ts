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
  const set = new Set<number>();
  for (let i = 0; i + size <= wh.length; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < size; k++) h = Math.imul(h ^ wh[i + k]!, 0x01000193) ^ (h >>> 15);
    set.add(h >>> 0);
  }
  return Uint32Array.from(set).sort();
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
  const sh = docs.map((d) => shingles(d.text ?? '', settings.shingleSize));
  const postings = new Map<number, number[]>();
  sh.forEach((s, d) => {
    for (const h of s) {
      const list = postings.get(h);
      if (list) list.push(d);
      else postings.set(h, [d]);
    }
  });
  const out: CopyPair[] = [];
  const acc = new Int32Array(docs.length);
  const touched: number[] = [];
  for (let a = 0; a < docs.length; a++) {
    for (const h of sh[a]!) {
      const list = postings.get(h)!;
      if (list.length < 2 || list.length > settings.copyMaxDf) continue;
      for (let p = list.length - 1; p >= 0; p--) {
        const b = list[p]!;
        if (b <= a) break;
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
      if ((shared >= settings.copyMinShared || identical) && containment >= settings.copyContainment)
        out.push({ a, b, shared, containment });
    }
    touched.length = 0;
  }
  return out;
}

/**
 * For each report that copies another: its id -> the id of the original. The original is the earliest
 * published (a dated report before an undated one), else the smaller id (code-unit order): a rule on
 * the set of reports, never on their order (input order made the answer depend on it). A copy points
 * at an original that is not itself a copy (the root of its copy chain). Deterministic.
 */
export function findCopiesIn(
  docs: CopyInput[],
  settings: StorySettings = storySettings,
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
  for (const p of copyPairs(docs, settings)) {
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
