/**
 * What a figure is counted over, read next to it in its clause: a part of an event ("during the round", "in the fourth
 * quarter", "during a pivotal 15-2 run"). Two figures are rival counts of one thing only when they are counted over the
 * same stretch: 28 punches "during the round" and 178 "in the fight" are two totals, not two accounts of one.
 */
import { matchesOf } from '../nlp/matches.js';
import type { Fact } from './facts.js';

/** A reading of a fact, made once per fact (facts do not change once read; the readings are asked for every candidate
 * pair). */
export function perFact<T>(read: (f: Fact) => T): (f: Fact) => T {
  const memo = new WeakMap<Fact, { v: T }>();
  // (one look-up on a hit: the reading is boxed, so that a reading of `undefined` is still a hit)
  return (f) => {
    let hit = memo.get(f);
    if (!hit) memo.set(f, (hit = { v: read(f) }));
    return hit.v;
  };
}

/** The parts an event is played or fought in, and stretches of it: "the fourth quarter", "the second half", "the round",
 * "a 15-2 run", "that stretch". (Not the whole of a game, a season or a career: PERIOD_NOUNS.) */
const PART_NOUNS = 'quarter|half|period|inning|innings|round|set|lap|frame|overtime|stretch|run|spell';
/** Words that tell one part of an event from another of its kind ("the first quarter" / "the fourth quarter"). */
const WHICH =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|opening|closing|\d+(?:st|nd|rd|th))$/i;
const PART_RE = new RegExp(
  String.raw`\b(?:in|during|over|through|throughout)\s+((?:[\p{L}\d-]+(?:\s?['’]\s?s)?\s+){0,4}?)(${PART_NOUNS})\b(?![-'’])|\b(?:at|by)\s+(half-?time|the\s+half|the\s+break|the\s+interval)\b`,
  'giu',
);

/** The opening or closing stretch of an event measured in time: "in the first 7 ½ minutes", "during the final two
 * hours", "within the first 48 hours". */
const STRETCH_RE =
  /\b(?:in|during|over|within|through)\s+(?:the|its|their|his|her)\s+(first|last|final|opening|closing)\s+(?:[\d½¼¾.,\s]+|[\p{L}-]+\s+)?(minutes?|seconds?|hours?|days?)\b/giu;

/** The part of an event a figure is counted over, said within a few words of it in its clause ("first half", "round",
 * "run"); '' when it names none. A part of a thing that is no event ("half of the money") is not read: the part noun
 * comes after a preposition of time ("in", "during", "over", "through"). */
export const partOfEvent = perFact((f: Fact): string => {
  const text = f.clause.doc.doc.text;
  // ("over a period of three years" is a span of time, not a part of a game: a period is one only with its ordinal;
  // "in the long run" is an idiom)
  const best = nearestMatch(f, PART_RE, 50, 60, isPart);
  if (best) return partName(best);
  const stretch = nearestMatch(f, STRETCH_RE, 50, 60);
  if (stretch)
    return `${stretch[1]!.toLowerCase().replace(/^(?:final|closing)$/, 'last')} ${stretch[2]!.toLowerCase().replace(/s$/, '')}s`;
  // a part said at the head of the sentence, before its first comma, holds for every clause of it ("During the
  // game's deciding run, Reed scored twice, grabbed three rebounds and blocked two shots")
  const sentence = f.clause.sentence;
  if (sentence.start >= f.clause.start) return '';
  const head = /^[^,]*,/.exec(text.slice(sentence.start, f.clause.start));
  if (!head) return '';
  for (const m of matchesOf(PART_RE, head[0])) if (m.index! < 3 && isPart(m)) return partName(m);
  return '';
});

/** The match of `re` nearest a fact's value, within `before` characters before it and `after` after it in its clause
 * (not overlapping it), among those `accept` keeps; null where there is none. */
export function nearestMatch(
  f: Fact,
  re: RegExp,
  before: number,
  after: number,
  accept: (m: RegExpMatchArray) => boolean = () => true,
): RegExpMatchArray | null {
  const text = f.clause.doc.doc.text;
  const from = Math.max(f.clause.start, f.start - before);
  const to = Math.min(f.clause.end, f.end + after);
  let best: { d: number; m: RegExpMatchArray } | null = null;
  for (const m of matchesOf(re, text.slice(from, to))) {
    const s = from + m.index!;
    const e = s + m[0].length;
    if (s < f.end && e > f.start) continue;
    const d = e <= f.start ? f.start - e : s - f.end;
    if (!accept(m)) continue;
    if (!best || d < best.d) best = { d, m };
  }
  return best?.m ?? null;
}

