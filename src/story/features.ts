/**
 * Light, fast per-report features for story grouping: content words, proper names, numbers with what
 * they count, and dates (years, month-days, months, weekdays). No NLP model: regular expressions and
 * general word lists only, so 5,000 reports take well under a second.
 */
import { ORDINAL_WORDS as ORDINAL_NUMBERS } from '../nlp/lexicon/numbers.js';
import { storySettings, type StorySettings } from '../settings/story.js';
import {
  AGO_UNITS,
  DAY_WORDS,
  LAST_PERIODS,
  NAMED_DAY_BEFORE,
  SAID_IDIOM_BEFORE,
  SCHEDULE_WORDS,
  TOLD_READER_AFTER,
  MONTHS as MONTH_TABLE,
  NAME_JOINERS,
  NUMBER_WORDS as NUMBER_TABLE,
  PAST_WORDS,
  PRESENT_WORDS,
  REPORTED_WORDS,
  SECOND_PERSON,
  STOPWORDS,
  WEEKDAYS,
} from './lexicon.js';

// Maps: faster than object lookups with arbitrary word keys, and no prototype keys ("constructor").
const MONTHS = new Map(Object.entries(MONTH_TABLE));
const NUMBER_WORDS = new Map(Object.entries(NUMBER_TABLE));

/** Raw weighted term counts of one report (before IDF), and the years it names (with its publication year). */
export interface DocFeatures {
  /** term -> weighted count (lead terms count `leadBoost` times, feature kinds carry their boost). */
  counts: Map<string, number>;
  /** The same, from the headline + lede only, without the lead boost. */
  leadCounts: Map<string, number>;
  /** Years (1900-2099) the report names; `documentFeatures` adds the year it was published. */
  years: Set<number>;
  /** Publication time (ms since the epoch) from the metadata, when known. */
  published?: number | null;
  /**
   * The report tells no event: a guide, review or explainer (see `eventless`). Such a report joins no
   * story by its words; only its near-copies share its story.
   */
  eventless?: boolean;
}

/** The fields of a token the tense reading needs. */
type TenseToken = Pick<Token, 'l' | 'cap' | 'digit' | 'broken'>;

const norm = (t: TenseToken | undefined): string => (t ? t.l.replace(/’/g, "'") : '');

/**
 * An act placed in time or a word reported: "said" / "told" (not "that said", "easier said than done", "it
 * tells you"); a weekday (not Black Friday, not "Tuesday through Sunday", "every Monday", not a weekday
 * heading a name or a list: "Sunday Ticket", "Monday Breakfast"); "yesterday", "tonight", "last night",
 * "last week"; "eight days ago" (not "decades ago").
 */
function eventAnchor(tokens: readonly TenseToken[], i: number): boolean {
  const l = norm(tokens[i]).replace(/'s$/, '');
  const prev = norm(tokens[i - 1]);
  const nextToken = tokens[i + 1];
  const next = norm(nextToken);
  if (REPORTED_WORDS.has(l))
    return l === 'said' ? !SAID_IDIOM_BEFORE.has(prev) : !TOLD_READER_AFTER.has(next);
  if (WEEKDAYS.has(l)) {
    if (NAMED_DAY_BEFORE.has(prev) || SCHEDULE_WORDS.has(prev) || SCHEDULE_WORDS.has(next)) return false;
    return !(nextToken && nextToken.cap && !nextToken.broken && !nextToken.digit && !MONTHS.has(next));
  }
  if (DAY_WORDS.has(l)) return true;
  if (l === 'last') return LAST_PERIODS.has(next);
  if (l === 'ago') return AGO_UNITS.has(prev);
  return false;
}

/**
 * A page that reports no event: it addresses its reader ("you can", "your home") and tells in the present
 * tense what is generally true or what to do, with no act placed on a day ("on Tuesday", "yesterday", "last
 * night") and nobody's word reported ("said", "told"). A careful reader of any newspaper calls such a page a
 * guide, review or explainer, not a report of an event. All four must hold (enough present-tense words to
 * judge, a small past share, the reader addressed, no anchor): a news report in the present tense ("Audi
 * reveals its new coupe") does not address its reader, and a short wire report has too few tense words.
 */
export function eventless(tokens: readonly TenseToken[], settings: StorySettings): boolean {
  let words = 0;
  let present = 0;
  let past = 0;
  let second = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.digit) continue;
    words++;
    if (eventAnchor(tokens, i)) return false;
    const l = norm(t);
    if (PRESENT_WORDS.has(l) && !(l === 'may' && t.cap)) present++;
    else if (PAST_WORDS.has(l)) past++;
    else if (SECOND_PERSON.has(l)) second++;
  }
  return (
    present >= settings.eventlessMinPresent &&
    past < settings.eventlessPastShare * (past + present) &&
    second >= settings.eventlessSecondPerson * words
  );
}

