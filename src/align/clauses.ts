/**
 * Clauses: the units of fact. A sentence is split at clause boundaries (";", ", and", ", but",
 * ", while") so that one outlet's compound sentence yields one claim per fact; each clause keeps
 * its exact span and its features for alignment (content lemmas, entities, numbers).
 */
import type { AnnotatedDocument, EntityMention, Sentence, Token } from '../model/annotations.js';
import { alignSettings as S } from '../settings/align.js';
import { tokenClasses } from './facts.js';
import { tokenIndex } from './token-index.js';
import { matchesOf } from '../nlp/matches.js';
import { fold } from '../nlp/lexicon/countries.js';
import { NEWS_NAME_WORDS, NEWS_ORGS, POSSESSIVES } from '../nlp/lexicon/words.js';

/** An outlet named as the source of the sentence's statement ("The Marlow Post says …"), or the report's own outlet
 * named in its text ("the Clarion can reveal" in The Daily Clarion): where it was read, not a participant. */
export function citedOutlet(e: EntityMention, sentence: Sentence, doc: AnnotatedDocument): boolean {
  if (outletIn(e, sentence.attribution?.sourceSpan ?? null)) return true;
  const own = fold(doc.doc.source ?? '').replace(/^the /, '');
  const name = fold(e.canonical).replace(/^the /, '');
  return !!own && !!name && (own === name || (!name.includes(' ') && own.split(' ').pop() === name));
}

/** A news outlet named inside a statement's source span ("The Marlow Post" of "The Marlow Post says"). */
function outletIn(e: EntityMention, source: { start: number; end: number } | null): boolean {
  return !!source && e.start >= source.start && e.end <= source.end && isOutlet(e);
}

/** A news outlet by its name: a known news organisation, or a name ending in a news word ("The Marlow Post"). */
function isOutlet(e: EntityMention): boolean {
  const name = fold(e.canonical).replace(/^the /, '');
  return NEWS_ORGS.has(name) || NEWS_NAME_WORDS.has(name.split(' ').pop()!);
}

export interface Clause {
  id: number;
  doc: AnnotatedDocument;
  sentence: Sentence;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  entities: EntityMention[];
  /** Feature terms for alignment: lemmas, entity ids, numbers. */
  terms: string[];
  hedged: boolean;
  negated: boolean;
  attribution: string | null;
  /** A statement too short to pair as a claim ("Page married twice;"): its facts are read, it makes no claim. */
  short?: boolean;
}

const GENERIC = new Set([
  'be',
  'have',
  'do',
  'say',
  'also',
  'make',
  'take',
  'get',
  'go',
  'would',
  'could',
  'will',
  'may',
  'might',
  'can',
  'such',
  'other',
  'so-called',
  'however',
  'meanwhile',
  'additionally',
  'moreover',
]);
const BOUNDARY = /;\s+|,\s+(?=(?:and|but|while|whereas|although)\s)/g;

/** The clauses of a report that make claims; with `short`, also the statements too short to pair as claims
 * ("Page married twice; the first marriage lasted …"), marked `short`: facts are read from them alike. */
export function clausesOf(doc: AnnotatedDocument, startId: number, opts: { short?: boolean } = {}): Clause[] {
  const out: Clause[] = [];
  for (const s of doc.sentences) {
    // a boundary only where what follows is a clause of its own (it has a verb before the next
    // boundary): ", and France." ends a list, ", and a commission will be created" starts a clause
    const marks = matchesOf(BOUNDARY, s.text).map((m) => s.start + m.index! + m[0].length);
    const cuts = [s.start];
    const ix = tokenIndex(s.tokens); // range look-ups in O(log n), not a scan per boundary
    marks.forEach((at, k) => {
      // the verb must come before the segment's first comma: ", and the UK, coordinating …" is a list
      // item with a participle, not a clause
      const comma = ix.commaFrom(at);
      const until = Math.min(marks[k + 1] ?? s.end, comma?.start ?? s.end);
      if (ix.hasVerb(at, until)) cuts.push(at);
      else if (
        comma &&
        comma.start < (marks[k + 1] ?? s.end) &&
        appositionThenVerb(ix, comma.end, marks[k + 1] ?? s.end) &&
        // after "and", only where what comes before is a clause and the apposition opens as a noun phrase does ("an
        // 84-year-old woman", "the town's mayor"): "The bodies of A, 58, and B, 20, were found" is one subject, a list
        (!/^and\b/i.test(doc.doc.text.slice(at, at + 4)) ||
          (ix.hasVerb(cuts[cuts.length - 1]!, at) && nounPhraseOpens(ix.within(comma.end, s.end))))
      )
        cuts.push(at);
    });
    cuts.push(s.end);
    for (let k = 0; k + 1 < cuts.length; k++) {
      let a = cuts[k]!;
      let b = cuts[k + 1]!;
      // trim the boundary punctuation and spaces off the clause
      while (a < b && /[\s,;–—]/.test(doc.doc.text[a]!)) a++;
      while (b > a && /[\s,;–—]/.test(doc.doc.text[b - 1]!)) b--;
      const tokens = ix.within(a, b);
      const words = tokens.filter((t) => /\p{L}/u.test(t.text));
      const short = words.length < S.minClaimWords;
      // a statement has a subject and a verb at least; in a short one, a word of a predicate class is its verb
      // where the tagger misreads it ("Page married twice": "married" read as an adjective)
      if (short && (!opts.short || words.length < 2)) continue;
      // (and it states a value: a figure, a span of time or a date; a fragment's yes or no is too thin to compare)
      const within = (x: { start: number; end: number }) => x.start >= a && x.end <= b;
      if (short && !doc.quantities.some(within) && !doc.durations.some(within) && !doc.times.some(within))
        continue;
      const verb = tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
      if (!verb && !(short && tokenClasses(tokens).some((k) => k.length))) continue;
      const entities = doc.entities.filter((e) => e.start >= a && e.end <= b);
      out.push({
        id: startId + out.length,
        doc,
        sentence: s,
        start: a,
        end: b,
        text: doc.doc.text.slice(a, b),
        tokens,
        entities,
        terms: termsOf(tokens, entities, doc, a, b, s.attribution?.sourceSpan ?? null),
        hedged: s.hedges.some((h) => h.start >= a && h.end <= b),
        negated: s.negations.some((h) => h.start >= a && h.end <= b),
        attribution: s.attribution?.source ?? null,
        ...(short ? { short } : {}),
      });
    }
  }
  return out;
}

