/** Invented reports of one story by different outlets, as the judgement tests write them. */
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import type { Report } from '../../src/model/report.js';
import { rawDoc } from './docs.js';

export const OUTLETS = ['Orrin Post', 'Valley FM', 'Harbour Radio', 'Coast Wire'];
/** The publication time the framed reports carry unless a test gives another. */
export const PUBLISHED = '2026-03-04T18:00:00+01:00';

/** Reports of one story by different outlets: each text set in the story's frame (the sentences around it), all
 * published at `published` (null: no publication time, as research corpora give them). */
export const framedReports = (
  frame: (extra: string) => string,
  texts: string[],
  published: string | null = PUBLISHED,
): Report =>
  analyzeDocuments(
    texts.map((t, i) =>
      rawDoc(String.fromCharCode(97 + i), frame(t), {
        source: OUTLETS[i]!,
        ...(published ? { published } : {}),
        language: 'en',
      }),
    ),
  );

/** The disputes of one kind of a report, each as its sorted values. */
export const valuesOf = (r: Report, kind: string) =>
  r.stories
    .flatMap((s) => s.disputes)
    .filter((d) => d.kind === kind)
    .map((d) => d.positions.map((p) => p.value).sort());

/** The quotes of each claim that two or more reports make. */
export const joined = (r: Report) =>
  r.stories
    .flatMap((s) => s.claims)
    .filter((c) => new Set(c.evidence.map((e) => e.document)).size > 1)
    .map((c) => c.evidence.map((e) => e.quote));

/** Runs `fn` with one setting changed, then restores it (also when `fn` throws): how a test shows that a rule is what
 * makes the difference. */
export function withSetting<T extends object, K extends keyof T, R>(
  settings: T,
  key: K,
  value: T[K],
  fn: () => R,
): R {
  const saved = settings[key];
  settings[key] = value;
  try {
    return fn();
  } finally {
    settings[key] = saved;
  }
}
