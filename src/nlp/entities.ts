/**
 * Entity mentions in one sentence: people, organisations, places, countries, facilities.
 * wink's lite model has no name tagger, so names are found as runs of capitalised words (Unicode
 * aware: "Çırağan") and typed by general lexicons: countries and demonyms, titles, organisation,
 * facility and place cue words, news organisations. Titles are split off as roles.
 */
import type { EntityMention, Sentence } from '../model/annotations.js';
import { countryByAdjective, countryByCapital, countryByName, fold } from './lexicon/countries.js';
import {
  COMPASS_DEGREES,
  COMPOUND_HEADS,
  DASHED_FUNCTION_WORDS,
  NAME_ADJECTIVE_SUFFIXES,
  WORD_PREFIXES,
  FACILITY_CUES,
  GROUP_NOUNS,
  IN_NOT_PLACE,
  NEWS_ORGS,
  FIRST_LEVEL_PLACES,
  ORG_CUES,
  PLACE_CUES,
  MONTH_NAMES,
  CARRIER_CARGO,
  SHIP_PREFIXES,
  SHIP_PREFIXES_WEAK,
  PLACE_PREFIXES,
  SQUARE_PREFIXES,
  STATE_ABBREVIATIONS,
  STATE_CODES,
  TIME_ZONES,
  TITLE_HEADS,
  VESSEL_NOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from './lexicon/words.js';
import { matchesOf } from './matches.js';
import { nlpSettings } from '../settings/nlp.js';
import { lemmas } from './meaning.js';
import { CARDINALS } from './lexicon/numbers.js';

interface Word {
  start: number;
  end: number;
  text: string;
  /** lower-case, dots dropped */
  key: string;
  cap: boolean;
}

const WORD_RE =
  /(?:\p{Lu}\.){2,}|\p{N}+\p{L}[\p{L}\p{M}]*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’&/][\p{L}\p{M}\p{N}]+)*\.?/gu;
const CONNECTORS = new Set([
  'of',
  'the',
  'de',
  'del',
  'da',
  'di',
  'al',
  'el',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'for',
  'and',
]);
const TIME_WORDS = new Set([...MONTH_NAMES, ...WEEKDAYS]);
const NOT_NAMES = new Set(
  // pronouns, articles, conjunctions, and quantifiers that open a sentence ("None of the teams", "Dozens were hurt")
  'i|i.|a|an|mr|mrs|ms|dr|st|no|yes|ok|oh|we|he|she|it|they|this|that|these|those|but|and|or|if|so|though|although|because|whereas|unless|however|meanwhile|moreover|furthermore|nevertheless|none|dozens|hundreds|thousands|several|many|some|both|each|every|few|all|any'.split(
    '|',
  ),
);
/** Honorifics before a person's name (folded, without the full stop). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr']);
const EVENT_CUES = new Set(
  'act|treaty|accord|convention|war|revolution|games|olympics|cup|championship|summit|conference|festival|election|elections|crisis|forum|expo|world'.split(
    '|',
  ),
);
/** ordinals and units written onto a number ("11th", "100mph") are not names the way "76ers" is */
const NUMBER_SUFFIX =
  /\d(?:st|nd|rd|th|mph|kph|kmh|mm|cm|km|kg|lbs|sec|secs|min|mins|hrs|yrs|bn|mln|ft|am|pm|gb|mb|kb|mw|kw|gw)$/i;
const PLACE_PREPS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'across',
  'outside',
  'inside',
  'around',
  'toward',
  'towards',
  'into',
]);

const PLACE_OF = new Set(['capital', 'port', 'outskirts', 'suburbs', 'suburb']);
/** A name after "of" that a place word or a direction ("south of Tehran", "south-west of …") governs is a place: "the port city of Bandar Abbas", "the island
 * of Qeshm", "southwest of Bandar Abbas" (not "the University of Tehran": no place word before "of"). */
function placeOf(all: Word[], at: number): boolean {
  const of = all[at - 1];
  const head = all[at - 2];
  return (
    of?.key === 'of' &&
    !!head &&
    (PLACE_CUES.has(head.key) ||
      COMPASS_DEGREES[head.key.replace('-', '')] !== undefined ||
      PLACE_OF.has(head.key))
  );
}

function words(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of matchesOf(WORD_RE, text)) {
    let raw = m[0];
    // possessive 's is not part of the name
    if (raw.endsWith("'s") || raw.endsWith('’s')) raw = raw.slice(0, -2);
    // a capitalised word ending in a hyphen and a word: the name is the part before where the word makes it an
    // adjective ("Chiefs-like", "Kyiv-based"), and where a lower-case word ends it: a dash typed as a hyphen before a
    // function word ("Ortiz-who", "Wizards-the Sixers") or a compound made of the name ("Oscar-winning",
    // "Seattle-area", "Gold Glove-caliber"). Not the syllables of a given name ("Kim Jong-un", "Moon Jae-in", "Deng
    // Xiao-ping": so only function words that are no such syllable, participles of six letters or more, and a few
    // heads of compounds), not a word with a prefix ("Co-operative", "Ex-minister")
    const hyphen = raw.lastIndexOf('-');
    if (hyphen > 0 && /^\p{Lu}/u.test(raw)) {
      const stem = raw.slice(0, hyphen);
      const suffix = raw.slice(hyphen + 1);
      if (
        NAME_ADJECTIVE_SUFFIXES.has(suffix.toLowerCase()) ||
        (/^\p{Ll}[\p{Ll}'’]*$/u.test(suffix) &&
          /^\p{L}[^-]*\p{L}/u.test(stem) &&
          !WORD_PREFIXES.has(stem.toLowerCase()) &&
          (DASHED_FUNCTION_WORDS.has(suffix) ||
            /^\p{Ll}{3,}(?:ing|ed)$/u.test(suffix) ||
            COMPOUND_HEADS.has(suffix)))
      )
        raw = stem;
    }
    // a trailing dot ends the sentence unless the word is an abbreviation
    if (
      raw.endsWith('.') &&
      !/^(?:\p{Lu}\.)+$/u.test(raw) &&
      !/^(mr|mrs|ms|dr|st|gen|col|lt|sgt|capt|adm|sen|rep|gov|prof|jr|sr)\.$/i.test(raw)
    )
      raw = raw.slice(0, -1);
    if (!raw) continue;
    const start = offset + m.index!;
    // "76ers", "49ers": a number grown into a name
    // (a capital letter and a lower-case word are one common word: "A-list", "T-shirts", "X-ray", "U-turn")
    const cap =
      (/^\p{Lu}/u.test(raw) && !/^\p{Lu}-\p{Ll}+$/u.test(raw)) ||
      (/^\p{N}+\p{Ll}{3,}$/u.test(raw) && !NUMBER_SUFFIX.test(raw));
    out.push({ start, end: start + raw.length, text: raw, key: fold(raw), cap });
  }
  return out;
}

