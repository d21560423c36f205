/**
 * src/verify: a draft checked sentence by sentence against reports. The draft is one more source (never
 * independent evidence for itself) whose facts are aligned against the reports' facts by align's own judge
 * (`factContext`: storyFacts, factJudge, the comparison semantics); a sentence with no typed fact, or whose
 * facts are all supported, also passes the sentence-level support test (support.ts). Pure.
 */
import { cleanDocuments } from '../clean/index.js';
import type { AnnotatedDocument } from '../model/annotations.js';
import type { Document, RawDocument } from '../model/document.js';
import type { Entity } from '../model/report.js';
import { annotate, referenceDate, resetWink, resolveEntities } from '../nlp/index.js';
import { factContext } from '../align/context.js';
import { addTo } from '../align/sets.js';
import { clauseDisputes, type DraftDispute, sameValue, valueOf } from '../align/disputes.js';
import type { Sentence } from '../model/annotations.js';
import { actWords, type Fact } from '../align/facts.js';
import { lemmas } from '../nlp/meaning.js';
import { storyReference } from '../pipeline/analyze.js';
import { findCopies } from '../story/index.js';
import { verifySettings as S } from '../settings/verify.js';
import {
  type Conflict,
  type FactVerdict,
  type SentenceVerdict,
  type Verdict,
  VERIFY_SCHEMA_ID,
  type VerifyEvidence,
  type VerifyResult,
} from './schema.js';
import { indexSentences, sentenceSupport, type SupportProblem } from './support.js';

export * from './schema.js';

/** Reports read, cleaned and annotated once: many drafts can be checked against them. */
export interface PreparedReports {
  docs: Document[];
  annotated: AnnotatedDocument[];
  reference: Date | null;
}

/** Cleans and annotates the reports (the analyze pipeline's steps for one story). */
export function prepareReports(raws: RawDocument[]): PreparedReports {
  resetWink();
  const sorted = [...raws].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return prepareClean(cleanDocuments(sorted));
}

/** Annotates clean reports (from the store, or already cleaned). */
export function prepareClean(docs: Document[]): PreparedReports {
  const copies = findCopies(docs);
  for (const d of docs) d.copyOf = copies.get(d.id) ?? null;
  const refs = docs.map(referenceDate);
  const reference = storyReference(refs);
  const annotated = docs.map((d, k) => annotate(d, { reference: refs[k] ?? reference }));
  return { docs, annotated, reference };
}

export interface Draft {
  id: string;
  text: string;
  published?: string | null;
}

const ORDER: Record<Verdict, number> = { supported: 0, unsupported: 1, contradicted: 2 };
/** The worst of verdicts: contradicted, else unsupported, else supported. */
export function worst(vs: Verdict[]): Verdict {
  return vs.reduce<Verdict>((w, v) => (ORDER[v] > ORDER[w] ? v : w), 'supported');
}

const outletOf = (d: Document) => d.source ?? d.id;

function evidence(doc: Document, start: number, end: number): VerifyEvidence {
  return { document: doc.id, quote: doc.text.slice(start, end), start, end, outlet: outletOf(doc) };
}

