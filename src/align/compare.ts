/**
 * Comparison semantics (PRODUCT.md): numbers and times are intervals that conflict only when they
 * cannot overlap; totals and per-party amounts are reconciled before comparing.
 */
import type { Quantity } from '../model/annotations.js';
import { alignSettings as S } from '../settings/align.js';

export type Interval = [number, number];

export function overlaps(a: Interval, b: Interval): boolean {
  const tol = (x: number) => Math.abs(x) * S.intervalTolerance;
  return a[0] <= b[1] + tol(b[1]) && b[0] <= a[1] + tol(a[1]);
}

/** The totals a quantity may stand for: per-party amounts times the parties, or the amount itself. */
export function totals(q: Quantity): Interval[] {
  const p = q.parties ?? 2;
  const own: Interval = [q.low, q.high];
  const times: Interval = [q.low * p, q.high * p];
  if (q.distribution === 'each') return [times];
  if (q.distribution === 'total') return [own];
  // unspecified: a plain count, or, when the text names the parties ("from both sides"), per party
  return q.parties != null ? [own, times] : [own];
}

/** Two quantities of the same thing are compatible when some reading of each overlaps. */
export function quantitiesCompatible(a: Quantity, b: Quantity): boolean {
  if ((a.unit ?? '') !== (b.unit ?? '')) return true;
  return totals(a).some((x) => totals(b).some((y) => overlaps(x, y)));
}

/** How specific a quantity's distribution is: a stated per-party amount or total beats an unspecified one. */
export function specificity(q: Quantity): number {
  return (q.distribution === 'unspecified' ? 0 : 2) + (q.qualifier === 'exact' ? 1 : 0);
}

/** A number as a reader writes it: "3,000", "17.8", "2.5 million" stays "2,500,000". */
const fmt = (n: number) =>
  Number.isInteger(n)
    ? n.toLocaleString('en-US')
    : Number(n.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The value for people: "3,000 soldiers per side", "at least 4,000 people", "€95,000,000"; `countedText` is
 * the counted thing as the report words it ("soldiers"), else its lemma. */
export function normalizedQuantity(q: Quantity, countedText?: string): string {
  const unit = q.unit ? ` ${q.unit}` : '';
  const range =
    q.low === q.high
      ? fmt(q.low)
      : q.high === Number.POSITIVE_INFINITY
        ? `at least ${fmt(q.low)}`
        : `${fmt(q.low)}–${fmt(q.high)}`;
  // (the unit's own word is not what is counted: "1,150 km", not "1,150 km kilometers"; "59 kg", not "59 kg pounds")
  const what =
    q.unit && countedText && UNIT_WORDS.test(countedText)
      ? ''
      : countedText
        ? ` ${countedText}`
        : q.counted
          ? ` ${q.high > 1 ? plural(q.counted) : q.counted}`
          : '';
  if (q.distribution === 'each') return `${range}${unit}${what} per side`;
  if (q.distribution === 'total') return `${range}${unit}${what} in total`;
  return `${range}${unit}${what}`;
}

/** Words that name a unit of measure, said after a figure of that unit. */
const UNIT_WORDS =
  /^(?:kilomet(?:er|re)s?|(?:nautical\s+)?miles?|met(?:er|re)s?|foot|feet|inch(?:es)?|yards?|kilograms?|kg|tons?|tonnes?|pounds?|lbs?|percent|per cent)$/i;

/** A word that names a unit of measure ("yards", "miles", "per cent"): a figure of it is an amount, not a count. */
export const isUnitWord = (word: string): boolean => UNIT_WORDS.test(word);

/** The English plural of a counted noun's lemma, for display ("soldier" -> "soldiers", "woman" -> "women"). */
const IRREGULAR_PLURALS: Record<string, string> = {
  child: 'children',
  person: 'people',
  foot: 'feet',
  tooth: 'teeth',
  mouse: 'mice',
  goose: 'geese',
  life: 'lives',
  wife: 'wives',
  knife: 'knives',
  leaf: 'leaves',
  thief: 'thieves',
  half: 'halves',
  wolf: 'wolves',
  shelf: 'shelves',
  criterion: 'criteria',
  phenomenon: 'phenomena',
  crisis: 'crises',
  analysis: 'analyses',
};

export function plural(noun: string): string {
  if (/(?:people|men|women|children|police|staff|s)$/.test(noun)) return noun.replace(/(wo)?man$/, '$1men');
  if (/(?:wo)?man$/.test(noun)) return noun.replace(/man$/, 'men');
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) return irregular;
  if (/(?:x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
