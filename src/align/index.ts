/**
 * src/align: what a story's reports say -> claims (corroborated, single-source, disputed),
 * disputes with positions side by side, a timeline and per-outlet framing. Every claim and
 * position carries exact evidence (document id, quote, offsets).
 */
import type { AnnotatedDocument, Quantity, Token } from '../model/annotations.js';
import { evidenceOf, type Evidence } from '../model/document.js';
import type { Claim, Dispute, Entity, Framing, Story, TimelineEntry } from '../model/report.js';
import {
  AVERTED,
  CURRENCY_CODE_OF_NOUN,
  CURRENCY_NOUNS,
  HEDGES,
  LOADED_TERMS,
  MONTH_NAMES,
  NEGATING_WORDS,
  REPORTING_VERBS,
  TIME_NOUNS,
  WANTING,
} from '../nlp/lexicon/words.js';
import { lemmas, related } from '../nlp/meaning.js';
import { alignSettings as S } from '../settings/align.js';
import { type Clause, cosine } from './clauses.js';
import { factContext } from './context.js';
import { AGE_SLOT, askedFor, type Fact, tokenClasses } from './facts.js';
import { quantitiesCompatible } from './compare.js';
import { classesOf, OPPOSITE_CLASSES, phraseClass, STAGES } from './predicates.js';
import { monthsOf, weekdaysOf } from './when.js';
import {
  type DraftDispute,
  clauseDisputes,
  factAbout,
  factDisputes,
  idOf,
  PAST_OCCURRENCE,
  sameActors,
  sameValue,
  specificityOf,
  valueOf,
} from './disputes.js';
import { addTo, disjointSets } from './sets.js';

export interface StoryInput {
  id: string;
  title?: string;
  docs: AnnotatedDocument[];
  entities: Entity[];
}

const outletOf = (d: AnnotatedDocument) => d.doc.source ?? d.doc.id;

/** The independent source each document counts as: copies count as their original, and two reports of one
 * outlet are one outlet (an outlet does not corroborate itself). */
export function roots(docs: AnnotatedDocument[]): Map<string, string> {
  const byId = new Map(docs.map((d) => [d.doc.id, d.doc]));
  const out = new Map<string, string>();
  for (const d of docs) {
    let id = d.doc.id;
    const seen = new Set<string>();
    while (byId.get(id)?.copyOf && !seen.has(id)) {
      seen.add(id);
      id = byId.get(id)!.copyOf!;
    }
    const outlet = byId.get(id)?.source?.trim().toLowerCase();
    out.set(d.doc.id, outlet ? `outlet:${outlet}` : id);
  }
  return out;
}

