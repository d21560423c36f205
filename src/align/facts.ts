/**
 * Facts: what a clause states, slot by slot. A clause is read as predicates (by class: "injured",
 * "hurt" and "injuries" are one), their participants, and the values in their slots: a count or an
 * amount, a date, the person who did it, a yes/no, a list of names. Facts are aligned across outlets
 * by what they are about — the clause's concepts without the value itself — so that two different
 * values for the same slot meet, and two sentences that only share words do not.
 */
import type {
  AnnotatedDocument,
  EntityMention,
  Quantity,
  TimeExpression,
  Token,
} from '../model/annotations.js';
import { monthDaysIn } from '../nlp/times.js';
import { weighedBefore } from '../nlp/quantities.js';
import { lemmas, related } from '../nlp/meaning.js';
import { CARDINALS, PART_OF_WHOLE } from '../nlp/lexicon/numbers.js';
import {
  COMPASS_DEGREES,
  IRREALIS,
  MONTHS_IN_ORDER,
  PERIOD_NOUNS,
  POSSESSIVES,
  REPORTING_VERBS,
  STAT_NOUNS,
} from '../nlp/lexicon/words.js';
import type { Clause } from './clauses.js';
import { type DayTime, offsetOf, timesOfDay } from './clock.js';
import { classesOf, countClass, phraseClass } from './predicates.js';
import { isUnitWord } from './compare.js';
import { alignSettings as S } from '../settings/align.js';
import { quantSettings as QS } from '../settings/quant.js';

export type FactKind = 'number' | 'date' | 'entity' | 'polarity' | 'list';

export interface Fact {
  kind: FactKind;
  clause: Clause;
  /** What slot the value fills: the unit or counted thing of a number, the predicate class of a role. */
  slot: string;
  /** The value's own span (excluded from the fact's concepts). */
  start: number;
  end: number;
  /** Number and duration facts: the interval; dates: ISO day bounds. */
  quantity?: Quantity;
  interval?: [number, number];
  /** Number facts said as a margin between two sides ("led by 18 points", "10 points down", "won by three votes"). */
  margin?: boolean;
  /** Number facts said as a part of a whole ("32 of the 61 seats"): the whole's interval. */
  whole?: [number, number];
  dates?: { from: string; to: string };
  /** Date facts: the interval in minutes since 1970 (the whole day, or the time of day the report gives). */
  minutes?: [number, number];
  /** Date facts named by a bare weekday ("on Thursday"): which week is a guess, so the weeks before and after
   * are also possible readings. */
  weekdayOnly?: boolean;
  /** Date facts of a month-day whose year the report does not write ("on November 18"): the day is stated, the year
   * is not (a guess from the publication time, or a stand-in where there is none); compared by month and day. */
  yearless?: boolean;
  /** Date facts counted back from the report's own date ("two weeks ago"): no year is guessed. */
  countedBack?: boolean;
  /** The name the value is said of, when one stands just before it in the clause ("Charles rushed for 226
   * yards", "the Chiefs, who had 352 yards"). */
  subject?: EntityMention;
  /** Predicate facts: the nouns just after the predicate (what it acts on: "ordered the evacuation"). */
  object?: string[];
  /** Polarity facts: the names in what the predicate acts on ("grounded its other SJ-190 aircraft"). */
  objectNames?: string[];
  /** Entity facts: the agent; list facts: the set; polarity facts: negated or not. */
  agent?: EntityMention;
  members?: EntityMention[];
  negated?: boolean;
  /** A negation of the whole class ("no injuries", "nobody was hurt"), not of one participant. */
  blanket?: boolean;
  /** Predicate classes of the clause (the fact's predicate first when known). */
  predicates: string[];
  /** Classes of the predicate that governs the value: the nearest predicate word (verbs first). */
  head: string[];
  /** Classes of a verb of the lexicon standing right before the value ("shot three co-workers", "and killed two"):
   * the act the value is the object of, when the clause says it that plainly. */
  direct?: string[];
  /** Concept terms of the clause outside the value span: what the fact is about. */
  concepts: string[];
  /** Concepts of the few words around the value: what the value is a value of ("fee of €17.8m", "were evacuated"). */
  near: string[];
}

const GENERIC = new Set(
  'be|have|do|say|also|make|get|go|would|could|will|may|might|can|such|other|so-called|however|meanwhile|additionally|moreover|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|month|year|time|day|local|gmt|utc|p.m.|a.m.|pm|am|hour|hours|minute|minutes'.split(
    '|',
  ),
);

const inSpan = (x: { start: number; end: number }, a: number, b: number) => x.start >= a && x.end <= b;
const outside = (x: { start: number; end: number }, a: number, b: number) => x.end <= a || x.start >= b;

/** Classes read per token list (a clause's tokens, never changed once read): clause terms, facts and concepts ask alike. */
const classesCache = new WeakMap<Token[], string[][]>();

/** Predicate classes of each token of a clause (phrasal ones on their first word). Shared: not to be changed. */
export function tokenClasses(tokens: Token[]): string[][] {
  let out = classesCache.get(tokens);
  if (!out) classesCache.set(tokens, (out = readClasses(tokens)));
  return out;
}

/** A verb and the word right after it that together mean another thing than the verb's class. */
const OTHER_SENSE = new Map([
  ['run for', 'seek'],
  ['run against', 'seek'],
  ['run into', 'encounter'],
  ['deal with', 'handle'],
  // "run" before how something ends up is becoming, not leading: "the ceremony running short", "supplies ran low"
  ['run short', 'become'],
  ['run low', 'become'],
  ['run out', 'become'],
  ['run dry', 'become'],
  ['run late', 'become'],
  ['run over', 'become'],
  ['run high', 'become'],
  // "head" before where to is a motion, not leading ("rescuers headed to the region", "the ship is heading for port");
  // "led to" is a cause ("the storm led to flooding")
  ...['to', 'for', 'toward', 'towards', 'into', 'home', 'back', 'north', 'south', 'east', 'west'].map(
    (w): [string, string] => [`head ${w}`, 'move'],
  ),
  ['lead to', 'cause'],
  // "withdrew from the talks": leaving what one took part in, not a recall (and "pulled out of", below)
  ['withdraw from', 'pull_out'],
]);

/** Words before "care" that make it the name of a sector ("health care reform"), not an act of treating. */
const CARE_SECTORS = new Set([
  'health',
  'child',
  'day',
  'social',
  'elder',
  'aged',
  'primary',
  'foster',
  'residential',
]);
/** Words of flying: a clause with one of them that says "took off" tells of a take-off. */
const FLYING = new Set(
  'aircraft|plane|jet|airliner|flight|helicopter|airport|airfield|runway|pilot|airline|airlines|spacecraft|shuttle|capsule'.split(
    '|',
  ),
);
/** Nouns of when or how long: after "landed" they say when it came down, not what it got ("landed this morning",
 * "landed two hours late"); units of distance say where ("landed 200 metres short"). */
const LANDING_MEASURES = new Set([
  'hour',
  'minute',
  'second',
  'morning',
  'afternoon',
  'evening',
  'night',
  'noon',
  'midnight',
  'time',
  'moment',
  ...PERIOD_NOUNS,
]);
/** Words a noun phrase may open with before its noun, besides determiners, adjectives and figures. */
const BEFORE_NOUN = new Set(['of', ',', ...POSSESSIVES]);
/** The verb "land" at i has an object noun (past determiners, possessives, adjectives, figures and "of": "a long,
 * straight right", "28 of his 68 punches") that is not an aircraft nor a measure of time or distance. */
function landsAThing(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (
    k < tokens.length &&
    k <= i + 6 &&
    (/^(?:DET|ADJ|NUM|ADV)$/.test(tokens[k]!.pos) || BEFORE_NOUN.has(tokens[k]!.normal))
  )
    k++;
  const o = tokens[k];
  if (!o || o.pos !== 'NOUN') return false;
  const lemma = o.lemma.toLowerCase();
  return !FLYING.has(lemma) && !FLYING.has(o.normal) && !LANDING_MEASURES.has(lemma) && !isUnitWord(o.normal);
}
const HOLDING = new Set(['have', 'hold', 'own', 'possess', 'control']);
const OCCURRING = new Set(['occur', 'happen', 'unfold']);
const LIGHT = new Set(['make', 'take', 'give', 'have', 'do', 'get']);
const PARTICLES = new Set(['off', 'up', 'over', 'out', 'down', 'away', 'back', 'apart']);

function readClasses(tokens: Token[]): string[][] {
  return tokens.map((t, i) => {
    const ph = phraseClass(tokens, i);
    if (ph) return [ph];
    // "the coalition will have 30 of the 61 seats", "holds 32 seats", "owns 40%": a figure held; only before a
    // figure, since these verbs say other things elsewhere ("have been", "held talks", "on hold", "their own")
    if (HOLDING.has(t.lemma) && tokens[i + 1]?.pos === 'NUM') return ['hold'];
    // a light verb means its object: "made offers" is bidding, "took the decision" deciding, "gave a warning"
    if (LIGHT.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) {
      // a light verb with its particle is a verb of its own ("her career took off", "gave up", "made out"): not
      // the light verb's classes ("took 38% of the vote" is winning)
      // (but "took off" where the clause speaks of flying is a take-off: "the flight had taken off from Santa Brisa")
      if (
        t.lemma === 'take' &&
        tokens[i + 1]?.normal === 'off' &&
        tokens.some((x) => FLYING.has(x.lemma.toLowerCase()) || FLYING.has(x.normal))
      )
        return ['takeoff'];
      if (PARTICLES.has(tokens[i + 1]?.normal ?? '')) return [];
      let k = i + 1;
      while (k < tokens.length && k <= i + 3 && /^(?:DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k++;
      const o = tokens[k];
      // (the tagger reads "made offers" as two verbs: a plural right after the light verb is its object)
      const noun = o && (o.pos === 'NOUN' || (o.pos === 'VERB' && k === i + 1 && /s$/.test(o.normal)));
      const cls = noun ? classesOf(o.lemma.toLowerCase(), o.normal) : [];
      if (cls.length) return cls;
    }
    // "an island home to 120,000 people": the people living there, as "a population of 120,000" is
    if (
      t.normal === 'home' &&
      tokens[i + 1]?.normal === 'to' &&
      /^(?:NUM|ADV|ADJ)$/.test(tokens[i + 2]?.pos ?? '')
    )
      return ['populate'];
    if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return [];
    // "health care", "child care", "social care": a sector's name, not someone treated
    if (t.normal === 'care' && CARE_SECTORS.has(tokens[i - 1]?.normal ?? '')) return [];
    // "the shooting occurred", "the crash happened": a verb of occurring states its subject, the event
    if (t.pos === 'VERB' && OCCURRING.has(t.lemma.toLowerCase())) {
      const subject = tokens
        .slice(Math.max(0, i - 3), i)
        .reverse()
        .find((x) => x.pos === 'NOUN');
      return subject ? classesOf(subject.lemma.toLowerCase(), subject.normal) : [];
    }
    // "landed a punch", "landed a job", "landed 28 of 68 punches": "land" with a thing it lands that is not an aircraft
    // is getting that thing, not coming down to the ground ("the pilot landed the plane", "landed 20 minutes late",
    // "landed 200 metres short" still land)
    if (t.lemma === 'land' && t.pos === 'VERB' && landsAThing(tokens, i)) return [];
    const cls = classesOf(t.lemma.toLowerCase(), t.normal);
    // a verb with its particle that means another thing: "ran for president" seeks an office, "dealing with
    // directors" handles them, "ran into problems" met them
    const other =
      t.pos === 'VERB'
        ? OTHER_SENSE.get(`${t.lemma.toLowerCase()} ${tokens[i + 1]?.normal ?? ''}`)
        : undefined;
    if (other) return [other];
    // "pulled out of the negotiations" leaves them ("pulled out the bodies" takes something out)
    if (
      t.pos === 'VERB' &&
      t.lemma === 'pull' &&
      tokens[i + 1]?.normal === 'out' &&
      tokens[i + 2]?.normal === 'of'
    )
      return ['pull_out'];
    // "led" with no one led, before how long, when or by how much ("the Jaguars led for three quarters", "led 13-3 at
    // halftime", "led by 10 points") is being ahead in a contest, not leading a body
    // so is leading a field by a figure ("led all players with 23 points", "led Drake with 13 points") and being its
    // "leading scorer": first among others, not at the head of a body
    if (t.lemma.toLowerCase() === 'lead' && (t.pos === 'VERB' || t.pos === 'ADJ')) {
      const [n1, n2] = [tokens[i + 1], tokens[i + 2]];
      if (
        (t.pos === 'VERB' &&
          (n1?.pos === 'NUM' ||
            (n1 && /^(?:for|at|throughout)$/.test(n1.normal)) ||
            (n1?.normal === 'by' && n2?.pos === 'NUM'))) ||
        (n1?.normal !== 'by' &&
          tokens.slice(i + 1, i + 6).some((x, k, xs) => x.normal === 'with' && xs[k + 1]?.pos === 'NUM')) ||
        (n1?.pos === 'NOUN' &&
          /(?:scorer|rusher|passer|rebounder|receiver|tackler|goalscorer)s?$/.test(n1.normal))
      )
        return ['ahead'];
    }
    // one is never "left" from a post or a place: "were left empty-handed", "was left behind" (to leave is active)
    if (t.lemma.toLowerCase() === 'leave' && /^(?:left)$/.test(t.normal)) {
      let k = i - 1;
      while (k >= 0 && (tokens[k]!.pos === 'ADV' || NEGATORS.test(tokens[k]!.normal))) k--;
      if (
        /^(?:be|get)$/.test(tokens[k]?.lemma.toLowerCase() ?? '') ||
        /^(?:been|being)$/.test(tokens[k]?.normal ?? '')
      )
        return cls.filter((x) => x !== 'resign' && x !== 'leave');
    }
    // "cases linked to the cheese" trace a cause; "cables linking Italy and Egypt" connect two places
    if (t.lemma.toLowerCase() === 'link' && tokens[i + 1]?.normal !== 'to')
      return cls.filter((k) => k !== 'test');
    // "kept him out of prison for 30 years", "released from jail": the place left is no sentence served
    if (t.pos === 'NOUN' && cls.includes('sentence')) {
      const k = tokens[i - 1]?.pos === 'DET' ? i - 2 : i - 1;
      if (tokens[k]?.normal === 'from' || (tokens[k]?.normal === 'of' && tokens[k - 1]?.normal === 'out'))
        return cls.filter((x) => x !== 'sentence');
    }
    // leading is a verb's act ("led the team", "headed by"); as nouns these words are titles, body parts or
    // other things ("head coach", "the chair", "a 40-yard run", "a lead of two goals")
    return t.pos === 'VERB' ? cls : cls.filter((k) => k !== 'preside');
  });
}

/** Each token's concepts and the entities' concepts of a clause: what `conceptsOf` reads, whatever span it leaves out. */
interface ClauseConcepts {
  /** Per token: its predicate classes (`P:` terms) or its content lemma; empty when it says no concept. */
  tokens: string[][];
  /** Per entity mention of the clause: its `E:` term. */
  entities: string[];
}

/** Concepts read once per clause (a clause, its document's annotations and its tokens' classes never change once read):
 * every fact of the clause, and the story's document frequencies, ask alike. */
const conceptsCache = new WeakMap<Clause, ClauseConcepts>();

function clauseConcepts(c: Clause): ClauseConcepts {
  let out = conceptsCache.get(c);
  if (!out) conceptsCache.set(c, (out = readConcepts(c)));
  return out;
}

function readConcepts(c: Clause): ClauseConcepts {
  const doc = c.doc;
  const classes = tokenClasses(c.tokens);
  const valueSpans = [
    ...doc.quantities.filter((q) => inSpan(q, c.start, c.end)),
    ...doc.times.filter((t) => inSpan(t, c.start, c.end)),
    ...doc.durations.filter((t) => inSpan(t, c.start, c.end)),
  ];
  const tokens = c.tokens.map((t, i): string[] => {
    if (c.entities.some((e) => t.start >= e.start && t.end <= e.end)) return [];
    if (valueSpans.some((v) => t.start >= v.start && t.end <= v.end)) return [];
    if (!/\p{L}/u.test(t.text)) return [];
    const cls = classes[i]!;
    if (cls.length) return cls.map((k) => `P:${k}`);
    if (t.stop || GENERIC.has(t.lemma.toLowerCase()) || GENERIC.has(t.normal)) return [];
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'PROPN')
      return [t.lemma.toLowerCase()];
    return [];
  });
  return { tokens, entities: c.entities.map((e) => `E:${e.entityId ?? e.canonical.toLowerCase()}`) };
}

/** The concepts of a clause outside [a, b): predicate classes, content lemmas, entity ids. */
export function conceptsOf(c: Clause, a = -1, b = -1): string[] {
  const out: string[] = [];
  const read = clauseConcepts(c);
  c.tokens.forEach((t, i) => {
    if (outside(t, a, b)) for (const k of read.tokens[i]!) out.push(k);
  });
  c.entities.forEach((e, i) => {
    if (outside(e, a, b)) out.push(read.entities[i]!);
  });
  return out;
}

const NEGATORS = /^(not|n't|n’t|never|no|none|neither|nor|without)$/;
const REFUSALS = new Set(
  'refuse|refused|decline|declined|fail|failed|deny|denied|denies|reject|rejected|rule|ruled'.split('|'),
);

/** Is the predicate at token i negated: "not", "never", "no" before it, or "refused to / denied / ruled out" governing it? */
function negatedAt(tokens: Token[], i: number): boolean {
  const participle = (k: number) =>
    tokens[k]!.pos === 'VERB' && /(?:ed|en)$/.test(tokens[k]!.normal) && tokens[k - 1]?.pos === 'NOUN';
  // a negator on the verb itself, with only auxiliaries and adverbs between ("was not in court", "has not
  // conceded", "did not trigger"); "not expecting the toll to rise" negates the expecting; "not only" affirms
  // and "not immediately" only delays
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!;
    if (NEGATORS.test(t.normal))
      return !/^(only|immediately|just|necessarily)$/.test(tokens[k + 1]?.normal ?? '');
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && t.normal !== 'been' && t.normal !== 'be')
      break;
  }
  // "is believed to", "was said to", "are thought to": a verb of belief or report before the act's infinitive
  // passes the subject on ("No one is believed to be injured")
  const raising = (k: number) =>
    tokens[k]!.pos === 'VERB' &&
    /^(?:believe|think|say|report|know|understand|fear|presume|assume)$/.test(
      tokens[k]!.lemma.toLowerCase(),
    ) &&
    tokens[k + 1]?.normal === 'to';
  // a subject that is nobody: "none of the samples taken at its plant had tested positive", "neither side has
  // conceded"; the subject starts the clause or follows "that" or a verb of saying, and no other verb stands
  // between it and this one
  // (a participle after a noun qualifies it, "the samples taken at its plant": no subject of its own; another verb
  // ends the subject)
  // (a stretch between two dashes is an aside, "None of the other teams -- A, B and C -- has offered", and is passed
  // over: it neither ends the subject nor counts towards the reach)
  const dash = (k: number) => /^(?:--|—|–)$/.test(tokens[k]?.normal ?? '');
  const aside = new Set<number>();
  for (let k = i - 1, close = -1; k >= Math.max(0, i - 40); k--)
    if (dash(k)) {
      if (close < 0) close = k;
      else {
        for (let j = k; j <= close; j++) aside.add(j);
        close = -1;
      }
    }
  for (let k = i - 1, reach = 0; !participle(i) && k >= 0 && reach < 14; k--) {
    if (aside.has(k)) continue;
    reach++;
    const t = tokens[k]!;
    if (
      (t.pos === 'VERB' && !participle(k) && !raising(k) && !/^(?:have|be)$/.test(t.lemma)) ||
      (t.pos === 'PUNCT' && t.normal !== ',' && t.normal !== '-')
    )
      break;
    // ("no" opening the subject's phrase: "No dollar figures have been released", "no charges were filed")
    const noPhrase =
      t.normal === 'no' &&
      tokens
        .slice(k + 1, i)
        .every(
          (x, j) =>
            aside.has(k + 1 + j) ||
            /^(?:NOUN|ADJ|NUM|AUX|ADV|PART)$/.test(x.pos) ||
            /^(?:been|be|have|-)$/.test(x.normal) ||
            raising(k + 1 + j),
        );
    if (!/^(none|neither|nobody|nothing)$/.test(t.normal) && !noPhrase) continue;
    const before = tokens[k - 1];
    if (
      !before ||
      before.normal === 'that' ||
      SAYING.has(before.lemma) ||
      // a clause of its own after a conjunction or an adverb ("but no one was injured", "Luckily no-one has been hurt")
      /^(?:CCONJ|SCONJ|ADV)$/.test(before.pos) ||
      (before.pos === 'PUNCT' && before.normal !== ',') ||
      // (or after an adverb opening the clause and its comma: "Fortunately, nobody was hurt")
      (before.normal === ',' &&
        tokens[k - 2]?.pos === 'ADV' &&
        (k - 2 === 0 || /^(?:CCONJ|PUNCT)$/.test(tokens[k - 3]?.pos ?? '')))
    )
      return true;
    break;
  }
  // "refused to rule out", "denied that a clause had been activated", "ruled out grounding the fleet"
  for (let k = Math.max(0, i - 12); k < i; k++) {
    const t = tokens[k]!;
    if (!REFUSALS.has(t.normal) && !REFUSALS.has(t.lemma)) continue;
    // a refusal does not reach past "but", a dash or a semicolon: another verb's clause ("wouldn't comment -- while
    // not denying the story -- but confirmed on his Twitter feed that …" confirms)
    if (tokens.slice(k + 1, i).some((x) => /^(?:but|yet|[;–—]|--)$/.test(x.normal))) continue;
    if ((t.lemma === 'rule' || t.normal === 'ruled') && tokens[k + 1]?.normal !== 'out') continue;
    // past a few words, only a denial of a that-clause reaches the verb ("denied that a clause ... had been activated")
    if (i - k > 6 && !(/^den/.test(t.normal) && tokens[k + 1]?.normal === 'that')) continue;
    // "ruled out" is itself the predicate when it is the token asked about
    if (k + 1 === i && tokens[i]!.normal === 'out') continue;
    return true;
  }
  return false;
}

