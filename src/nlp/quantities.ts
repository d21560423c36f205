/**
 * Quantities as intervals: a value or range, qualifiers (approximately, at least, as many as,
 * nearly, just over), vague amounts (dozens, hundreds), number words, units and currencies, what
 * is counted, and whether the amount is per party ("from each country", "1,000 for 1,000") or a
 * total. Durations ("just over an hour") as second intervals. Offsets into the document text.
 */
import type { Duration, Quantity, Sentence, Token } from '../model/annotations.js';
import type { Span } from '../model/document.js';
import { quantSettings as S } from '../settings/quant.js';
import { CARDINALS, PART_OF_WHOLE } from './lexicon/numbers.js';
import { CURRENCY_CODE_OF_NOUN, PLURAL_ONLY } from './lexicon/words.js';
import { tokenize } from './sentences.js';
import { matchesOf } from './matches.js';

const shiftTokens = (tokens: Token[], by: number): Token[] =>
  tokens.map((t) => ({ ...t, start: t.start + by, end: t.end + by }));

const SMALL: Record<string, number> = { ...CARDINALS, a: 1, an: 1, dozen: 12 };
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
  k: 1e3,
  mn: 1e6,
  tn: 1e12,
};
/** "a.m." / "p.m." as written after a clock time, also as some wire copy prints them ("3 p. m."). */
const AM_PM = String.raw`a\.?\s?m\.?|p\.?\s?m\.?`;
/** What after a range makes it no count: an age, a clock time, a time zone ("20-30 years old", "9-11 a.m."). */
const RANGE_NOT_COUNT = new RegExp(String.raw`^\s*(?:years?\s+old|year-old|${AM_PM}|GMT|UTC)`, 'i');
/** What after a figure makes it a clock time, not a count ("3 p. m.", "5 o'clock", "1900 GMT"). */
const CLOCK_AFTER = new RegExp(String.raw`^\s*(?:${AM_PM}|o'clock|GMT|UTC)(?![\p{L}])`, 'iu');

/** A currency's code by its sign, or by its noun in the singular or the plural ("dollars", "euro"). */
const CURRENCY: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₽': 'RUB',
  '₴': 'UAH',
  ...Object.fromEntries(
    Object.entries(CURRENCY_CODE_OF_NOUN).flatMap(([noun, code]) => [
      [noun, code],
      [`${noun}s`, code],
    ]),
  ),
};
const MEASURE: Record<string, [string, number]> = {
  km: ['km', 1],
  kilometers: ['km', 1],
  kilometres: ['km', 1],
  kilometer: ['km', 1],
  kilometre: ['km', 1],
  miles: ['km', 1.609344],
  mile: ['km', 1.609344],
  m: ['m', 1],
  meters: ['m', 1],
  metres: ['m', 1],
  meter: ['m', 1],
  metre: ['m', 1],
  'square kilometers': ['km2', 1],
  'square kilometres': ['km2', 1],
  'square kilometer': ['km2', 1],
  'square kilometre': ['km2', 1],
  'sq km': ['km2', 1],
  km2: ['km2', 1],
  'square miles': ['km2', 2.589988],
  'square mile': ['km2', 2.589988],
  'sq mi': ['km2', 2.589988],
  feet: ['m', 0.3048],
  foot: ['m', 0.3048],
  ft: ['m', 0.3048],
  kg: ['kg', 1],
  kilograms: ['kg', 1],
  tons: ['t', 1],
  tonnes: ['t', 1],
  '%': ['%', 1],
  percent: ['%', 1],
  'per cent': ['%', 1],
};
/** Kilograms in a pound of weight. */
const POUND_KG = 0.45359237;
/** Words before a figure that say it is what something weighs: a verb of weighing, or a height given just before
 * ("5-foot-8, 135 pounds"). */
const WEIGHED =
  /\b(?:weigh|weighs|weighed|weighing|weight\s+of)\s+(?:about|around|nearly|almost|some|roughly|just|over|under|more\s+than|less\s+than)?\s*$|\b(?:foot|feet|ft|inch|inches)\b[-\s\d]*(?:tall\b)?,?\s*$/i;
/** Whether the text before a figure says the figure is a weight. */
export const weighedBefore = (before: string): boolean => WEIGHED.test(before);
const TIME_UNITS: Record<string, number> = {
  second: 1,
  seconds: 1,
  minute: 60,
  minutes: 60,
  hour: 3600,
  hours: 3600,
  day: 86400,
  days: 86400,
  week: 604800,
  weeks: 604800,
  month: 2629800,
  months: 2629800,
  year: 31557600,
  years: 31557600,
};
/** Words after "200m" that make it a length: a word of place or of size ("down a gully", "from a ridge", "60m high"). */
const LENGTH_AFTER =
  /^\s+(?:high|deep|long|wide|tall|away|down|from|into|below|above|across|along|under|beneath|onto|through|underground|underwater|offshore|inland)\b/i;
const MONTHS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;

