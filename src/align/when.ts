/**
 * When a clause says its act happened: the times it states (resolved by src/nlp/times.ts) and the weekdays it names.
 * Read by the claims (two accounts that put one act on different days are not one statement) and by the disputes
 * (two values stated for different days are an update, not a contradiction).
 */
import type { Sentence } from '../model/annotations.js';
import { MONTH_NAMES, WEEKDAY_NUMBER } from '../nlp/lexicon/words.js';
import type { Clause } from './clauses.js';

/** The times a clause states (a day, a month, a period; not a bare year, which dates too much, unless `years`; not a
 * relative time in a report with no publication time, which dates nothing), or, where it states none and goes on
 * about the sentence before by "it", that sentence's. */
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

/** Words before a month that make it the time of the act ("in December", "since May", "early May"; "May" only so,
 * for the modal). */
const BEFORE_MONTH = new Set(
  'in|on|since|until|till|by|during|from|last|this|next|early|late|mid|mid-|through|before|after'.split('|'),
);
/** The months a clause names in words as a time ("in December", "on Sept. 12", "December 2003"; "May" only so, for
 * the modal), as the first three letters: read whether or not the report's date lets them be resolved. */
export function monthsOf(c: Clause): Set<string> {
  const out = new Set<string>();
  c.tokens.forEach((t, i) => {
    const name = t.normal.replace(/\.$/, '');
    if (!MONTH_NAMES.has(name) || !/^\p{Lu}/u.test(t.text)) return;
    const next = c.tokens[i + 1]?.text ?? '';
    const dated = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.test(next) || /^(?:18|19|20)\d{2}$/.test(next);
    if (dated || BEFORE_MONTH.has(c.tokens[i - 1]?.normal ?? '')) out.add(name.slice(0, 3));
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
