/**
 * Passages repeated inside one report: exact repeats (after normalising case, spaces and quotes),
 * near-exact repeats (word-trigram Jaccard), and teasers cut off with "..." that a full line
 * continues. The first full occurrence is kept.
 */
import type { CleanSettings } from '../settings/clean.js';

const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function trigrams(s: string): Set<string> {
  const w = s.split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}

/** Limits the quadratic near-repeat check to reports of sane size. */
const NEAR_REPEAT_MAX_LINES = 2000;

/** Indexes of lines (null = already removed) that repeat another, with the reason. */
export function findRepeats(lines: (string | null)[], settings: CleanSettings): Map<number, string> {
  const out = new Map<number, string>();
  const normed = lines.map((l) => (l == null ? '' : norm(l)));
  // teasers: "Some sentence cut off..." followed or preceded by the full line
  normed.forEach((n, i) => {
    const m = /^(.*?)(\.\.\.|…)$/.exec(n);
    if (!m) return;
    const stem = m[1]!.trim();
    if (stem.length < settings.teaserMinChars) return;
    if (normed.some((o, j) => j !== i && o.length > stem.length + 3 && o.startsWith(stem)))
      out.set(i, 'repeated-passage');
  });
  const seen = new Set<string>();
  const kept: { i: number; grams: Set<string> }[] = [];
  const near = lines.length <= NEAR_REPEAT_MAX_LINES;
  normed.forEach((n, i) => {
    if (!n || out.has(i) || n.length < settings.repeatMinChars) return;
    if (seen.has(n)) {
      out.set(i, 'repeated-passage');
      return;
    }
    seen.add(n);
    if (!near) return;
    const grams = trigrams(n);
    if (grams.size >= 8 && kept.some((k) => jaccard(k.grams, grams) >= settings.nearRepeatJaccard)) {
      out.set(i, 'repeated-passage');
      return;
    }
    kept.push({ i, grams });
  });
  return out;
}