/** The words an amount can be written in ("twelve", "dozen"); "a" and "an" stand for one only before a unit of time. */
const NUMBER_WORDS = Object.keys(SMALL).filter((w) => w !== 'a' && w !== 'an');
const NUMBER_WORD = `(?:${NUMBER_WORDS.join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;
// (a point with a space after it inside a sentence is a decimal point of text tokenised by another tool: "a
// magnitude-6. 1 quake"; sentences never break there)
const NUM = String.raw`(?:\d{1,3}(?:,\s?\d{3}){1,${S.maxThousandsGroups}}(?:\.\d+)?(?!\d|,\d)|\d+\.\s\d+(?![\d.])|\d+(?:\.\d+)?)`;
// (a hyphen before the scale word too: "a $2.6-million deal", "$161-million", US and Canadian usage)
const SCALE_RE = String.raw`(?:(?:\s?|(?<=\d)-)(?:hundred|thousand|million|billion|trillion|bn|mn|tn)\b|(?<=\d)(?:m|k)\b)?`;
// ("a hundred", "a thousand", "a million": the article is the one of the scale word)
// ("half a billion", "a quarter of a million", "three-quarters of a million": a share of the scale word)
const SCALE_SHARE = String.raw`(?:half|(?:a|one|three)[\s-]quarters?\s+of|(?:a|one|two)[\s-]thirds?\s+of)\s+an?(?=\s(?:thousand|million|billion|trillion)\b)`;
// ("just over a metre", "by nearly a mile": the article is one of the unit, read only after a qualifier or "by")
const ARTICLE_UNIT = String.raw`an?(?=\s(?:metres?|meters?|kilometres?|kilometers?|miles?)\b)`;
const AMOUNT = String.raw`(?:[$€£¥₽₴]\s?)?(?:${NUM}|${SCALE_SHARE}|${NUMBER_WORD}|an?(?=\s(?:hundred|thousand|million|billion)\b)|${ARTICLE_UNIT})${SCALE_RE}`;
const ARTICLE_UNIT_RE = new RegExp(`^${ARTICLE_UNIT}`, 'i');
/** A qualifier right before an amount ("nearly 300", "at least 12"). */
const QUALIFIERS =
  'approximately|about|around|roughly|some|an estimated|estimated|circa|approx\\.?|nearly|almost|close to|just under|just over|up to|as many as|as much as|at least|no fewer than|no less than|more than|over|upwards of|in excess of|fewer than|less than|under|at most|no more than|exactly|precisely';
const QUALIFIER_RE = new RegExp(`\\b(${QUALIFIERS})\\s+$`, 'i');
const QUALIFIER_A_RE = new RegExp(`\\b(${QUALIFIERS})\\s+an?\\s+$`, 'i');
/** Shares said as fractions: "seven in ten voters", "one out of every five", "fewer than half of the workers",
 * "two-thirds of", "a quarter of": a percentage of what follows. */
// (fifths and tenths with their numerator: "a fifth", "two-fifths", "three tenths"; a half that is a part of a
// period, "the first half of the year", "the latter half of the season", is no share)
const FRACTION_PHRASE = String.raw`half|(?:a|one|two)[\s-]thirds?|(?:a|one|three)[\s-]quarters?|(?:a|one|two|three|four)[\s-]fifths?|(?:a|one|two|three|seven|nine)[\s-]tenths?`;
const FRACTION_RE = new RegExp(
  String.raw`\b(?:(${QUALIFIERS})\s+)?(?:(${NUM}|${NUMBER_WORD})\s+(?:in|out\s+of)\s+(?:every\s+)?(${NUM}|${NUMBER_WORD})\b|(?<!\b(?:first|second|latter|former)[\s-])(${FRACTION_PHRASE})(?=\s+(?:of\s+)?(?:the|its|their|all|[\p{L}]+['’]s)\s))`,
  'giu',
);
/** A change by a fraction ("sales fell by a fifth", "cut the price by half", "rose by two-thirds in May"): the same
 * change as "by 20%", "by 50%". Not a fraction that goes on a noun ("by a third party", "by half a point"). */
const BY_FRACTION_RE = new RegExp(
  String.raw`(?<=\bby\s+)(?:(${QUALIFIERS})\s+)?(${FRACTION_PHRASE})(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|at|since|from|to|over|after|before|during|compared|year|month|week|while|and|but|as|last|this|between|against|amid|following|when)\b)`,
  'giu',
);
/** The share a fraction phrase says ("two-fifths": 0.4; "thirds" alone after "two", "quarters" after "three"). */
function fractionShare(phrase: string): number {
  const words = phrase.toLowerCase().split(/[\s-]/);
  const word = words[words.length - 1]!;
  if (word === 'half') return 1 / 2;
  const denominator = FRACTION_DENOMINATORS[word.replace(/s$/, '')]!;
  const numerator = words.length > 1 ? (SMALL[words[0]!] ?? 1) : 1;
  return numerator / denominator;
}
const FRACTION_DENOMINATORS: Record<string, number> = { third: 3, quarter: 4, fifth: 5, tenth: 10 };

const VAGUE_RE = new RegExp(
  String.raw`\b(${Object.keys(S.vague)
    .sort((a, b) => b.length - a.length)
    .join('|')})\b(?:\s+of)?`,
  'gi',
);

function parseAmount(s: string): { value: number; unit: string | null } | null {
  let t = s.trim().toLowerCase();
  let unit: string | null = null;
  const cur = /^([$€£¥₽₴])\s?/.exec(t);
  if (cur) {
    unit = CURRENCY[cur[1]!]!;
    t = t.slice(cur[0].length);
  }
  let scale = 1;
  const sc = /(?:\s?|(?<=\d)-)(hundred|thousand|million|billion|trillion|bn|mn|tn|m|k)$/.exec(t);
  if (sc && t.length > sc[0].length) {
    scale = SCALE[sc[1]!]!;
    t = t.slice(0, -sc[0].length).trim();
  }
  let value: number;
  if (/^\d+\.\s\d+$/.test(t)) t = t.replace(/\s/, '');
  // a thousands separator with a space after it ("120, 000", text tokenised by another tool): NUM matches it
  if (/^\d{1,3}(?:,\s\d{3})+(?:\.\d+)?$/.test(t)) t = t.replace(/,\s/g, ',');
  const share = /^(.+?)(?:\s+of)?\s+an?$/.exec(t);
  if (/^[\d.,]+$/.test(t)) value = Number(t.replace(/,/g, ''));
  else if (share && /^(?:half|\w+[\s-](?:thirds?|quarters?))$/.test(share[1]!))
    value = S.scaleShare ? fractionShare(share[1]!) : 1;
  else {
    const parts = t.split(/[- ]/);
    value = parts.reduce((acc, p) => acc + (SMALL[p] ?? NaN), 0);
  }
  if (!Number.isFinite(value)) return null;
  return { value: value * scale, unit };
}

/**
 * "$80 million", "22 billion euros": an exact figure in millions or more is a round figure, standing for what rounds
 * to it (to the place of its last non-zero digit: "80 million" for 75–85 million, "22.4 billion" for 22.35–22.45),
 * but never more than `roundShare` of it either way. "Nearly $80 million" qualifies that round figure: it reaches up
 * to what rounds to 80 million, not only to 80 million exactly ("nearly $80 million" and "$82 million" are one deal
 * rounded two ways).
 */
const SHARE_FIGURE_RE = new RegExp(String.raw`^${SCALE_SHARE}\s(?:million|billion|trillion)$`, 'i');
function roundFigure(
  [low, high, qualifier]: [number, number, Quantity['qualifier']],
  raw: string,
  qualifierWords = '',
): [number, number, Quantity['qualifier']] {
  const nearly = NEARLY_RE.test(qualifierWords);
  if (!(qualifier === 'exact' && low === high) && !nearly) return [low, high, qualifier];
  // a share of a scale word ("half a billion") is as round as a figure can be: it stands for what rounds to it
  if (S.scaleShare && SHARE_FIGURE_RE.test(raw.trim())) {
    const tol = Math.abs(high) * S.roundShare;
    return nearly ? [low, high + tol, qualifier] : [low - tol, high + tol, qualifier];
  }
  const m = /^[$€£¥₽₴]?\s?(\d+(?:\.\d+)?)(?:\s?|-)(million|billion|trillion|bn|mn|tn)$/i.exec(raw.trim());
  if (!m) return [low, high, qualifier];
  const digits = m[1]!;
  const scale = high / Number(digits);
  const decimals = digits.split('.')[1]?.length ?? 0;
  const trailingZeros = decimals ? 0 : /0*$/.exec(digits)![0].length;
  const place = decimals ? 10 ** -decimals : 10 ** trailingZeros;
  const tol = Math.min((place / 2) * scale, Math.abs(high) * S.roundShare);
  return nearly ? [low, high + tol, qualifier] : [low - tol, high + tol, qualifier];
}

function spread([low, high, qualifier]: [number, number, Quantity['qualifier']]): Pick<
  Quantity,
  'low' | 'high' | 'value' | 'qualifier'
> {
  return { low, high, value: Number.isFinite(high) ? (low + high) / 2 : low, qualifier };
}

const NEARLY_RE = /^(nearly|almost|close to)/i;

function interval(value: number, qualifier: string): [number, number, Quantity['qualifier']] {
  const q = qualifier.toLowerCase();
  if (/^(approximately|about|around|roughly|some|an estimated|estimated|circa|approx)/.test(q))
    return [value * (1 - S.approximateMargin), value * (1 + S.approximateMargin), 'approximately'];
  if (NEARLY_RE.test(q)) return [value * (1 - S.nearlyMargin), value, 'approximately'];
  if (q === 'just under') return [value * (1 - S.justMargin), value, 'less-than'];
  if (q === 'just over') return [value, value * (1 + S.justMargin), 'more-than'];
  if (/^(up to|as many as|as much as|at most|no more than)/.test(q))
    return [value * S.upToLowShare, value, 'at-most'];
  if (/^(at least|no fewer than|no less than)/.test(q)) return [value, S.openUpper, 'at-least'];
  if (/^(more than|over|upwards of|in excess of)/.test(q)) return [value, S.openUpper, 'more-than'];
  if (/^(fewer than|less than|under)/.test(q)) return [0, value, 'less-than'];
  return [value, value, 'exact'];
}

/** A parent of a number: "a mother of 12", "the father of three", "grandmother of five" counts children. */
export const KIN_OF = /\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)\s+of\s+$/i;

/** Units of measure the conversion table leaves out (they are compared as they are written). */
const OTHER_UNITS = new Set(
  'yard|yards|inch|inches|pound|pounds|lb|lbs|ounce|ounces|oz|gallon|gallons|litre|litres|liter|liters|acre|acres|hectare|hectares|tonne'.split(
    '|',
  ),
);

/** A unit of measure, by its written form ("yards", "km", "kilometres"). */
const isUnitOfMeasure = (word: string): boolean => MEASURE[word] !== undefined || OTHER_UNITS.has(word);

/** Words that scale a figure ("35 million", "4.1 billion"). */
const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'mln', 'bn', 'm']);

