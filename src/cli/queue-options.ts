/** What the queue commands share: the store must be PostgreSQL, and the queue lives beside it. */
import { readInputs } from '../ingest/index.js';
import type { Problem } from '../model/problems.js';
import type { PlaceJob } from '../queue/jobs.js';
import { JobQueue } from '../queue/queue.js';
import {
  contentHash,
  defaultStorePath,
  isPostgresUrl,
  normalizeUrl,
  PostgresStore,
  type Store,
} from '../store/index.js';
import { splitInputs } from './sources.js';

/** The store location as given (`--db`, else $CORROBORATE_DB, else the default SQLite file). */
export function dbLocation(db: string | undefined): string {
  return db ?? defaultStorePath();
}

export function needsPostgres(command: string, location: string): string | null {
  return isPostgresUrl(location)
    ? null
    : `${command} needs a PostgreSQL store (--db postgres://… or $CORROBORATE_DB); the queue lives in it`;
}

export function isPostgresStore(store: Store): store is PostgresStore {
  return store instanceof PostgresStore;
}

export async function openQueueFor(location: string, supervise = false): Promise<JobQueue> {
  return JobQueue.open(location, { supervise });
}

export interface Enqueued {
  reports: number;
  alreadyStored: number;
  urls: number;
  urlsWaiting: number;
}

/**
 * Sends the inputs to the queue instead of processing them here: local files are read (src/ingest) and
 * each report not yet stored becomes a `place` job; each URL (page, feed, list) a `fetch` job, not sent
 * again while one for it still waits.
 */
export async function enqueueSources(
  queue: JobQueue,
  store: Store,
  inputs: string[],
  opts: { onProblem: (p: Problem) => void; localFilter?: (local: string[]) => Promise<string[]> },
): Promise<Enqueued> {
  const out: Enqueued = { reports: 0, alreadyStored: 0, urls: 0, urlsWaiting: 0 };
  const split = await splitInputs(inputs);
  const local = opts.localFilter ? await opts.localFilter(split.local) : split.local;
  let batch: PlaceJob[] = [];
  const flush = async () => {
    await queue.sendPlaces(batch);
    out.reports += batch.length;
    batch = [];
  };
  if (local.length)
    for await (const raw of readInputs(local, { onProblem: opts.onProblem })) {
      if (await store.findDuplicate(normalizeUrl(raw.url), contentHash(raw.text))) {
        out.alreadyStored++;
        continue;
      }
      batch.push({ raw });
      if (batch.length >= 500) await flush();
    }
  await flush();
  for (const url of split.urls) {
    if (await queue.send('fetch', { url }, url)) out.urls++;
    else out.urlsWaiting++;
  }
  return out;
}