/** Checks a draft against prepared reports. */
export function verifyDraft(reports: PreparedReports, draft: Draft): VerifyResult {
  const draftDoc: Document = {
    id: draft.id,
    input: 'draft',
    format: 'text',
    text: draft.text,
    removed: [],
    copyOf: null,
    source: 'draft',
    title: null,
    url: null,
    published: draft.published ?? null,
    byline: null,
    language: 'en',
  };
  const draftDate = referenceDate(draftDoc);
  const ad = annotate(draftDoc, { reference: draftDate ?? reports.reference });
  const all = [...reports.annotated, ad];
  const entities: Entity[] = resolveEntities(all);
  // the draft is a source of its own: it never corroborates a report; a report that contains the draft itself
  // (the article the draft was cut from, stored with the others) is the same source, not evidence for it
  const root = `draft:${draftDoc.id}`;
  const self = new Set(
    ad.sentences.length >= 2 ? reports.annotated.filter((a) => containsDraft(a.doc.text, draft.text)) : [],
  );
  const roots = new Map([[draftDoc.id, root], ...[...self].map((a) => [a.doc.id, root] as [string, string])]);
  const fc = factContext(all, entities, roots);
  const draftFacts = fc.facts.filter((f) => f.clause.doc === ad);
  const index = indexSentences(reports.annotated.filter((a) => !self.has(a)));

  const factVerdicts = new Map<Fact, FactVerdict>();
  for (const f of draftFacts) factVerdicts.set(f, judgeFact(fc, f, draftFacts));

  // align's clause detectors (roles, offices, yes/no of one act, "met with" lists) over reports and draft together:
  // a dispute with the draft on one side is a contradiction of its sentence
  const detected = clauseDisputes(fc.ctx);

  const sentences: SentenceVerdict[] = ad.sentences
    .filter((s) => !heading(s))
    .map((s, k) => {
      const facts = draftFacts
        .filter((f) => f.start >= s.start && f.end <= s.end)
        .map((f) => factVerdicts.get(f)!);
      const sup = sentenceSupport(ad, s, index, { undated: draftDate === null });
      // a value the draft states in words that the figure reader does not take ("unanimously", a vote of 0 against)
      // and the report sentences lack is a figure not stated, as a number the report lacks is
      if (S.factValueWordsStated)
        for (const f of facts)
          if (
            f.kind === 'number' &&
            f.verdict !== 'supported' &&
            !/\d/.test(f.value) &&
            f.value.split(/\s+/).every((w) => sup.missing.includes(w)) &&
            !sup.problems.some((p) => p.draft === f.value)
          )
            sup.problems.push({ kind: 'number', draft: f.value, source: null });
      const dd = draftDisputes(detected, ad, s);
      const conflicts = [...facts.flatMap((f) => f.conflicts), ...dd.conflicts];
      const outletsDisagree = facts.some((f) => f.outletsDisagree) || dd.outletsDisagree;
      const attribution = s.attribution?.source ?? null;
      const windowEvidence = sup.window.map((w) => evidence(w.doc.doc, w.sentence.start, w.sentence.end));
      const factSupport = facts.flatMap((f) => f.support);
      let verdict: Verdict;
      let reason: string;
      const factsAllSupported = facts.length > 0 && facts.every((f) => f.verdict === 'supported');
      const hard = sup.problems.filter((p) => p.kind !== 'coverage');
      // a contradiction cites what conflicts: a name, figure or date the report sentence lacks, with none of its
      // own to set against it, is only not supported; a negation added or dropped conflicts with the sentence itself
      const conflicting = hard.filter((p) => (p.kind === 'polarity' ? !p.uncited : p.source !== null));
      if (facts.some((f) => f.verdict === 'contradicted') || dd.conflicts.length) {
        verdict = 'contradicted';
        const c = conflicts[0]!;
        reason = `${c.kind}: the draft says ${c.draftValue}, ${c.evidence.outlet} says ${c.sourceValue ?? 'otherwise'}${outletsDisagree ? ' (the outlets themselves disagree)' : ''}`;
      } else if (conflicting.length && sup.coverage >= S.contradictionCoverage) {
        verdict = 'contradicted';
        reason = hard.map(describe).join('; ');
        for (const p of conflicting)
          if (sup.window[0])
            conflicts.push({
              kind: p.kind === 'antonym' ? 'polarity' : p.kind,
              draftValue: p.draft,
              sourceValue: p.source,
              evidence: windowEvidence[0]!,
            });
      } else if (
        !sup.problems.length &&
        (sup.coverage >= S.minCoverage || (factsAllSupported && sup.coverage >= S.minCoverageWithFacts))
      ) {
        verdict = 'supported';
        reason = `stated by ${[...new Set([...windowEvidence, ...factSupport].map((e) => e.outlet))].join(', ')}`;
        // hedging counts: what the reports only hedge ("reportedly", "may have") the draft should not state plainly
        if (sup.window.every((w) => w.sentence.hedges.length > 0) && !s.hedges.length)
          reason += ' (the reports hedge it; the draft states it plainly)';
      } else {
        verdict = 'unsupported';
        reason = sup.window.length
          ? `no report states it${hard.length ? ` (${hard.map(describe).join('; ')})` : ''}${sup.missing.length ? `; not in the closest report sentence: ${sup.missing.slice(0, 6).join(', ')}` : ''}`
          : 'no report states it';
      }
      // evidence for a supported sentence: the report sentences that state it, the outlet the draft names first
      let support = verdict === 'supported' ? dedupe([...factSupport, ...windowEvidence]) : [];
      if (attribution) {
        const named = (e: VerifyEvidence) => e.outlet.toLowerCase().includes(attribution.toLowerCase());
        support = [...support.filter(named), ...support.filter((e) => !named(e))];
      }
      return {
        index: k,
        text: s.text,
        start: s.start,
        end: s.end,
        verdict,
        reason,
        attribution,
        coverage: Math.round(sup.coverage * 1000) / 1000,
        // (the contract's fields: `uncited` is read above, in the verdict)
        checks: sup.problems.map(({ kind, draft, source }) => ({ kind, draft, source })),
        missing: sup.missing,
        support,
        conflicts: verdict === 'contradicted' ? conflicts : [],
        outletsDisagree,
        facts,
      };
    });
  const counts = { supported: 0, contradicted: 0, unsupported: 0 };
  for (const s of sentences) counts[s.verdict]++;
  return {
    schema: VERIFY_SCHEMA_ID,
    id: draft.id,
    verdict: worst(sentences.map((s) => s.verdict)),
    counts,
    draft: { id: draft.id, text: draft.text },
    documents: reports.docs.map((d) => ({
      id: d.id,
      outlet: outletOf(d),
      title: d.title,
      url: d.url,
      published: d.published,
      text: d.text,
    })),
    sentences,
  };
}

