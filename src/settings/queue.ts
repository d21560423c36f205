/** The job queue (src/queue, pg-boss in the store's PostgreSQL) and its workers. */
const env = (name: string): number | undefined => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : undefined;
};

export const queueSettings = {
  /** pg-boss's schema beside the store's: `<schema>_boss` when the store has one, else this. */
  defaultSchema: 'corroborate_jobs',
  /** An idle worker looks for jobs this often (ms). A worker that finds a job looks again at once. */
  pollMs: 500,
  /**
   * A job still `active` this long after it started is taken to belong to a dead worker (SIGKILL, power
   * cut): maintenance fails it, and it is retried. Longer than any job should take: placing a report is
   * milliseconds (plus the wait for the placement lock), fetching a URL is bounded by the fetcher's time
   * limits, analysing the largest stories takes minutes. $CORROBORATE_JOB_EXPIRE_SECONDS sets all three
   * (the crash test uses a few seconds).
   */
  expireSeconds: {
    place: env('CORROBORATE_JOB_EXPIRE_SECONDS') ?? 120,
    fetch: env('CORROBORATE_JOB_EXPIRE_SECONDS') ?? 600,
    analyze: env('CORROBORATE_JOB_EXPIRE_SECONDS') ?? 1800,
  },
  /**
   * A worker takes up to this many `place` jobs at once under the placement lock and places them in
   * order: fewer lock hand-overs, and the worker's caches (member features, vectors) stay warm over
   * consecutive reports. A worker killed mid-batch leaves them active: the next worker to take the
   * placement lock takes them over at once (before `expireSeconds.place` would fail them).
   */
  placeBatch: 25,
  /**
   * A worker that has the placement lane keeps it for batch after batch, up to this long (ms), before it
   * lets the next worker in line have it: a hand-over costs the new holder its caches (the member
   * features, vectors and frequencies of the reports others placed meanwhile). Workers that find the lane
   * taken analyse or fetch meanwhile, or wait in line when there is nothing else to do.
   */
  placeHoldMs: 5_000,
  /** How often some worker runs pg-boss maintenance (expiring jobs of dead workers, archiving); s. */
  maintenanceSeconds: env('CORROBORATE_QUEUE_MAINTENANCE_SECONDS') ?? 30,
  /** Attempts after the first, and the first retry's delay (s; doubled each time, with jitter). */
  retryLimit: 4,
  retryDelaySeconds: 5,
  /** Completed jobs are kept this long (s) for `status` rates, then archived by maintenance. */
  archiveCompletedSeconds: 3_600,
  /** SIGTERM: the current job gets this long (ms) to finish; then it is failed back to the queue (retried). */
  graceMs: 30_000,
};
