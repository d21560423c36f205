/**
 * The judgement of a set of annotated reports, built once for the tools that stand on it (`alignStory`, verify,
 * digest): the clauses, their vectors, the independent sources, the story's facts and the fact judge — one
 * construction for all of them, so that one improvement of the judge lifts every tool.
 */
import type { AnnotatedDocument } from '../model/annotations.js';
import type { Entity } from '../model/report.js';
import { type Clause, clausesOf, vectorize } from './clauses.js';
import { type DisputeContext, factJudge, storyFacts } from './disputes.js';
import type { Fact } from './facts.js';
import { roots } from './index.js';
import { addTo } from './sets.js';

export interface FactContext {
  ctx: DisputeContext;
  clauses: Clause[];
  facts: Fact[];
  judge: ReturnType<typeof factJudge>;
  /** The facts of each clause. */
  factsByClause: Map<Clause, Fact[]>;
}

/** Clauses, facts and the judge over `docs`; `root` overrides the independent source of some documents
 * (a draft counts as a source of its own). */
export function factContext(
  docs: AnnotatedDocument[],
  entities: Entity[],
  root: Map<string, string> = new Map(),
): FactContext {
  const clauses: Clause[] = [];
  // every statement, as alignStory reads them: the short ones too ("Page married twice;")
  for (const d of docs) clauses.push(...clausesOf(d, clauses.length, { short: true }));
  const vectors = vectorize(clauses);
  const r = roots(docs);
  for (const [k, v] of root) r.set(k, v);
  const ctx: DisputeContext = {
    clauses,
    vectors,
    entities: new Map(entities.map((e) => [e.id, e])),
    root: r,
  };
  const facts = storyFacts(clauses);
  const judge = factJudge(ctx, facts);
  const factsByClause = new Map<Clause, Fact[]>();
  for (const f of facts) addTo(factsByClause, f.clause, f);
  return { ctx, clauses, facts, judge, factsByClause };
}
