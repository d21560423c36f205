/**
 * A worker killed in the middle of its jobs (SIGKILL: no chance to hand them back): the other workers take
 * its jobs over (its `place` jobs at once, by the next worker to look for place jobs: the dead worker's
 * liveness lock went with its connection; others after their lease runs out, its heartbeat having stopped
 * with it), and the final state equals an undisturbed run: every report stored once, the same stories as a single process (ingestStream into
 * SQLite), every story analysed over exactly its members, nothing failed and nothing left to analyse.
 * Leases are 5 s here ($CORROBORATE_JOB_EXPIRE_SECONDS; 30 s in production).
 */
import { existsSync } from 'node:fs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestStream } from '../../src/incremental/ingest.js';
import { JobQueue } from '../../src/queue/queue.js';
import { openPostgresStore, openSqliteStore } from '../../src/store/index.js';
import { bcubed } from '../../src/story/index.js';
import { cliPath, sharedPath, skipMessage } from '../helpers/paths.js';
import { dropSchemas, freshSchema, pgAvailable, pgSkipMessage, testPgUrl } from '../helpers/pg.js';
import { ecbReports, spawnWorker } from './helpers.js';

const ecb = sharedPath('data/ecbplus/dev.jsonl');
const N = 200;
const ready = pgAvailable && !!ecb && existsSync(cliPath);
if (!pgAvailable) console.warn(pgSkipMessage('a worker killed mid-run'));
else if (!ecb) console.warn(skipMessage('a worker killed mid-run'));

const schemas: string[] = [];
afterAll(async () => {
  if (schemas.length) await dropSchemas(...schemas);
});

describe.skipIf(!ready)('a worker SIGKILLed in the middle of its jobs', () => {
  it('its jobs are retried by the others; the final state equals an undisturbed run', async () => {
    const raws = ecbReports(ecb!, N).map(({ story: _s, ...raw }) => raw);
    // the undisturbed stories: one process, grouping only (analysis does not move reports)
    const single = openSqliteStore(':memory:');
    await ingestStream(single, raws, { noAnalysis: true });
    const undisturbed = new Map((await single.allDocuments()).map((d) => [d.id, d.storyId!]));
    await single.close();

    const { schema, url } = freshSchema();
    schemas.push(schema);
    const queue = await JobQueue.open(url);
    await queue.sendPlaces(raws.map((raw) => ({ raw })));
    const env = { CORROBORATE_JOB_EXPIRE_SECONDS: '5', CORROBORATE_QUEUE_MAINTENANCE_SECONDS: '1' };
    const victim = spawnWorker(url, ['--exit-when-idle'], env);
    // the others start once the victim has taken its first jobs (one that started first could place
    // every report before the victim had any)
    const t0 = Date.now();
    while (!victim.logs.some((l) => l.msg === 'jobs taken') && Date.now() - t0 < 60_000)
      await new Promise((r) => setTimeout(r, 10));
    const others = [1, 2].map(() => spawnWorker(url, ['--exit-when-idle'], env));
    // kill it once it has done some work, while it holds more
    while (victim.logs.filter((l) => l.msg === 'job done').length < 20 && Date.now() - t0 < 120_000)
      await new Promise((r) => setTimeout(r, 20));
    // …while it holds jobs it has taken and not finished (now, in the middle of a batch, or right after it
    // takes its next ones), so that it dies holding them
    const holding = () =>
      victim.logs.filter((l) => l.msg === 'jobs taken').reduce((n, l) => n + (l.jobs as number), 0) >
      victim.logs.filter((l) => l.msg === 'job done').length;
    while (!holding() && Date.now() - t0 < 120_000) await new Promise((r) => setTimeout(r, 5));
    victim.child.kill('SIGKILL');
    const killedAt = victim.logs.filter((l) => l.msg === 'job done').length;
    const codes = await Promise.all(others.map((w) => w.exited));
    expect(await victim.exited).toBeNull(); // killed, not exited
    expect(codes).toEqual([0, 0]);
    expect(killedAt).toBeGreaterThanOrEqual(20);

    // the killed worker's jobs came back: expired, retried and completed by the others
    const c = new pg.Client({ connectionString: testPgUrl });
    await c.connect();
    const retried = await c.query(
      `SELECT COUNT(*)::int AS n FROM ${schema}_boss.job WHERE retry_count > 0 AND state = 'completed'`,
    );
    const notDone = await c.query(
      `SELECT COUNT(*)::int AS n FROM ${schema}_boss.job WHERE state <> 'completed'`,
    );
    await c.end();
    // its place jobs are taken over at once by the next worker to look for place jobs (its liveness lock
    // went with it); others expire (lease) and are retried
    const takenOver = others
      .flatMap((w) => w.logs.filter((l) => l.msg === 'jobs of a dead worker taken over'))
      .reduce((n, l) => n + (l.jobs as number), 0);
    expect(takenOver + retried.rows[0].n).toBeGreaterThan(0);
    expect(notDone.rows[0].n).toBe(0);
    expect(await queue.failedJobs()).toEqual([]);
    await queue.close();

    const store = await openPostgresStore(url);
    const docs = await store.allDocuments();
    expect(docs).toHaveLength(N);
    expect(new Set(docs.map((d) => d.id))).toEqual(new Set(raws.map((r) => r.id)));
    const stories = new Map(docs.map((d) => [d.id, d.storyId!]));
    const agreement = bcubed(stories, undisturbed);
    console.log(
      `worker killed after ${killedAt} jobs; ${takenOver} of its jobs taken over, ${retried.rows[0].n} retried after expiry; BCubed F1 against the undisturbed run ${agreement.f1.toFixed(4)}`,
    );
    expect(agreement.f1).toBeGreaterThanOrEqual(0.99);
    // every story analysed over exactly its members; nothing left to analyse
    expect(await store.dirtyStories()).toEqual([]);
    for (const id of new Set(stories.values())) {
      const latest = await store.latestAnalysis(id);
      const members = (await store.storyMemberIds(id, 1e6)).sort();
      expect([...latest!.story.documents].sort()).toEqual(members);
    }
    await store.close();
  }, 600_000);
});