/** An organisation cue word; a two-letter one only in capitals ("UN", "EU", "SA"; not "Kim Jong Un"). */
const isOrgCue = (w: Word) => ORG_CUES.has(w.key) && (w.key.length > 2 || w.text === w.text.toUpperCase());
/** "ex-minister" is a title as "minister" is */
const bareTitle = (key: string) => key.replace(/^(?:ex|former|vice)-/, '');
const isTitle = (w: Word) =>
  TITLE_WORDS.has(w.key) || (w.key.includes('-') && TITLE_WORDS.has(bareTitle(w.key)));
const isTitleHead = (w: Word) =>
  TITLE_HEADS.has(w.key) || (w.key.includes('-') && TITLE_HEADS.has(bareTitle(w.key)));
/** an initial inside a name ("Bryant A. Dalton") */
const isInitial = (w: Word) => /^\p{Lu}\.$/u.test(w.text);
/** A number or a bound in capitals ("AT LEAST TWO people have died", a tabloid's opening words): no name, though
 * the capitals make it look like one ("Nine Network" keeps its capitalised "Nine"). */
const SHOUTED_WORDS = new Set(
  'least|most|more|less|fewer|than|nearly|almost|about|over|hundred|thousand'.split('|'),
);
/** More number words a tabloid shouts ("nearly HALF A BILLION vells"). */
const SHOUTED_SCALES = new Set('million|billion|trillion|half|quarter|dozen'.split('|'));
const shoutedNumber = (w: Word) =>
  w.text.length > 1 &&
  w.text === w.text.toUpperCase() &&
  (CARDINALS[w.key] !== undefined ||
    SHOUTED_WORDS.has(w.key) ||
    (nlpSettings.shoutedWords && (SHOUTED_SCALES.has(w.key) || shoutedDescription(w.key))));
/** A word in capitals that English knows only as a describing word, never as a noun ("A GREEDY pension boss"): a
 * tabloid's emphasis, not a name (names and acronyms are nouns). */
function shoutedDescription(key: string): boolean {
  if (key.length < 4 || !/^[a-z]+$/.test(key)) return false;
  return (lemmas(key, 'adj').length > 0 || lemmas(key, 'adv').length > 0) && lemmas(key, 'noun').length === 0;
}
const nameLike = (w: Word) =>
  isInitial(w) ||
  (w.cap &&
    !isTitle(w) &&
    !isOrgCue(w) &&
    !FACILITY_CUES.has(w.key) &&
    !PLACE_CUES.has(w.key) &&
    !TIME_WORDS.has(w.key) &&
    !NOT_NAMES.has(w.key) &&
    !countryByAdjective(w.text) &&
    !countryByName(w.text));

const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;
/** Capitalised words from `i` on, one space apart, that end in a place, facility or organisation cue word. */
function ordinalCue(ws: Word[], i: number): boolean {
  for (let j = i; j < ws.length && j < i + 3 && ws[j]!.cap; j++) {
    const w = ws[j]!;
    if (PLACE_CUES.has(w.key) || FACILITY_CUES.has(w.key) || ORG_CUES.has(w.key) || w.key === 'precinct')
      return true;
    if (j + 1 < ws.length && ws[j + 1]!.start !== w.end + 1) break;
  }
  return false;
}

/** After a possessive plural inside a name, the capitalised words from `i` on, one space apart, reach an
 * organisation's cue word within three words ("Municipal Workers' Pension Fund"): the name goes on (not after a
 * country's: "the Philippines' National Police" is the country's police). */
function cueAhead(ws: Word[], i: number, text: string, base: number): boolean {
  if (!nlpSettings.possessiveNameToCue) return false;
  for (let j = i; j < ws.length && j < i + 3 && ws[j]!.cap; j++) {
    if (j > i && text.slice(ws[j - 1]!.end - base, ws[j]!.start - base) !== ' ') break;
    if (isOrgCue(ws[j]!)) return true;
  }
  return false;
}