/** After a subject and its comma, a noun phrase in apposition closed by a comma and then the subject's verb: ", and one
 * person, an 84-year-old woman from the town, has died" is a clause of its own (the verb right after the second comma is
 * finite: not a word in "-ing", which would make the segment a list item with a participle, ", and the UK, coordinating"). */
function appositionThenVerb(ix: ReturnType<typeof tokenIndex>, from: number, end: number): boolean {
  const second = ix.commaFrom(from);
  if (!second || second.start >= end) return false;
  const words = ix.within(from, second.start).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length;
  if (!words || words > 8 || ix.hasVerb(from, second.start)) return false;
  const next = ix.within(second.end, end)[0];
  return !!next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.normal)));
}

/** Tokens that open a noun phrase: an article or a determiner ("an 84-year-old woman", "his sister"), or a
 * possessive name ("Page's home state"). */
function nounPhraseOpens(ts: Token[]): boolean {
  const [t, n] = [ts[0], ts[1]];
  return (
    !!t &&
    (t.pos === 'DET' ||
      (t.pos === 'PRON' && POSSESSIVES.has(t.normal)) ||
      (t.pos === 'PROPN' && /^['’]s$/.test(n?.text ?? '')))
  );
}

function termsOf(
  tokens: Token[],
  entities: EntityMention[],
  doc: AnnotatedDocument,
  a: number,
  b: number,
  source: { start: number; end: number } | null,
): string[] {
  const terms: string[] = [];
  const inEntity = (t: Token) => entities.some((e) => t.start >= e.start && t.end <= e.end);
  // words of one predicate class meet as one term ("injured", "hurt"; "evacuated", "fled"), beside the word itself
  const classes = tokenClasses(tokens);
  tokens.forEach((t, i) => {
    if (inEntity(t)) return;
    for (const k of classes[i]!) terms.push(`P:${k}`);
    if (t.stop || GENERIC.has(t.lemma)) return;
    if (t.pos === 'NOUN' || t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'ADV')
      terms.push(t.lemma.toLowerCase());
  });
  // (an outlet cited as the statement's source, "The Marlow Post says …", "the BBC reported", is where it was read,
  // not a participant: no term of what is said)
  for (const e of entities)
    if (!outletIn(e, source)) terms.push(`E:${e.entityId ?? e.canonical.toLowerCase()}`);
  for (const q of doc.quantities) if (q.start >= a && q.end <= b) terms.push(`N:${q.value}`);
  // durations and dates worded differently ("approximately an hour", "just over an hour"; "June 2", "2 June")
  // meet on their order of magnitude and their day
  for (const d of doc.durations)
    if (d.start >= a && d.end <= b && Number.isFinite(d.high))
      terms.push(`D:${Math.round(Math.log2((d.low + d.high) / 2))}`);
  for (const t of doc.times) if (t.start >= a && t.end <= b && t.from === t.to) terms.push(`T:${t.from}`);
  return terms;
}

/** TF-IDF vectors of clauses, normalised, for cosine similarity. */
export function vectorize(clauses: Clause[]): Map<number, Map<string, number>> {
  const df = new Map<string, number>();
  for (const c of clauses) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = clauses.length || 1;
  const out = new Map<number, Map<string, number>>();
  for (const c of clauses) {
    const tf = new Map<string, number>();
    for (const t of c.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    out.set(c.id, v);
  }
  return out;
}

export function cosine(a: Map<string, number> | undefined, b: Map<string, number> | undefined): number {
  if (!a || !b) return 0;
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [t, w] of a) {
    const o = b.get(t);
    if (o) s += w * o;
  }
  return s;
}