class UnionFind {
  private parent = new Map<number, number>();
  find(x: number): number {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const r = this.find(p);
    this.parent.set(x, r);
    return r;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
}

const ev = (c: Clause, start = c.start, end = c.end): Evidence => evidenceOf(c.doc.doc, { start, end });
const cut = (s: string) => (s.length > S.maxStatementChars ? s.slice(0, S.maxStatementChars - 1) + '…' : s);

/** What a fact's clause is about besides its act: its nouns and names outside the value, not the act's own words nor
 * those of who says it ("No one has died in the fire, officials said": fire). */
const otherConcepts = (f: Fact): string[] => {
  const who = (f.clause.attribution ?? '').toLowerCase();
  const cls = tokenClasses(f.clause.tokens);
  return f.clause.tokens
    .filter(
      (t, i) =>
        (t.pos === 'NOUN' || t.pos === 'PROPN') &&
        !t.stop &&
        !cls[i]!.some((k) => f.head.includes(k)) &&
        (t.end <= f.start || t.start >= f.end) &&
        !who.includes(t.normal),
    )
    .map((t) => t.lemma.toLowerCase());
};

/** Bounds that leave a figure open: "more than 50 percent" is compatible with 90 percent, not the same figure. */
const BOUNDS = new Set(['at-least', 'more-than', 'at-most', 'less-than']);

/** A figure written rounded to a scale word ("1.2 million", "$3bn"): it may stand for a figure near it. */
const rounded = (q: Quantity) => /\b(?:thousand|million|billion|trillion)\b|\d(?:bn|m|k)\b/i.test(q.text);

/** Two figures or dates that state one value: compatible, and neither vague ("several", "tens of thousands") nor a
 * bound set against a figure ("more than 26,000" / "more than 31,000" are both compatible with 40,000, and state two
 * different figures). */
function statedAlike(x: Fact, y: Fact): boolean {
  if (!sameValue(x, y)) return false;
  const [qx, qy] = [x.quantity, y.quantity];
  if (!qx || !qy) return x.kind === 'date';
  if (qx.qualifier === 'vague' || qy.qualifier === 'vague') return false;
  const [bx, by] = [BOUNDS.has(qx.qualifier), BOUNDS.has(qy.qualifier)];
  if (bx || by) return bx && by && qx.low === qy.low && qx.high === qy.high;
  // two figures written in full are one figure only when equal ("2,301 points" / "2,302 points"); a rounded one
  // ("1.2 million") may stand for a figure near it
  if (qx.qualifier === 'exact' && qy.qualifier === 'exact' && !rounded(qx) && !rounded(qy))
    return qx.value === qy.value;
  return true;
}

/** Aligns what the story's reports say into claims and disputes, with timeline and framing. */
export function alignStory(story: StoryInput): Story {
  // the facts of the story, read once, as verify and digest read them: claims and disputes judge them alike. Every
  // statement is read for facts; the ones too short to pair as claims ("Page married twice;") make none
  const { ctx, facts, judge, factsByClause: factsOf } = factContext(story.docs, story.entities);
  const { clauses: all, vectors, root } = ctx;
  const clauses = all.filter((c) => !c.short);
  // figures and dates two reports state alike: the judge lines them up (each the other's closest, one slot, one act,
  // the same doers) and their values agree
  const sharedFacts = new Map<Clause, Clause[]>();
  const sameAge = new Map<Clause, Clause[]>();
  const alike: [Fact, Fact][] = [];
  const share = (x: Fact, y: Fact) => {
    addTo(sharedFacts, x.clause, y.clause);
    addTo(sharedFacts, y.clause, x.clause);
  };
  {
    const bySlot = new Map<string, Fact[]>();
    for (const f of facts)
      if ((f.kind === 'number' || f.kind === 'date') && !f.clause.short)
        addTo(bySlot, `${f.kind}|${f.slot}`, f);
    for (const fs of bySlot.values()) {
      const docs = [...new Set(fs.map((f) => f.clause.doc))];
      if (docs.length < 2) continue;
      for (const [x, y] of judge.edges(fs, docs))
        if (
          statedAlike(x, y) &&
          sameActors(x, y) &&
          !(x.subject && y.subject && idOf(x.subject) !== idOf(y.subject))
        ) {
          // an age is said in passing of what a clause states ("Ortiz, 35, was a 15-year member" / "Deputy Ortiz, 35,
          // was killed"): one age stated alike brings two clauses close, it does not make their acts one
          alike.push([x, y]);
          if (x.slot.startsWith(AGE_SLOT)) {
            addTo(sameAge, x.clause, y.clause);
            addTo(sameAge, y.clause, x.clause);
          } else share(x, y);
        }
    }
  }
  // "No deaths have been reported" / "Nobody has been killed" / "No one has died in the fire": one act denied of
  // anyone at all is one fact of the story, however little else the clauses say (the story is the context they
  // share); not where the judge finds another reason to keep them apart (one source, a series, another country)
  const denials = facts.filter((f) => f.kind === 'polarity' && f.blanket && f.negated && !f.clause.short);
  for (let i = 0; i < denials.length; i++)
    for (let j = i + 1; j < denials.length; j++) {
      const [x, y] = [denials[i]!, denials[j]!];
      if (x.clause.doc === y.clause.doc || !x.head.some((h) => y.head.includes(h))) continue;
      const why = judge.why(x, y);
      if (why && !why.startsWith('context too different')) continue;
      // (what else they say, they share, or one says nothing else: "I don't think charges will be filed over the
      // stop" is not "No charges have been filed in the shooting")
      const [ox, oy] = [otherConcepts(x), otherConcepts(y)];
      if (ox.length && oy.length && !ox.some((k) => oy.includes(k))) continue;
      share(x, y);
    }
  const rivalMeasures = (a: Clause, b: Clause) =>
    (factsOf.get(a) ?? []).some(
      (x) =>
        x.kind === 'number' &&
        !!x.quantity?.unit &&
        (factsOf.get(b) ?? []).some(
          (y) =>
            y.kind === 'number' &&
            y.slot === x.slot &&
            x.head.some((h) => y.head.includes(h)) &&
            (x.interval![1] < y.interval![0] || y.interval![1] < x.interval![0]),
        ),
    );
  const agesApart = (a: Clause, b: Clause) => {
    const ages = (c: Clause) => (factsOf.get(c) ?? []).filter((f) => f.slot.startsWith(AGE_SLOT));
    const fb = ages(b);
    return ages(a).some((x) => fb.some((y) => y.slot === x.slot && !sameValue(x, y)));
  };
  const factShared = (a: Clause, b: Clause) => sharedFacts.get(a)?.includes(b) ?? false;
  /** Two clauses brought close by a fact they state alike: a figure or date, or one person's age. */
  const closeByFact = (a: Clause, b: Clause) => factShared(a, b) || (sameAge.get(a)?.includes(b) ?? false);
  /** Two clauses state one fact: they share what happened (a predicate class), unless they are near copies, and
   * no fact of one contradicts a fact of the other (a claim is never corroborated by its contradiction). */
  const sameStatement = (a: Clause, b: Clause, sim: number): boolean => {
    // a question states nothing ("When were the results announced?")
    if (isQuestion(a) || isQuestion(b)) return false;
    // nor does an instruction to the reader ("To apply it, click the Fix It icon")
    if (isInstruction(a) || isInstruction(b)) return false;
    // two clauses that each state one figure or date the judge lines up with the same value state that fact alike,
    // however else they are worded ("died yesterday at the age of 85" / "She was 85")
    if (sim < S.sameClaim && !closeByFact(a, b)) return false;
    // statements about different people are different statements ("Medinsky addressed journalists" / "the
    // delegation was headed by Umerov"); so are "the first death" and "the second death"
    if (!samePeople(a, b) || !sameSeriesWords(a, b)) return false;
    // "I want to be remembered as I was" (one speaker) and "we want to remember them" (a group) are two speakers' words
    if (!sameVoice(a, b)) return false;
    // a clause in the first person is someone's own words, which a report gives as a quotation: two of them state one
    // thing only in the same words ("I want to be remembered as the woman who changed people's perspectives" / "I
    // want people to remember me as I was" are two quotations on one theme)
    if (voiceOf(a) && voiceOf(b) && !sameWords(a, b)) return false;
    // what could happen is not what happened: "the Colts could clinch a berth" / "with the win, the teams are set"
    if (modalOf(a) !== modalOf(b)) return false;
    // the acts themselves: "was married three times" is not "was divorced three times"; "the shootings happened"
    // is contradicted by "she claimed the shootings didn't happen"
    if (!sameActs(a, b, sim)) return false;
    // a quality one clause gives and the other gives its opposite ("found him standing naked in a shower" / "found
    // him standing under the shower, fully clothed"): two accounts, not one
    if (opposedQualities(a, b)) return false;
    // one restricts what the other gives whole ("the patch applies only to 32-bit versions" / "the patch applies to
    // all versions"): two scopes, not one statement
    if (otherScope(a, b)) return false;
    // one sentence copied with another figure in it ("The 6.1-magnitude quake struck …" / "The 5.9-magnitude quake
    // struck …") is not a corroboration of that sentence
    if (sim >= S.sameClaimNearCopy && otherFigures(a, b)) return false;
    // two counts of one thing that cannot both hold ("a record 1,204 points" / "a record 1,190 points") are two
    // accounts, whatever else the clauses share: a dispute if anything, never a corroboration
    if (rivalCounts(a, b)) return false;
    // nor are two measures of one act that cannot both hold ("died after falling about 150 metres" / "died after
    // falling about 60 metres"): two figures of one unit under one predicate, their ranges apart
    if (rivalMeasures(a, b)) return false;
    // nor do two that each give a figure of one unit and none alike ("popularity at a dismal 20.6 percent" / "83.3
    // percent of Greeks were unhappy"): two figures, of two things or in disagreement
    if (S.unitFiguresApart && unitFiguresApart(a, b)) return false;
    // two accounts that put the act in different years ("In 1957, Page disappeared" / "Page disappeared from the
    // scene in 1958") do not corroborate each other
    if (yearsApart(a, b)) return false;
    // nor do two that give one person two ages ("Orozco, 27, was charged" / "Orozco, 29, was convicted"): told at two
    // times, or in disagreement
    if (agesApart(a, b)) return false;
    // nor do two that put it on different days ("Microsoft on Wednesday released an emergency patch" / "Microsoft
    // released an emergency software fix on Tuesday"): two accounts of when, or two acts
    if (daysApart(a, b)) return false;
    // or in different months ("launched Mantra in December" / "launched Mantra in September")
    if (monthsApart(a, b)) return false;
    // nor does one that tells of an earlier occasion than the story's with one that does not ("Four years ago, 46.8
    // percent of the city's voters turned out" / "Only about 41 percent of the city's voters turned out")
    // (with figures of one unit that differ as written: "last year he won the medal" still corroborates "he had won
    // the medal")
    if (S.pastOccasionApart && pastOccasion(a) !== pastOccasion(b) && writtenFiguresDiffer(a, b))
      return false;
    // what happened (a predicate class) and to what or whom (a name, a thing, a figure): both shared, unless
    // the two clauses are near copies or state one figure or date alike
    if (sim < S.sameClaimWithoutPredicate && !factShared(a, b)) {
      const ta = termSet(a);
      const shared = b.terms.filter((t) => ta.has(t));
      // the second shared term is a participant: a name, a thing, a figure, not the predicate word again nor a word
      // of time ("a 4.5% pay rise over two years" / "a 9% pay rise over two years")
      // what happened is stated in both: "to avoid killing civilians" and "the potential for killing civilians"
      // state no killing
      const [sa, sb] = [statedClasses(a), statedClasses(b)];
      // (a verb outside the lexicon that both clauses have, done to or by one name both clauses give, is an act they
      // share as much: "The actress re-hired attorney Shawn Holley" / "Lohan has re-hired attorney Shawn Holley"; not
      // a light or a reporting verb)
      const sharedVerb =
        sim >= S.sameClaimSharedVerb &&
        shared.some((t) => t.startsWith('E:')) &&
        shared.some(
          (t) =>
            verbLemmas(a).has(t) &&
            verbLemmas(b).has(t) &&
            !LIGHT_VERBS.has(t) &&
            !REPORTING_VERBS.has(t) &&
            // ("according to X" says who tells it)
            t !== 'accord' &&
            !classesOf(t).length,
        );
      if (
        !(sharedVerb || shared.some((t) => t.startsWith('P:') && sa.has(t.slice(2)) && sb.has(t.slice(2)))) ||
        !shared.some(
          (t) =>
            !t.startsWith('P:') &&
            !TIME_NOUNS.has(t) &&
            !classesOf(t).length &&
            // the verb of both clauses is their act, not a participant ("the airport sustained minor damage" / "the
            // villages sustained heavy damage" share no participant)
            !(verbLemmas(a).has(t) && verbLemmas(b).has(t)),
        )
      )
        return false;
    }
    // opposite acts ("were also convicted" / "was acquitted") contradict each other
    const ca = predicateSet(a);
    const cb = predicateSet(b);
    if (
      OPPOSITE_CLASSES.some(
        ([x, y]) => (ca.has(x) && cb.has(y) && !cb.has(x)) || (ca.has(y) && cb.has(x) && !cb.has(y)),
      )
    )
      return false;
    // two stages of one case ("is charged with murder" / "the jury found him guilty"): each clause says one and not
    // the other
    const only = (p: Set<string>, x: string, y: string) => p.has(x) && !p.has(y);
    if (STAGES.some(([x, y]) => (only(ca, x, y) && only(cb, y, x)) || (only(ca, y, x) && only(cb, x, y))))
      return false;
    const fb = factsOf.get(b) ?? [];
    return !(factsOf.get(a) ?? []).some((x) =>
      fb.some(
        (y) =>
          x.kind === y.kind &&
          x.slot === y.slot &&
          (x.kind === 'polarity'
            ? x.negated !== y.negated && x.head.some((h) => y.head.includes(h))
            : !judge.why(x, y)) &&
          !judge.conflictWhy(x, y, facts),
      ),
    );
  };

  // claims: each clause joins its best match in every other independent report, when close enough
  const uf = new UnionFind();
  // candidates share at least one term (an inverted index keeps this near-linear on large stories). The
  // similarities come from the index too: a clause's products with every candidate, summed in the clause's
  // own term order, are `cosine` itself wherever `cosine` would run over this clause's terms (it runs over the
  // smaller vector, the first on a tie); for a larger candidate, its own terms are summed in its order, as
  // `cosine` does. Same sums in the same order: the same figures, without a map look-up per shared term.
  const termId = new Map<string, number>();
  const termsOfClause: Int32Array[] = [];
  const weightsOfClause: Float64Array[] = [];
  const postIds: number[][] = [];
  const postWeights: number[][] = [];
  for (const c of clauses) {
    const v = vectors.get(c.id)!;
    const ids = new Int32Array(v.size);
    const ws = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      let id = termId.get(t);
      if (id === undefined) {
        termId.set(t, (id = termId.size));
        postIds.push([]);
        postWeights.push([]);
      }
      ids[k] = id;
      ws[k++] = w;
      postIds[id]!.push(c.id);
      postWeights[id]!.push(w);
    }
    termsOfClause[c.id] = ids;
    weightsOfClause[c.id] = ws;
  }
  // each report's position in the story (its first, as indexOf gives it)
  const docNumber = new Map<AnnotatedDocument, number>();
  story.docs.forEach((d, i) => {
    if (!docNumber.has(d)) docNumber.set(d, i);
  });
  const docOf = Int32Array.from(all, (c) => docNumber.get(c.doc) ?? -1);
  const acc = new Float64Array(all.length);
  const stamp = new Int32Array(all.length).fill(-1);
  const dense = new Float64Array(termId.size);
  const bestOf = new Map<number, Map<AnnotatedDocument, { id: number; sim: number }>>();
  for (const c of clauses) {
    const best = new Map<AnnotatedDocument, { id: number; sim: number }>();
    const ids = termsOfClause[c.id]!;
    const ws = weightsOfClause[c.id]!;
    // the candidates in the order the index first gives them
    const order: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const list = postIds[ids[k]!]!;
      const wl = postWeights[ids[k]!]!;
      const w = ws[k]!;
      for (let p = 0; p < list.length; p++) {
        const o = list[p]!;
        if (stamp[o] !== c.id) {
          stamp[o] = c.id;
          order.push(o);
        }
        acc[o]! += w * wl[p]!;
      }
    }
    for (let k = 0; k < ids.length; k++) dense[ids[k]!] = ws[k]!;
    const docIndex = docOf[c.id]!;
    for (const o of order) {
      // the same sum in another order differs only in its last bits: far under the floor, it is under the floor
      if (docOf[o] === docIndex || acc[o]! < S.sameClaim - 1e-9) continue;
      let sim = acc[o]!;
      const oIds = termsOfClause[o]!;
      if (oIds.length < ids.length) {
        const oWs = weightsOfClause[o]!;
        sim = 0;
        for (let k = 0; k < oIds.length; k++) {
          const x = dense[oIds[k]!]!;
          if (x) sim += oWs[k]! * x;
        }
      }
      if (sim < S.sameClaim) continue;
      const other = all[o]!;
      const b = best.get(other.doc);
      if ((!b || sim > b.sim) && sameStatement(c, other, sim)) best.set(other.doc, { id: o, sim });
    }
    for (let k = 0; k < ids.length; k++) dense[ids[k]!] = 0;
    for (const o of order) acc[o] = 0;
    // a clause with no close sentence in a report may still state one of its figures or dates alike
    for (const other of [...(sharedFacts.get(c) ?? []), ...(sameAge.get(c) ?? [])])
      if (!other.short && !best.has(other.doc) && sameStatement(c, other, 0))
        best.set(other.doc, { id: other.id, sim: 0 });
    bestOf.set(c.id, best);
  }
  // two clauses state the same fact when each is the other's closest in the other report; the closest
  // pairs join first, and a claim never takes two clauses of one report (no chaining across facts)
  const pairs: { a: number; b: number; sim: number }[] = [];
  for (const c of clauses)
    for (const [, b] of bestOf.get(c.id)!)
      if (c.id < b.id && bestOf.get(b.id)?.get(c.doc)?.id === c.id)
        pairs.push({ a: c.id, b: b.id, sim: b.sim });
  pairs.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const docsOf = new Map<number, Set<AnnotatedDocument>>(clauses.map((c) => [c.id, new Set([c.doc])]));
  const membersOf = new Map<number, Clause[]>(clauses.map((c) => [c.id, [c]]));
  for (const { a, b } of pairs) {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) continue;
    const da = docsOf.get(ra)!;
    const db = docsOf.get(rb)!;
    if ([...da].some((d) => db.has(d))) continue;
    // every clause of a claim states its fact: a clause joins only when it is close to all of the claim's
    // clauses and contradicts none of them (no chains from one fact to the next)
    const ca = membersOf.get(ra)!;
    const cb = membersOf.get(rb)!;
    if (
      !ca.every((x) =>
        cb.every((y) => {
          const s = cosine(vectors.get(x.id), vectors.get(y.id));
          return (s >= S.sameClaim || closeByFact(x, y)) && sameStatement(x, y, s);
        }),
      )
    )
      continue;
    uf.union(ra, rb);
    docsOf.set(uf.find(ra), new Set([...da, ...db]));
    membersOf.set(uf.find(ra), [...ca, ...cb]);
  }
  const groups = new Map<number, Clause[]>();
  for (const c of clauses) addTo(groups, uf.find(c.id), c);

  // disputes
  const found: DraftDispute[] = [...clauseDisputes(ctx), ...factDisputes(ctx, facts, judge)];
  // two detectors reading one contradiction (the same clauses on both sides) report it once
  const drafts = dedupe(found);
  const disputes: Dispute[] = drafts.map((d, k) => ({
    id: `${story.id}-d${k + 1}`,
    kind: d.kind,
    about: d.about,
    positions: d.positions.map((p) => {
      const cls = p.spans.map((s) => s.clause);
      const attributions = [...new Set(cls.map((c) => c.attribution).filter((a): a is string => !!a))];
      return {
        value: p.value,
        normalized: p.normalized,
        evidence: p.spans.map((s) => ev(s.clause, s.start, s.end)),
        outlets: [...new Set(cls.map((c) => outletOf(c.doc)))],
        attribution: attributions.length ? attributions.join('; ') : null,
        hedged: cls.some((c) => c.hedged),
      };
    }),
  }));
  const disputedClause = new Map<number, string>();
  drafts.forEach((d, k) =>
    d.positions.forEach((p) => p.spans.forEach((s) => disputedClause.set(s.clause.id, disputes[k]!.id))),
  );

  const order = (c: Clause) => (docNumber.get(c.doc) ?? -1) * 1e9 + c.start;
  const claims: Claim[] = [...groups.values()]
    .map((cs) => cs.sort((a, b) => order(a) - order(b)))
    .sort((a, b) => order(a[0]!) - order(b[0]!))
    .map((cs, k) => {
      const independentOutlets = new Set(cs.map((c) => root.get(c.doc.doc.id)));
      const disputeId = cs.map((c) => disputedClause.get(c.id)).find((x) => x);
      const attribution = [...new Set(cs.map((c) => c.attribution).filter((a): a is string => !!a))];
      const claim: Claim = {
        id: `${story.id}-c${k + 1}`,
        statement: cut(cs[0]!.text),
        status: disputeId ? 'disputed' : independentOutlets.size >= 2 ? 'corroborated' : 'single-source',
        evidence: cs.map((c) => ev(c)),
        outlets: [...new Set(cs.map((c) => outletOf(c.doc)))],
        independentOutlets: independentOutlets.size,
        attribution,
        hedged: cs.some((c) => c.hedged),
      };
      if (disputeId) claim.dispute = disputeId;
      return claim;
    });
  claims.push(
    ...factClaims(
      // (an age is said in passing of any act; a figure or a date is one fact only of one act stated alike: not "is
      // eligible to vote" and "voted", "allows her to close it for a week" and "closed it for a week")
      alike.filter(
        ([x, y]) =>
          x.slot.startsWith(AGE_SLOT) ||
          (modalOf(x.clause) === modalOf(y.clause) &&
            sameActs(x.clause, y.clause, 0) &&
            !opposedQualities(x.clause, y.clause)),
      ),
      uf,
      disputedClause,
      root,
      order,
    ).map((c, k) => ({
      ...c,
      id: `${story.id}-c${claims.length + k + 1}`,
    })),
  );

  return {
    id: story.id,
    title: story.title ?? story.docs.find((d) => d.doc.title)?.doc.title ?? cut(clauses[0]?.text ?? story.id),
    documents: story.docs.map((d) => d.doc.id),
    entities: story.entities,
    claims,
    disputes,
    timeline: timeline(clauses, uf),
    framing: story.docs.map(framing),
  };
}

