// Explains, for each labelled dispute of a development corpus, what the engine read in the quoted sentences
// and why the two sides were or were not lined up: the facts found (kind, slot, value, governing predicate)
// and, for the closest pair across two positions, the alignment test that failed or the conflict verdict.
//   node scripts/explain-disputes.mjs kestria [K1-D2]     (needs ../shared and a build)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? path.resolve(root, '../shared');
const [corpus, only] = process.argv.slice(2);
const dir = path.join(shared, 'data/disputes', corpus ?? '');
if (!corpus || !existsSync(path.join(dir, 'truth.json'))) {
  console.log(
    'usage: node scripts/explain-disputes.mjs <kestria|marovia|ecbplus-dev> [dispute id prefix] (needs ../shared)',
  );
  process.exit(0);
}
const imp = (p) => import(path.join(root, 'dist', p));
const { readAllInputs } = await imp('ingest/index.js');
const { cleanDocuments } = await imp('clean/index.js');
const { annotate, referenceDate, resolveEntities } = await imp('nlp/index.js');
const { clausesOf, vectorize } = await imp('align/clauses.js');
const { storyFacts, factJudge, factDisputes } = await imp('align/disputes.js');

const truth = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const { documents } = await readAllInputs([path.join(dir, 'docs')], {});
const metaFile = path.join(dir, 'meta.json');
const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : [];
for (const d of documents) {
  const m = meta.find((x) => x.id === d.id);
  if (m) Object.assign(d, { published: m.published, source: m.outlet });
}
const byId = new Map(cleanDocuments(documents).map((d) => [d.id, d]));
const stories = new Map();
function story(cluster) {
  if (stories.has(cluster)) return stories.get(cluster);
  const ann = truth.clusters[cluster]
    .map((id) => byId.get(id))
    .filter(Boolean)
    .map((d) => annotate(d, { reference: referenceDate(d) }));
  const entities = new Map(resolveEntities(ann).map((e) => [e.id, e]));
  const clauses = [];
  for (const a of ann) clauses.push(...clausesOf(a, clauses.length, { short: true }));
  const root = new Map(ann.map((a) => [a.doc.id, a.doc.id]));
  for (const s of truth.syndicated ?? []) root.set(s.copy, s.original);
  const facts = storyFacts(clauses);
  // the same context as alignStory: clause vectors and the story's entities
  const ctx = { clauses, vectors: vectorize(clauses), entities, root };
  const judge = factJudge(ctx, facts);
  const st = { ann, facts, judge, found: factDisputes(ctx, facts, judge) };
  stories.set(cluster, st);
  return st;
}
const show = (f) => {
  const v =
    f.kind === 'number'
      ? `[${f.interval.map((x) => +x.toPrecision(4)).join(',')}]`
      : f.kind === 'date'
        ? `${f.dates.from}/${f.dates.to}`
        : f.kind === 'entity'
          ? f.agent.canonical
          : f.kind === 'polarity'
            ? f.negated
              ? 'no'
              : 'yes'
            : f.members.map((m) => m.canonical).join('+');
  return `${f.kind}:${f.slot}=${v} head[${f.head.join(',')}]`;
};
for (const d of truth.disputes) {
  if (only && !d.id.startsWith(only)) continue;
  const st = story(d.cluster);
  console.log(`\n## ${d.id} (${d.kind}) ${d.about}`);
  const sides = d.positions.map((p) =>
    Object.entries(p.quotes ?? { [p.docs[0]]: p.quote }).map(([doc, q]) => {
      const a = st.ann.find((x) => x.doc.id === doc);
      const i = a ? a.doc.text.indexOf(q) : -1;
      const facts =
        i < 0
          ? []
          : st.facts.filter((f) => f.clause.doc === a && f.clause.start < i + q.length && f.clause.end > i);
      console.log(
        `  ${d.positions.indexOf(p)} ${doc}: ${
          facts
            .filter((f) => f.kind === d.kind)
            .map(show)
            .join(' | ') || '(no ' + d.kind + ' fact)'
        }`,
      );
      return facts.filter((f) => f.kind === d.kind);
    }),
  );
  let best = null;
  for (const A of sides[0] ?? [])
    for (const B of sides[1] ?? [])
      for (const a of A)
        for (const b of B) {
          if (a.slot !== b.slot) continue;
          const s = st.judge.sim(a, b);
          if (!best || s > best.s) best = { a, b, s };
        }
  if (!best) {
    console.log('  -> no pair of facts of one slot across the positions');
    continue;
  }
  const why = st.judge.why(best.a, best.b);
  const fs = st.facts.filter((f) => f.kind === best.a.kind && f.slot === best.a.slot);
  const edge = st.judge
    .edges(fs, [best.a.clause.doc, best.b.clause.doc])
    .some(([x, y]) => (x === best.a && y === best.b) || (x === best.b && y === best.a));
  const conflict = st.judge.conflictWhy(best.a, best.b, fs);
  // and whether the whole fact reading of the story reports a dispute with these two facts on two sides
  const reported = st.found.some((x) => {
    const side = (f) => x.positions.findIndex((p) => p.spans.some((s) => s.clause === f.clause));
    return side(best.a) >= 0 && side(best.b) >= 0 && side(best.a) !== side(best.b);
  });
  console.log(
    `  -> ${best.a.clause.doc.doc.id} ~ ${best.b.clause.doc.doc.id}: ${why ?? (edge ? `aligned; ${conflict ?? 'CONFLICT'}` : "not each other's closest (or too close to a rival value)")}${reported ? ' (reported)' : edge && !why && !conflict ? ' (NOT reported: lost in forming the dispute)' : ''}`,
  );
}
