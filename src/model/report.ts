/**
 * The report contract `corroborate/report@1`, defined once: the runtime check, the TypeScript
 * types and the published JSON Schema (schema/report.schema.json) all come from here.
 * Required fields follow PRODUCT.md; the optional ones are Corroborate's additions.
 */
import { z } from 'zod';
import type { Document } from './document.js';

export const SCHEMA_ID = 'corroborate/report@1';

export const EvidenceSchema = z.object({
  document: z.string(),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const RemovalSchema = z.object({
  text: z.string(),
  reason: z.string(),
  offset: z.number().int().nonnegative().optional(),
});

export const ReportDocumentSchema = z.object({
  id: z.string(),
  source: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  byline: z.string().nullable().optional(),
  language: z.string().nullable(),
  text: z.string(),
  removed: z.array(RemovalSchema),
  copyOf: z.string().nullable(),
  input: z.string().optional(),
  format: z.string().optional(),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()),
  documents: z.array(z.string()),
  roles: z.array(z.string()).optional(),
  mentions: z.array(EvidenceSchema).optional(),
});

/** Who says it and how sure: kept on every claim and position. */
export const StanceSchema = z.object({
  attribution: z.string().nullable().optional(),
  hedged: z.boolean().optional(),
  negated: z.boolean().optional(),
});

export const ClaimSchema = z.object({
  id: z.string(),
  statement: z.string(),
  status: z.enum(['corroborated', 'single-source', 'disputed']),
  evidence: z.array(EvidenceSchema),
  outlets: z.array(z.string()).optional(),
  independentOutlets: z.number().int().optional(),
  attribution: z.array(z.string()).optional(),
  hedged: z.boolean().optional(),
  dispute: z.string().optional(),
  /** 'fact': one fact the evidence clauses state in passing (the statement names it), not all that each clause says. */
  scope: z.enum(['statement', 'fact']).optional(),
});

export const PositionSchema = z
  .object({
    value: z.string(),
    normalized: z.string(),
    evidence: z.array(EvidenceSchema),
    outlets: z.array(z.string()).optional(),
  })
  .extend(StanceSchema.shape);

export const DisputeSchema = z.object({
  id: z.string(),
  kind: z.enum(['number', 'date', 'entity', 'polarity', 'list', 'other']),
  about: z.string(),
  positions: z.array(PositionSchema).min(2),
});

export const TimelineEntrySchema = z.object({
  date: z.string(),
  event: z.string(),
  evidence: z.array(EvidenceSchema),
});

export const FramingSchema = z.object({
  document: z.string(),
  source: z.string().nullable(),
  sentences: z.number().int(),
  attributedShare: z.number(),
  hedges: z.array(z.object({ term: z.string(), count: z.number().int() })),
  loadedTerms: z.array(z.object({ term: z.string(), count: z.number().int() })),
});

export const StorySchema = z.object({
  id: z.string(),
  title: z.string(),
  documents: z.array(z.string()),
  entities: z.array(EntitySchema),
  claims: z.array(ClaimSchema),
  disputes: z.array(DisputeSchema),
  timeline: z.array(TimelineEntrySchema),
  framing: z.array(FramingSchema).optional(),
});

export const ReportSchema = z.object({
  schema: z.literal(SCHEMA_ID),
  generator: z.string().optional(),
  documents: z.array(ReportDocumentSchema),
  stories: z.array(StorySchema),
  problems: z
    .array(
      z.object({
        input: z.string(),
        message: z.string(),
        severity: z.enum(['skipped', 'warning']),
        code: z.string().optional(),
      }),
    )
    .optional(),
});

export type ReportEvidence = z.infer<typeof EvidenceSchema>;
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Dispute = z.infer<typeof DisputeSchema>;
export type DisputeKind = Dispute['kind'];
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type Framing = z.infer<typeof FramingSchema>;
export type Story = z.infer<typeof StorySchema>;
export type Report = z.infer<typeof ReportSchema>;

/** The JSON Schema of the contract (draft 2020-12), generated from the zod definition. */
export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** A clean document in the contract's `documents[]` shape. */
export function toReportDocument(d: Document): ReportDocument {
  return {
    id: d.id,
    source: d.source,
    title: d.title,
    url: d.url,
    published: d.published,
    byline: d.byline,
    language: d.language,
    text: d.text,
    removed: d.removed,
    copyOf: d.copyOf,
    input: d.input,
    format: d.format,
  };
}
