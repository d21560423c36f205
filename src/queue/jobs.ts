/** The jobs: their queues, payloads and options. See src/queue/README.md for the contract. */
import type { RawDocument } from '../model/document.js';

/**
 * - `fetch`: one URL (a page, or a feed / sitemap / OPML list: "poll a feed"): fetched with conditional
 *   GET, the items not yet stored fetched too; each document becomes a `place` job.
 * - `place`: one report: cleaned, its grouping features extracted, and assigned to a story (joins one or
 *   starts one) under the store-wide placement lock.
 * - `analyze`: one story: cross-checked over its current members, unless its latest analysis already
 *   covers exactly those members.
 */
export const QUEUES = ['place', 'fetch', 'analyze'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface FetchJob {
  url: string;
}
export interface PlaceJob {
  raw: RawDocument;
}
export interface AnalyzeJob {
  storyId: string;
}
export type JobData = { place: PlaceJob; fetch: FetchJob; analyze: AnalyzeJob };
