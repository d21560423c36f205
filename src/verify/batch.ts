/**
 * Batch verification: one JSON line per draft, `{id, text, against: [{id?, text, source?}]}` -> one JSON line
 * `{id, verdict, sentences}` (the draft's verdict is the worst of its sentences). Pure.
 */
import { z } from 'zod';
import type { RawDocument } from '../model/document.js';
import { prepareReports, verifyDraft } from './index.js';
import type { SentenceVerdict, Verdict } from './schema.js';

export const BatchLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().min(1),
  against: z
    .array(
      z.object({
        id: z.union([z.string(), z.number()]).transform(String).optional(),
        text: z.string(),
        source: z.string().nullable().optional(),
        published: z.string().nullable().optional(),
        title: z.string().nullable().optional(),
        url: z.string().nullable().optional(),
      }),
    )
    .min(1),
});

export interface BatchResult {
  id: string;
  verdict: Verdict;
  sentences: SentenceVerdict[];
}

/** One input line checked, or why it could not be. */
export function verifyBatchLine(line: string): BatchResult | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: 'not a JSON line' };
  }
  const parsed = BatchLineSchema.safeParse(value);
  if (!parsed.success)
    return {
      error: `not a {id, text, against: [{id?, text, source?}]} line: ${parsed.error.issues[0]?.message ?? ''}`,
    };
  const { id, text, against } = parsed.data;
  const raws: RawDocument[] = against.map((a, k) => ({
    id: a.id ?? `${id}-report-${k + 1}`,
    input: `batch:${id}`,
    format: 'text',
    text: a.text,
    removed: [],
    source: a.source ?? null,
    title: a.title ?? null,
    url: a.url ?? null,
    published: a.published ?? null,
    byline: null,
    language: null,
  }));
  const r = verifyDraft(prepareReports(raws), { id, text });
  return { id, verdict: r.verdict, sentences: r.sentences };
}
