/**
 * The sentence-level support test: does a report state what a draft sentence says, when no typed fact of the
 * sentence settles it? The draft sentence's content words (by lemma and predicate class) are looked for in the
 * best-matching report sentences (one, or two that together cover more); then every name, number and date of
 * the draft sentence must stand in those sentences, no negation may be added or dropped, and no word may be
 * swapped for its opposite. Precision first: a sentence that fails any check is not supported.
 */
import type { AnnotatedDocument, Sentence, Token } from '../model/annotations.js';
import { timesOfDay } from '../align/clock.js';
import { commonInitial } from '../align/facts.js';
import { classesOf } from '../align/predicates.js';
import { countryByAdjective, countryByCapital, countryByName } from '../nlp/lexicon/countries.js';
import {
  lemmas,
  meaningPos,
  related,
  synsetAt,
  synsets,
  type MeaningPos,
  type Relation,
  type Synset,
} from '../nlp/meaning.js';
import { MONTHS_IN_ORDER, MONTH_NAMES, REPORTING_VERBS, TITLE_HEADS } from '../nlp/lexicon/words.js';
import { CARDINALS, ORDINAL_WORDS } from '../nlp/lexicon/numbers.js';
import { quantSettings } from '../settings/quant.js';
import { verifySettings as S } from '../settings/verify.js';
import {
  amountDirection,
  amountOpposites,
  CAUSE_CONNECTIVES,
  CLAIM_NOUNS,
  DAY_ORDINALS,
  DENIAL_VERBS,
  IMPLICIT_NEGATIVES,
  NEGATORS,
  opposites,
  ORDINALS,
  PREPOSITION_OPPOSITES,
  PREPOSITION_PHRASES,
  prepositionOpposites,
  REFUSAL_VERBS,
  PHRASAL_NEGATIVES,
  QUESTION_WORDS,
  TELLING_VERBS,
  TITLE_ABBREVIATIONS,
  WITHOUT_IDIOMS,
  VERIFY_GENERIC,
} from './lexicon.js';

export interface SourceSentence {
  doc: AnnotatedDocument;
  sentence: Sentence;
}

export type SupportProblem =
  | { kind: 'entity'; draft: string; source: string | null }
  | { kind: 'number'; draft: string; source: string | null }
  | { kind: 'date'; draft: string; source: string | null }
  /** `uncited`: the word the negation bears on first stands on one side only, the other has a word of its own in its
   * place ("did not take part in the vote" / "boycotted the vote"): not supported, but nothing to cite as a conflict */
  | { kind: 'polarity'; draft: string; source: string | null; uncited?: boolean }
  | { kind: 'antonym'; draft: string; source: string | null }
  | { kind: 'coverage'; draft: string; source: string | null };

export interface SupportResult {
  /** Share of the draft sentence's content words found in the window. */
  coverage: number;
  /** The best-matching report sentences (one or two). */
  window: SourceSentence[];
  /** Content words of the draft sentence not found in the window. */
  missing: string[];
  problems: SupportProblem[];
}

/** Particles of English phrasal verbs ("step down", "call off", "take over"). */
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'over', 'away', 'back', 'into', 'on', 'in']);

/** Qualifiers of a figure that is a bound, open on one side. */
const BOUND_QUALIFIERS = new Set(['at-least', 'more-than', 'at-most', 'less-than']);

/** One name a clipping of the other: a single word of at least three letters that begins the other's first word
 * ("Fed" / "Federal Reserve"). */
function clipped(a: string, b: string): boolean {
  if (!S.clippedNames) return false;
  const words = (x: string) => x.replace(/^the\s+/i, '').split(/\s+/);
  const [x, y] = words(a).length === 1 ? [words(a), words(b)] : [words(b), words(a)];
  const w = x[0]!.toLowerCase();
  return (
    x.length === 1 &&
    y.length >= 2 &&
    w.length >= 3 &&
    y[0]!.toLowerCase().startsWith(w) &&
    y[0]!.length > w.length
  );
}

/** A word of a figure or of a span of time: a number, or a unit of time ("30 days", "90-day", "two weeks"). */
const TIME_WORDS = new Set(
  'second|minute|hour|day|night|week|weekend|month|year|decade|century|season|quarter'.split('|'),
);
const figureWord = (t: Token) =>
  t.pos === 'NUM' || /\d/.test(t.text) || TIME_WORDS.has(t.lemma.toLowerCase()) || TIME_WORDS.has(t.normal);

/** The noun an adjective of `ts` (content tokens in order) qualifies: the first noun right after it, past numbers and
 * other adjectives with nothing but a space or hyphen between any two ("last 10 games", "first round"); null where no
 * noun follows so (a predicate adjective: "the road was open"). */
function qualifiedNoun(ts: Token[], i: number): Token | null {
  for (let k = i + 1; k < ts.length; k++) {
    if (ts[k]!.start - ts[k - 1]!.end > 1) return null;
    const t = ts[k]!;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return t;
    if (t.pos !== 'NUM' && t.pos !== 'ADJ') return null;
  }
  return null;
}

/** Vague counts that stand as nouns ("Thousands marched"). */
const VAGUE_COUNTS = new Set(['dozens', 'hundreds', 'thousands', 'millions']);

/** The words of a share ("half", "a third", "two-fifths"). */
const FRACTION_WORD = /^(?:half|thirds?|quarters?|fifths?|tenths?)$/;

const inside = (x: { start: number; end: number }, a: number, b: number) => x.start >= a && x.end <= b;

/** The reading of a capitalised common word opening a sentence ("Imports of timber grew", "Shares fell"), which the
 * tagger takes for a name and leaves unreduced: its WordNet base form and part of speech (`openingCommonLemma`). */
const openingReading = new WeakMap<Token, { lemma: string; pos: MeaningPos }>();

/** A token's lemma, lower-cased (the opening common word's base form where it was read as a name). */
const lem = (t: Token) =>
  (S.openingCommonLemma ? openingReading.get(t)?.lemma : undefined) ?? t.lemma.toLowerCase();
/** Two tokens are one word: the same base form or the same normal form. */
const same = (a: Token, b: Token) => lem(a) === lem(b) || a.normal === b.normal;

/** A token's part of speech for word meaning (the opening common word's as a word, not a name). */
const mpos = (t: Token): MeaningPos | null =>
  (S.openingCommonLemma ? openingReading.get(t)?.pos : undefined) ?? meaningPos(t.pos);

/** Reads the first word of a sentence as the common word it is when it is capitalised only for standing first, and the
 * tagger took it for a name: "Imports" is the plural of "import" (an opposite of "export"), "Shares" of "share". A
 * name stays a name: its commonest WordNet sense is a named instance ("London"), or WordNet does not know it. */
function readOpening(s: Sentence): void {
  if (!S.openingCommonLemma) return;
  const t = s.tokens.find(isWord);
  if (!t || t.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || openingReading.has(t)) return;
  if (!commonWord(t.text)) return;
  const w = t.text.toLowerCase();
  const noun = lemmas(w, 'noun')[0];
  const verb = noun ? undefined : lemmas(w, 'verb')[0];
  if (noun) openingReading.set(t, { lemma: noun, pos: 'noun' });
  else if (verb) openingReading.set(t, { lemma: verb, pos: 'verb' });
}

/** "leave … without X" said of what is deprived of X ("the storm left thousands of homes without power", "homes were
 * left without power"): to be left without a thing is to lose it (`leftWithoutIsLoss`). The verb, the cue, and the
 * words of who is deprived of it (between the verb and "without", or before the verb in a passive). */
interface Deprivation {
  leave: Token;
  without: Token;
  deprived: Token[];
}
const deprivations = new WeakMap<Sentence, Deprivation[]>();
const deprivedLeave = new WeakSet<Token>();

/** The "left … without" of a sentence, read once (the verb then also found by the key "lose"). */
function readDeprivations(s: Sentence): Deprivation[] {
  if (!S.leftWithoutIsLoss) return [];
  const known = deprivations.get(s);
  if (known) return known;
  const out: Deprivation[] = [];
  const ts = s.tokens;
  ts.forEach((w, i) => {
    if (w.normal !== 'without') return;
    const head = ts.slice(0, i);
    const from = head.map(boundary).lastIndexOf(true);
    const clause = head.slice(from + 1);
    const k = clause.map((t) => t.pos === 'VERB' && t.lemma.toLowerCase() === 'leave').lastIndexOf(true);
    if (k < 0 || clause.length - k > 8) return;
    const between = clause.slice(k + 1).filter(isContent);
    const deprived = between.length ? between : clause.slice(0, k).filter(isContent).slice(-3);
    if (!deprived.length) return;
    out.push({ leave: clause[k]!, without: w, deprived });
    deprivedLeave.add(clause[k]!);
  });
  deprivations.set(s, out);
  return out;
}

/** Keys of a token that writes one thing another way (`readForms`), and the words that only write an age. */
const formKeys = new WeakMap<Token, string[]>();
const ageWords = new WeakSet<Token>();
/** "long" of a duration compound ("week-long"), with its time word. */
const durationLong = new WeakMap<Token, Token>();
const formsRead = new WeakSet<Sentence>();

/** Reads once the words of a sentence that write one thing in more than one way:
 * - a day of a month as a numeral or an ordinal, next to its month ("March 3", "March 3rd", "3 March", "the third of
 *   March"): each is found by the day (`dayOrdinals`); an ordinal elsewhere ("a third straight session") is not;
 * - a title abbreviation and the words it stands for ("CEO" / "chief executive (officer)", "CFO", "PM" / "prime
 *   minister"; lexicon.ts `TITLE_ABBREVIATIONS`): each is found by the other (`titleAbbreviations`);
 * - the words that write an age beside its numeral ("45-year-old", "45 years old", "aged 45"): no words of fact of
 *   their own, the numeral is (`ageWords`; "a man, 45," says the same). */
function readForms(s: Sentence): void {
  if (formsRead.has(s)) return;
  formsRead.add(s);
  const ts = s.tokens;
  const add = (t: Token, k: string) => formKeys.set(t, [...(formKeys.get(t) ?? []), k]);
  const isMonth = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && monthOf(t.normal) !== null;
  ts.forEach((t, i) => {
    if (S.dayOrdinals) {
      const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t.normal);
      const w = DAY_ORDINALS.indexOf(t.normal);
      const day = m ? Number(m[1]) : w >= 0 ? w + 1 : null;
      const byMonth =
        isMonth(ts[i - 1]) || isMonth(ts[i + 1]) || (ts[i + 1]?.normal === 'of' && isMonth(ts[i + 2]));
      if (day !== null && day >= 1 && day <= 31 && byMonth) add(t, `D:${day}`);
    }
    if (S.titleAbbreviations) {
      // (an abbreviation written in capitals, not a time of day: "3 PM")
      if (TITLE_ABBREVIATIONS[t.normal] && /^\p{Lu}{2,}$/u.test(t.text) && ts[i - 1]?.pos !== 'NUM')
        add(t, `T:${t.normal}`);
      for (const [abbr, forms] of Object.entries(TITLE_ABBREVIATIONS))
        for (const f of forms) {
          const ws = f.split(' ');
          if (ws.every((x, k) => ts[i + k]?.normal === x))
            ws.forEach((_, k) => {
              if (!formKeys.get(ts[i + k]!)?.includes(`T:${abbr}`)) add(ts[i + k]!, `T:${abbr}`);
            });
        }
    }
    if (S.ageWords) {
      const year = /^years?$/.test(t.normal);
      // "45-year-old" (the hyphens are tokens of their own), "45 years old"
      if (
        year &&
        ts[i - 1]?.text === '-' &&
        ts[i - 2]?.pos === 'NUM' &&
        ts[i + 1]?.text === '-' &&
        ts[i + 2]?.normal === 'old'
      ) {
        ageWords.add(t);
        ageWords.add(ts[i + 2]!);
      }
      if (year && ts[i - 1]?.pos === 'NUM' && ts[i + 1]?.normal === 'old') {
        ageWords.add(t);
        ageWords.add(ts[i + 1]!);
      }
      if (t.normal === 'aged' && ts[i + 1]?.pos === 'NUM') ageWords.add(t);
      // "a week-long strike", "a decade-long dispute": "long" writes the duration its time word states
      if (
        S.durationWords &&
        t.normal === 'long' &&
        ts[i - 1]?.text === '-' &&
        /^(?:hour|day|week|month|year|decade|century)$/.test(ts[i - 2]?.normal ?? '')
      )
        durationLong.set(t, ts[i - 2]!);
    }
  });
}

/** Reads once a document's names written by their initials and in full ("the EU" / "the European Union", "the WHO" /
 * "the World Health Organization", "the BoE" / "the Bank of England"): the words of a name of two words or more and a
 * name written as an acronym are found by the same key, the initials (`acronyms`). The initials of the capitalised
 * words, and of every word ("BOE"). */
