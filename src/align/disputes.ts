/**
 * Disputes: outlets taking incompatible positions on one fact. One detector per kind — numbers,
 * roles filled by different entities, yes/no, lists, dates — each comparing only what the
 * comparison semantics say may conflict, and each keeping the exact clauses as evidence.
 */
import type { Entity } from '../model/report.js';
import type { EntityMention, Quantity, Token } from '../model/annotations.js';
import { IRREALIS } from '../nlp/lexicon/words.js';
import { alignSettings as S } from '../settings/align.js';
import { type Clause, cosine } from './clauses.js';
import { datesOverlap, normalizedQuantity, quantitiesCompatible, specificity } from './compare.js';
import { EVENT_NOUNS, ROLE_WORDS, objectClass, verbClass } from './lexicon.js';

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

const independent = (ctx: DisputeContext, a: Clause, b: Clause) =>
  (ctx.root.get(a.doc.doc.id) ?? a.doc.doc.id) !== (ctx.root.get(b.doc.doc.id) ?? b.doc.doc.id);

function addPosition(
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

// ---------- numbers
/** What is counted, as the reports word it ("soldiers", "bomber aircraft"). */
function countedText(group: { clause: Clause; q: Quantity }[], thing: string): string {
  const span = group.find((g) => g.q.countedSpan)?.q.countedSpan;
  const doc = group.find((g) => g.q.countedSpan)?.clause.doc.doc.text;
  return span && doc ? doc.slice(span.start, span.end) : thing;
}

/** Clauses naming people share one of them: "Ford scored 2,290" and "Hansbrough scored 20" are two facts. */
function sameActors(a: Clause, b: Clause): boolean {
  const people = (c: Clause) =>
    new Set(c.entities.filter((e) => e.type === 'person').map((e) => e.entityId ?? e.canonical));
  const pa = people(a);
  const pb = people(b);
  if (!pa.size || !pb.size) return true;
  return [...pa].some((x) => pb.has(x));
}

/** "6,000 from both sides ... 3,000 from each": a per-party amount times the parties is the total. */
function reconciles(a: Quantity, b: Quantity): boolean {
  const [each, other] = a.distribution === 'each' ? [a, b] : [b, a];
  if (each.distribution !== 'each' || other.distribution === 'each') return false;
  const p = other.parties ?? each.parties ?? 2;
  return Math.abs(each.value * p - other.value) <= other.value * 0.01;
}

export function numberDisputes(ctx: DisputeContext): DraftDispute[] {
  const items: { clause: Clause; q: Quantity }[] = [];
  for (const c of ctx.clauses) {
    const inClause = c.doc.quantities.filter((q) => q.start >= c.start && q.end <= c.end);
    // a clause that lists many figures (match statistics, inventories) states no single comparable fact
    if (inClause.length > S.maxQuantitiesPerClause) continue;
    for (const q of inClause) {
      if (!q.counted) continue;
      // two figures of one thing in a clause are comparable only as a per-party amount and its total
      const same = inClause.filter((o) => o !== q && o.counted === q.counted);
      if (same.length && !same.every((o) => reconciles(o, q))) continue;
      items.push({ clause: c, q });
    }
  }
  const byThing = new Map<string, typeof items>();
  for (const it of items) byThing.set(it.q.counted!, [...(byThing.get(it.q.counted!) ?? []), it]);
  const out: DraftDispute[] = [];
  for (const [thing, group] of [...byThing].sort((a, b) => a[0].localeCompare(b[0]))) {
    const docs = [...new Set(group.map((g) => g.clause.doc))];
    if (docs.length < 2) continue;
    const positions = new Map<string, DraftPosition>();
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) {
        const A = group.filter((g) => g.clause.doc === docs[i]);
        const B = group.filter((g) => g.clause.doc === docs[j]);
        // pairs stating the same fact: similar clauses, each the other's closest among this thing's mentions
        const sim = (a: (typeof items)[number], b: (typeof items)[number]) =>
          cosine(ctx.vectors.get(a.clause.id), ctx.vectors.get(b.clause.id));
        const matched = A.flatMap((a) =>
          B.filter((b) => {
            if (!independent(ctx, a.clause, b.clause) || !sameActors(a.clause, b.clause)) return false;
            const s = sim(a, b);
            if (s < S.sameQuantityContext) return false;
            const bestForA = Math.max(...B.map((x) => sim(a, x)));
            const bestForB = Math.max(...A.map((x) => sim(x, b)));
            return s >= bestForA - 1e-9 && s >= bestForB - 1e-9;
          }).map((b) => [a, b] as const),
        );
        if (!matched.length) continue;
        // each side's position is its most specific statement among the matched ones
        const best = (xs: (typeof items)[number][]) =>
          xs.slice().sort((x, y) => specificity(y.q) - specificity(x.q) || x.q.start - y.q.start)[0]!;
        const a = best([...new Set(matched.map((m) => m[0]))]);
        const b = best([...new Set(matched.map((m) => m[1]))]);
        if (quantitiesCompatible(a.q, b.q)) continue;
        for (const x of [a, b])
          addPosition(positions, normalizedQuantity(x.q), x.q.text, normalizedQuantity(x.q), x.clause);
      }
    if (positions.size >= 2)
      out.push({
        kind: 'number',
        about: `how many ${countedText(group, thing)}`,
        key: `number:${thing}`,
        positions: [...positions.values()],
      });
  }
  return out;
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
  for (const r of claims) byRole.set(r.role, [...(byRole.get(r.role) ?? []), r]);
  const out: DraftDispute[] = [];
  for (const [role, rs] of [...byRole].sort((a, b) => a[0].localeCompare(b[0]))) {
    const perDoc = new Map<string, Set<string>>();
    for (const r of rs)
      perDoc.set(
        r.clause.doc.doc.id,
        (perDoc.get(r.clause.doc.doc.id) ?? new Set()).add(r.filler.entityId ?? r.filler.canonical),
      );
    const docs = [...perDoc.keys()];
    let conflict = false;
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) {
        const a = perDoc.get(docs[i]!)!;
        const b = perDoc.get(docs[j]!)!;
        if (![...a].some((x) => b.has(x))) conflict = true;
      }
    if (!conflict) continue;
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
  for (const a of all) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a]);
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
  for (const l of claims) byKey.set(l.key, [...(byKey.get(l.key) ?? []), l]);
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