/** A noun in the plural that is not one of the nouns only ever written in the plural ("sales", "arms", "news"). */
const pluralNoun = (t: Token): boolean =>
  /\p{Ll}s$/u.test(t.normal) && t.lemma.toLowerCase() !== t.normal && !PLURAL_ONLY.has(t.normal);

/** The counted noun after a number: skips adjectives and compounds, keeps the head noun. */
function countedAfter(
  tokens: Token[],
  from: number,
  sentenceEnd: number,
): { lemma: string; span: Span } | null {
  // a number joined by a hyphen to a noun counts that noun, whatever the compound qualifies ("an 86-yard touchdown
  // run" counts yards, "a 200-page report" pages, "a 15-member delegation" members)
  if (S.hyphenCompoundCounts) {
    const k = tokens.findIndex((t) => t.start >= from);
    const [dash, noun] = [tokens[k], tokens[k + 1]];
    if (
      dash?.text === '-' &&
      dash.start === from &&
      noun &&
      noun.start === dash.end &&
      noun.pos === 'NOUN' &&
      // (a unit of measure joined to its noun measures that noun: "a 600-kilometre orbit", read below)
      MEASURE[noun.text.toLowerCase()] === undefined &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(noun.text) &&
      noun.end <= sentenceEnd &&
      !(tokens[k + 2]?.text === '-' && tokens[k + 2]!.start === noun.end)
    )
      return { lemma: noun.lemma.toLowerCase(), span: { start: noun.start, end: noun.end } };
  }
  let head: Token | null = null;
  let first: Token | null = null;
  let prev: Token | null = null;
  for (const [k, t] of tokens.entries()) {
    const attached = prev && prev.text === '-' && prev.end === t.start;
    prev = t;
    if (t.start < from) continue;
    if (t.start >= sentenceEnd) break;
    if (t.pos === 'PUNCT' && /^["'”’“]$/.test(t.text) && !head && !first) continue;
    if (t.pos === 'PUNCT' && t.text !== '-') break;
    // a hyphen straight after a noun makes it a modifier ("long-range bombers"): keep looking
    // ("three bank workers-two women and a man", "4,051 yards-breaking the record": a dash before a number or a
    // verb opens an aside; the head stands)
    // ("game-winning drives" is a compound: a verb joined by the dash that goes on to a noun)
    const after = tokens[k + 1]?.pos ?? '';
    if (
      t.text === '-' &&
      head &&
      t.start === head.end &&
      (/^(NUM|DET)$/.test(after) || (after === 'VERB' && tokens[k + 2]?.pos !== 'NOUN'))
    )
      break;
    if (t.text === '-' && head && t.start === head.end) {
      head = null;
      first = null;
      continue;
    }
    // a plural after a scale word is what it counts, whatever the tagger calls it ("35 million larks", a currency it
    // does not know, tagged a verb)
    const scaled =
      S.scaledPlural &&
      !head &&
      !first &&
      t.pos === 'VERB' &&
      /^\p{Ll}+s$/u.test(t.text) &&
      SCALE_WORDS.has(tokens[k - 1]?.normal ?? '');
    if (scaled) {
      first = t;
      head = t;
      continue;
    }
    if (
      t.pos === 'ADP' ||
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.pos === 'CCONJ' ||
      t.pos === 'SCONJ' ||
      t.pos === 'PRON' ||
      t.pos === 'DET'
    )
      break;
    if (t.pos === 'NUM' && head) break;
    if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) {
      // a "noun" straight after the head and before "their"/"the" is the verb, tagged wrong ("six in ten voters
      // cast their ballots")
      if (head && /^(DET|PRON)$/.test(tokens[k + 1]?.pos ?? '')) break;
      // a unit of measure is what the number counts, whatever noun comes after it ("226 yards rushing", "40 metres
      // deep"): the noun after it says what was measured
      if (S.unitIsHead && head && !attached && isUnitOfMeasure(head.normal)) break;
      // a plural noun before a singular one is the head, not a modifier ("cut the lead to 3 points midway through",
      // "two prison guards today", "six teenagers standing by the road": a word the tagger takes for a noun that goes
      // on to something else); a compound counted in the plural ends in the plural ("nine rules violations", "three
      // bank workers"), and nouns only written in the plural modify as they are ("two sales staff")
      if (S.pluralHead && head && !attached && pluralNoun(head) && !pluralNoun(t)) break;
      if (attached) {
        // "long-range": a hyphenated modifier, not the head
        head = null;
        first = null;
        continue;
      }
      first ??= t;
      head = t;
      continue;
    }
    if (head) break;
    if (t.pos === 'ADJ' || t.pos === 'PROPN' || t.text === '-' || t.pos === 'NUM') continue;
    break;
  }
  if (!head || !first || !/^\p{L}[\p{L}-]+$/u.test(head.lemma)) return null;
  return { lemma: head.lemma.toLowerCase(), span: { start: first.start, end: head.end } };
}

function distributionOf(
  after: string,
  before: string,
): { distribution: Quantity['distribution']; parties: number | null } {
  const a = after
    .slice(0, 60)
    .toLowerCase()
    .replace(/^[\s"'”’)]+/, ' ');
  const b = before.slice(-40).toLowerCase();
  if (
    /^\s*(?:\w+\s+){0,3}?(?:from|on|for|per|to)\s+(?:each|every|either)\b/.test(a) ||
    /^\s*(?:\w+\s+){0,2}?(?:each|apiece|per side|per country|a side)\b/.test(a)
  )
    return { distribution: 'each', parties: /both|two/.test(a + b) ? 2 : null };
  if (/\b(?:each|every)\s+(?:side|country|party|nation)\s+(?:\w+\s+){0,3}$/.test(b))
    return { distribution: 'each', parties: null };
  if (
    /^\s*(?:\w+\s+){0,3}?(?:in total|in all|combined|altogether|overall)\b/.test(a) ||
    /\b(?:a total of|total of|in total|combined)\s+$/.test(b)
  )
    return { distribution: 'total', parties: null };
  if (
    /\b(?:both|the two)\s+(?:sides|countries|parties|nations)\b/.test(a.slice(0, 60)) ||
    /\bboth sides\b/.test(b)
  )
    return { distribution: 'unspecified', parties: 2 };
  return { distribution: 'unspecified', parties: null };
}

/** After "N times" (or "twice"): a multiple ("the size", "as many", "more", "higher") or a rate ("a week", "per
 * day"), not how often an act happened. */
const MULTIPLE_OR_RATE =
  /^\s+times\s+(?:as|more|less|fewer|the|that|its|their|his|her|higher|larger|bigger|greater|faster|smaller|lower|over|a|an|per|each|every|daily|weekly|monthly|yearly|annually)\b/i;
const TWICE_RE = /\b(?:twice|thrice)\b/gi;
const XFORX_RE = new RegExp(String.raw`(?<![\d.,])(${AMOUNT})\s?(?:-|\s)for(?:-|\s)\s?(${AMOUNT})`, 'gi');
const RANGE_RE = new RegExp(
  String.raw`\b(?:between\s+(${AMOUNT})\s+and\s+(${AMOUNT})|from\s+(${AMOUNT})\s+to\s+(${AMOUNT})|(${AMOUNT})\s?(?:-|–|to|or)\s?(${AMOUNT}))\b`,
  'gi',
);
const SINGLE_RE = new RegExp(
  String.raw`(?<![\p{L}\d.,/-])(${AMOUNT})(?!(?!(?:km|kg|ft|mph|kph)(?![\p{L}]))[\d\p{L}]|-(?:year|day|week|month|hour|minute|old)|\.\d)`,
  'giu',
);
/**
 * What every amount and fraction above holds somewhere in its match: a digit, a number word, or a fraction word (as
 * a bare substring, case-folded at least as widely as the patterns themselves). A sentence without one has no amount,
 * range or share to find, and those patterns need not run over it; the "N for N" pattern also needs its "for".
 */
const AMOUNT_HINT = new RegExp(
  String.raw`\d|${NUMBER_WORDS.join('|')}|half|third|quarter|fifth|tenth|hundred|thousand|million|billion`,
  'iu',
);
const XFORX_HINT = /[-\s]for[-\s]/i;

/** A share of [start, end) as a percentage quantity (what it counts and its distribution left to the caller). */
function shareQuantity(text: string, start: number, end: number, share: number, q: string, width: number) {
  const value = Math.round(share * 1000) / 10;
  const [low, high, qualifier] = shareInterval(value, q, width);
  return { start, end, text: text.slice(start, end), low, high, value, qualifier, unit: '%' };
}

/** The interval of a share said with a qualifier (`q`, "" for none) as a percentage: "nearly"/"almost" a share is
 * just under it (by `width` points at most), a bare share is the written value give or take `width` points. */
function shareInterval(value: number, q: string, width: number) {
  return /^(?:nearly|almost|close to|just under)$/i.test(q)
    ? ([value - width, value, 'approximately'] as const)
    : q
      ? interval(value, q)
      : ([Math.max(0, value - width), Math.min(100, value + width), 'approximately'] as const);
}

/** Finds the quantities in the given sentences of `text` (offsets into `text`). */
export function findQuantities(text: string, sentences: Span[]): Quantity[] {
  const out: Quantity[] = [];
  for (const s of sentences) {
    // plain spans carry no tokens: tokenise the sentence here so counted nouns are still found
    const tokens =
      (s as Partial<Sentence>).tokens ?? shiftTokens(tokenize(text.slice(s.start, s.end)).tokens, s.start);
    const st = text.slice(s.start, s.end);
    const amounts = AMOUNT_HINT.test(st);
    const scan = (re: RegExp, hint = amounts) => (hint ? matchesOf(re, st) : []);
    const found: Quantity[] = [];
    // "N for N" / "N-for-N": N per party, two parties
    const taken: Span[] = [];
    for (const m of scan(XFORX_RE, amounts && XFORX_HINT.test(st))) {
      const a = parseAmount(m[1]!);
      const b = parseAmount(m[2]!);
      if (!a || !b || a.value !== b.value) continue;
      const start = s.start + m.index!;
      const end = start + m[0].length;
      const counted = countedAfter(tokens, end, s.end);
      found.push({
        start,
        end,
        text: text.slice(start, end),
        low: a.value,
        high: a.value,
        value: a.value,
        qualifier: 'exact',
        unit: a.unit,
        counted: counted?.lemma ?? null,
        countedSpan: counted?.span ?? null,
        distribution: 'each',
        parties: 2,
      });
      taken.push({ start, end });
    }
    // ranges: "between 20 and 30", "from 18 to 25", "20-30", "two or three"
    for (const m of scan(RANGE_RE)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const a = parseAmount(m[1] ?? m[3] ?? m[5]!);
      const b = parseAmount(m[2] ?? m[4] ?? m[6]!);
      if (!a || !b || b.value <= a.value) continue;
      const after = text.slice(end, s.end);
      if (RANGE_NOT_COUNT.test(after) || MONTHS.test(after.trim().split(/\s/)[0] ?? '')) continue;
      const counted = countedAfter(tokens, end, s.end);
      if (counted && TIME_UNITS[counted.lemma] !== undefined) continue;
      found.push({
        start,
        end,
        text: text.slice(start, end),
        low: a.value,
        high: b.value,
        value: (a.value + b.value) / 2,
        qualifier: 'range',
        unit: a.unit ?? b.unit,
        counted: counted?.lemma ?? null,
        countedSpan: counted?.span ?? null,
        ...distributionOf(after, text.slice(s.start, start)),
      });
      taken.push({ start, end });
    }
    // shares said as fractions, read before the plain amounts inside them ("seven in ten voters" is 70% of the
    // voters, not ten voters); a round fraction is as precise as its denominator ("seven in ten": 65-75%)
    for (const m of scan(FRACTION_RE)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      let share: number;
      let step: number;
      if (m[2]) {
        const a = parseAmount(m[2]);
        const b = parseAmount(m[3]!);
        if (!a || !b || a.unit || b.unit || b.value <= a.value || b.value > 1000) continue;
        share = a.value / b.value;
        step = Math.min(1 / b.value, 0.1);
      } else {
        share = fractionShare(m[4]!);
        step = 0.1;
      }
      const counted = countedAfter(tokens, end, s.end);
      const after = text.slice(end, s.end);
      const of = /^\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+|[\p{L}]+['’]s\s+)?([\p{L}-]+)/u.exec(after);
      if (!counted && !of) continue;
      // ("nearly six in ten" is just under six tenths, 55-60%, not the 15% below a figure that "nearly" allows)
      found.push({
        ...shareQuantity(text, start, end, share, m[1] ?? '', step * 50),
        counted: counted?.lemma ?? of![1]!.toLowerCase(),
        countedSpan: counted?.span ?? null,
        ...distributionOf(after, text.slice(s.start, start)),
      });
      taken.push({ start, end });
    }
    // a change by a fraction ("fell by a fifth"): a percentage, what it counts unsaid
    for (const m of scan(BY_FRACTION_RE)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      found.push({
        ...shareQuantity(text, start, end, fractionShare(m[2]!), m[1] ?? '', 5),
        counted: null,
        countedSpan: null,
        ...distributionOf(text.slice(end, s.end), text.slice(s.start, start)),
      });
      taken.push({ start, end });
    }
    // single amounts, with their qualifier
    for (const m of scan(SINGLE_RE)) {
      let start = s.start + m.index!;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const raw = m[1]!;
      if (
        /^(a|an)$/i.test(raw.trim()) &&
        !(
          S.articleUnit &&
          ARTICLE_UNIT_RE.test(text.slice(start, s.end)) &&
          (QUALIFIER_RE.test(text.slice(s.start, start)) || /\bby\s+$/i.test(text.slice(s.start, start)))
        )
      )
        continue;
      // labels and ranks are not amounts: "magnitude 6", "#1 seed", "No. 5", "the 3400 block of"
      if (
        /(?:magnitude|level|category|grade|number|no\.|#|room|flight|route|highway|interstate|page|chapter|article|section|version)\s*$/i.test(
          text.slice(s.start, start),
        )
      )
        continue;
      if (/^\s+block\s+of\b/i.test(text.slice(end, s.end))) continue;
      // a number that goes on a name ("AK 47 guns", "Apollo 11", "Boeing 747") designates, it does not count (the
      // word before is a proper noun inside the sentence, not a month: "March 12 people …")
      const nameBefore = tokens.findLast((t) => t.end <= start);
      if (
        nameBefore &&
        nameBefore.pos === 'PROPN' &&
        nameBefore.start > s.start &&
        /^\s+$/.test(text.slice(nameBefore.end, start)) &&
        /^\d+$/.test(raw) &&
        !MONTHS.test(nameBefore.text)
      )
        continue;
      // scores and codes: "88-72", "9-1-1", "20-13 lead"
      if (
        /^-\d/.test(text.slice(end, end + 2)) ||
        /\d-$/.test(text.slice(Math.max(s.start, start - 2), start))
      )
        continue;
      // citation marks [1][2] are not amounts
      if (/\[\s*$/.test(text.slice(s.start, start)) && /^\s*\]/.test(text.slice(end, s.end))) continue;
      const before = text.slice(s.start, start);
      const after = text.slice(end, s.end);
      // "fell about 200m down a gully", "a ridge 60m high": a figure with "m" and no currency is a length where
      // a word of place or size follows it ("£200m", "5m people" stay millions)
      const metres = /\dm$/.test(raw) && !/^[$€£¥₽₴]/.test(raw) && LENGTH_AFTER.test(after);
      const amount = parseAmount(metres ? raw.slice(0, -1) : raw);
      if (!amount) continue;
      // dates, times, ordinals, ages and years are not counts
      const prevWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1] ?? '';
      const nextWord = /^\s*([\p{L}]+)/u.exec(after)?.[1] ?? '';
      if (MONTHS.test(prevWord) || MONTHS.test(nextWord)) continue;
      // (a clock time as some wire copy prints it, "3 p. m."; the minutes of "3:10 p. m.")
      if (/^(st|nd|rd|th)\b/.test(after) || CLOCK_AFTER.test(after) || /\d:$/.test(before)) continue;
      if (/^\s*(?:years?\s+old|-year-old)/i.test(after) || /\baged?\s*$/i.test(before)) continue;
      // nor is a height in feet and inches ("the 6-foot-9 senior"), which is said of a person as an age is
      if (/^-(?:foot|feet)-\d{1,2}\b/i.test(after) || /\d-(?:foot|feet)-$/i.test(before)) continue;
      // ("one" is a figure only before "of"/"in", "one in five": elsewhere it is as often a determiner or a pronoun,
      // "one thing", "one said". Read as a count before a person, "one person has died", it found marovia's one death
      // against "at least two", but on held-out ECB+ it set "shot to death one person" against "shooting three
      // people, killing one" (a figure given to the wrong verb): left until the verb of a figure is read better)
      // (a bare "a" or "an" reaches here only as one of a unit, "just over a metre": the test at the top keeps the rest
      // out)
      if (/^one$/i.test(raw) && !/^\s+(?:of|in)\b/.test(after)) continue;
      const counted = countedAfter(tokens, end, s.end);
      // a year is a year alone, or between an article and a singular noun it dates ("the 2005 film", "the 2006
      // HBO movie"; "the 2000 residents" counts them)
      const yearLike =
        /^\d{4}$/.test(raw) && amount.value >= S.yearRange[0] && amount.value <= S.yearRange[1];
      const isYear =
        yearLike &&
        (!counted ||
          (/\b(?:the|a|an|this|that|his|her|its|their)\s+$/i.test(before) &&
            !/s$/i.test(text.slice(counted.span.start, counted.span.end))));
      if (isYear) continue;
      if (counted && TIME_UNITS[counted.lemma] !== undefined) continue;
      if (/^\d+:\d/.test(text.slice(start, start + 5))) continue;
      // "married three times": how often the act happened (counted as `times`); "three times the size", "three
      // times as many", "three times a week" are a multiple and a rate, no count
      let countedLemma = counted?.lemma ?? null;
      // "a mother of 12", "the father of three": a parent's children, counted
      // (whatever word follows the parent's name: "Mother of 13 Zurana Horton shot")
      const kin = KIN_OF.test(before) && (!counted || /\S/.test(text.slice(end, counted.span.start)));
      if (kin) countedLemma = 'child';
      if (countedLemma === 'time' && /^\s+times\b/i.test(after)) {
        if (MULTIPLE_OR_RATE.test(after)) continue;
        countedLemma = 'times';
      }
      let unit = amount.unit;
      let value = amount.value;
      const measure =
        // "550 km", "15km", and joined to what it measures: "a 600-kilometre orbit"
        /^(?:\s|-(?!%))?(%|per cent|percent|(?:square|sq)[\s-](?:kilomet(?:er|re)s?|km|miles?|mi)|km2|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|ft|kg|kilograms|tons|tonnes)\b(?!\/|\s+(?:per|an?)\s+(?:hour|minute|second)\b)/i.exec(
          after,
        ) ?? /^%/.exec(after);
      // a speed is its own unit: "gusts of 70km/h", "60 miles an hour", "40 mph"
      const speed =
        /^(?:\s|-)?(km|kilomet(?:er|re)s?|miles?|mph|kph)(?:\s*\/\s*h\b|\s+(?:per|an?)\s+hour\b|(?<=ph))/i.exec(
          after,
        );
      if (metres) unit = 'm';
      else if (speed) {
        unit = 'km/h';
        value *= /^(?:mile|mph)/i.test(speed[1]!) ? 1.609344 : 1;
      } else if (measure) {
        const [u, factor] = MEASURE[measure[1]?.toLowerCase().replace('-', ' ') ?? '%'] ?? ['%', 1];
        unit = u;
        value *= factor;
      } else if (
        // "lbs" is a weight; so are "pounds" said of what something weighs ("weighing 130 pounds") or beside a
        // height ("5-foot-8, 135 pounds"): money is not weighed, nor given with a person's height
        /^\s?lbs?\b\.?/i.test(after) ||
        (/^\s?pounds\b/i.test(after) && weighedBefore(before))
      ) {
        unit = 'kg';
        value *= POUND_KG;
      }
      // the unit is what is measured in, not what is counted: "200ft from a ridge" and "60m from a ridge" count
      // the same thing, a length (a noun after the unit still is: "a 600-kilometre orbit"); nor is its word a noun
      // of the fact ("kilometres" / "miles")
      let unitWord = false;
      if (
        (measure || speed) &&
        counted &&
        countedLemma === counted.lemma &&
        counted.span.start < end + (measure ?? speed)![0].length
      ) {
        countedLemma = null;
        unitWord = true;
      }
      if (unit === '%') {
        const of = /^\s?(?:%|per cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?([\p{L}-]+)/iu.exec(after);
        found.push({
          start,
          end,
          text: text.slice(start, end),
          ...spread(interval(value, QUALIFIER_RE.exec(before)?.[1] ?? '')),
          unit,
          counted: of ? of[1]!.toLowerCase() : null,
          countedSpan: null,
          ...distributionOf(after, before),
        });
        continue;
      }
      const curWord =
        unit === 'kg'
          ? null
          : /^\s?(?:US\s+|U\.S\.\s+)?(dollars?|euros?|pounds|rubles|roubles|hryvnias|yuan|yen|rupees)\b/i.exec(
              after,
            );
      if (curWord) unit = CURRENCY[curWord[1]!.toLowerCase()] ?? unit;
      // ("more than a dozen", "about a hundred": the article between the qualifier and a number word)
      const q = QUALIFIER_RE.exec(before) ?? (/^\p{L}/u.test(raw) ? QUALIFIER_A_RE.exec(before) : null);
      if (q) start -= q[0].length;
      const [low, high, kind] = roundFigure(interval(value, q?.[1] ?? ''), raw, q?.[1]);
      found.push({
        start,
        end,
        text: text.slice(start, end),
        low,
        high,
        value,
        qualifier: kind,
        unit,
        counted: countedLemma,
        countedSpan: kin || unitWord ? null : (counted?.span ?? null),
        ...distributionOf(after, before),
      });
    }
    // "twice", "thrice": how often the act happened, as "two times" is
    for (const m of matchesOf(TWICE_RE, st)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      if (MULTIPLE_OR_RATE.test(' times' + text.slice(end, s.end))) continue;
      const value = m[0].toLowerCase() === 'twice' ? 2 : 3;
      found.push({
        start,
        end,
        text: text.slice(start, end),
        low: value,
        high: value,
        value,
        qualifier: 'exact',
        unit: null,
        counted: 'times',
        countedSpan: null,
        distribution: 'unspecified',
        parties: null,
      });
    }
    // vague amounts: "dozens of", "hundreds of"
    for (const m of matchesOf(VAGUE_RE, st)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (
        taken.some((t) => start < t.end && end > t.start) ||
        found.some((f) => start < f.end && end > f.start)
      )
        continue;
      const key = m[1]!.toLowerCase();
      // "no matter how many people he killed", "how many were hurt": a question, not an amount
      if (/\bhow\s+$/i.test(text.slice(Math.max(s.start, start - 5), start))) continue;
      const [low, high] = S.vague[key]!;
      // "several of the island's largest lenders": the part counts what its whole counts
      const partitive = /^\s*(?:the|its|their|his|her|these|those|our)\s+(?:[\p{L}-]+['’]s\s+)?/iu.exec(
        text.slice(end, s.end),
      );
      const counted = countedAfter(
        tokens,
        end + (/\bof$/i.test(m[0]) && partitive ? partitive[0].length : 0),
        s.end,
      );
      if (!counted) continue;
      found.push({
        start,
        end: start + m[1]!.length,
        text: m[1]!,
        low,
        high,
        value: low,
        qualifier: 'vague',
        unit: null,
        counted: counted.lemma,
        countedSpan: counted.span,
        ...distributionOf(text.slice(end, s.end), text.slice(s.start, start)),
      });
    }
    // "an equal number of N": the counted noun of a sibling quantity in the same sentence
    for (const q of found)
      if (!q.counted) {
        const sibling = found.find((o) => o !== q && o.counted && o.unit === q.unit);
        if (
          sibling &&
          /\b(?:number|amount|total|figure|equal number)\s+of\s+$/i.test(text.slice(s.start, q.start))
        )
          q.counted = sibling.counted;
      }
    // "32 of the 61 seats", "four of the plane's six engines": the part counts what the whole counts
    for (const q of found)
      if (!q.counted && !q.unit) {
        const whole = found
          .filter((o) => o.start >= q.end && o.counted && !o.unit)
          .sort((a, b) => a.start - b.start)[0];
        if (whole && PART_OF_WHOLE.test(text.slice(q.end, whole.start))) q.counted = whole.counted;
      }
    // "never hit fewer than 26 homers", "not more than 40 people": a bound under a negation is the other bound
    for (const q of found) {
      if (q.qualifier !== 'less-than' && q.qualifier !== 'more-than') continue;
      if (!NEGATED_BOUND.test(text.slice(Math.max(s.start, q.start - 30), q.start))) continue;
      const bound = q.qualifier === 'less-than' ? q.high : q.low;
      Object.assign(
        q,
        q.qualifier === 'less-than'
          ? { low: bound, high: S.openUpper, value: bound, qualifier: 'at-least' }
          : { low: 0, high: bound, value: bound, qualifier: 'at-most' },
      );
    }
    out.push(...found.sort((a, b) => a.start - b.start));
  }
  return out;
}

/** A negation with at most two words between it and a bound ("never hit fewer than", "did not raise more than"). */
const NEGATED_BOUND = /\b(?:never|not|no)\s+(?:[\p{L}'’]+\s+){0,2}$|n['’]t\s+(?:[\p{L}'’]+\s+){0,2}$/iu;

/** What every duration above holds: its unit of time (as a bare substring, case-folded as the pattern is). */
const DURATION_HINT = /second|minute|hour|day|week|month|year/i;
const DURATION_RE = new RegExp(
  String.raw`\b(?:(approximately|about|around|roughly|nearly|almost|just over|just under|more than|over|less than|under|at least|up to)\s+)?(an?|${NUM}|${NUMBER_WORD})(?:[-\s]1\/2|½)?(?:\s+(?:or|to|-)\s+(${NUM}|${NUMBER_WORD}))?(?:\s+and\s+a\s+half)?[\s-](seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b(?:\s+and\s+a\s+half)?`,
  'gi',
);

/** A time in hours, minutes and seconds ("2:06:41"), after a word that makes it how long something took ("in 2:06:41",
 * "a time of 2:06:41", "clocked 2:06:41", "running 2:06:41"): a clock time is rarely given to the second in prose. */
const RACE_TIME_RE = /(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])/g;
const RACE_TIME_LEAD =
  /\b(?:in|of|time|timed|clocked|clocking|ran|run|running|finished|finishing|won|winning|record|mark|best)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:new|winning|course|personal|world|national|record|best|finishing)\s+)*(?:time\s+of\s+)?$/i;

/** Durations one after another in falling units ("2 hours 6 minutes 41 seconds", "one hour and 20 minutes") are one
 * duration, their sum. */
const unitOf = (x: Duration) => TIME_UNITS[/([a-z]+)$/i.exec(x.text)?.[1]?.toLowerCase() ?? ''] ?? 0;
function joinCompound(text: string, ds: Duration[]): Duration[] {
  const out: Duration[] = [];
  for (const d of ds) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, d.start) : '';
    if (
      prev &&
      /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+)$/.test(gap) &&
      prev.low === prev.high &&
      d.low === d.high &&
      unitOf(prev) > unitOf(d) &&
      unitOf(d) > 0
    ) {
      out[out.length - 1] = {
        start: prev.start,
        end: d.end,
        text: text.slice(prev.start, d.end),
        low: prev.low + d.low,
        high: prev.high + d.high,
      };
      continue;
    }
    out.push(d);
  }
  return out;
}

/** Finds durations ("approximately an hour", "just over an hour", "two or three days"). */
export function findDurations(text: string, sentences: Span[]): Duration[] {
  const out: Duration[] = [];
  for (const s of sentences) {
    const st = text.slice(s.start, s.end);
    if (S.raceTimes && st.includes(':'))
      for (const m of st.matchAll(RACE_TIME_RE)) {
        if (!RACE_TIME_LEAD.test(st.slice(Math.max(0, m.index - 40), m.index))) continue;
        const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
        const start = s.start + m.index;
        out.push({ start, end: start + m[0].length, text: m[0], low: seconds, high: seconds });
      }
    if (!DURATION_HINT.test(st)) continue;
    const found: Duration[] = [];
    for (const m of matchesOf(DURATION_RE, st)) {
      const start = s.start + m.index!;
      const after = text.slice(start + m[0].length, start + m[0].length + 12);
      if (/^\s*(ago|earlier|later|before|after|old)\b/i.test(after)) continue;
      const before = text.slice(Math.max(s.start, start - 20), start);
      // "41/2 months" (a "4½" that lost its sign): the number is a fraction's denominator, not the duration
      if (/\d\/$/.test(before)) continue;
      // "for the past three weeks" is how long, three weeks; "last three weeks" alone, "every two days" are not
      if (
        /\b(last|next|this|past|every|each|per)\s+$/i.test(before) &&
        !/\b(?:for|over|during)\s+the\s+(?:past|last)\s+$/i.test(before) &&
        !m[1]
      )
        continue;
      if (/^an?$/i.test(m[2]!) && /^second$/i.test(m[4]!)) continue;
      const unit = TIME_UNITS[m[4]!.toLowerCase()]!;
      const a = parseAmount(m[2]!.replace(/^an?$/i, 'one'));
      if (!a) continue;
      let base = a.value * unit;
      // "four and a half months", "a 4-1/2-month term", "4½ years": a half more
      if (/and\s+a\s+half|^[^/]*\d[-\s]1\/2|\d½/i.test(m[0])) base += unit / 2;
      const top = m[3] ? (parseAmount(m[3])?.value ?? a.value) * unit : base;
      const [low, high] = m[3] ? [base, top] : interval(base, m[1] ?? '');
      found.push({ start, end: start + m[0].length, text: m[0], low, high });
    }
    out.push(...(S.raceTimes ? joinCompound(text, found) : found));
  }
  return out.sort((a, b) => a.start - b.start);
}