const acronymsRead = new WeakSet<AnnotatedDocument>();
function readAcronyms(doc: AnnotatedDocument): void {
  if (!S.acronyms || acronymsRead.has(doc)) return;
  acronymsRead.add(doc);
  const tokens = doc.sentences.flatMap((x) => x.tokens);
  for (const e of doc.entities) {
    const ts = tokens.filter((t) => inside(t, e.start, e.end) && /[\p{L}]/u.test(t.text));
    const keys: string[] = [];
    if (ts.length === 1) {
      const a = ts[0]!.text.replace(/\./g, '');
      const caps = (a.match(/\p{Lu}/gu) ?? []).length;
      if (/^\p{L}{2,6}$/u.test(a) && caps >= 2 && caps * 2 >= a.length) keys.push(`A:${a.toUpperCase()}`);
    } else if (ts.length >= 2) {
      // (a name in full: capitalised words, and function words between them, "Bank of England"; not "B-peg")
      const capital = ts.filter((t) => /^\p{Lu}/u.test(t.text));
      if (capital.length >= 2 && ts.every((t) => /^\p{Lu}/u.test(t.text) || t.stop)) {
        // (a name in full keyed apart from an acronym, `AF:`: two full names with the same initials, "Maple Street" /
        // "Main Street", are not one name)
        const full = S.acronymNeedsInitials ? 'AF' : 'A';
        keys.push(
          `${full}:${capital
            .map((t) => t.text[0])
            .join('')
            .toUpperCase()}`,
        );
        if (capital.length < ts.length)
          keys.push(
            `${full}:${ts
              .map((t) => t.text[0])
              .join('')
              .toUpperCase()}`,
          );
      }
    }
    for (const t of ts) for (const k of keys) formKeys.set(t, [...(formKeys.get(t) ?? []), k]);
  }
}

