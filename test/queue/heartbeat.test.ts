/**
 * The heartbeat (src/queue/heartbeat.ts, the built thread a worker runs): a running job outlives its short
 * lease while its worker beats, also while the worker's main thread is busy with synchronous work (a long
 * analysis); once the beating stops (the worker died) the job expires and is retried; and a job is never
 * kept past its longest run time (a hung worker's).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker as Thread } from 'node:worker_threads';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { beat, type HeartbeatData } from '../../src/queue/heartbeat.js';
import { JobQueue } from '../../src/queue/queue.js';
import { cliPath } from '../helpers/paths.js';
import { dropSchemas, freshSchema, pgAvailable, pgSkipMessage, testPgUrl } from '../helpers/pg.js';

const thread = path.join(path.dirname(cliPath), '../queue/heartbeat.js');
const ready = pgAvailable && existsSync(thread);
if (!pgAvailable) console.warn(pgSkipMessage('the job heartbeat'));
else if (!existsSync(thread))
  console.warn(`the job heartbeat: ${thread} not built (npm run build); skipping`);

const schemas: string[] = [];
afterAll(async () => {
  if (schemas.length) await dropSchemas(...schemas);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!ready)('the heartbeat of running jobs', () => {
  it('keeps a live worker’s job past its lease, even through synchronous work; lets a dead one’s expire', async () => {
    const { schema, url } = freshSchema();
    schemas.push(schema);
    const queue = await JobQueue.open(url);
    const state = async (id: string) =>
      ((await queue.boss.getJobById('analyze', id)) as { state: string } | null)?.state;
    try {
      const lease = 2;
      const id = (await queue.boss.send('analyze', { storyId: 'story-1' }, { expireInSeconds: lease }))!;
      const [job] = await queue.boss.fetch('analyze');
      expect(job!.id).toBe(id);
      const data: HeartbeatData = {
        role: 'corroborate-heartbeat',
        connectionString: queue.connectionString,
        schema: queue.schema,
        everyMs: 300,
        leaseSeconds: lease,
        maxJobSeconds: { analyze: 600 },
      };
      const t = new Thread(thread, { workerData: data });
      t.postMessage({ jobs: [{ id, queue: 'analyze' }] });
      // the main thread busy (a long synchronous analysis) for longer than the lease
      const until = Date.now() + (lease + 1) * 1000;
      while (Date.now() < until) Math.sqrt(Math.random());
      await sleep(500);
      await queue.boss.expire();
      expect(await state(id)).toBe('active');
      // the worker dies: no more beats; after its lease the job is failed and will be retried
      await t.terminate();
      await sleep((lease + 1) * 1000);
      await queue.boss.expire();
      expect(await state(id)).toBe('retry');

      // never past the longest run time: a hung worker that keeps beating loses its job too
      const hung = (await queue.boss.send('analyze', { storyId: 'story-2' }, { expireInSeconds: 1 }))!;
      await queue.boss.fetch('analyze');
      const c = new pg.Client({ connectionString: testPgUrl });
      await c.connect();
      try {
        const capped = { ...data, leaseSeconds: 60, maxJobSeconds: { analyze: 2 } };
        expect(await beat(c, capped, [{ id: hung, queue: 'analyze' }])).toBe(1);
        const r = await c.query(
          `SELECT EXTRACT(epoch FROM expire_in)::int AS s FROM ${schema}_boss.job WHERE id = $1`,
          [hung],
        );
        expect(r.rows[0].s).toBe(2);
      } finally {
        await c.end();
      }
    } finally {
      await queue.close();
    }
  }, 60_000);
});
