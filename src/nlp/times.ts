/**
 * Times as date intervals, resolved against a reference (the publication time, or the report's
 * own dated context). chrono-node parses explicit and relative dates; rules added here cover
 * periods chrono does not: "mid-May", "early/late June", "by the end of June", "last month",
 * "this week", "days prior", and "between X and Y" ranges.
 */
import * as chrono from 'chrono-node';
import type { TimeExpression } from '../model/annotations.js';
import type { Span } from '../model/document.js';
import { quantSettings as S } from '../settings/quant.js';
import { shareChrono } from '../ingest/dates.js';
import { matchesOf } from './matches.js';
import { MONTHS_IN_ORDER, WEEKDAY_NUMBER } from './lexicon/words.js';

shareChrono(chrono);

const MONTH_NAMES = MONTHS_IN_ORDER;
const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATEISH = new RegExp(
  `\\b(${MONTH_RE}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|ago|earlier|prior|last|next|\\d{4}|\\d{1,2}/\\d{1,2})\\b`,
  'i',
);

const FUTURE =
  /\b(will|'ll|shall|next|upcoming|due|scheduled|expected to|plans? to|planning to|is to|are to|set to|to be held)\b/i;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const monthIndex = (name: string) =>
  MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000);

/** The year a month-day without a year falls in: the one nearest the reference. */
function yearFor(month: number, ref: Date): number {
  const y = ref.getUTCFullYear();
  const diff = month - ref.getUTCMonth();
  if (diff > 6) return y - 1;
  if (diff < -6) return y + 1;
  return y;
}

type Found = TimeExpression;

function make(
  text: string,
  base: number,
  start: number,
  end: number,
  from: Date,
  to: Date,
  granularity: TimeExpression['granularity'],
  relative: boolean,
): Found {
  return {
    start: base + start,
    end: base + end,
    text: text.slice(start, end),
    from: iso(from),
    to: iso(to),
    granularity,
    relative,
  };
}

/** "mid-June", "the end of March 2024": a part of a month. */
const PERIOD_RE = new RegExp(
  `\\b(mid|early|late|the end of|end of|by the end of|the beginning of|beginning of|the start of|start of)[- ]${MONTH_RE}(?:,?\\s+(\\d{4}))?`,
  'gi',
);
/** "the first Monday in November", "the last Friday of March": the nth weekday of a month. */
const NTH_RE = new RegExp(
  `\\b(?:the\\s+)?(first|second|third|fourth|last)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+(?:in|of)\\s+${MONTH_RE}(?:,?\\s+(\\d{4}))?`,
  'gi',
);

/** Relative periods read against the reference ("last month", "this week", "days earlier"): built once, not per
 * sentence (matchesOf leaves each pattern's lastIndex at 0, so the table is shared by every call). */
const RELATIVE_RULES: [RegExp, (ref: Date) => [Date, Date, TimeExpression['granularity']]][] = [
  [
    /\blast month\b|\bthe previous month\b|\bthe month before\b/gi,
    (ref) => {
      const y = ref.getUTCMonth() === 0 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
      const mi = (ref.getUTCMonth() + 11) % 12;
      return [utc(y, mi, 1), utc(y, mi, lastDay(y, mi)), 'month'];
    },
  ],
  [
    /\bthis month\b/gi,
    (ref) => [
      utc(ref.getUTCFullYear(), ref.getUTCMonth(), 1),
      utc(ref.getUTCFullYear(), ref.getUTCMonth(), lastDay(ref.getUTCFullYear(), ref.getUTCMonth())),
      'month',
    ],
  ],
  [
    /\bthis week\b/gi,
    (ref) => {
      const dow = (ref.getUTCDay() + 6) % 7;
      return [addDays(ref, -dow), addDays(ref, 6 - dow), 'week'];
    },
  ],
  [
    /\blast week\b|\bthe previous week\b/gi,
    (ref) => {
      const dow = (ref.getUTCDay() + 6) % 7;
      return [addDays(ref, -dow - 7), addDays(ref, -dow - 1), 'week'];
    },
  ],
  [
    /\b(?:just |only |a few |several )?days (?:prior|earlier|before|ago)\b/gi,
    (ref) => [addDays(ref, -S.fewDaysMax), addDays(ref, -1), 'period'],
  ],
  [
    /\b(?:a|one) day (?:earlier|before|prior)\b|\bthe day before\b|\bthe previous day\b/gi,
    (ref) => [addDays(ref, -1), addDays(ref, -1), 'day'],
  ],
  [
    /\blast year\b/gi,
    (ref) => [utc(ref.getUTCFullYear() - 1, 0, 1), utc(ref.getUTCFullYear() - 1, 11, 31), 'year'],
  ],
  [/\bthis year\b/gi, (ref) => [utc(ref.getUTCFullYear(), 0, 1), utc(ref.getUTCFullYear(), 11, 31), 'year']],
];