interface Token {
  /** Surface form. */
  s: string;
  /** Lower case. */
  l: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First token of a sentence or line. */
  start: boolean;
  /** Separated from the previous token by punctuation (a name cannot run across it). */
  broken: boolean;
  /** In the headline + lede. */
  lead: boolean;
  /** Line number. */
  line: number;
  /** Starts with a digit. */
  digit: boolean;
  /** Part of a clock time (9:09). */
  time: boolean;
}

const TOKEN_RE = /\p{L}[\p{L}\p{M}’'-]*|\d+(?:[.,]\d+)*/gu;
const UPPER_RE = /^\p{Lu}/u;

function stem(w: string): string {
  let s = w;
  const last = s.charCodeAt(s.length - 1);
  if (last === 39 || last === 0x2019) s = s.slice(0, -1);
  else if (last === 115 && s.length > 2) {
    const prev = s.charCodeAt(s.length - 2);
    if (prev === 39 || prev === 0x2019) s = s.slice(0, -2);
  }
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is'))
    s = s.slice(0, -1);
  return s;
}

/** Splits text into tokens with sentence-start, break and lead flags. */
function tokenize(text: string, leadSentences: number): Token[] {
  const out: Token[] = [];
  let last = 0;
  let sentence = 0;
  let line = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const gap = text.slice(last, m.index);
    last = m.index + m[0].length;
    const atStart = out.length === 0;
    // A sentence ends at a newline, or at . ! ? followed by space (not after a single capital: "U. S.").
    const newline = gap.includes('\n');
    if (newline) line++;
    let boundary = atStart || newline;
    if (!boundary && /[.!?]["'”’)]*\s/u.test(gap)) {
      const prev = out[out.length - 1];
      boundary = !(prev && prev.s.length === 1 && prev.cap);
    }
    if (boundary && !atStart) sentence++;
    const s = m[0];
    const digit = s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;
    // Clock times ("9:09") say when in the day, not which event: their numbers are not counted.
    const prev = out[out.length - 1];
    const time = digit && gap === ':' && prev !== undefined && prev.digit;
    if (time) prev.time = true;
    out.push({
      s,
      l: s.toLowerCase(),
      cap: UPPER_RE.test(s),
      start: boundary,
      broken: boundary || /[^\s]/u.test(gap),
      lead: sentence < leadSentences,
      line,
      digit,
      time,
    });
  }
  return out;
}

function parseNumber(s: string): number | null {
  if (/^\d+(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  const n = Number(s.replace(/,/g, '.'));
  return Number.isFinite(n) ? n : null;
}

const ORDINAL_WORDS = new Map(Object.entries(ORDINAL_NUMBERS));

/** "6th", "21st", "sixth" -> the number; else null. ("first"/"second" are too common to count.) */
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
function ordinal(t: Token, next: Token | undefined): number | null {
  if (t.digit) {
    if (next && !next.broken && ORDINAL_SUFFIXES.has(next.l) && /^\d+$/.test(t.s)) return Number(t.s);
    return null;
  }
  const w = ORDINAL_WORDS.get(t.l);
  return w !== undefined && w > 2 ? w : null;
}

/** Lines in Title Case (headlines): their capitals do not mark names. */
function titleCaseTokens(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.line === tokens[i]!.line) j++;
    let words = 0;
    let caps = 0;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!;
      if (STOPWORDS.has(t.l) || t.digit) continue;
      words++;
      if (t.cap) caps++;
    }
    if (words >= 4 && caps / words >= 0.8) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

/** `eventless` for one report's text (and metadata title), as `extractFeatures` reads it. */
export function reportsNoEvent(
  text: string,
  title: string | null = null,
  settings: StorySettings = storySettings,
): boolean {
  const body = title && !text.startsWith(title) ? `${title}\n${text}` : text;
  return eventless(tokenize(body, settings.leadSentences), settings);
}

/** Extracts the weighted term counts of one report. `title` (metadata headline) counts as lead. */
export function extractFeatures(
  text: string,
  title: string | null = null,
  settings: StorySettings = storySettings,
): DocFeatures {
  const counts = new Map<string, number>();
  const leadCounts = new Map<string, number>();
  const years = new Set<number>();
  const body = title && !text.startsWith(title) ? `${title}\n${text}` : text;
  const tokens = tokenize(body, settings.leadSentences);
  const titleCase = titleCaseTokens(tokens);
  // Words the text also writes in lower case: capitalised at a sentence start they are not names
  // ("Residents of Napa", "Officials said").
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (!t.cap && !t.digit) lowerSeen.add(t.l);

  // The headline says what the report is about: its terms count `headlineBoost` times more than the
  // lede's (background paragraphs of a feature or a look-alike event's report do not outweigh it).
  const headline = title && !text.startsWith(title) ? 0 : -1;
  const add = (term: string, w: number, lead: boolean, line = -2): void => {
    if (w <= 0) return;
    const v = (lead ? w * settings.leadBoost : w) * (line === headline ? settings.headlineBoost : 1);
    counts.set(term, (counts.get(term) ?? 0) + v);
    if (lead) leadCounts.set(term, (leadCounts.get(term) ?? 0) + w);
  };

  let name: Token[] = [];
  const flushName = (): void => {
    // Trim joiners at the ends.
    while (name.length && NAME_JOINERS.has(name[name.length - 1]!.l)) name.pop();
    if (name.length) {
      const lead = name[0]!.lead;
      const parts = name.filter((t) => !NAME_JOINERS.has(t.l)).map((t) => stem(t.l));
      const line = name[0]!.line;
      if (parts.length >= 2) add(`p:${parts.join(' ')}`, settings.nameBoost, lead, line);
      for (const p of parts) if (!STOPWORDS.has(p)) add(`q:${p}`, settings.nameTokenBoost, lead, line);
    }
    name = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const isDigit = t.digit;

    // Proper names: runs of capitalised words (not a lone capitalised function word opening a sentence).
    const capName =
      t.cap &&
      !isDigit &&
      !titleCase.has(i) &&
      t.s.length > 1 &&
      !(MONTHS.has(t.l) && (t.l !== 'may' || next?.digit === true)) &&
      !WEEKDAYS.has(t.l) &&
      !(t.start && (STOPWORDS.has(t.l) || lowerSeen.has(t.l)));
    if (t.broken && name.length) flushName();
    if (capName) name.push(t);
    else if (name.length && NAME_JOINERS.has(t.l) && !t.cap) name.push(t);
    else if (name.length) flushName();

    const ord = ordinal(t, next);
    if (ord !== null) {
      add(`o:${ord}`, settings.numberBoost, t.lead, t.line);
      if (t.digit) i++; // skip the "th" of "6th"
      continue;
    }
    if (t.time) continue;
    if (isDigit) {
      const n = parseNumber(t.s);
      if (n === null) continue;
      if (/^\d{4}$/.test(t.s) && n >= 1900 && n <= 2099) {
        years.add(n);
        add(`y:${n}`, settings.yearBoost, t.lead, t.line);
        continue;
      }
      add(`n:${n}`, settings.numberBoost, t.lead, t.line);
      if (next && !next.digit && !next.broken && !STOPWORDS.has(next.l) && !MONTHS.has(next.l))
        add(`nn:${n} ${stem(next.l)}`, settings.countedNumberBoost, t.lead, t.line);
      continue;
    }
    const month = MONTHS.get(t.l);
    if (month !== undefined && (t.l.length > 3 || t.cap)) {
      if (t.l === 'may' && !t.cap) {
        // the modal verb
      } else {
        add(`mo:${month}`, settings.monthBoost, t.lead, t.line);
        const d = next && /^\d{1,2}$/.test(next.s) ? Number(next.s) : NaN;
        if (d >= 1 && d <= 31) add(`md:${month}-${d}`, settings.dayOfMonthBoost, t.lead, t.line);
        continue;
      }
    }
    if (WEEKDAYS.has(t.l)) {
      add(`wd:${t.l}`, settings.weekdayBoost, t.lead, t.line);
      continue;
    }
    const nw = NUMBER_WORDS.get(t.l);
    if (nw !== undefined && next && !next.broken && !STOPWORDS.has(next.l)) {
      add(`nn:${nw} ${stem(next.l)}`, settings.countedNumberBoost, t.lead, t.line);
    }
    if (t.l.length < 2 || STOPWORDS.has(t.l)) continue;
    const w = stem(t.l);
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    add(`w:${w}`, 1, t.lead, t.line);
  }
  flushName();
  return { counts, leadCounts, years, eventless: eventless(tokens, settings) };
}