/**
 * The facts two or more independent outlets state alike in clauses that are not one claim ("Ortiz, 35, was a 15-year
 * member of the department" / "Sheriff Deputy Ortiz, 35, was shot"; "captured 23 pirates" / "the arrest of the 23
 * pirates"): each a claim of its own, the fact as its statement ("the age of Jerry Ortiz: 35"), its evidence the
 * clauses that state it (`scope: 'fact'`: the rest of each clause is not what the outlets agree on). The facts are
 * the ones the judge lines up and finds stated alike (one slot, each the other's closest, the same doers and subject,
 * the same value; see `statedAlike`), linked in sets where every fact has the value of the set's most specific one;
 * a set with a disputed clause of its slot is the dispute's to show.
 */
function factClaims(
  alike: [Fact, Fact][],
  uf: { find: (x: number) => number },
  disputedClause: Map<number, string>,
  root: Map<string, string>,
  order: (c: Clause) => number,
): Omit<Claim, 'id'>[] {
  const { find, join } = disjointSets<Fact>((x, y) =>
    order(x.clause) + x.start > order(y.clause) + y.start ? y : x,
  );
  for (const [x, y] of alike) join(x, y);
  const sets = new Map<Fact, Fact[]>();
  for (const f of new Set(alike.flat())) addTo(sets, find(f), f);
  const out: (Omit<Claim, 'id'> & { at: number })[] = [];
  for (const set of sets.values()) {
    const top = set
      .slice()
      .sort((a, b) => specificityOf(b) - specificityOf(a) || order(a.clause) - order(b.clause))[0]!;
    // one fact per report (its first statement), each of the set's very value: a figure its interval ("nearly $80
    // million" and "$82 million" are compatible with "$80 million", and are not its figure), a date its day or time
    const byDoc = new Map<AnnotatedDocument, Fact>();
    for (const f of set
      .filter((f) => exactlyAlike(f, top))
      .sort((a, b) => order(a.clause) + a.start - (order(b.clause) + b.start)))
      if (!byDoc.has(f.clause.doc)) byDoc.set(f.clause.doc, f);
    const fs = [...byDoc.values()];
    const independent = new Set(fs.map((f) => root.get(f.clause.doc.doc.id)));
    if (independent.size < 2) continue;
    // already one claim: the clauses state more than the fact alike, and say so
    if (new Set(fs.map((f) => uf.find(f.clause.id))).size < 2) continue;
    if (fs.some((f) => disputedClause.has(f.clause.id))) continue;
    const attribution = [...new Set(fs.map((f) => f.clause.attribution).filter((a): a is string => !!a))];
    out.push({
      at: order(fs[0]!.clause),
      statement: factStatement(top),
      status: 'corroborated',
      scope: 'fact',
      evidence: fs.map((f) => ev(f.clause)),
      outlets: [...new Set(fs.map((f) => outletOf(f.clause.doc)))],
      independentOutlets: independent.size,
      attribution,
      hedged: fs.some((f) => f.clause.hedged),
    });
  }
  return out.sort((a, b) => a.at - b.at).map(({ at: _, ...c }) => c);
}