const PERSONISH = (e: EntityMention) => e.type === 'person';

/** Verbs whose that-clause is an act asked for, not one said to have happened: "recommended that he leave school",
 * "urged that the plant be closed", "Microsoft recommends that users apply the patch". */
const MANDATIVE = new Set('recommend|urge|demand|ask|request|propose|suggest|advise|require'.split('|'));

/** Is the verb at token i asserted as an act that did or did not happen? Not where it only says which ones are meant
 * (`describesNoun`), nor where it is asked for or aimed at (`askedFor`). */
export function unassertedAt(tokens: Token[], i: number): boolean {
  return describesNoun(tokens, i) || askedFor(tokens, i);
}

/** The verb at token i is in a relative clause that only says which ones are meant, with no comma before its "who",
 * "that", "which" or "where" ("customers that weren't even using Microsoft products", "customers who have applied the
 * update", "systems where the patch has been applied"): such a clause picks out a set, it states no act of anyone. (A
 * clause after a comma, "The man, who was not charged, …", is an assertion about the man; a that-clause with a subject
 * of its own after a noun, "reports that he had resigned", says what the reports say.) */
export function describesNoun(tokens: Token[], i: number): boolean {
  // the relative word right before the verb and its auxiliaries, adverbs and negation
  let k = i - 1;
  while (
    k >= 0 &&
    (/^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos) ||
      NEGATORS.test(tokens[k]!.normal) ||
      /^(?:been|be|\.{3}|…)$/.test(tokens[k]!.normal))
  )
    k--;
  const afterNoun = (j: number) => /^(?:NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '');
  if (tokens[k] && /^(?:that|who|which)$/.test(tokens[k]!.normal) && afterNoun(k)) return true;
  // "where" or "which" with the clause's own subject between ("systems where the patch has been applied")
  let j = k;
  while (j >= 0 && /^(?:NOUN|PROPN|DET|ADJ|NUM)$/.test(tokens[j]!.pos) && k - j < 5) j--;
  return j < k && !!tokens[j] && /^(?:where|which|whom)$/.test(tokens[j]!.normal) && afterNoun(j);
}

/** The verb at token i is an act asked for or aimed at, not one said to have happened: in a that-clause of a verb of
 * asking ("recommended to Ford that he leave school", "recommends that users apply the patch"), or the means of an
 * infinitive's aim ("need to regain credibility by making decisions"). */
export function askedFor(tokens: Token[], i: number): boolean {
  // a gerund after "by" that follows an infinitive is part of what the infinitive aims at
  if (tokens[i - 1]?.normal === 'by' && /ing$/.test(tokens[i]!.normal))
    for (let j = i - 2; j >= Math.max(0, i - 10); j--) {
      if (tokens[j]!.pos === 'PUNCT') break;
      if (tokens[j]!.normal === 'to' && tokens[j + 1]?.pos === 'VERB') return true;
    }
  // a that-clause of a verb of asking, within a few words, with no clause boundary between
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    const t = tokens[j]!;
    if (/^[;:]$/.test(t.normal)) break;
    if (t.pos === 'VERB' && MANDATIVE.has(t.lemma.toLowerCase())) {
      // "that" right after the verb, or after a phrase with a preposition and no verb ("recommended to Ford that",
      // "recommends in its advisory that"); not the "that" of a relative clause further on ("proposing to take actions
      // that might affect")
      const that = tokens.slice(j + 1, i).findIndex((x) => x.normal === 'that');
      if (that < 0) return false;
      const between = tokens.slice(j + 1, j + 1 + that);
      return (
        !between.length ||
        (between.length <= 5 &&
          (between[0]!.pos === 'ADP' || between[0]!.normal === 'to') &&
          // (a capitalised word the tagger calls a verb is a name: "recommended to Ford that")
          !between.some((x) => x.pos === 'VERB' && !/^\p{Lu}/u.test(x.text)))
      );
    }
  }
  return false;
}

/** A count of days or weeks back from the report's own date ("two weeks ago", "ten days ago", "a week ago"). */
const AGO_RE =
  /^(?:(?:about|around|roughly|some|approximately)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?)\s+ago$/i;
/** Words before such a count that make it a bound, not a rounded figure ("more than two weeks ago"). */
const APPROX_BOUND = /\b(?:more than|over|nearly|almost|less than|under|at least|just over|just under)\s*$/i;

/** The stand-in year of a month-day read without one (a leap year: "February 29" is a day). */
const YEARLESS = '2000';

/** A date fact that is a whole year ("in 1957", "the 2005 film"). */
export const wholeYear = (f: Fact): boolean =>
  f.kind === 'date' && /-01-01$/.test(f.dates!.from) && f.dates!.to === `${f.dates!.from.slice(0, 4)}-12-31`;

/** The lemmas of the words of a fact's clause that say its governing act (the tokens of its head classes). */
export function actWords(f: Fact): Set<string> {
  const classes = tokenClasses(f.clause.tokens);
  const out = new Set<string>();
  f.clause.tokens.forEach((t, i) => {
    if (classes[i]!.some((k) => f.head.includes(k)) || f.head.includes(`~${t.lemma.toLowerCase()}`))
      out.add(t.lemma.toLowerCase());
  });
  return out;
}

/** Two facts whose governing acts are said by one word on both sides ("disappeared" / "disappeared"; not "moved" /
 * "were taken", though both are of one class). */
export function sameActWord(a: Fact, b: Fact): boolean {
  const x = actWords(a);
  return [...actWords(b)].some((w) => x.has(w));
}

/** Makes `cls` the fact's governing act, named among the words around its value (so that two such facts pair as
 * strongly as two values next to their verb). */
function governBy(f: Fact, cls: string[]): void {
  f.head = cls;
  f.near = [...new Set([...cls.map((k) => `P:${k}`), ...f.near])];
}

/** What each part of `factsOf` reads of one clause, read once: the parts are functions of their own, each small
 * enough for the optimising compiler to compile in a moment (one function of them all took it seconds). */
interface ClauseReading {
  c: Clause;
  doc: AnnotatedDocument;
  text: string;
  classes: string[][];
  allPreds: string[];
  base: (kind: FactKind, slot: string, start: number, end: number, preds?: string[]) => Fact;
  /** The quantities and durations inside the clause. */
  qs: Quantity[];
  ds: AnnotatedDocument['durations'];
  offset: ReturnType<typeof offsetOf>;
  clockSpans: DayTime[];
  out: Fact[];
}

/** Reads a clause's facts. */
export function factsOf(c: Clause): Fact[] {
  const out: Fact[] = [];
  const doc: AnnotatedDocument = c.doc;
  const text = doc.doc.text;
  const classes = tokenClasses(c.tokens);
  const predicateSet = new Set<string>();
  for (const x of classes) for (const k of x) predicateSet.add(k);
  const allPreds = [...predicateSet];
  // "If it comes down to a contest, the player wins", "When a player is paid millions, he is in the driver's
  // seat": a condition or a generality states no event
  if (c.start - c.sentence.start < 3 && /^(?:if|unless|whenever|when)\b/i.test(c.sentence.text.trimStart()))
    return [];
  const base = (kind: FactKind, slot: string, start: number, end: number, preds = allPreds): Fact => ({
    kind,
    clause: c,
    slot,
    start,
    end,
    predicates: preds,
    head: headOf(c.tokens, classes, start, end),
    direct:
      directOf(c.tokens, classes, start) ??
      (kind === 'number' ? passiveOf(c.tokens, classes, end) : undefined),
    concepts: conceptsOf(c, start, end),
    near: nearOf(c, classes, start, end),
  });

  // numbers: amounts with a unit or a counted thing; durations ("six and a half years")
  const qs = doc.quantities.filter((q) => inSpan(q, c.start, c.end));
  const ds = doc.durations.filter((d) => inSpan(d, c.start, c.end));
  const offset = offsetOf(doc.doc.published);
  const clockSpans = timesOfDay(c.text, c.start, offset);
  const r: ClauseReading = { c, doc, text, classes, allPreds, base, qs, ds, offset, clockSpans, out };
  figureFacts(r);
  placedFacts(r);
  dateFacts(r);
  predicateFacts(r);

  // lists: two or more names of one kind joined by "and" / commas
  const list = clauseList(c);
  if (list) {
    const [a, b] = [list[0]!.start, list[list.length - 1]!.end];
    out.push({
      ...base('list', list[0]!.type === 'person' ? 'list:people' : 'list:things', a, b),
      members: list,
      // "X and Y were not affected" lists what did not happen
      negated: c.negated,
    });
  }
  return out;
}

