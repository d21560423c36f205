/**
 * The job queue: pg-boss in the same PostgreSQL as the store (its own schema beside the store's).
 * Sending, listing and retrying jobs, and the figures `corroborate status` shows. The worker loop is in
 * src/queue/worker.ts.
 */
import { randomBytes } from 'node:crypto';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { WORKER_LOCK_NAMESPACE, parsePgLocation } from '../store/postgres.js';
import { queueSettings } from '../settings/queue.js';
import { QUEUES, type JobData, type QueueName } from './jobs.js';

export interface FailedJob {
  id: string;
  queue: QueueName;
  data: unknown;
  attempts: number;
  failedAt: string | null;
  error: string;
}

export interface QueueStatus {
  queues: Record<
    string,
    {
      waiting: number;
      active: number;
      failed: number;
      completedLastMinute: number;
      completedLastHour: number;
    }
  >;
}

export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    readonly schema: string,
    /** The database's connection string (without the store's `?schema=`). */
    readonly connectionString: string,
  ) {}

  /** Connects to the queue of the store at `location` (a postgres:// URL), creating its tables and queues. */
  static async open(location: string, opts: { supervise?: boolean; max?: number } = {}): Promise<JobQueue> {
    const loc = parsePgLocation(location);
    const schema = loc.schema ? `${loc.schema}_boss` : queueSettings.defaultSchema;
    const boss = new PgBoss({
      connectionString: loc.connectionString,
      schema,
      max: opts.max ?? 3,
      // as the store's pool (src/store/postgres.ts): idle connections stay open (pg-boss passes its options
      // to pg.Pool; its types do not list this one)
      ...({ idleTimeoutMillis: 0 } as object),
      application_name: 'corroborate-queue',
      supervise: opts.supervise ?? false,
      schedule: false,
      migrate: true,
      maintenanceIntervalSeconds: queueSettings.maintenanceSeconds,
      archiveCompletedAfterSeconds: queueSettings.archiveCompletedSeconds,
    });
    boss.on('error', () => {}); // reported by the callers' own try/catch; a lost connection reconnects
    await boss.start();
    const q = new JobQueue(boss, schema, loc.connectionString);
    await q.ensureQueues();
    return q;
  }

  private async ensureQueues(): Promise<void> {
    for (const name of QUEUES) {
      const options = {
        name,
        // `standard`, not `stately`: pg-boss 10's stately queues fail the whole fetch when the oldest
        // waiting job's key is active elsewhere. One analysis per story at a time is the worker's
        // per-story advisory lock; a job waiting with the same key is not sent twice (send below).
        policy: 'standard' as const,
        retryLimit: queueSettings.retryLimit,
        retryDelay: queueSettings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: queueSettings.leaseSeconds,
      };
      try {
        if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, options);
        else await this.boss.createQueue(name, options);
      } catch (e) {
        // two processes creating the same queue at once: the other one won
        if (!(await this.boss.getQueue(name))) throw e;
      }
    }
  }

  /**
   * Sends a job. With a key (the story id, the URL), nothing is sent while a job with that key waits in
   * that queue (a race between two senders sends two; the jobs are idempotent).
   */
  async send<Q extends QueueName>(
    queue: Q,
    data: JobData[Q],
    key?: string,
    startAfterSeconds?: number,
  ): Promise<string | null> {
    if (key) {
      const { rows } = await this.boss
        .getDb()
        .executeSql(
          `SELECT 1 FROM ${this.schema}.job WHERE name = $1 AND singleton_key = $2 AND state IN ('created', 'retry') LIMIT 1`,
          [queue, key],
        );
      if (rows.length) return null;
    }
    return this.boss.send(queue, data as object, {
      ...(key ? { singletonKey: key } : {}),
      ...(startAfterSeconds ? { startAfter: startAfterSeconds } : {}),
    });
  }

  /**
   * Many `place` jobs in one statement, taken by workers in the order given: one statement gives them one
   * `created_on`, and pg-boss then orders by id, so the ids are time-ordered (UUID version 7 layout).
   */
  async sendPlaces(datas: Array<JobData['place']>): Promise<void> {
    if (datas.length)
      await this.boss.insert(datas.map((data) => ({ id: orderedUuid(), name: 'place', data })));
  }

  /**
   * Holds a worker's liveness lock (`WORKER_LOCK_NAMESPACE`, `key`) on a connection of its own until the
   * returned function releases it; a worker that dies drops the connection and with it the lock.
   */
  async holdWorkerLock(key: number): Promise<() => Promise<void>> {
    const c = new pg.Client({ connectionString: this.connectionString });
    c.on('error', () => {}); // a lost connection: the worker's place jobs may be taken over (idempotent)
    await c.connect();
    await c.query('SELECT pg_advisory_lock($1, $2)', [WORKER_LOCK_NAMESPACE, key]);
    return () => c.end().catch(() => {});
  }

  /** Marks active `place` jobs as taken by the worker with this liveness key. */
  async claimPlaces(ids: string[], key: number): Promise<void> {
    if (ids.length)
      await this.boss.getDb().executeSql(
        `UPDATE ${this.schema}.job SET output = jsonb_build_object('worker', $2::int)
         WHERE name = 'place' AND id = ANY($1::uuid[]) AND state = 'active'`,
        [ids, key],
      );
  }

  /**
   * Takes over (claims for the worker with this key) up to `limit` active `place` jobs whose worker is
   * dead (its liveness lock is free), oldest first: a dead worker's reports are placed again at once,
   * near their place in the queue, not after their lease.
   */
  async takeOverPlaces(key: number, limit: number): Promise<PgBoss.JobWithMetadata<unknown>[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `UPDATE ${this.schema}.job j SET output = jsonb_build_object('worker', $1::int)
       WHERE j.name = 'place' AND j.id IN (
         SELECT id FROM ${this.schema}.job o
         WHERE o.name = 'place' AND o.state = 'active' AND o.output ? 'worker'
           AND NOT EXISTS (SELECT 1 FROM pg_locks l
                           WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
                             AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                             AND l.classid = $2 AND l.objid = (o.output->>'worker')::bigint)
         ORDER BY o.created_on, o.id LIMIT $3 FOR UPDATE SKIP LOCKED)
       RETURNING id, name, data, retry_count AS "retryCount", retry_limit AS "retryLimit",
                 expire_in AS "expireIn", created_on AS "createdOn"`,
      [key, WORKER_LOCK_NAMESPACE, limit],
    );
    const jobs = rows as Array<PgBoss.JobWithMetadata<unknown> & { createdOn: Date }>;
    return jobs.sort((a, b) => +a.createdOn - +b.createdOn || (a.id < b.id ? -1 : 1));
  }

  async failedJobs(limit = 100): Promise<FailedJob[]> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT id, name, data, retry_count, completed_on, output FROM ${this.schema}.job
       WHERE state = 'failed' ORDER BY completed_on DESC NULLS LAST LIMIT $1`,
      [limit],
    );
    return (rows as Array<Record<string, unknown>>).map((r) => ({
      id: r.id as string,
      queue: r.name as QueueName,
      data: r.data,
      attempts: (r.retry_count as number) + 1,
      failedAt: r.completed_on ? new Date(r.completed_on as string).toISOString() : null,
      error: errorOf(r.output),
    }));
  }

  /** Puts failed jobs back in their queues (all failed jobs when `ids` is empty); returns how many. */
  async retryFailed(ids: string[] = []): Promise<number> {
    const failed = await this.failedJobs(100_000);
    const chosen = ids.length ? failed.filter((f) => ids.includes(f.id)) : failed;
    for (const name of QUEUES) {
      const mine = chosen.filter((f) => f.queue === name).map((f) => f.id);
      if (mine.length) await this.boss.retry(name, mine);
    }
    return chosen.length;
  }

  async status(): Promise<QueueStatus> {
    const { rows } = await this.boss.getDb().executeSql(
      `SELECT name,
         COUNT(*) FILTER (WHERE state IN ('created', 'retry')) AS waiting,
         COUNT(*) FILTER (WHERE state = 'active') AS active,
         COUNT(*) FILTER (WHERE state = 'failed') AS failed,
         COUNT(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '1 minute') AS minute,
         COUNT(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '1 hour') AS hour
       FROM (SELECT name, state, completed_on FROM ${this.schema}.job
             UNION ALL SELECT name, state, completed_on FROM ${this.schema}.archive
               WHERE completed_on > now() - interval '1 hour') j
       GROUP BY name`,
      [],
    );
    const queues: QueueStatus['queues'] = {};
    for (const name of QUEUES)
      queues[name] = { waiting: 0, active: 0, failed: 0, completedLastMinute: 0, completedLastHour: 0 };
    for (const r of rows as Array<Record<string, string>>) {
      if (!(r.name! in queues)) continue;
      queues[r.name!] = {
        waiting: Number(r.waiting),
        active: Number(r.active),
        failed: Number(r.failed),
        completedLastMinute: Number(r.minute),
        completedLastHour: Number(r.hour),
      };
    }
    return { queues };
  }

  /** Jobs waiting or running in any queue. */
  async pending(): Promise<number> {
    const s = await this.status();
    return Object.values(s.queues).reduce((n, q) => n + q.waiting + q.active, 0);
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, timeout: 5_000 });
  }
}

let lastMs = 0;
let counter = 0;
/** A UUID whose text sorts by creation (48-bit ms time, a 12-bit counter, random bits: RFC 9562 v7). */
export function orderedUuid(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    counter++;
    if (counter > 0xfff) {
      lastMs++;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  const hex = ms.toString(16).padStart(12, '0');
  const rand = randomBytes(8).toString('hex');
  const variant = ((parseInt(rand.slice(0, 1), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7${counter.toString(16).padStart(3, '0')}-${variant}${rand.slice(1, 4)}-${rand.slice(4, 16)}`;
}

function errorOf(output: unknown): string {
  if (output && typeof output === 'object') {
    const o = output as { message?: unknown; value?: { message?: unknown } };
    if (typeof o.message === 'string') return o.message;
    if (o.value && typeof o.value.message === 'string') return o.value.message;
  }
  return output == null ? '' : JSON.stringify(output);
}