/** A corroborated fact as a statement: what it is about and its value as the report writes it, with the value read
 * where that says more ("the age of Jerry Ortiz: 35", "how many pirates (arrest): 23 (23 pirates)", "when: …:
 * yesterday (2025-10-21)"). */
function factStatement(f: Fact): string {
  const { value, normalized } = valueOf(f);
  const v = value.replace(/[\s,;:]+$/u, '');
  return `${factAbout(f)}: ${v}${normalized && normalized !== v ? ` (${normalized})` : ''}`;
}

/** Two facts of one value written alike: one interval of a figure, one day or time of a date. */
function exactlyAlike(a: Fact, b: Fact): boolean {
  if (a.kind === 'number') return a.interval![0] === b.interval![0] && a.interval![1] === b.interval![1];
  if (a.kind === 'date') return valueOf(a).key === valueOf(b).key;
  return sameValue(a, b);
}

/**
 * What sameStatement reads of one clause, read once per clause: it is asked of every candidate pair, and
 * of every pair of two claims' clauses when they join. (Clauses do not change once read.)
 */
function perClause<T>(read: (c: Clause) => T): (c: Clause) => T {
  const cache = new WeakMap<Clause, { v: T }>();
  return (c) => {
    let hit = cache.get(c);
    if (!hit) cache.set(c, (hit = { v: read(c) }));
    return hit.v;
  };
}

const isQuestion = perClause((c) => /\?\s*$/.test(c.text));
/** A clause that tells the reader what to do: its first word a verb in its base form with no subject before it, after
 * a purpose ("To apply it, click …") or "please" where there is one ("Click here to …", "Please call 911"). */
const isInstruction = perClause((c: Clause): boolean => {
  const ts = c.tokens;
  let i = 0;
  if (ts[0]?.normal === 'to' && ts[1]?.pos === 'VERB') {
    i = ts.findIndex((t) => t.text === ',') + 1;
    if (i === 0) return false;
  }
  if (ts[i]?.normal === 'please') i++;
  const t = ts[i];
  if (!t || BE_FORMS.has(t.normal) || ts[i + 1]?.pos === 'VERB') return false;
  // (after a purpose or "please", a bare noun before a determiner is the verb the tagger missed: "click the icon")
  const verb =
    imperative(c, i) ||
    (i > 0 && t.pos === 'NOUN' && t.normal === t.lemma && /^(?:DET|PRON)$/.test(ts[i + 1]?.pos ?? ''));
  return (
    verb &&
    // (opening the clause, the verb is capitalised as a sentence's first word)
    (i > 0 || /^\p{Lu}/u.test(t.text)) &&
    // (a name the tagger read as a verb: "Ford, now an assistant coach, finished …")
    !c.entities.some((e) => e.start <= t.start && e.end >= t.end)
  );
});
/** What a clause restricts ("applies only to 32-bit versions": bit, version) and what it gives whole ("applies to all
 * versions", "every school"): the nouns of the phrase after "only" and after "all" or "every". */
const scopeOf = perClause((c: Clause): { only: Set<string>; all: Set<string> } => {
  const ts = c.tokens;
  // (up to the phrase's end: a mark or a verb)
  const after = (i: number) => {
    const out: string[] = [];
    for (const t of ts.slice(i + 1, i + 8)) {
      if (t.pos === 'PUNCT' && t.text !== '-') break;
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
      if (t.pos === 'NOUN') out.push(t.lemma.toLowerCase());
    }
    return out;
  };
  const only = new Set<string>();
  const all = new Set<string>();
  ts.forEach((t, i) => {
    if (t.normal === 'only' && !/^(?:not|the|an?|his|her|their|its|one)$/.test(ts[i - 1]?.normal ?? ''))
      for (const n of after(i)) only.add(n);
    if (/^(?:all|every)$/.test(t.normal) && t.pos === 'DET') for (const n of after(i)) all.add(n);
  });
  return { only, all };
});
/** One clause restricts a thing the other gives whole ("only to 32-bit versions" / "to all versions"); a clause that
 * does both ("only in IE 7, on all versions of Windows") is neither. */
const otherScope = (a: Clause, b: Clause): boolean => {
  const [x, y] = [scopeOf(a), scopeOf(b)];
  const restricts = (p: typeof x, q: typeof x) =>
    !p.all.size && !q.only.size && [...p.only].some((n) => q.all.has(n));
  return restricts(x, y) || restricts(y, x);
};
const termSet = perClause((c) => new Set(c.terms));
/** The lemmas of a clause's verbs (not a word in "-ing" after an article or a possessive, which qualifies the noun
 * after it: "the country's firefighting budget"). */
const verbLemmas = perClause(
  (c) =>
    new Set(
      c.tokens
        .filter(
          (t, i) =>
            t.pos === 'VERB' &&
            !(/ing$/.test(t.normal) && /^(?:DET|PART|ADJ)$/.test(c.tokens[i - 1]?.pos ?? '')),
        )
        .map((t) => t.lemma.toLowerCase()),
    ),
);
const predicateSet = perClause(
  (c) => new Set(c.terms.filter((t) => t.startsWith('P:')).map((t) => t.slice(2))),
);

/** The predicate classes a clause states as happening: not those of an act right after a word that says it was
 * avoided or only could happen ("to avoid killing", "the potential for killing", "the risk of a flood"). */
const statedClasses = perClause((c: Clause) => {
  const classes = tokenClasses(c.tokens);
  const out = new Set<string>();
  c.tokens.forEach((t, i) => {
    // the governing word stands right before, or before "for", "of", "a", "the", "any" ("the risk of a flood")
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && /^(for|of|to|a|an|the|any|further|more)$/.test(c.tokens[k]!.normal)) k--;
    if (k >= 0 && AVERTED.has(c.tokens[k]!.normal)) return;
    for (const x of classes[i]!) if (!(x === 'start' && aspectual(c.tokens, i))) out.add(x);
  });
  return out;
});

/** "started rolling", "began to fall": a verb of starting before another verb says when that act began, and is no act
 * of its own ("the Colts started rolling" states no start as "a drive starting at their own 27" does). */
function aspectual(ts: Token[], i: number): boolean {
  if (!S.aspectualStart || ts[i]!.pos !== 'VERB') return false;
  const next = ts[i + 1];
  const after = ts[i + 2];
  return (
    (next?.pos === 'VERB' && /ing$/i.test(next.text)) ||
    (next?.normal === 'to' && (after?.pos === 'VERB' || after?.pos === 'AUX'))
  );
}

/** The years a clause names in so many words: "in 1957", "in December 2003" (a four-digit year after "in" or a
 * month; not "2,000 booths" nor "the 2008 season"). */