// ---------- dates: the same event dated to intervals that cannot overlap
const ORDINALS =
  /\b(first|second|third|fourth|fifth|previous|next|last|earlier|later|initial|final|subsequent|prior)\b/gi;

export function dateDisputes(ctx: DisputeContext): DraftDispute[] {
  const dated = ctx.clauses
    .map((c) => ({
      c,
      times: c.doc.times.filter(
        (t) => t.start >= c.start && t.end <= c.end && t.granularity !== 'year' && /\d/.test(t.text),
      ),
    }))
    .filter((x) => x.times.length);
  const out: DraftDispute[] = [];
  for (let i = 0; i < dated.length; i++)
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i]!;
      const b = dated[j]!;
      if (a.c.doc === b.c.doc || !independent(ctx, a.c, b.c)) continue;
      if (cosine(ctx.vectors.get(a.c.id), ctx.vectors.get(b.c.id)) < S.sameDatedEvent) continue;
      const oa = new Set((a.c.text.match(ORDINALS) ?? []).map((x) => x.toLowerCase()));
      const ob = new Set((b.c.text.match(ORDINALS) ?? []).map((x) => x.toLowerCase()));
      if ([...oa].some((x) => !ob.has(x)) || [...ob].some((x) => !oa.has(x))) continue;
      if (a.times.some((x) => b.times.some((y) => datesOverlap(x, y)))) continue;
      const positions = new Map<string, DraftPosition>();
      for (const { c, times } of [a, b]) {
        const t = times[0]!;
        const norm = t.from === t.to ? t.from : `${t.from}/${t.to}`;
        addPosition(positions, norm, t.text, norm, c);
      }
      out.push({
        kind: 'date',
        about: `when: ${a.c.text.slice(0, 80)}`,
        key: `date:${a.c.id}:${b.c.id}`,
        positions: [...positions.values()],
      });
    }
  return out;
}