/** Runs of capitalised words joined by single spaces or name connectors ("of the", "bin"). */
function runs(ws: Word[], text: string, base: number): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  const gap = (a: Word, b: Word) => text.slice(a.end - base, b.start - base);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w.cap && !TIME_WORDS.has(w.key)) {
      // a possessive inside an organisation's name: "Kestrian People's Party", "Metalworkers' Union"
      const g = cur.length ? gap(cur[cur.length - 1]!, w) : ' ';
      if (
        g !== ' ' &&
        !(/^['’]s? $/.test(g) && isOrgCue(w)) &&
        !(/^['’] $/.test(g) && !countryByName(cur[cur.length - 1]!.text) && cueAhead(ws, i, text, base))
      ) {
        out.push(cur);
        cur = [];
      }
      cur.push(w);
      continue;
    }
    // "and" inside an organisation's name: "Union of Port and Dock Workers", "National Oceanic and
    // Atmospheric Administration" (the name goes on to a cue word, or began with one and "of")
    if (
      cur.length &&
      w.text === 'and' &&
      ws[i + 1]?.cap &&
      gap(w, ws[i + 1]!) === ' ' &&
      gap(cur[cur.length - 1]!, w) === ' '
    ) {
      let j = i + 1;
      while (j + 1 < ws.length && ws[j + 1]!.cap && gap(ws[j]!, ws[j + 1]!) === ' ') j++;
      const orgAhead = isOrgCue(ws[j]!);
      const head = cur.find((x) => x.key !== 'the');
      const orgBefore = !!head && isOrgCue(head) && cur.some((x) => x.text === 'of' || x.text === 'for');
      const countries = cur.some((x) => countryByName(x.text) || countryByAdjective(x.text));
      // a name that already ends in its cue word is whole: "Drevsk City and Lindqvar Rovers" are two clubs,
      // "Ford Motor Company and General Motors" two companies
      const last = cur[cur.length - 1]!;
      const whole = cur.length > 1 && (isOrgCue(last) || PLACE_CUES.has(last.key));
      if ((orgAhead || orgBefore) && !countries && !whole) {
        cur.push(w);
        continue;
      }
    }
    // connectors inside a run: "Ministry of Defense", "Chief of the General Staff"
    if (cur.length && CONNECTORS.has(w.text) && w.text !== 'and') {
      let j = i;
      while (j < ws.length && CONNECTORS.has(ws[j]!.text) && ws[j]!.text !== 'and') j++;
      const next = ws[j];
      const contiguous = ws.slice(i - 1, j + 1).every((x, k, arr) => k === 0 || gap(arr[k - 1]!, x) === ' ');
      if (next && next.cap && !TIME_WORDS.has(next.key) && contiguous) {
        for (let k = i; k < j; k++) cur.push(ws[k]!);
        i = j - 1;
        continue;
      }
    }
    // an ordinal before a street's, a precinct's or a unit's cue word is part of its name: "East 223rd Street",
    // "the 102nd Precinct", "the 82nd Airborne Division"
    const next = ws[i + 1];
    if (
      ORDINAL.test(w.text) &&
      next?.cap &&
      gap(w, next) === ' ' &&
      (!cur.length || gap(cur[cur.length - 1]!, w) === ' ') &&
      ordinalCue(ws, i + 1)
    ) {
      if (cur.length && gap(cur[cur.length - 1]!, w) !== ' ') out.push(cur.splice(0));
      cur.push(w);
      continue;
    }
    if (cur.length) out.push(cur);
    cur = [];
  }
  if (cur.length) out.push(cur);
  // trailing connectors never end a run
  return out.map((r) => {
    while (r.length && CONNECTORS.has(r[r.length - 1]!.text)) r.pop();
    return r;
  });
}

function mention(
  ws: Word[],
  doc: string,
  type: EntityMention['type'],
  form: EntityMention['form'],
  canonical: string,
  role: Word[] | null = null,
): EntityMention {
  const start = ws[0]!.start;
  const end = ws[ws.length - 1]!.end;
  const roleSpan = role?.length ? { start: role[0]!.start, end: role[role.length - 1]!.end } : null;
  return {
    start,
    end,
    text: doc.slice(start, end),
    type,
    form,
    canonical,
    role: roleSpan ? doc.slice(roleSpan.start, roleSpan.end) : null,
    roleSpan,
  };
}

const joinText = (ws: Word[], doc: string) => doc.slice(ws[0]!.start, ws[ws.length - 1]!.end);

/** A pronoun or a verb with its clitic ("I'm", "We've", "It's", "Don't") is no name, whatever its capital. */
const CONTRACTION =
  /^(?:(?:i|you|we|they|he|she|it|that|there|here|what|who|where|let)['’](?:m|ve|ll|d|re|s)|\p{L}+n['’]t)$/iu;
/** A clock time right before: "1:30", "10:10 AM", "14:10", "9 p.m." (then a word in capitals is its time zone). */
const CLOCK_BEFORE =
  /\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:(?:[AaPp]\.?[Mm]\.?)\s*)?$|\d\s*(?:[AaPp]\.?[Mm]\.?)\s*$/;
/**
 * A time zone or a half of the clock is no name: "1:30 AM EST", "14:10 MVT" (after a clock time, any word of two to
 * five capitals); "GMT", "EST" anywhere in capitals ("AM" and "PM" only after a time: "PM Marvik" is a title).
 */
function timeZone(w: Word, doc: string): boolean {
  if (w.text !== w.text.toUpperCase() || !/^\p{Lu}[\p{Lu}.]{1,4}$/u.test(w.text)) return false;
  if (CLOCK_BEFORE.test(doc.slice(Math.max(0, w.start - 16), w.start))) return true;
  return (
    TIME_ZONES.has(w.key.replace(/\.$/, '')) &&
    !/^(?:am|pm|a\.m|p\.m|west|ist)$/.test(w.key.replace(/\.$/, ''))
  );
}

/** "Northfield, Ill.", "Old Tappan, N. J.", "Paris, TX": a state's abbreviation after a town and a comma. */
function stateAbbreviation(run: Word[], doc: string): string | null {
  // (an abbreviation is one or two words: a longer run is none, whatever it spells)
  if (run.length > 2) return null;
  const written = run.map((w) => w.text).join('');
  const code = /^\p{Lu}{2}$/u.test(written);
  const state = code
    ? STATE_CODES[written.toLowerCase()]
    : STATE_ABBREVIATIONS[written.replace(/[.\s]/g, '').toLowerCase()];
  if (!state) return null;
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  if (!/[\p{L}.], $/u.test(doc.slice(Math.max(0, start - 3), start))) return null;
  const dotted = doc[end] === '.' || doc[end - 1] === '.';
  if (!dotted && !code) return null;
  // (a code ends the phrase: "Paris, TX." but not "Smith, IN the end")
  const ends = code ? /^(?:[,.;:)"”’\n]|$)/ : /^\.?(?:[\s,;:)"”’]|$)/;
  return ends.test(doc.slice(end, end + 2)) ? state : null;
}

