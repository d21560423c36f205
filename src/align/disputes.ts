/**
 * Disputes: outlets taking incompatible positions on one fact. One detector per kind — numbers,
 * roles filled by different entities, yes/no, lists, dates — each comparing only what the
 * comparison semantics say may conflict, and each keeping the exact clauses as evidence.
 */
import type { Entity } from '../model/report.js';
import type { AnnotatedDocument, EntityMention, Quantity, Token } from '../model/annotations.js';
import { ADMIN_AREA_WORDS, IRREALIS, PERIOD_NOUNS } from '../nlp/lexicon/words.js';
import { fold } from '../nlp/lexicon/countries.js';
import { KIN_OF } from '../nlp/quantities.js';
import { alignSettings as S } from '../settings/align.js';
import { type Clause, citedOutlet, cosine } from './clauses.js';
import { clauseTimes, continued, monthsOf, weekdaysOf } from './when.js';
import { normalizedQuantity, plural, quantitiesCompatible, specificity } from './compare.js';
import {
  bearingPlace,
  commonInitial,
  pronounSubject,
  describedPlayer,
  conceptsOf,
  DISTANCE_SLOT,
  distancePlace,
  AGE_SLOT,
  MAGNITUDE_SLOT,
  VOTE_SLOT,
  type Fact,
  type FactKind,
  comparedWith,
  factsOf,
  MODEL_SLOT,
  partialList,
  rankedBy,
  clauseList,
  RECORD_SLOT,
  STANDING_SCOPE,
  recordText,
  sameActWord,
  tokenClasses,
  unassertedAt,
  wholeYear,
} from './facts.js';
import { classesOf, EVENT_CLASSES, NEGOTIATION_SIDES, PERSON_PARTS, SPEECH_CLASSES } from './predicates.js';
import { EVENT_NOUNS, ROLE_WORDS, objectClass, verbClass } from './lexicon.js';
import { candidateSink, disputeModel, pairFeatures, probability } from './model.js';
import { officeDisputes, rankDisputes } from './offices.js';
import { gameTimeDisputes, venueDisputes } from './game.js';
import { addTo, disjointSets } from './sets.js';
import { nearestMatch, otherOptions, partOfEvent, perFact, sinceOf, tallyNow, toDate } from './spans.js';

export interface DraftPosition {
  value: string;
  normalized: string;
  /** Evidence spans: the clause (or a part of it) in its document. */
  spans: { clause: Clause; start: number; end: number }[];
}

export interface DraftDispute {
  kind: 'number' | 'date' | 'entity' | 'polarity' | 'list' | 'other';
  about: string;
  key: string;
  positions: DraftPosition[];
}

export interface DisputeContext {
  clauses: Clause[];
  vectors: Map<number, Map<string, number>>;
  entities: Map<string, Entity>;
  /** document id -> id of the independent source it counts as (copies share their original's) */
  root: Map<string, string>;
}

/** The source a clause counts as: copies of one report are their original. */
export const sourceOf = (ctx: DisputeContext, c: Clause) => ctx.root.get(c.doc.doc.id) ?? c.doc.doc.id;

const independent = (ctx: DisputeContext, a: Clause, b: Clause) => sourceOf(ctx, a) !== sourceOf(ctx, b);

/** Two sources, each naming a set of values for one thing ([source, value] pairs), of which two share none: "Quennell"
 * in one report and "Forsch" in another, neither naming the other. */
export function sourcesApart(named: [string, string][]): boolean {
  const bySource = new Map<string, Set<string>>();
  for (const [source, value] of named) bySource.set(source, (bySource.get(source) ?? new Set()).add(value));
  const sets = [...bySource.values()];
  return sets.some((a, i) => sets.slice(i + 1).some((b) => ![...a].some((x) => b.has(x))));
}

export function addPosition(
  positions: Map<string, DraftPosition>,
  key: string,
  value: string,
  normalized: string,
  clause: Clause,
  start = clause.start,
  end = clause.end,
) {
  let p = positions.get(key);
  if (!p) positions.set(key, (p = { value, normalized, spans: [] }));
  if (!p.spans.some((s) => s.clause.doc === clause.doc && s.start === start))
    p.spans.push({ clause, start, end });
}

// ---------- roles (mediator, host): the same role filled by different entities
interface RoleClaim {
  role: string;
  filler: EntityMention;
  clause: Clause;
  start: number;
  end: number;
}

function mentionBefore(
  c: Clause,
  pos: number,
  pred: (m: EntityMention) => boolean = () => true,
): EntityMention | null {
  return c.entities.filter((m) => m.end <= pos && pred(m)).pop() ?? null;
}

export function roleClaims(c: Clause): RoleClaim[] {
  const out: RoleClaim[] = [];
  const text = c.doc.doc.text;
  for (const t of c.tokens) {
    const role = ROLE_WORDS[t.normal] ?? ROLE_WORDS[t.lemma];
    if (!role) continue;
    // "X-mediated talks"
    if (text[t.start - 1] === '-') {
      const m = c.entities.find((e) => e.end === t.start - 1);
      if (m) out.push({ role, filler: m, clause: c, start: m.start, end: t.end });
      continue;
    }
    // "mediated by X" / "hosted by the X"
    const after = text.slice(t.end, Math.min(c.end, t.end + 12));
    const by = /^\s+by\s+(?:the\s+)?/i.exec(after);
    if (by) {
      const from = t.end + by[0].length;
      const m = c.entities.find((e) => e.start >= from && e.start - from <= 2);
      if (m) out.push({ role, filler: m, clause: c, start: t.start, end: m.end });
      continue;
    }
    // "X acted as an intermediary", "X has positioned itself as a mediator"; "whose country acted as ..."
    const before = text.slice(Math.max(c.start, t.start - 60), t.start);
    if (/\bas\s+(?:an?\s+|the\s+)?$/i.test(before) && t.pos === 'NOUN') {
      const whose = /\bwhose\s+country\b[^,;]*$/i.exec(text.slice(c.start, t.start));
      const limit = whose ? c.start + whose.index : t.start;
      const m = whose ? mentionBefore(c, limit, (e) => e.type === 'country') : mentionBefore(c, limit);
      if (m && (whose || /^[^,;]*$/.test(text.slice(m.end, t.start))))
        out.push({ role, filler: m, clause: c, start: whose ? c.start + whose.index : m.start, end: t.end });
    }
  }
  return out;
}

export function roleDisputes(ctx: DisputeContext): DraftDispute[] {
  // a role is compared only where the clause speaks of an event (talks, a meeting, a deal)
  const claims = ctx.clauses
    .filter((c) => c.tokens.some((t) => EVENT_NOUNS.has(t.lemma) || EVENT_NOUNS.has(t.normal)))
    .flatMap((c) => roleClaims(c));
  const byRole = new Map<string, RoleClaim[]>();
  for (const r of claims) addTo(byRole, r.role, r);
  const out: DraftDispute[] = [];
  for (const [role, rs] of [...byRole].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!sourcesApart(rs.map((r) => [r.clause.doc.doc.id, r.filler.entityId ?? r.filler.canonical])))
      continue;
    const positions = new Map<string, DraftPosition>();
    for (const r of rs) {
      const id = r.filler.entityId ?? r.filler.canonical;
      const name = ctx.entities.get(id)?.name ?? r.filler.canonical;
      addPosition(positions, id, r.clause.doc.doc.text.slice(r.start, r.end), name, r.clause);
    }
    out.push({
      kind: 'entity',
      about: `who was the ${role}`,
      key: `role:${role}`,
      positions: [...positions.values()],
    });
  }
  return out;
}

/** The detectors that read a clause's own words (roles, offices, ranks, yes/no of one act, "met with" lists), beside the
 * fact judge: what `alignStory` and `verify` both run. */
export function clauseDisputes(ctx: DisputeContext): DraftDispute[] {
  return [
    ...roleDisputes(ctx),
    ...officeDisputes(ctx),
    ...rankDisputes(ctx),
    ...gameTimeDisputes(ctx),
    ...venueDisputes(ctx),
    ...polarityDisputes(ctx),
    ...listDisputes(ctx),
  ];
}

// ---------- yes/no: the same subject, act and object, affirmed and negated
const REFUSAL = /^(refus|declin|fail|reject|den)/;

interface Act {
  key: string;
  about: string;
  negated: boolean;
  clause: Clause;
  start: number;
  end: number;
}

