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
  // Refining and analysis happen at points fixed by the store's report count, not by this process's
  // life, so a run killed and restarted reaches the same stories as one that was not.
  const analyze = async () => {
    await inc.refinePending();
    if (opts.noAnalysis) return;
    const a = await inc.analyzeChanged();
    summary.storiesAnalysed += a.stories;
    summary.disputesAppeared += a.disputesAppeared;
    summary.problems.push(...a.problems);
  };
  await inc.refinePending();
  for await (const raw of docs) {
    const placed = await inc.add(raw);
    opts.onPlaced?.(raw, placed);
    if (placed.status === 'duplicate') summary.duplicates++;
    else {
      summary.added++;
      if (placed.created) summary.storiesCreated++;
      if (opts.stop?.()) return summary;
      if ((await store.termStats([])).documents % inc.settings.analyzeEvery === 0) await analyze();
    }
    if (opts.stop?.()) return summary;
  }
  if (opts.stop?.()) return summary;
  await analyze();
  return summary;
}
