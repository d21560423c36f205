/**
 * Whether two aligned facts with incompatible values are a contradiction a careful reader would report, or
 * two different facts (another figure of the story, a later update, another event) that only look alike.
 * A logistic model over general features of the pair — how the facts were aligned, how far apart the reports
 * are in time, who says it — fit on the labelled development corpora by `scripts/fit-disputes.mjs`, which
 * chooses and reports everything leave-one-corpus-out. The weights are data , shipped
 * with the script that made them; every feature is named so a verdict can be explained.
 */
import { SHIPPED_MODEL } from './dispute-model.js';
import type { Fact } from './facts.js';

export const FEATURES = [
  'bias',
  'sim',
  'headShared',
  'strong',
  'nearShared',
  'nearNounShared',
  'entityOverlap',
  'peopleShared',
  'kind:number',
  'kind:date',
  'kind:entity',
  'kind:polarity',
  'kind:list',
  'slot:count',
  'slot:amount',
  'slot:duration',
  'hoursApart',
  'attributedBoth',
  'attributedOne',
  'hedged',
  'exactBoth',
  'valueRatio',
  'ambiguity',
  'lede',
  'blanket',
] as const;
export type FeatureName = (typeof FEATURES)[number];

export interface DisputeModel {
  /** One weight per feature, in FEATURES order. */
  weights: number[];
  /** The probability from which a candidate is reported (chosen by the fit, precision first). */
  threshold: number;
  /** How the model was fit: corpora, candidates, leave-one-corpus-out figures. */
  fit?: unknown;
}

export interface PairContext {
  sim: number;
  headShared: boolean;
  strong: boolean;
  /** Facts of the same slot in the two reports: how many there were to choose from. */
  candidates: number;
}

const isNoun = (x: string) => !x.startsWith('P:');
const ids = (f: Fact) =>
  new Set(
    f.clause.entities
      .filter((e) => e.end <= f.start || e.start >= f.end)
      .map((e) => e.entityId ?? e.canonical.toLowerCase()),
  );
const people = (f: Fact) =>
  new Set(
    f.clause.entities
      .filter((e) => e.type === 'person' && (e.end <= f.start || e.start >= f.end))
      .map((e) => e.entityId ?? e.canonical),
  );
const hoursOf = (f: Fact) => {
  const t = Date.parse(f.clause.doc.doc.published ?? '');
  return Number.isFinite(t) ? t / 3_600_000 : null;
};

/** The features of a pair of aligned facts with incompatible values. */
export function pairFeatures(a: Fact, b: Fact, p: PairContext): number[] {
  const v: Record<FeatureName, number> = Object.fromEntries(FEATURES.map((k) => [k, 0])) as Record<
    FeatureName,
    number
  >;
  v.bias = 1;
  v.sim = p.sim;
  v.headShared = p.headShared ? 1 : 0;
  v.strong = p.strong ? 1 : 0;
  const near = a.near.filter((x) => b.near.includes(x));
  v.nearShared = Math.min(3, near.length) / 3;
  v.nearNounShared = Math.min(2, near.filter(isNoun).length) / 2;
  const ea = ids(a);
  const eb = ids(b);
  const union = new Set([...ea, ...eb]);
  v.entityOverlap = union.size ? [...ea].filter((x) => eb.has(x)).length / union.size : 0;
  const pa = people(a);
  const pb = people(b);
  v.peopleShared = !pa.size || !pb.size ? 0.5 : [...pa].some((x) => pb.has(x)) ? 1 : 0;
  v[`kind:${a.kind}` as FeatureName] = 1;
  if (a.kind === 'number')
    v[a.slot.startsWith('count:') ? 'slot:count' : a.slot === 'duration' ? 'slot:duration' : 'slot:amount'] =
      1;
  const ha = hoursOf(a);
  const hb = hoursOf(b);
  v.hoursApart =
    ha != null && hb != null ? Math.min(1, Math.log1p(Math.abs(ha - hb)) / Math.log1p(24 * 7)) : 0.3;
  const at = [a.clause.attribution, b.clause.attribution].filter(Boolean).length;
  v.attributedBoth = at === 2 ? 1 : 0;
  v.attributedOne = at === 1 ? 1 : 0;
  v.hedged = a.clause.hedged || b.clause.hedged ? 1 : 0;
  if (a.kind === 'number') {
    const exact = (f: Fact) => (f.quantity ? f.quantity.qualifier === 'exact' : true);
    v.exactBoth = exact(a) && exact(b) ? 1 : 0;
    const mid = (f: Fact) => {
      const [lo, hi] = f.interval!;
      return Number.isFinite(hi) ? (lo + hi) / 2 : lo;
    };
    const x = Math.abs(mid(a));
    const y = Math.abs(mid(b));
    v.valueRatio = x && y ? Math.min(1, Math.abs(Math.log10(x / y)) / 3) : 1;
  }
  v.ambiguity = Math.min(1, Math.log2(Math.max(1, p.candidates)) / 4);
  v.lede = a.clause.sentence.index === 0 || b.clause.sentence.index === 0 ? 1 : 0;
  v.blanket = a.blanket || b.blanket ? 1 : 0;
  return FEATURES.map((k) => v[k]);
}

export function probability(model: DisputeModel, x: number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (model.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

let current: DisputeModel | null = SHIPPED_MODEL;
/** The model in use: the shipped one (src/align/dispute-model.ts, written by scripts/fit-disputes.mjs). */
export function disputeModel(): DisputeModel | null {
  return current;
}
/** Replaces the model (the fitting and evaluation scripts score candidate weights with it); null: keep every candidate. */
export function setDisputeModel(m: DisputeModel | null): void {
  current = m;
}

/** A sink for every candidate with its features (the fitting script collects them); null in normal runs. */
export type CandidateSink = (c: { a: Fact; b: Fact; features: number[]; p: number | null }) => void;
let sink: CandidateSink | null = null;
export function setCandidateSink(s: CandidateSink | null): void {
  sink = s;
}
export function candidateSink(): CandidateSink | null {
  return sink;
}