/** A part as compared: the words that tell which ("first", "last") and its noun ("first quarter", "round"). */
function partName(m: RegExpMatchArray): string {
  const noun = m[2] ? m[2].toLowerCase().replace(/^innings$/, 'inning') : 'half';
  const which = (m[1] ?? '')
    .trim()
    .split(/\s+/)
    .filter((w) => WHICH.test(w))
    .map((w) => w.toLowerCase().replace(/^(?:final|closing)$/, 'last'));
  return [...which, noun].join(' ');
}

/** A total to date: "who now has 2,302 points", "has now scored 40 goals", "so far", "to date", "thus far" in the
 * figure's clause before it. What someone has now is all they have gathered; it is another fact than what one act
 * gathered ("scored 20 points last night"), unless both are said by one verb. */
export const toDate = perFact((f: Fact): boolean => {
  const text = f.clause.doc.doc.text;
  const before = text.slice(Math.max(f.clause.start, f.start - 60), f.start);
  const after = text.slice(f.end, Math.min(f.clause.end, f.end + 40));
  return (
    /\bnow\s+(?:\p{L}+\s+){0,2}$|\bnow\s+(?:has|have|had|holds?|stands?|totals?)\b/iu.test(before) ||
    /\b(?:so\s+far|to\s+date|thus\s+far)\b/i.test(before) ||
    /^\s*(?:[\p{L}-]+\s+){0,3}(?:so\s+far|to\s+date|thus\s+far)\b/iu.test(after)
  );
});

/** A tally to date of the report's own time: a total to date (`toDate`), a figure said with "has now" or "have now"
 * after it ("Four people have now died"), or one a tally has risen to ("the death toll rose to 10", "has climbed to"). */
export const tallyNow = perFact((f: Fact): boolean => {
  if (toDate(f)) return true;
  const text = f.clause.doc.doc.text;
  const before = text.slice(Math.max(f.clause.start, f.start - 30), f.start);
  const after = text.slice(f.end, Math.min(f.clause.end, f.end + 40));
  return (
    /^\s*(?:[\p{L}-]+\s+){0,3}(?:has|have)\s+now\b/iu.test(after) ||
    /\b(?:risen|rose|climbed|jumped|grown|grew|increased)\s+to\s+(?:at\s+least\s+|more\s+than\s+)?$/i.test(
      before,
    )
  );
});

/** The start of the span a count of occasions is counted from: "arrested three times since October" is "october";
 * '' where the clause gives none near the figure. */
export const sinceOf = perFact((f: Fact): string => {
  const text = f.clause.doc.doc.text;
  const before = text.slice(Math.max(f.clause.start, f.start - 40), f.start);
  const after = text.slice(f.end, Math.min(f.clause.end, f.end + 40));
  const m =
    /^\s*(?:[\p{L}-]+\s+){0,2}?since\s+(?:the\s+|his\s+|her\s+|their\s+)?([\p{L}\d]+)/iu.exec(after) ??
    /\bsince\s+(?:the\s+|his\s+|her\s+|their\s+)?([\p{L}\d]+)[^.;]*$/iu.exec(before);
  return m ? m[1]!.toLowerCase() : '';
});

/** Words of an option voted on that say nothing of which option it is. */
const OPTION_STOP = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'put',
  'be',
  'his',
  'her',
  'their',
  'its',
  'without',
  'with',
]);

/** What a count of voters voted for, said right after the figure: "nine voting to put Nichols to death", "three
 * voting for life without parole", "nine in favor of the death penalty", "two voted against"; its side ("for" or
 * "against") and its words, null where none is said. Voters counted for two options are two sets of people. */
export const voteOption = perFact((f: Fact): { side: string; words: Set<string> } | null => {
  const text = f.clause.doc.doc.text;
  // (from the figure itself: the counted word may be the vote, "nine voting to …")
  const from = f.quantity?.end ?? f.end;
  const after = text.slice(from, Math.min(f.clause.end, from + 80));
  const m =
    /^\s*(?:[\p{L}-]+\s+){0,2}?(?:vot(?:e|ed|es|ing)\s+(for|to|against)|(in\s+favou?r\s+of|against))\b([^,.;]*)/iu.exec(
      after,
    );
  if (!m) return null;
  const side = /against/i.test(m[1] ?? m[2] ?? '') ? 'against' : 'for';
  const words = new Set(
    (m[3] ?? '')
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.filter((w) => !OPTION_STOP.has(w)) ?? [],
  );
  return { side, words };
});

/** Two options voted on that cannot be one: for against against, or two options named by no common word. */
export function otherOptions(a: Fact, b: Fact): boolean {
  const [x, y] = [voteOption(a), voteOption(b)];
  if (!x || !y) return false;
  if (x.side !== y.side) return true;
  return x.words.size > 0 && y.words.size > 0 && ![...x.words].some((w) => y.words.has(w));
}

/** A match that names a part of an event: not a bare "period" (a span of time) nor "the long run". */
const isPart = (m: RegExpMatchArray): boolean =>
  partName(m) !== 'period' && !/\b(?:long|short)\s+run\b/i.test(m[0]);