/** The keys a token can be found by: its lemma, its normal form, and its predicate classes. */
function keysOf(t: Token): string[] {
  const lemma = lem(t);
  const keys = [lemma, t.normal];
  // "U.K." / "UK", "co-operate" / "cooperate"
  keys.push(t.normal.replace(/[.\-']/g, ''));
  for (const c of classesOf(lemma, t.normal)) keys.push(`P:${c}`);
  // "left … without" is "lose"
  if (S.leftWithoutIsLoss && deprivedLeave.has(t)) keys.push('lose');
  // the same thing written another way: a day of a month, a title and its abbreviation (`readForms`)
  keys.push(...(formKeys.get(t) ?? []));
  // a month by its name or its abbreviation ("Feb." / "February"; a capitalised word, not the verb "may")
  const month = S.monthAbbreviations && /^\p{Lu}/u.test(t.text) ? monthOf(t.normal) : null;
  if (month !== null) keys.push(`M:${month}`);
  // an ordinal in figures or in words ("11th" / "eleventh")
  const ordinal = S.ordinalForms ? ordinalValue(t.normal) : null;
  if (ordinal !== null) keys.push(`O:${ordinal}`);
  // a whole number in figures or in words ("15" / "fifteen")
  const cardinal = S.cardinalForms ? cardinalValue(t.normal) : null;
  if (cardinal !== null) keys.push(`N:${cardinal}`);
  return keys;
}

/** The value of an ordinal written in figures ("11th", "2nd") or in words ("eleventh"); null for any other word. */
function ordinalValue(word: string): number | null {
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  return m ? Number(m[1]) : Object.hasOwn(ORDINAL_WORDS, word) ? ORDINAL_WORDS[word]! : null;
}

/** The value of a whole number written in figures ("15", "1,500") or as one number word ("fifteen"); null for any
 * other word. */
function cardinalValue(word: string): number | null {
  if (/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(word)) return Number(word.replace(/,/g, ''));
  return Object.hasOwn(CARDINALS, word) ? CARDINALS[word]! : null;
}

const MONTHS = MONTHS_IN_ORDER;
/** The month (0–11) a word names, by its full name or its abbreviation with or without a full stop ("Sept."). */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const k = MONTHS.findIndex((m) => m === w || (w.length >= 3 && MONTH_NAMES.has(w) && m.startsWith(w)));
  return k < 0 ? null : k;
}

/** A word of the sentence's own (noun, verb, adjective, name, adverb, number; no stop word), generic or not: what a
 * negation's reach is counted in ("failed to get the pricing right": "get" is the word it negates first, though it
 * carries no fact of its own). */
const isSentenceWord = (t: Token) =>
  /[\p{L}\d]/u.test(t.text) &&
  !t.stop &&
  (t.pos === 'NOUN' ||
    t.pos === 'VERB' ||
    t.pos === 'ADJ' ||
    t.pos === 'PROPN' ||
    t.pos === 'ADV' ||
    t.pos === 'NUM');

/** A content word: a word of the sentence that carries a fact (not in lexicon.ts's VERIFY_GENERIC). */
const isContent = (t: Token) =>
  isSentenceWord(t) &&
  !VERIFY_GENERIC.has(lem(t)) &&
  !VERIFY_GENERIC.has(t.normal) &&
  // (an honorific with its full stop: "Mr." as "Mr")
  !(S.honorificStop && VERIFY_GENERIC.has(t.normal.replace(/\.$/, '')));

/** "one" of the pronoun "no one" ("No one was injured"): no figure, no word of fact; "no" denies what is said of it. */
const noOne = (ts: Token[], i: number) =>
  S.noOnePronoun && ts[i]?.normal === 'one' && ts[i - 1]?.normal === 'no';

/** The content tokens of a span of a sentence, without the attribution ("according to X", "X said"). */
export function contentTokens(s: Sentence, skip: { start: number; end: number }[] = []): Token[] {
  return s.tokens.filter(
    (t, i) =>
      isContent(t) &&
      !connective(s.tokens, i) &&
      !totalOf(s.tokens, i) &&
      !noOne(s.tokens, i) &&
      !ageWords.has(t) &&
      !skip.some((k) => inside(t, k.start, k.end)),
  );
}

/** The first word of a preposition of cause written in two words, before a noun phrase: "due to the strike", "owing
 * to", "thanks to" (as "because of"); not "due to arrive", where "due" says something is scheduled. */
function connective(ts: Token[], i: number): boolean {
  if (!S.causeConnectives || !CAUSE_CONNECTIVES.has(ts[i]!.normal)) return false;
  const next = ts[i + 1];
  const after = ts[i + 2];
  return next?.normal === 'to' && !!after && after.pos !== 'VERB' && after.pos !== 'AUX';
}

/** "total" in "a total of 288 candidates": the wording of a figure, which says no more than "288 candidates" (no word of
 * fact of its own; "the total cost" keeps it). */
function totalOf(ts: Token[], i: number): boolean {
  if (!S.totalOfFigure || ts[i]!.normal !== 'total') return false;
  const [before, of, n] = [ts[i - 1], ts[i + 1], ts[i + 2]];
  return (
    (before?.normal === 'a' || before?.normal === 'the') &&
    of?.normal === 'of' &&
    !!n &&
    (n.pos === 'NUM' || /^\d/.test(n.text) || n.normal in CARDINALS)
  );
}

/** The attribution spans of a sentence (its source and cue), left out of what is checked. */
export function attributionSpans(s: Sentence): { start: number; end: number }[] {
  return s.attribution ? [s.attribution.sourceSpan, s.attribution.cueSpan] : [];
}

interface Indexed {
  src: SourceSentence;
  keys: Set<string>;
}

/** Report sentences indexed by their tokens' keys (built once per set of reports). */
export function indexSentences(docs: AnnotatedDocument[]): Indexed[] {
  const out: Indexed[] = [];
  for (const doc of docs) {
    readAcronyms(doc);
    for (const sentence of doc.sentences) {
      readOpening(sentence);
      readDeprivations(sentence);
      readForms(sentence);
      const keys = new Set<string>();
      for (const t of sentence.tokens) for (const k of keysOf(t)) keys.add(k);
      for (const e of doc.entities) if (inside(e, sentence.start, sentence.end)) keys.add(entityKey(e));
      out.push({ src: { doc, sentence }, keys });
    }
  }
  return out;
}

const entityKey = (e: { entityId?: string; canonical: string }) =>
  `E:${e.entityId ?? e.canonical.toLowerCase()}`;

/** A key of a token met by a set of keys: the same key, or for a name's initials the other form of them (a name in
 * full is met by its initials written as an acronym, and the other way round; never by another name in full with the
 * same initials: `AF:` keys do not meet each other). */
const keyMet = (k: string, keys: Set<string>) =>
  k.startsWith('AF:')
    ? keys.has(`A:${k.slice(3)}`)
    : keys.has(k) || (S.acronymNeedsInitials && k.startsWith('A:') && keys.has(`AF:${k.slice(2)}`));

const found = (t: Token, keys: Set<string>) => keysOf(t).some((k) => keyMet(k, keys));

/** Negating determiners: what they deny is the noun after them ("no freight trains", "no evidence"). */
const NOUN_NEGATORS = new Set(['no']);

/** Where a clause ends, for the reach of a negation: a comma, semicolon, colon or dash, or a contrasting conjunction. */
const boundary = (t: Token) =>
  /^[,;:—–]$/.test(t.text) || ['but', 'while', 'though', 'although', 'whereas'].includes(t.normal);

interface Cue {
  start: number;
  end: number;
  /** A negative word that bears on what stands before it as well as after ("elusive", "unable"). */
  both?: boolean;
  /** A "not" of "not … until Monday": when the act happens, not that it does not. */
  until?: boolean;
}

/** The negation cues of a sentence: the annotated negations ("not", "no", "refused", "lack of") and the words that
 * state a negation by their meaning ("remains elusive", "were unable to find"), lexicon.ts. */
function cuesOf(s: Sentence): Cue[] {
  const implicit = s.tokens
    .filter((t) => IMPLICIT_NEGATIVES.has(lem(t)) || IMPLICIT_NEGATIVES.has(t.normal))
    .filter((t) => !s.negations.some((n) => inside(t, n.start, n.end)))
    .map((t) => ({ start: t.start, end: t.end, both: true }));
  // a phrasal verb of negation ("ruled out resigning"): the verb and its particle
  const phrasal = S.phrasalNegatives
    ? s.tokens.flatMap((t, i) => {
        const next = s.tokens[i + 1];
        return next && PHRASAL_NEGATIVES.some(([v, p]) => lem(t) === v && next.normal === p)
          ? [{ start: t.start, end: next.end }]
          : [];
      })
    : [];
  // a denial of a claim its noun names ("dismissed concerns that the quake would cause tsunamis"): a negation of the
  // "that" clause
  const denials = S.denialOfClaim
    ? s.tokens
        .filter((t, i) => claimDenied(s.tokens, i))
        .filter((t) => !s.negations.some((n) => inside(t, n.start, n.end)))
        .map((t) => ({ start: t.start, end: t.end }))
    : [];
  // "without" in a set phrase of manner ("arrested without incident", "without fail", "without a doubt") negates no
  // event: its noun is no incident the report may tell of
  const idiom = (n: Cue) => {
    if (!S.withoutIdioms || s.text.slice(n.start - s.start, n.end - s.start).toLowerCase() !== 'without')
      return false;
    const k = s.tokens.findIndex((t) => t.start >= n.end);
    const next = s.tokens[k]?.normal === 'a' ? s.tokens[k + 1] : s.tokens[k];
    return !!next && WITHOUT_IDIOMS.has(next.normal);
  };
  const all: Cue[] = [...s.negations.filter((n) => !idiom(n)), ...implicit, ...phrasal, ...denials].sort(
    (a, b) => a.start - b.start,
  );
  // "will not get there until Monday", "will not be restored before 31 December": the act happens then; such a "not"
  // (its clause goes on to "until", or "before" a date) is marked, and is no negation against a sentence that says
  // the act plainly ("will arrive on Monday"), only against one that says it "until" then too
  // "It wasn't until May 30, 2005, that his family revealed his identity": a cleft that says when the act happened,
  // no negation of anything
  const cleft = (c: Cue) => {
    if (!S.notUntilCleft) return false;
    const k = s.tokens.findIndex((t) => t.start >= c.end);
    const j = s.tokens.findIndex((t) => t.start >= c.start);
    const [it, be] = [s.tokens[j - 2], s.tokens[j - 1]];
    return (
      k > 0 &&
      s.tokens[k]?.normal === 'until' &&
      it?.normal === 'it' &&
      !!be &&
      lem(be) === 'be' &&
      s.tokens.slice(k + 1).some((t) => t.normal === 'that' || t.normal === 'when')
    );
  };
  return all.flatMap((c) => {
    if (!/^(?:not|n't)$/i.test(s.text.slice(c.start - s.start, c.end - s.start))) return [c];
    if (cleft(c)) return [];
    const k = s.tokens.findIndex((t) => t.start >= c.end);
    const tail = k < 0 ? [] : s.tokens.slice(k, k + 10);
    const stop = tail.findIndex((t) => /^[,;:.]$/.test(t.text));
    return [untilIn(stop < 0 ? tail : tail.slice(0, stop)) ? { ...c, until: true } : c];
  });
}

/** A verb of denial whose object is a noun of claim with its "that" clause ("denied reports that", "dismissed growing
 * concerns that"): what it denies is the clause. */
function claimDenied(ts: Token[], i: number): boolean {
  const t = ts[i]!;
  if (t.pos !== 'VERB' || !DENIAL_VERBS.has(lem(t))) return false;
  let j = i + 1;
  if (ts[j]?.pos === 'DET') j++;
  while (ts[j]?.pos === 'ADJ') j++;
  const noun = ts[j];
  return !!noun && CLAIM_NOUNS.has(lem(noun)) && ts[j + 1]?.normal === 'that';
}

/** A sentence says an act of the other sentence "until" a time: "until" after a content word the other sentence has,
 * in the same clause ("was deemed a threat until 1997"; not "it could take until 31 December before service was
 * restored", where "until" is of "take"). */
function actUntil(o: Sentence, other: Sentence): boolean {
  const theirs = other.tokens.filter(isContent);
  let from = 0;
  return o.tokens.some((t, i) => {
    if (boundary(t)) from = i + 1;
    if (t.normal !== 'until') return false;
    return o.tokens.slice(from, i).some((x) => isContent(x) && theirs.some((y) => same(x, y)));
  });
}

/** "until", or "before" a date ("before 31 December"), among a clause's tokens. */
function untilIn(ts: Token[]): boolean {
  return ts.some(
    (t, i) =>
      t.normal === 'until' ||
      (t.normal === 'before' && !!ts[i + 1] && /^(?:\p{Lu}|\d)/u.test(ts[i + 1]!.text)),
  );
}

/** The negative words a sentence negates in turn ("did not rule out invoking the act", "never failed to", "was not
 * denied"): a cue of "not" or "never" right before another cue, a word at most between them; the second cue of each
 * such pair. */
function negatedNegatives(s: Sentence, cues: Cue[]): Cue[] {
  const text = (c: Cue) => s.text.slice(c.start - s.start, c.end - s.start).toLowerCase();
  return cues.filter((c, i) => {
    const prev = cues[i - 1];
    if (!prev || !/^(?:not|n't|never)$/.test(text(prev)) || NEGATORS.has(text(c))) return false;
    return s.tokens.filter((t) => t.start >= prev.end && t.end <= c.start && isWord(t)).length <= 1;
  });
}

const isWord = (t: Token) => /[\p{L}\d]/u.test(t.text);

/** The report words a draft token stands in place of: its neighbours (the word before and after it) stand in a window
 * sentence with one to three other words between them, none of which the draft has. Null when there is no such
 * place. */
function substituted(
  s: Sentence,
  t: Token,
  window: Indexed[],
  draftKeys: Set<string>,
  anyWord = false,
  from: Token = t,
): string | null {
  const words = s.tokens.filter(isWord);
  const k = words.indexOf(t);
  // (`from`: the first word of the phrase `t` heads, "domestic" of "domestic poultry": the neighbour before is the
  // phrase's)
  const before = words[words.indexOf(from) - 1];
  const after = words[k + 1];
  // the end of the sentence stands as a neighbour too ("stole paintings from the city library." / "from the city
  // museum."), where the other side is a word: the report sentence ends there as well
  const edge = S.substitutionAtEdge && !!(before ?? after) && (k === words.length - 1 || k === 0);
  if ((!before || !after) && !edge) return null;
  for (const w of window) {
    const ws = w.src.sentence.tokens.filter(isWord);
    // the sentence's edges as positions -1 and ws.length
    const at = (i: number, x: Token | undefined) =>
      x ? i >= 0 && i < ws.length && same(ws[i]!, x) : i === -1 || i === ws.length;
    for (let i = -1; i < ws.length; i++) {
      if (!at(i, before)) continue;
      for (let gap = 1; gap <= 3 && i + gap + 1 <= ws.length; gap++) {
        if (!at(i + gap + 1, after)) continue;
        const between = ws.slice(i + 1, i + gap + 1);
        if (between.some((x) => found(x, draftKeys) || (!anyWord && !isContent(x)))) continue;
        return between.map((x) => x.text).join(' ');
      }
    }
  }
  return null;
}

/** The report words that stand where a span of the draft sentence stands: between the same two neighbour words (the
 * word before the span and the word after it), one to four words apart in a window sentence, or right after a verb of
 * the same meaning as the verb before the span; null where no window sentence has them so. A name, figure or date the
 * report has there is the one the draft's conflicts with; one the report has elsewhere may be said of another thing
 * ("wounding 70 others" / "killing 10"). */
function inPlaceOf(s: Sentence, start: number, end: number, window: Indexed[]): Token[] | null {
  const words = s.tokens.filter(isWord);
  const i = words.findIndex((t) => t.end > start);
  const j = words.findIndex((t) => t.start >= end);
  const before = i > 0 ? words[i - 1] : undefined;
  const after = j > 0 ? words[j] : undefined;
  if (!before) return null;
  for (const w of window) {
    const ws = w.src.sentence.tokens.filter(isWord);
    for (let a = 0; a < ws.length; a++) {
      if (after && same(ws[a]!, before))
        for (let gap = 1; gap <= 4 && a + gap + 1 < ws.length; gap++)
          if (same(ws[a + gap + 1]!, after)) return ws.slice(a + 1, a + gap + 1);
      // the verb that governs it, worded alike or by a word of its meaning ("wounded 70 others" / "injuring 80"):
      // the few words right after that verb
      if (before.pos === 'VERB' && ws[a]!.pos === 'VERB' && sameKeys(ws[a]!, before))
        return ws.slice(a + 1, a + 4);
    }
  }
  return null;
}

/** A span of the report (a name, a figure, a date) among the words `inPlaceOf` found in the draft's place. */
const placedOver = (placed: Token[] | null, x: { start: number; end: number }) =>
  !!placed?.some((t) => t.start >= x.start && t.end <= x.end);

/** A word whose commonest sense, as a noun or a verb, is not a named instance (WordNet's `@i`): "shares", "officials"
 * are common words, "London", "China" are names. */
function commonWord(word: string): boolean {
  const w = word.toLowerCase();
  const noun = synsets(w, 'noun', { senses: 1 })[0];
  if (noun) return !noun.pointers.some((p) => p.symbol === '@i');
  return synsets(w, 'verb', { senses: 1 }).length > 0;
}

/** The report adjective a draft adjective stands in place of: the word before it (or after it) is the word before
 * (after) an adjective of a window sentence that the draft does not have ("have fallen dead" / "have fallen sick"). */
function besideAdjective(s: Sentence, t: Token, window: Indexed[], draftKeys: Set<string>): Token | null {
  const words = s.tokens.filter(isWord);
  const k = words.indexOf(t);
  for (const w of window) {
    const ws = w.src.sentence.tokens.filter(isWord);
    for (let i = 0; i < ws.length; i++) {
      const o = ws[i]!;
      if (o.pos !== 'ADJ' || found(o, draftKeys)) continue;
      const before = words[k - 1] && ws[i - 1] && same(words[k - 1]!, ws[i - 1]!) && isContent(words[k - 1]!);
      const after = words[k + 1] && ws[i + 1] && same(words[k + 1]!, ws[i + 1]!) && isContent(words[k + 1]!);
      if (before || after) return o;
    }
  }
  return null;
}

/** The report's noun modifier a draft noun modifier stands in place of: the draft noun modifies the noun after it,
 * and in a window sentence the same noun has a noun (not a name) of its own just before it, which the draft does not
 * have ("the burger giant" / "pizza giant Domino's"). */
function besideModifier(s: Sentence, t: Token, window: Indexed[], draftKeys: Set<string>): Token | null {
  const k = s.tokens.indexOf(t);
  const head = s.tokens[k + 1];
  if (!head || head.pos !== 'NOUN') return null;
  for (const w of window) {
    const ws = w.src.sentence.tokens;
    for (let i = 1; i < ws.length; i++) {
      const o = ws[i - 1]!;
      if (
        o.pos !== 'NOUN' ||
        gerund(o) ||
        found(o, draftKeys) ||
        !keysOf(ws[i]!).some((x) => keysOf(head).includes(x))
      )
        continue;
      return o;
    }
  }
  return null;
}

/** Two tokens that share a key (a name in full's initials, `AF:`, are no key two names share). */
const sameKeys = (a: Token, b: Token) => keysOf(a).some((k) => !k.startsWith('AF:') && keysOf(b).includes(k));
/** A verb's -ing form the tagger reads as a noun ("after hiking prices", "a turning point"): an act done to the noun
 * after it, or a verb's sense, not a kind of that thing. */
const gerund = (t: Token) => /ing$/i.test(t.text) && lemmas(t.normal, 'verb').length > 0;

/** Parts of speech of a thing a movement is said of: a noun, a name, a figure. */
const THING_POS = new Set(['NOUN', 'PROPN', 'NUM']);

/** Outcomes for people that one count of them cannot have at once (align/predicates.ts classes): those killed are
 * not the injured, the missing, the evacuated or the arrested of the same count. */
const PERSON_OUTCOMES = new Set(['kill', 'injure', 'missing', 'evacuate', 'arrest']);

/** The words a figure is said of: the verb right before it, and the verb or adjective right after its counted noun and
 * any auxiliary ("injured over 50 others"; "left 50 others missing", "12 people were arrested"). */
function saidOf(tokens: Token[], q: { start: number; end: number; counted?: string | null }): Token[] {
  const i = tokens.findIndex((t) => t.start >= q.start);
  let j = tokens.findIndex((t) => t.start >= q.end);
  if (j >= 0 && q.counted && tokens[j]!.pos === 'NOUN') j++;
  // (and an adverb among them with `saidOfPastAdverb`: "people have now died", "were also arrested")
  while (
    j >= 0 &&
    j < tokens.length &&
    (tokens[j]!.pos === 'AUX' ||
      (S.saidOfPastAdverb && tokens[j]!.pos === 'ADV' && tokens[j + 1]?.pos !== 'NUM'))
  )
    j++;
  const before = i > 0 ? tokens[i - 1] : undefined;
  const after = j >= 0 ? tokens[j] : undefined;
  return [
    ...(before?.pos === 'VERB' ? [before] : []),
    ...(after && (after.pos === 'VERB' || after.pos === 'ADJ') ? [after] : []),
  ];
}

/** Relations of meaning by which a noun modifier rewords a noun of the report. */
const MODIFIER_REWORDING = new Set<Relation>(['synonym', 'derivation', 'hypernym', 'hyponym']);

/** A noun that modifies the noun after it ("coal" in "a coal mine collapse", "oil" and "rig" in "an oil rig
 * collapse"): the next word is a noun (or one more modifier before one) that the report states (`headStated`). */
function nounModifier(s: Sentence, t: Token, headStated: (h: Token) => boolean): Token | null {
  const k = s.tokens.indexOf(t);
  for (let i = k + 1; i < s.tokens.length && i <= k + 2; i++) {
    const h = s.tokens[i]!;
    if (h.pos !== 'NOUN') return null;
    if (headStated(h)) return h;
  }
  return null;
}

/** An "adjective" that is a verb's past participle after a form of "be" ("was not classified as a threat", "were
 * sickened"): the passive verb of the clause, which a summary words as freely as any verb, not a modifier it adds to a
 * noun ("yellow paint"). */
function passiveParticiple(s: Sentence, t: Token): boolean {
  // a verb's form: WordNet knows its base ("deemed" / "deem"), or the -y verb an -ied form is the past of ("classified")
  const verb = lemmas(t.text, 'verb').length > 0 || lemmas(t.text.replace(/ied$/i, 'y'), 'verb').length > 0;
  if (!/(?:ed|en)$/i.test(t.text) || !verb) return false;
  const k = s.tokens.indexOf(t);
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) {
    const x = s.tokens[i]!;
    if (lem(x) === 'be') return true;
    if (x.pos !== 'ADV' && x.pos !== 'PART') return false;
  }
  return false;
}

/** The adjectives an adverb is formed from (WordNet's pertainym: "covertly" / "covert", "sharply" / "sharp"). */
export function adverbBases(word: string): string[] {
  // (the pointer of the word itself: "illegally, illicitly, lawlessly" is one synset, each with its own adjective)
  return synsets(word, 'adv', { senses: S.meaningSenses }).flatMap((s) =>
    s.pointers
      .filter(
        (p) => p.symbol === '\\' && p.pos === 'adj' && (p.source === 0 || s.words[p.source - 1] === word),
      )
      .map((p) => synsetAt(p.offset, 'adj')?.words[p.target - 1])
      .filter((w): w is string => !!w),
  );
}

/** Two adverbs WordNet relates only through the adjectives they are formed from: "covertly" / "clandestinely" /
 * "secretly" (covert, clandestine and secret are synonyms), "happily" / "sadly" (antonyms). */
export function adverbRelation(a: string, b: string): Relation {
  const opts = { senses: S.meaningSenses, hypernymDepth: 1 };
  let out: Relation = 'none';
  for (const x of adverbBases(a))
    for (const y of adverbBases(b)) {
      const r = related(x, y, 'adj', opts);
      if (r === 'same' || r === 'synonym') return 'synonym';
      if (r === 'antonym') out = 'antonym';
    }
  return out;
}

/** The country a capitalised word names by its name or adjective ("Turkish", "Chinese", "Poland"), as its code. */
function countryWord(t: Token): string | null {
  if (!/^\p{Lu}/u.test(t.text)) return null;
  return (countryByAdjective(t.text) ?? countryByName(t.text))?.code ?? null;
}

/** A sense and the act it is a manner of (its direct hypernym: "surge" is a way to "rise", "tumble" to "descend"). */
function withManner(ss: Synset[]): Synset[] {
  return ss.flatMap((s) => [
    s,
    ...s.pointers
      .filter((p) => p.symbol === '@')
      .map((p) => synsetAt(p.offset, p.pos))
      .filter((x): x is Synset => x !== null),
  ]);
}

/** Two verbs whose acts are opposed: a sense of one, or the act it is a manner of, is the antonym of a sense of the
 * other or of the act it is a manner of ("surged" / "dropped": rise / descend; "lowering" / "upped": decrease /
 * increase). WordNet files antonymy between a few verbs ("rise" / "fall"), not between their manners ("soar",
 * "plunge", "tumble"). Verbs WordNet relates more closely (the same, synonyms, derivations, antonyms already) are
 * not taken again. Verbs only: a verb's hypernym is the act it is a manner of (troponymy); a noun's is the kind it
 * belongs to, and two kinds of opposed kinds are not opposites. */
function mannerOpposite(t: Token, o: Token, r: Relation, lemmaOf: (t: Token) => string = lem): boolean {
  if (r !== 'none' && r !== 'cohyponym' && r !== 'hypernym' && r !== 'hyponym') return false;
  const p = mpos(t);
  if (p !== 'verb' || mpos(o) !== 'verb') return false;
  const opts = { senses: S.meaningSenses };
  // (with `mannerPhrasal`, a verb with its particle is the phrasal verb: "broke out" is "erupt", no manner of "end")
  const form = S.mannerPhrasal ? lemmaOf : lem;
  const A = withManner(synsets(form(t), p, opts));
  const B = withManner(synsets(form(o), p, opts));
  const ants = (xs: Synset[], ys: Synset[]) => {
    const to = new Set(ys.map((y) => y.offset));
    return xs.some((x) => x.pointers.some((q) => q.symbol === '!' && q.pos === p && to.has(q.offset)));
  };
  return ants(A, B) || ants(B, A);
}

/** Whether a verb takes an object where it stands: a noun phrase right after it (past an adverb or a particle,
 * "raised prices", "cut back jobs"), or a form of "be" or "get" before it (the passive, whose subject is what it acts
 * on: "prices were lowered"). "returned with a gun", "shares surged" take none. */
function takesObject(ts: Token[], v: Token): boolean {
  const k = ts.indexOf(v);
  for (let i = k + 1; i < ts.length && i <= k + 2; i++) {
    const x = ts[i]!;
    if (/^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(x.pos)) return true;
    if (x.pos !== 'ADV' && x.pos !== 'PART') break;
  }
  return passive(ts, k);
}

/** A verb in the passive: a form of "be" or "get" at most three words before it, only adverbs, auxiliaries or
 * particles between ("was rejected", "has not been granted", "got arrested"). */
function passive(ts: Token[], k: number): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) {
    const x = ts[i]!;
    if (lem(x) === 'be' || lem(x) === 'get') return true;
    if (x.pos !== 'ADV' && x.pos !== 'AUX' && x.pos !== 'PART') return false;
  }
  return false;
}

/** A title word the tagger takes for a name ("CEO Don Meij", "Don Meij, the CEO"): a role, a noun that describes the
 * person (nlp's title lexicon), worded as freely as other nouns ("chief executive"), not a name the report must
 * repeat. */
const roleWord = (t: Token) => S.titleIsRole && t.pos === 'PROPN' && TITLE_HEADS.has(t.normal);

/** A verb of refusal that states an act: followed by a noun phrase ("the court rejected the appeal", "denied bail"),
 * not by "to" or "that" ("refused to comment", "denied that …"); or, with `refusalPassive`, in the passive ("the appeal
 * was rejected by the court", "bail was denied"), where what was refused is the clause's subject. */
function refusalAct(sent: Sentence, k: number): boolean {
  const t = sent.tokens[k];
  const next = sent.tokens[k + 1];
  if (!t || t.pos !== 'VERB' || !REFUSAL_VERBS.has(lem(t))) return false;
  // ("denied reports that …" denies the clause: no act of its own)
  if (S.denialOfClaim && claimDenied(sent.tokens, k)) return false;
  if (next && next.normal !== 'that' && /^(?:DET|NOUN|PROPN|ADJ|PRON)$/.test(next.pos)) return true;
  if (!S.refusalPassive || !/(?:ed|ied)$/i.test(t.text)) return false;
  return passive(sent.tokens, k) && (!next || next.normal !== 'to');
}

interface Preposition {
  /** Its text as written ("against", "in favour of"), and the preposition it stands for ("for"). */
  text: string;
  word: string;
  /** The content words before it (its verb, noun or adjective) and after it (its object), within its clause. */
  before: Token[];
  after: Token[];
}

/** The prepositions of a sentence that carry the fact (lexicon.ts PREPOSITION_OPPOSITES: "voted for" / "voted
 * against", "before the vote" / "after the vote"), each with the few content words on either side in its clause. */
function prepositionsOf(s: Sentence): Preposition[] {
  const ts = s.tokens;
  const known = new Set(PREPOSITION_OPPOSITES.flat());
  const out: Preposition[] = [];
  for (let i = 0; i < ts.length; i++) {
    const phrase = PREPOSITION_PHRASES.find(([ws]) => ws.every((w, k) => ts[i + k]?.normal === w));
    const t = ts[i]!;
    const one = known.has(t.normal) && (t.pos === 'ADP' || t.pos === 'SCONJ');
    if (!phrase && !one) continue;
    const j = i + (phrase ? phrase[0].length : 1);
    const head = ts.slice(0, i);
    const from = head.map(boundary).lastIndexOf(true);
    const tail = ts.slice(j);
    const stop = tail.findIndex(boundary);
    // "with no agreement" is "without an agreement"
    const withNo = S.withNoIsWithout && !phrase && t.normal === 'with' && ts[j]?.normal === 'no';
    out.push({
      text: s.text.slice(t.start - s.start, ts[j - 1]!.end - s.start),
      word: withNo ? 'without' : phrase ? phrase[1] : t.normal,
      before: head
        .slice(from + 1)
        .filter(isContent)
        .slice(-S.oppositeReach),
      after: (stop < 0 ? tail : tail.slice(0, stop)).filter(isContent).slice(0, S.oppositeReach),
    });
    i = j - 1;
  }
  return out;
}

/** Tests one draft sentence against the indexed report sentences. */
export function sentenceSupport(
  draft: AnnotatedDocument,
  s: Sentence,
  index: Indexed[],
  opts: { undated?: boolean } = {},
): SupportResult {
  // the attribution, and citation marks ("[1][2]") that point to the draft's own notes, are not checked
  const skip = [
    ...attributionSpans(s),
    ...[...s.text.matchAll(/\[\d{1,3}\]/g)].map((m) => ({
      start: s.start + m.index!,
      end: s.start + m.index! + m[0].length,
    })),
  ];
  readOpening(s);
  readDeprivations(s);
  readForms(s);
  readAcronyms(draft);
  const words = contentTokens(s, skip);
  if (!words.length || !index.length) return { coverage: 0, window: [], missing: [], problems: [] };
  const score = (keys: Set<string>) => words.filter((t) => found(t, keys)).length;
  const ranked = index
    .map((x) => ({ x, n: score(x.keys) }))
    .filter((r) => r.n > 0)
    // more of the draft's words first; then the sentence with fewer words of its own (the draft's own sentence)
    .sort((a, b) => b.n - a.n || a.x.keys.size - b.x.keys.size);
  if (!ranked.length)
    return {
      coverage: 0,
      window: [],
      missing: words.map((t) => t.text),
      problems: [{ kind: 'coverage', draft: s.text, source: null }],
    };
  const best = ranked[0]!;
  const window = [best.x];
  let keys = new Set(best.x.keys);
  // a draft sentence may join two report sentences: the one that adds most of what is still missing
  // (or more, up to `windowSentences`, each adding as many)
  while (window.length < S.windowSentences) {
    const rest = words.filter((t) => !found(t, keys));
    if (!rest.length) break;
    let add: Indexed | null = null;
    let gain = 0;
    for (const r of ranked.slice(1, S.secondSentenceCandidates)) {
      if (window.includes(r.x)) continue;
      const g = rest.filter((t) => found(t, r.x.keys)).length;
      if (g > gain) [add, gain] = [r.x, g];
    }
    if (!add || gain < S.secondSentenceMinGain) break;
    window.push(add);
    keys = new Set([...keys, ...add.keys]);
  }
  // a draft word the window words differently: a synonym or a derivation of a window word is the same word
  // ("acknowledging" / "admitting", "injured" / "injury"); meaning.ts, WordNet
  const windowWords = window.flatMap((w) => contentTokens(w.src.sentence));
  // a verb with its particle is the phrasal verb WordNet knows ("stepped down" / "resigned", "called off" /
  // "cancelled", "took over" / "seized")
  const phrasal = new Map<Token, string>();
  if (S.phrasalVerbs)
    for (const sent of [s, ...window.map((w) => w.src.sentence)])
      sent.tokens.forEach((t, i) => {
        const next = sent.tokens[i + 1];
        if (t.pos !== 'VERB' || !next || !PARTICLES.has(next.normal)) return;
        const p = `${lem(t)} ${next.normal}`;
        if (lemmas(p, 'verb').length) phrasal.set(t, p);
      });
  const lemmaOf = (t: Token) => phrasal.get(t) ?? lem(t);
  const relationTo = (t: Token, o: Token): Relation => {
    const ps = [mpos(t), mpos(o)].filter((p): p is MeaningPos => p !== null);
    if (!ps.length) return 'none';
    const r = related(lemmaOf(t), lemmaOf(o), [...new Set(ps)], {
      senses: S.meaningSenses,
      hypernymDepth: 1,
    });
    return r === 'none' && S.adverbsByAdjective && t.pos === 'ADV' && o.pos === 'ADV'
      ? adverbRelation(lem(t), lem(o))
      : r;
  };
  // a report word the draft states itself stands for that word, not for a second one ("pleaded guilty to culpable
  // homicide": "culpable" is not "guilty" again)
  const ownKeys = new Set(words.flatMap(keysOf));
  const freeWords = S.meaningOneToOne ? windowWords.filter((o) => !found(o, ownKeys)) : windowWords;
  const sameWord = (t: Token) =>
    mpos(t) !== null &&
    freeWords.some((o) => (S.meaningSame as readonly Relation[]).includes(relationTo(t, o)));
  // a figure the window states with the same value, however written ("2" / "two", "$1.8bn" / "$1.8 billion"): its
  // words are found
  const wq = window.flatMap((w) =>
    w.src.doc.quantities.filter((q) => inside(q, w.src.sentence.start, w.src.sentence.end)),
  );
  type Figure = {
    low: number;
    high: number;
    unit?: string | null;
    qualifier?: string;
    counted?: string | null;
  };
  // two figures that may be the same value (their intervals meet, in the same unit)
  const meets = (o: Figure, q: Figure) =>
    (o.unit ?? '') === (q.unit ?? '') && o.low <= q.high * 1.0001 && q.low <= o.high * 1.0001;
  // a bound of the draft ("at least three", "more than 60", "less than 870") is stated only by a figure that lies
  // within it: "at least two" does not say "at least three", though both allow four
  // (and counts the same thing where both say what they count: "more than 40 families" does not state "at least
  // three people")
  const within = (o: Figure, q: Figure) =>
    !S.boundEntailed ||
    !BOUND_QUALIFIERS.has(q.qualifier ?? '') ||
    (o.low >= q.low * 0.9999 &&
      o.high <= q.high * 1.0001 &&
      !(o.counted && q.counted && o.counted !== q.counted));
  // a bare number the window has as a word its quantity reader took for no figure ("The actor, 79," / "The
  // 79-year-old actor"): the same numeral, stated
  const numeralStated = (q: Figure & { text?: string }) =>
    S.numeralAsWord &&
    q.unit === null &&
    q.qualifier === 'exact' &&
    window.some((w) =>
      w.src.sentence.tokens.some(
        (t) =>
          t.pos === 'NUM' && t.normal === q.text?.toLowerCase() && !wq.some((o) => inside(t, o.start, o.end)),
      ),
    );
  // where the window has a figure counting what the draft's figure counts ("at least two people"), that figure
  // decides: a figure of another count ("more than 50 missing") does not state "at least three people"
  const sameCount = (q: Figure) => {
    const same = S.figureOfSameCount && q.counted ? wq.filter((o) => o.counted === q.counted) : [];
    return same.length ? same : wq;
  };
  // a bound of the window ("at least four", "more than 50") states only a bound: no value inside it is stated by it
  // ("seven villages" is not stated by "at least four aftershocks", nor "60 were killed" by "more than 50 were
  // killed"); a bound of the draft is stated where the window's lies within it (`within`)
  // (its own figure aside: "at least 10 people" says "10 people" loosely, as a reader takes it)
  // a vague amount of the window ("several villages", "hundreds of people") states only a vague amount or a bound: no
  // figure ("seven villages" is not stated by "damaging several villages")
  const boundStates = (o: Figure, q: Figure) => {
    if (S.windowVagueStatesVague && o.qualifier === 'vague')
      return q.qualifier === 'vague' || BOUND_QUALIFIERS.has(q.qualifier ?? '');
    if (!S.windowBoundStatesBound || !BOUND_QUALIFIERS.has(o.qualifier ?? '')) return true;
    if (BOUND_QUALIFIERS.has(q.qualifier ?? '')) return true;
    const written = o.qualifier === 'at-least' || o.qualifier === 'more-than' ? o.low : o.high;
    return written >= q.low * 0.9999 && written <= q.high * 1.0001;
  };
  const sameFigure = (q: Figure & { text?: string }) =>
    sameCount(q).some((o) => meets(o, q) && within(o, q) && boundStates(o, q)) || numeralStated(q);
  const draftQuantities = draft.quantities.filter(
    (q) =>
      inside(q, s.start, s.end) &&
      !skip.some((k) => inside(q, k.start, k.end)) &&
      // ("No one was injured": a pronoun, no figure)
      !s.tokens.some((t, i) => noOne(s.tokens, i) && inside(q, t.start, t.end)),
  );
  const statedFigures = S.figureByValue ? draftQuantities.filter(sameFigure) : [];
  // so is a date the window states as the same day, month or year ("Feb. 22" / "February 22")
  const wt = window.flatMap((w) =>
    w.src.doc.times.filter((x) => inside(x, w.src.sentence.start, w.src.sentence.end)),
  );
  const draftTimes = draft.times.filter(
    (x) => inside(x, s.start, s.end) && !skip.some((k) => inside(x, k.start, k.end)),
  );
  const statedDates = S.dateByValue
    ? draftTimes.filter((d) => wt.some((o) => o.from === d.from && o.to === d.to))
    : [];
  // (its numerals, unit and month words, and the word of a share, "a fifth", which the tagger may take for an
  // adjective; a bound or an approximation, "less than", "nearly", "early", is a word of its own)
  const inStatedFigure = (t: Token) =>
    ((t.pos !== 'ADJ' && t.pos !== 'ADV') || FRACTION_WORD.test(t.normal)) &&
    [...statedFigures, ...statedDates].some((q) => inside(t, q.start, q.end));
  // the countries the window names, by name, adjective or capital
  // (and, with `countryWordsStated`, by a capitalised word the entity reader left as a word: "Turkish rescuers")
  const windowCountries = new Set(
    window.flatMap((w) => [
      ...w.src.doc.entities
        .filter((o) => inside(o, w.src.sentence.start, w.src.sentence.end))
        .flatMap((o) => [countryByCapital(o.text), countryByName(o.canonical), countryByAdjective(o.text)])
        .filter((c) => c !== null)
        .map((c) => c.code),
      ...(S.countryWordsStated ? w.src.sentence.tokens.map(countryWord).filter((c) => c !== null) : []),
    ]),
  );
  // a movement of an amount worded another way, said of the same thing: "a sharp decrease in profit" / "profits
  // dropped" (lexicon.ts AMOUNT_UP / AMOUNT_DOWN, one direction), where a thing (noun, name, figure) beside the
  // report's word stands beside the draft's ("shares plummeted" is not stated by "profits dropped")
  const nearOf = (ts: Token[], i: number) =>
    ts.slice(Math.max(0, i - S.oppositeReach), i).concat(ts.slice(i + 1, i + 1 + S.oppositeReach));
  const directionOf = (t: Token) => amountDirection(t.lemma.toLowerCase()) ?? amountDirection(t.normal);
  const sameMovement = (t: Token) => {
    const dir = S.movementWording ? directionOf(t) : null;
    if (!dir) return false;
    const dn = nearOf(words, words.indexOf(t));
    return window.some((w) => {
      const ww = contentTokens(w.src.sentence);
      return ww.some(
        (o, j) =>
          directionOf(o) === dir &&
          nearOf(ww, j).some((x) => THING_POS.has(x.pos) && dn.some((y) => sameKeys(x, y))),
      );
    });
  };
  // a vague count said as a noun, with no counted noun the quantity reader would read it by ("Thousands marched",
  // "hundreds were hurt"): stated by a figure of the window within its span ("about 5,000 people")
  const vagueStated = (t: Token) => {
    const span = S.vagueCountWords && VAGUE_COUNTS.has(t.normal) ? quantSettings.vague[t.normal] : undefined;
    return (
      !!span &&
      !draftQuantities.some((q) => inside(t, q.start, q.end)) &&
      wq.some((o) => meets(o, { low: span[0], high: span[1], unit: null }))
    );
  };
  // "long" of "a week-long strike" is stated where its time word is ("lasted a week")
  const durationStated = (t: Token) => {
    const unit = durationLong.get(t);
    return !!unit && found(unit, keys);
  };
  // a country word of the draft the entity reader left as a word ("a Chinese mine collapse") is stated where the
  // window names that country by name, adjective or capital ("in China's northern Inner Mongolia region")
  const countryStated = (t: Token) => {
    const c = S.draftCountryWordStated ? countryWord(t) : null;
    return c !== null && windowCountries.has(c);
  };
  const missing = words.filter(
    (t) =>
      !found(t, keys) &&
      !countryStated(t) &&
      !sameWord(t) &&
      !inStatedFigure(t) &&
      !sameMovement(t) &&
      !vagueStated(t) &&
      !durationStated(t),
  );
  const coverage = (words.length - missing.length) / words.length;
  const problems: SupportProblem[] = [];
  const windowText = window.map((w) => w.src.sentence.text).join(' ');
  const sourceOf = (pred: (w: SourceSentence) => string | null) => {
    for (const w of window) {
      const v = pred(w.src);
      if (v) return v;
    }
    return null;
  };

  // what a name, figure or date the window lacks conflicts with: in a sentence that otherwise repeats the report
  // (coverage at least `strictWhereRepeatedCoverage`) the window's of the same kind; else only one standing in its
  // place (`conflictInPlace`)
  const inPlaceOnly = S.conflictInPlace && coverage < S.strictWhereRepeatedCoverage;
  // names: every name of the draft sentence stands in the window (by its resolved entity, or its words)
  // a name found there, as the same resolved entity ("Chinese" / "China's") or by the country it names, is stated:
  // its words are not missing modifiers either
  const statedNames: { start: number; end: number }[] = [];
  for (const e of draft.entities.filter(
    (e) => inside(e, s.start, s.end) && !skip.some((k) => inside(e, k.start, k.end)),
  )) {
    if (keys.has(entityKey(e))) {
      if (S.resolvedNameStated) statedNames.push(e);
      continue;
    }
    // a name the window writes by its initials, or in full where the draft has the initials ("the EU" / "the European
    // Union"): every word of it found by the initials
    const acronymWords = s.tokens.filter((t) => inside(t, e.start, e.end) && /[\p{L}]/u.test(t.text));
    if (
      S.acronyms &&
      acronymWords.length &&
      acronymWords.every((t) => (formKeys.get(t) ?? []).some((k) => /^AF?:/.test(k) && keyMet(k, keys)))
    ) {
      statedNames.push(e);
      continue;
    }
    // a country is named by its capital or its adjective too ("U.K. activists" / "in London"; "Turkish")
    const country = e.metonymy ? null : (countryByName(e.text) ?? countryByAdjective(e.text));
    if (country && windowCountries.has(country.code)) {
      if (S.countryNameStated) statedNames.push(e);
      continue;
    }
    const words = e.text
      .toLowerCase()
      .split(/[\s.'’-]+/)
      .filter((w) => w.length > 1);
    if (words.length && words.every((w) => windowText.toLowerCase().includes(w))) continue;
    // one capitalised word opening the sentence may be no name at all ("Shares in the company fell"): not stated,
    // but no conflict with the report's names either
    if (e.start === s.tokens.find(isWord)?.start && !/\s/.test(e.text.trim())) {
      // a common word (WordNet's commonest sense is no named instance: "Shares", not "London") is an ordinary word
      // of the sentence, counted with the others in the coverage
      if (S.openingCommonWord && commonWord(e.text)) {
        statedNames.push(e);
        continue;
      }
      problems.push({ kind: 'coverage', draft: e.text, source: null });
      continue;
    }
    // (the name it conflicts with is one of the same type the report has in its place; with `conflictInPlace` off,
    // the first of the window's names of that type)
    // (a name is set against one in its place whatever the coverage: a sentence may repeat the report and name two
    // things of one type, "Marovia's first satellite, MaroSat-1"; nor is a name the draft sentence itself says a rival)
    const placed = S.conflictInPlace ? inPlaceOf(s, e.start, e.end, window) : null;
    const draftSays = (x: { text: string }) =>
      new RegExp(
        `(?<![\\p{L}\\d])${x.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`,
        'iu',
      ).test(s.text);
    const other = sourceOf((w) => {
      const o = w.doc.entities.find(
        (x) =>
          inside(x, w.sentence.start, w.sentence.end) &&
          x.type === e.type &&
          (!S.conflictInPlace || (!draftSays(x) && placedOver(placed, x))),
      );
      return o?.text ?? null;
    });
    // a name clipped from the other ("the Fed" / "the Federal Reserve", "the Met" / "the Metropolitan Police") may be
    // the same name: not stated, but nothing to set against it either
    problems.push({ kind: 'entity', draft: e.text, source: other && clipped(e.text, other) ? null : other });
  }
  const draftKeys = new Set(words.flatMap(keysOf));
  // who says it: an attribution is not checked as content, but where the closest report sentence attributes the
  // same statement to someone else ("the Bank of India said" / "the Bank of Japan said"), the draft misattributes it
  const da = s.attribution;
  const wa = window[0]!.src.sentence.attribution;
  if (da && wa) {
    const dEnt = draft.entities.find((e) => inside(e, da.sourceSpan.start, da.sourceSpan.end));
    // (a capitalised first word alone, "Several of the island's largest lenders said", is no name)
    const wEnts = window[0]!.src.doc.entities.filter(
      (e) => inside(e, wa.sourceSpan.start, wa.sourceSpan.end) && !commonInitial(e),
    );
    const norm = (x: string) => x.toLowerCase().replace(/^the\s+/, '');
    // (a report that relays a statement, "France Telecom said it would …, according to Bloomberg", gives it to both:
    // the draft's source named anywhere in the sentence is its source too)
    const ws = window[0]!.src.sentence;
    // (nor does a draft that relays the report's speaker through another, "Her spokesman, Bill McAllister, says Palin
    // told an assistant pastor …" / "she told an assistant pastor …": the report's source named after the draft's own)
    // (the report's source the subject of a verb of saying in the draft: "Palin told", not "the BOJ's 0.5% cap")
    const saying = (e: { end: number }) => {
      const t = s.tokens.find((x) => x.start >= e.end);
      return !!t && t.pos === 'VERB' && REPORTING_VERBS.has(lem(t));
    };
    const relayed =
      S.relayedSpeaker &&
      wEnts.some((w) =>
        draft.entities.some(
          (e) => inside(e, da.sourceSpan.end, s.end) && entityKey(e) === entityKey(w) && saying(e),
        ),
      );
    const same =
      norm(da.source) === norm(wa.source) ||
      relayed ||
      (dEnt &&
        window[0]!.src.doc.entities.some(
          (e) => inside(e, ws.start, ws.end) && entityKey(e) === entityKey(dEnt),
        ));
    // only names are compared: "officials" and "the ministry's spokesman" may be the same people
    if (!same && dEnt && wEnts.length && dEnt.type === wEnts[0]!.type)
      problems.push({ kind: 'entity', draft: da.source, source: wa.source });
  }
  // numbers: each figure of the draft sentence is a figure of the window (compatible intervals)
  for (const q of draftQuantities) {
    const ok = sameFigure(q);
    // the figure it conflicts with counts the same thing in the same unit: "a few weeks" does not conflict with
    // "hundreds" of girls, it is only not stated
    // (and, with `conflictInPlace`, stands in the draft figure's place: between the same two words)
    // (elsewhere in a sentence that otherwise repeats the report, it says what it counts as the draft's does: the same
    // counted thing or the same unit; a bare figure may count anything, "killing 10" is no rival of "injuring 80")
    const placed = S.conflictInPlace ? inPlaceOf(s, q.start, q.end, window) : null;
    const saysWhat = (o: Figure) => (!!o.unit && !!q.unit) || (!!o.counted && o.counted === q.counted);
    const rival = (
      S.numberRivalSameThing
        ? wq.filter(
            (o) => (o.unit ?? '') === (q.unit ?? '') && !(o.counted && q.counted && o.counted !== q.counted),
          )
        : wq
    ).find((o) => !S.conflictInPlace || placedOver(placed, o) || (!inPlaceOnly && saysWhat(o)));
    // (a bound the window's figure meets but does not lie within is not stated; it is no conflict either)
    const meetsOnly = wq.some((o) => meets(o, q));
    // (nor, with `figureStatedElsewhere`, where the report states the draft's figure of the same thing in another
    // sentence: "Charles' 226 yards rushing" in the headline, "romped 86 yards" beside the draft's words)
    const elsewhere =
      S.figureStatedElsewhere &&
      window.some((w) =>
        w.src.doc.quantities.some(
          (o) =>
            o.low === q.low &&
            o.high === q.high &&
            (o.unit ?? '') === (q.unit ?? '') &&
            (o.counted ?? '') === (q.counted ?? ''),
        ),
      );
    if (!ok)
      problems.push({
        kind: 'number',
        draft: q.text,
        source: meetsOnly || elsewhere ? null : (rival?.text ?? null),
      });
  }
  // what a figure is said of: the verb right before it ("injured over 50 others") or the verb or adjective right after
  // its counted noun and any auxiliary ("left 50 others missing", "12 people were arrested"). Where the draft says of
  // a figure an outcome for people (killed, injured, missing, evacuated, arrested) the report does not say of it, and
  // the report's same figure stands beside another such outcome, the draft says the figure of another fact: "injured
  // over 50 others" / "leaving more than 50 missing", though the figure be the same
  if (S.figurePredicateStrict)
    for (const q of draftQuantities) {
      const outcomes = (ts: Token[]) =>
        new Set(
          ts.flatMap((t) => classesOf(t.lemma.toLowerCase(), t.normal)).filter((c) => PERSON_OUTCOMES.has(c)),
        );
      const said = saidOf(s.tokens, q);
      const mine = said.filter((t) => missing.includes(t));
      const theirs = window.flatMap((w) =>
        wq
          .filter((o) => inside(o, w.src.sentence.start, w.src.sentence.end) && meets(o, q))
          .map((o) => outcomes(saidOf(w.src.sentence.tokens, o))),
      );
      const own = outcomes(mine);
      if (own.size) {
        const t = mine[0]!;
        if (
          theirs.some((c) => c.size && ![...c].some((x) => own.has(x))) &&
          !problems.some((p) => p.draft === t.text)
        )
          problems.push({ kind: 'coverage', draft: t.text, source: null });
        continue;
      }
      // (with `figureOutcomeFound`, the same where the draft's outcome word stands in the report said of something
      // else: "at least two people have died" / "63 people were injured and an 84-year-old woman has died": no figure
      // the report gives is one of the dead)
      const stated = outcomes(said);
      if (
        S.figureOutcomeFound &&
        stated.size &&
        theirs.some((c) => c.size) &&
        // (a figure of the window said of no outcome may be the draft's: "the death toll rose to 10" for "killing at
        // least 10 people", beside "80 people were also wounded")
        !(S.outcomeUnsaidMayState && theirs.some((c) => !c.size)) &&
        !theirs.some((c) => [...c].some((x) => stated.has(x))) &&
        !problems.some((p) => p.draft === q.text)
      )
        problems.push({ kind: 'number', draft: q.text, source: null });
    }
  // number words and digits the quantity reader does not take ("one-year", "2-1"): the same token must stand there
  for (const t of words)
    if (
      (t.pos === 'NUM' || /\d/.test(t.text)) &&
      !found(t, keys) &&
      !inStatedFigure(t) &&
      !problems.some((p) => p.draft.includes(t.text))
    )
      problems.push({ kind: 'number', draft: t.text, source: null });
  // ordinals are figures too ("a third straight session" / "a second straight session"): one put in the place of
  // another ordinal of a report sentence is a conflict of figures
  for (const t of s.tokens)
    if (ORDINALS.has(t.normal) && !found(t, keys) && !skip.some((k) => inside(t, k.start, k.end))) {
      const swapped = substituted(s, t, window, draftKeys, true);
      if (swapped && ORDINALS.has(swapped.toLowerCase()))
        problems.push({ kind: 'number', draft: t.text, source: swapped });
      // (with `ordinalStated`, an ordinal the report sentences lack is a figure not stated, as a number is: "It was
      // the first death linked to the outbreak" against a report of two deaths)
      else if (
        S.ordinalStated &&
        t.normal !== 'last' &&
        // (not a share, "fell by a fifth", which the figures above check; not in a compound: "an eleventh-hour
        // regulation" counts nothing)
        !draftQuantities.some((q) => inside(t, q.start, q.end)) &&
        !/^[-‐–]\p{L}/u.test(s.text.slice(t.end - s.start, t.end - s.start + 2)) &&
        !/\p{L}[-‐–]$/u.test(s.text.slice(Math.max(0, t.start - s.start - 2), t.start - s.start)) &&
        !problems.some((p) => p.draft === t.text)
      )
        problems.push({ kind: 'number', draft: t.text, source: null });
    }
  // dates: each date of the draft sentence overlaps a date of the window
  for (const d of draftTimes) {
    const ok =
      wt.some((o) => o.from <= d.to && d.from <= o.to) ||
      d.text
        .toLowerCase()
        .split(/\s+/)
        .every((w) => windowText.toLowerCase().includes(w));
    const placed = inPlaceOnly ? inPlaceOf(s, d.start, d.end, window) : null;
    // (a relative day of a draft with no date of its own, "yesterday", "on Sunday", "last night" — no figure and no
    // month in it — was read against the reports' day: a guess, which is no conflict to cite)
    const guessed =
      S.undatedDraftRelative &&
      opts.undated &&
      !/\d/.test(d.text) &&
      !d.text.split(/[\s.,]+/).some((w) => MONTH_NAMES.has(w.toLowerCase()));
    const rival = guessed ? undefined : inPlaceOnly ? wt.find((o) => placedOver(placed, o)) : wt[0];
    if (!ok) problems.push({ kind: 'date', draft: d.text, source: rival?.text ?? null });
  }
  // parts of the day ("early on Monday morning", "in the early hours", "overnight"): where the window states a time of
  // day (a clock time or a part of the day), the draft's meets one, or it is not stated; a time of the window in its
  // place that it does not meet conflicts with it (a report that gives no time of day leaves "Friday night" to the
  // coverage, as any other word; clock times are figures, checked above)
  if (S.dayPartsStated) {
    const doc = (d: AnnotatedDocument, k: { start: number; end: number }) => d.doc.text.slice(k.start, k.end);
    const theirs = window.flatMap((w) =>
      timesOfDay(w.src.sentence.text, w.src.sentence.start, null).map((k) => ({
        ...k,
        text: doc(w.src.doc, k),
      })),
    );
    const dt = draft.doc.text;
    for (const k of timesOfDay(s.text, s.start, null)) {
      const text = doc(draft, k);
      if (/\d/.test(text) || skip.some((x) => inside(k, x.start, x.end))) continue;
      // ("by the evening 31 ships were waiting": a bound, up to that time; "on the night before the anniversary": the
      // eve of another day, not a time of day of the act)
      if (
        /\b(?:by|until|till|since)\s+(?:the\s+)?(?:\w+\s+)?$/i.test(
          dt.slice(Math.max(0, k.start - 20), k.start),
        )
      )
        continue;
      if (/^\s+(?:before|prior\s+to)\b/i.test(dt.slice(k.end, k.end + 12))) continue;
      if (!theirs.length || theirs.some((o) => o.low <= k.high && k.low <= o.high)) continue;
      const placed = inPlaceOnly ? inPlaceOf(s, k.start, k.end, window) : null;
      const rival = theirs.find((o) => placedOver(placed, o));
      if (!problems.some((p) => p.draft === text))
        problems.push({ kind: 'date', draft: text, source: rival?.text ?? null });
    }
  }
  // negation: added or dropped against the window ("did not", "refused to", "no"). A cue counts only where it
  // bears on what both say: one of the few words after it is a word of the other side ("without any
  // significant outcomes" says nothing of a draft that does not speak of outcomes)
  // the words of the other side a cue bears on
  // a negation said of "no one" or "nobody": the other side's "no" on a subject bears on what is said of it too
  const pronounNegation = (sent: Sentence) =>
    sent.tokens.some((t, i) => t.normal === 'nobody' || noOne(sent.tokens, i));
  const draftPronoun = pronounNegation(s);
  const windowPronoun = window.some((w) => pronounNegation(w.src.sentence));
  const borne = (sent: Sentence, n: Cue, other: Set<string>): Token[] => {
    // a negation's reach ends at its clause ("recover without treatment, but the infection can be serious")
    const k = sent.tokens.findIndex((t) => t.start >= n.end);
    const tail = k < 0 ? [] : sent.tokens.slice(k);
    const stop = tail.findIndex(boundary);
    let reach = stop < 0 ? tail : tail.slice(0, stop);
    // a negated verb of telling or knowing before a question word ("didn't say why Hiller was suspended") negates the
    // telling, which is not checked as content (as "X said" is not): it bears on no word of the question
    if (S.negatedTellingQuestion) {
      const q = reach.findIndex((t) => QUESTION_WORDS.has(t.normal));
      const head = reach.slice(0, q);
      if (
        q > 0 &&
        head.some((t) => TELLING_VERBS.has(lem(t))) &&
        head.every((t) => /^(?:VERB|AUX|ADV|PART)$/.test(t.pos))
      )
        reach = [];
    }
    // "no" before a noun denies that thing ("no freight trains ran"): it bears on its noun phrase, not on the verb
    // after it, which a sentence about something else may share ("a skeleton service ran")
    // (with its "of" complement: "no evidence of poison")
    const np = reach.findIndex(
      (t, i) =>
        !/^(?:ADJ|NOUN|PROPN|NUM)$/.test(t.pos) &&
        !(t.normal === 'of' && i > 0) &&
        !(t.pos === 'DET' && reach[i - 1]?.normal === 'of'),
    );
    if (
      NOUN_NEGATORS.has(sent.text.slice(n.start - sent.start, n.end - sent.start).toLowerCase()) &&
      np !== 0 &&
      // ("no one" is a pronoun: the negation bears on what is said of it; so does "no" on a subject, "No group has
      // claimed it", where the other side denies it of "no one" or "nobody")
      !(S.noOnePronoun && (reach[0]?.normal === 'one' || (sent === s ? windowPronoun : draftPronoun)))
    )
      reach = reach.slice(0, np < 0 ? reach.length : np);
    // (counted in the sentence's words, generic ones included: the reach is a distance, not a count of facts)
    const reachWord = S.negationReachGenericWords ? isSentenceWord : isContent;
    const after = reach.filter(reachWord).slice(0, S.negationReach);
    // a negative adjective says "not" of what stands before it too ("a ceasefire remains elusive")
    let before: Token[] = [];
    if (n.both) {
      const head = sent.tokens.filter((t) => t.end <= n.start);
      const from = head.map(boundary).lastIndexOf(true);
      before = head
        .slice(from + 1)
        .filter(reachWord)
        .slice(-S.negationReach);
    }
    return [...after, ...before].filter((t) => found(t, other));
  };
  const bears = (sent: Sentence, n: Cue, other: Set<string>) => borne(sent, n, other).length > 0;
  // (a denial stated by the verb of who says it is a negation of what is said: "the mayor denied that the bridge would
  // close" against "the mayor confirmed that …"; the attribution is left out of the content, not its negation)
  const cue = s.attribution?.cueSpan;
  // a verb of refusal with a noun object states an act ("the court rejected the appeal", "denied bail"), not a negation
  // of another verb ("refused to comment", "denied that …"): where the other side states that act by a word of the same
  // meaning ("dismissed the appeal"), the verb is a word of the sentence, not a negation cue
  const actCue = (sent: Sentence, n: Cue, other: Token[], otherSents: Sentence[]) => {
    if (!S.refusalActs) return false;
    const k = sent.tokens.findIndex((t) => t.start === n.start && t.end === n.end);
    const t = sent.tokens[k];
    if (!t || !refusalAct(sent, k)) return false;
    // (with `denialIsAct`: "denies arson", "denied the charges" is what someone says of a charge, a plea; it does not
    // deny that the thing it names exists or was charged, and its opposites, "admitted", "granted", are read as such)
    if (S.denialIsAct && lem(t) === 'deny') return true;
    return (
      other.some(
        (o) =>
          !REFUSAL_VERBS.has(lem(o)) &&
          (S.refusalActRelations as readonly Relation[]).includes(relationTo(t, o)),
      ) ||
      // the same verb of refusal, an act on the other side too, in either voice ("voters rejected the proposal" / "the
      // proposal was rejected by voters"): the act is stated, whoever the negation's reach falls on
      (S.refusalPassive &&
        otherSents.some((o) => o.tokens.some((x, j) => lem(x) === lem(t) && refusalAct(o, j))))
    );
  };
  // "left … without X" where the other side says that the same ones lost X ("thousands of homes lost power" / "the
  // storm left thousands of homes without power"): the loss is stated, "without" is no negation of it
  const lossCue = (sent: Sentence, n: Cue, others: Sentence[]) => {
    const d = readDeprivations(sent).find((x) => x.without.start === n.start);
    if (!d) return false;
    return others.some((o) =>
      o.tokens.some((t, i) => {
        if (lem(t) !== 'lose' || t.pos !== 'VERB') return false;
        const head = o.tokens.slice(0, i);
        const who = head
          .slice(head.map(boundary).lastIndexOf(true) + 1)
          .filter(isContent)
          .slice(-2);
        return who.some((x) => d.deprived.some((y) => sameKeys(x, y)));
      }),
    );
  };
  const cuesHere = (sent: Sentence, other: Token[]) => {
    // the sentences on the other side: the report's window for the draft, the draft for a report sentence
    const across = sent === s ? window.map((w) => w.src.sentence) : [s];
    return cuesOf(sent).filter(
      (n) =>
        !actCue(sent, n, other, across) &&
        !lossCue(sent, n, across) &&
        !(S.notUntil && n.until && !across.some((o) => actUntil(o, sent))),
    );
  };
  const dCues = cuesHere(s, windowWords).filter(
    (n) =>
      !skip.some((k) => inside(n, k.start, k.end)) ||
      (S.attributedDenial && !!cue && inside(n, cue.start, cue.end)) ||
      // (a negation in who says it, "Nobody claimed responsibility", "No one said …": nobody says it)
      (S.negatedSpeaker &&
        !!s.attribution &&
        inside(n, s.attribution.sourceSpan.start, s.attribution.sourceSpan.end)),
  );
  const dn = dCues.some((n) => bears(s, n, keys));
  // the closest sentence decides; a second one only lends a negation the draft itself states
  // a report negation whose clause says less of the draft than another clause of the same sentence that no negation
  // stands in and that says every word the negation bears on: the draft repeats that clause ("I'm usually not nervous
  // before games, and I was a little nervous before tonight" / "I was a little nervous before tonight")
  const affirmedElsewhere = (sent: Sentence, n: Cue) => {
    if (!S.negationOtherClause) return false;
    const ts = sent.tokens;
    let c = 0;
    const clauseOf = ts.map((t) => (boundary(t) ? ++c : c));
    const at = (x: { start: number }) =>
      clauseOf[
        Math.max(
          0,
          ts.findIndex((t) => t.start >= x.start),
        )
      ]!;
    const cued = new Set(cuesOf(sent).map(at));
    const says = (k: number) => ts.filter((t, i) => clauseOf[i] === k && isContent(t) && found(t, draftKeys));
    const own = says(at(n)).length;
    const b = borne(sent, n, draftKeys);
    return [...new Set(clauseOf)].some(
      (k) =>
        !cued.has(k) &&
        says(k).length > own &&
        b.every((x) => ts.some((t, i) => clauseOf[i] === k && sameKeys(t, x))),
    );
  };
  const negated = (w: Indexed) =>
    cuesHere(w.src.sentence, words).some(
      (n) => bears(w.src.sentence, n, draftKeys) && !affirmedElsewhere(w.src.sentence, n),
    );
  const wn = negated(window[0]!) || (dn && window.some(negated));
  // the word a negation bears on first (its head: "meet" of "did not meet its target", "part" of "did not take part"),
  // and whether the other side states it: where the other side puts a word of its own in that place ("missed its
  // target", "boycotted the vote"), it may say the same thing, and the negation added or dropped is no conflict to cite
  const headStated = (sent: Sentence, n: Cue, other: Set<string>, otherWords: Token[]) => {
    if (n.both) return true;
    const k = sent.tokens.findIndex((t) => t.start >= n.end);
    const tail = k < 0 ? [] : sent.tokens.slice(k);
    const stop = tail.findIndex(boundary);
    const head = (stop < 0 ? tail : tail.slice(0, stop)).find(
      (t, i, ts) => isContent(t) && !noOne(ts, i) && t.normal !== 'one',
    );
    if (!head) return true;
    return (
      found(head, other) ||
      otherWords.some((o) => (S.meaningSame as readonly Relation[]).includes(relationTo(head, o)))
    );
  };
  // (which side negates a negative word the other states plainly: `doubleNegation`)
  const doubled = (): 'draft' | 'report' | null => {
    // a negative word negated on one side only ("did not rule out invoking the act" / "ruled out invoking the act"):
    // the two say opposite things, though both have a negation bearing on the same words
    const w0 = window[0]!.src.sentence;
    const dAll = dCues;
    const wAll = cuesHere(w0, words);
    const at = (c: Cue) => `${c.start}:${c.end}`;
    const dd = new Set(negatedNegatives(s, dAll).map(at));
    const wd = new Set(negatedNegatives(w0, wAll).map(at));
    // (one negative word: the same base form of its first word, "ruled out" / "rule out")
    const word = (c: Cue, x: Sentence) => {
      const t = x.tokens.find((k) => k.start === c.start);
      return t ? lem(t) : x.text.slice(c.start - x.start, c.end - x.start).toLowerCase();
    };
    const dNeg = dAll.filter((n) => bears(s, n, keys) && !NEGATORS.has(word(n, s)));
    const wNeg = wAll.filter((n) => bears(w0, n, draftKeys) && !NEGATORS.has(word(n, w0)));
    const ownDouble = dNeg.some(
      (n) => dd.has(at(n)) && wNeg.some((o) => !wd.has(at(o)) && word(o, w0) === word(n, s)),
    );
    const theirDouble = wNeg.some(
      (o) => wd.has(at(o)) && dNeg.some((n) => !dd.has(at(n)) && word(n, s) === word(o, w0)),
    );
    return ownDouble ? 'draft' : theirDouble ? 'report' : null;
  };
  let who: 'draft' | 'report' | null = null;
  if (dn !== wn) {
    // (the draft's words in who says it too: "The mayor commented on the plan" / "declined to comment on the plan")
    const allDraftKeys = new Set(s.tokens.flatMap(keysOf));
    const uncited =
      S.negatedHeadUncited &&
      (dn
        ? !dCues.filter((n) => bears(s, n, keys)).some((n) => headStated(s, n, keys, windowWords))
        : !window.some((w) =>
            cuesHere(w.src.sentence, words)
              .filter((n) => bears(w.src.sentence, n, draftKeys))
              .some((n) => headStated(w.src.sentence, n, allDraftKeys, s.tokens.filter(isContent))),
          ));
    problems.push({
      kind: 'polarity',
      draft: dn ? s.text.slice(dCues[0]!.start - s.start, dCues[0]!.end - s.start) : 'affirmed',
      source: wn ? 'negated' : null,
      ...(uncited ? { uncited: true } : {}),
    });
  } else if (dn && S.doubleNegation && (who = doubled())) {
    problems.push(
      who === 'draft'
        ? { kind: 'polarity', draft: 'affirmed', source: 'negated' }
        : {
            kind: 'polarity',
            draft: s.text.slice(dCues[0]!.start - s.start, dCues[0]!.end - s.start),
            source: null,
          },
    );
  } else if (dn && S.negationPerWord) {
    // both sides negate something, but each negation bears on its own words: a negation of the draft is matched by
    // one of the report that bears on one of the same words ("which have not launched an investigation, have found
    // evidence" / "which have launched an investigation, have found no evidence": one added, one dropped)
    const sameWord = (a: Token[], b: Token[]) =>
      a.some((x) => b.some((y) => keysOf(x).some((k) => keysOf(y).includes(k))));
    // only a negating word ("not", "no", "never", "without") is placed by where it stands; a negative verb or
    // adjective ("declined", "unable") is a word of its own, paraphrased as freely as others ("shares declined"), and
    // matches a negation of the draft but is not required to be matched
    const negator = (sent: Sentence, n: Cue) =>
      !n.both && NEGATORS.has(sent.text.slice(n.start - sent.start, n.end - sent.start).toLowerCase());
    const wCues = (w: Indexed, all: boolean) =>
      cuesHere(w.src.sentence, words)
        .filter((n) => all || negator(w.src.sentence, n))
        .map((n) => borne(w.src.sentence, n, draftKeys));
    const dBorne = dCues.map((n) => ({ n, words: borne(s, n, keys) })).filter((x) => x.words.length);
    const added = dBorne
      .filter((d) => negator(s, d.n))
      .find((d) => !window.some((w) => wCues(w, true).some((ws) => sameWord(d.words, ws))));
    const dropped = wCues(window[0]!, S.negationDroppedAnyCue)
      .filter((ws) => ws.length)
      .find((ws) => !dBorne.some((d) => sameWord(d.words, ws)));
    if (added)
      problems.push({
        kind: 'polarity',
        draft: s.text.slice(added.n.start - s.start, added.n.end - s.start),
        source: null,
      });
    else if (dropped) problems.push({ kind: 'polarity', draft: 'affirmed', source: 'negated' });
  }
  // a modifier or a name the closest sentences do not have ("yellow and white paint", "a one-month anniversary",
  // "a lesbian meeting place"): what it adds is not stated there. A name or a number word always; an adjective where
  // the sentence otherwise repeats the report's words (an edit of the report sentence), not in a sentence reworded
  // throughout, where a missing adjective is as likely rewording ("a sharp drop" for "dropped by more than 20 per
  // cent") and the coverage test decides, as for the one-noun substitution
  if (S.strictModifiers)
    for (const t of missing)
      if (
        ((S.strictModifierPos.includes(t.pos) && !roleWord(t)) ||
          (S.strictWhereRepeatedPos.includes(t.pos) &&
            coverage >= S.strictWhereRepeatedCoverage &&
            !(S.passiveParticipleIsVerb && passiveParticiple(s, t)))) &&
        !statedNames.some((e) => inside(t, e.start, e.end)) &&
        !problems.some((p) => p.draft === t.text)
      )
        problems.push({ kind: 'coverage', draft: t.text, source: null });
  // a noun before a noun of the report classifies it as an adjective does ("a coal mine", "an oil rig collapse"): in a
  // sentence that otherwise repeats the report, a noun modifier the report lacks is a detail added, held alike
  if (S.nounModifierStrict && coverage >= S.strictWhereRepeatedCoverage)
    for (const t of missing) {
      const head =
        t.pos === 'NOUN' && !gerund(t) ? nounModifier(s, t, (h) => found(h, keys) || sameWord(h)) : null;
      if (
        head &&
        // (a modifier reworded, a kind of a report noun or the kind it is: "a gay gathering place" / "meeting place";
        // not the noun it modifies: an "oak tree" is a kind of tree, and "oak" still a detail added)
        !windowWords.some(
          (o) => o.pos === 'NOUN' && !sameKeys(o, head) && MODIFIER_REWORDING.has(relationTo(t, o)),
        ) &&
        !statedNames.some((e) => inside(t, e.start, e.end)) &&
        !problems.some((p) => p.draft === t.text)
      )
        problems.push({ kind: 'coverage', draft: t.text, source: null });
    }
  // the head of the subject (the noun right before the sentence's verb: "a mine explosion killed") names what the
  // sentence is about: in a sentence that otherwise repeats the report, a head noun with no relation of meaning to any
  // word of the closest sentences (not a synonym, a derivation, a more general or a more specific word, nor a kind of
  // the same thing: "accident" for "collapse" is one) names another thing
  // (the subject: the words before the sentence's first verb; its head, the last noun before a preposition or the
  // verb: "a rockslide in the mine killed")
  const verb = s.tokens.findIndex((x) => x.pos === 'VERB');
  const subject = verb > 0 ? s.tokens.slice(0, verb) : [];
  const adp = subject.findIndex((x) => x.pos === 'ADP');
  const subjectHead = (adp >= 0 ? subject.slice(0, adp) : subject).findLast((x) => x.pos === 'NOUN');
  if (S.subjectHeadStrict && coverage >= S.strictWhereRepeatedCoverage && subjectHead)
    for (const t of missing) {
      if (
        t === subjectHead &&
        !gerund(t) &&
        // (the speaker of a report, "officials say", is who says it, not what the sentence is about)
        !REPORTING_VERBS.has(s.tokens[verb]!.lemma.toLowerCase()) &&
        !statedNames.some((e) => inside(t, e.start, e.end)) &&
        !problems.some((p) => p.draft === t.text) &&
        windowWords.every((o) => relationTo(t, o) === 'none')
      )
        problems.push({ kind: 'coverage', draft: t.text, source: null });
    }
  // a noun put in the place of another: the words on both sides of a missing noun stand side by side in a
  // report sentence around other words ("fell from a Sydney beach that" / "from a Sydney cliff top that"): the
  // report names something else there. Not a contradiction (it may be a synonym), but not support either
  // Only in a sentence that otherwise repeats the report's words: where more words differ the draft is rewording,
  // and a noun put in another's place is as likely a synonym ("danger" / "threat")
  // With word meaning: a more general word in the place of the report's ("danger" where it says "threat") is
  // rewording, not another thing; two kinds of one thing ("a Sydney beach" / "a Sydney cliff") are another thing
  // however reworded the rest of the sentence (settings: meaningRewording, meaningChange)
  const relationOf = (t: Token, swapped: string): Relation => {
    const o = windowWords.find((x) => x.text === swapped);
    return o ? relationTo(t, o) : 'none';
  };
  for (const t of missing)
    if ((t.pos === 'NOUN' || roleWord(t)) && !problems.some((p) => p.draft === t.text)) {
      const swapped = substituted(s, t, window, draftKeys);
      if (!swapped) continue;
      const r = relationOf(t, swapped);
      if ((S.meaningRewording as readonly string[]).includes(r)) continue;
      if (missing.length <= S.substitutionMaxMissing || (S.meaningChange as readonly string[]).includes(r))
        problems.push({ kind: r === 'antonym' ? 'antonym' : 'coverage', draft: t.text, source: swapped });
    }
  // a noun the report has, but elsewhere, put in the place of another of its nouns ("a threat to birds until 1997" /
  // "a threat to humans until a 1997 outbreak", the report speaking of birds in another clause): in a sentence that
  // otherwise repeats the report, that place names something else, unless the report says the draft's words there too
  if (S.foundNounSubstitution && coverage >= S.strictWhereRepeatedCoverage) {
    const wordsOf = (x: Sentence) => x.tokens.filter(isWord);
    const dw = wordsOf(s);
    for (const t of words)
      if (
        t.pos === 'NOUN' &&
        !missing.includes(t) &&
        !problems.some((p) => p.draft === t.text) &&
        // (the noun itself stands in the report: one found by its meaning is a rewording, tested above)
        windowWords.some((o) => same(o, t))
      ) {
        const k = dw.indexOf(t);
        // the noun alone, or (with `substitutionPhrase`) with the modifiers before it: "a threat to domestic poultry
        // until" / "a threat to humans until"
        let k0 = k;
        while (S.substitutionPhrase && k0 > 0 && /^(?:ADJ|NOUN)$/.test(dw[k0 - 1]!.pos) && k - k0 < 2) k0--;
        const swappedFrom = (from: number): string | null => {
          const [before, after] = [dw[from - 1], dw[k + 1]];
          if (!before || !after) return null;
          const span = k - from + 1;
          const inPlace = window.some((w) =>
            wordsOf(w.src.sentence).some(
              (x, i, ws) =>
                same(x, t) &&
                !!ws[i + 1] &&
                same(ws[i + 1]!, after) &&
                ws.slice(Math.max(0, i - span), i).some((y) => same(y, before)),
            ),
          );
          return inPlace ? null : substituted(s, t, window, draftKeys, false, dw[from]!);
        };
        const swapped = swappedFrom(k) ?? (k0 < k ? swappedFrom(k0) : null);
        // (a noun of the report in its place, unrelated in meaning: two kinds of one thing, "risk" / "threat", may
        // be rewording here, where the draft's noun is the report's own word)
        if (!swapped || !windowWords.some((o) => o.text === swapped && o.pos === 'NOUN')) continue;
        const r = relationOf(t, swapped);
        if (r !== 'none' && r !== 'antonym') continue;
        problems.push({ kind: r === 'antonym' ? 'antonym' : 'coverage', draft: t.text, source: swapped });
      }
  }
  // a noun modifier put in the place of another noun modifier of the same noun ("the burger giant" / "pizza giant
  // Domino's"): another kind of that thing, however reworded the rest (as an adjective put in another's place),
  // unless WordNet relates the two ("gathering place" / "meeting place")
  if (S.nounModifierSubstitution)
    for (const t of missing)
      if (t.pos === 'NOUN' && !gerund(t) && !problems.some((p) => p.draft === t.text)) {
        const o = besideModifier(s, t, window, draftKeys);
        if (o && !MODIFIER_REWORDING.has(relationTo(t, o)))
          problems.push({ kind: 'coverage', draft: t.text, source: o.text });
      }
  // an adjective put in the place of another adjective of the report sentence, between the same words ("girls have
  // fallen dead in schools" / "have fallen sick in schools"): another quality, however reworded the rest (a synonym
  // is not missing at all)
  if (S.adjectiveSubstitution)
    for (const t of missing)
      if (t.pos === 'ADJ' && !problems.some((p) => p.draft === t.text)) {
        const o = besideAdjective(s, t, window, draftKeys);
        if (o) problems.push({ kind: 'coverage', draft: t.text, source: o.text });
      }
  // an opposite said of the same thing: a draft word (found or not) whose opposite stands in the closest report
  // sentence beside a word that stands beside it in the draft, where the report does not have the draft's word beside
  // that word too ("a sharp increase in profit" / "profits dropped by more than 20 per cent")
  if (S.oppositeBesideSameWord) {
    // (by the tagger's lemma: an opening common word's base form is not used here, where it would read "Imports to
    // Velmar slipped … while exports jumped" against "Exports from Velmar climbed … while imports fell" as a swap; the
    // check of a missing word whose opposite stands in the window reads it)
    const raw = (t: Token) => t.lemma.toLowerCase();
    const near = (ts: Token[], i: number) =>
      ts.slice(Math.max(0, i - S.oppositeReach), i).concat(ts.slice(i + 1, i + 1 + S.oppositeReach));
    const dw = words;
    const wsent = window[0]!.src.sentence;
    const ww = contentTokens(wsent);
    for (let i = 0; i < dw.length; i++) {
      const t = dw[i]!;
      if (problems.some((p) => p.draft === t.text)) continue;
      const opp = new Set([...opposites(raw(t)), ...opposites(t.normal)]);
      if (S.amountMovements)
        for (const o of [...amountOpposites(raw(t)), ...amountOpposites(t.normal)]) opp.add(o);
      const manner = S.meaningMannerAntonyms && mpos(t) === 'verb';
      if (!opp.size && !manner) continue;
      const dn = near(dw, i);
      for (let j = 0; j < ww.length; j++) {
        const o = ww[j]!;
        if (
          !opp.has(raw(o)) &&
          !opp.has(o.normal) &&
          !(
            manner &&
            mannerOpposite(t, o, relationTo(t, o), lemmaOf) &&
            (!S.mannerSameValency || takesObject(s.tokens, t) === takesObject(wsent.tokens, o))
          )
        )
          continue;
        // (a word of a figure or a span of time is no thing to say an act of: "finished 30 days of treatment" and
        // "begin a 90-day stay" share "day", not what was finished)
        const shared = near(ww, j).filter(
          (x) => !(S.oppositeNotByFigure && figureWord(x)) && dn.some((y) => sameKeys(x, y)),
        );
        if (!shared.length) continue;
        // (two adjectives qualifying two different nouns are said of two things)
        if (S.oppositeAdjectiveHead && t.pos === 'ADJ' && o.pos === 'ADJ') {
          const [hd, ho] = [qualifiedNoun(dw, i), qualifiedNoun(ww, j)];
          if (hd && ho && !sameKeys(hd, ho)) continue;
        }
        // the report also says the draft's word of that thing: no opposite
        // (by its predicate class a word of the same part of speech that is not itself an opposite of the draft's:
        // "rose" says "soared", but "raised" does not say "cut", though both are acts on a rate, nor does the noun
        // "rate", which the class holds too)
        const sameAct = (x: Token) =>
          sameKeys(x, t) &&
          (!S.oppositeNotSameByClass ||
            raw(x) === raw(t) ||
            x.normal === t.normal ||
            (x.pos === t.pos &&
              !opp.has(raw(x)) &&
              !opp.has(x.normal) &&
              !(manner && mannerOpposite(t, x, relationTo(t, x), lemmaOf))));
        const alsoSaid = ww.some(
          (x, k) => sameAct(x) && near(ww, k).some((y) => shared.some((z) => sameKeys(y, z))),
        );
        // the report says the draft's own word of a thing the draft says it of ("its sales fell by a fifth" / "Sales
        // at Velro fell by a fifth after hiking prices"): the draft states the report's movement, and the opposite
        // near it ("raised prices") is another movement, of another thing
        const ownSaid =
          S.oppositeOwnWordSaid &&
          ww.some(
            (x, k) =>
              sameAct(x) && near(ww, k).some((y) => THING_POS.has(y.pos) && dn.some((z) => sameKeys(y, z))),
          );
        // the draft says the report's word too, and the report nowhere says the draft's: the draft keeps what the
        // report says and adds a word of its own ("residents were evacuated after the river flooded" / "were
        // evacuated after the river burst its banks"), it does not swap one for the other
        // (the words themselves, not their predicate class: "surged" is not "upped")
        const sameForm = (a: Token, b: Token) => raw(a) === raw(b) || a.normal === b.normal;
        const kept = S.oppositeKeptWord && dw.some((x) => sameForm(x, o)) && !ww.some((x) => sameKeys(x, t));
        if (!alsoSaid && !kept && !ownSaid) {
          problems.push({ kind: 'antonym', draft: t.text, source: o.text });
          break;
        }
      }
    }
  }
  // opposites: a draft word absent from the window whose opposite stands there (the general list, or WordNet's
  // antonyms)
  // (numbers and ordinals are no opposites of anything: WordNet files cardinal numbers under "cardinal" and ordinals
  // under "ordinal", an antonym pair, which would make "13" the opposite of "first")
  const numberWord = (t: Token) => t.pos === 'NUM' || /\d/.test(t.text) || ORDINALS.has(t.normal);
  // (each window sentence's content words, read once for the place tests below)
  const windowContent = window.map((w) => contentTokens(w.src.sentence));
  for (const t of missing) {
    if (numberWord(t)) continue;
    const opp = [...opposites(lem(t)), ...opposites(t.normal)];
    const there =
      opp.find((o) => keys.has(o)) ??
      (S.meaningAntonyms
        ? windowWords.find((o) => !numberWord(o) && relationTo(t, o) === 'antonym')?.text
        : undefined);
    if (!there) continue;
    // (a draft that says the report's word itself keeps it, where its own opposite word does not stand in that word's
    // place in the report, between the same neighbours: "Late Saturday and early Sunday, youths attacked" / "late on
    // Saturday, youths attacked" adds "early" of Sunday; "Hundreds of girls … in Qom, mostly boys" / "in Qom, mostly
    // girls" puts "boys" where the report has "girls", whatever the draft says elsewhere)
    const said = there.toLowerCase();
    const isSaid = (x: Token) => lem(x) === said || x.normal === said || x.text === there;
    if (S.oppositeSaidByDraft && words.some((x) => x !== t && isSaid(x))) {
      const i = words.indexOf(t);
      const inItsPlace = windowContent.some((ww) =>
        ww.some(
          (o, j) =>
            isSaid(o) &&
            ((!!ww[j - 1] && !!words[i - 1] && sameKeys(ww[j - 1]!, words[i - 1]!)) ||
              (!!ww[j + 1] && !!words[i + 1] && sameKeys(ww[j + 1]!, words[i + 1]!))),
        ),
      );
      if (!inItsPlace) continue;
    }
    // (in a sentence reworded from the report, the opposite must be said of the same thing: a word beside it stands
    // beside the draft's word too; "has just finished 30 days of treatment … for her 90-day stay" says nothing against
    // "to begin a 90-day stay")
    if (inPlaceOnly) {
      const dn = nearOf(words, words.indexOf(t));
      const beside = windowContent.some((ww) =>
        ww.some((o, j) => isSaid(o) && nearOf(ww, j).some((x) => dn.some((y) => sameKeys(x, y)))),
      );
      if (!beside) continue;
    }
    problems.push({ kind: 'antonym', draft: t.text, source: there });
  }
  // a preposition swapped for its opposite between the same words ("voted for the plan" / "voted against the plan",
  // "resigned before the vote" / "after the vote"): prepositions are no content words, and the tests above do not see
  // them. The object must be the same (a word after both), and the word before too where both have one ("After the
  // vote, the mayor resigned" / "The mayor resigned before the vote"); a report that also says the draft's
  // preposition of that object is no swap
  if (S.prepositionOpposites) {
    const shares = (a: Token[], b: Token[]) => a.some((x) => b.some((y) => sameKeys(x, y)));
    const placed = (d: Preposition, o: Preposition) =>
      shares(d.after, o.after) && (!d.before.length || !o.before.length || shares(d.before, o.before));
    const theirs = window.flatMap((w) => prepositionsOf(w.src.sentence));
    for (const d of prepositionsOf(s)) {
      if (skip.some((k) => d.after.some((t) => inside(t, k.start, k.end)))) continue;
      const opp = prepositionOpposites(d.word);
      const swapped = theirs.find((o) => opp.includes(o.word) && placed(d, o));
      if (!swapped || theirs.some((o) => o.word === d.word && placed(d, o))) continue;
      if (!problems.some((p) => p.draft === d.text))
        problems.push({ kind: 'antonym', draft: d.text, source: swapped.text });
    }
  }
  return { coverage, window: window.map((w) => w.src), missing: missing.map((t) => t.text), problems };
}