export function acts(c: Clause, entities: Map<string, Entity>): Act[] {
  const out: Act[] = [];
  const toks = c.tokens;
  toks.forEach((v, i) => {
    if (v.pos !== 'VERB') return;
    const cls = verbClass(v.lemma);
    if (!cls) return;
    const subject = mentionBefore(c, v.start);
    if (!subject) return;
    const between = toks.filter((t) => t.start >= subject.end && t.end <= v.start);
    const window = toks.slice(Math.max(0, i - 4), i);
    const refusal = window.some((t) => REFUSAL.test(t.lemma) || REFUSAL.test(t.normal));
    const negated = refusal || window.slice(-3).some((t) => /^(not|n't|n’t|never|no)$/.test(t.normal));
    if (between.some((t) => IRREALIS.has(t.normal) && !REFUSAL.test(t.normal))) return;
    if (!refusal && window[window.length - 1]?.normal === 'to') return;
    if (unassertedAt(toks, i)) return;
    if (between.some((t) => t.pos === 'VERB' && !REFUSAL.test(t.lemma) && !/^(do|have|be)$/.test(t.lemma)))
      return;
    const object = objectAfter(toks, i, c.entities);
    if (!object) return;
    const sid = subject.entityId ?? subject.canonical;
    const sname = entities.get(sid)?.name ?? subject.canonical;
    out.push({
      key: `${sid}|${cls}|${objectClass(object.lemma)}`,
      about: `whether ${sname} ${v.text} the ${object.text}`,
      negated,
      clause: c,
      start: subject.start,
      end: object.end,
    });
  });
  return out;
}

function objectAfter(toks: Token[], i: number, mentions: EntityMention[]): Token | null {
  let head: Token | null = null;
  for (let k = i + 1; k < toks.length && k < i + 8; k++) {
    const t = toks[k]!;
    const inMention = mentions.some((m) => t.start >= m.start && t.end <= m.end);
    if (inMention || t.pos === 'PROPN') continue;
    if (t.pos === 'NOUN') {
      head = t;
      continue;
    }
    if (head) break;
    if (
      t.pos === 'DET' ||
      t.pos === 'ADJ' ||
      t.pos === 'NUM' ||
      (t.pos === 'ADP' && t.normal === 'with') ||
      t.pos === 'PRON'
    )
      continue;
    break;
  }
  return head;
}

export function polarityDisputes(ctx: DisputeContext): DraftDispute[] {
  const all = ctx.clauses.flatMap((c) => acts(c, ctx.entities));
  const byKey = new Map<string, Act[]>();
  for (const a of all) addTo(byKey, a.key, a);
  const out: DraftDispute[] = [];
  for (const [key, as] of [...byKey].sort((a, b) => a[0].localeCompare(b[0]))) {
    const yes = as.filter((a) => !a.negated);
    const no = as.filter((a) => a.negated);
    if (!yes.length || !no.length) continue;
    if (!yes.some((y) => no.some((n) => independent(ctx, y.clause, n.clause)))) continue;
    const positions = new Map<string, DraftPosition>();
    for (const a of [...yes, ...no]) {
      const text = a.clause.doc.doc.text.slice(a.start, a.end);
      addPosition(positions, a.negated ? 'false' : 'true', text, a.negated ? 'false' : 'true', a.clause);
    }
    out.push({
      kind: 'polarity',
      about: (yes[0] ?? as[0]!).about,
      key: `polarity:${key}`,
      positions: [...positions.values()],
    });
  }
  return out;
}

// ---------- lists: the same subject and act with different sets of entities
export function listDisputes(ctx: DisputeContext): DraftDispute[] {
  interface ListClaim {
    key: string;
    about: string;
    set: Set<string>;
    names: string[];
    partial: boolean;
    clause: Clause;
    start: number;
    end: number;
  }
  const claims: ListClaim[] = [];
  for (const c of ctx.clauses)
    for (const v of c.tokens) {
      if (v.pos !== 'VERB' || verbClass(v.lemma) !== 'meet') continue;
      const subject = mentionBefore(c, v.start);
      if (!subject) continue;
      const items = c.entities.filter(
        (m) =>
          m.start > v.end && (m.type === 'country' || m.type === 'organization') && m.form !== 'adjective',
      );
      const ids = new Set(items.map((m) => m.entityId ?? m.canonical));
      if (ids.size < 2) continue;
      const sid = subject.entityId ?? subject.canonical;
      // "consult the X or the Y": alternatives name no set of whom was met
      if (/\bor\b/i.test(c.doc.doc.text.slice(items[0]!.end, items[items.length - 1]!.start))) continue;
      const partial = /\b(including|such as|among|notably|especially)\b/i.test(
        c.doc.doc.text.slice(v.end, c.end),
      );
      const names = [...ids].map((id) => ctx.entities.get(id)?.name ?? id).sort();
      claims.push({
        key: `${sid}|meet`,
        about: `whom ${ctx.entities.get(sid)?.name ?? subject.canonical} met`,
        set: ids,
        names,
        partial,
        clause: c,
        start: items[0]!.start,
        end: items[items.length - 1]!.end,
      });
      break;
    }
  const out: DraftDispute[] = [];
  const byKey = new Map<string, ListClaim[]>();
  for (const l of claims) addTo(byKey, l.key, l);
  for (const [key, ls] of [...byKey].sort((a, b) => a[0].localeCompare(b[0]))) {
    const differ = (a: ListClaim, b: ListClaim) => {
      const sub = (x: Set<string>, y: Set<string>) => [...x].every((e) => y.has(e));
      if (sub(a.set, b.set) && sub(b.set, a.set)) return false;
      if ((a.partial && sub(a.set, b.set)) || (b.partial && sub(b.set, a.set))) return false;
      return true;
    };
    const conflicting = ls.filter((a) =>
      ls.some((b) => b !== a && independent(ctx, a.clause, b.clause) && differ(a, b)),
    );
    if (conflicting.length < 2) continue;
    const positions = new Map<string, DraftPosition>();
    for (const l of conflicting)
      addPosition(
        positions,
        l.names.join(', '),
        l.clause.doc.doc.text.slice(l.start, l.end),
        l.names.join(', '),
        l.clause,
      );
    if (positions.size >= 2)
      out.push({ kind: 'list', about: ls[0]!.about, key: `list:${key}`, positions: [...positions.values()] });
  }
  return out;
}

// ---------- facts: the same slot of the same fact, filled with incompatible values
/** Modal words that make a figure a possibility, not a statement ("could reach", "might have"). */
const MODAL = new Set([
  'could',
  'might',
  'may',
  'would',
  'can',
  'must',
  'should',
  'if',
  'unless',
  'hope',
  'hopes',
  'aim',
  'aims',
  'whether',
]);

/** "needed nine points to pass Ford", "needs only 12 more votes", "needed to score 9": the figure is what it would take
 * (a semi-modal of need, like "must"), not what happened. `before` are the tokens before the figure; "need" governs it
 * when only adverbs, determiners, adjectives or "to" and its verb stand between. */
function needed(before: Token[]): boolean {
  const i = before.findLastIndex((t) => t.lemma.toLowerCase() === 'need' && t.pos !== 'NOUN');
  return (
    i >= 0 &&
    before
      .slice(i + 1)
      .every(
        (t, k, r) =>
          ['ADV', 'DET', 'ADJ', 'PART'].includes(t.pos) || (t.pos === 'VERB' && r[k - 1]?.normal === 'to'),
      )
  );
}

/** TF-IDF vectors of facts' concepts, with document frequencies over the story's clauses. */
function factVectors(facts: Fact[], clauses: Clause[]): Map<Fact, Map<string, number>> {
  const df = new Map<string, number>();
  for (const c of clauses) for (const t of new Set(conceptsOf(c))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = clauses.length || 1;
  const out = new Map<Fact, Map<string, number>>();
  for (const f of facts) {
    const tf = new Map<string, number>();
    for (const t of f.concepts) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, k] of tf) {
      // predicate classes weigh as much as the rarest word: they say what the fact is
      const idf = Math.log(1 + n / Math.min(df.get(t) ?? 1, t.startsWith('P:') ? 1 : Infinity));
      const w = (1 + Math.log(k)) * idf;
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    out.set(f, v);
  }
  return out;
}

export const sameValue = (a: Fact, b: Fact): boolean => {
  switch (a.kind) {
    case 'number':
      // (a block of a street is that block: the 12000 block is not "about" the 12200 block; a win-loss record is
      // that record: 10-5 is not "about" 10-6)
      // (a magnitude is read to the precision it is written: "6" holds 6.1, "5.9" does not)
      if (a.slot.startsWith(MAGNITUDE_SLOT)) return overlaps(a.interval!, b.interval!, 0);
      if (a.slot.startsWith('block:') || a.slot.startsWith(RECORD_SLOT))
        return a.interval![0] === b.interval![0];
      // (two bearings from one place are one place roughly given unless they point apart: south and southeast meet,
      // east and west do not)
      if (a.slot.startsWith('bearing:')) {
        const d = Math.abs(a.interval![0] - b.interval![0]) % 360;
        return Math.min(d, 360 - d) < S.bearingApart;
      }
      if (a.quantity && b.quantity)
        return quantitiesCompatible(a.quantity, b.quantity) || partOf(a, b) || partOf(b, a);
      // (two times to the second are exact: 2:06:41 and 2:06:14 differ, though by less than a share of either)
      if (S.timedSubject && toTheSecond(a) && toTheSecond(b)) return a.interval![0] === b.interval![0];
      return overlaps(a.interval!, b.interval!, S.durationTolerance);
    case 'date': {
      const week = 7 * 1440;
      // a month-day without its year is that day in the year of the other account, where it states one
      const base = yearShift(a, b);
      const shifts = (a.weekdayOnly || b.weekdayOnly ? [-week, 0, week] : [0]).map((d) => d + base);
      // a calendar day is a day in some time zone: against a time of day from another report, "on 2 December"
      // holds any instant that is 2 December somewhere (UTC-12 to UTC+14), not only in the report's own zone
      const whole = (f: Fact) => f.minutes![1] - f.minutes![0] >= 1439;
      // two calendar days with no time of day are the local dates of where it happened, as news writes them: they
      // are compared as days, whatever zone each report was written in
      // (a day written as a date, not one counted from the report's own stamp: "today" in a report stamped 02:03 with
      // no zone may be another day where it happened)
      if (whole(a) && whole(b) && !countedDay(a) && !countedDay(b)) return calendarDaysMeet(a, b, shifts);
      const slack = whole(a) !== whole(b) ? ZONE_SLACK_MINUTES : 0;
      // a day ends where the next begins: two days that only touch at midnight are two days, while a point in
      // time (a clock time read to the minute) may fall on that edge
      const point = a.minutes![0] === a.minutes![1] || b.minutes![0] === b.minutes![1];
      return shifts.some((d) => {
        const lo = Math.max(a.minutes![0] + d, b.minutes![0] - slack);
        const hi = Math.min(a.minutes![1] + d, b.minutes![1] + slack);
        return lo < hi || (lo === hi && point);
      });
    }
    case 'entity':
      return idOf(a.agent!) === idOf(b.agent!);
    case 'polarity':
      return a.negated === b.negated;
    case 'list': {
      const x = new Set(a.members!.map(idOf));
      const y = new Set(b.members!.map(idOf));
      const sub = (p: Set<string>, q: Set<string>) => [...p].every((e) => q.has(e));
      // a list that leaves a name out is not a contradiction; a list with names the other lacks on both sides is
      // "including X and Y", "X and Y were also affected": a list that says it is not the whole set contradicts none
      return sub(x, y) || sub(y, x) || partialList(a) || partialList(b);
    }
  }
};

export const idOf = (m: EntityMention) => m.entityId ?? m.canonical;

/** `whole` counts for a list of parties its clause names ("40 observers from A, B and C"), and `part`'s clause names
 * one of them without that list ("B sent three observers"): a share of the total, not a rival count of it. */
function partyShare(whole: Fact, part: Fact): boolean {
  const list = clauseList(whole.clause);
  if (!list || list.length < 2 || clauseList(part.clause)) return false;
  const ids = new Set(list.map(idOf));
  return part.clause.entities.some((e) => ids.has(idOf(e)));
}
/** The fact's subject is a name that opens its clause (after an article at most: "the MVX 40 rose …"), not an
 * owner ("Toyota's profit") nor a name inside a phrase ("sales at Toyota"). */
function leadingSubject(f: Fact): boolean {
  const e = f.subject;
  if (!e || e.start < f.clause.start) return false;
  const text = f.clause.doc.doc.text;
  if (/^['’]s?\s/.test(text.slice(e.end, e.end + 3))) return false;
  const before = text.slice(f.clause.start, e.start);
  return /^(?:[^:]*:\s*)?(?:(?:the|a|an)\s+)?$/i.test(before);
}
/** Verbs whose meaning is their object's ("take a photo", "take a title", "take to hospital"). */
const LIGHT_VERBS = new Set(['take', 'give', 'put', 'get', 'make', 'have', 'do', 'keep', 'set', 'hold']);
/** The lemma of a yes/no fact's own predicate word. */
const lemmaAt = (f: Fact) =>
  f.clause.tokens.find((t) => t.start >= f.start && t.end <= f.end)?.lemma.toLowerCase() ?? '';
/** How far a calendar day of one zone reaches into the neighbouring days of another (UTC+14 to UTC-12). */
const ZONE_SLACK_MINUTES = 14 * 60;

/** A day counted from the report's own date or stamp ("today", "yesterday", "on Friday"), not written as a date. */
const countedDay = (f: Fact): boolean =>
  /\b(?:today|tonight|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(
    f.clause.doc.doc.text.slice(f.start, f.end),
  ) && !/\d/.test(f.clause.doc.doc.text.slice(f.start, f.end));

/** Two date facts with no time of day meet as calendar days (a day, a month, a year as written, not spread over the
 * zones the reports may be in), `shifts` minutes apart (a year-less month-day read in the other's year, a weekday
 * in a neighbouring week). Days that only touch at midnight are two days. */
function calendarDaysMeet(a: Fact, b: Fact, shifts: number[]): boolean {
  const span = (f: Fact): [number, number] => [
    Date.parse(`${f.dates!.from}T00:00:00Z`) / 60000,
    Date.parse(`${f.dates!.to}T00:00:00Z`) / 60000 + 1440,
  ];
  const [x, y] = [span(a), span(b)];
  return shifts.some((d) => Math.max(x[0] + d, y[0]) < Math.min(x[1] + d, y[1]));
}

/** "two women" of "three people", or "two women" beside "one man": a count of some of the people is not a
 * rival count of all of them (it may not exceed it). */
function partOf(a: Fact, b: Fact): boolean {
  const [x, y] = [a.quantity!.counted ?? '', b.quantity!.counted ?? ''];
  if (x === y || !PERSON_PARTS.has(x)) return false;
  return PERSON_PARTS.has(y) || a.quantity!.low <= b.quantity!.high;
}

export function valueOf(f: Fact): { value: string; normalized: string; key: string } {
  const text = f.clause.doc.doc.text.slice(f.start, f.end);
  switch (f.kind) {
    case 'number': {
      const span = f.quantity?.countedSpan;
      const counted = span ? f.clause.doc.doc.text.slice(span.start, span.end).toLowerCase() : undefined;
      const norm = f.quantity
        ? normalizedQuantity(f.quantity, counted)
        : f.slot.startsWith('block:')
          ? `${f.interval![0]} block of ${f.slot.slice(6)}`
          : f.slot.startsWith('bearing:')
            ? `${text.toLowerCase()} of ${f.slot.slice(8)}`
            : f.slot.startsWith(RECORD_SLOT)
              ? recordText(f.interval![0])
              : f.slot.startsWith(MAGNITUDE_SLOT)
                ? `magnitude ${text.replace(/\s/g, '').replace(/\D*(\d+(?:\.\d+)?)\D*/, '$1')}`
                : f.slot === VOTE_SLOT
                  ? `${f.interval![0]} against`
                  : durationText(f.interval!);
      return { value: f.quantity?.text ?? text, normalized: norm, key: norm };
    }
    case 'date': {
      // the day, or the day and time where the report gives a time of day (from the minutes it was read as)
      const [lo, hi] = f.minutes!;
      const at = (m: number) => new Date(m * 60_000).toISOString();
      const d = f.dates!;
      // a time of day is shown in UTC (reports in different zones meet there); a day as the report's own day
      // (a month-day in a report with no publication time has no year to guess: the year is left out, as ISO 8601
      // writes a month-day, "--11-10", rather than shown as the stand-in year it was read in)
      const day = (iso: string) => (f.yearless && !f.clause.doc.doc.published ? `--${iso.slice(5)}` : iso);
      const norm =
        hi - lo <= 90
          ? `${at(lo).slice(0, 16)}Z`
          : d.from === d.to
            ? day(d.from)
            : `${day(d.from)}/${day(d.to)}`;
      return { value: text, normalized: norm, key: norm };
    }
    case 'entity':
      return { value: text, normalized: f.agent!.canonical, key: idOf(f.agent!) };
    case 'polarity':
      return {
        value: f.clause.text,
        normalized: f.negated ? 'false' : 'true',
        key: f.negated ? 'false' : 'true',
      };
    case 'list': {
      const names = [...new Set(f.members!.map((m) => m.canonical))].sort();
      return {
        value: text,
        normalized: names.join(', '),
        key: [...new Set(f.members!.map(idOf))].sort().join('|'),
      };
    }
  }
}

function durationText([lo, hi]: [number, number]): string {
  const units: [number, string][] = [
    [31_557_600, 'years'],
    [2_629_800, 'months'],
    [604_800, 'weeks'],
    [86_400, 'days'],
    [3_600, 'hours'],
    [60, 'minutes'],
  ];
  const [size, name] = units.find(([s]) => lo >= s) ?? [1, 'seconds'];
  const f = (x: number) => String(Math.round((x / size) * 100) / 100);
  return lo === hi ? `${f(lo)} ${name}` : `${f(lo)}–${f(hi)} ${name}`;
}

/** f is a percentage of the votes cast ("38.4% of the vote") and g one of a clause that tells a turnout ("a turnout
 * of 58.3%", "58% of voters turned out") and is not itself a share of the vote. */
const VOTE_NOUNS = new Set(['vote', 'votes', 'ballot', 'ballots']);
const voteShare = (f: Fact) => f.quantity?.unit === '%' && VOTE_NOUNS.has(f.quantity.counted ?? '');
const turnoutAgainstShare = (f: Fact, g: Fact): boolean =>
  voteShare(f) &&
  g.quantity?.unit === '%' &&
  !voteShare(g) &&
  /\bturn(?:ed|s)?[\s-]?out\b/i.test(g.clause.text);

/** f is said as a part of a whole ("one of six children") that g's figure states. */
const partOfWhole = (f: Fact, g: Fact): boolean =>
  !!f.whole && g.kind === 'number' && overlaps(f.whole, g.interval!, 0);

function overlaps(a: [number, number], b: [number, number], tol: number): boolean {
  return a[0] <= b[1] * (1 + tol) && b[0] <= a[1] * (1 + tol);
}

/** What a fact is about, as a dispute or a corroborated fact names it. */
export const factAbout = (f: Fact): string => aboutOf(f);
function aboutOf(f: Fact): string {
  if (f.slot.startsWith(AGE_SLOT)) return `the age of ${f.subject?.canonical ?? 'a person'}`;
  // the value's own predicate names it ("the planned 550 km"), else the clause's first
  const pred = (f.head.find((h) => !h.startsWith('~')) ?? f.predicates[0])?.replace('_', ' ');
  switch (f.kind) {
    case 'number':
      if (f.slot.startsWith('count:')) {
        // "a mother of 12": how many children she has, whatever the clause's act
        const text = f.clause.doc.doc.text;
        const kin = KIN_OF.exec(text.slice(Math.max(f.clause.start, f.start - 30), f.start));
        if (f.slot === 'count:child' && kin)
          return `how many children the ${kin[0].split(/\s+/)[0]!.toLowerCase()} has`;
        const span = f.quantity?.countedSpan;
        // (a count of one model names it: "how many AK-47 assault rifles", "how many AK-47s")
        const from = f.slot.startsWith(MODEL_SLOT) ? f.quantity!.end : span?.start;
        const what =
          from !== undefined
            ? f.clause.doc.doc.text.slice(from, Math.max(span?.end ?? 0, f.end)).trim()
            : plural(f.slot.slice(6));
        return `how many ${what}${pred ? ` (${pred})` : ''}`;
      }
      if (f.slot.startsWith('block:')) return `which block of ${f.slot.slice(6)}: ${gist(f)}`;
      if (f.slot.startsWith('bearing:')) return `which way from ${bearingPlace(f)}: ${gist(f)}`;
      if (f.slot.startsWith(RECORD_SLOT)) {
        const scope = f.slot.slice(RECORD_SLOT.length);
        return scope === STANDING_SCOPE
          ? `the standing of ${f.subject?.canonical ?? 'it'} after the game`
          : `the record of ${f.subject?.canonical ?? 'it'} in ${scope}`;
      }
      if (f.slot === VOTE_SLOT) return `how many voted against: ${gist(f)}`;
      if (f.slot.startsWith(MAGNITUDE_SLOT))
        return `the magnitude ${f.subject?.canonical ?? 'an agency'} gives`;
      if (f.slot.startsWith(DISTANCE_SLOT))
        return `how far ${f.subject?.canonical ?? 'it'} is from ${distancePlace(f)}`;
      return `the figure${pred ? ` (${pred})` : ''}: ${gist(f)}`;
    case 'date':
      return `when: ${gist(f)}`;
    case 'entity':
      return `who (${pred}): ${gist(f)}`;
    case 'polarity':
      return `whether: ${gist(f)}`;
    case 'list':
      return `which: ${gist(f)}`;
  }
}

/** The clause a dispute is about, as its heading quotes it: up to 80 characters, cut at a word, "…" where cut. */
const gist = (f: Fact): string => clauseGist(f.clause);
export function clauseGist(c: Clause): string {
  const t = c.text.replace(/\s+/g, ' ').trim();
  if (t.length <= 80) return t;
  const cut = t.slice(0, 80);
  const end = cut.lastIndexOf(' ');
  return `${(end > 40 ? cut.slice(0, end) : cut).replace(/[\s,;:—–-]+$/u, '')}…`;
}

/** Minimum concept similarity for two facts of one kind to be the same fact. */
const THRESHOLD: Record<FactKind, () => number> = {
  number: () => S.sameNumberFact,
  date: () => S.sameDateFact,
  entity: () => S.sameRoleFact,
  polarity: () => S.samePolarityFact,
  list: () => S.sameListFact,
};

/** The facts of a story's clauses that state one value each: no modal figures, no clause with two values for one slot. */
export function storyFacts(clauses: Clause[]): Fact[] {
  const all = clauses.flatMap(factsOf).filter((f) => {
    if (/\?\s*$/.test(f.clause.text)) return false;
    if (f.kind !== 'number' && f.kind !== 'polarity' && f.kind !== 'list') return true;
    // a modal or a condition on the value's own predicate ("could reach €120 million", "if the strike led to"):
    // the words just before the value or its verb, not anywhere in the clause
    const at = f.clause.tokens.findIndex((t) => t.end > f.start);
    const before = f.clause.tokens.slice(Math.max(0, at - S.modalReach), Math.max(0, at));
    return !before.some((t) => MODAL.has(t.normal)) && !(f.kind === 'number' && needed(before));
  });
  // a clause with two figures of one slot ("25 seats and the Greens' seven give 32 seats") states no single value
  // for it, unless they are a per-party amount and its total; the same for two dates or two lists
  const perClause = new Map<string, Fact[]>();
  // (values governed by different predicates are different facts: "detained on 8 February and charged a week later")
  const key = (f: Fact) => `${f.clause.id}|${f.kind}|${f.slot}|${f.head.join(',')}`;
  // (each fact's own group, keyed once; entities and yes/no facts are kept whatever their clause holds)
  const groupOf = new Map<Fact, Fact[]>();
  for (const f of all)
    if (f.kind !== 'entity' && f.kind !== 'polarity') groupOf.set(f, addTo(perClause, key(f), f));
  return all.filter((f) => {
    if (f.kind === 'entity' || f.kind === 'polarity') return true;
    const same = groupOf.get(f)!;
    if (same.length === 1) return true;
    // one value said twice ("15 km (9 miles)", "six years and six months, or 6.5 years") is one statement
    // the first wording stands for it: a conversion in brackets ("15 km (9 miles)") is rounded
    // (unless one says per party or in all: "6,000 ... 3,000 from each country" keeps the per-party figure)
    if (same.every((o) => sameValue(o, f)))
      return keepOne(
        f,
        same,
        same.every((o) => !o.quantity || o.quantity.distribution === 'unspecified'),
      );
    // a per-party amount and its total ("6,000 ... 3,000 from each") are one statement: keep the more specific
    if (
      f.kind !== 'number' ||
      !same.every((o) => o === f || (o.quantity && f.quantity && reconciles(o.quantity, f.quantity)))
    )
      return false;
    return keepOne(f, same);
  });
}

/** Why two facts are not the same fact (null when they are): every test of the alignment, named. */
export function factJudge(ctx: DisputeContext, facts: Fact[]) {
  const vec = factVectors(facts, ctx.clauses);
  const sim = (a: Fact, b: Fact) => cosine(vec.get(a), vec.get(b));
  const shareHead = (a: Fact, b: Fact) => a.head.some((p) => b.head.includes(p));
  const speechOnly = (f: Fact) => f.head.length > 0 && f.head.every((h) => SPEECH_CLASSES.has(h));
  // the story's own countries: those at least half of its reports name
  const docsOfCountry = new Map<string, Set<AnnotatedDocument>>();
  for (const c of ctx.clauses)
    for (const e of c.entities)
      if (e.type === 'country') {
        const id = idOf(e);
        docsOfCountry.set(id, (docsOfCountry.get(id) ?? new Set()).add(c.doc));
      }
  const reports = new Set(ctx.clauses.map((c) => c.doc)).size;
  /** A figure or date said of a country the story is not about ("a dozen were killed by a quake in eastern China"
   * in reports of a quake in Iran): its clause's countries, or null when it names one of the story's own or none.
   * Read once per clause: every fact of a clause has the same. */
  const abroadCache = new Map<Clause, Set<string> | null>();
  const abroad = (f: Fact): Set<string> | null => {
    let v = abroadCache.get(f.clause);
    if (v !== undefined) return v;
    let cs = new Set(f.clause.entities.filter((e) => e.type === 'country').map(idOf));
    const before = cs.size ? null : continued(f.clause);
    if (before)
      cs = new Set(
        f.clause.doc.entities
          .filter((e) => e.type === 'country' && e.start >= before.start && e.end <= before.end)
          .map(idOf),
      );
    v = cs.size && ![...cs].some((id) => (docsOfCountry.get(id)?.size ?? 0) * 2 >= reports) ? cs : null;
    abroadCache.set(f.clause, v);
    return v;
  };
  // "no injuries have been reported" denies the injuries another report counts ("at least two drivers were injured")
  const countedCache = new Map<Fact, boolean>();
  const counted = (f: Fact) => {
    let v = countedCache.get(f);
    if (v === undefined)
      countedCache.set(
        f,
        (v = facts.some(
          (n) => n.kind === 'number' && n.clause === f.clause && n.head.some((p) => f.head.includes(p)),
        )),
      );
    return v;
  };
  const blanket = (a: Fact, b: Fact) =>
    a.kind === 'polarity' &&
    ((!!a.blanket && !b.negated && counted(b)) || (!!b.blanket && !a.negated && counted(a))) &&
    shareHead(a, b);

  // the wholes the story's reports state ("25 of the assembly's 61 seats": 61 seats in all), per slot
  const wholes = new Map<string, [number, number][]>();
  for (const f of facts) if (f.whole) addTo(wholes, f.slot, f.whole);
  const isWhole = (f: Fact) =>
    f.kind === 'number' && !f.whole && (wholes.get(f.slot) ?? []).some((w) => overlaps(f.interval!, w, 0));

  function why(a: Fact, b: Fact): string | null {
    const kind = a.kind;
    if (!independent(ctx, a.clause, b.clause)) return 'same source';
    // "The 61 seats are shared among the parties" names the whole another report counts a part of ("won 25 of the
    // 61 seats"); under two different predicates it is not a rival figure for the part
    if (isWhole(a) !== isWhole(b) && !shareHead(a, b))
      return 'one states the whole the other counts a part of';
    // "averaged more than 30 home runs in his six seasons" / "hit 13 home runs in 54 games": an average is not a total
    if (kind === 'number' && averaged(a) !== averaged(b)) return 'an average and a total';
    // "one of six children" against "six children": the part and its own whole
    if (partOfWhole(a, b) || partOfWhole(b, a)) return 'a part and the whole it is counted of';
    // "won 38.4% of the vote" / "a turnout of 58.3%": a share of the votes cast and the share of voters who voted
    if (kind === 'number' && (turnoutAgainstShare(a, b) || turnoutAgainstShare(b, a)))
      return 'a share of the vote and a turnout';
    if (!sameSeries(a, b)) return 'one of a series (first/next/earlier…)';
    // one person's age is one fact, whatever else the two clauses say of the person ("Ortiz, 35, was a 15-year member
    // of the department" / "Deputy Jerry Ortiz, 35, was shot")
    if (a.slot.startsWith(AGE_SLOT)) return null;
    // so is one named person's time to the second ("Amsel crossed the line in 2:06:41" / "Amsel stormed to victory in
    // 2:06:14"): a timed effort, whatever verb tells it
    if (
      S.timedSubject &&
      a.slot === 'duration' &&
      toTheSecond(a) &&
      toTheSecond(b) &&
      a.subject &&
      b.subject &&
      idOf(a.subject) === idOf(b.subject)
    )
      return null;
    // "hit in the back by three of the seven bullets" / "Two bullets struck from the front": counts of an act on two
    // opposite sides of one body or thing are two parts of it
    if (kind === 'number') {
      const [sa, sb] = [sidesOf(a), sidesOf(b)];
      if (sa.size && sb.size && ![...sa].some((x) => sb.has(x))) return 'counts on two sides of one thing';
    }
    // "3 machine guns" / "12 AK 47 guns": each names its kind of the thing, and the kinds differ
    // (a count that names no kind is compared with one that does: "two other rifles" / "three other assault rifles")
    if (a.slot.startsWith('count:')) {
      const [ka, kb] = [kindWords(a), kindWords(b)];
      if (ka.size && kb.size && ![...ka].some((w) => kb.has(w))) return 'counts of two kinds of the thing';
    }
    if (kind === 'number' || kind === 'date') {
      const [xa, xb] = [abroad(a), abroad(b)];
      if (!xa !== !xb || (xa && xb && ![...xa].some((c) => xb.has(c))))
        return 'said of a country the story is not about';
    }
    if (blanket(a, b)) return null;
    const s = sim(a, b);
    // a verb of saying or publishing is who gives a figure, not what it counts ("some 62 percent of respondents
    // said …" / "a poll published on Sunday said 83.3 percent of Greeks were unhappy"): two figures governed by
    // nothing else share no predicate, and are one fact only as plainly as two figures with none
    if (kind === 'number' && speechOnly(a) && speechOnly(b) && s < S.sameFactNoPredicate)
      return `governed only by saying (sim ${s.toFixed(2)})`;
    // the same fact: the predicate that governs the value is of one class ("were evacuated", "had left their homes")
    if (!a.head.length || !b.head.length) {
      if (a.head.length || b.head.length || s < S.sameFactNoPredicate)
        return `no governing predicate (sim ${s.toFixed(2)})`;
    } else if (!shareHead(a, b)) {
      // the nearest predicate word may be another verb of the clause ("remains of 6,000 soldiers who perished"):
      // clauses that share a predicate class and clearly more context state the same fact too
      // (not where a figure is a measure of a thing, a population or a weight, which no verb of the clause governs)
      if (
        !a.predicates.some((p) => b.predicates.includes(p)) ||
        s < THRESHOLD[kind]() + S.looseHeadExtra ||
        [...a.head, ...b.head].some((h) => MEASURES.has(h))
      )
        return `predicates differ (${a.head.join('/')} vs ${b.head.join('/')}, sim ${s.toFixed(2)})`;
      // ...but not two values each plainly the object of its own act ("shot three co-workers" / "shot and killed
      // two co-workers": three shot, two killed)
      if (a.direct && b.direct && !a.direct.some((x) => b.direct!.includes(x)))
        return `predicates differ (${a.direct.join('/')} vs ${b.direct.join('/')}: each the object of its own act)`;
      // ...nor a value plainly the object of an act the other clause does not name at all ("a revolver loaded with
      // four bullets" / "hit by three of the seven bullets fired": loaded, not fired)
      if (kind === 'number' && (unnamedAct(a, b) || unnamedAct(b, a)))
        return `predicates differ (${(a.direct ?? a.head).join('/')} vs ${(b.direct ?? b.head).join('/')}: an act the other does not name)`;
      // ...nor where the other clause gives a figure of its own right beside this one's act ("As many as 80 people
      // were also wounded" / "Ten people are killed and about 50 hurt": the 50 are the wounded, the ten the dead)
      if (figureBeside(b.clause, a.head) || figureBeside(a.clause, b.head))
        return `predicates differ (${a.head.join('/')} vs ${b.head.join('/')}: the other clause has its own figure for it)`;
    }
    // a date without its year is a guess of the year: not compared across reports published far apart (a month-day
    // is compared by month and day, whatever year is guessed for it)
    const byDay = (f: Fact) => !!f.yearless || !!f.countedBack || statedYear(f);
    if (
      kind === 'date' &&
      (!statedYear(a) || !statedYear(b)) &&
      !(byDay(a) && byDay(b)) &&
      !(daysApart(a, b) <= S.yearlessDateDays)
    )
      return 'a date without its year, in reports far apart in time';
    // a figure or a date is of the same thing when the words around it meet ("fee of €17.8m", "a €25m deal")
    if ((kind === 'number' || kind === 'date') && !a.near.some((x) => b.near.includes(x)))
      return 'the words around the values do not meet';
    // whether something was announced, confirmed or released is a question about what was made known: "his death was
    // confirmed" / "the cause of death was not announced", "he was released from jail" / "the victims' names have not
    // been released" are two questions
    if (kind === 'polarity' && [...a.head, ...b.head].some((h) => CONTENT_ACTS.has(h))) {
      const [pa, pb] = [madeKnownOf(a), madeKnownOf(b)];
      if (pa && pb && pa !== pb) return `two different things made known (${pa} / ${pb})`;
      // "did not reveal what she was being treated for" leaves a question open; it says nothing of what another
      // report says was confirmed ("confirmed that she had entered rehab")
      const [qa, qb] = [questionMadeKnown(a), questionMadeKnown(b)];
      if (qa !== qb) return `a question left open against a thing made known (${qa ?? pb} / ${qb ?? pa})`;
      // "confirmed that his club had made an offer" / "the numbers aren't confirmed": what one made known is not in
      // the other's that-clause
      const [ta, tb] = [thatMadeKnown(a), thatMadeKnown(b)];
      const named = (x: string) => [x, x.slice(0, 5), ...classesOf(x).map((k) => `P:${k}`)];
      if (
        (ta && !pa && pb && !named(pb).some((w) => ta.has(w))) ||
        (tb && !pb && pa && !named(pa).some((w) => tb.has(w)))
      )
        return `two different things made known (${pa ?? 'a that-clause'} / ${pb ?? 'a that-clause'})`;
    }
    // "the man, whom police did not identify" says a name was withheld when the report was written; "the suspect,
    // identified as X" gives one: a name not (yet) made public is no denial of the name another report gives
    if (kind === 'polarity' && a.negated !== b.negated && (namingAct(a) || namingAct(b)))
      return 'a name withheld against a name given';
    // who did an act is one fact only where the two clauses say what it was done to or in beyond the act itself
    // ("an inquiry led by X" / "the inquiry will be led by Y", not "the ownership group led by X" / "Y heading a
    // package"), or the two doers hold one title ("Judge X, who presided over the trial" / "Judge Y, who chaired the
    // panel")
    // the day something is due to happen and the day something was done are two facts: plans move ("Windows 8, due
    // to be released Oct. 26" / "MS08-067 was released on Oct. 23"; "the announcement will be made December 14th" /
    // "the film was released on November 21st")
    if (kind === 'date') {
      const [ta, tb] = [tenseOfAct(a), tenseOfAct(b)];
      if ((ta === 'plan' && tb === 'done') || (ta === 'done' && tb === 'plan'))
        return 'the date of a plan against the date of an act done';
      // the dates of one act done to two named things are two facts ("won an Emmy in 2005" / "won a Tony Award in 2004")
      const [na, nb] = [namesActedOn(a), namesActedOn(b)];
      if (na.length && nb.length && !na.some((x) => nb.includes(x)))
        return `acts on different things (${na.join(', ')} / ${nb.join(', ')})`;
    }
    if (kind === 'entity') {
      const acts = new Set([...a.head, ...b.head].map((h) => `P:${h}`));
      const titles = (f: Fact) => new Set((f.agent?.role ?? '').toLowerCase().match(/\p{L}+/gu) ?? []);
      const [ta, tb] = [titles(a), titles(b)];
      // (a thing, not an ordinal: "the second Twilight" and "the second-unit director" name no common thing)
      const thing = (x: string) => !acts.has(x) && !SERIES.has(x);
      if (!a.near.some((x) => thing(x) && b.near.includes(x)) && ![...ta].some((w) => tb.has(w)))
        return 'nothing beyond the act in common';
    }
    // "He has 548 rushing yards": a figure of a person the report names nowhere near is someone's figure, and whose
    // is not known; it is not lined up with another person's figure, nor with another such one
    if (kind === 'number' && (unnamedPerson(a) || unnamedPerson(b)))
      return 'a figure of a person not named here';
    if (kind === 'polarity' && (unknownDoer(a) || unknownDoer(b))) return 'an act of someone not named here';
    // one named side's record over one span is one fact, whatever else the two clauses say of it; a record of no named
    // side is compared with none
    if (a.slot.startsWith(RECORD_SLOT))
      return a.subject && b.subject && idOf(a.subject) === idOf(b.subject) ? null : 'records of two sides';
    // one agency's magnitude of the quake is one fact, whatever else the two clauses say; two agencies' are two
    if (a.slot.startsWith(MAGNITUDE_SLOT))
      return a.subject && b.subject && idOf(a.subject) === idOf(b.subject)
        ? null
        : 'magnitudes of two agencies';
    // how far one named thing is from one named place is one fact, whatever else the two clauses say of it
    if (a.slot.startsWith(DISTANCE_SLOT) && a.subject && b.subject && idOf(a.subject) === idOf(b.subject))
      return null;
    // an amount with no counted thing (€, %, km) is of the same thing when the words around it share more than
    // its predicate ("the recall will cost €95m" / "the recall is expected to cost €59m"; not "the ducat fell
    // 0.6%" / "inflation fell to 2.9%")
    if (
      kind === 'number' &&
      !a.slot.startsWith('count:') &&
      !(a.slot === 'duration' && strongPair(a, b)) &&
      !a.near.some((x) => b.near.includes(x) && !a.head.some((h) => x === `P:${h}`)) &&
      // a share of the same people or things ("58% of voters" / "seven in ten voters") measures the same
      !(a.slot === 'unit:%' && !!a.quantity?.counted && a.quantity.counted === b.quantity?.counted) &&
      // ...or the same named thing heads both clauses under one predicate ("the MVX 40 rose 2.1%" / "The MVX 40
      // stock index gained 1.2 percent")
      !(shareHead(a, b) && leadingSubject(a) && leadingSubject(b) && idOf(a.subject!) === idOf(b.subject!))
    )
      return 'the amounts measure different things';
    // a year of a life or a history holds many acts of one class ("moved to Florida in 1957" / "snapshots were taken
    // in 1954"; "the bridge opened in 2022" / "the trial began in January 2024"): a year is of the same act as another
    // date only where both reports name the act by the same word
    // (the year of one named work is one fact: "the 2005 film X" / "the 2006 HBO movie X")
    if (a.slot.startsWith('date:work:')) return null;
    if ((wholeYear(a) || wholeYear(b)) && !sameActWord(a, b)) return 'a year of an act named by another word';
    // a date dates an event ("broke out", "was arrested", "announced"), next to the date on both sides
    // (a year written out dates the act itself whatever its class: "In 1957, Page disappeared" is no state read on the
    // day of the report)
    if (kind === 'date' && !strongPair(a, b, (p) => EVENT_CLASSES.has(p) || (wholeYear(a) && wholeYear(b))))
      return 'not the date of one event';
    const floor = kind === 'number' && !a.slot.startsWith('count:') ? S.sameAmountFact : THRESHOLD[kind]();
    // the value's own predicate is of one class on both sides and stands next to it: the same fact even in
    // clauses that say much else ("Holm was arrested on November 14" / "Holm was detained on 8 February")
    const strong = strongPair(a, b) || ((kind === 'polarity' || kind === 'entity') && shareHead(a, b));
    // a yes/no of one act on one named thing ("grounded its other SJ-190 aircraft" / "ruled out grounding the
    // rest of the SJ-190 fleet") is one fact however differently the rest of the two clauses reads
    if (kind === 'polarity' && shareHead(a, b) && a.objectNames?.some((x) => b.objectNames?.includes(x)))
      return null;
    const need = strong ? Math.min(floor, S.sameStrongFact) : floor;
    return s >= need ? null : `context too different (sim ${s.toFixed(2)} < ${need})`;
  }

  /** The closest candidate, when it is clearly closer than any candidate with another value: a report that gives
   * two figures for one slot ("four years" for one defendant, "six and a half" for another) cannot be lined up
   * with a third report's bare "eight years". */
  function closest(x: Fact, cands: Fact[]): Fact | null {
    if (!cands.length) return null;
    // the governing predicate counts first: "began at 6am" answers "began at midnight", not "stood idle on Monday"
    const scores = new Map(cands.map((o) => [o, sim(x, o) + (shareHead(x, o) ? S.sameHeadBonus : 0)]));
    const score = (o: Fact) => scores.get(o)!;
    const sorted = cands.slice().sort((p, q) => score(q) - score(p));
    const best = sorted[0]!;
    const rival = sorted.find((o) => o !== best && !sameValue(o, best));
    if (rival && score(best) - score(rival) < S.alignMargin) return null;
    return best;
  }

  /** Whether two facts of two reports are each other's closest among the facts of `fs` in the other's report: the
   * pairs `edges` lines up, asked of one pair. */
  function aligned(a: Fact, b: Fact, fs: Fact[]): boolean {
    const of = (d: AnnotatedDocument, x: Fact) => fs.filter((o) => o.clause.doc === d && !why(x, o));
    return closest(a, of(b.clause.doc, a)) === b && closest(b, of(a.clause.doc, b)) === a;
  }

  /** Mutual best pairs of facts, per pair of reports. Asked once per list: alignStory asks it of each figure's and date's
   * slot (claims' shared facts), factDisputes of every slot again; a slot whose facts are all in full clauses is the
   * same list both times, and the judge's answers for it do not change. (Callers never change what it returns.) */
  const edgesDone = new Map<string, [Fact, Fact][]>();
  const factNumber = new Map(facts.map((f, i) => [f, i]));
  const docNumber = new Map<AnnotatedDocument, number>();
  const listKey = (fs: Fact[], docs: AnnotatedDocument[]) => {
    for (const d of docs) if (!docNumber.has(d)) docNumber.set(d, docNumber.size);
    return `${fs.map((f) => factNumber.get(f) ?? -1).join(',')}|${docs.map((d) => docNumber.get(d)!).join(',')}`;
  };
  function edges(fs: Fact[], docs: AnnotatedDocument[]): [Fact, Fact][] {
    // (a fact the judge was not given has no number: such a list is not remembered)
    const key = fs.every((f) => factNumber.has(f)) ? listKey(fs, docs) : null;
    const done = key === null ? undefined : edgesDone.get(key);
    if (done) return done;
    const out = lineUp(fs, docs);
    if (key !== null) edgesDone.set(key, out);
    return out;
  }
  function lineUp(fs: Fact[], docs: AnnotatedDocument[]): [Fact, Fact][] {
    const out: [Fact, Fact][] = [];
    const byDoc = new Map<AnnotatedDocument, Fact[]>();
    for (const f of fs) addTo(byDoc, f.clause.doc, f);
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) {
        const A = byDoc.get(docs[i]!) ?? [];
        const B = byDoc.get(docs[j]!) ?? [];
        // copies of one report, or two reports of one outlet, are one source: nothing to line up
        if (!A.length || !B.length || !independent(ctx, A[0]!.clause, B[0]!.clause)) continue;
        // whether each pair may be one fact, judged once: the way back from b asks it of the same pairs again
        const may = A.map((a) => B.map((b) => !why(a, b)));
        // the facts of A that b may be (asked once per b: many facts of A can have b as their closest)
        const backOf = new Map<Fact, Fact[]>();
        A.forEach((a, i) => {
          const b = closest(
            a,
            B.filter((_, j) => may[i]![j]),
          );
          if (!b) return;
          let back = backOf.get(b);
          if (!back) {
            const j = B.indexOf(b);
            backOf.set(b, (back = A.filter((_, k) => may[k]![j])));
          }
          if (closest(b, back) === a) out.push([a, b]);
        });
      }
    return out;
  }

  /** Why two aligned facts are not a contradiction (null when they are). */
  function conflictWhy(a: Fact, b: Fact, fs: Fact[]): string | null {
    if (sameValue(a, b)) return 'compatible values';
    // an age is told at a time the report may not say: 27 when arrested, 29 at the trial
    if (a.slot.startsWith(AGE_SLOT)) return 'ages told at different times';
    if (bothNamed(a, b, fs)) return 'each report names the other person too';
    if (a.kind !== 'entity' && !sameActors(a, b)) return 'about different people or organisations';
    if (a.subject && b.subject && idOf(a.subject) !== idOf(b.subject))
      return `said of different names (${a.subject.canonical} / ${b.subject.canonical})`;
    // "several" against "thousands": two vague amounts state no figure to contradict; one vague amount conflicts
    // only when the two facts are plainly the same
    if (a.kind === 'number' && a.quantity?.qualifier === 'vague' && b.quantity?.qualifier === 'vague')
      return 'two vague amounts';
    if (
      a.kind === 'number' &&
      (a.quantity?.qualifier === 'vague' || b.quantity?.qualifier === 'vague') &&
      !strongPair(a, b)
    )
      return 'a vague amount';
    // "collapsed four kilometres from the finish" / "collapsed at the 38-kilometre mark": a measure from a point is read
    // from that point; two measures from two points (one from the finish, one a marker) do not contradict
    if (S.measuredFromPoint && a.kind === 'number' && a.quantity?.unit) {
      const [pa, pb] = [fromPoint(a), fromPoint(b)];
      if (pa && pb && pa !== pb) return 'measures from two different points';
    }
    // "ran 2:06:41" / "a record that had stood for seven years": a span of hours and one of days or more measure two
    // different things, whatever verbs the clauses share
    if (S.durationScales && a.slot === 'duration' && a.interval && b.interval) {
      const day = 86_400;
      if (a.interval[1] < day !== b.interval[1] < day)
        return 'spans of two different scales (hours / days or more)';
    }
    // "his team led by 18 points" / "Ely scored 23 points": a margin between two sides is no count of either
    if (a.kind === 'number' && !!a.margin !== !!b.margin) return 'a margin and a count';
    // "four seasons as the team's director of personnel" counts the time in one role, "19 seasons with the 76ers" all
    if (a.kind === 'number' && roleOf(a) !== roleOf(b)) return 'figures of two different roles';
    // "about 40 observers from the UN, the OSCE and the CIS" counts all of them; "the OSCE sent three" one's share
    if (a.kind === 'number' && (partyShare(a, b) || partyShare(b, a)))
      return "several parties' total and one party's share";
    // "205 yards in the game" and "4,183 yards in a season" are totals over two spans of time
    if (a.kind === 'number') {
      const [pa, pb] = [periodOf(a), periodOf(b)];
      if (pa && pb && pa !== pb) return `totals over two different periods (${pa} / ${pb})`;
      // "28 punches during the round" / "178 punches" in the fight: a part of an event against all of it or another part
      const [xa, xb] = [partOfEvent(a), partOfEvent(b)];
      if (xa !== xb) return `totals over two different parts of the event (${xa || 'all'} / ${xb || 'all'})`;
      // "TWO people died last night" in the morning paper, "Four people have now died" in the evening bulletin: a tally
      // the later report gives as of its own time, above the earlier figure, has risen since (an update)
      if (S.tallyRisen && risenSince(a, b)) return 'a tally that rose after the earlier report (an update)';
      // "who now has 2,302 points" / "scored 20 points last night": all gathered to date, and what one act gathered
      if (toDate(a) !== toDate(b) && !a.head.some((h) => b.head.includes(h)))
        return 'a total to date and one act';
      // "arrested four times" / "arrested three times since October": a count of occasions is counted over a span
      if (a.quantity?.counted === 'times' && sinceOf(a) !== sinceOf(b))
        return 'occasions counted from two starts';
      // "nine voting to put him to death" / "three voting for life without parole": voters for two options
      if (otherOptions(a, b)) return 'voters for two different options';
    }
    // "Mweb announced on 12 October" / "Seacom announced on 14 October": one act done by two named doers is two acts
    if (a.kind === 'date' && namedAgent(a) && namedAgent(b) && namedAgent(a) !== namedAgent(b))
      return 'acts of two different doers';
    if (stampedApart(a, b)) return 'values at two different times (an update)';
    if (stampedBefore(a, b)) return 'a value dated well before the other report (background)';
    // what one party demands and what the other offers are two positions of a negotiation
    const side = (f: Fact) => NEGOTIATION_SIDES.filter((c) => f.near.includes(`P:${c}`));
    const [sa, sb] = [side(a), side(b)];
    if (sa.length === 1 && sb.length === 1 && sa[0] !== sb[0]) return 'a demand and an offer (two positions)';
    // a state ("seven people remain unaccounted for", "11 patients are in hospital") is measured when it is
    // reported: two reports a day apart measure two moments
    if (
      a.kind === 'number' &&
      !a.head.some((h) => EVENT_CLASSES.has(h)) &&
      !b.head.some((h) => EVENT_CLASSES.has(h)) &&
      hoursApart(a, b) >= S.stateUpdateHours &&
      // (two states both told in the past, "was carrying 140 people when it struck", "112 people were on board", are
      // the state at the event, not at each report's time)
      !(S.pastStatesAtEvent && pastState(a) && pastState(b))
    )
      return 'a state measured at two different times (an update)';
    // yes and no about two different subjects ("Cheeks did not meet them" / "Stefanski said he met with Cheeks")
    if (
      (a.kind === 'polarity' || a.kind === 'date') &&
      a.subject &&
      b.subject &&
      idOf(a.subject) !== idOf(b.subject)
    )
      return `said of different names (${a.subject.canonical} / ${b.subject.canonical})`;
    if (
      a.kind === 'polarity' &&
      a.object?.length &&
      b.object?.length &&
      !a.object.some((o) => b.object!.includes(o)) &&
      !a.objectNames?.some((x) => b.objectNames?.includes(x))
    )
      return `acts on different things (${a.object.join(' ')} / ${b.object.join(' ')})`;
    // a light verb means what its object makes of it ("took it off", "have her photograph taken", "made a
    // statement"): yes and no of one are of one fact only when both name the same thing it acts on
    if (
      a.kind === 'polarity' &&
      (LIGHT_VERBS.has(lemmaAt(a)) || LIGHT_VERBS.has(lemmaAt(b))) &&
      !(a.object?.length && b.object?.length && a.object.some((o) => b.object!.includes(o)))
    )
      return 'a light verb without the same object on both sides';
    if (!listsMeet(a, b)) return 'lists share no name';
    // those it did not happen to are another set than those it happened to
    if (a.kind === 'list' && !!a.negated !== !!b.negated) return 'a list of what did not happen';
    // places and things are listed for many reasons ("between Europe, the Middle East and Asia"): two lists of them
    // are one list only when the act that gathers them stands beside both ("ordered recounts in Kessow and Tarn")
    if (a.kind === 'list' && a.slot === 'list:things' && !strongPair(a, b))
      return 'lists gathered by different acts';
    return null;
  }
  function features(a: Fact, b: Fact, fs: Fact[]): number[] {
    return pairFeatures(a, b, {
      sim: sim(a, b),
      headShared: shareHead(a, b),
      strong: strongPair(a, b),
      candidates: fs.filter((f) => f.clause.doc === a.clause.doc || f.clause.doc === b.clause.doc).length,
    });
  }
  return { sim, why, closest, aligned, edges, conflictWhy, features };
}

/** Facts of two reports about the same slot: they share what the fact is (a predicate class) and enough of its context. */
export function factDisputes(
  ctx: DisputeContext,
  facts = storyFacts(ctx.clauses),
  judge = factJudge(ctx, facts),
): DraftDispute[] {
  const bySlot = new Map<string, Fact[]>();
  for (const f of facts) addTo(bySlot, `${f.kind}|${f.slot}`, f);
  const out: DraftDispute[] = [];
  for (const [slotKey, fs] of [...bySlot].sort((a, b) => a[0].localeCompare(b[0]))) {
    const docs = [...new Set(fs.map((f) => f.clause.doc))];
    if (docs.length < 2) continue;
    const kind = fs[0]!.kind;
    const edges = judge.edges(fs, docs);
    // candidates: aligned facts with incompatible values; the model keeps those a careful reader would report
    const model = disputeModel();
    const sink = candidateSink();
    const conflicts = edges.filter(([a, b]) => {
      if (judge.conflictWhy(a, b, fs)) return false;
      if (!model && !sink) return true;
      const x = judge.features(a, b, fs);
      const p = model ? probability(model, x) : null;
      sink?.({ a, b, features: x, p });
      return !model || p! >= model.threshold;
    });
    if (!conflicts.length) continue;
    // the facts in conflict, and those aligned with one of them and agreeing with it (one step, no chains)
    const linked = new Set<Fact>(conflicts.flat());
    // (not through an open bound: "at least 10" agrees with "more than 31,000" and with 10, and ties neither to the
    // other)
    const open = (f: Fact) => !!f.interval && !Number.isFinite(f.interval[1]);
    for (const [a, b] of edges)
      if (sameValue(a, b) && (linked.has(a) || linked.has(b)) && !open(linked.has(a) ? a : b)) {
        linked.add(a);
        linked.add(b);
      }
    // one dispute per set of facts linked by alignment
    // (the set is represented by its earliest fact)
    const { find, join } = disjointSets<Fact>((x, y) => (order(x) > order(y) ? y : x));
    for (const [a, b] of edges) if (linked.has(a) && linked.has(b)) join(a, b);
    const comps = new Map<Fact, Fact[]>();
    for (const f of linked) addTo(comps, find(f), f);
    for (const comp of [...comps.values()].sort((x, y) => order(x[0]!) - order(y[0]!))) {
      // positions are founded on the most precise statements ("at 02:47", not "on 2 December")
      const members = comp.sort(
        (x, y) => specificityOf(y) - specificityOf(x) || width(x) - width(y) || order(x) - order(y),
      );
      // a report that gives one fact two rival values in two statements ("has fallen some 700 metres" of one
      // climber, "falling about 200ft" of another, with nothing in either clause to tell them apart) speaks of two
      // things of that kind: which of them another report's value answers is not known, so neither takes a side
      // (two sources' versions the report gives are versions: "police said 3, the hospital 5")
      const twoOfAKind = (f: Fact) =>
        kind === 'number' &&
        fs.some(
          (g) =>
            g.clause.doc === f.clause.doc &&
            g.clause !== f.clause &&
            g.head.some((h) => f.head.includes(h)) &&
            !(
              f.clause.attribution &&
              g.clause.attribution &&
              f.clause.attribution !== g.clause.attribution
            ) &&
            judge.sim(f, g) >= THRESHOLD.number() &&
            !judge.conflictWhy(f, g, fs),
        );
      const groups: Fact[][] = [];
      for (const f of members) {
        const g = groups.find((g) => sameValue(g[0]!, f));
        if (g) g.push(f);
        else groups.push([f]);
      }
      if (groups.length < 2) continue;
      // a vaguer statement that fits two positions ("on 2 December" against 00:47 and 02:47) takes no side
      const sides = groups
        .map((g) => g.filter((f) => f === g[0] || groups.every((o) => o === g || !sameValue(o[0]!, f))))
        .filter((g) => g.length);
      const opposed = opposedSides(sides)
        .map((g) => g.filter((f) => !twoOfAKind(f)))
        .filter((g) => g.length);
      if (opposed.length < 2) continue;
      const positions = new Map<string, DraftPosition>();
      for (const g of opposed) {
        const v = valueOf(g[0]!);
        for (const f of g) addPosition(positions, v.key, v.value, v.normalized, f.clause);
      }
      const first = conflicts.find(([a]) => comp.includes(a))?.[0] ?? comp[0]!;
      out.push({
        kind,
        about: aboutOf(first),
        key: `fact:${slotKey}:${order(first)}`,
        positions: [...positions.values()],
      });
    }
  }
  return out;
}

/** Two values one report states side by side, each of its own, are two facts of the story, not two versions of one:
 * "six AK-47 rifles, 12 magazines" seized in one operation and "31 magazines" in all five; a poll's 68 per cent and its
 * 4.5 per cent margin of error. Their positions are not set against each other; a dispute stands on two positions no
 * report shares (unless the report gives them as two sources' versions: "police said 3, the hospital 5"). Returns
 * the positions that still face another, or none. */
function opposedSides(sides: Fact[][]): Fact[][] {
  const shared = (x: Fact[], y: Fact[]) =>
    x.some((a) =>
      y.some((b) => {
        if (a.clause.doc !== b.clause.doc) return false;
        const [s, t] = [a.clause.attribution, b.clause.attribution];
        return !(s && t && s !== t);
      }),
    );
  return sides.filter((x, i) => sides.some((y, j) => i !== j && !shared(x, y)));
}

/** One statement made by several figures of a clause: the most specific stands for it, with their context. */
function keepOne(f: Fact, same: Fact[], firstStated = false): boolean {
  const top = same
    .slice()
    .sort((x, y) => (firstStated ? 0 : specificityOf(y) - specificityOf(x)) || x.start - y.start)[0]!;
  // the statement's context is that of all its figures ("remains of 6,000 soldiers ... 3,000 from each country")
  if (top === f) f.near = [...new Set(same.flatMap((o) => o.near))];
  return top === f;
}

/** Words that open another clause, whose series words are that clause's own. */
const SERIES_OPENERS = new Set('when|while|whereas|because|although|though|whenever'.split('|'));

/** Words that make a fact one of a series when they modify a noun ("the earlier meeting", "the second round", "the
 * previous record"): facts that differ in them are two facts. "Last night" and "later on Monday" are times, not series. */
const SERIES = new Set(
  'first|second|third|fourth|fifth|previous|next|last|latest|final|earlier|later|subsequent|prior|another|other|old'.split(
    '|',
  ),
);
const TIME_NOUNS = new Set(
  'night|week|weekend|month|year|season|time|day|morning|afternoon|evening|hour|hours|minute|minutes|summer|winter|spring|autumn|fall|decade|century|quarter'.split(
    '|',
  ),
);
/** A series word before a noun phrase that ends right where a clause of "when" begins ("the latest, sporadic riots
 * overnight"); no time noun right after it ("last night, when" is a time). */
const WHEN_AFTER_SERIES =
  /\b(previous|next|last|latest|final|earlier|later|subsequent|prior|another|first|second|third)\b,?\s+(?!(?:night|week|weekend|month|year|season|time|day|morning|afternoon|evening)\b)(?:[\p{L}-]+\s+){0,3}[\p{L}-]+$/iu;
/** Words by which a clause tells of an earlier occurrence than the story's own: "earlier this year", "last month",
 * "three years ago", "in the past", "previously". */
export const PAST_OCCURRENCE =
  /^\W*(?:(?:and|but|yet|then)\s+)?(?:(?:earlier|previously)\s+this\s+(?:year|month|season|decade)|(?:last|previous|prior)\s+(?:year|month|season|decade)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+)\s+(?:years?|months?|decades?)\s+(?:ago|earlier)|in\s+the\s+past|previously)\b/i;
/** Classes that make a figure a measure of a thing ("home to 120,000 people", "weighing 130 pounds"), not a count of
 * what happened. */
const MEASURES = new Set(['populate', 'weigh']);

/** A figure of the clause right beside a word of one of `classes` ("about 50 hurt", "injuring 80"): the clause's own
 * figure for that act, whether or not it names what it counts. */
function figureBeside(c: Clause, classes: string[]): boolean {
  const cls = tokenClasses(c.tokens);
  const of = (i: number) => i >= 0 && i < c.tokens.length && cls[i]!.some((k) => classes.includes(k));
  return c.doc.quantities.some((q) => {
    if (q.start < c.start || q.end > c.end || q.unit) return false;
    const after = c.tokens.findIndex((t) => t.start >= q.end);
    const before = c.tokens.findLastIndex((t) => t.end <= q.start);
    return of(after) || of(before);
  });
}

/** The nouns and names between a count and its counted noun ("3 machine guns": machine; "12 AK 47 guns": ak): the
 * kind of the thing it counts. */
const kindWords = perFact(readKind);
function readKind(f: Fact): Set<string> {
  const q = f.quantity;
  const span = q?.countedSpan;
  if (!q || !span) return new Set();
  const toks = f.clause.tokens.filter((t) => t.start >= q.end && t.end <= span.end);
  const head = toks.pop();
  if (!head) return new Set();
  // (a count of one model, "seven AK-47 assault rifles": the model is the slot, the nouns after it are the kind)
  const model = f.slot.startsWith(MODEL_SLOT);
  return new Set(
    toks.filter((t) => t.pos === 'NOUN' || (!model && t.pos === 'PROPN')).map((t) => t.lemma.toLowerCase()),
  );
}

/** The value is plainly the object of an act (`direct`) that the other fact's clause does not name at all. */
const unnamedAct = (x: Fact, y: Fact) =>
  !!x.direct && !x.direct.some((k) => y.predicates.includes(k) || y.head.includes(k));

/** The side of a thing a count is said of, right around its value ("in the back", "from the rear", "from the front",
 * "to the left side"): facts counted on opposite sides are two parts. */
const SIDE_OF: Record<string, string> = {
  front: 'front',
  back: 'back',
  rear: 'back',
  behind: 'back',
  left: 'left',
  right: 'right',
};
const sidesOf = perFact((f: Fact): ReadonlySet<string> => {
  const text = f.clause.doc.doc.text;
  const around = text.slice(
    Math.max(f.clause.start, f.start - S.seriesReach),
    Math.min(f.clause.end, f.end + S.seriesReach),
  );
  const out = new Set<string>();
  for (const m of around.matchAll(
    /\b(?:in|from|to|on)\s+(?:the\s+)?(?:(?:his|her|its|their)\s+)?(front|back|rear|left|right)\b(?!\s+(?:of\s+the\s+)?(?:line|row|seat|page|door|yard|court))|\bfrom\s+(behind)\b/gi,
  ))
    out.add(SIDE_OF[(m[1] ?? m[2])!.toLowerCase()]!);
  return out;
});

/** A span given to the second ("2:06:41", "2 hours 6 minutes 41 seconds"): a timed effort. */
const toTheSecond = (f: Fact) =>
  f.interval![0] === f.interval![1] && f.interval![0] % 60 !== 0 && f.interval![0] < 86_400;

/** Series marks of a fact. */
const seriesOf = perFact(readSeries);
function readSeries(f: Fact): Set<string> {
  const toks = f.clause.tokens;
  const out = new Set<string>();
  // near the fact: "the earlier meeting on May 16", not "in the race for the last seats" two clauses on; a yes
  // or no is said of the clause's subject, however long ("Another anticipated ruling ... has not been announced")
  const reach = f.kind === 'polarity' ? Math.max(S.seriesReach, f.start - f.clause.start) : S.seriesReach;
  // a series word in another clause after the fact, past a word that opens one ("discovered the attack at around 11
  // p.m., when the first servers stopped responding"), marks that clause's noun, not the fact
  const beyond = S.seriesOwnClause
    ? toks.filter((t) => SERIES_OPENERS.has(t.normal) && t.start >= f.end)
    : [];
  const apart = (t: Token) => beyond.some((o) => o.end <= t.start);
  toks.forEach((t, i) => {
    if (t.end < f.start - reach || t.start > f.end + S.seriesReach) return;
    if (beyond.length && apart(t)) return;
    // "the rest of the fleet" and "its remaining aircraft" name the others of a set, as "its other aircraft" does
    if (
      f.kind === 'polarity' &&
      ((t.normal === 'rest' && toks[i - 1]?.normal === 'the' && toks[i + 1]?.normal === 'of') ||
        (t.normal === 'remaining' && toks[i + 1]?.pos === 'NOUN' && toks[i - 1]?.pos !== 'VERB'))
    ) {
      out.add('other');
      return;
    }
    if (!SERIES.has(t.normal)) return;
    // "final" picks members of a series only before a figure ("the final two games"; not "the final results")
    if (t.normal === 'final' && toks[i + 1]?.pos !== 'NUM') return;
    // ("the old record"; not "a 58-year-old man")
    if (t.normal === 'old' && /[-\d]$/.test(f.clause.doc.doc.text.slice(Math.max(0, t.start - 1), t.start)))
      return;
    // "other" marks the fact's own thing only ("two other schools", "the other three"), not a noun nearby
    if (t.normal === 'other' && f.kind === 'number' && (t.end < f.start - 5 || t.start > f.end)) return;
    // the noun it modifies, past a modifier or two ("the previous Kestrian record")
    // (a figure between them counts as one word: "another 20, 000 people", tokenised "20" "," "000")
    const ahead = toks
      .slice(i + 1, i + 8)
      .filter((t, k, xs) => !(t.text === ',' && xs[k - 1]?.pos === 'NUM'));
    // (a figure and its unit joined by a hyphen modify the noun after them: "another three-year sentence" is
    // another sentence, not another year)
    const words = ahead.filter(
      (t, k) =>
        !(t.pos === 'NUM' && ahead[k - 1]?.pos === 'NUM') &&
        !(t.text === '-' && ahead[k - 1]?.pos === 'NUM') &&
        !(ahead[k - 1]?.text === '-' && ahead[k - 2]?.pos === 'NUM' && ahead[k + 1]?.pos === 'NOUN'),
    );
    // (the head of a compound is its last noun: "the final two regular season games" picks games, not a season)
    let at = words.slice(0, 3).findIndex((t) => t.pos === 'NOUN' || /ing$/.test(t.normal));
    while (at >= 0 && words[at + 1]?.pos === 'NOUN') at++;
    const noun = at >= 0 ? words[at] : undefined;
    const next = toks[i + 1];
    // (a time noun in the plural too: "over the next three years" is a time, not the next of a series)
    if (
      !next ||
      !noun ||
      !/^(NOUN|ADJ|PROPN|VERB|NUM)$/.test(next.pos) ||
      TIME_NOUNS.has(noun.normal) ||
      (S.pluralTimeNouns && TIME_NOUNS.has(noun.lemma))
    )
      return;
    out.add(t.normal);
  });
  // a figure of a clause of "when" after a noun a series word marks is that occurrence's ("bore witness to the latest,
  // sporadic riots overnight, when youths attacked … two banks")
  if (f.kind === 'number') {
    const text = f.clause.doc.doc.text;
    const lead = text.slice(f.clause.sentence.start, f.start);
    const when = lead.search(/,\s+when\s[^;:]*$/i);
    const marked = when >= 0 ? WHEN_AFTER_SERIES.exec(lead.slice(Math.max(0, when - 60), when)) : null;
    if (marked && S.seriesWhenClause) out.add(marked[1]!.toLowerCase());
  }
  // "a fee of €17.8 million, plus up to €4 million in add-ons": an amount on top of another is another amount
  if (
    f.kind === 'number' &&
    /\b(?:plus|on top of|in addition to)\s+(?:up to\s+|another\s+|a further\s+|some\s+)?$/i.test(
      f.clause.doc.doc.text.slice(Math.max(f.clause.start, f.start - 30), f.start),
    )
  )
    out.add('plus');
  // "won two games last season": a figure of another season or year than the story's; so is a figure of a clause
  // that opens by telling of an earlier occurrence ("Earlier this year, five cables were cut", "Two years ago, 12
  // people died there"; not "a party that did not exist ten years ago won 16%", where the time is of the name)
  const text = f.clause.doc.doc.text;
  if (
    f.kind === 'number' &&
    (/\b(?:last|previous|prior)\s+(?:season|year|campaign)\b|\ba\s+year\s+(?:ago|earlier)\b/i.test(
      text.slice(f.end, Math.min(f.clause.end, f.end + S.seriesReach)),
    ) ||
      PAST_OCCURRENCE.test(text.slice(f.clause.start, Math.min(f.start, f.clause.start + S.seriesReach))))
  )
    out.add('past');
  // "will strike again on 1 December": another occurrence of the act, not the one the other report dates
  if (
    toks.some(
      (t) => t.normal === 'again' && t.start >= f.start - S.seriesReach && t.end <= f.end + S.seriesReach,
    )
  )
    out.add('again');
  return out;
}
function sameSeries(a: Fact, b: Fact): boolean {
  const ma = seriesOf(a);
  const mb = seriesOf(b);
  // one set: as large as the other, and all of it in the other
  if (ma.size !== mb.size) return false;
  for (const x of ma) if (!mb.has(x)) return false;
  return true;
}

const order = (f: Fact) => f.clause.id * 1e6 + f.start;
export const specificityOf = (f: Fact) => (f.quantity ? specificity(f.quantity) : 0);

/** Two people named for one act are both right when each report also names the other for it. */
function bothNamed(a: Fact, b: Fact, fs: Fact[]): boolean {
  if (a.kind !== 'entity') return false;
  const named = (doc: AnnotatedDocument, who: string) =>
    fs.some((f) => f.clause.doc === doc && !!f.agent && idOf(f.agent) === who) ||
    doc.entities.some((e) => (e.entityId ?? e.canonical) === who);
  return named(a.clause.doc, idOf(b.agent!)) || named(b.clause.doc, idOf(a.agent!));
}

/** Clauses naming people share one of them: "Ford scored 2,290" and "Hansbrough scored 20" are two facts. */
export function sameActors(a: Fact, b: Fact): boolean {
  const pa = new Map(actorsOf(a));
  const pb = new Map(actorsOf(b));
  // "it had sunk the trawler X" / "Tabar sank a trawler": a pronoun that does the act may be the other's named doer
  if (pronounAgent(a)) pb.delete(namedAgent(b) ?? '');
  if (pronounAgent(b)) pa.delete(namedAgent(a) ?? '');
  if (!pa.size || !pb.size) return true;
  if ([...pa.keys()].some((x) => pb.has(x))) return true;
  // one place named with and without the word of its area ("in Kolmar Province" / "a Kolmar hillside")
  if (!S.adminAreaPlace) return false;
  const areas = new Set([...pa.values()].filter((x) => x !== null));
  return [...pb.values()].some((x) => x !== null && areas.has(x));
}
/** The people and organisations of a fact's clause other than the value itself (an agent or a list is what is
 * compared): "Nordvel First won 11 seats" and "the Social Democrats won 18" are two facts. Each is keyed by its
 * entity, with the place it names where it is no person (see areaKey). Read once per fact (it is asked of every
 * candidate pair). */
const actorsOf = perFact(
  (f: Fact): ReadonlyMap<string, string | null> =>
    new Map(
      f.clause.entities
        .filter(
          (e) =>
            (e.type === 'person' ||
              e.type === 'organization' ||
              e.type === 'other' ||
              // where it happened, for figures and dates ("612 killed in Zarand" / "ten killed on Qeshm")
              (f.kind !== 'entity' && f.kind !== 'list' && e.type !== 'country')) &&
            e.form !== 'adjective' &&
            // a capitalised first word alone ("Investigators", "Cops") is not a name to tell facts apart by
            !commonInitial(e) &&
            // names set beside the clause's own in a "like"/"unlike" phrase take no part in its act ("Unlike stars A
            // and B, Ross is not signed")
            !comparedWith(f.clause, e) &&
            // (an outlet cited as the statement's source is where it was read, not who or where it happened)
            !citedOutlet(e, f.clause.sentence, f.clause.doc) &&
            (e.end <= f.start || e.start >= f.end),
        )
        .map((e) => [e.entityId ?? e.canonical, e.type === 'person' ? null : areaKey(e.canonical)]),
    ),
);
/** The place a name names with the word of its administrative area left off ("Kolmar Province" and "Kolmar" give
 * "kolmar"): the two forms of one place meet even where the resolver kept them apart (a bare name several longer
 * names could host). */
function areaKey(name: string): string {
  const words = fold(name).split(/\s+/);
  if (words.length > 1 && ADMIN_AREA_WORDS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Personal pronouns that can be the subject of an act. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
/** The index of the token of the fact's act: the first verb of its clause of one of its governing classes. */
function actIndex(f: Fact): number {
  const cls = tokenClasses(f.clause.tokens);
  return f.clause.tokens.findIndex(
    (t, i) =>
      t.pos === 'VERB' &&
      (cls[i]!.some((k) => f.head.includes(k)) || f.head.includes(`~${t.lemma.toLowerCase()}`)),
  );
}
/** The tokens between a subject and its verb that leave it the subject ("it had sunk", "he has since resigned"). */
const BESIDE_VERB = new Set(['AUX', 'ADV', 'PART']);
/** The fact's act is done by a personal pronoun right before it ("it had sunk", "they later released"; not "it has
 * been revealed", where the pronoun is no doer). Read once per fact: asked for every candidate pair. */
const pronounAgent = perFact((f: Fact): boolean => !!agentPronoun(f));
/** The personal pronoun that does the fact's act, right before it; null where there is none. */
const agentPronoun = perFact((f: Fact): string | null => {
  const i = actIndex(f);
  let k = i - 1;
  while (k >= 0 && BESIDE_VERB.has(f.clause.tokens[k]!.pos)) k--;
  const t = f.clause.tokens[k];
  return i > 0 &&
    !!t &&
    t.pos === 'PRON' &&
    SUBJECT_PRONOUNS.has(t.normal) &&
    !f.clause.tokens.slice(k + 1, i).some(isBe)
    ? t.normal
    : null;
});
/** A yes or no said of a "he", "she" or "they" the report does not resolve, in a report that names two or more who it
 * could be ("but they chose not to make an offer", in a report of five clubs' offers): whose act it is is unknown.
 * Read once per fact. */
const unknownDoer = perFact((f: Fact): boolean => {
  const p = agentPronoun(f);
  if (!p || f.subject || p === 'it' || p === 'we') return false;
  return namesMany(f.clause.doc, p === 'they' ? 'organization|person' : 'person');
});
/** The report names two or more entities of the types given ("person", "organization|person"): a "he" or a "they" of
 * it could be any of them. (Not kept across facts: entity ids are set by each resolution of the story.) */
function namesMany(d: AnnotatedDocument, types: string): boolean {
  const kinds = types.split('|');
  return (
    new Set(d.entities.filter((e) => kinds.includes(e.type)).map((e) => e.entityId ?? e.canonical)).size > 1
  );
}
/** The fact's clause opens with "he" or "she" before the value, no person named in it or in the sentences before is
 * who that is, and the report names two people or more, any of whom it could be (in a report that names nobody, "he"
 * is the one man it describes: "police are searching for a man … He is 6 feet tall"). Read once per fact. */
const unnamedPerson = perFact((f: Fact): boolean => {
  // (a figure read with no subject of its own, "He served four months", may still have a "he" the sentences before
  // name)
  if (f.subject || pronounSubject(f.clause, f.start)) return false;
  // (or a description, "The undrafted rookie … finished with 716 yards")
  if (describedPlayer(f)) return namesMany(f.clause.doc, 'person');
  const t = f.clause.tokens.find((x) => !/^(?:and|but|then|so|also|[,;])$/.test(x.normal));
  if (!t || t.end > f.start || !/^(?:he|she)$/.test(t.normal)) return false;
  return namesMany(f.clause.doc, 'person');
});
/** The name that does the fact's act, right before its verb ("INS Tabar sank", "Tabar had sunk"; not "Tabar was
 * sunk"), else null. Read once per fact. */
const namedAgent = perFact((f: Fact): string | null => {
  const i = actIndex(f);
  if (i < 0) return null;
  const v = f.clause.tokens[i]!;
  const e = f.clause.entities.filter((x) => x.end <= v.start && x.form !== 'adjective').pop();
  if (!e) return null;
  const between = f.clause.tokens.filter((t) => t.start >= e.end && t.end <= v.start);
  if (!between.every((t) => BESIDE_VERB.has(t.pos))) return null;
  // a form of "be" between the name and the verb: the name is what the act is done to
  return between.some(isBe) ? null : idOf(e);
});
/** A form of "be" (between a subject and its verb, it makes the subject what the act is done to). */
const isBe = (t: Token) => t.lemma === 'be' || /^(?:is|was|were|been|being|'s|’s)$/.test(t.normal);

const PERIOD_RE = new RegExp(
  String.raw`\b(?:(?:in|for|during|over|per|throughout|of)\s+(?:(?:a|an|the|this|that|his|her|its|their|one|each|every|single|entire|whole|full)\s+)?(?:single[- ])?|single[- ])(${[...PERIOD_NOUNS].join('|')})\b`,
  'gi',
);
/** The span of time a figure is counted over, said next to it in its clause ("205 yards in the game", "for a
 * season with 4,183 yards", "a single-season mark of 4,051"): the nearest such phrase within a few words of the
 * figure, '' when there is none. */
function periodOf(f: Fact): string {
  return nearestMatch(f, PERIOD_RE, 40, 30)?.[1]!.toLowerCase() ?? '';
}

/** A figure said as an average: "averaged 30 home runs", "an average of 12 points", "5.8 points per game", "22 a
 * season". Read once per fact. */
const averaged = perFact((f: Fact): boolean => {
  const text = f.clause.doc.doc.text;
  const before = text.slice(Math.max(f.clause.start, f.start - 30), f.start);
  const after = text.slice(f.end, Math.min(f.clause.end, f.end + 30));
  return (
    /\baverag(?:e|ed|es|ing)\s+(?:of\s+)?(?:(?:about|around|nearly|almost|more\s+than|over|just|some)\s+)*$/i.test(
      before,
    ) ||
    /^\s*(?:[\p{L}-]+\s+){0,2}(?:per|a|an|each)\s+(?:game|match|contest|season|year|month|week|day|carry|start)\b/iu.test(
      after,
    )
  );
});

/** Classes of acts defined by what they make known (announce, confirm, reveal, release, publish, declare). */
const CONTENT_ACTS = new Set(['announce']);

/** The fact's act is giving someone's name: "identified as", "did not identify the man", "has not been named". */
const namingAct = (f: Fact) =>
  /^(?:identif(?:y|ied|ies|ying)|nam(?:e|ed|es|ing))$/i.test(f.clause.doc.doc.text.slice(f.start, f.end));

/** What an act of making known is about: the head of its subject where the verb is passive ("the cause of death was
 * not announced": cause; "Williams was released on bail": a person), else the first noun after it ("confirmed the
 * death": death); null where neither is read. Read once per fact. */
const madeKnownOf = perFact((f: Fact): string | null => {
  const toks = f.clause.tokens;
  const i = toks.findIndex((t) => t.start >= f.start);
  if (i < 0) return null;
  let k = i - 1;
  while (k >= 0 && BESIDE_VERB.has(toks[k]!.pos)) k--;
  const passive = toks.slice(k + 1, i).some(isBe);
  if (!passive) return f.object?.[0] ?? null;
  // the subject's phrase: back to the clause start or a comma; its head is its first noun ("the identities of the
  // victims": identities), a name or a personal pronoun a person
  let from = k;
  while (from > 0 && toks[from - 1]!.pos !== 'PUNCT' && toks[from - 1]!.pos !== 'VERB') from--;
  for (const t of toks.slice(from, k + 1)) {
    if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.normal)) return 'PERSON';
    if (t.pos === 'PROPN') {
      const e = f.clause.entities.find((m) => m.start <= t.start && m.end >= t.end);
      // (a name that owns what follows, "Gigante's death", is not the head)
      if (e && !/^['’]/.test(f.clause.doc.doc.text.slice(e.end, e.end + 1)))
        return e.type === 'person' ? 'PERSON' : (e.entityId ?? e.canonical);
      continue;
    }
    if (t.pos === 'NOUN') return t.lemma.toLowerCase();
  }
  return null;
});

/** The token of the act a fact's value belongs to: the word nearest the value of one of its head classes; -1 where
 * none is. Read once per fact. */
const actAt = perFact((f: Fact): number => {
  const classes = tokenClasses(f.clause.tokens);
  let at = -1;
  let best = Infinity;
  f.clause.tokens.forEach((t, i) => {
    if (!classes[i]!.some((k) => f.head.includes(k))) return;
    const d = t.end <= f.start ? f.start - t.end : t.start >= f.end ? t.start - f.end : 0;
    if (d < best) [best, at] = [d, i];
  });
  return at;
});

/** The names a verb acts on right after it, before the date or figure it is given ("won an Emmy in 2005": Emmy), or
 * empty. Read once per fact. */
const namesActedOn = perFact((f: Fact): string[] => {
  const at = actAt(f);
  const act = f.clause.tokens[at];
  if (!act || act.pos !== 'VERB') return [];
  const out: string[] = [];
  for (const t of f.clause.tokens.slice(at + 1, at + 6)) {
    if (t.start >= f.start || t.pos === 'ADP' || t.pos === 'PUNCT' || t.pos === 'VERB') break;
    const e = f.clause.entities.find((x) => t.start >= x.start && t.end <= x.end);
    if (e && e.form !== 'adjective' && e.type !== 'country') out.push(e.entityId ?? e.canonical);
  }
  return [...new Set(out)];
});

/** Words before an act that make it one planned or expected ("will be made", "due to be released", "is set to open",
 * "scheduled to start"). */
const PLAN_MARKS =
  /^(?:will|shall|'ll|’ll|would|due|scheduled|set|slated|expected|planned|plans|plan|going|intends|intended|hopes|hoped)$/;

/** Whether the act a date dates is planned ('plan': "due to be released Oct. 26", "the announcement will be made
 * December 14th"), done ('done': a verb in the past, "was released on Oct. 23") or neither (''). The act is the word
 * nearest the date of one of its head classes. Read once per fact. */
const tenseOfAct = perFact((f: Fact): 'plan' | 'done' | '' => {
  const toks = f.clause.tokens;
  const at = actAt(f);
  if (at < 0) return '';
  const act = toks[at]!;
  // a noun act's own verb follows it ("the announcement will be made")
  const around = [
    ...toks.slice(Math.max(0, at - 4), at),
    ...(act.pos === 'NOUN' ? toks.slice(at + 1, at + 4) : []),
  ];
  if (around.some((t) => PLAN_MARKS.test(t.normal))) return 'plan';
  return act.pos === 'VERB' &&
    act.normal !== act.lemma.toLowerCase() &&
    /ed$|^(?:made|held|began|met|won|lost|shot|struck|set|led|took|gave|sent|told|left|fell|rose|sold|paid|hit|put)$/.test(
      act.normal,
    )
    ? 'done'
    : '';
});

/** The question an act of making known leaves open or answers, where a wh-word follows it ("did not reveal what she
 * was being treated for", "would not say why"): the wh-word; null where none follows. Read once per fact. */
const questionMadeKnown = perFact((f: Fact): string | null => {
  const text = f.clause.doc.doc.text;
  const after = text.slice(f.end, f.clause.end);
  const m =
    /^\s+(?:(?:to|with)\s+[^,.;]{1,40}?\s+)?(what|why|how|who|whom|where|when|whether|which|if)\b/i.exec(
      after,
    );
  return m ? m[1]!.toLowerCase() : null;
});

/** The words of the that-clause an act of making known governs ("confirmed to the Times that he has made an
 * eight-year offer"): lemmas, their first five letters and their predicate classes (`P:`); 'PERSON' for a person
 * named or a personal pronoun; null where no that-clause follows. Read once per fact. */
const thatMadeKnown = perFact((f: Fact): Set<string> | null => {
  const text = f.clause.doc.doc.text;
  const after = text.slice(f.end, f.clause.end);
  const m = /^\s+(?:(?:to|with)\s+[^,.;]{1,40}?\s+)?that\s/i.exec(after);
  if (!m) return null;
  const from = f.end + m[0].length;
  const out = new Set<string>();
  for (const t of f.clause.tokens) {
    if (t.start < from) continue;
    if (t.pos === 'PRON' && SUBJECT_PRONOUNS.has(t.normal)) out.add('PERSON');
    if (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'PROPN') continue;
    const w = t.lemma.toLowerCase();
    out.add(w);
    out.add(w.slice(0, 5));
    for (const k of classesOf(w, t.normal)) out.add(`P:${k}`);
  }
  for (const e of f.clause.entities)
    if (e.start >= from) out.add(e.type === 'person' ? 'PERSON' : (e.entityId ?? e.canonical));
  return out;
});

/** The role a figure is counted in: "four seasons as the team's director" is "director" (the last word of what
 * follows "as" right after the figure and its noun); '' when there is none. */
function roleOf(f: Fact): string {
  const text = f.clause.doc.doc.text;
  const after = text.slice(f.end, Math.min(f.clause.end, f.end + 60));
  const m =
    /^\s*(?:[\p{L}-]+\s+){0,2}?as\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}-]+['’]s?\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(
      after,
    );
  if (!m) return '';
  // the role ends before a preposition or a conjunction ("director of personnel", "coach and scout")
  const words = m[1]!.toLowerCase().split(/\s+/);
  const end = words.findIndex((w) => /^(of|for|in|at|on|and|or|with|under|from|to|until|since)$/.test(w));
  const head = end < 0 ? words : words.slice(0, end);
  return head[head.length - 1] ?? '';
}

/** Two lists are about the same set only when they share a name: "A and B" against "A and C". */
function listsMeet(a: Fact, b: Fact): boolean {
  if (a.kind !== 'list') return true;
  const x = new Set(a.members!.map(idOf));
  if (b.members!.some((m) => x.has(idOf(m)))) return true;
  // or both are the whole set a superlative of one act picks ("worst hit" / "the hardest-hit villages")
  const ranked = rankedBy(a);
  return ranked.length > 0 && rankedBy(b).some((w) => ranked.includes(w));
}

/** "6,000 from both sides ... 3,000 from each": a per-party amount times the parties is the total. */
function reconciles(a: Quantity, b: Quantity): boolean {
  const [each, other] = a.distribution === 'each' ? [a, b] : [b, a];
  if (each.distribution !== 'each' || other.distribution === 'each') return false;
  const p = other.parties ?? each.parties ?? 2;
  return Math.abs(each.value * p - other.value) <= other.value * 0.01;
}

/** A figure told in the past tense ("was carrying 140 people", "112 people were on board"), with no word that it
 * still holds ("still", "now", "remain"). */
function pastState(f: Fact): boolean {
  const words = f.clause.tokens.map((t) => t.normal);
  return (
    words.some((w) => w === 'was' || w === 'were') &&
    !words.some((w) => /^(?:is|are|has|have|still|now|remains?|remaining|currently)$/.test(w))
  );
}

/** The point a measure is taken from ("four kilometres from the finish": finish; "40 miles off the coast": coast;
 * "600 metres below the surface": surface; "the 38-kilometre mark": mark), or the thing it is a length of ("30 metres
 * of fallen rock": of:rock); '' where the clause gives neither right after it. */
function fromPoint(f: Fact): string {
  const text = f.clause.doc.doc.text;
  // (the marker may be in the figure's own span: "the 38-kilometre mark")
  const own = /\b(mark|marker|point|stage)$/i.exec(text.slice(f.start, f.end));
  if (own) return own[1]!.toLowerCase();
  const after = text.slice(f.end, Math.min(f.clause.end, f.end + 40));
  // ("cut through some 30 metres of fallen rock": a length of a thing, which no point measures)
  const of = /^\s*(?:[\p{Ll}-]+\s+)?of\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)/u.exec(after);
  if (of && f.quantity?.unit) return `of:${of[1]}`;
  const m =
    /^\s*(?:[\p{Ll}-]+\s+)?(?:from|off|short\s+of|before|past|beyond|into|away\s+from|below|above|under|beneath)\s+(?:the\s+|an?\s+|its\s+|their\s+)?([\p{L}-]+)/iu.exec(
      after,
    ) ?? /^[\s-]*(?:\p{L}+\s+)?(mark|marker|point|stage)\b/iu.exec(after);
  return m ? m[1]!.toLowerCase() : '';
}

/** Of two figures, the one of the later report is a tally as of its own time (`tallyNow`) and above the other's. */
function risenSince(a: Fact, b: Fact): boolean {
  const [ta, tb] = [publishedAt(a), publishedAt(b)];
  if (!Number.isFinite(ta) || !Number.isFinite(tb) || ta === tb) return false;
  const [early, late] = ta < tb ? [a, b] : [b, a];
  return tallyNow(late) && !!late.interval && !!early.interval && late.interval[0] > early.interval[1];
}

/** Two figures each stated with its own, different day ("12 missing late on Saturday", "seven on Monday
 * morning") are values at two moments: an update, not a contradiction. */
function stampedApart(a: Fact, b: Fact): boolean {
  if (a.kind !== 'number' && a.kind !== 'polarity') return false;
  const ta = clauseTimes(a.clause);
  const tb = clauseTimes(b.clause);
  if (ta.length > 0 && tb.length > 0)
    return !ta.some((x) => tb.some((y) => x.from <= y.to && y.from <= x.to));
  // a report with no publication time reads no weekday as a date: two different weekdays named are two days all the
  // same ("unaccounted for late on Saturday" / "on Monday morning")
  if (a.clause.doc.doc.published && b.clause.doc.doc.published) return false;
  const [wa, wb] = [weekdaysOf(a.clause, ta), weekdaysOf(b.clause, tb)];
  if (wa.size > 0 && wb.size > 0) return ![...wa].some((d) => wb.has(d));
  // and two different months ("In May, thieves stole …" / "In July, a thief stole …")
  if (!S.monthsApart) return false;
  const [ma, mb] = [monthsOf(a.clause), monthsOf(b.clause)];
  return ma.size > 0 && mb.size > 0 && ![...ma].some((m) => mb.has(m));
}

/** "In January, five cables were cut" against "three cables were damaged" in a report of December: a value its
 * own report dates well before the other report was published, where the other states no time, is background
 * to the story, not a rival account of its event. (A date is itself the value: not judged here.) */
function stampedBefore(a: Fact, b: Fact): boolean {
  if (a.kind === 'date') return false;
  const before = (f: Fact, g: Fact) => {
    const published = publishedAt(g);
    // (a bare year counts here: "the 1.6% rejected in 2022", in a report of 2026, is a figure of another time)
    // (of a figure: a clause telling who did it names the year of the doer's past, "who has led the service since 2019")
    const ts = clauseTimes(f.clause, S.pastYearBackground && f.kind === 'number');
    return (
      Number.isFinite(published) &&
      ts.length > 0 &&
      !clauseTimes(g.clause).length &&
      ts.every((t) => Date.parse(t.to) < published - S.backgroundDays * 86_400_000)
    );
  };
  return before(a, b) || before(b, a);
}

const statedYear = (f: Fact) => /\b\d{4}\b/.test(f.clause.doc.doc.text.slice(f.start, f.end));
/** Minutes to add to `a` to read it in the year of `b`, where one of the two is a month-day without its year and the
 * other falls within one year (0 otherwise): "March 20" against "April 2007" is 20 March 2007. */
function yearShift(a: Fact, b: Fact): number {
  if (!a.yearless === !b.yearless) return a.yearless && b.yearless ? yearsApart(a, b) : 0;
  const [y, o] = a.yearless ? [a, b] : [b, a];
  if (o.dates!.from.slice(0, 4) !== o.dates!.to.slice(0, 4)) return 0;
  return (a.yearless ? 1 : -1) * yearsApart(y, o);
}
/** Minutes between `x`'s day and that day in `y`'s year. */
function yearsApart(x: Fact, y: Fact): number {
  const [yy, mm, dd] = x.dates!.from.split('-').map(Number) as [number, number, number];
  const target = Number(y.dates!.from.slice(0, 4));
  return (Date.UTC(target, mm - 1, dd) - Date.UTC(yy, mm - 1, dd)) / 60000;
}

/** A report's publication time in ms since 1970; NaN where it has none. */
const publishedAt = (f: Fact): number => Date.parse(f.clause.doc.doc.published ?? '');

/** Hours between the two reports' publication times; NaN when either has none. */
function publishedApart(a: Fact, b: Fact): number {
  return Math.abs(publishedAt(a) - publishedAt(b)) / 3_600_000;
}

/** Days between the reports; unknown (Infinity) when either has no publication time. */
function daysApart(a: Fact, b: Fact): number {
  const h = publishedApart(a, b);
  return Number.isFinite(h) ? h / 24 : Infinity;
}

/** The value's own predicate is of one class on both sides (one that `only` accepts) and stands next to the
 * value on both. */
function strongPair(a: Fact, b: Fact, only: (cls: string) => boolean = () => true): boolean {
  return a.head.some(
    (p) => only(p) && b.head.includes(p) && a.near.includes(`P:${p}`) && b.near.includes(`P:${p}`),
  );
}

/** Hours between the reports; 0 (the same moment) when either has no publication time. */
function hoursApart(a: Fact, b: Fact): number {
  const h = publishedApart(a, b);
  return Number.isFinite(h) ? h : 0;
}

/** How much a value leaves open: minutes of a date, the span of a figure (0 for names and yes/no). */
function width(f: Fact): number {
  if (f.minutes) return f.minutes[1] - f.minutes[0];
  if (f.interval) {
    const [lo, hi] = f.interval;
    return Number.isFinite(hi) ? (hi - lo) / (Math.abs(hi) || 1) : Infinity;
  }
  return 0;
}