function customRules(st: string, base: number, ref: Date | null): Found[] {
  const out: Found[] = [];
  if (!ref) return out;
  for (const m of matchesOf(PERIOD_RE, st)) {
    const mi = monthIndex(m[2]!);
    const y = m[3] ? Number(m[3]) : yearFor(mi, ref);
    const n = lastDay(y, mi);
    const kind = m[1]!.toLowerCase();
    let a = 1;
    let b = n;
    if (kind === 'mid') [a, b] = [11, 20];
    else if (kind === 'early' || /beginning|start/.test(kind)) [a, b] = [1, 10];
    else if (kind === 'late' || kind.includes('end of')) [a, b] = [21, n];
    let from = utc(y, mi, a);
    const to = utc(y, mi, b);
    if (kind === 'by the end of') {
      // "by the end of June": any time from now until the month ends
      const share = utc(y, mi, Math.floor(n * (1 - S.endOfMonthShare)));
      from = ref < to ? (ref > utc(y, mi, 1) ? ref : utc(y, mi, 1)) : share;
    }
    out.push(make(st, base, m.index!, m.index! + m[0].length, from, to, 'period', !m[3]));
  }
  // "the first Monday in November", "the last Friday of March": the nth weekday of a month
  for (const m of matchesOf(NTH_RE, st)) {
    const mi = monthIndex(m[3]!);
    const y = m[4] ? Number(m[4]) : yearFor(mi, ref);
    const dow = WEEKDAY_NUMBER.get(m[2]!.toLowerCase()) ?? -1;
    let day: number;
    if (m[1]!.toLowerCase() === 'last') {
      const end = lastDay(y, mi);
      const endDow = utc(y, mi, end).getUTCDay();
      day = end - ((endDow - dow + 7) % 7);
    } else {
      const firstDow = utc(y, mi, 1).getUTCDay();
      day =
        1 +
        ((dow - firstDow + 7) % 7) +
        7 * ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase());
    }
    out.push(
      make(st, base, m.index!, m.index! + m[0].length, utc(y, mi, day), utc(y, mi, day), 'day', !m[4]),
    );
  }
  for (const [re, f] of RELATIVE_RULES)
    for (const m of matchesOf(re, st)) {
      // "the day before his June 24 murder", "the month before the vote": counted from the event named after it
      if (/\bbefore$/i.test(m[0]) && BEFORE_AN_EVENT.test(st.slice(m.index! + m[0].length))) continue;
      const [from, to, g] = f(ref);
      out.push(make(st, base, m.index!, m.index! + m[0].length, from, to, g, true));
    }
  return out;
}

/**
 * Finds the time expressions in the given sentences of `text`, resolved against `reference`
 * (the publication time, or the document's own dated context when that is all there is; null if none).
 * Without a reference only dates that carry their year are resolved.
 */