/** A report contains the draft when the draft's text (two sentences or more, spaces aside) stands in it whole. */
function containsDraft(report: string, draft: string): boolean {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const d = norm(draft);
  return d.length >= S.selfContainedChars && norm(report).includes(d);
}

/** A line with no verb and no closing punctuation is a heading or a label, not a statement to check. */
function heading(s: Sentence): boolean {
  return !/[.!?]["”’)\]]*\s*$/.test(s.text) && !s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** The detected disputes with a draft clause of sentence `s` on one side: the other sides' evidence. */
function draftDisputes(
  disputes: DraftDispute[],
  ad: AnnotatedDocument,
  s: Sentence,
): { conflicts: Conflict[]; outletsDisagree: boolean } {
  const conflicts: Conflict[] = [];
  let outletsDisagree = false;
  for (const d of disputes) {
    const mine = d.positions.find((p) =>
      p.spans.some((x) => x.clause.doc === ad && x.start >= s.start && x.end <= s.end),
    );
    if (!mine) continue;
    const others = d.positions.filter((p) => p !== mine);
    // the reports themselves take both sides when the draft's position has a report in it too
    if (mine.spans.some((x) => x.clause.doc !== ad)) outletsDisagree = true;
    for (const p of others)
      for (const x of p.spans)
        if (x.clause.doc !== ad)
          conflicts.push({
            kind: d.kind,
            draftValue: mine.value,
            sourceValue: p.value,
            evidence: evidence(x.clause.doc.doc, x.start, x.end),
          });
  }
  return { conflicts, outletsDisagree };
}

function describe(p: SupportProblem): string {
  switch (p.kind) {
    case 'entity':
      return `names ${p.draft}${p.source ? `; the report names ${p.source}` : ', which the report does not'}`;
    case 'number':
      return `the figure ${p.draft}${p.source ? `; the report says ${p.source}` : ' is not in the report'}`;
    case 'date':
      return `the date ${p.draft}${p.source ? `; the report says ${p.source}` : ' is not in the report'}`;
    case 'polarity':
      return (
        (p.source
          ? 'the report says the opposite (negated)'
          : `the draft negates it (${p.draft}); the report affirms it`) +
        (p.uncited ? ', of a word the other side puts another in the place of' : '')
      );
    case 'antonym':
      return `"${p.draft}" where the report says "${p.source}"`;
    case 'coverage':
      return p.source ? `"${p.draft}" where the report says "${p.source}"` : 'no report sentence says it';
  }
}

function dedupe(es: VerifyEvidence[]): VerifyEvidence[] {
  const seen = new Set<string>();
  return es.filter((e) => {
    const k = `${e.document}|${e.start}|${e.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One draft fact against the reports' facts of its slot: aligned by the judge, compared by its semantics. */
function judgeFact(fc: ReturnType<typeof factContext>, f: Fact, draftFacts: Fact[]): FactVerdict {
  const { judge, facts } = fc;
  const same = facts.filter((o) => o.kind === f.kind && o.slot === f.slot);
  const byDoc = new Map<AnnotatedDocument, Fact[]>();
  for (const o of same) if (o.clause.doc !== f.clause.doc && !judge.why(f, o)) addTo(byDoc, o.clause.doc, o);
  const support: VerifyEvidence[] = [];
  const conflicts: Conflict[] = [];
  // the reports' facts that state the draft's value, and those that state another
  const agreeing: Fact[] = [];
  const rivals: { fact: Fact; conflict: Conflict }[] = [];
  const mine = draftFacts.filter((o) => o.kind === f.kind && o.slot === f.slot);
  for (const [doc, cands] of byDoc) {
    const r = judge.closest(f, cands);
    if (!r) continue;
    const why = judge.conflictWhy(f, r, same);
    if (why === 'compatible values') {
      support.push(evidence(doc.doc, r.clause.start, r.clause.end));
      agreeing.push(r);
    } else if (why === null) {
      // a contradiction only between mutual best facts (as disputes are found)
      if (
        judge.closest(
          r,
          mine.filter((x) => !judge.why(x, r)),
        ) !== f
      )
        continue;
      // a report that states the draft's value too, of the same predicate or counted thing, does not contradict it
      // ("870 people have been infected ... only around 170 infections in the last seven years")
      // or that states it in a sentence with another of the draft sentence's values: the same statement ("870
      // infections ..., with 457 deaths in 21 countries" / "870 people worldwide have been infected, and 457 deaths
      // have been reported in 21 countries"), not the other figure the judge aligned it with
      // (a vague amount, "thousands of people", states no value: it agrees with almost any figure)
      const acts = actWords(f);
      const also = facts.find(
        (o) =>
          o.clause.doc === doc &&
          o.kind === f.kind &&
          !(S.vagueStatesNoValue && o.quantity?.qualifier === 'vague') &&
          sameValue(f, o) &&
          (o.head.some((h) => f.head.includes(h)) ||
            o.near.some((n) => f.near.includes(n)) ||
            // (or of the same slot in a clause that says the draft's act in its own word, whatever part of speech:
            // "Charles' 226 yards rushing" for "rushed for a total of 226 yards", against "Hillis rushed for 101")
            (S.alsoByActWord &&
              o.slot === f.slot &&
              f.interval !== undefined &&
              o.interval?.[0] === f.interval[0] &&
              o.interval[1] === f.interval[1] &&
              saysAct(o, acts)) ||
            sentenceMates(f, draftFacts).some((m) =>
              facts.some(
                (x) =>
                  x !== o &&
                  x.clause.doc === doc &&
                  x.clause.sentence === o.clause.sentence &&
                  x.kind === m.kind &&
                  sameValue(m, x),
              ),
            )),
      );
      if (also) {
        support.push(evidence(doc.doc, also.clause.start, also.clause.end));
        agreeing.push(also);
        continue;
      }
      rivals.push({
        fact: r,
        conflict: {
          kind: f.kind,
          draftValue: valueOf(f).value,
          sourceValue: valueOf(r).value,
          evidence: evidence(doc.doc, r.clause.start, r.clause.end),
        },
      });
    }
  }
  // a draft that says what a report says is contradicted by another report only where the two reports themselves
  // disagree, by the judgement that finds disputes: "26,000 killed in Bam in 2003" restated from one report is no
  // rival of another's "ten killed" on Qeshm when the reports' own facts are two facts, not one
  const disagree = (a: Fact, r: Fact) => judge.aligned(a, r, same) && judge.conflictWhy(a, r, same) === null;
  for (const { fact: r, conflict } of rivals)
    if (!agreeing.length || agreeing.some((a) => disagree(a, r))) conflicts.push(conflict);
  const v = valueOf(f);
  const verdict: Verdict = conflicts.length ? 'contradicted' : support.length ? 'supported' : 'unsupported';
  return {
    kind: f.kind,
    value: f.clause.doc.doc.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    normalized: v.normalized,
    verdict,
    support,
    conflicts,
    outletsDisagree: conflicts.length > 0 && support.length > 0,
  };
}

/** Whether a fact's clause says one of the acts given (lemmas), in a word of any part of speech ("rushing" says
 * "rush"). */
function saysAct(f: Fact, acts: Set<string>): boolean {
  return f.clause.tokens.some(
    (t) => acts.has(t.lemma.toLowerCase()) || lemmas(t.normal, 'verb').some((l) => acts.has(l)),
  );
}

/** The other facts of a fact's sentence that carry a value of their own (numbers and dates). */
function sentenceMates(f: Fact, draftFacts: Fact[]): Fact[] {
  return draftFacts.filter(
    (m) => m !== f && m.clause.sentence === f.clause.sentence && (m.kind === 'number' || m.kind === 'date'),
  );
}

/** A draft checked against reports given as raw documents. */
export function verify(draft: Draft, reports: RawDocument[]): VerifyResult {
  return verifyDraft(prepareReports(reports), draft);
}
