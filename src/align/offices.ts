/**
 * Offices: who holds a post of an organisation ("Dr Tobiah Quennell, director of the Marovian Institute of Public
 * Health"; "the institute, whose director, Dr Lena Forsch, …"). Two reports that name two different people for the
 * same post of the same organisation, neither naming the other for it, take two positions (PRODUCT.md: "a role
 * filled by two different entities conflicts").
 *
 * Read only where the sentence says it plainly, next to the name: an appositive after the name ("NAME, (the) ORG's
 * TITLE", "NAME, TITLE of ORG"), a title before it ("ORG's TITLE, NAME", "ORG, whose TITLE, NAME"). The post is the
 * whole title ("deputy director" is another post than "director"); a former, acting or interim holder, or "a
 * director" (one of several), holds no post to compare. The organisation is a named one (or an institution named as a
 * place: a museum, a hospital), or "the institute" where one organisation of the story ends in that word.
 */
import type { EntityMention } from '../model/annotations.js';
import { TITLE_HEADS, TITLE_WORDS } from '../nlp/lexicon/words.js';
import type { Clause } from './clauses.js';
import { addTo } from './sets.js';
import {
  addPosition,
  type DisputeContext,
  type DraftDispute,
  type DraftPosition,
  idOf,
  sourceOf,
  sourcesApart,
} from './disputes.js';

export interface OfficeClaim {
  /** The post as written, lower case ("director", "chief executive"). */
  title: string;
  /** Story entity id of the organisation. */
  org: string;
  holder: EntityMention;
  clause: Clause;
}

/** Words of a title that make its holder no holder of the post now ("former director"), or not the post itself
 * ("deputy director"): such titles are not compared. */
const NOT_THE_POST = new Set([
  'former',
  'ex',
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'late',
  'deputy',
  'vice',
  'assistant',
  'associate',
  'co',
]);

/** What has posts: organisations, and institutions named as places (a museum, a hospital, a school). */
const HOLDS_POSTS = new Set(['organization', 'facility']);

/** The organisation a reference names: the whole of [start, end) is an organisation mention ("the Marovian
 * Institute of Public Health"; not "the NRDC's Endangered Species Program", a programme of it, nor "assurance at
 * Reliance Globalcom"), or a common noun, "the institute", that ends the name of exactly one organisation of the
 * story. */
function orgAt(
  ctx: DisputeContext,
  c: Clause,
  start: number,
  end: number,
  word: string | null,
): string | null {
  const text = c.doc.doc.text;
  const named = c.entities.find(
    (e) =>
      HOLDS_POSTS.has(e.type) &&
      e.start >= start &&
      e.end <= end &&
      /^\s*(?:the\s+)?$/i.test(text.slice(start, e.start)) &&
      /^\s*$/.test(text.slice(e.end, end)),
  );
  if (named) return idOf(named);
  if (!word || !/^\p{Ll}[\p{Ll}-]{3,}$/u.test(word)) return null;
  const orgs = [...ctx.entities.values()].filter(
    (e) => HOLDS_POSTS.has(e.type) && e.name.toLowerCase().split(/\s+/).includes(word),
  );
  return orgs.length === 1 ? orgs[0]!.id : null;
}

/** A run of title words ending in a title head ("director", "chief executive", "foreign minister"). */
const TITLE = String.raw`((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)`;

