/**
 * The queue's commands on a real PostgreSQL: ingest enqueues, a worker does the work, status shows it,
 * a job that fails is in the dead-letter state with its error until retried, serve answers /healthz,
 * and a worker stops cleanly on SIGTERM.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/queue/queue.js';
import { cliPath, seedsDir } from '../helpers/paths.js';
import { dropSchemas, freshSchema, pgAvailable, pgSkipMessage } from '../helpers/pg.js';
import { spawnWorker } from './helpers.js';
import { spawn } from 'node:child_process';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
if (!pgAvailable) console.warn(pgSkipMessage('queue commands'));

const schemas: string[] = [];
afterAll(async () => {
  if (schemas.length) await dropSchemas(...schemas);
});

describe.skipIf(!pgAvailable || !existsSync(cliPath))('queue commands (PostgreSQL)', () => {
  it('ingest enqueues, worker works, status counts, failed jobs are listed and retried', async () => {
    const { schema, url } = freshSchema();
    schemas.push(schema);
    const ing = await cli('ingest', seedsDir, '--db', url);
    expect(ing.stderr).toContain('queued 5 reports (0 already stored)');
    const w = spawnWorker(url, ['--exit-when-idle']);
    expect(await w.exited).toBe(0);
    for (const l of w.logs) expect(l).toMatchObject({ time: expect.any(String), level: expect.any(String) });
    expect(w.logs.filter((l) => l.msg === 'job done' && l.queue === 'place')).toHaveLength(5);
    expect(w.logs.some((l) => l.msg === 'job done' && l.queue === 'analyze' && l.analysed === true)).toBe(
      true,
    );
    const again = await cli('ingest', seedsDir, '--db', url);
    expect(again.stderr).toContain('queued 0 reports (5 already stored)');

    const status = JSON.parse((await cli('status', '--db', url, '--format', 'json')).stdout) as {
      documents: number;
      stories: number;
      storiesToAnalyse: number;
      queue: Record<string, { waiting: number; completedLastHour: number }>;
    };
    expect(status).toMatchObject({ documents: 5, stories: 1, storiesToAnalyse: 0 });
    expect(status.queue.place).toMatchObject({ waiting: 0, completedLastHour: 5 });

    // a job that cannot succeed, with no retries left: the dead-letter state, with its error
    const queue = await JobQueue.open(url);
    await queue.boss.send('place', { raw: null }, { retryLimit: 0 });
    const w2 = spawnWorker(url, ['--exit-when-idle']);
    expect(await w2.exited).toBe(0);
    expect(w2.logs.some((l) => l.msg === 'job failed (no attempts left)' && l.level === 'error')).toBe(true);
    const failed = JSON.parse(
      (await cli('jobs', '--failed', '--db', url, '--format', 'json')).stdout,
    ) as Array<{
      id: string;
      queue: string;
      error: string;
    }>;
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ queue: 'place', error: expect.stringMatching(/\S/) });
    const retry = await cli('jobs', 'retry', failed[0]!.id, '--db', url);
    expect(retry.stderr).toContain('1 job back in the queue');
    expect(await queue.failedJobs()).toEqual([]);
    expect((await queue.status()).queues.place!.waiting).toBe(1);
    await queue.close();
  });

  it('serve answers /healthz; a worker stops on SIGTERM and exits 0', async () => {
    const { schema, url } = freshSchema();
    schemas.push(schema);
    const serve = spawn(process.execPath, [cliPath, 'serve', '--db', url, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const address = await new Promise<string>((resolve, reject) => {
      serve.stdout.on('data', (b: Buffer) => {
        const m = /http:\/\/[^/\s]+\//.exec(b.toString());
        if (m) resolve(m[0]);
      });
      serve.on('exit', () => reject(new Error('serve exited')));
    });
    const res = await fetch(`${address}healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', documents: 0 });
    serve.kill('SIGTERM');

    const w = spawnWorker(url);
    while (!w.logs.some((l) => l.msg === 'worker started')) await new Promise((r) => setTimeout(r, 50));
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
    expect(w.logs.some((l) => String(l.msg).startsWith('SIGTERM'))).toBe(true);
    expect(w.logs.some((l) => l.msg === 'worker stopped')).toBe(true);
  });
});