/** Amounts with a unit or a counted thing; durations. */
function figureFacts(r: ClauseReading): void {
  const { c, text, classes, base, qs, ds, clockSpans, out } = r;
  for (const q of qs) {
    if (ds.some((d) => !outside(d, q.start, q.end))) continue;
    if (clockSpans.some((k) => !outside(k, q.start, q.end)) || q.counted === 'time') continue;
    // a number that is part of a name ("the MVX 40 index", "SEA-ME-WE 4", "the 76ers") counts nothing
    if (c.entities.some((e) => e.start <= q.start && e.end >= q.start + 1 && /\d/.test(e.text))) continue;
    // "a 9-magnitude quake", "a three-member panel", "a 48-hour strike": a number joined to a noun describes, it does not count
    // (a measure joined to its noun is still a value: "a 600-kilometre orbit" is 600 km)
    if (/^-\p{L}/u.test(text.slice(q.end, q.end + 2)) && !q.unit) continue;
    // "a 5.9 magnitude earthquake", "a magnitude-6.1 temblor", "5.6 on the Richter scale": a magnitude counts nothing
    // (the magnitude an agency gives is read below)
    if (
      /^\s?-?\s?magnitude\b|^\s+on\s+the\s+richter\b/i.test(text.slice(q.end, q.end + 20)) ||
      /\bmagnitude\s?-?\s?(?:of\s+)?(?:\d{1,2}\s?\.\s?)?$/i.test(
        text.slice(Math.max(c.start, q.start - 16), q.start),
      )
    )
      continue;
    // "30 of the 61 seats", "four of the plane's six engines": the second figure is the whole, not the value
    const prev = qs.filter((o) => o.end <= q.start).pop();
    if (prev && PART_OF_WHOLE.test(text.slice(prev.end, q.start))) {
      const part = out.find((f) => f.quantity === prev);
      if (part) part.whole = [q.low, q.high];
      continue;
    }
    // "1,150 kilometres (700 miles)": the bracketed figure restates the one before in another unit, rounded its
    // own way; the first wording is the statement
    if (
      prev?.unit &&
      prev.unit === q.unit &&
      /^[\p{L}\s.-]*\(\s*(?:about|some|roughly|around|nearly|almost|approximately)?\s*$/iu.test(
        text.slice(prev.end, q.start),
      )
    )
      continue;
    let slot: string | null = null;
    // the words just before the figure ("a population of", "a city of", "weighing")
    const lead = text.slice(Math.max(c.start, q.start - 40), q.start);
    // "€40,000 a week", "$3 per hour": a rate, never compared with a sum ("a €25 million deal")
    const rate = /^\s*(?:a|an|per|each|every)\s+(hour|day|week|month|year|season)\b/i.exec(
      text.slice(q.end, q.end + 16),
    );
    // "seven AK-47 assault rifles", "12 AK 47 guns", "two F-16s": a model named right after the figure is the thing
    // counted, whatever noun follows it
    const model = q.unit ? null : modelAfter(c, q);
    if (q.unit) slot = `unit:${q.unit}${rate ? `/${rate[1]!.toLowerCase()}` : ''}`;
    else if (model) slot = `${MODEL_SLOT}${model.key}`;
    else if (q.counted && /^\p{L}[\p{L}-]+$/u.test(q.counted))
      slot = `count:${countClass(S.peopleJoined && peopleJoined(c, q) ? 'people' : q.counted)}`;
    // "sent eight experts to monitor the poll" / "three observers to monitor the vote": people counted with what they
    // are there to do are counted by that task, whatever each report calls them
    const task = slot?.startsWith('count:') && !model ? taskOf(c, q) : null;
    if (task) slot = `${TASK_SLOT}${task}`;
    // "a population of 120,000" counts people without naming them
    // (only where neither a unit nor a counted thing gave the slot: "a population of 2,000 elephants" counts elephants)
    else if (
      !slot &&
      /\bpopulation\s+of\s+(?:about|around|some|nearly|almost|over|more\s+than|roughly)?\s*$/i.test(lead)
    )
      slot = `count:${countClass('people')}`;
    if (!slot) continue;
    const end = Math.max(q.end, q.countedSpan?.end ?? 0, model?.end ?? 0);
    const f = base('number', slot, q.start, end);
    // "a city of 500,000 people", "a town of about 15,000": the people living there, as "home to" says
    if (slot === `count:${countClass('people')}` && PLACE_OF.test(lead)) governBy(f, ['populate']);
    // "Varro, located 1,150 km southeast of Tarnby": how far a named thing is from a named place, whatever verb the
    // clause goes on with; the thing must be named (the distance of what else would it be?)
    const located = q.unit === 'km' ? distanceFrom(c, q) : null;
    if (located) {
      f.slot = `${DISTANCE_SLOT}${located.place.toLowerCase()}`;
      governBy(f, ['locate']);
    }
    // a weight said as one ("weighing 130 pounds", "5-foot-8, 135 pounds") is what its subject weighs, whatever
    // verb the clause goes on with
    if (q.unit === 'kg' && weighedBefore(lead)) governBy(f, ['weigh']);
    // "gusts of up to 70 km/h", "a fine of €5,000", "waves of six metres": a measure after "of" measures the noun
    // before it, whatever verb the clause goes on with ("in gusts of up to 70 km/h" / "gusts of up to 70 km/h made the
    // work impossible"); not a word that only says which figure it is ("a total of", "a depth of")
    // (the clause's verb governs it as well where it governs the noun, no phrase mark between: "spread quickly in
    // gusts of up to 70 km/h"; not "showed a level of 0.07 percent -- just under the legal limit of 0.08 percent")
    const measured = q.unit ? measuredNoun(c, classes, q.start) : null;
    if (measured) governBy(f, measured.governed ? [...new Set([...measured.cls, ...f.head])] : measured.cls);
    // an amount's own predicate noun is next to it ("a €25 million deal"); a count's noun is what it counts
    if (q.unit && q.countedSpan)
      c.tokens.forEach((t, i) => {
        if (t.start >= q.countedSpan!.start && t.end <= q.countedSpan!.end && t.pos === 'NOUN')
          f.near = [...new Set([...f.near, ...classes[i]!.map((k) => `P:${k}`)])];
      });
    out.push({
      ...f,
      quantity: q,
      interval: [q.low, q.high],
      subject: located?.thing ?? subjectOf(c, q.start, true),
      // "his team led by 18 points", "10 points down", "won by three votes": the difference between two sides
      ...(marginAt(text, c.start, c.end, q.start, Math.max(q.end, q.countedSpan?.end ?? 0))
        ? { margin: true }
        : {}),
    });
  }
  // "six years and six months" is one duration
  const merged: { start: number; end: number; low: number; high: number }[] = [];
  for (const d of ds) {
    const last = merged[merged.length - 1];
    if (last && /^\s*(?:and|,)\s*$/.test(text.slice(last.end, d.start)) && d.high < last.low) {
      last.end = d.end;
      last.low += d.low;
      last.high += d.high;
    } else merged.push({ start: d.start, end: d.end, low: d.low, high: d.high });
  }
  for (const d of merged) {
    if (!Number.isFinite(d.high)) continue;
    // "30,000 vehicles a day", "€40,000 a week" are rates; "the 22-year-old", "58 years old" are ages
    const said = text.slice(d.start, d.end);
    if (/^(?:a|an|per|each|every)\s/i.test(said) || /^\s*-?\s*old\b/i.test(text.slice(d.end, d.end + 6)))
      continue;
    // how long something lasted is said "for six years", "sentenced to six years", "a term of", "a 6.5-year
    // term", "lasted/took two hours"; "within 10 days", "in two months", "two weeks after" place an event in time
    const lead = text.slice(Math.max(c.start, d.start - 12), d.start).toLowerCase();
    const compound =
      /^-?\s*\p{L}/u.test(text.slice(d.end, d.end + 2)) && /-/.test(said + text.slice(d.end, d.end + 1));
    // (a time to the second is how long it took, not when: "running 2:06:41", read as one only after such a word, or
    // "in 2 hours 6 minutes 41 seconds")
    const raceTime = QS.raceTimes && /\d:\d\d:\d\d/.test(said);
    const toTheSecond = QS.raceTimes && /\bseconds?\b/i.test(said) && /\b(?:hours?|minutes?)\b/i.test(said);
    if (
      !compound &&
      !raceTime &&
      !(toTheSecond && /\bin\s*$/.test(lead)) &&
      !/\b(?:for|to|of|lasted|lasting|took|taking|spent|served)\s+(?:the past|the last|about|almost|nearly|some|more than|over|just|a|an|the)?\s*$/.test(
        lead,
      )
    )
      continue;
    out.push({
      ...base('number', 'duration', d.start, d.end),
      interval: [d.low, d.high],
      // (a span of one named person's, as a count is: "Gigante was serving a 12-year sentence" / "Genovese ran his
      // organization from behind bars while serving a 15-year sentence")
      subject: subjectOf(c, d.start, true),
    });
  }
}

/** Blocks of a street, bearings, magnitudes, votes, records and ages. */
function placedFacts(r: ClauseReading): void {
  const { c, text, allPreds, base, out } = r;
  // "in the 12000 block of East 223rd Street": where on a street something happened, by its block number (US
  // usage); one street's blocks are one slot
  // (every match has the word "block", and every bearing match a unit of "km", "kilomet…" or "mile": clauses without
  // one are not searched)
  for (const m of c.text.includes('block') ? c.text.matchAll(BLOCK_OF) : []) {
    const start = c.start + m.index!;
    const n = Number(m[1]!.replace(/,/g, ''));
    const street = `${m[2]!} ${m[3]!
      .replace(/\.$/, '')
      .replace(/^st$/i, 'street')
      .replace(/^ave$/i, 'avenue')
      .replace(/^blvd$/i, 'boulevard')
      .replace(/^rd$/i, 'road')}`;
    out.push({
      ...base('number', `block:${street.toLowerCase()}`, start, start + m[1]!.length + ' block'.length),
      interval: [n, n],
    });
  }

  // "150 nautical miles west of Aden": where something is, by its bearing from a named place (the distance is read as
  // a figure of its own); one place's bearings are one slot
  for (const m of BEARING_UNIT.test(c.text) ? c.text.matchAll(BEARING_FROM) : []) {
    const word = m[1]!.toLowerCase().replace(/ern$/, '').replace(/[- ]/g, '');
    const angle = COMPASS_DEGREES[word];
    if (angle === undefined) continue;
    const start = c.start + m.index! + m[0].indexOf(m[1]!);
    const f = base('number', `bearing:${m[2]!.toLowerCase()}`, start, start + m[1]!.length);
    // (the place of the clause's act, whatever words stand between: "attacked this ship …, 150 nautical miles west")
    governBy(f, f.head);
    out.push({ ...f, interval: [angle, angle] });
  }

  // "the U.S. Geological Survey said it was a magnitude-6.1 temblor", "IRNA and the USGS said it had a magnitude of
  // 5.9": a quake's magnitude as one named agency gives it (agencies measure one quake differently, so only one
  // agency's figures are compared; a magnitude no agency is named for is not read)
  // (a quake named by its day is that day's quake: "Monday's quake", "struck on Sunday"; one without a day is compared
  // with none that names one)
  for (const m of MAGNITUDE_WORD.test(c.text) ? magnitudesIn(c) : []) {
    const day = WEEKDAY_ONLY.exec(c.sentence.text)?.[0].toLowerCase();
    const f = base('number', day ? `${MAGNITUDE_SLOT}:${day}` : MAGNITUDE_SLOT, m.start, m.end);
    governBy(f, ['magnitude']);
    out.push({ ...f, interval: m.interval, subject: m.agency });
  }

  // a vote's split: "voted five to two", "by five votes to two", "a 5-2 majority"; "unanimously" is all to none.
  // The votes against are the value ("unanimous" in one report and "five to two" in another disagree)
  for (const v of votesIn(c.text)) {
    const start = c.start + v.at;
    const end = start + v.length;
    const f = base('number', VOTE_SLOT, start, end, [...new Set(['elect', ...allPreds])]);
    out.push({
      ...f,
      head: ['elect'],
      near: [...new Set(['P:elect', ...f.near])],
      interval: [v.against, v.against],
    });
  }

  // a named side's win-loss record over a span it names ("Cheeks is 122-147 in three-plus seasons"); not a standing
  // ("the Colts (10-5)"), which changes with every game: two reports may give it before and after one
  // (docs/decisions.md, eighth session)
  for (const r of recordsIn(c)) {
    const f = base('number', `${RECORD_SLOT}${r.scope}`, r.start, r.end);
    governBy(f, ['record']);
    out.push({ ...f, subject: r.side, interval: [r.code, r.code] });
  }

  // a named person's age ("Ortiz, 35,", "died at the age of 85", "85-year-old Bettie Page"): one fact of that person,
  // stated alike or not; two ages are never a dispute (an age is told at a time a report may not say: 27 when
  // arrested, 29 at the trial), see disputes.ts
  for (const a of agesIn(c)) {
    const f = base('number', `${AGE_SLOT}${a.who.entityId ?? a.who.canonical}`, a.start, a.end);
    governBy(f, ['age']);
    const quantity: Quantity = {
      start: a.start,
      end: a.end,
      text: text.slice(a.start, a.end),
      low: a.value,
      high: a.value,
      value: a.value,
      qualifier: 'exact',
      unit: null,
      counted: null,
      countedSpan: null,
      distribution: 'unspecified',
      parties: null,
    };
    out.push({ ...f, quantity, interval: [a.value, a.value], subject: a.who });
  }
}

/** Dates and times of day. */
function dateFacts(r: ClauseReading): void {
  const { c, doc, text, classes, base, offset, clockSpans, out } = r;
  // dates: a day or finer (a bare year dates many things), of a clause that says what happened then, with the
  // time of day where the report gives one ("shortly after 2 p.m. on Saturday", "late on Friday night")
  // (a verb, or an adjective after "be": "the new rate will be effective from Wednesday")
  const hasPredicate = c.tokens.some(
    (t, i) =>
      classes[i]!.length &&
      (t.pos === 'VERB' ||
        (t.pos === 'ADJ' && /^(be|is|are|was|were|been|being)$/.test(c.tokens[i - 1]?.normal ?? ''))),
  );
  const dateline = datelineEnd(text);
  // a month-day without its year in a report with no publication time ("on November 18"): the day is stated, the year
  // is the event's own; read in a stand-in year and compared by month and day (`yearless`)
  const yearless = new Set<TimeExpression>();
  if (!doc.doc.published)
    for (const m of monthDaysIn(c.text)) {
      const [a, b] = [c.start + m.start, c.start + m.end];
      if (doc.times.some((x) => x.start < b && a < x.end && !x.relative)) continue;
      const day = `${YEARLESS}-${String(m.month + 1).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
      yearless.add({
        start: a,
        end: b,
        text: text.slice(a, b),
        from: day,
        to: day,
        granularity: 'day',
        relative: false,
      });
    }
  // "two weeks ago", "about ten days ago" in a report with a date of its own: a count back from that date, to the
  // nearest unit ("two weeks" is 11 to 17 days), so two counts of one act from reports of one story can disagree
  const back = new Map<TimeExpression, TimeExpression>();
  for (const x of doc.times) {
    if (!inSpan(x, c.start, c.end) || x.granularity !== 'day' || x.from !== x.to) continue;
    const m = AGO_RE.exec(x.text);
    if (!m || APPROX_BOUND.test(text.slice(Math.max(c.start, x.start - 12), x.start))) continue;
    const unit = /^week/i.test(m[2]!) ? 7 : 1;
    const half = Math.floor(unit / 2);
    const from = new Date(Date.parse(x.from) - half * 86400000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(x.from) + half * 86400000).toISOString().slice(0, 10);
    back.set({ ...x, from, to, granularity: 'period' }, x);
  }
  const days = [...doc.times, ...yearless, ...back.keys()].filter(
    (x) =>
      inSpan(x, c.start, c.end) &&
      // the dateline's date is when the report was filed, not when anything happened; so is a publication stamp
      x.start >= dateline &&
      !/\b(?:published|updated|posted|last modified)\b/i.test(c.text) &&
      // "on Friday", "yesterday" in a report with no publication time: which day it is, is a guess
      !(x.relative && !doc.doc.published) &&
      // a line that is only a date ("Sep 10, 2010", "December 7, 2010 11:18 PM") is a stamp, not an event's date
      !/^\s*$/.test(lineAround(text, x.start, x.end)) &&
      // "the June 20, 2005 attempted murder", "the 2008 election": a date before a noun dates that noun, not the act
      !(
        /\b(?:the|a|an|this|that|his|her|its|their)\s+$/i.test(
          text.slice(Math.max(0, x.start - 6), x.start),
        ) && /^\s+\p{L}/u.test(text.slice(x.end, x.end + 3))
      ) &&
      // "the result of Sunday's election": a date in the possessive dates its noun, not the clause's act
      !/^['’]s\s+\p{L}/u.test(text.slice(x.end, x.end + 4)) &&
      // "ten years ago", "two months later": a count back from another date, not a stated day
      (back.has(x) ||
        !/\b(?:years?|months?|decades?|weeks?)\s+(?:ago|earlier|later|before|after)\b/i.test(x.text)) &&
      ![...back.values()].includes(x) &&
      // "by Monday it had burned 3,500 hectares": a state up to a time, not the time of an event
      !/\b(?:by|until|till|since)\s+$/i.test(text.slice(Math.max(0, x.start - 7), x.start)) &&
      // "disappeared after 1957": a year after "after" or "before" is a bound, not the year of the act
      !(
        x.granularity === 'year' &&
        /\b(?:after|before)\s+$/i.test(text.slice(Math.max(0, x.start - 8), x.start))
      ) &&
      !/^(?:by|until|since)\b/i.test(x.text) &&
      // a year dates an event when it is written as one ("came out in 2005"); alignment asks for the event's
      // own predicate beside it on both sides
      (x.granularity !== 'year' || /^(?:in\s+)?\d{4}$/i.test(x.text.trim())) &&
      (x.granularity !== 'period' || back.has(x)) &&
      // a month without its year ("in March") is resolved by guesswork; a day or an explicit year is stated
      (x.granularity === 'day' || back.has(x) || /\b\d{4}\b/.test(x.text)),
  );
  // the clock times read above (the same text, base and offset)
  const clocks = hasPredicate ? clockSpans : [];
  const used = new Set<DayTime>();
  for (const t of hasPredicate ? days : []) {
    // "Arvik said early on Monday that …": the date of the saying, not of what was said
    const at = c.tokens.findIndex((x) => x.start >= t.start);
    const around = c.tokens.slice(Math.max(0, at - 3), at < 0 ? c.tokens.length : at + 3);
    if (around.some((x) => SAYING.has(x.lemma) && x.pos === 'VERB')) continue;
    // a time of day inside the date or beside it ("2 p.m. on Saturday", "at 00:47 local time on Tuesday")
    const tod =
      t.granularity === 'day' && t.from === t.to
        ? clocks.find((k) => !used.has(k) && k.end >= t.start - S.clockGap && k.start <= t.end + S.clockGap)
        : undefined;
    if (tod) used.add(tod);
    const start = Math.min(t.start, tod?.start ?? t.start);
    const end = Math.max(t.end, tod?.end ?? t.end);
    out.push({
      ...base('date', 'date', start, end),
      dates: { from: t.from, to: t.to },
      minutes: minutesOf(t.from, t.to, tod ?? null, offset),
      subject: subjectOf(c, start),
      weekdayOnly: WEEKDAY_ONLY.test(t.text) && !/\d|\b(?:last|next|this|coming|past)\b/i.test(t.text),
      yearless: yearless.has(t) || (t.relative && monthDaysIn(t.text).length > 0) || undefined,
      countedBack: back.has(t) || undefined,
    });
  }
  // "the 2005 film The Notorious Bettie Page", "the 2006 HBO movie, The Notorious Bettie Page": the year of a named
  // work (a film, a book, an album …), keyed by its title, whatever the clause says of it
  for (const t of doc.times) {
    if (!inSpan(t, c.start, c.end) || t.granularity !== 'year' || !/^\d{4}$/.test(t.text.trim())) continue;
    const m = WORK_AFTER_YEAR.exec(text.slice(t.end, Math.min(c.end, t.end + 120)));
    if (!m) continue;
    const title = m[1]!.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
    out.push({
      ...base('date', `date:work:${title}`, t.start, t.end, ['work']),
      head: ['work'],
      near: ['P:work'],
      dates: { from: t.from, to: t.to },
      minutes: minutesOf(t.from, t.to, null, offset),
    });
  }
  // a clock time away from any date ("began at 6am", "touched down at 18:42 local time") is on the day the clause
  // names, else on the day the report last named
  for (const k of clocks) {
    if (used.has(k) || k.high - k.low > S.clockOnlyMaxMinutes) continue;
    const day =
      days.filter((t) => t.granularity === 'day' && t.from === t.to).pop() ??
      doc.times
        .filter((x) => x.end <= c.start && x.granularity === 'day' && x.from === x.to)
        .filter((x) => doc.sentences.findIndex((z) => z.end >= x.end) >= c.sentence.index - 1)
        .pop();
    if (!day) continue;
    // a day after the report was published is a plan mentioned nearby, not the day of what happened here
    const published = doc.doc.published?.slice(0, 10);
    if (!days.includes(day) && published && day.from > published) continue;
    out.push({
      ...base('date', 'date', k.start, k.end),
      dates: { from: day.from, to: day.to },
      minutes: minutesOf(day.from, day.to, k, offset),
      yearless: yearless.has(day) || undefined,
    });
  }
}

/** Who did an act (entity) and whether it happened (polarity). */
function predicateFacts(r: ClauseReading): void {
  const { c, doc, classes, allPreds, base, qs, out } = r;
  // predicates: who did it (entity), whether it happened (polarity), to whom (list)
  const classCount = new Map<string, number>();
  // (each class once per token)
  for (const x of classes)
    x.forEach((k, j) => {
      if (x.indexOf(k) === j) classCount.set(k, (classCount.get(k) ?? 0) + 1);
    });
  c.tokens.forEach((v, i) => {
    // a predicate: a verb, or the first word of a phrase, of some class
    if (!classes[i]!.length || (v.pos !== 'VERB' && !phraseClass(c.tokens, i))) return;
    // a word of two classes takes the one the rest of the clause speaks of: "found guilty" (convict), "found
    // lead in samples" (test)
    const support = (k: string) => (classCount.get(k) ?? 0) - 1;
    const cls = classes[i]!.slice().sort((x, y) => support(y) - support(x));
    // a plan is not an act ("a service is planned for Tuesday", "without intending to"): it dates or sizes what
    // is planned, but whether or by whom it happened is the act's own verb to say
    if (cls[0] === 'plan') return;
    if (REPORTING_VERBS.has(v.lemma) && !cls.length) return;
    const preds = [...new Set([...cls, ...allPreds])];
    // the agent: a person just before the verb ("Governor X ordered", "Judge X, who presided"), or after
    // "by" ("was announced ... by Y", "will be led by Y")
    const agent = agentOf(c, i);
    // "no freight trains ran": what is denied stands before the verb
    const noAt = c.tokens.slice(Math.max(0, i - 5), i).findIndex((t) => /^(no|none)$/.test(t.normal));
    const object =
      noAt >= 0
        ? c.tokens
            .slice(Math.max(0, i - 5) + noAt + 1, i)
            .filter((t) => t.pos === 'NOUN')
            .map((t) => t.lemma.toLowerCase())
        : objectOf(c, i);
    // who did it is one person only for an act of which there is one: "ordered the evacuation", "announced the
    // recall", "the inquiry will be led by"; not "rushed for 101 yards" or "scored a goal"
    if (agent && (agent.start > v.end || definiteAfter(c, i) || cls.includes('preside')))
      out.push({ ...base('entity', cls[0]!, agent.start, agent.end, preds), head: cls, agent, object });
    // "was not expected to rise", "plans to ground": an expectation or a plan is not the act
    // (or one yet to come: "would wait ... before accepting the result")
    const governed = c.tokens
      .slice(Math.max(0, i - 4), i)
      .some(
        (t) =>
          IRREALIS.has(t.normal) || IRREALIS.has(t.lemma) || /^(before|until|till|unless)$/.test(t.normal),
      );
    // "gained 380 yards", "won 38% of the vote", "rose 2.1%": a verb whose object is a measured amount states how
    // much (a figure, read above), not whether it happened; a count ("killed 10 people") is still an act that did
    const measured = qs.some(
      (q) =>
        (q.unit !== null || (q.counted !== null && isUnitWord(q.counted))) &&
        q.start >= v.end &&
        !/\S/.test(
          doc.doc.text
            .slice(v.end, q.start)
            .replace(
              /\b(?:about|around|nearly|almost|some|roughly|just|over|more than|less than|at least|up to)\b/gi,
              '',
            ),
        ),
    );
    // "the Colts didn't take their first lead until Ratliff intercepted a pass": a negation with "until" after the
    // act says when it happened, not that it did not
    // "ran no freight trains", "filed no charges": a "no" on the object denies the act as "not" does
    const noObject =
      c.tokens[i + 1]?.normal === 'no' ||
      (c.tokens[i + 1]?.pos === 'ADV' && c.tokens[i + 2]?.normal === 'no');
    const negated = negatedAt(c.tokens, i) || noObject;
    const notUntil = negated && c.tokens.slice(i + 1).some((t) => /^(?:until|till)$/.test(t.normal));
    // "never hit fewer than 26 homers": the negation is of the bound (at least 26), not of the act
    const boundDenied =
      negated &&
      qs.some(
        (q) =>
          q.start >= v.end &&
          !/\S/.test(doc.doc.text.slice(v.end, q.start)) &&
          /^(?:fewer|less|more|over|under)\b/i.test(q.text),
      );
    // what a side asks for is a stance, not an act that did or did not happen ("insisted", "had not wanted")
    if (
      !governed &&
      !measured &&
      !notUntil &&
      !boundDenied &&
      cls[0] !== 'demand' &&
      !unassertedAt(c.tokens, i)
    )
      out.push({
        ...base('polarity', cls[0]!, v.start, v.end, preds),
        subject: subjectOf(c, v.start),
        head: cls,
        object,
        objectNames: objectNamesOf(c, i),
        negated,
        blanket: blanketAt(c.tokens, i),
      });
  });
  // "No injuries have been reported", "none of the samples": a negated noun predicate
  c.tokens.forEach((t, i) => {
    if (t.pos !== 'NOUN' || !classes[i]!.length) return;
    // "no injuries", "no serious injuries" (the "no" on the noun itself, not "no shortage of voters"); "not aware
    // of any injuries"; "none of the injuries is life-threatening" negates what follows
    let k = i - 1;
    while (k >= 0 && (c.tokens[k]!.pos === 'ADJ' || c.tokens[k]!.pos === 'NOUN') && i - k < 3) k--;
    const det = c.tokens[k];
    const any =
      det?.normal === 'any' &&
      /\bnot\b|n['’]t\b|\bno\b/i.test(c.doc.doc.text.slice(Math.max(c.start, det.start - 40), det.start));
    if (det?.normal !== 'no' && !any) return;
    // "are expected to move swiftly to reassure residents that there has been no damage": said inside an
    // expectation or a plan, not stated
    if (c.tokens.slice(0, k).some((x) => IRREALIS.has(x.normal) || IRREALIS.has(x.lemma))) return;
    out.push({
      ...base('polarity', classes[i]![0]!, t.start, t.end),
      head: classes[i]!,
      negated: true,
      blanket: true,
      // what is denied, besides the predicate noun itself: "no peace agreement" is not "an agreement on a
      // prisoner exchange"; "no injuries" denies any injury
      object: c.tokens
        .slice(k + 1, i)
        .filter((x) => x.pos === 'NOUN')
        .map((x) => x.lemma.toLowerCase()),
    });
  });
  // titles that name the act: "Presiding Judge X"
  for (const e of c.entities.filter(PERSONISH)) {
    if (!e.role) continue;
    const cls = e.role
      .toLowerCase()
      .split(/\s+/)
      .flatMap((w) => classesOf(w.replace(/ing$/, 'e'), w));
    if (cls.includes('preside'))
      out.push({ ...base('entity', 'preside', e.start, e.end, ['preside', ...allPreds]), agent: e });
  }
}

/** The slot of a win-loss record: `record:<span>` ("record:three-plus seasons"). */
export const RECORD_SLOT = 'record:';
/** A record as one number: wins and losses (9-5 is 9,005). */
const RECORD_BASE = 1000;
/** The record as it is written ("10-5") from its number. */
export const recordText = (code: number) => `${Math.floor(code / RECORD_BASE)}-${code % RECORD_BASE}`;
const WL = String.raw`(\d{1,3})\s?[-–]\s?(\d{1,3})`;
/** Right after a name: its record over a span it names ("Cheeks is 122-147 in three-plus seasons", "compiled a
 * 162-139 record in three-plus seasons"). */
const RECORD_SPAN = new RegExp(
  String.raw`^\s+(?:is|was|are|were|went|finished|compiled|posted|has|had)\s+(?:a\s+|an\s+)?${WL}(?:\s+(?:record|mark))?\s+in\s+((?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:seasons?|games?|years?|starts?|matches?))\b`,
  'u',
);

/** The slot scope of a side's standing after the game a report tells (`record:standing`). */
export const STANDING_SCOPE = 'standing';
/** Right after a name: the standing the game told took it to ("Creighton improved to 25-7", "Thompson fell to 36-3",
 * "Indianapolis' record rose to 9-5") or the one it holds now ("the Colts stand at 10-5"). */
const STANDING_AFTER = new RegExp(
  String.raw`^\s?(?:['’]s?)?\s+(?:(?:record|mark)\s+)?(?:(?:improved|improves|rose|rises|moved|moves|climbed|climbs|fell|falls|dropped|drops|slipped|slips)\s+to|(?:now\s+)?(?:stand|stands)\s+at)\s+${WL}`,
  'u',
);
/** Right before a name: "(This) gave the Colts a 9-5 season". */
const STANDING_GAVE_BEFORE = /\bgave\s+(?:the\s+)?$/i;
const STANDING_GAVE_AFTER = new RegExp(String.raw`^\s+an?\s+${WL}\s+(?:record|season|mark)\b`, 'u');
/** After the figures: a split of the standing (home, away, division) or a record with draws ("45-7-2"), another
 * record than the standing. */
const STANDING_SPLIT =
  /^(?:\s?[-–]\s?\d|\s*(?:%|per\s?cent|points?\b)|\s+(?:in|over|against|versus|vs)\b|\s+(?:[\p{L}-]+\s+){0,2}?(?:at\s+home|on\s+the\s+road|away|against|versus|vs\b|lifetime|all-time|career)\b)/iu;
/** A report of games: a word of a contest and a result ("beat", "victory", "lost"); a standing is read only there
 * ("Ames improved to 48-45 over Brandt" in a poll is no standing). */
const CONTEST_WORD = /\b(?:games?|match(?:es)?|bouts?|fights?|season|quarter|inning|round|tournament)\b/i;
const RESULT_WORD = /\b(?:won|wins?|beat|beating|beaten|defeat(?:ed|s)?|victory|loss|lost|losing)\b/i;
const contestReports = new WeakMap<object, boolean>();
function contestReport(text: string, key: object): boolean {
  let v = contestReports.get(key);
  if (v === undefined) contestReports.set(key, (v = CONTEST_WORD.test(text) && RESULT_WORD.test(text)));
  return v;
}
/** Before the standing in its sentence: another time than the game told ("last season", "in 2011", "earlier"), a
 * standing of another moment. */
const STANDING_OTHER_TIME =
  /\b(?:before|last\s+(?:season|year|week|month|time)|previous|earlier|ago|since|until|when|in\s+\d{4}|\d{4})\b/i;
/** Anywhere in its sentence: a game still to come ("will host", "heading into"), so the standing before it. */
const STANDING_TO_COME = /\b(?:will|would|could|heading\s+into|going\s+into|entering|ahead\s+of|next)\b/i;

/** The win-loss records of a clause said of a name right before them. */
function recordsIn(
  c: Clause,
): { side: EntityMention; scope: string; code: number; start: number; end: number }[] {
  const text = c.doc.doc.text;
  const out: { side: EntityMention; scope: string; code: number; start: number; end: number }[] = [];
  for (const e of c.entities) {
    if (e.form === 'adjective') continue;
    const after = text.slice(e.end, c.end);
    const m = RECORD_SPAN.exec(after);
    if (!m) continue;
    const [w, l] = [Number(m[1]), Number(m[2])];
    const at = e.end + m.index + m[0].search(/\d/);
    const scope = m[3]!
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ');
    out.push({ side: e, scope, code: w * RECORD_BASE + l, start: at, end: at + `${m[1]}-${m[2]}`.length });
  }
  // a side's standing after the game the report tells: "Creighton improved to 25-7", "the Colts stand at 10-5",
  // "This gave the Colts a 9-5 season" (not the bare "(10-5)" after a name, which a preview gives before the game and
  // a round-up after another one; docs/decisions.md, twelfth session)
  const sentenceStart = c.sentence.start;
  for (const e of contestReport(text, c.doc) ? c.entities : []) {
    if (e.form === 'adjective') continue;
    const after = text.slice(e.end, c.end);
    const m =
      STANDING_AFTER.exec(after) ??
      (STANDING_GAVE_BEFORE.test(text.slice(c.start, e.start)) ? STANDING_GAVE_AFTER.exec(after) : null);
    if (!m) continue;
    const figures = [...m[0].matchAll(new RegExp(WL, 'gu'))].pop()!;
    const at = e.end + m.index + figures.index!;
    const end = at + figures[0].length;
    if (STANDING_SPLIT.test(text.slice(end, c.end))) continue;
    if (STANDING_OTHER_TIME.test(text.slice(sentenceStart, end))) continue;
    if (STANDING_TO_COME.test(c.sentence.text)) continue;
    const [w, l] = [Number(m[1]), Number(m[2])];
    out.push({ side: e, scope: STANDING_SCOPE, code: w * RECORD_BASE + l, start: at, end });
  }
  return out;
}

/** A margin: "led by 18 points", "won by three votes", "beaten by almost 6 million", "a lead of 12", "10 points down",
 * "within two kilometres of the target". */
const MARGIN_BEFORE =
  /\b(?:(?:led|leads?|leading|won|wins?|winning|lost|loses?|losing|beat|beaten|beats|trail(?:ed|s|ing)?|ahead|behind|outscored|outscoring|defeated|edged|edging)\s+(?:[\p{L}'’-]+\s+){0,3}?by|(?:margin|deficit|lead)\s+of)\s+(?:just\s+|only\s+|nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+)?$/iu;
// (and a poll's margin of error, "a 4.5 percent margin of error": no share of anything)
const MARGIN_AFTER =
  /^\s*(?:(?:down|behind|ahead|up)\b(?!\s+(?:from|to|on|in)\b)|(?:(?:per\s?cent(?:age)?|%)\s+)?(?:points?\s+)?margin\s+of\s+error\b)/i;
// "within two kilometres of the target", "within 5 points of the leaders": how near one thing is to another, not a
// value of either
const NEAR_BEFORE = /\bwithin\s+(?:just\s+|only\s+|about\s+|some\s+|roughly\s+)?$/i;
const NEAR_AFTER = /^\s*(?:[\p{L}.%-]+\s+){0,2}?of\b/iu;
function marginAt(text: string, from: number, to: number, start: number, end: number): boolean {
  const [before, after] = [
    text.slice(Math.max(from, start - 50), start),
    text.slice(end, Math.min(to, end + 40)),
  ];
  return (
    MARGIN_BEFORE.test(before) ||
    MARGIN_AFTER.test(after) ||
    (NEAR_BEFORE.test(before) && NEAR_AFTER.test(after))
  );
}

/** A kind of person (WordNet's commonest sense of the noun is one). */
const personKind = (noun: string): boolean => {
  const kind = related(noun, 'person', 'noun', { senses: 1, hypernymDepth: 12 });
  return kind === 'hypernym' || kind === 'same';
};

/** People of two kinds counted by one figure ("112 passengers and crew", "300 pupils and staff"): the figure counts
 * them all, people; not where the second kind has a figure of its own ("104 passengers and eight crew"). */
function peopleJoined(c: Clause, q: Quantity): boolean {
  const span = q.countedSpan;
  if (!span || !q.counted || !personKind(q.counted)) return false;
  const m = /^\s+(?:and|or)\s+(?:the\s+|their\s+|its\s+)?([\p{Ll}-]+)\b/u.exec(
    c.doc.doc.text.slice(span.end, Math.min(c.end, span.end + 40)),
  );
  if (!m) return false;
  const t = c.tokens.find((x) => x.start >= span.end + m.index + m[0].length - m[1]!.length);
  const noun = t?.lemma.toLowerCase() ?? '';
  return !!t && t.pos === 'NOUN' && (PEOPLE_GROUPS.has(noun) || personKind(noun));
}

/** Nouns for the people who work a ship, a firm or a school as one body ("passengers and crew", "pupils and staff"). */
const PEOPLE_GROUPS = new Set(['crew', 'staff', 'personnel', 'workforce', 'faculty']);

/** The slot of a count of people by their task: `count:to:<verb>`. */
export const TASK_SLOT = 'count:to:';

/** The task of people counted right before "to" and a verb ("eight experts to monitor the poll": monitor), where
 * the counted noun names people (WordNet's commonest sense of it is a kind of person); null otherwise ("two boats to
 * rescue the crew" counts boats). */
function taskOf(c: Clause, q: Quantity): string | null {
  const span = q.countedSpan;
  if (!span || !q.counted) return null;
  const i = c.tokens.findIndex((t) => t.start >= span.end);
  const [to, verb] = [c.tokens[i], c.tokens[i + 1]];
  if (to?.normal !== 'to' || verb?.pos !== 'VERB') return null;
  return personKind(q.counted) ? verb.lemma.toLowerCase() : null;
}

/** The slot of a count of one model: `count:model:<designation>`. */
export const MODEL_SLOT = 'count:model:';

/** A model's designation right after a figure: a name written with a number ("AK-47", "AK 47", "F-16s", "Boeing
 * 737"), keyed without its marks and plural ("ak47"), with where it ends. A name without a number ("seven Somali
 * pirates") is no model. */
function modelAfter(c: Clause, q: Quantity): { key: string; end: number } | null {
  const text = c.doc.doc.text;
  const toks = c.tokens;
  const i = toks.findIndex((t) => t.start >= q.end);
  const t = toks[i];
  if (!t || t.pos !== 'PROPN' || !/^\p{Lu}/u.test(t.text) || !/^\s+$/.test(text.slice(q.end, t.start)))
    return null;
  let [key, end] = [t.text, t.end];
  const next = toks[i + 1];
  // "AK 47", "Boeing 737": the name and its number
  if (
    !/\d/.test(key) &&
    next?.pos === 'NUM' &&
    /^\d+$/.test(next.text) &&
    /^[\s-]$/.test(text.slice(t.end, next.start))
  ) {
    key += next.text;
    end = next.end;
  }
  if (!/\p{L}/u.test(key) || !/\d/.test(key)) return null;
  key = key
    .toLowerCase()
    .replace(/(\d)['’]?s$/, '$1')
    .replace(/[^\p{L}\p{N}]/gu, '');
  return { key, end };
}

const VOTE_NUMBER = `\\d{1,3}|${Object.keys(CARDINALS).join('|')}`;
const VOTE_SPLIT = new RegExp(
  `\\b(?:voted|votes?|ruled|decided|decision|majority|margin)\\b[^.;]{0,25}?\\b(${VOTE_NUMBER})\\s*(?:-|–|—|to)\\s*(${VOTE_NUMBER})\\b|\\b(${VOTE_NUMBER})\\s*(?:-|–|—)\\s*(${VOTE_NUMBER})\\s+(?:majority|vote|decision|ruling|verdict)\\b|\\b(${VOTE_NUMBER})\\s+votes?\\s+to\\s+(${VOTE_NUMBER})\\b`,
  'gi',
);
/** What VOTE_SPLIT and "unanimous" cannot match without: "vot…", "rul…" (ruled, ruling), "decid…" (decided),
 * "decis…" (decision), "majority", "margin", "verdict", "unanimous". */
const VOTE_WORDS = /vot|rul|decid|decis|majority|margin|verdict|unanimous/i;
const number = (w: string) => (/^\d/.test(w) ? Number(w) : CARDINALS[w.toLowerCase()]);

/** Votes of a clause: where the split is written (offset and length in the clause text) and the votes against. */
function votesIn(text: string): { at: number; length: number; against: number }[] {
  const out: { at: number; length: number; against: number }[] = [];
  // every split and every "unanimous" holds one of these words (in the patterns' own case folding)
  if (!VOTE_WORDS.test(text)) return out;
  for (const m of text.matchAll(VOTE_SPLIT)) {
    const [forVotes, against] = [number(m[1] ?? m[3] ?? m[5]!), number(m[2] ?? m[4] ?? m[6]!)];
    if (forVotes === undefined || against === undefined || against > forVotes) continue;
    const at = m.index! + m[0].search(new RegExp(`\\b${m[1] ?? m[3] ?? m[5]}\\b`, 'i'));
    out.push({ at, length: m.index! + m[0].length - at, against });
  }
  // "unanimously decided", "a unanimous vote", "voted unanimously"
  for (const m of text.matchAll(/\bunanimous(?:ly)?\b/gi))
    if (/\b(?:vot|decid|decision|rul|agree|approv|back|adopt|elect)/i.test(text))
      out.push({ at: m.index!, length: m[0].length, against: 0 });
  return out;
}

/** The interval in UTC minutes of a day (or a time of day) read in a report's own local time (its UTC offset;
 * a report with none is taken to be in UTC): "18:42" in a +02:00 report and "16:42 UTC" are one time. */
function minutesOf(from: string, to: string, tod: DayTime | null, offset: number | null): [number, number] {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 60000 - (offset ?? 0);
  // a report with no known zone: its day may be anywhere from UTC-12 to UTC+14 (a day's, or a time's: a month or a
  // year is not made longer by the zone it is read in — "in 1957" and "in 1958" do not meet at midnight)
  const slack = offset == null && (tod || from === to) ? [14 * 60, 12 * 60] : [0, 0];
  return tod
    ? [day(from) + tod.low - slack[0]!, day(to) + tod.high + slack[1]!]
    : [day(from) - slack[0]!, day(to) + 1440 + slack[1]!];
}

function agentOf(c: Clause, i: number): EntityMention | null {
  const v = c.tokens[i]!;
  const text = c.doc.doc.text;
  // passive: "... by Y"
  for (let k = i + 1; k < Math.min(c.tokens.length, i + 12); k++) {
    const t = c.tokens[k]!;
    if (t.normal !== 'by') continue;
    const m = c.entities.find((e) => e.start > t.end && e.start - t.end <= 40 && PERSONISH(e));
    if (m && !/[,;]/.test(text.slice(t.end, m.start).replace(/,\s*$/, ''))) return m;
    // "by quality chief Y": a title between "by" and the name
    if (m && m.start - t.end <= 40) return m;
    break;
  }
  // active: the nearest person before the verb, with no other verb in between (an apposition is fine)
  const before = c.entities.filter((e) => e.end <= v.start && PERSONISH(e)).pop();
  if (!before) return null;
  // a name inside an apposition is not who acts: "Ford, now an assistant coach to Larry Brown with the Charlotte
  // Bobcats, finished his career" — the doer is the name before the apposition's opening comma (none where that name
  // is not a person's)
  if (
    /,\s*$/.test(text.slice(before.end, v.start)) &&
    !c.tokens.some((t) => t.start >= before.end && t.end <= v.start && (t.pos === 'VERB' || t.pos === 'AUX'))
  ) {
    const open = text.lastIndexOf(',', before.start);
    if (open > c.start) {
      const head = c.entities.find((e) => e.end <= open && /^\s*$/.test(text.slice(e.end, open)));
      const inner = c.tokens.filter((t) => t.start > open && t.end <= before.start);
      // (where no name stands before it, the apposition names the noun it follows: "Halvard's governor, Tomas
      // Brenner, ordered")
      if (head && !inner.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
        return PERSONISH(head) ? head : null;
      }
    }
  }
  const between = c.tokens.filter((t) => t.start >= before.end && t.end <= v.start);
  const gap = text.slice(before.end, v.start);
  if (/^\s*,\s*who\s+/i.test(gap) || /^\s*,\s*who\b/i.test(gap)) return before;
  const acts = between.filter((t) => t.pos === 'VERB' && !/^(have|be|do)$/.test(t.lemma));
  // "First Officer Dario Pell took over the controls and landed the plane": a verb joined by "and" to the one verb
  // before it has that verb's doer
  if (acts.length === 1 && c.tokens[i - 1]?.normal === 'and') {
    const first = between.indexOf(acts[0]!);
    return first <= 8 && !between.slice(first + 1).some((t) => t.pos === 'PROPN' || t.pos === 'PRON')
      ? before
      : null;
  }
  if (acts.length) return null;
  if (between.length > 8) return null;
  return before;
}

/** A name the clause sets beside its subject for comparison, in a phrase of "like", "unlike" or "as with" up to its
 * comma ("Unlike stars Jennifer Lawrence, Josh Hutcherson and Liam Hemsworth, Ross is not signed"; "Hansbrough, like
 * Ford, declined"): it is not one of the clause's participants, nor of its list. */
export function comparedWith(c: Clause, e: EntityMention): boolean {
  const text = c.doc.doc.text;
  const before = text.slice(c.start, e.start);
  // the phrase opens the clause or follows a comma, and no other comma-free stretch ends it before the name, except the
  // commas of a list of names ("Unlike A, B and C,")
  const m = /(?:^|,)\s*(?:unlike|like|as with)\s+([^;:]*)$/i.exec(before);
  if (!m) return false;
  // the phrase ends at a comma followed by a word that is not a name of the list: the name must come before that
  const between = m[1]!;
  // (the name itself may open the last part, "Unlike A, B and C" read before B, while the list is not yet closed by
  // "and": the name after "Unlike A, B and C," is the clause's own)
  const parts = between.split(',').slice(1);
  const open = !/\b(?:and|or)\s/i.test(between.slice(0, between.lastIndexOf(',')));
  return parts.every(
    (p, i) => /^\s*(?:and\s+|or\s+)?\p{Lu}/u.test(p) || (open && i === parts.length - 1 && !p.trim()),
  );
}

/** The names a clause lists ("the United Nations, the OSCE and the CIS"), or null: read once per clause. */
const listCache = new WeakMap<Clause, EntityMention[] | null>();
export function clauseList(c: Clause): EntityMention[] | null {
  if (!listCache.has(c)) listCache.set(c, listIn(c));
  return listCache.get(c)!;
}

function listIn(c: Clause): EntityMention[] | null {
  // people are listed with people, things with things: a list of people may carry titles and owners between
  // the names ("Dornvald founder Emil Šafár and Holm's former chief of staff Lena Oster")
  const text = c.doc.doc.text;
  // an owner is not one of the list ("Holm's former chief of staff" names Holm as an owner)
  // ("the Toronto Raptors' Sam Mitchell": a plural possessive owns the name after it too)
  const owner = (e: EntityMention) =>
    /^['’]s\s+\p{Ll}/u.test(text.slice(e.end, e.end + 5)) ||
    (/s$/.test(e.text) && /^\s?['’]\s+\p{Lu}/u.test(text.slice(e.end, e.end + 5)));
  // a name in brackets is an aside about the one before it ("Eddie Jordan (Washington)"), not one of the list
  const aside = (e: EntityMention) =>
    /\([^()]{0,30}$/.test(text.slice(Math.max(0, e.start - 31), e.start)) &&
    /^[^()]{0,30}\)/.test(text.slice(e.end, e.end + 31));
  const names = c.entities.filter(
    (e) => e.form !== 'adjective' && !owner(e) && !aside(e) && !comparedWith(c, e),
  );
  const people = listRun(
    c,
    names.filter((e) => e.type === 'person'),
    true,
  );
  const things = listRun(
    c,
    names.filter((e) => e.type !== 'person'),
    false,
  );
  const best = (people?.length ?? 0) >= (things?.length ?? 0) ? people : things;
  if (!best) return null;
  const ids = new Set(best.map((e) => e.entityId ?? e.canonical));
  return ids.size >= 2 ? best : null;
}

/** The gap between two people of a list where the first carries an apposition or a clause of "who" and the second a
 * title: ", the founder of Dornvald, and ", ", 61, and ", ", who was sentenced to four years, and its former finance
 * director, ". */
const APPOSED_MEMBER =
  /^\s*,\s*(?:(?:the|a|an|its|his|her|their)\s+[^,;()"“”]{1,60}|who\s+[^,;()"“”]{1,80}|\d{1,3}),\s*(?:and|or)\s+(?:(?:the|its|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,4}(?:[\p{Ll}-]+,\s*)?$/u;

function listRun(c: Clause, ms: EntityMention[], persons: boolean): EntityMention[] | null {
  const text = c.doc.doc.text;
  let best: EntityMention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const run = [ms[k]!];
    for (let j = k + 1; j < ms.length; j++) {
      const gap = text.slice(run[run.length - 1]!.end, ms[j]!.start);
      // "A and B", "A, B and C", "A and the B", "A and to B"; an apposition between them ("A, built by X, and B") ends the run
      // a parenthesised abbreviation ("(UPDW)"), an article and an adjective ("and the smaller"), or a lower-case
      // title before a person ("and external member Corinna Bastide") may stand between
      // (or a parenthesised place or team after a name: "Eddie Jordan (Washington), Sam Mitchell (Toronto)")
      const g = gap.replace(/^\s*\([^()]{1,30}\)/, '');
      const person = persons;
      if (
        !/^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:(?:the|to|from|its|their)\s+)?(?:\p{Ll}+\s+)?$/iu.test(
          g,
        ) &&
        !(
          person &&
          /^\s*(?:,\s*)?(?:and|or)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+['’]s\s+)?(?:\p{Ll}+\s+){1,4}$/u.test(g)
        ) &&
        // (people may each carry an apposition or a clause of "who": "businessman Emil Safar, the founder of Dornvald,
        // and Lena Oster", "Emil Šafár, who was sentenced to four years, and its former finance director, Ivo Rehn")
        !(person && S.appositiveListMembers && APPOSED_MEMBER.test(g))
      )
        break;
      run.push(ms[j]!);
    }
    // an enumeration ends with "and"/"or" ("Oman and the United Arab Emirates"); "Dubai, United Arab Emirates" is a place
    const last = text.slice(run[run.length - 2]?.end ?? 0, run[run.length - 1]!.start);
    if (run.length > best.length && /\b(?:and|or)\b/i.test(last)) best = run;
  }
  return best.length < 2 ? null : best;
}

/** Superlatives that rank an act by degree before its participle ("worst hit", "hardest-hit", "most affected"). */
const SUPERLATIVE = /^(?:best|worst|most|least|[a-z]{2,}est)$/;
/** What a list is the top of, when a superlative of an act names it ("X and Y were worst hit", "the four hardest-hit
 * villages were A, B, C and D", "the most affected areas were …"): the participle's lemmas. Such a list is the whole
 * set the superlative picks, so two of them for one act are one set, whatever names they share. Empty when the clause
 * says the list is part of that set ("among the worst hit", "one of the hardest-hit") or names no such superlative. */
export function rankedBy(f: Fact): string[] {
  if (f.kind !== 'list' || partialList(f)) return [];
  const c = f.clause;
  const text = c.doc.doc.text.slice(c.start, c.end);
  if (/\b(?:among|one of|some of|two of|three of|several of|many of|including|such as|also)\b/i.test(text))
    return [];
  const out: string[] = [];
  c.tokens.forEach((t, i) => {
    if (!SUPERLATIVE.test(t.normal) || (t.start >= f.start && t.end <= f.end)) return;
    const next = c.tokens[i + 1]?.text === '-' ? c.tokens[i + 2] : c.tokens[i + 1];
    // the participle of an act ("hit", "affected", "damaged"; the tagger may take "hit" for a noun), not a thing
    // ("best players"): keyed by the act's predicate classes, or by the word where the lexicon has none
    if (!next || next.pos === 'PROPN' || next.pos === 'NUM') return;
    const cls = classesOf(next.lemma, next.normal);
    if (next.pos === 'VERB' || /(?:ed|en)$/.test(next.normal)) out.push(...(cls.length ? cls : [next.lemma]));
    else if (next.pos === 'NOUN' && !/s$/.test(next.normal)) out.push(...cls);
  });
  return out;
}

/** A word that marks a list as not exhaustive, or as no set: "including X and Y", "places as far apart as X and Y",
 * "X or Y", "between X and Y". */
export function partialList(f: Fact): boolean {
  // "X or Y" names alternatives, not a set
  if (/\bor\b/i.test(f.clause.doc.doc.text.slice(f.start, f.end))) return true;
  const text = f.clause.doc.doc.text.slice(Math.max(f.clause.start, f.start - 40), f.start);
  // "between Europe and the Middle East" names the two ends of a link or a route, not a set of places
  if (/\bbetween\s+(?:the\s+)?$/i.test(text)) return true;
  // the words before the list ("also" is not one: "X and Y also bid" names the others who bid besides the one the
  // report is about, as a list without it does); a few plain words may stand between ("including those in X and
  // Y", "such as the cities of X and Y")
  return (
    /\b(?:including|such as|among them|among|notably|especially|like|with|along with|following|besides|in addition to|as well as|as (?:far apart|diverse|varied|different) as)\s*$/i.test(
      text,
    ) || /\b(?:including|such as|notably|especially)(?:\s+\p{Ll}+){1,3}\s*$/u.test(text)
  );
}

/** Words that open another clause: a predicate past one of them governs that clause, not the value. ("After",
 * "before", "since" and "until" also head times: "broke out shortly after 2 p.m.".) */
const SUBORDINATORS = new Set('when|while|whereas|because|unless|although|though|whenever|if'.split('|'));

/** The token at `i` opens a conjunct: "and", "but" or "or" right before it, or before an adverb before it ("and
 * then sent"). */
function coordinated(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return /^(?:and|but|or)$/.test(tokens[k]?.normal ?? '');
}

/** Classes of the predicate nearest to [start, end): verbs first, then predicate nouns ("death toll"). */
export function headOf(tokens: Token[], classes: string[][], start: number, end: number): string[] {
  let best: { d: number; cls: string[] } | null = null;
  // the value's own words: a mark at its edge ("on Monday,") is between it and what follows
  const own = tokens.filter((x) => x.start >= start && x.end <= end && !PHRASE_MARKS.has(x.text));
  if (own.length) [start, end] = [own[0]!.start, own[own.length - 1]!.end];
  const openers = tokens.filter((x) => SUBORDINATORS.has(x.normal));
  const verbBefore = tokens.some((x) => x.end <= start && x.pos === 'VERB' && !AUX_VERBS.has(x.lemma));
  const opens =
    S.coordinatedVerbAfter && verbBefore
      ? tokens.find((x, k) => x.start >= end && x.pos === 'VERB' && coordinated(tokens, k))
      : undefined;
  const conjunct = opens?.start ?? Infinity;
  tokens.forEach((t, i) => {
    // a verb outside the lexicon governs its value too ("12,000 packs had been sold"): its lemma is its class
    // ("ordered partial recounts": a word tagged a verb after an article or an adjective is a noun)
    const cls = classes[i]!.length
      ? classes[i]!
      : t.pos === 'VERB' &&
          !AUX_VERBS.has(t.lemma) &&
          !REPORTING_VERBS.has(t.lemma) &&
          !(tokens[i - 1] && (tokens[i - 1]!.pos === 'DET' || tokens[i - 1]!.pos === 'ADJ'))
        ? [`~${t.lemma.toLowerCase()}`]
        : [];
    if (!cls.length) return;
    // a predicate noun the value itself names governs it ("a €25 million deal", "two deaths"); nothing else inside
    if (t.start >= start && t.end <= end) {
      // (the last noun: one before it says what kind of thing is counted, "seven assault rifles", not what happened)
      const modifier = tokens.some((x, k) => k > i && x.end <= end && x.pos === 'NOUN');
      if (classes[i]!.length && t.pos === 'NOUN' && !modifier && (!best || OWN_NOUN_D < best.d))
        best = { d: OWN_NOUN_D, cls };
      return;
    }
    // a verb of another clause does not govern: "About 100 people were in the building when she began shooting"
    const lo = Math.min(t.end, end);
    const hi = Math.max(t.start, start);
    if (openers.some((x) => x.start >= lo && x.end <= hi)) return;
    // an infinitive after the value says what its verb was for ("threw for 205 yards to break the record"): the
    // verb before the value governs it, the purpose does not
    if (t.start >= end && tokens[i - 1]?.normal === 'to' && t.pos === 'VERB' && verbBefore) return;
    // nor does a conjunct after the value, opened by a verb after "and", "but" or "or", nor any word of it: the verb
    // before the value heads the value's own conjunct ("struck the bank at about 18:40 and sent a mayday call", "was
    // found at 3 a.m. but died later")
    if (t.start >= conjunct) return;
    // a verb of the lexicon a little further away still governs before an unknown one ("announced the results
    // shortly after 3 a.m. on Monday, after a count slowed by …")
    // a verb past a comma, semicolon or dash is in another phrase: the value's own phrase comes first
    // ("announced the final results shortly after 3 a.m. on Monday, after a count slowed by …")
    // (counted, not collected: asked of every predicate word of the clause for every value)
    let marks = 0;
    for (const x of tokens) if (x.start >= lo && x.end <= hi && PHRASE_MARKS.has(x.text)) marks++;
    const d =
      (t.end <= start ? start - t.end : t.start - end) +
      (t.pos === 'VERB' ? 0 : 4) +
      (classes[i]!.length ? 0 : 12) +
      marks * PHRASE_MARK_CHARS;
    if (!best || d < best.d) best = { d, cls };
  });
  return (best as { d: number; cls: string[] } | null)?.cls ?? [];
}

/** Nouns that name which figure a measure is, not what is measured: "a total of", "a depth of", "a speed of". */
const FIGURE_NOUNS = new Set(
  'total|sum|maximum|minimum|average|mean|median|number|amount|figure|tally|count|estimate|peak|high|low|record|level|value|range|excess|upwards|distance|height|depth|length|width|weight|speed|altitude|area|size|rate|price|cost|worth|margin|difference|increase|decrease|rise|fall|drop|gain|loss'.split(
    '|',
  ),
);

/** The act of a measure written as the complement of a noun ("gusts of up to 70 km/h": the gusts): the noun's
 * predicate classes, or its lemma, and whether a verb stands in the noun's own phrase (no phrase mark between);
 * null when no noun stands right before "of". */
function measuredNoun(
  c: Clause,
  classes: string[][],
  start: number,
): { cls: string[]; governed: boolean } | null {
  const i = c.tokens.findIndex((t) => t.start >= start);
  const of = c.tokens[i - 1];
  const noun = c.tokens[i - 2];
  if (!of || !noun || of.normal !== 'of') return null;
  // (a sentence's first word, capitalised, may be tagged a name: "Waves of up to nine metres smashed the pier")
  const first =
    noun.pos === 'PROPN' &&
    noun.start === c.sentence.start &&
    !c.entities.some((e) => e.start === noun.start && e.end > noun.end);
  if (noun.pos !== 'NOUN' && !first) return null;
  // (a word tagged a name keeps its ending: its base form is WordNet's shortest)
  const lemma = first
    ? (lemmas(noun.normal, 'noun').sort((a, b) => a.length - b.length)[0] ?? noun.normal)
    : noun.lemma.toLowerCase();
  if (FIGURE_NOUNS.has(lemma) || FIGURE_NOUNS.has(noun.normal)) return null;
  const cls = first ? classesOf(lemma) : classes[i - 2]!;
  const mark = (t: Token) => PHRASE_MARKS.has(t.text) || /^-{2,}$/.test(t.text);
  const verb = (t: Token) => t.pos === 'VERB' && !AUX_VERBS.has(t.lemma);
  let governed = false;
  for (let k = i - 3; k >= 0 && !governed && !mark(c.tokens[k]!); k--) governed = verb(c.tokens[k]!);
  for (let k = i; k < c.tokens.length && !governed && !mark(c.tokens[k]!); k++) governed = verb(c.tokens[k]!);
  return { cls: cls.length ? cls : [`~${lemma}`], governed };
}

/** Classes of the verb of the lexicon right before `start` (an article or a qualifier may stand between). */
function directOf(tokens: Token[], classes: string[][], start: number): string[] | undefined {
  let i = tokens.findIndex((t) => t.end > start) - 1;
  if (i < -1) i = tokens.length - 1;
  while (
    i >= 0 &&
    /^(?:the|a|an|all|some|at|least|about|nearly|almost|more|than|over|up|to)$/.test(tokens[i]!.normal)
  )
    i--;
  const t = tokens[i];
  // "a revolver loaded with four bullets", "a van packed with 500 kilograms of explosives": what a participle is
  // loaded, filled or armed with is that participle's own, whether or not the lexicon names its act
  // (a participle: passive, or right after its noun; "the team finished with 352 yards" is no participle)
  if (
    t?.normal === 'with' &&
    tokens[i - 1]?.pos === 'VERB' &&
    /ed$/.test(tokens[i - 1]!.normal) &&
    (/^(?:NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? '') ||
      /^(?:is|are|was|were|be|been|being)$/.test(tokens[i - 2]?.normal ?? ''))
  ) {
    const v = tokens[i - 1]!;
    return classes[i - 1]!.length ? classes[i - 1]! : [`~${v.lemma.toLowerCase()}`];
  }
  return t && t.pos === 'VERB' && classes[i]!.length ? classes[i]! : undefined;
}

/** Classes of the passive verb right after a figure and what it counts ("46 people had been arrested", "three people
 * were injured"): the figure is the subject its act is done to, as plainly its own as an object after its verb. */
function passiveOf(tokens: Token[], classes: string[][], end: number): string[] | undefined {
  let i = tokens.findIndex((t) => t.start >= end);
  if (i < 0) return undefined;
  // (an adverb among the auxiliaries: "12,000 packs had already been sold")
  const aux = tokens
    .slice(i)
    .findIndex((t) => !/^(?:were|was|had|have|has|been|being|be|are|is)$/.test(t.normal) && t.pos !== 'ADV');
  if (aux < 1 || !tokens.slice(i, i + aux).some((t) => /^(?:were|was|been|are|is)$/.test(t.normal)))
    return undefined;
  i += aux;
  const t = tokens[i];
  if (!t || t.pos !== 'VERB') return undefined;
  // a verb outside the lexicon is its own act, as it is for the value's head ("had been sold": ~sell)
  return classes[i]!.length
    ? classes[i]!
    : AUX_VERBS.has(t.lemma)
      ? undefined
      : [`~${t.lemma.toLowerCase()}`];
}

/** The distance given to a predicate noun inside the value's own span: that of a noun right next to it. */
const OWN_NOUN_D = 4;
const PHRASE_MARKS = new Set([',', ';', ':', '–', '—', '(', ')']);
/** What crossing one phrase mark costs, in characters of distance. */
const PHRASE_MARK_CHARS = 30;

/** After a year: a word or two of kind ("HBO", "feature"), a noun of a made work, and its title, quoted or in
 * capitals ("2005 film The Notorious Bettie Page", "1998 album, “Blue Hours”"). */
const WORK_AFTER_YEAR =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:film|movie|documentary|book|novel|memoir|biography|album|song|single|play|musical|opera|painting|sculpture|series|sitcom|show)\s*,?\s+["“‘']?((?:The\s+|A\s+|An\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|in|on|a|to|for))*)/u;

/** A place named by its kind, then "of" a figure: "a city of 500,000 people" is its population. */
const PLACE_OF =
  /\b(?:city|town|village|island|country|nation|region|province|district|county|community|capital|port|suburb|state)\s+of\s+(?:about|around|some|nearly|almost|roughly|over|more\s+than|just\s+over|just\s+under)?\s*$/i;

/** A named place after a compass word: "of Aden", "of the port of Bandar Abbas" (the place as written, capitalised). */
const PLACE_AFTER_OF = String.raw`\s+of\s+(?:the\s+(?:port|city|town|island)\s+of\s+)?(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)?)`;
/** A distance, then a compass direction "of" a named place: "150 nautical miles west of Aden", "58km (36 miles)
 * south-west of Bandar Abbas". */
/** A compass direction as written ("west", "south-west", "Southeastern"). */
const DIRECTION = String.raw`(?:[Nn]orth|[Ss]outh)(?:[- ]?(?:east|west|East|West))?(?:ern)?|(?:[Ee]ast|[Ww]est)(?:ern)?`;
/** Between a distance's unit and its direction: a conversion in brackets, "due". */
const UNIT_TO_DIRECTION = String.raw`\s+(?:\([^)]{0,30}\)\s+)?(?:due\s+)?`;
const BEARING_FROM = new RegExp(
  String.raw`\b\d[\d,. ]*\s?-?(?:km|kilomet(?:er|re)s|(?:nautical\s+)?miles?)${UNIT_TO_DIRECTION}(${DIRECTION})` +
    PLACE_AFTER_OF,
  'gu',
);
const PLACE_AFTER = new RegExp(`^${PLACE_AFTER_OF}`, 'u');
/** A unit BEARING_FROM needs (its own case): a text without one has no bearing. */
const BEARING_UNIT = /km|kilomet|mile/;
/** The place a bearing fact is read from, as the report writes it ("Aden"); its slot keys it in lower case. */
export function bearingPlace(f: Fact): string {
  return (
    PLACE_AFTER.exec(f.clause.doc.doc.text.slice(f.end, f.clause.end))?.[1] ?? f.slot.slice('bearing:'.length)
  );
}
/** The slot of a named person's age, before the person's entity id: one person's ages are one slot. */
export const AGE_SLOT = 'age:';
/** An age right after a name, between commas ("Ortiz, 35, was", "LaTonya Brown, 36, and Tanya Wilson, 47"). */
const AGE_AFTER_NAME =
  /^,\s*(\d{1,3})(?=\s*[,;.)]|\s*$|\s+(?:and|was|is|were|are|who|had|has|of|from|said)\b)/;
/** An age said as one: "aged 85", "at the age of 85", "at age 85". */
const AGE_WORDS = /\b(?:aged|at\s+(?:the\s+)?age\s+(?:of\s+)?)(\d{1,3})\b(?!\s*(?:-|to|and|or)\s*\d)/gi;
/** An age said in years old: "85 years old", "the 35-year-old deputy". */
const YEARS_OLD = /\b(\d{1,3})(?:\s*-\s*|\s+)years?(?:\s*-\s*|\s+)old\b/gi;
/** The ages a clause gives of a person it names: the name just before ("Ortiz, 35,"), the name the age describes right
 * after it ("85-year-old Bettie Page"), or the one person named before it ("Page died at the age of 85", "Page was 85
 * years old"). An age of no named person ("the 35-year-old deputy", "sons aged 6 and 16") is not read. */
function agesIn(c: Clause): { start: number; end: number; value: number; who: EntityMention }[] {
  const text = c.doc.doc.text;
  const out: { start: number; end: number; value: number; who: EntityMention }[] = [];
  const people = c.entities.filter((e) => e.type === 'person' && e.form !== 'adjective');
  if (!people.length) return out;
  const add = (start: number, end: number, digits: string, who: EntityMention | undefined) => {
    const value = Number(digits);
    if (!who || !(value > 0 && value < 120)) return;
    if (out.some((a) => a.start < end && start < a.end)) return;
    out.push({ start, end, value, who });
  };
  for (const e of people) {
    const m = AGE_AFTER_NAME.exec(text.slice(e.end, c.end));
    if (m) add(e.end + m[0].indexOf(m[1]!), e.end + m[0].length, m[1]!, e);
  }
  // (said of the one person the clause names before it: "Bettie Page, the notorious pin-up queen, died Thursday at age
  // 85"; with two, whose it is is not plain: "Jones said Smith died at 85", "… inspired Madonna and artist Olivia De
  // Berardinis, died yesterday at the age of 85")
  const before = (at: number) => {
    const ids = new Set(people.filter((e) => e.end <= at).map((e) => e.entityId ?? e.canonical));
    return ids.size === 1 ? people.find((e) => e.end <= at) : undefined;
  };
  for (const m of c.text.matchAll(AGE_WORDS)) {
    const start = c.start + m.index! + m[0].indexOf(m[1]!);
    add(start, start + m[1]!.length, m[1]!, before(start));
  }
  for (const m of c.text.matchAll(YEARS_OLD)) {
    const start = c.start + m.index!;
    const end = start + m[0].length;
    // the name it describes: right after, past a few words of description ("85-year-old former pin-up Bettie Page")
    const named = people.find(
      (e) =>
        e.start >= end &&
        /^[\s\p{L}-]{0,30}$/u.test(text.slice(end, e.start)) &&
        !/[.,;]/.test(text.slice(end, e.start)) &&
        // (not a name that modifies a noun after it: "a 35-year-old New Bedford man" is a man of that town)
        !nounAfter(c, e.end),
    );
    // ("Page was 85 years old" says it of the subject; "the 35-year-old deputy" of a noun, not of the subject)
    add(start, end, m[1]!, named ?? (m[0].includes('-') ? undefined : before(start)));
  }
  return out;
}

/** The word right after `at` in the clause is a common noun ("New Bedford man"). */
function nounAfter(c: Clause, at: number): boolean {
  const t = c.tokens.find((x) => x.start >= at);
  return !!t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text);
}

/** The slot of a quake's magnitude as one named agency gives it (the agency is the fact's subject). */
export const MAGNITUDE_SLOT = 'magnitude';
/** The slot of a vote's split: the votes against ("five to two": 2; "unanimously": 0). */
export const VOTE_SLOT = 'vote:against';
const MAGNITUDE_WORD = /\b(?:magnitude|richter)\b/i;
/** A magnitude's figure: one or two digits, a decimal part ("5.9", and "5. 9" as some wire copy spaces it). */
const MAG = String.raw`(\d{1,2}(?:\s?\.\s?\d{1,2})?)(?![\d,])`;
/** "magnitude-5.9", "a magnitude of 5.9", "put the magnitude at at least 6", "5.9-magnitude", "5.6 on the Richter
 * scale", each with the words just before the figure (a bound or a hedge). */
const MAGNITUDE_FIGURE = new RegExp(
  String.raw`\bmagnitude(?:\s+(?:of|at))?((?:\s+(?:at\s+least|about|around|some|nearly|almost|roughly|approximately|more\s+than|over|up\s+to|less\s+than))?)[\s-]+${MAG}` +
    String.raw`|((?:\b(?:at\s+least|about|around|some|nearly|almost|roughly|approximately|more\s+than|over|up\s+to|less\s+than)\s+)?)\b${MAG}(?:\s?-\s?magnitude\b|\s+magnitude\b|\s+on\s+the\s+richter\b)`,
  'giu',
);
/** A verb by which an agency gives a figure ("said it was", "put the magnitude at", "registered it at"). */
const GIVES =
  /\b(?:said|says|put|puts|measured|measures|recorded|records|registered|registers|reported|reports|gave|gives|estimated|estimates|rated|rates|calculated)\b/gi;
/** Words that put the figure in another clause of the sentence, or make it another quake. */
const OTHER_QUAKE = new RegExp(
  String.raw`\baftershocks?\b|\bforeshocks?\b|\b(?:last|previous|earlier|another|second|next)\b|\b(?:19|20)\d\d\b|\b(?:${MONTHS_IN_ORDER.join('|')})\b`,
  'i',
);
/** Words of a figure given before the measure is done ("a preliminary magnitude of 6.0", "initially put it at 6.0",
 * "later revised it to 6.1"): one agency's first and final figures are an update, not a contradiction. */
const PROVISIONAL =
  /\b(?:preliminary|provisional|initial|initially|revised|revise|upgraded|downgraded|first\s+put)\b/i;
/** Words that set what follows against what comes before: a figure past one is not the agency's before it. */
const CONTRAST = /\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|;/i;
/** The magnitudes a clause gives, each with the agency named for it: the nearest organisation before the figure with
 * one verb of giving between ("the USGS said it was 6.1"), or right after it ("a magnitude-6.1 quake, the USGS
 * said"). Nothing is read in a clause that speaks of an aftershock, a dated or an earlier quake: "a magnitude-6.6
 * quake killed 31,000 in Bam in 2003" is another quake's figure. A hedged figure ("about 6") is not read; "at least
 * 5.9" is a bound. */
function magnitudesIn(
  c: Clause,
): { start: number; end: number; interval: [number, number]; agency: EntityMention }[] {
  if (OTHER_QUAKE.test(c.text) || PROVISIONAL.test(c.text)) return [];
  const text = c.doc.doc.text;
  const sentence = c.sentence;
  const orgs = c.doc.entities.filter(
    (e) => e.type === 'organization' && e.start >= sentence.start && e.end <= sentence.end,
  );
  const out: { start: number; end: number; interval: [number, number]; agency: EntityMention }[] = [];
  for (const m of c.text.matchAll(MAGNITUDE_FIGURE)) {
    const hedge = (m[1] ?? m[3] ?? '').trim().toLowerCase();
    if (hedge && hedge !== 'at least') continue;
    const said = (m[2] ?? m[4])!;
    const start = c.start + m.index!;
    const end = start + m[0].length;
    const digits = said.replace(/\s/g, '');
    const v = Number(digits);
    if (!(v > 0 && v < 10)) continue;
    const half = digits.includes('.') ? 0.5 * 10 ** -digits.split('.')[1]!.length : 0.5;
    const before = orgs.filter((e) => e.end <= start).pop();
    const after = orgs.find((e) => e.start >= end);
    let agency: EntityMention | null = null;
    if (before) {
      const gap = text.slice(before.end, start);
      if ((gap.match(GIVES) ?? []).length === 1 && !CONTRAST.test(gap)) agency = before;
    }
    if (!agency && after) {
      const gap = text.slice(end, after.start);
      if (
        !CONTRAST.test(gap) &&
        !/\d/.test(gap) &&
        /^\s*(?:said|says|reported|reports|estimated|estimates)\b/i.test(
          text.slice(after.end, after.end + 12),
        )
      )
        agency = after;
    }
    if (!agency) continue;
    out.push({
      start,
      end,
      interval: [v - half, hedge === 'at least' ? Infinity : v + half],
      agency,
    });
  }
  return out;
}
/** The slot of a distance from a named place: `distance:<place>`. */
export const DISTANCE_SLOT = 'distance:';
/** After a distance's figure: its unit, a compass direction "of" a named place ("kilometers (700 miles) southeast of
 * Tehran"). */
const DISTANCE_TO_PLACE = new RegExp(
  String.raw`^\s?-?(?:km|kilomet(?:er|re)s?|(?:nautical\s+)?miles?)${UNIT_TO_DIRECTION}(?:${DIRECTION})` +
    PLACE_AFTER_OF,
  'u',
);
/** The place a distance fact is measured from, as the report writes it ("Tehran"). */
export function distancePlace(f: Fact): string {
  const q = f.quantity;
  return (
    (q && DISTANCE_TO_PLACE.exec(f.clause.doc.doc.text.slice(q.end, f.clause.end))?.[1]) ??
    f.slot.slice(DISTANCE_SLOT.length)
  );
}
/** "Varro, located 1,150 km southeast of Tarnby", "Varro, an island off the coast west of Kell and 1,500 km south of
 * Tarnby": the place a distance is measured from, and the named thing it places, the nearest name before the figure
 * that is not itself a point of reference ("west of Kell"), a place it lies in ("in Kerman province") or a speaker
 * ("the survey said"); null when no such name stands in the clause. */
function distanceFrom(c: Clause, q: Quantity): { place: string; thing: EntityMention } | null {
  const text = c.doc.doc.text;
  const m = DISTANCE_TO_PLACE.exec(text.slice(q.end, c.end));
  if (!m) return null;
  const said = c.tokens.some(
    (t) => t.end <= q.start && t.pos === 'VERB' && (SAYING.has(t.lemma) || REPORTING_VERBS.has(t.lemma)),
  );
  const thing = c.entities
    .filter(
      (e) =>
        e.end <= q.start &&
        e.form !== 'adjective' &&
        e.type !== 'country' &&
        // (a capitalised first word is a name where the report also names it inside a sentence: "the island of Varro")
        (!commonInitial(e) ||
          c.doc.entities.some(
            (x) => !x.initial && (x.entityId ?? x.canonical) === (e.entityId ?? e.canonical),
          )) &&
        !REFERENCE_BEFORE.test(text.slice(Math.max(c.start, e.start - 40), e.start)),
    )
    .pop();
  if (!thing || said) return null;
  return { place: m[1]!, thing };
}
/** Words before a name that make it a point of reference or a place something lies in, not the thing placed. */
const REFERENCE_BEFORE =
  /(?:\b(?:north|south|east|west)\w*\s+of\s+(?:the\s+(?:port|city|town|island)\s+of\s+)?|\b(?:in|near|from)\s+(?:the\s+)?)$/i;

/** "the 12000 block of East 223rd Street": the block number, and the street (its direction word left out). */
const BLOCK_OF =
  /\b(\d{2,3},?\d{3}|\d{3,4})\s+block\s+of\s+(?:(?:East|West|North|South|E\.|W\.|N\.|S\.)\s+)?(\d+(?:st|nd|rd|th)|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?)\s+(Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place)\b/gu;

/** Verbs of saying (not of announcing, which is an event): a date next to one dates the statement. */
const SAYING = new Set(
  'say|tell|add|note|write|claim|insist|explain|comment|reply|respond|stress|argue|warn|suggest|tweet'.split(
    '|',
  ),
);
const WEEKDAY_ONLY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const AUX_VERBS = new Set(['be', 'have', 'do', 'get', 'become', 'remain', 'seem', 'make']);

const NEAR_WORDS = 4;
/** Concepts of the nearest content words on each side of [start, end), inside the clause (names, numbers and
 * function words are passed over: "lifted off from Punta Ferra Spaceport at 00:47" reaches "lifted off"). */
function nearOf(c: Clause, classes: string[][], start: number, end: number): string[] {
  const out = new Set<string>();
  const inName = (t: Token) => c.entities.some((e) => t.start >= e.start && t.end <= e.end);
  const take = (i: number): boolean => {
    const t = c.tokens[i]!;
    if (!/\p{L}/u.test(t.text) || inName(t)) return false;
    if (classes[i]!.length) {
      for (const k of classes[i]!) out.add(`P:${k}`);
      return true;
    }
    if (t.stop || GENERIC.has(t.normal) || GENERIC.has(t.lemma)) return false;
    if (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'ADJ') return false;
    out.add(t.lemma.toLowerCase());
    return true;
  };
  let first = c.tokens.findIndex((t) => t.end > start);
  if (first < 0) first = c.tokens.length;
  let last = c.tokens.findIndex((t) => t.start >= end);
  if (last < 0) last = c.tokens.length;
  for (let i = first - 1, n = 0; i >= 0 && n < NEAR_WORDS; i--) if (take(i)) n++;
  for (let i = last, n = 0; i < c.tokens.length && n < NEAR_WORDS; i++) if (take(i)) n++;
  return [...out];
}

const BLANKET = /^(no|none|nobody|noone|nothing|neither)$/;
/** "No one was hurt", "nobody was injured", "none of the samples tested positive". */
function blanketAt(tokens: Token[], i: number): boolean {
  const window = tokens.slice(Math.max(0, i - 5), i);
  return (
    window.some((t) => BLANKET.test(t.normal)) ||
    window.some((t, k) => t.normal === 'no' && window[k + 1]?.normal === 'one')
  );
}

/** The end of a wire dateline ("SORRIN, Kestria, Aug 9 (KPA) - "), or 0. */
function datelineEnd(text: string): number {
  const m = /^[\p{Lu}][\p{Lu} .'’-]+,[^\n]{0,60}?(?:\([^)\n]{1,30}\))?\s*[-–—]\s/u.exec(text.slice(0, 120));
  return m ? m[0].length : 0;
}

/** The tokens of the object phrase of the predicate at token i: the next few, up to a clause mark. */
function objectWindow(c: Clause, i: number): Token[] {
  const out: Token[] = [];
  for (let k = i + 1; k < Math.min(c.tokens.length, i + 8); k++) {
    const t = c.tokens[k]!;
    if (t.text === ',' || t.text === ';' || t.normal === 'that' || t.normal === 'which' || t.normal === 'who')
      break;
    out.push(t);
  }
  return out;
}

/** The nouns after the predicate at token i, up to the next clause mark (names and numbers skipped). */
function objectOf(c: Clause, i: number): string[] {
  // past a verb of the complement ("agreed to having her photograph taken") to its nouns
  return objectWindow(c, i)
    .filter((t) => t.pos === 'NOUN' && !c.entities.some((e) => t.start >= e.start && t.end <= e.end))
    .map((t) => t.lemma.toLowerCase());
}

/** The names (entity ids) in the object phrase of the predicate at token i, up to a clause mark or a verb. */
function objectNamesOf(c: Clause, i: number): string[] {
  const window = objectWindow(c, i);
  const verb = window.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const out: string[] = [];
  for (const t of verb < 0 ? window : window.slice(0, verb)) {
    const e = c.entities.find((x) => t.start >= x.start && t.end <= x.end);
    if (e && e.form !== 'adjective' && e.type !== 'country') out.push(e.entityId ?? e.canonical);
  }
  return [...new Set(out)];
}

/** The predicate at token i acts on a definite thing ("the evacuation", "its recall", "the plane"). */
function definiteAfter(c: Clause, i: number): boolean {
  for (let k = i + 1; k < Math.min(c.tokens.length, i + 4); k++) {
    const t = c.tokens[k]!;
    if (/^(the|its|his|her|their|this|that)$/.test(t.normal)) return true;
    if (t.pos !== 'ADP' && t.pos !== 'PART') return false;
  }
  return false;
}

/** The nearest name before `at` in the clause with no verb of the lexicon or clause mark between (the value's own subject). */
function subjectOf(c: Clause, at: number, figure = false): EntityMention | undefined {
  // a capitalised first word alone ("Investigators", "Cops") is a common noun, not a name to tell facts apart by;
  // a clause that goes on with a verb ("Butler intercepted the pass, and took it back 32 yards") keeps the
  // subject of the clause before it in the sentence
  // a figure of a name's thing ("broke Newton's record of 4,051 yards", "Acme's bid of $3 billion") is that name's,
  // whatever verb governs the phrase
  const text = c.doc.doc.text;
  const owner = c.entities.find(
    (e) =>
      e.end < at &&
      e.form !== 'adjective' &&
      /^['’]s?\s+(?:[\p{L}-]+\s+){1,3}of\s+$/u.test(text.slice(e.end, at)),
  );
  if (owner) return owner;
  const cont = /^\s*(?:and|but|then)\s/i.test(c.text) && c.tokens[1]?.pos === 'VERB';
  const names = cont ? c.doc.entities.filter((e) => e.start >= c.sentence.start) : c.entities;
  // the subject stands before the clause's verb ("Valmora Athletic have signed Nikola Ardić from Aurel Mariners
  // for €17.8m": not the player signed, nor the club he came from)
  // (only where that verb is the value's own: "… for the Chiefs, who finished with 352 yards" is the Chiefs')
  const verbs = c.tokens.filter((t) => t.pos === 'VERB' && t.end <= at);
  const limit = verbs.length === 1 ? verbs[0]!.start : at;
  const m = names
    .filter(
      (e) =>
        e.end <= limit &&
        e.form !== 'adjective' &&
        e.type !== 'country' &&
        !commonInitial(e) &&
        !attributive(c, e) &&
        !comparedWith(c, e) &&
        // (for a figure: a name after a preposition is where or whose, not who: "living in Christchurch, … fell
        // 700 m", "Vale of the Hawks scored 20")
        !(figure && PLACE_PREPOSITION.test(text.slice(Math.max(c.sentence.start, e.start - 12), e.start))),
    )
    .pop();
  if (!m) return pronounSubject(c, at);
  const between = text.slice(m.end, at);
  // another clause in between ends it, but a verb joined by "and" keeps its subject ("Charles turned in an 86-yard
  // run and rushed for 226 yards"); for a figure, so does a participle after "after", "while", "but" ("Rait died after
  // slipping and falling 200 feet": Rait fell)
  const ends = figure ? CLAUSE_BREAK_BEFORE_FIGURE : CLAUSE_BREAK;
  if (ends.test(between) || between.length > 100) return undefined;
  // a name before a verb of saying is who speaks, not whom the reported clause is about ("the co-operative said
  // none of the samples had tested positive"), unless the clause goes on with a pronoun for the speaker
  // ("Stefanski said he met with Cheeks")
  const tokens = c.sentence.tokens;
  const k = tokens.findIndex(
    (t) => t.start >= m.end && t.end <= at && SAYING.has(t.lemma) && t.pos === 'VERB',
  );
  if (k >= 0) {
    const next = tokens.slice(k + 1).find((t) => t.normal !== 'that');
    if (!next || !/^(he|she|they|we|i|it)$/.test(next.normal)) return undefined;
  }
  // ("and" before anything but a verb starts another subject: "Charles and Hillis", "and Hillis added 101"; an
  // "and" right before the value joins two objects of one verb: "took 38.2 percent of the vote and 25 seats")
  const and = tokens.findIndex((t) => t.start >= m.end && t.end <= at && t.normal === 'and');
  if (and >= 0 && tokens[and + 1]?.pos !== 'VERB' && (tokens[and + 1]?.start ?? at) < at) return undefined;
  return m;
}

/** What ends a subject's reach over a later value: another clause. */
const CLAUSE_BREAK = /[;:]|\b(?:but|while|when|after|before)\b/i;
/** The same, where a participle ("after slipping", "but living in …") goes on with the subject it has. */
const CLAUSE_BREAK_BEFORE_FIGURE = /[;:]|\b(?:but|while|when|after|before)\b(?!\s+\p{L}+ing\b)/iu;
/** A preposition of place or origin right before a name ("in Christchurch", "near the Tasman Glacier", "of Wales"). (Not
 * "by": a passive's doer.) */
const PLACE_PREPOSITION = /\b(?:in|at|from|of|near|into|outside|inside|across|around)\s+(?:the\s+)?$/i;

/** A name used as a modifier of the noun after it, between an article and that noun, after the clause's verb ("he
 * set the NFL rookie record"): it says what kind of thing the verb's object is, and is not who did it. (Opening the
 * clause, "the MVX 40 stock index gained 1.2%", the name is what the noun is, and the subject.) */
function attributive(c: Clause, e: EntityMention): boolean {
  if (!c.tokens.some((t) => t.end <= e.start && t.pos === 'VERB')) return false;
  const text = c.doc.doc.text;
  if (!/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(c.sentence.start, e.start - 5), e.start))) return false;
  const next = c.sentence.tokens.find((t) => t.start >= e.end);
  return !!next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text);
}

/**
 * "He ended the day 17/35 for 205 yards": a clause whose subject is "he" or "she" (its first word, or after
 * "and"/"but") is about the person the report named last before it, within the sentence before. Unresolved
 * ("they", no person close enough), it has no subject.
 */
export function pronounSubject(c: Clause, at: number): EntityMention | undefined {
  const first = c.tokens.findIndex((t) => !/^(?:and|but|then|so|[,;])$/.test(t.normal));
  const t = c.tokens[first];
  if (!t || t.end > at || !/^(?:he|she)$/.test(t.normal)) return undefined;
  const from = c.doc.sentences[Math.max(0, c.sentence.index - 1)]!.start;
  const near = c.doc.entities
    .filter((e) => e.type === 'person' && e.start >= from && e.end <= t.start && e.form !== 'adjective')
    .pop();
  return near ?? chainSubject(c.doc, c.sentence.index);
}

/** A player's own figure ("finished with 716 yards rushing", "had five touchdowns") whose clause opens with a
 * description of a person rather than a name: "The undrafted rookie averaged 5.2 yards a carry and finished with 716
 * yards", "the 6-foot-9 senior". Which player that is, the words do not say; a report that names several players may
 * mean any of them. The description is "the" (or "this", "that"), up to four words, and a noun whose commonest sense
 * is a kind of person, before the clause's first verb, with no name among them. */
export function describedPlayer(f: Fact): boolean {
  const q = f.quantity;
  if (!q?.counted || !STAT_NOUNS.has(q.counted.toLowerCase())) return false;
  const toks = f.clause.tokens;
  const first = toks.findIndex((t) => !/^(?:and|but|then|so|also|[,;])$/.test(t.normal));
  if (first < 0 || !/^(?:the|this|that)$/.test(toks[first]!.normal)) return false;
  // (the first verb after a noun: a participle before it describes, "the undrafted rookie")
  const verb = toks.findIndex(
    (t, i) =>
      i > first &&
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      toks.slice(first, i).some((x) => x.pos === 'NOUN'),
  );
  if (verb < 0 || verb - first > 5 || toks[verb]!.end > f.start) return false;
  const words = toks.slice(first + 1, verb);
  if (f.clause.entities.some((e) => e.start < toks[verb]!.start && e.end > toks[first]!.start)) return false;
  const noun = words.findLast((t) => t.pos === 'NOUN');
  if (!noun || words.indexOf(noun) !== words.length - 1) return false;
  return personKind(noun.lemma.toLowerCase());
}

/** "Andrew Luck was terrible for a stretch. But after that he got hot… He ended the day 17/35… And he also set the
 * record": sentences whose subject is "he" or "she" go on speaking of the person who was the subject before them. The
 * person named last before the verb of the nearest sentence before `index` that is not such a sentence ("In Bush's
 * absence, running back Pierre Thomas has …" is Thomas), a few sentences back at most; undefined where the chain
 * breaks first. */
function chainSubject(doc: AnnotatedDocument, index: number): EntityMention | undefined {
  for (let k = index - 1; k >= Math.max(0, index - CHAIN_SENTENCES); k--) {
    const s = doc.sentences[k]!;
    // (a name the tagger reads as a verb, "Lee Banning was", is not the sentence's verb)
    const named = doc.entities.filter((e) => e.start >= s.start && e.end <= s.end);
    const verb = s.tokens.findIndex(
      (x) =>
        (x.pos === 'VERB' || x.pos === 'AUX') && !named.some((e) => e.start <= x.start && e.end >= x.end),
    );
    const before = verb < 0 ? s.tokens : s.tokens.slice(0, verb);
    const subject = named.findLast(
      (e) =>
        e.end <= (before[before.length - 1]?.end ?? s.start) &&
        e.form !== 'adjective' &&
        e.type !== 'country',
    );
    if (subject) return subject.type === 'person' ? subject : undefined;
    // (the chain goes on through "he", "she" and their possessives: "Of his 11 touchdowns, eight came late")
    if (!before.some((x) => /^(?:he|she|his|her)$/.test(x.normal))) return undefined;
  }
  return undefined;
}
/** How far back a chain of "he"/"she" sentences is followed to its named subject. */
const CHAIN_SENTENCES = 4;

/** A capitalised first word alone, typed by nothing ("Investigators", "Cops"): a common noun at a sentence start. */
export const commonInitial = (e: EntityMention): boolean =>
  !!e.initial &&
  e.type === 'other' &&
  !/\s/.test(e.text) &&
  // "Cheeks" resolved to Maurice Cheeks is a name; "Investigators" resolved to nothing longer is not
  (e.entityId ?? e.canonical).toLowerCase() === e.text.toLowerCase();

/** The rest of the line around [start, end) once the span itself is taken out. */
function lineAround(text: string, start: number, end: number): string {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  let b = text.indexOf('\n', end);
  if (b < 0) b = text.length;
  return (text.slice(a, start) + text.slice(end, b))
    .replace(/[\s,.|–—-]+/g, ' ')
    .replace(/\b(?:updated|posted|published)\b/gi, '');
}