const yearsOf = perClause(
  (c: Clause) =>
    new Set(
      c.tokens
        .filter(
          (t, i) =>
            /^(?:18|19|20)\d{2}$/.test(t.text) &&
            !!c.tokens[i - 1] &&
            (c.tokens[i - 1]!.normal === 'in' || MONTH_NAMES.has(c.tokens[i - 1]!.normal.replace(/\.$/, ''))),
        )
        .map((t) => t.text),
    ),
);
/** Both clauses name a year and no year of one is a year of the other. */
function yearsApart(a: Clause, b: Clause): boolean {
  const [x, y] = [yearsOf(a), yearsOf(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
}

/** Words before a month name that make it the time of an act ("in December", "since March", "early last May"). */
/** The months a clause names in words as a time (read once per clause). */
const monthsNamed = perClause(monthsOf);
/** Both clauses name the month of the act in words and none in common ("Reid launched a new fashion line called Mantra
 * in December" / "… has launched a new fashion line called Mantra in September"): two accounts of when, or two acts. */
function monthsApart(a: Clause, b: Clause): boolean {
  const [x, y] = [monthsNamed(a), monthsNamed(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((m) => y.has(m));
}

/** The weekdays a clause names in words (read once per clause). */
const weekdaysNamed = perClause((c: Clause) => weekdaysOf(c, []));
/** Both clauses name the weekday of the act and none in common ("Microsoft on Wednesday released an emergency patch" /
 * "Microsoft released an emergency software fix on Tuesday"): two days, whenever the reports were published. Only
 * weekdays in words: the dates the times annotator resolves against each report's own date ("today", "two hours
 * before", a month without its year) are too loose to keep two statements apart. */
function daysApart(a: Clause, b: Clause): boolean {
  const [x, y] = [weekdaysNamed(a), weekdaysNamed(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((d) => y.has(d));
}

/** A clause's figures (read once: the rival-count, money and near-copy tests all ask). */
const quantitiesOf = perClause((c: Clause) =>
  c.doc.quantities.filter((q) => q.start >= c.start && q.end <= c.end),
);
/** The figures with a unit a clause writes, as nlp read them (every one, before one value per slot is kept). */
const unitQuantities = perClause((c: Clause): Quantity[] => quantitiesOf(c).filter((q) => !!q.unit));
const figuresOf = perClause((c: Clause) =>
  quantitiesOf(c)
    .map((q) => q.value)
    .sort((x, y) => x - y),
);
/** As many figures on both sides, and not the same ones. */
function otherFigures(a: Clause, b: Clause): boolean {
  const [x, y] = [figuresOf(a), figuresOf(b)];
  return x.length > 0 && x.length === y.length && x.some((v, i) => v !== y[i]);
}

/** Each clause's figures by their unit ('' for a count): "1,204 points" and "101" (no noun) are both counts. */
const countsOf = perClause((c: Clause) => {
  const out = new Map<string, Quantity[]>();
  for (const q of quantitiesOf(c)) addTo(out, q.unit ?? '', q);
  return out;
});
/** Each clause's figures of a counted thing, by unit and thing ("more than 26,000 people": |person). */
const countedOf = perClause((c: Clause) => {
  const out = new Map<string, Quantity[]>();
  for (const q of quantitiesOf(c)) if (q.counted) addTo(out, `${q.unit ?? ''}|${q.counted}`, q);
  return out;
});
const CURRENCY_CODES = new Set(Object.values(CURRENCY_CODE_OF_NOUN));
/** The currencies of a clause's sums of money, one per sum: a currency unit, or a currency named as the counted noun
 * ("45 million ducats"). */
const moneyOf = perClause((c: Clause) =>
  quantitiesOf(c)
    .map((q) =>
      q.unit && CURRENCY_CODES.has(q.unit)
        ? q.unit
        : q.counted && CURRENCY_NOUNS.has(q.counted)
          ? (CURRENCY_CODE_OF_NOUN[q.counted] ?? q.counted)
          : null,
    )
    .filter((x): x is string => x !== null),
);
/** A clause's spans of time counted in so many words ("four weeks", "two and a half years"; not "a day", "an hour"). */
const spansOf = perClause((c: Clause) =>
  c.doc.durations.filter(
    (d) => d.start >= c.start && d.end <= c.end && !/^(?:a|an|per|each|every)\b/i.test(d.text),
  ),
);
/** Two clauses each giving a figure in one unit, none of one the value of any of the other's ("the conservatives'
 * popularity at 20.6 percent" / "83.3 percent of Greeks were unhappy"): each states its own figure, of its own thing.
 * Every figure the clause writes counts ("slowed to 2.9% in October from 3.4%"); two are alike where their ranges meet,
 * or one is the other rounded. */
function unitFiguresApart(a: Clause, b: Clause): boolean {
  const [ma, mb] = [unitQuantities(a), unitQuantities(b)];
  if (!ma.length || !mb.length) return false;
  const alike = (x: Quantity, y: Quantity) =>
    (x.low <= y.high && y.low <= x.high) || roundedAlike([x.low, x.high], [y.low, y.high]);
  return ma.some(
    (x) =>
      mb.some((y) => y.unit === x.unit) &&
      !ma.some((x2) => x2.unit === x.unit && mb.some((y) => y.unit === x.unit && alike(x2, y))),
  );
}

/** Both clauses give figures of one unit, and none of one is written with a value of the other. */
function writtenFiguresDiffer(a: Clause, b: Clause): boolean {
  const [ma, mb] = [unitQuantities(a), unitQuantities(b)];
  const shared = ma.filter((x) => mb.some((y) => y.unit === x.unit));
  return shared.length > 0 && !shared.some((x) => mb.some((y) => y.unit === x.unit && y.value === x.value));
}

/** Two exact figures one of which is the other rounded to the decimals it is written with ("2.87%" / "2.9%"). */
function roundedAlike(a: [number, number], b: [number, number]): boolean {
  if (a[0] !== a[1] || b[0] !== b[1]) return false;
  const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;
  const [coarse, fine] = decimals(a[0]) <= decimals(b[0]) ? [a[0], b[0]] : [b[0], a[0]];
  const d = decimals(coarse);
  return d > 0 && decimals(fine) > d && Math.abs(Number(fine.toFixed(d)) - coarse) < 1e-9;
}

/** Each clause has one figure of a unit, both count the same thing (the same noun, or the same unit of measure),
 * and the two cannot both hold. (Where a clause has two such figures, "226 yards while Hillis added 101", which
 * one the other clause speaks of is not known here.) */
function rivalCounts(a: Clause, b: Clause): boolean {
  // one span of time on each side, counted in so many words, that cannot be the same ("in hospital for four weeks" /
  // "for three weeks"; "a day" after a sum is a rate, not a span)
  const [da, db] = [spansOf(a), spansOf(b)];
  if (da.length === 1 && db.length === 1 && (da[0]!.high < db[0]!.low || db[0]!.high < da[0]!.low))
    return true;
  // one sum of money on each side, in two currencies: not known to agree (a rate in the text is a second sum)
  const [ma, mb] = [moneyOf(a), moneyOf(b)];
  if (ma.length === 1 && mb.length === 1 && ma[0] !== mb[0]) return true;
  const cb = countsOf(b);
  for (const [unit, qa] of countsOf(a)) {
    const qb = cb.get(unit);
    if (qa.length !== 1 || qb?.length !== 1) continue;
    const [x, y] = [qa[0]!, qb[0]!];
    if ((unit || x.counted) && x.counted === y.counted && !quantitiesCompatible(x, y)) return true;
  }
  // two bounds the same way of one counted thing ("more than 26,000 people were killed" / "more than 31,000 people
  // were killed") are two figures, though a toll of 40,000 would fit both
  const bb = countedOf(b);
  for (const [key, qa] of countedOf(a)) {
    const qb = bb.get(key);
    if (qa.length !== 1 || qb?.length !== 1) continue;
    const [x, y] = [qa[0]!, qb[0]!];
    if (x.qualifier === y.qualifier && BOUNDS.has(x.qualifier) && x.value !== y.value) return true;
  }
  return false;
}

// (being eligible, able or allowed to do a thing is not doing it: "2.5 million are eligible to vote" / "almost all
// of them cast their votes")
const MODALS = new Set(
  'can|ca|cannot|could|might|may|would|should|must|eligible|able|allowed|allow|allows|permit|permits|permitted|entitled'.split(
    '|',
  ),
);
const EXPECTS = new Set(
  'expect|expects|expected|expecting|anticipate|anticipates|anticipated|likely|plan|plans|planned|intend|intends|intended|hope|hopes|hoped|supposed|seem|seems|seemed'.split(
    '|',
  ),
);
/** Participles of a plan that, between a determiner and a noun, name the plan as a thing ("the planned orbit"). */
const ATTRIBUTIVE_PLANS = new Set(['planned', 'intended', 'expected', 'anticipated']);
/** Nouns of negotiating: "in talks to", "in negotiations to" seek an act. */
const TALKS = new Set(['talks', 'negotiations', 'discussions', 'negotiation']);
const DOUBTS = new Set(['unlikely', 'doubt', 'doubts', 'doubtful', 'improbable']);
const UNKNOWN = new Set(['unclear', 'uncertain', 'unknown', 'unconfirmed', 'undetermined']);
const KNOWING = new Set(['clear', 'certain', 'known', 'confirmed', 'determined', 'sure', 'know', 'knew']);
const OPEN_QUESTION = new Set(['whether', 'if', 'who', 'what', 'which', 'how', 'why', 'when', 'where']);
/** What a clause states of its act: that it happened (''), that it may happen, is expected, is doubted, or is not
 * known ("it was unclear whether …"). "A meeting is expected" and "a meeting is unlikely" are two stances, and neither
 * is "they met". */
const modalOf = perClause((c: Clause): string => {
  const ts = c.tokens;
  const negated = (i: number) =>
    ts.slice(Math.max(0, i - 3), i).some((t) => /^(not|n't|n’t|never|no)$/.test(t.normal));
  // "it was unclear if the dead were customers", "it is not known whether", "the cause is still unclear": a question
  // left open, not an answer given (not "an unknown gunman")
  const asks = (i: number) => ts.slice(i + 1, i + 3).some((x) => OPEN_QUESTION.has(x.normal));
  const said = (i: number) =>
    ts.slice(Math.max(0, i - 2), i).some((x) => BE_FORMS.has(x.normal) || /^remain/.test(x.normal));
  // ("there have been conflicting reports as to whether the Yankees have interest", "it is undecided whether the
  // plant will close": what follows "whether" is a question, never an answer, where the clause's acts all stand in
  // it; not "Obama is restoring a requirement to determine whether …", nor "when asked whether she was still a
  // party girl, she said …", which give their act or the answer before or beside it)
  const question = (i: number) =>
    ts[i]!.normal === 'whether' &&
    !/^ask/.test(ts[i - 1]?.normal ?? '') &&
    !ts
      .slice(0, i)
      .some((x) => x.pos === 'VERB' && !LIGHT_VERBS.has(x.lemma) && !REPORTING_VERBS.has(x.lemma));
  if (
    ts.some(
      (t, i) =>
        question(i) ||
        (UNKNOWN.has(t.normal) && (asks(i) || said(i))) ||
        (KNOWING.has(t.normal) && negated(i) && asks(i)),
    )
  )
    return 'unknown';
  // (a comparison with a plan or a forecast states what happened: "shut down earlier than planned", "rose more than
  // expected", "went as planned")
  // (nor is a plan named as a thing: "below the planned 550 km", "its intended target", "the expected rise was
  // cancelled" say what happened to it)
  const attributive = (k: number) =>
    ATTRIBUTIVE_PLANS.has(ts[k]!.normal) &&
    /^(?:the|a|an|its|their|his|her|our|this|that)$/.test(ts[k - 1]?.normal ?? '') &&
    /^(?:NOUN|NUM|ADJ|PROPN)$/.test(ts[k + 1]?.pos ?? '');
  const i = ts.findIndex(
    (t, k) =>
      DOUBTS.has(t.normal) ||
      (EXPECTS.has(t.normal) && !/^(?:than|as)$/.test(ts[k - 1]?.normal ?? '') && !attributive(k)),
  );
  if (i >= 0) return DOUBTS.has(ts[i]!.normal) || negated(i) ? 'doubted' : 'expected';
  // "is in negotiations to helm the sequel", "in the negotiation stages to direct it", "in talks with the club to sign
  // him": an act sought, not yet done
  const talks = (k: number) => (ts[k]?.pos === 'DET' ? k + 1 : k);
  if (
    ts.some(
      (t, k) =>
        t.normal === 'in' &&
        TALKS.has(ts[talks(k + 1)]?.normal ?? '') &&
        ts
          .slice(talks(k + 1) + 1, talks(k + 1) + 6)
          .some((x, j, xs) => x.normal === 'to' && xs[j + 1]?.pos === 'VERB'),
    )
  )
    return 'expected';
  // "If so, that blows the offers out of the water": what a condition opens is what would happen, not what did (an
  // act asked for under a condition, "If you use Windows, apply this patch now", is a request, read as such elsewhere)
  if (
    S.conditionalModal &&
    /^(?:if|unless)$/.test(ts.find((t) => t.pos !== 'PUNCT')?.normal ?? '') &&
    !ts.some((_, k) => imperative(c, k))
  )
    return 'possible';
  // (the month "May" is no modal: a month name counts only where it is tagged an auxiliary)
  return ts.some((t) => MODALS.has(t.normal) && (t.pos === 'AUX' || !MONTH_NAMES.has(t.normal)))
    ? 'possible'
    : '';
});

/** A clause's own verbs (not light, not of saying): lemma, what they meet on, and whether each is denied. */
const keysOfVerb = (t: { lemma: string; normal: string }, phrase: string | null = null) => [
  t.lemma.toLowerCase(),
  ...classesOf(t.lemma.toLowerCase(), t.normal).map((k) => `P:${k}`),
  // a phrasal predicate is the act of its class: "stepped down" is resigning, "held talks" meeting
  ...(phrase ? [`P:${phrase}`] : []),
];
/** A participle after a form of "be" is a verb in the passive, whatever the tagger calls it ("Page was married
 * three times" / "was divorced three times"). */
const passiveParticiple = (c: Clause, i: number) => {
  const t = c.tokens[i]!;
  return t.pos === 'ADJ' && /\p{L}{3,}ed$/u.test(t.normal) && BE_FORMS.has(c.tokens[i - 1]?.normal ?? '');
};
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** A word in "-ing" right after a form of "be" that the tagger reads as a noun is a verb in the progressive ("a
 * wildfire has been burning since Sunday"), not a thing ("his job was painting" is rare in news; "the burning" after
 * an article stays a noun, as there "be" does not stand right before it). */
const progressive = (c: Clause, i: number) => {
  const t = c.tokens[i]!;
  return t.pos === 'NOUN' && /\p{L}{3,}ing$/u.test(t.normal) && BE_FORMS.has(c.tokens[i - 1]?.normal ?? '');
};
/** A word of a predicate class after a form of "be", with at most a degree word between, that the tagger reads as a
 * noun or an adjective and that no noun follows is a verb in the passive: "the villages of the valley were worst hit",
 * "the school was badly damaged" state a hitting and a damaging ("the worst hit villages" before a noun is not). */
const DEGREE =
  /^(?:most|least|worst|best|hardest|badly|severely|heavily|seriously|slightly|partly|partially|fully|completely|also|not|n't|never)$/;
const passiveOfClass = (c: Clause, i: number) => {
  const t = c.tokens[i]!;
  if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !classesOf(t.lemma.toLowerCase(), t.normal).length)
    return false;
  const next = c.tokens[i + 1];
  if (next && (next.pos === 'NOUN' || next.pos === 'PROPN')) return false;
  const k = DEGREE.test(c.tokens[i - 1]?.normal ?? '') ? i - 2 : i - 1;
  return BE_FORMS.has(c.tokens[k]?.normal ?? '');
};
/** A noun of a predicate class that is the subject of "be" and a time or place ("the next meeting is on 18 December",
 * "the vote will be on Sunday", "the talks were at the ministry") states its act, as "meets on 18 December" does. */
const nominalAct = (c: Clause, i: number) => {
  const t = c.tokens[i]!;
  if (t.pos !== 'NOUN' || !classesOf(t.lemma.toLowerCase(), t.normal).length) return false;
  let k = i + 1;
  if (/^(?:will|would)$/.test(c.tokens[k]?.normal ?? '')) k++;
  return BE_FORMS.has(c.tokens[k]?.normal ?? '') && /^(?:on|at)$/.test(c.tokens[k + 1]?.normal ?? '');
};
/** Verbs of thinking and feeling that frame a statement ("I feel we weren't executing", "we believe the plan works"). */
const ATTITUDE_VERBS = new Set(
  'feel|think|believe|know|suppose|guess|reckon|suspect|consider|understand|realize|realise|doubt|fear|sense|want|wish|hope'.split(
    '|',
  ),
);
const actsOf = perClause((c: Clause) =>
  c.tokens
    .map((t, i) => ({ t, i }))
    .filter(
      ({ t, i }) =>
        (t.pos === 'VERB' ||
          passiveParticiple(c, i) ||
          progressive(c, i) ||
          passiveOfClass(c, i) ||
          nominalAct(c, i)) &&
        !LIGHT_VERBS.has(t.lemma) &&
        !REPORTING_VERBS.has(t.lemma) &&
        // "I feel that …", "we believe …": a frame, as "said" is; what it frames is the act
        !ATTITUDE_VERBS.has(t.lemma.toLowerCase()),
    )
    .map(({ t, i }) => ({
      lemma: t.lemma,
      // one lemma or one predicate class
      keys: keysOfVerb(t, phraseClass(c.tokens, i)),
      denied: deniedAt(c, i),
      complement: complementOf(c, i),
      wanted: wantedOnly(c, i) || askedFor(c.tokens, i) || imperative(c, i),
    })),
);

/** Words that deny what stands right after them: "not", "never", "nobody", "without", and "the lack of", "the absence
 * of" ("given the lack of threat posed by the visitors" states no threat posed). */
const DENYING = new Set([...NEGATING_WORDS, 'n’t']);
const ABSENCE = new Set(['lack', 'absence']);
/** The verb at `i` is denied: a denying word among the three tokens before it, or before "the one who" that opens
 * it ("he isn't the one who fired the fatal shot" says he did not fire it; not "the only one who", which says others
 * did too). */
function deniedAt(c: Clause, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const t = c.tokens[k]!;
    if (DENYING.has(t.normal) || (ABSENCE.has(t.normal) && c.tokens[k + 1]?.normal === 'of')) return true;
  }
  const ts = c.tokens;
  return (
    /^(?:who|that)$/.test(ts[i - 1]?.normal ?? '') &&
    CLEFT_HEADS.has(ts[i - 2]?.normal ?? '') &&
    /^(?:the|a)$/.test(ts[i - 3]?.normal ?? '') &&
    DENYING.has(ts[i - 4]?.normal ?? '')
  );
}
/** The heads of a cleft that names a doer: "the one who", "the person that", "the man who". */
const CLEFT_HEADS = new Set([
  'one',
  'ones',
  'person',
  'people',
  'man',
  'men',
  'woman',
  'women',
  'individual',
]);

/** An act asked for, wanted, planned or tried, not said to have happened: the infinitive of such a verb, with its
 * object between at most ("urged the secretaries to rescind the changes", "plans to close", "attempted to escape").
 * (Verbs that say the act happened, "forced to resign", "managed to escape", are not of these.) */
function wantedOnly(c: Clause, i: number): boolean {
  const ts = c.tokens;
  // "to rescind", "to be passed"
  const to =
    ts[i - 1]?.normal === 'to'
      ? i - 1
      : ts[i - 1]?.normal === 'be' && ts[i - 2]?.normal === 'to'
        ? i - 2
        : -1;
  if (to < 0) return false;
  const wanting = (t: Token) => WANTING.has(t.lemma.toLowerCase()) || WANTING.has(t.normal);
  // "Microsoft was to release a patch yesterday", "the talks are to resume": a form of "be" before the infinitive
  // says what was arranged, not what was done
  if (/^(?:is|are|was|were|am)$/.test(ts[to - 1]?.normal ?? '')) return true;
  // "plans to close" with "plans" read as a noun, "a call to rescind"
  if (ts[to - 1] && ts[to - 1]!.pos === 'NOUN' && wanting(ts[to - 1]!)) return true;
  // the nearest verb before it governs the infinitive ("plans to send a boat to fix it": "to fix" is the sending's
  // purpose; "urged the secretaries to rescind": the urging's)
  for (let k = to - 1; k >= Math.max(0, to - 6); k--) {
    const t = ts[k]!;
    if (/^[,;:]$/.test(t.text)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return wanting(t);
  }
  return false;
}

/** An imperative asks for an act: a verb in its base form that opens its clause, or follows a clause of condition or
 * time and its comma ("Apply the patch now", "If you use Windows, apply this patch now"), with no subject before it. */
function imperative(c: Clause, i: number): boolean {
  const t = c.tokens[i]!;
  if (t.pos !== 'VERB' || t.normal !== t.lemma.toLowerCase()) return false;
  let k = i - 1;
  while (k >= 0 && (c.tokens[k]!.pos === 'ADV' || /^(?:please|so|then|and|now)$/.test(c.tokens[k]!.normal)))
    k--;
  if (k < 0) return true;
  if (c.tokens[k]!.normal !== ',') return false;
  // the comma closes a clause of condition or time that opens the clause
  return /^(?:if|when|once|before|after|until|unless|whenever|to)$/.test(c.tokens[0]?.normal ?? '');
}

/** What a verb with an infinitive after it is about: "agreed to be photographed" is about being photographed,
 * "agreed to take her off life support" about taking her off it (light verbs count here: they are the whole act).
 * The keys of that verb, or null when the verb has no infinitive right after it. */
function complementOf(c: Clause, i: number): string[] | null {
  const ts = c.tokens;
  if (ts[i + 1]?.normal !== 'to') return null;
  let k = i + 2;
  // "to be photographed", "to have been", "to quickly leave"
  while (ts[k] && (/^(?:be|been|have)$/.test(ts[k]!.normal) || ts[k]!.pos === 'ADV')) k++;
  const v = ts[k];
  return v && (v.pos === 'VERB' || v.pos === 'AUX') ? keysOfVerb(v) : null;
}

/** The clauses' own verbs meet (one lemma or one predicate class), and none is denied in one and asserted in the other. */
function sameActs(a: Clause, b: Clause, sim: number): boolean {
  const va = actsOf(a);
  const vb = actsOf(b);
  if (va.length && vb.length && sim < S.sameClaimNearCopy) {
    // one verb on both sides; where both give it an infinitive, that is one act too ("agreed to be photographed"
    // and "agreed to take her off life support" share only the agreeing)
    const meet = (x: (typeof va)[number], y: (typeof vb)[number]) =>
      x.keys.some((k) => y.keys.includes(k)) &&
      // what was urged or planned is not what was done ("urged them to rescind the changes" / "rescinded them")
      x.wanted === y.wanted &&
      !(x.complement && y.complement && !x.complement.some((k) => y.complement!.includes(k)));
    if (!va.some((x) => vb.some((y) => meet(x, y)))) return false;
  }
  // one act denied in one and asserted in the other, or done in one and only urged or planned in the other, however
  // close the wording ("the scientists urged the secretaries to rescind changes to …" / "Salazar rescinded changes to …")
  for (const x of va)
    for (const y of vb)
      if (x.lemma === y.lemma && (x.denied !== y.denied || x.wanted !== y.wanted)) return false;
  // or denied in one and named by its "-ing" noun in the other ("isn't the one who fired the fatal shot" / "the
  // teenager accused of firing the fatal shot")
  for (const [acts, gerunds] of [
    [va, gerundsOf(b)],
    [vb, gerundsOf(a)],
  ] as const)
    for (const x of acts)
      for (const g of gerunds)
        if (x.denied !== g.denied && g.verbs.includes(x.lemma.toLowerCase())) return false;
  return true;
}
/** The acts a clause names by a noun in "-ing" ("accused of firing the shot"), each as its verbs' base forms. */
const gerundsOf = perClause((c: Clause) =>
  c.tokens.flatMap((t, i) =>
    t.pos === 'NOUN' && /\p{L}{2,}ing$/u.test(t.normal)
      ? [{ verbs: lemmas(t.normal, 'verb'), denied: deniedAt(c, i) }]
      : [],
  ),
);
/** The qualities a clause gives (adjectives, not their comparatives, and participles WordNet also files as
 * adjectives: "clothed"), each with
 * the noun it stands before ("a larger boat": boat) or '' where it is said of its subject or object ("found him
 * standing naked", "fully clothed"); not negated ("not guilty" is no opposite of "innocent"). */
const qualitiesOf = perClause((c: Clause): { word: string; noun: string }[] => {
  const ts = c.tokens;
  const out: { word: string; noun: string }[] = [];
  ts.forEach((t, i) => {
    // (a participle only where it is said as a quality, after an adverb, a comma or a form of "be": "fully
    // clothed", "was unarmed"; not a verb of the clause, "who lived nearby")
    const participle =
      t.pos === 'VERB' &&
      /ed$/.test(t.normal) &&
      !!ts[i - 1] &&
      (ts[i - 1]!.pos === 'ADV' || ts[i - 1]!.text === ',' || BE_FORMS.has(ts[i - 1]!.normal));
    if (!(t.pos === 'ADJ' || participle) || !/^\p{L}{3,}$/u.test(t.normal)) return;
    if (ts.slice(Math.max(0, i - 2), i).some((x) => NEGATING_WORDS.includes(x.normal))) return;
    // (a comparison gives no quality outright: "the larger of two small boats")
    if (t.pos === 'ADJ' && t.lemma !== t.normal && /(?:er|est)$/.test(t.normal)) return;
    let k = i + 1;
    while (
      ts[k] &&
      (ts[k]!.pos === 'ADJ' || ts[k]!.pos === 'NOUN' || ts[k]!.pos === 'PROPN') &&
      ts[k + 1]?.pos === 'NOUN'
    )
      k++;
    const next = ts[i + 1];
    const noun =
      next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') ? ts[k]!.lemma : '';
    out.push({ word: t.normal, noun });
  });
  return out;
});
/** One clause gives a quality WordNet files as the antonym of a quality the other gives, of the same thing: said of
 * its subject or object on both sides ("found him standing naked" / "found him fully clothed"), or before one noun
 * ("a large boat" / "a small boat"; not "the larger pirate boat" / "two small boats" of two things, nor "his
 * international debut" / "a debut for the national team"). Neither clause gives both ("dead or alive"). */
function opposedQualities(a: Clause, b: Clause): boolean {
  const [qa, qb] = [qualitiesOf(a), qualitiesOf(b)];
  if (!qa.length || !qb.length) return false;
  const [sa, sb] = [new Set(qa.map((x) => x.word)), new Set(qb.map((x) => x.word))];
  return qa.some((x) =>
    qb.some(
      (y) =>
        x.word !== y.word &&
        x.noun === y.noun &&
        !sa.has(y.word) &&
        !sb.has(x.word) &&
        related(x.word, y.word, 'adj') === 'antonym',
    ),
  );
}
/** The clause opens by telling of an earlier occasion than the story's ("Four years ago, …", "Last year, …",
 * "Previously, …"). */
const pastOccasion = (c: Clause): boolean => PAST_OCCURRENCE.test(c.text.slice(0, 60));

const LIGHT_VERBS = new Set([
  'be',
  'have',
  'do',
  'get',
  'make',
  'take',
  'go',
  'come',
  'become',
  'remain',
  'seem',
]);

// people and organisations: "the Chiefs had rallied" is not "Luck has rallied his team"
const peopleOf = perClause(
  (c: Clause) =>
    new Set(
      c.entities
        .filter((e) => (e.type === 'person' || e.type === 'organization') && e.form !== 'adjective')
        .map((e) => e.entityId ?? e.canonical),
    ),
);
function samePeople(a: Clause, b: Clause): boolean {
  const pa = peopleOf(a);
  const pb = peopleOf(b);
  return !pa.size || !pb.size || [...pa].some((x) => pb.has(x));
}

// (a further search, a further 20 people: another one, more than the first; not a comparison, "earlier than
// planned", "later than expected", "other than the driver", which places no occurrence in a series)
const SERIES_WORDS =
  /\b(?<!\beach\s)(?:first|second|third|fourth|fifth|previous|next|earlier|later|another|other|further)\s+(?!time\b|night\b|week\b|day\b|year\b|than\b)\p{L}+/giu;
/** "for the first time" places the act first in its series as "its first session" does ("The assembly meets for the
 * first time on 10 June" / "The assembly will hold its first session on 10 June"). */
const FIRST_TIME = /\bfor\s+the\s+first\s+time\b/i;
/** "previously the record", "formerly a teacher": a past state named by a noun phrase. */
const FORMERLY = /\b(?:previously|formerly)\s+(?:the|a|an)\s/i;
const seriesMarks = perClause((c: Clause) => {
  const marks = new Set((c.text.match(SERIES_WORDS) ?? []).map((m) => m.split(/\s+/)[0]!.toLowerCase()));
  if (FIRST_TIME.test(c.text)) marks.add('first-time');
  // "the 12 million euros Drevsk City paid in 2021, previously the highest fee paid by a Kestrian club": what the
  // thing was before, not what it is ("it is the highest fee ever paid"); not "previously reported", a verb's time
  if (FORMERLY.test(c.text)) marks.add('previous');
  // another occurrence of the act: "agencies will again be required to consult" is not "were required" (not "born
  // again" nor the hyphenated "born-again": a faith, no second act)
  const text = c.doc.doc.text;
  if (
    c.tokens.some(
      (t, i) => t.normal === 'again' && text[t.start - 1] !== '-' && c.tokens[i - 1]?.normal !== 'born',
    )
  )
    marks.add('again');
  return marks;
});
/** Who speaks in the first person: "I" (one speaker) or "we" (a group), or neither. "I want to be remembered as I was"
 * and "we want to remember them" are two speakers' words. */
const SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const voiceOf = perClause((c: Clause) => {
  const one = c.tokens.some((t) => t.pos === 'PRON' && SINGULAR.has(t.normal));
  const many = c.tokens.some((t) => t.pos === 'PRON' && PLURAL.has(t.normal));
  return one === many ? '' : one ? 'I' : 'we';
});
/** The two clauses quote the same words: a run of words in a row that both have, as long as `sameQuotedRun` (or the
 * whole of the shorter). Words of narration around a quotation ("In typical fashion, she released a jokey response")
 * do not count against it; a quotation translated twice ("not take the step into the void") still shares a run. */
function sameWords(a: Clause, b: Clause): boolean {
  const words = (c: Clause) => c.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const [x, y] = [words(a), words(b)];
  let best = 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (const w of x) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++)
      if (w === y[j - 1]) best = Math.max(best, (cur[j] = prev[j - 1]! + 1));
    prev = cur;
  }
  return best >= Math.min(S.sameQuotedRun, x.length, y.length);
}

function sameVoice(a: Clause, b: Clause): boolean {
  const [x, y] = [voiceOf(a), voiceOf(b)];
  return !x || !y || x === y;
}

function sameSeriesWords(a: Clause, b: Clause): boolean {
  const ma = seriesMarks(a);
  const mb = seriesMarks(b);
  // "for the first time" asks nothing of the other clause ("won the title for the first time" / "won the title"), and
  // answers its "first"
  const covered = (x: string, other: Set<string>) =>
    x === 'first-time' || other.has(x) || (x === 'first' && other.has('first-time'));
  return [...ma].every((x) => covered(x, mb)) && [...mb].every((x) => covered(x, ma));
}

function dedupe(drafts: DraftDispute[]): DraftDispute[] {
  const out: DraftDispute[] = [];
  const sides = (d: DraftDispute) => d.positions.map((p) => new Set(p.spans.map((x) => x.clause.id)));
  for (const d of drafts) {
    const mine = sides(d);
    const seen = out.some((o) => {
      const theirs = sides(o);
      // two of my positions meet two different positions of an earlier dispute
      let met = 0;
      const used = new Set<number>();
      for (const m of mine) {
        const k = theirs.findIndex((t, i) => !used.has(i) && [...m].some((c) => t.has(c)));
        if (k >= 0) {
          used.add(k);
          met++;
        }
      }
      return met >= 2;
    });
    if (!seen) out.push(d);
  }
  return out;
}

function timeline(clauses: Clause[], uf: UnionFind): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const c of clauses)
    for (const t of c.doc.times) {
      if (t.start < c.start || t.end > c.end || t.granularity === 'year') continue;
      const date = t.from === t.to ? t.from : `${t.from}/${t.to}`;
      const key = `${date}|${uf.find(c.id)}`;
      const e = entries.get(key);
      if (e) {
        if (!e.evidence.some((x) => x.document === c.doc.doc.id && x.start === c.start))
          e.evidence.push(ev(c));
      } else entries.set(key, { date, event: cut(c.text), evidence: [ev(c)] });
    }
  return [...entries.values()].sort((a, b) => a.date.localeCompare(b.date) || a.event.localeCompare(b.event));
}

const termRe = (term: string) =>
  new RegExp(`(?<![\\p{L}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
const firstRun = (term: string) => /^[a-z]+/.exec(term)![0];
if ([...HEDGES, ...LOADED_TERMS].some((t) => !/^[a-z][a-z' -]*$/.test(t)))
  throw new Error('framing: hedges and loaded terms are lower-case ASCII, starting with a letter');
const HEDGE_RES = HEDGES.map((h) => [h, termRe(h), firstRun(h)] as const);
const LOADED_RES = LOADED_TERMS.map((h) => [h, termRe(h), firstRun(h)] as const);

/**
 * The words a term search can find in a text: its lower-case ASCII letter runs, the long s read as "s". A term's
 * pattern matches only where the text has the term's first letter run as a whole run of its own: the terms are
 * lower-case ASCII starting with a letter, under `iu` the only other letters matching an ASCII letter are "ſ"
 * (s) and the Kelvin sign (which lower-cases to k), and a match is bounded by non-letters on both sides.
 */
const searchableWords = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .replaceAll('ſ', 's')
      .match(/[a-z]+/g),
  );

function framing(d: AnnotatedDocument): Framing {
  const words = searchableWords(d.doc.text);
  const count = (res: (readonly [string, RegExp, string])[]) =>
    res
      .map(([term, re, first]) => ({
        term,
        count: words.has(first) ? (d.doc.text.match(re) ?? []).length : 0,
      }))
      .filter((x) => x.count > 0)
      .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
  const n = d.sentences.length;
  return {
    document: d.doc.id,
    source: d.doc.source,
    sentences: n,
    attributedShare: n ? Math.round((d.sentences.filter((s) => s.attribution).length / n) * 1000) / 1000 : 0,
    hedges: count(HEDGE_RES),
    loadedTerms: count(LOADED_RES),
  };
}
