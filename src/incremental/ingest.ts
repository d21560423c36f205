/** Streams reports into the store: each one placed as it arrives, changed stories re-analysed in batches. */
import type { RawDocument } from '../model/document.js';
import type { Problem } from '../model/problems.js';
import type { Store } from '../store/types.js';
import { Incremental, type IncrementalOptions, type Placement } from './index.js';

export interface IngestSummary {
  added: number;
  duplicates: number;
  storiesCreated: number;
  storiesAnalysed: number;
  disputesAppeared: number;
  problems: Problem[];
}

export interface IngestStreamOptions extends IncrementalOptions {
  onPlaced?: (doc: RawDocument, placement: Placement) => void;
  /** Skip re-analysis (a later `analyzeChanged` or ingest does it). */
  noAnalysis?: boolean;
  /** Checked after each report: true stops the stream (what was stored stays; analysis waits for the next run). */
  stop?: () => boolean;
}

export async function ingestStream(
  store: Store,
  docs: AsyncIterable<RawDocument> | Iterable<RawDocument>,
  opts: IngestStreamOptions = {},
): Promise<IngestSummary> {
  const inc = new Incremental(store, opts);
  const summary: IngestSummary = {
    added: 0,
    duplicates: 0,
    storiesCreated: 0,
    storiesAnalysed: 0,
    disputesAppeared: 0,
    problems: [],
  };
  let sinceAnalysis = 0;
  const analyze = async () => {
    if (opts.noAnalysis) return;
    const a = await inc.analyzeChanged();
    summary.storiesAnalysed += a.stories;
    summary.disputesAppeared += a.disputesAppeared;
    summary.problems.push(...a.problems);
    sinceAnalysis = 0;
  };
  for await (const raw of docs) {
    const placed = await inc.add(raw);
    if (placed.status === 'duplicate') summary.duplicates++;
    else {
      summary.added++;
      sinceAnalysis++;
      if (placed.created) summary.storiesCreated++;
    }
    opts.onPlaced?.(raw, placed);
    if (opts.stop?.()) return summary;
    if (sinceAnalysis >= inc.settings.analyzeEvery) await analyze();
  }
  if (opts.stop?.()) return summary;
  await analyze();
  return summary;
}
