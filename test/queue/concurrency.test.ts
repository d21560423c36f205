/**
 * Many workers, one store (PostgreSQL): four worker processes place 5,000 reports (ECB+ dev repeated) from
 * the queue at once, with 300 of them queued twice: the figure, in CI too
 * (CORROBORATE_CONCURRENCY_N sets another). 142 s on the shared 2-core machine at load 5-7 (four workers
 * 36 reports/s while the single-process reference runs beside them at 39/s); 2,000 took ~120 s before
 * placement took fewer round trips (docs/decisions.md, "Queue throughput (fifth session)"), and 5,000
 * 270 s. Every report is stored exactly once, and the stories equal a single-process run's
 * (in-process ingestStream into SQLite) at BCubed F1 >= 0.99. The single-process run goes on in this process while the workers
 * (child processes, mostly waiting on the placement lane's round trips to PostgreSQL) work: the two are
 * independent, and on two cores the test then takes about as long as the slower of them.
 * Grouping only (`worker --no-analyze`, `ingestStream` with noAnalysis): analysis is per story and keyed
 * by its members (tested in queue.test.ts); here the cost would be analysis, and the question is grouping.
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestStream } from '../../src/incremental/ingest.js';
import { JobQueue } from '../../src/queue/queue.js';
import { openPostgresStore, openSqliteStore } from '../../src/store/index.js';
import { bcubed } from '../../src/story/index.js';
import { cliPath, sharedPath, skipMessage } from '../helpers/paths.js';
import { dropSchemas, freshSchema, pgAvailable, pgSkipMessage } from '../helpers/pg.js';
import { ecbReports, spawnWorker } from './helpers.js';

const ecb = sharedPath('data/ecbplus/dev.jsonl');
const N = Number(process.env.CORROBORATE_CONCURRENCY_N ?? 5_000);
const ready = pgAvailable && !!ecb && existsSync(cliPath);
if (!pgAvailable) console.warn(pgSkipMessage('four workers, 5,000 reports'));
else if (!ecb) console.warn(skipMessage('four workers, 5,000 reports'));

const schemas: string[] = [];
afterAll(async () => {
  if (schemas.length) await dropSchemas(...schemas);
});

describe.skipIf(!ready)('four workers on one PostgreSQL store', () => {
  it(`place ${N} reports concurrently: each stored once, the stories of a single-process run`, async () => {
    const reports = ecbReports(ecb!, N);
    const raws = reports.map(({ story: _story, ...raw }) => raw);

    // four worker processes on the queue; 300 reports are queued a second time
    const { schema, url } = freshSchema();
    schemas.push(schema);
    const store = await openPostgresStore(url);
    const queue = await JobQueue.open(url);
    await queue.sendPlaces(raws.map((raw) => ({ raw })));
    await queue.sendPlaces(raws.slice(0, 300).map((raw) => ({ raw })));
    await queue.close();
    const t1 = Date.now();
    const workers = [1, 2, 3, 4].map(() => spawnWorker(url, ['--no-analyze', '--exit-when-idle']));

    // meanwhile, the single-process run: one by one, in order, into SQLite
    const single = openSqliteStore(':memory:');
    const t0 = Date.now();
    // (yielding to the event loop between reports: the workers' logs are read, so their pipes never fill)
    async function* arriving() {
      for (const raw of raws) {
        await new Promise((r) => setImmediate(r));
        yield raw;
      }
    }
    await ingestStream(single, arriving(), { noAnalysis: true });
    const singleMs = Date.now() - t0;
    const singleStories = new Map((await single.allDocuments()).map((d) => [d.id, d.storyId!]));
    await single.close();

    const codes = await Promise.all(workers.map((w) => w.exited));
    const workersMs = Date.now() - t1;
    expect(codes).toEqual([0, 0, 0, 0]);

    const docs = await store.allDocuments();
    const counts = await store.counts();
    await store.close();
    // every report stored exactly once: its id, its content, once
    expect(counts.documents).toBe(N);
    expect(docs).toHaveLength(N);
    expect(new Set(docs.map((d) => d.id))).toEqual(new Set(raws.map((r) => r.id)));
    expect(new Set(docs.map((d) => d.contentHash)).size).toBe(N);
    const done = workers.flatMap((w) => w.logs.filter((l) => l.msg === 'job done'));
    expect(done.filter((l) => l.status === 'added')).toHaveLength(N);
    expect(done.filter((l) => l.status === 'duplicate')).toHaveLength(300);
    // all four took part
    for (const w of workers) expect(w.logs.some((l) => l.msg === 'job done')).toBe(true);

    const many = new Map(docs.map((d) => [d.id, d.storyId!]));
    const agreement = bcubed(many, singleStories);
    console.log(
      `four workers, ${N} reports: ${(N / (workersMs / 1000)).toFixed(0)} reports/s (single process on SQLite, at the same time: ${(N / (singleMs / 1000)).toFixed(0)}/s); ` +
        `BCubed F1 against the single-process stories ${agreement.f1.toFixed(4)} (P ${agreement.precision.toFixed(4)}, R ${agreement.recall.toFixed(4)}); ` +
        `${new Set(many.values()).size} vs ${new Set(singleStories.values()).size} stories`,
    );
    expect(agreement.f1).toBeGreaterThanOrEqual(0.99);
  }, 600_000);
});