export function findTimes(text: string, sentences: Span[], reference: Date | null): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const s of sentences) {
    const st = text.slice(s.start, s.end);
    if (!DATEISH.test(st)) continue;
    const found = customRules(st, s.start, reference);
    const overlaps = (a: number, b: number) =>
      found.some((f) => a < f.end - s.start && b > f.start - s.start);
    let results: chrono.ParsedResult[] = [];
    try {
      results = chrono.en.casual.parse(st, reference ?? new Date(Date.UTC(2000, 0, 1)), {
        forwardDate: false,
      });
    } catch {
      results = [];
    }
    for (const r of results) {
      const a = r.index;
      const b = r.index + r.text.length;
      if (overlaps(a, b)) continue;
      const c = r.start;
      // "was wed", "sat down", "the sun": a weekday's short name in lower case, alone, is a word of its own
      if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(r.text.trim())) continue;
      // "the day before his murder", "the next day": a day counted from a moment the text tells of, not from when the
      // report was written, is no day of the calendar here
      if (ANAPHORIC_DAY.test(r.text.trim())) continue;
      const hasYear = c.isCertain('year');
      // without a reference only a date that states its year in its own words is one ("in March 2009"): chrono
      // counts the year of "yesterday" or "two days ago" as known, from the stand-in reference
      if (!reference && (!hasYear || !/\d{4}|'\d{2}\b/.test(r.text))) continue;
      // bare times of day, weekdays alone without a reference, and bare numbers are not dates here
      if (
        !c.isCertain('month') &&
        !c.isCertain('weekday') &&
        !c.isCertain('day') &&
        !/ago|yesterday|today|tomorrow|earlier|later/i.test(r.text)
      ) {
        if (hasYear && /^\d{4}$/.test(r.text.trim())) {
          const y = c.get('year')!;
          found.push(make(st, s.start, a, b, utc(y, 0, 1), utc(y, 11, 31), 'year', false));
        }
        continue;
      }
      const d = c.date();
      let from = utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      // a weekday alone: the most recent one in a report of what happened, the next one when the
      // sentence speaks of what is to come ("will resume on Tuesday", "is due on Friday")
      if (reference && c.isCertain('weekday') && !c.isCertain('day')) {
        const dow = c.get('weekday')!;
        const ref = utc(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
        const back = (ref.getUTCDay() - dow + 7) % 7;
        from = FUTURE.test(st) ? addDays(ref, (dow - ref.getUTCDay() + 7) % 7) : addDays(ref, -back);
      }
      let to = from;
      let granularity: TimeExpression['granularity'] = 'day';
      if (!c.isCertain('day') && !c.isCertain('weekday') && c.isCertain('month')) {
        const y = c.get('year')!;
        const mi = c.get('month')! - 1;
        from = utc(y, mi, 1);
        to = utc(y, mi, lastDay(y, mi));
        granularity = 'month';
      }
      if (r.end) {
        const e = r.end.date();
        to = utc(e.getUTCFullYear(), e.getUTCMonth(), e.getUTCDate());
        granularity = 'period';
      }
      found.push(make(st, s.start, a, b, from, to, granularity, !hasYear));
    }
    // a year written alone ("In 1957, …", "in 2005", "the 2005 film"): chrono reads none; a year is no guess at any
    // reference, so it is read with one or without
    for (const y of yearsIn(st))
      if (
        !overlaps(y.start, y.end) &&
        !results.some((r) => y.start < r.index + r.text.length && y.end > r.index)
      )
        found.push(make(st, s.start, y.start, y.end, utc(y.year, 0, 1), utc(y.year, 11, 31), 'year', false));
    // "between June 20 and June 30": one range
    found.sort((x, y) => x.start - y.start);
    for (let i = 0; i + 1 < found.length; i++) {
      const x = found[i]!;
      const y = found[i + 1]!;
      const gap = text.slice(x.end, y.start);
      const pre = text.slice(Math.max(s.start, x.start - 8), x.start);
      if (
        (/^\s+and\s+$/i.test(gap) && /between\s+$/i.test(pre)) ||
        (/^\s*(?:-|–|to|until|through)\s*$/i.test(gap) && /from\s+$/i.test(pre))
      ) {
        const start =
          x.start -
          (/between\s+$/i.test(pre) ? /between\s+$/i.exec(pre)![0].length : /from\s+$/i.exec(pre)![0].length);
        found.splice(i, 2, {
          start,
          end: y.end,
          text: text.slice(start, y.end),
          from: x.from,
          to: y.to,
          granularity: 'period',
          relative: x.relative || y.relative,
        });
      }
    }
    out.push(...found);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A month and a day written without their year ("November 18", "Dec. 16", "18 November"); the month's name capitalised
 * ("may" is a verb). */
const MONTH_DAY_RE = new RegExp(
  `\\b(?:${MONTH_RE.replace('(', '(?:')}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE.replace('(', '(?:')}\\.?)\\b(?!,?\\s*(?:\\d{4}|'\\d\\d)\\b)(?![-/]\\d)`,
  'gi',
);

/**
 * Month-days whose year the text does not write ("on November 18"), with month (0-11) and day: a reader knows the
 * day, and of the year only that it is the one of the event told. Null year: the caller decides how to compare.
 */
export function monthDaysIn(text: string): { start: number; end: number; month: number; day: number }[] {
  const out: { start: number; end: number; month: number; day: number }[] = [];
  // (both of the pattern's forms have the day in figures: a text without a digit has none)
  if (!/\d/.test(text)) return out;
  for (const m of text.matchAll(MONTH_DAY_RE)) {
    const name = /\p{L}+/u.exec(m[0])![0];
    if (!/^\p{Lu}/u.test(name)) continue;
    const month = monthIndex(name);
    const day = Number(m[1] ?? m[2]);
    if (month < 0 || day < 1 || day > lastDay(2000, month)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, month, day });
  }
  return out;
}

/** Words before a year that make it the time of something: "in 1957", "by 1958", "after 2005", "early 1990". */
const YEAR_LEAD =
  /\b(?:in|by|since|until|till|after|before|during|from|through|of|around|circa|early|late|mid|the|a|an|his|her|its|their|this|that)[\s-]+$/i;
/**
 * Years written alone as years: four digits in the years' range after a preposition of time ("in 1957", "by 1958"), or
 * after an article before a singular noun, which the year then dates ("the 2005 film", "the 2008 election"; "the 2000
 * residents" counts them). Not a figure ("1,957", "1957.5", "$2005"), a range ("1951-1957") or a count.
 */
function yearsIn(st: string): { start: number; end: number; year: number }[] {
  const out: { start: number; end: number; year: number }[] = [];
  for (const m of st.matchAll(/\b(\d{4})\b/g)) {
    const year = Number(m[1]);
    if (year < S.yearRange[0] || year > S.yearRange[1]) continue;
    const start = m.index!;
    const end = start + 4;
    const before = st.slice(Math.max(0, start - 14), start);
    const after = st.slice(end, end + 24);
    if (/[\d$€£¥.,:/-]$/.test(before) || /^(?:[.,:/]\d|-\d|\s*[-–]\s*\d|\s*(?:%|percent|per\b))/i.test(after))
      continue;
    const lead = YEAR_LEAD.exec(before);
    if (!lead) continue;
    // after an article or a possessive the year names what the next word is ("the 2005 film"); a plural after it is counted
    if (/^(?:the|a|an|his|her|its|their|this|that)\b/i.test(lead[0].trim())) {
      const next = /^\s+(\p{L}+)/u.exec(after)?.[1];
      if (!next || (/^\p{Ll}/u.test(next) && /[^s]s$/.test(next))) continue;
    }
    out.push({ start, end, year });
  }
  return out;
}

/** What follows "before" when it names the event a time is counted from: a determiner, a possessive or a name ("the
 * day before his murder", "the day before the vote", "the day before Christmas"). */
const BEFORE_AN_EVENT = /^\s+(?:the|a|an|his|her|its|their|our|my|this|that|\p{Lu})/u;

/** A day counted from a moment of the narrative ("the day before", "the next day", "the following morning"). */
const ANAPHORIC_DAY =
  /^(?:the\s+)?(?:(?:day|night)\s+(?:before|after)|(?:next|following|previous|prior)\s+(?:day|night|morning|evening|afternoon))$/i;

/**
 * A report's own dated context: the latest explicit full date, its year written out, that can be when the report was
 * written — one that stamps it (on a line of its own, "December 7, 2010 11:18 PM", or in its dateline, "NORDHAVEN,
 * May 19, 2024 (KPA) -"), or any other no earlier than every year the text names (a caption's "in Istanbul, on June
 * 2, 2025"; not "born April 22, 1923" in an obituary that goes on to 2008: a report is written after what it tells
 * of). chrono's "a week ago" or "for four hours" carry the stand-in reference's year, not one of the text's: not
 * dates here. Null when there is none.
 */
export function datedContext(text: string): Date | null {
  // a date here writes its year in four digits (`\d{4}` in the result's own text, a part of this text): a text with
  // no four digits in a row has none, and chrono need not read it
  if (!/\d{4}/.test(text)) return null;
  let best: Date | null = null;
  const latestYear = Math.max(0, ...[...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1])));
  for (const r of chrono.en.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    if (!r.start.isCertain('year') || !r.start.isCertain('day') || !/\d{4}/.test(r.text)) continue;
    const d = r.start.date();
    const lineStart = text.lastIndexOf('\n', r.index) + 1;
    const lineEnd = text.indexOf('\n', r.index + r.text.length);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const stamp = line.replace(r.text, '').replace(STAMP_WORDS, '').trim().length <= STAMP_REST_CHARS;
    // a dateline: early in the text, before any sentence has ended, and followed by its dash ("(KPA) -")
    const dateline =
      r.index < DATELINE_CHARS &&
      !/[.!?]\s/.test(text.slice(0, r.index)) &&
      /^\s*(?:\([^)]{1,40}\)\s*)?[-–—]\s/.test(text.slice(r.index + r.text.length));
    if (!stamp && !dateline && d.getUTCFullYear() < latestYear) continue;
    if (!best || d > best) best = d;
  }
  return best;
}
/** What else a stamp line may hold: "Updated", "Posted", "Published", a time of day and its zone. */
const STAMP_WORDS =
  /\b(?:updated|posted|published|last modified|modified|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{2,4}t|on|at)\b|[\d:.,|()\-–—]/gi;
const STAMP_REST_CHARS = 12;
const DATELINE_CHARS = 120;
