/**
 * The heartbeat of a worker's running jobs, in a thread of its own (node:worker_threads) with its own
 * connection. pg-boss 10 has no heartbeat: a job is failed (and retried) when `started_on + expire_in`
 * has passed. So jobs are sent with a short lease (`queueSettings.leaseSeconds`), and every
 * `heartbeatSeconds` this thread moves the lease of the worker's running jobs forward: a worker that dies
 * (SIGKILL, power cut) stops its heartbeat with it, and its jobs come back after the lease, within
 * `leaseSeconds` + `maintenanceSeconds`. It runs in a thread because analysing a story is synchronous
 * work that can keep the main thread busy for minutes: a timer there would not fire, and a live worker's
 * job would be taken from it. A worker whose main thread hangs keeps beating, so a lease is moved forward
 * only up to the job's `maxJobSeconds` since it started: past that the job expires as before.
 */
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';

export interface HeartbeatData {
  /** Marks the thread's data (a test runner's own worker threads import this module too). */
  role: 'corroborate-heartbeat';
  connectionString: string;
  /** pg-boss's schema. */
  schema: string;
  everyMs: number;
  leaseSeconds: number;
  maxJobSeconds: Record<string, number>;
}

/** The jobs running now (replaces the previous list). */
export interface HeartbeatMessage {
  jobs: Array<{ id: string; queue: string }>;
}

/** Moves the lease of these active jobs forward (to now + `leaseSeconds`, at most `maxJobSeconds` after they started). */
export async function beat(
  db: Pick<pg.Client, 'query'>,
  d: Pick<HeartbeatData, 'schema' | 'leaseSeconds' | 'maxJobSeconds'>,
  jobs: HeartbeatMessage['jobs'],
): Promise<number> {
  let n = 0;
  for (const queue of new Set(jobs.map((j) => j.queue))) {
    const ids = jobs.filter((j) => j.queue === queue).map((j) => j.id);
    const r = await db.query(
      `UPDATE ${d.schema}.job SET expire_in = GREATEST(expire_in,
         LEAST(now() - started_on + make_interval(secs => $3), make_interval(secs => $4)))
       WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
      [queue, ids, d.leaseSeconds, d.maxJobSeconds[queue] ?? d.leaseSeconds],
    );
    n += r.rowCount ?? 0;
  }
  return n;
}

if (parentPort && (workerData as HeartbeatData | null)?.role === 'corroborate-heartbeat') {
  const d = workerData as HeartbeatData;
  const port = parentPort;
  let jobs: HeartbeatMessage['jobs'] = [];
  const client = new pg.Client({
    connectionString: d.connectionString,
    application_name: 'corroborate-heartbeat',
  });
  client.on('error', () => {}); // a lost connection: the next beat reconnects
  let connected: Promise<unknown> | null = null;
  let db = client;
  port.on('message', (m: HeartbeatMessage) => {
    jobs = m.jobs;
  });
  let beating = false;
  setInterval(() => {
    if (beating || !jobs.length) return;
    beating = true;
    void (async () => {
      try {
        connected ??= db.connect();
        await connected;
        await beat(db, d, jobs);
      } catch (e) {
        port.postMessage({ error: e instanceof Error ? e.message : String(e) });
        // start over with a new connection at the next beat
        await db.end().catch(() => {});
        db = new pg.Client({
          connectionString: d.connectionString,
          application_name: 'corroborate-heartbeat',
        });
        db.on('error', () => {});
        connected = null;
      } finally {
        beating = false;
      }
    })();
  }, d.everyMs);
}