/** Mentions in one sentence (offsets into the document text `doc`). */
export function findEntities(doc: string, sentence: Sentence): EntityMention[] {
  const text = sentence.text;
  const ws = words(text, sentence.start);
  if (!ws.length) return [];
  for (const w of ws)
    if (w.cap && (CONTRACTION.test(w.text) || timeZone(w, doc) || shoutedNumber(w))) w.cap = false;
  const content = ws.filter(
    (w) => !CONNECTORS.has(w.text) && !/^(a|an|at|on|in|to|from|with|by)$/.test(w.text),
  );
  const capShare = content.filter((w) => w.cap).length / (content.length || 1);
  const heading = ws.length >= 3 && capShare >= 0.8 && !/[.!?]$/.test(text.trim());
  // (filled directly: a pair array per token of every sentence was garbage as soon as the map held it)
  const posAt = new Map<number, string>();
  for (const t of sentence.tokens) posAt.set(t.start, t.pos);
  const out: EntityMention[] = [];

  for (let run of runs(ws, text, sentence.start)) {
    // split hyphenated compounds of names ("Russia-Ukraine") into their parts
    // the sentence's first word is a name only if the tagger calls it one
    const first = run[0]!;
    const sentenceInitial =
      first.start === ws[0]!.start ||
      /["“‘':(•]\s*$/.test(doc.slice(Math.max(0, first.start - 3), first.start));
    if (
      sentenceInitial &&
      posAt.get(first.start) !== 'PROPN' &&
      !countryByName(first.text) &&
      !countryByAdjective(first.text) &&
      !isTitle(first)
    )
      run = run.slice(1);
    // "Mr. LaRue", "Dr. Kerr": an honorific says the name after it is a person's
    let honorific = false;
    while (
      run.length &&
      (run[0]!.key === 'the' ||
        CONNECTORS.has(run[0]!.text) ||
        (NOT_NAMES.has(run[0]!.key) && !isInitial(run[0]!) && !shipPrefix(run)))
    ) {
      honorific ||= HONORIFICS.has(run[0]!.key.replace(/\.$/, ''));
      run = run.slice(1);
    }
    if (!run.length) continue;
    // a model or series number after a name: "MVX 40", "Aster 2" (not "Paris 40 people")
    const after = /^[ -](\d{1,3})(?![\d.,:])/.exec(
      doc.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 6),
    );
    if (after && run.length) {
      const last = run[run.length - 1]!;
      const numStart = last.end + 1;
      const nextTok = sentence.tokens.find((t) => t.start > numStart + after[1]!.length - 1);
      const code = /^[\p{Lu}\d-]{2,}$/u.test(last.text) && !countryByName(last.text);
      // (not a score: "Chiefs 20, Colts 13")
      const ends = !!nextTok && (nextTok.pos === 'VERB' || nextTok.pos === 'AUX' || nextTok.pos === 'CCONJ');
      if (code || (ends && !isTitle(last) && !TIME_WORDS.has(last.key)))
        run = [
          ...run,
          { start: numStart, end: numStart + after[1]!.length, text: after[1]!, key: after[1]!, cap: true },
        ];
    }
    const found = classify(run, doc, ws, heading, posAt);
    if (honorific && found[0]?.start === run[0]!.start && found[0].type === 'other') found[0].type = 'person';
    for (const m of found) if (m.type === 'person') extendRole(m, ws, doc, posAt);
    if (run[0]!.start === first.start && sentenceInitial)
      for (const m of found) if (m.start === first.start) m.initial = true;
    out.push(...found);
  }

  // demonyms standing for their country before an institution or a group ("the Ukrainian delegation")
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const c = countryByAdjective(w.text);
    const next = ws[i + 1];
    if (!c || !next || next.cap) continue;
    if (GROUP_NOUNS.has(next.key) || isTitleHead(next) || isOrgCue(next))
      if (!out.some((m) => m.start <= w.start && m.end >= w.end))
        out.push(mention([w], doc, 'country', 'adjective', c.name));
  }
  // a capital as the agent of a verb stands for its government ("Moscow has pressed for"); after a
  // preposition or elsewhere it stays the place ("talks in Istanbul"). The choice is kept on the mention.
  const tokenAfter = (end: number) => sentence.tokens.find((t) => t.start >= end);
  for (const m of out) {
    if (m.type !== 'place' || m.role) continue;
    const capital = countryByCapital(m.text);
    if (!capital) continue;
    const idx = ws.findIndex((w) => w.start === m.start);
    const prev = idx > 0 ? ws[idx - 1] : undefined;
    const next = tokenAfter(m.end);
    if (prev && PLACE_PREPS.has(prev.key)) continue;
    if (!next || (next.pos !== 'AUX' && next.pos !== 'VERB')) continue;
    m.type = 'country';
    m.canonical = capital.name;
    m.metonymy = 'capital';
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Offices that, written after a name with no name following, are a title and not part of the name
 * ("Philadelphia 76ers President"); unlike "General" or "Health" they do not end names. */
const OFFICES = new Set(
  'qb|gm|president|chairman|chairwoman|ceo|cfo|spokesman|spokeswoman|spokesperson|coach|minister|secretary|governor|mayor|senator|ambassador|envoy'.split(
    '|',
  ),
);

/** Words that start a noun phrase or a clause and so never belong to a title before a name. */
const NOT_ROLE = new Set(
  'the|a|an|and|or|of|to|in|on|at|by|for|with|from|said|says|told|his|her|their|its|our|as'.split('|'),
);

/**
 * A title written in lower case before a name belongs to its role: "former Transport Minister Radek Holm",
 * "quality chief Tobias Renk", "Regional premier Sofia Lindahl". Title words are taken back to the first
 * word that is not one; one noun or adjective right before a title head qualifies it ("quality chief").
 */
function extendRole(m: EntityMention, ws: Word[], doc: string, posAt: Map<number, string>): void {
  let start = m.roleSpan?.start ?? m.start;
  let i = ws.findIndex((w) => w.start === start);
  let lastWasHead = !!m.roleSpan && ws.slice(i).some((w) => w.start < m.start && isTitleHead(w));
  let qualified = false;
  while (i > 0) {
    const w = ws[i - 1]!;
    if (doc.slice(w.end, ws[i]!.start) !== ' ' || NOT_ROLE.has(w.key)) break;
    if (isTitle(w)) {
      lastWasHead = isTitleHead(w);
      start = w.start;
      i--;
      continue;
    }
    const pos = posAt.get(w.start);
    // (a sentence's first word is capitalised whatever it is: "Regional premier Sofia Lindahl")
    // (a capitalised word is a name of its own — "German Chancellor", "Kremlin spokesman" — unless it
    // only starts the sentence)
    const initial = w.start === ws[0]!.start;
    const qualifier =
      (!w.cap || initial) &&
      !countryByAdjective(w.text) &&
      !countryByName(w.text) &&
      (pos === 'NOUN' || pos === 'ADJ' || (pos === 'PROPN' && initial));
    if (lastWasHead && !qualified && qualifier) {
      qualified = true;
      lastWasHead = false;
      start = w.start;
      i--;
      continue;
    }
    break;
  }
  if (start === (m.roleSpan?.start ?? m.start)) return;
  const end =
    m.roleSpan?.end ??
    ws
      .slice(
        0,
        ws.findIndex((w) => w.start === m.start),
      )
      .pop()!.end;
  m.roleSpan = { start, end };
  m.role = doc.slice(start, end);
}

/** An apposition that says what kind of place the name before it is: ", a working-class city", ", the county seat"
 * (not ", the city's public safety director": a possessive makes the place the office's, not the name's). */
const PLACE_APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:(?!(?:of|in|at|from|for|to|with|near|on|by)\s)[\p{L}-]+\s+){0,3}?(?:city|town|village|suburb|hamlet|county|community|neighbou?rhood|municipality|district|province|region|island|capital|county seat|borough|township)\b(?!['’])/iu;

/** A name set off by a comma before a state, province or country that ends the phrase is a place in it
 * ("Arlington, Virginia.", "Tavel, France, where"); not "Lee, California's governor". */
function placeBeforeRegion(doc: string, end: number): boolean {
  const m = /^,\s+((?:\p{Lu}[\p{L}.]*\s?){1,3}?)(?=\s*(?:[,.;:)!?]|$))/u.exec(doc.slice(end, end + 40));
  if (!m) return false;
  const region = m[1]!.trim();
  return (
    FIRST_LEVEL_PLACES.has(fold(region).toLowerCase()) ||
    !!countryByName(region) ||
    (/\./.test(region) && !!STATE_ABBREVIATIONS[region.replace(/[.\s]/g, '').toLowerCase()]) ||
    (/^\p{Lu}{2}$/u.test(region) && !!STATE_CODES[region.toLowerCase()])
  );
}

/** Members of a team or a band, named after it ("a former Orland Comets lineman", "the Vexers guitarist"). */
const MEMBER_NOUNS = new Set(
  'player|players|lineman|linemen|quarterback|receiver|pitcher|catcher|outfielder|infielder|shortstop|goalkeeper|striker|defender|midfielder|linebacker|cornerback|rookie|teammate|teammates|owner|owners|fan|fans|guitarist|drummer|singer|bassist|frontman|executive|employee|employees|staff'.split(
    '|',
  ),
);
/** Auxiliaries that agree with a plural subject ("the Orland Comets have offered"). */
const PLURAL_AUX = new Set(['have', 'are', 'were', 'do']);
/**
 * "the Orland Comets made an offer", "The Vexers have signed him", "the Red Sox are expected to": a name after "the"
 * that is plural (an "-s" ending, or a plural auxiliary after it) and the subject of a verb is a group that acts — a
 * team, a band, a firm — so an organisation. A person is not "the Kip Darrow"; a place does not make offers.
 */
/** "a former Orland Comets lineman", "Vexers spokesman Kip Darrow": a plural name before the office or the member
 * of a group is that group's. */
function groupMember(last: Word, all: Word[], doc: string): boolean {
  const next = all[all.indexOf(last) + 1];
  if (!next || doc.slice(last.end, next.start) !== ' ' || next.cap) return false;
  if (!/\p{Ll}s$/u.test(last.text) || /ss$/.test(last.text)) return false;
  return isTitleHead(next) || MEMBER_NOUNS.has(next.key);
}
/** "a spokeswoman for the FBI", "an assistant coach for the Detroit Vexers": a name after an office and "for the" is
 * the body the office is in (not "a lawyer for Kip Darrow", without "the", nor "for the Darrow campaign"). */
function officeFor(first: Word, last: Word, all: Word[], posAt: Map<number, string>): boolean {
  const i = all.indexOf(first);
  const [the, forWord, office] = [all[i - 1], all[i - 2], all[i - 3]];
  if (the?.key !== 'the' || forWord?.key !== 'for' || !office || office.cap) return false;
  if (!isTitleHead(office) && !MEMBER_NOUNS.has(office.key)) return false;
  const nextPos = posAt.get(all[all.indexOf(last) + 1]?.start ?? -1);
  return nextPos !== 'NOUN' && nextPos !== 'PROPN';
}
function groupActs(last: Word, all: Word[], doc: string, posAt: Map<number, string>): boolean {
  const i = all.indexOf(last);
  const next = all[i + 1];
  if (!next || doc.slice(last.end, next.start) !== ' ' || next.cap) return false;
  const plural = (/\p{Ll}s$/u.test(last.text) && !/ss$/.test(last.text)) || PLURAL_AUX.has(next.key);
  if (!plural) return false;
  const pos = posAt.get(next.start);
  if (pos === 'VERB') return true;
  if (pos !== 'AUX') return false;
  // an auxiliary before a verb ("have made", "are expected", "will sign"), not a copula before a quality
  const after = all.slice(i + 2, i + 4).map((w) => posAt.get(w.start));
  return after[0] === 'VERB' || (after[0] !== 'ADJ' && after[0] !== 'NOUN' && after[1] === 'VERB');
}

/** "told the Tamsby Courant", "telling the Commission": what one tells, after "the", is a body or a paper. */
function told(first: Word, all: Word[]): boolean {
  const i = all.indexOf(first);
  return all[i - 1]?.key === 'the' && /^(?:told|tell|tells|telling)$/.test(all[i - 2]?.key ?? '');
}

/** "MS Aurelia", "SS Norland": a ship prefix in capitals before a name ("Ms" and "Mr" are honorifics) */
const shipPrefix = (run: Word[]) =>
  run.length >= 2 &&
  SHIP_PREFIXES_WEAK.has(run[0]!.key) &&
  run[0]!.text === run[0]!.text.toUpperCase() &&
  run[1]!.text !== run[1]!.text.toUpperCase();

/** Words after which a vessel noun is a verb ("to ferry", "will ship", "they tug"). */
const VERB_BEFORE = new Set(
  'to|will|would|can|could|should|may|might|must|shall|they|we|i|you|he|she|it|who|did|does|do'.split('|'),
);
/** A name that is a ship's, by the word before it or the prefix that opens it. */
function vessel(run: Word[], all: Word[], posAt: Map<number, string>): boolean {
  const i = all.indexOf(run[0]!);
  const prev = all[i - 1];
  const prev2 = all[i - 2];
  const vesselNoun = (w: Word | undefined, before: Word | undefined) =>
    !!w &&
    !w.cap &&
    posAt.get(w.start) !== 'VERB' &&
    // (after "to", a modal or a pronoun the word is a verb: "will ferry Kip Darrow", "to ship Aurelia")
    !(before && VERB_BEFORE.has(before.key)) &&
    (VESSEL_NOUNS.has(w.key) || (w.key === 'carrier' && !!before && CARRIER_CARGO.has(before.key)));
  // the word right before the name, with nothing but a space or an opening parenthesis between
  const close = !!prev && run[0]!.start - prev.end <= 2;
  const afterNoun = close && vesselNoun(prev, prev2);
  const aboard =
    !!prev &&
    (prev.key === 'aboard' ||
      (prev.key === 'the' && prev2?.key === 'aboard') ||
      (prev.key === 'board' && prev2?.key === 'on'));
  const head = run[0]!;
  const prefix = run.length >= 2 && head.text === head.text.toUpperCase() && !run.slice(1).some(isTitle);
  if (prefix && SHIP_PREFIXES.has(head.key)) return true;
  if (prefix && SHIP_PREFIXES_WEAK.has(head.key) && (afterNoun || aboard || prev?.key === 'the')) return true;
  return afterNoun || aboard;
}

function classify(
  run: Word[],
  doc: string,
  all: Word[],
  heading: boolean,
  posAt: Map<number, string> = new Map(),
): EntityMention[] {
  const out: EntityMention[] = [];
  // a title at the end with no name after it is not part of the name ("Philadelphia 76ers President")
  while (run.length > 1 && OFFICES.has(run[run.length - 1]!.key)) run = run.slice(0, -1);
  while (run.length > 1 && CONNECTORS.has(run[run.length - 1]!.text)) run = run.slice(0, -1);
  if (!run.length) return out;
  // a person of an organisation: "Boris Hale of the Kestrian Metalworkers' Union", "PJ Carlesimo of Oklahoma City"
  // (and one who works for it: "Andreas Markos for the Harbour Times", where what follows "for" ends in its cue word)
  const cueAtEnd = isOrgCue(run[run.length - 1]!) || NEWS_ORGS.has(run[run.length - 1]!.key);
  const ofAt = run.findIndex((w) => w.text === 'of' || (w.text === 'for' && cueAtEnd));
  if (ofAt >= 2 && run.slice(0, ofAt).every((w) => nameLike(w)) && !heading) {
    let k = ofAt;
    while (k < run.length && CONNECTORS.has(run[k]!.text)) k++;
    if (k < run.length)
      return [
        ...classify(run.slice(0, ofAt), doc, all, heading, posAt),
        ...classify(run.slice(k), doc, all, heading, posAt),
      ];
  }
  // a code or a numbered name ("MVX 40", "SEA-ME-WE 4", "Philadelphia 76ers", "Aster II") is not a person
  const numbered = run.length === 2 && /^(?:II|III|IV|VI|VII|VIII|IX)$/.test(run[1]!.text);
  if ((numbered || run.some((w) => /\d/.test(w.text))) && !heading) {
    const last = run[run.length - 1]!;
    // (a numbered street is a place, a numbered site a facility: "East 223rd Street", "Pier 39 Terminal")
    const type = isOrgCue(last)
      ? 'organization'
      : PLACE_CUES.has(last.key) && run.length > 1
        ? 'place'
        : FACILITY_CUES.has(last.key) && run.length > 1
          ? 'facility'
          : 'other';
    return [mention(run, doc, type, 'name', joinText(run, doc))];
  }
  const whole = joinText(run, doc);
  // hyphenated compounds of names: "Russia-Ukraine", "U.S.-Turkish"
  if (run.length === 1 && /[-]/.test(run[0]!.text)) {
    const parts = run[0]!.text.split('-');
    let at = run[0]!.start;
    const pieces: Word[] = [];
    for (const p of parts) {
      pieces.push({ start: at, end: at + p.length, text: p, key: fold(p), cap: /^\p{Lu}/u.test(p) });
      at += p.length + 1;
    }
    if (pieces.every((p) => countryByName(p.text) || countryByAdjective(p.text)))
      return pieces.map((p) =>
        mention(
          [p],
          doc,
          'country',
          countryByName(p.text) ? 'name' : 'adjective',
          (countryByName(p.text) ?? countryByAdjective(p.text))!.name,
        ),
      );
  }
  const country = countryByName(whole);
  if (country)
    return [
      mention(
        run,
        doc,
        'country',
        /^(?:\p{Lu}\.?){2,3}$/u.test(whole) ? 'abbreviation' : 'name',
        country.name,
      ),
    ];
  // a state or province ("Maryland", "New Jersey", "Ontario") is a place
  if (FIRST_LEVEL_PLACES.has(fold(whole).toLowerCase())) return [mention(run, doc, 'place', 'name', whole)];
  const state = stateAbbreviation(run, doc);
  if (state) return [mention(run, doc, 'place', 'abbreviation', state)];
  // a demonym of more than one word ("North Korean") is the country's, not a person's name
  const adjective = run.length > 1 ? countryByAdjective(whole) : null;
  if (adjective) return [mention(run, doc, 'country', 'adjective', adjective.name)];
  // a demonym in the plural names the country's people ("68 per cent of Greeks", "Iranians"), not a person or a body
  const people = run.length === 1 && /\p{Ll}s$/u.test(whole) ? countryByAdjective(whole.slice(0, -1)) : null;
  if (people) return [mention(run, doc, 'country', 'adjective', people.name)];
  const news = NEWS_ORGS.has(fold(whole));
  if (news) return [mention(run, doc, 'organization', 'name', whole)];
  if (heading) return out;

  // a leading country name or demonym qualifies what follows ("Turkish Foreign Minister", "U.S. President")
  let rest = run;
  const lead = run[0]!;
  const leadCountry = countryByName(lead.text) ?? countryByAdjective(lead.text);
  // a country's name leading a name with no title in it is part of that name: "France Telecom",
  // "U.S. Geological Survey" (a demonym or a title splits: "Turkish Foreign Minister", "U.S. President")
  // (a site or a place named after the country is that: "Georgia Dome", "Jordan Valley")
  if (
    countryByName(lead.text) &&
    run.length > 1 &&
    !run.slice(1).some(isTitle) &&
    !run.slice(1).some((w) => countryByName(w.text) || countryByAdjective(w.text))
  ) {
    const end = run[run.length - 1]!.key;
    const type = isOrgCue(run[run.length - 1]!)
      ? 'organization'
      : FACILITY_CUES.has(end)
        ? 'facility'
        : PLACE_CUES.has(end)
          ? 'place'
          : 'organization';
    return [mention(run, doc, type, 'name', whole)];
  }
  if (leadCountry && run.length > 1) {
    out.push(
      mention(
        [lead],
        doc,
        'country',
        countryByName(lead.text)
          ? /\./.test(lead.text) || lead.text.length <= 3
            ? 'abbreviation'
            : 'name'
          : 'adjective',
        leadCountry.name,
      ),
    );
    rest = run.slice(1);
  }
  // a ship: a name after a vessel noun ("the cruise liner Aurelia", "an oil carrier (Sirena Star)") or after
  // "aboard", or led by a ship prefix ("HMS Dauntless", "the Indian INS Tarvo"; "MS Aurelia" only where the text
  // says it is a vessel)
  if (vessel(rest, all, posAt)) {
    out.push(mention(rest, doc, 'other', 'name', joinText(rest, doc)));
    return out;
  }
  const last = rest[rest.length - 1]!;
  // organisations: "... Ministry", "Security Service of Ukraine", "Investigative Committee of the Russian Federation"
  const orgCueAt = rest.findIndex((w) => isOrgCue(w));
  const hasOf = rest.some((w) => w.text === 'of');
  // a name at the end, after a title or an office: person with a role
  let tail = 0;
  while (tail < rest.length && tail < 4 && nameLike(rest[rest.length - 1 - tail]!)) tail++;
  const prefix = rest.slice(0, rest.length - tail);
  const prefixHasTitle = prefix.some(isTitleHead);
  if (tail > 0 && prefix.length && prefixHasTitle) {
    const name = rest.slice(rest.length - tail);
    out.push(mention(name, doc, 'person', 'name', joinText(name, doc), prefix));
    return out;
  }
  if (isOrgCue(last) || (orgCueAt >= 0 && hasOf) || (orgCueAt >= 0 && orgCueAt === rest.length - 1)) {
    out.push(mention(rest, doc, 'organization', 'name', joinText(rest, doc).replace(/^the\s+/i, '')));
    return out;
  }
  if (FACILITY_CUES.has(last.key) && rest.length > 1) {
    out.push(mention(rest, doc, 'facility', 'name', joinText(rest, doc)));
    return out;
  }
  if (PLACE_CUES.has(last.key) && rest.length > 1) {
    out.push(mention(rest, doc, 'place', 'name', joinText(rest, doc)));
    return out;
  }
  if (rest.every((w) => isTitle(w))) return out;
  if (rest.some((w) => EVENT_CUES.has(w.key))) {
    out.push(mention(rest, doc, 'other', 'name', joinText(rest, doc)));
    return out;
  }
  // initials alone after "in", "to", "from" are a place ("flew to L. A.", "in D. C."), not a person's initials
  const before = all[all.indexOf(rest[0]!) - 1];
  if (
    rest.length >= 2 &&
    rest.every((w) => /^\p{Lu}\.?$/u.test(w.text)) &&
    before &&
    PLACE_PREPS.has(before.key)
  ) {
    out.push(mention(rest, doc, 'place', 'name', joinText(rest, doc)));
    return out;
  }
  // a name the sentence goes on to call a place: "Hawaiian Gardens, a working-class city at …", "Tavel, a village of
  // 800 people"
  const lastWord = rest[rest.length - 1]!;
  if (PLACE_APPOSITION.test(doc.slice(lastWord.end, lastWord.end + 80))) {
    out.push(mention(rest, doc, 'place', 'name', joinText(rest, doc)));
    return out;
  }
  if (placeBeforeRegion(doc, lastWord.end)) {
    out.push(mention(rest, doc, 'place', 'name', joinText(rest, doc)));
    return out;
  }
  // a name opened by a place's first word ("Punta Ferra", "Porto Méra", "Fort Tamsby") or a square's ("Piazza Lunga")
  // is a place or a site, not a person; one or two words after it ("San Luis Obispo"), not a team named after its
  // city ("the San Tamsby Vexers")
  const opener = rest[0]!;
  const after = rest.slice(1).filter((w) => !CONNECTORS.has(w.text));
  if (
    (PLACE_PREFIXES.has(opener.key) || SQUARE_PREFIXES.has(opener.key)) &&
    after.length >= 1 &&
    after.length <= 2 &&
    after.every((w) => w.cap && !isTitle(w) && !isOrgCue(w)) &&
    !(after.length === 2 && /\p{Ll}s$/u.test(lastWord.text))
  ) {
    const type = SQUARE_PREFIXES.has(opener.key) ? 'facility' : 'place';
    out.push(mention(rest, doc, type, 'name', joinText(rest, doc)));
    return out;
  }
  if (tail === rest.length && tail >= 2) {
    // an article right before a name says it is no person's ("the Kodak Theatre", "The Hollywood Reporter", "the
    // Boston Red Sox have"), unless the name qualifies a noun after it ("the Gary Ross film")
    const det = all[all.indexOf(rest[0]!) - 1];
    const nextPos = posAt.get(all[all.indexOf(lastWord) + 1]?.start ?? -1);
    const article = !!det && /^(?:the|a|an)$/.test(det.key) && nextPos !== 'NOUN' && nextPos !== 'PROPN';
    const member =
      (!!det && /^(?:the|a|an|former)$/.test(det.key) && groupMember(lastWord, all, doc)) ||
      officeFor(rest[0]!, lastWord, all, posAt);
    // a name after "in" or "near" is where something is ("in Palm Tarvo", "near East Varn"), not whose: not "in
    // Kip Darrow's office", "confidence in Kip Darrow"
    const before2 = all[all.indexOf(rest[0]!) - 2];
    const located =
      !!det &&
      (det.key === 'in' || det.key === 'near') &&
      doc.slice(det.end, rest[0]!.start) === ' ' &&
      !IN_NOT_PLACE.has(before2?.key ?? '') &&
      !/^['’]/.test(doc.slice(lastWord.end, lastWord.end + 1)) &&
      nextPos !== 'NOUN' &&
      nextPos !== 'PROPN';
    const type =
      member ||
      (article && det.key === 'the' && (groupActs(lastWord, all, doc, posAt) || told(rest[0]!, all)))
        ? 'organization'
        : article
          ? 'other'
          : located || placeOf(all, all.indexOf(rest[0]!))
            ? 'place'
            : 'person';
    out.push(mention(rest, doc, type, 'name', joinText(rest, doc)));
    return out;
  }
  if (rest.length === 1 && nameLike(rest[0]!)) {
    const w = rest[0]!;
    const idx = all.indexOf(w);
    const prev = idx > 0 ? all[idx - 1] : undefined;
    const next = all[idx + 1];
    const capital = countryByCapital(w.text);
    // (not "shares in Aurelis", "confidence in Darrow": what one holds or believes in)
    const held = prev?.key === 'in' && IN_NOT_PLACE.has(all[idx - 2]?.key ?? '');
    const placey =
      capital ||
      (prev && PLACE_PREPS.has(prev.key) && !held) ||
      (next && PLACE_CUES.has(next.key)) ||
      placeOf(all, idx);
    const group =
      (prev?.key === 'the' && (groupActs(w, all, doc, posAt) || told(w, all))) ||
      groupMember(w, all, doc) ||
      officeFor(w, w, all, posAt);
    out.push(mention(rest, doc, group ? 'organization' : placey ? 'place' : 'other', 'name', w.text));
    return out;
  }
  if (rest.length > 1) {
    // (a name with a place in it, "the New England Vexers have signed", is a group by the same signs)
    const det = all[all.indexOf(rest[0]!) - 1];
    const group =
      !!det &&
      ((/^(?:the|a|an|former)$/.test(det.key) && groupMember(lastWord, all, doc)) ||
        (det.key === 'the' && groupActs(lastWord, all, doc, posAt)) ||
        officeFor(rest[0]!, lastWord, all, posAt));
    out.push(mention(rest, doc, group ? 'organization' : 'other', 'name', joinText(rest, doc)));
  }
  return out;
}
