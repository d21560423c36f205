/**
 * When a clause says its act happened: the times it states (resolved by src/nlp/times.ts) and the weekdays it names.
 * Read by the claims (two accounts that put one act on different days are not one statement) and by the disputes
 * (two values stated for different days are an update, not a contradiction).
 */
import type { Sentence, Token } from '../model/annotations.js';
import { WEEKDAY_NUMBER } from '../nlp/lexicon/words.js';
import type { Clause } from './clauses.js';

/** The times a clause states (a day, a month, a period; not a bare year, which dates too much, unless `years`; not a relative time in
 * a report with no publication time, which dates nothing), or, where it states none and goes on about the sentence
 * before by "it", that sentence's. */
export function clauseTimes(c: Clause, years = false) {
  const { doc } = c;
  const within = (start: number, end: number) =>
    doc.times.filter(
      (t) =>
        t.start >= start &&
        t.end <= end &&
        (years || t.granularity !== 'year') &&
        !(t.relative && !doc.doc.published),
    );
  const own = within(c.start, c.end).filter((t) => !datesANoun(c, t));
  const before = own.length ? null : continued(c);
  return before ? within(before.start, before.end) : own;
}

/** The weekdays a clause names, in words or as the days of its dated times (0 = Sunday). */
export function weekdaysOf(c: Clause, times: { from: string; to: string }[]): Set<number> {
  const out = new Set<number>();
  for (const t of c.tokens) {
    const day = WEEKDAY_NUMBER.get(t.normal.replace(/['’]s$/, ''));
    if (day !== undefined) out.add(day);
  }
  for (const t of times) if (t.from === t.to) out.add(new Date(`${t.from}T12:00:00Z`).getUTCDay());
  return out;
}

const MONTH_NAMES = new Set(
  'January|February|March|April|May|June|July|August|September|October|November|December'.split('|'),
);
/** Words before a "May" that make it the month ("in May", "since May", "early May"), not the modal. */
const MONTH_OPENERS = new Set([
  'in',
  'since',
  'until',
  'by',
  'of',
  'early',
  'late',
  'mid',
  'last',
  'next',
  'this',
  'from',
]);
/** "May" at `i` is the month: a capitalised "May" the tagger reads as a noun, or after a word that opens a time. */
function monthMay(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text !== 'May') return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  const prev = tokens[i - 1];
  return !!prev && MONTH_OPENERS.has(prev.normal);
}
/** The months a clause names in words ("In May", "on July 4"), read whether or not the report's date lets them be
 * resolved (a month is named as a weekday is: two different ones are two times all the same). */
export function monthsOf(c: Clause): Set<string> {
  const out = new Set<string>();
  c.tokens.forEach((t, i) => {
    if (MONTH_NAMES.has(t.text) && (t.text !== 'May' || monthMay(c.tokens, i))) out.add(t.text);
  });
  return out;
}

/** A time right after a noun and its participle, past the clause's own verb ("set the rookie record …, breaking
 * Newton's record set a year ago"; "opened the bridge, which replaced a span built in 1932"): it dates that noun's
 * act, not the clause's. ("The coach retired a year ago": the participle is the clause's own verb.) */
function datesANoun(c: Clause, t: { start: number }): boolean {
  const toks = c.tokens;
  const i = toks.findIndex((x) => x.start >= t.start);
  const verb = toks[i - 1];
  const noun = toks[i - 2];
  if (!verb || !noun || verb.pos !== 'VERB' || noun.pos !== 'NOUN') return false;
  return toks.slice(0, i - 2).some((x) => x.pos === 'VERB' && x.lemma !== 'be' && x.lemma !== 'have');
}

/** The sentence before, where a clause opens its sentence with "it" or "they" and so goes on about what that
 * sentence spoke of ("In December 2003, Bam was razed by a quake. It destroyed thousands of buildings": the time and
 * the place of "it" are that sentence's); null otherwise. */
export function continued(c: Clause): Sentence | null {
  const { doc, sentence } = c;
  if (sentence.index === 0) return null;
  const first = sentence.tokens.find((t) => /\p{L}/u.test(t.text));
  if (!first || c.start > first.start || !/^(?:it|they)$/.test(first.normal)) return null;
  return doc.sentences[sentence.index - 1] ?? null;
}
