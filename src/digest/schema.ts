/** The digest contract `corroborate/digest@1` (zod: runtime check, types, schema/digest.schema.json). */
import { z } from 'zod';

export const DIGEST_SCHEMA_ID = 'corroborate/digest@1';

export const DigestEvidenceSchema = z.object({
  document: z.string(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  outlet: z.string(),
  /** The number of the document in the story's source list. */
  source: z.number().int().positive(),
});

export const DigestSentenceSchema = z.object({
  /** corroborated: stated by two or more independent outlets; single-source: by one; dispute: the outlets differ. */
  kind: z.enum(['corroborated', 'single-source', 'dispute']),
  /** The sentence as written, without its citation marks. */
  text: z.string(),
  /** The source numbers cited after it ([1][3]). */
  sources: z.array(z.number().int().positive()),
  /** Every report span the sentence rests on; for a fact, `evidence[0]` is the span its words are taken from. */
  evidence: z.array(DigestEvidenceSchema),
  /** For a fact: where its words stand in `text` and in `evidence[0]` (text.slice(at, at + length) ===
   * evidence[0].quote). For a dispute: each position, its value and the outlets that state it. */
  at: z.number().int().nonnegative().optional(),
  positions: z
    .array(
      z.object({ value: z.string(), outlets: z.array(z.string()), evidence: z.array(DigestEvidenceSchema) }),
    )
    .optional(),
  independentOutlets: z.number().int().nonnegative(),
  /** The date the story's timeline gives the fact (its evidence is a timeline entry's), when it gives one. */
  date: z.string().optional(),
});

export const DigestSourceSchema = z.object({
  n: z.number().int().positive(),
  document: z.string(),
  outlet: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
});

export const DigestStorySchema = z.object({
  id: z.string(),
  title: z.string(),
  paragraphs: z.array(z.array(DigestSentenceSchema)),
  sources: z.array(DigestSourceSchema),
  words: z.number().int().nonnegative(),
});

export const DigestSchema = z.object({
  schema: z.literal(DIGEST_SCHEMA_ID),
  stories: z.array(DigestStorySchema),
});

export type DigestEvidence = z.infer<typeof DigestEvidenceSchema>;
export type DigestSentence = z.infer<typeof DigestSentenceSchema>;
export type DigestSource = z.infer<typeof DigestSourceSchema>;
export type DigestStory = z.infer<typeof DigestStorySchema>;
export type Digest = z.infer<typeof DigestSchema>;

export function digestJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DigestSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
