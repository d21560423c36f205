/**
 * The verify contract `corroborate/verify@1`, defined once: runtime check, TypeScript types and the published
 * JSON Schema (schema/verify.schema.json) come from here.
 */
import { z } from 'zod';

export const VERIFY_SCHEMA_ID = 'corroborate/verify@1';

export const VerdictSchema = z.enum(['supported', 'contradicted', 'unsupported']);
export type Verdict = z.infer<typeof VerdictSchema>;

/** A quote of a report: document id, exact offsets into its clean text, and its outlet. */
export const VerifyEvidenceSchema = z.object({
  document: z.string(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  outlet: z.string(),
});

/** A report's statement that conflicts with the draft: its value and the kind of conflict. */
export const ConflictSchema = z.object({
  kind: z.enum(['number', 'date', 'entity', 'polarity', 'list', 'other']),
  /** The draft's value and the report's, as written. */
  draftValue: z.string(),
  sourceValue: z.string().nullable(),
  evidence: VerifyEvidenceSchema,
});

export const FactVerdictSchema = z.object({
  kind: z.enum(['number', 'date', 'entity', 'polarity', 'list']),
  /** The value in the draft, with its offsets into the draft. */
  value: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  normalized: z.string(),
  verdict: VerdictSchema,
  support: z.array(VerifyEvidenceSchema),
  conflicts: z.array(ConflictSchema),
  /** Some reports state the draft's value and others another: the outlets themselves disagree. */
  outletsDisagree: z.boolean(),
});

export const SentenceVerdictSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  verdict: VerdictSchema,
  /** One line for an editor: why this verdict. */
  reason: z.string(),
  /** Who the draft says says it ("according to X"), when it says. */
  attribution: z.string().nullable(),
  /** Share of the sentence's content words found in the best-matching report sentences. */
  coverage: z.number(),
  /** What the sentence-level test found wrong: a name, figure or date not in the closest report sentences, a
   * negation added or dropped, a word swapped for its opposite. */
  checks: z.array(
    z.object({
      kind: z.enum(['entity', 'number', 'date', 'polarity', 'antonym', 'coverage']),
      draft: z.string(),
      source: z.string().nullable(),
    }),
  ),
  /** Content words of the sentence not found in the closest report sentences. */
  missing: z.array(z.string()),
  support: z.array(VerifyEvidenceSchema),
  conflicts: z.array(ConflictSchema),
  outletsDisagree: z.boolean(),
  facts: z.array(FactVerdictSchema),
});

export const VerifyDocumentSchema = z.object({
  id: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  text: z.string(),
});

export const VerifyResultSchema = z.object({
  schema: z.literal(VERIFY_SCHEMA_ID),
  id: z.string(),
  /** The worst verdict of the sentences: contradicted, else unsupported, else supported. */
  verdict: VerdictSchema,
  counts: z.object({
    supported: z.number().int(),
    contradicted: z.number().int(),
    unsupported: z.number().int(),
  }),
  draft: z.object({ id: z.string(), text: z.string() }),
  documents: z.array(VerifyDocumentSchema),
  sentences: z.array(SentenceVerdictSchema),
});

export type VerifyEvidence = z.infer<typeof VerifyEvidenceSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type FactVerdict = z.infer<typeof FactVerdictSchema>;
export type SentenceVerdict = z.infer<typeof SentenceVerdictSchema>;
export type VerifyResult = z.infer<typeof VerifyResultSchema>;

export function verifyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(VerifyResultSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
