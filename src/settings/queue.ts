/** The job queue (src/queue, pg-boss in the store's PostgreSQL) and its workers. */
const env = (name: string): number | undefined => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : undefined;
};

const lease = env('CORROBORATE_JOB_EXPIRE_SECONDS') ?? 30;

export const queueSettings = {
  /** pg-boss's schema beside the store's: `<schema>_boss` when the store has one, else this. */
  defaultSchema: 'corroborate_jobs',
  /** An idle worker looks for jobs this often (ms). A worker that finds a job looks again at once. */
  pollMs: 500,
  /**
   * A running job's lease (s): a job still `active` this long after it started, or after its worker's last
   * heartbeat, is taken to belong to a dead worker (SIGKILL, power cut): pg-boss maintenance fails it and
   * it is retried. A live worker moves the lease of its jobs forward every `heartbeatSeconds`
   * (src/queue/heartbeat.ts, in a thread of its own, so a long synchronous analysis does not stop it).
   * So a dead worker's jobs come back within `leaseSeconds` + `maintenanceSeconds` (45 s), its `place`
   * jobs too (they are taken outside the placement lane, src/queue/worker.ts).
   * $CORROBORATE_JOB_EXPIRE_SECONDS sets it (the crash test uses a few seconds).
   */
  leaseSeconds: lease,
  /** How often a worker's heartbeat moves its jobs' lease forward (s): a third of the lease. */
  heartbeatSeconds: Math.max(1, Math.floor(lease / 3)),
  /**
   * The longest a job may run (s): a worker whose main thread hangs keeps beating, so the lease is moved
   * forward only up to this long after the job started, and the job then expires as a dead worker's.
   * Longer than any job should take: placing a batch of reports is seconds, fetching a URL is bounded by the fetcher's time limits, analysing the largest stories
   * takes minutes.
   */
  maxJobSeconds: { place: 120, fetch: 600, analyze: 1800 },
  /**
   * A worker takes up to this many `place` jobs at once and prepares their reports outside the placement
   * lane (features, candidates, the decision), then takes the lane once to commit them in order (re-check
   * and write). Larger batches take the lane less often; smaller ones keep the reports of different
   * workers closer to queue order and their prepared decisions fresher (fewer made again under the lane).
   * A worker killed holding a batch leaves its jobs active: they come back after their lease.
   */
  placeBatch: 25,
  /** How often some worker runs pg-boss maintenance (expiring jobs of dead workers, archiving); s. */
  maintenanceSeconds: env('CORROBORATE_QUEUE_MAINTENANCE_SECONDS') ?? 15,
  /** Attempts after the first, and the first retry's delay (s; doubled each time, with jitter). */
  retryLimit: 4,
  retryDelaySeconds: 5,
  /** Completed jobs are kept this long (s) for `status` rates, then archived by maintenance. */
  archiveCompletedSeconds: 3_600,
  /** SIGTERM: the current job gets this long (ms) to finish; then it is failed back to the queue (retried). */
  graceMs: 30_000,
};