/** ", the institute's director," / ", Norcorp's chief executive," right after a name. */
const OWN_AFTER = new RegExp(
  String.raw`^,\s+(?:the\s+)?(?:([\p{Lu}][\p{L}.&' -]*?)|the\s+(\p{Ll}+)|(\p{Lu}\p{Ll}+))['’]s?\s+${TITLE}\s*[,.;)]`,
  'u',
);
/** ", director of the Marovian Institute of Public Health," right after a name. */
const OF_AFTER = new RegExp(
  String.raw`^,\s+(?:the\s+)?${TITLE}\s+of\s+(?:the\s+)?([^,;()]{3,80}?)\s*[,.;(]`,
  'u',
);
/** "The Marovian Institute of Public Health, whose director, " right before a name. */
const WHOSE_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:the\s+)?([^,;]{3,80}?),\s+whose\s+${TITLE},\s+$`,
  'iu',
);
/** "The institute's director, " right before a name. */
const OWN_BEFORE = new RegExp(
  String.raw`(?:^|[\s(,])(?:the\s+)?([\p{L}.&' -]{3,80}?)['’]s?\s+${TITLE},?\s+$`,
  'u',
);

function titleOf(run: string): string | null {
  const words = run.toLowerCase().trim().split(/\s+/);
  if (!words.length || !words.every((w) => TITLE_WORDS.has(w) || TITLE_HEADS.has(w))) return null;
  return TITLE_HEADS.has(words[words.length - 1]!) ? words.join(' ') : null;
}

/** The office claims of one clause. */
export function officeClaims(ctx: DisputeContext, c: Clause): OfficeClaim[] {
  const out: OfficeClaim[] = [];
  const text = c.doc.doc.text;
  const people = c.entities.filter((e) => e.type === 'person' && e.form !== 'adjective');
  const push = (title: string | null, org: string | null, holder: EntityMention) => {
    if (title && org && org !== idOf(holder)) out.push({ title, org, holder, clause: c });
  };
  for (const p of people) {
    // after the name: "NAME, the institute's director", "NAME, director of the Marovian Institute …"
    const after = text.slice(p.end, Math.min(c.end, p.end + 120));
    const own = OWN_AFTER.exec(after);
    const of = OF_AFTER.exec(after);
    if (own) {
      const ref = own[1] ?? own[2] ?? own[3]!;
      const s = p.end + after.indexOf(ref);
      push(titleOf(own[4]!), orgAt(ctx, c, s, s + ref.length, own[2] ?? null), p);
    } else if (of) {
      const s = p.end + of[0].indexOf(of[2]!);
      const words = of[2]!.split(/\s+/);
      push(titleOf(of[1]!), orgAt(ctx, c, s, s + of[2]!.length, words.length === 1 ? words[0]! : null), p);
    }
    // before the name: "The institute's director, NAME", "the Institute, whose director, NAME,"
    // (a courtesy title split off the name, "Dr", stands between: "whose director, Dr Lena Forsch")
    const at = p.roleSpan && p.roleSpan.end <= p.start ? p.roleSpan.start : p.start;
    const before = text.slice(Math.max(c.sentence.start, at - 120), at);
    const m = WHOSE_BEFORE.exec(before) ?? OWN_BEFORE.exec(before);
    if (m) {
      const s = at - before.length + m.index + m[0].indexOf(m[1]!);
      const words = m[1]!.trim().split(/\s+/);
      push(titleOf(m[2]!), orgAt(ctx, c, s, s + m[1]!.length, words.length === 1 ? words[0]! : null), p);
    }
  }
  // "former director", "deputy director": no post to compare ("a director" is no title run: not read)
  return out.filter((o) => !o.title.split(' ').some((w) => NOT_THE_POST.has(w)));
}

/** Two reports name two different people for one post of one organisation. */
export function officeDisputes(ctx: DisputeContext): DraftDispute[] {
  const claims = ctx.clauses.flatMap((c) => officeClaims(ctx, c));
  const byPost = new Map<string, OfficeClaim[]>();
  for (const o of claims) addTo(byPost, `${o.title}|${o.org}`, o);
  const out: DraftDispute[] = [];
  for (const [post, os] of [...byPost].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!sourcesApart(os.map((o) => [sourceOf(ctx, o.clause), idOf(o.holder)]))) continue;
    const positions = new Map<string, DraftPosition>();
    for (const o of os) {
      const id = idOf(o.holder);
      const name = ctx.entities.get(id)?.name ?? o.holder.canonical;
      addPosition(positions, id, name, name, o.clause);
    }
    const [title, org] = post.split('|');
    const orgName = ctx.entities.get(org!)?.name ?? org!;
    out.push({
      kind: 'entity',
      about: `who is the ${title} of ${orgName}`,
      key: `office:${post}`,
      positions: [...positions.values()],
    });
  }
  return out;
}

/** Ranks of armed forces and police: a person holds one at a time ("Commander Nirad Sinha" / "Commodore Nirad
 * Sinha"). General English titles, none of one story. */
/** The words that end a rank: a rank run must end in one ("Rear Admiral", "Lieutenant General", "Chief Inspector"). */
const RANK_HEADS = new Set(
  'private|corporal|sergeant|lieutenant|captain|major|colonel|brigadier|general|commander|commodore|admiral|ensign|marshal|constable|inspector|superintendent'.split(
    '|',
  ),
);
/** The words of a rank: its heads, and the words that stand before a head in one ("Rear", "Staff", "Chief"). */
const RANK_WORDS = new Set([
  ...RANK_HEADS,
  ...'rear|vice|staff|first|second|chief|petty|warrant|field|flight|wing|squadron|group|air'.split('|'),
]);

/** The rank a title ends in ("navy spokesman Commander" is Commander; "Lt. Gen." is not spelled out: not read), or
 * null where the title has none or speaks of another time ("former", "retired"). */
export function rankOf(role: string | null): string | null {
  if (!role || /\b(?:former|retired|ex|late|then)\b/i.test(role)) return null;
  const words = role.toLowerCase().split(/\s+/);
  if (!RANK_HEADS.has(words[words.length - 1]!)) return null;
  let k = words.length - 1;
  while (k > 0 && RANK_WORDS.has(words[k - 1]!)) k--;
  return words.slice(k).join(' ');
}

/** Two reports give one person two different ranks ("navy spokesman Commander Nirad Sinha" / "Commodore Nirad
 * Sinha"), neither giving the other: an entity dispute, what rank the person holds. */
export function rankDisputes(ctx: DisputeContext): DraftDispute[] {
  const byPerson = new Map<string, { rank: string; clause: Clause }[]>();
  for (const c of ctx.clauses)
    for (const e of c.entities) {
      if (e.type !== 'person' || !e.roleSpan) continue;
      const rank = rankOf(e.role);
      if (!rank) continue;
      const id = idOf(e);
      addTo(byPerson, id, { rank, clause: c });
    }
  const out: DraftDispute[] = [];
  for (const [id, rs] of [...byPerson].sort((a, b) => a[0].localeCompare(b[0]))) {
    // ranks are told apart by their last word: "Admiral" and "Chief Admiral", "Colonel" and "Lieutenant Colonel" may
    // be one rank said in full or in short; "Commander" and "Commodore" are two
    const head = (rank: string) => rank.split(' ').pop()!;
    if (!sourcesApart(rs.map((r) => [sourceOf(ctx, r.clause), head(r.rank)]))) continue;
    const positions = new Map<string, DraftPosition>();
    for (const r of rs) {
      const value = r.rank.replace(/\b\p{L}/gu, (x) => x.toUpperCase());
      addPosition(positions, r.rank, value, value, r.clause);
    }
    const name = ctx.entities.get(id)?.name ?? id;
    out.push({
      kind: 'entity',
      about: `what rank ${name} holds`,
      key: `rank:${id}`,
      positions: [...positions.values()],
    });
  }
  return out;
}
