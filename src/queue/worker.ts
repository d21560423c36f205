/**
 * The worker loop: takes one job at a time from the queues (place, fetch, analyze, in turn), runs its
 * handler, and completes it, or fails it with the error (pg-boss retries it with backoff, and after the
 * last attempt leaves it `failed`: the dead-letter state, listed by `corroborate jobs --failed`).
 * Between jobs it watches for a stop request (SIGTERM: the current job finishes, or after a grace period
 * is failed back to the queue for another worker).
 */
import { hostname } from 'node:os';
import { Worker as Thread } from 'node:worker_threads';
import { randomBytes } from 'node:crypto';
import type PgBoss from 'pg-boss';
import { fetchDocuments, type Fetcher } from '../fetch/index.js';
import {
  Incremental,
  type IncrementalOptions,
  type Placement,
  type PlacementProfile,
  type Prepared,
} from '../incremental/index.js';
import { normalizeUrl } from '../store/keys.js';
import type { PostgresStore } from '../store/postgres.js';
import { queueSettings } from '../settings/queue.js';
import { QUEUES, type AnalyzeJob, type FetchJob, type PlaceJob, type QueueName } from './jobs.js';
import { errorMessage, type Logger } from './log.js';
import type { HeartbeatData, HeartbeatMessage } from './heartbeat.js';
import type { JobQueue } from './queue.js';

export interface WorkerOptions extends IncrementalOptions {
  store: PostgresStore;
  queue: JobQueue;
  log: Logger;
  /** Fetcher for `fetch` jobs (none: fetch jobs are left to workers that have one). */
  fetcher?: Fetcher;
  /** Grouping only: `analyze` jobs are neither sent nor taken (another worker or a later run analyses). */
  noAnalysis?: boolean;
  /** Stop when every queue is empty and nothing is left to refine or analyse (tests, benchmarks, batch runs). */
  exitWhenIdle?: boolean;
  pollMs?: number;
}

export interface WorkerStats {
  jobs: Record<QueueName, number>;
  failed: number;
  added: number;
  duplicates: number;
  analysed: number;
  skippedAnalyses: number;
  /**
   * ms spent preparing reports (outside the lane), waiting for the placement lock, placing under it,
   * analysing, and in the queue's own calls.
   */
  ms: { prepare: number; lockWait: number; place: number; analysis: number; queue: number; fetch: number };
  /** Where placement time went, by step (src/incremental, `Incremental.profile`). */
  placement?: PlacementProfile;
}

type Job = PgBoss.JobWithMetadata<unknown>;

export class Worker {
  readonly id = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  readonly stats: WorkerStats = {
    jobs: { place: 0, fetch: 0, analyze: 0 },
    failed: 0,
    added: 0,
    duplicates: 0,
    analysed: 0,
    skippedAnalyses: 0,
    ms: { prepare: 0, lockWait: 0, place: 0, analysis: 0, queue: 0, fetch: 0 },
  };
  private readonly inc: Incremental;
  private readonly log: Logger;
  private stopping = false;
  private current: Array<{ queue: QueueName; job: Job }> = [];
  /** The heartbeat thread (src/queue/heartbeat.ts): moves the lease of the current jobs forward. */
  private heartbeat: Thread | null = null;
  private wake: () => void = () => {};
  /** This worker's liveness key (`holdWorkerLock`): its `place` jobs are marked with it. */
  private readonly key = 1 + (randomBytes(4).readUInt32BE(0) % 0x7ffffffe);
  private turn = 0;

  constructor(private readonly opts: WorkerOptions) {
    this.inc = new Incremental(opts.store, opts);
    this.log = opts.log.child({ worker: this.id });
  }

  /** Asks the loop to stop after the current job. */
  stop(): void {
    this.stopping = true;
    this.wake();
  }

  /** The job being run, if any (for shutdown: `abandon` fails it back to the queue). */
  get busy(): boolean {
    return this.current.length > 0;
  }

  /** The jobs being run (their heartbeat follows them). */
  private setCurrent(jobs: Array<{ queue: QueueName; job: Job }>): void {
    this.current = jobs;
    const m: HeartbeatMessage = { jobs: jobs.map((c) => ({ id: c.job.id, queue: c.queue })) };
    this.heartbeat?.postMessage(m);
  }

  private startHeartbeat(): void {
    const data: HeartbeatData = {
      role: 'corroborate-heartbeat',
      connectionString: this.opts.queue.connectionString,
      schema: this.opts.queue.schema,
      everyMs: queueSettings.heartbeatSeconds * 1000,
      leaseSeconds: queueSettings.leaseSeconds,
      maxJobSeconds: queueSettings.maxJobSeconds,
    };
    try {
      const t = new Thread(new URL('./heartbeat.js', import.meta.url), { workerData: data });
      t.unref();
      t.on('message', (m: { error?: string }) => {
        if (m.error) this.log.log('warn', 'heartbeat failed (will try again)', { error: m.error });
      });
      t.on('error', (e) => {
        this.log.log('error', 'heartbeat stopped: running jobs may be retried by others after their lease', {
          error: errorMessage(e),
        });
        this.heartbeat = null;
      });
      this.heartbeat = t;
    } catch (e) {
      this.log.log('error', 'no heartbeat: running jobs may be retried by others after their lease', {
        error: errorMessage(e),
      });
    }
  }

  /** Fails the current jobs back to their queue (they are retried by another worker). */
  async abandon(reason: string): Promise<void> {
    for (const c of this.current) {
      await this.opts.queue.boss.fail(c.queue, c.job.id, { message: reason }).catch(() => {});
      this.log.log('warn', 'job returned to the queue', { queue: c.queue, job: c.job.id, reason });
    }
  }

  async run(): Promise<WorkerStats> {
    const queues = QUEUES.filter((q) => !(q === 'analyze' && this.opts.noAnalysis)).filter(
      (q) => !(q === 'fetch' && !this.opts.fetcher),
    );
    this.startHeartbeat();
    const release = await this.opts.queue.holdWorkerLock(this.key);
    this.log.log('info', 'worker started', { queues });
    let idleRounds = 0;
    while (!this.stopping) {
      if (await this.next(queues)) {
        idleRounds = 0;
        continue;
      }
      const sent = await this.settle();
      if (this.opts.exitWhenIdle && !sent && (await this.opts.queue.pending()) === 0) {
        // twice in a row, a poll apart: another worker's last job may be about to send more
        if (++idleRounds >= 2) break;
      } else idleRounds = 0;
      if (this.stopping) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, this.opts.pollMs ?? queueSettings.pollMs);
        this.wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
    await this.heartbeat?.terminate();
    this.heartbeat = null;
    await release();
    this.stats.placement = this.inc.profile;
    const cpu = process.cpuUsage();
    this.log.log('info', 'worker stopped', {
      ...this.stats,
      // the process's own CPU time (ms; user + system): placement is CPU on two sides, here and in the server
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      rssMB: Math.round(process.memoryUsage().rss / 1e6),
    });
    return this.stats;
  }

  /**
   * Runs the next job, taking the queues in turn (so analysis is not starved while reports keep
   * coming). False when every queue is empty.
   */
  private async next(queues: readonly QueueName[]): Promise<boolean> {
    for (let k = 0; k < queues.length; k++) {
      const queue = queues[(this.turn + k) % queues.length]!;
      let ran: boolean;
      if (queue === 'place') ran = await this.placeNext();
      else {
        const t = performance.now();
        const [job] = await this.opts.queue.boss.fetch<unknown>(queue, {
          batchSize: 1,
          includeMetadata: true,
        });
        this.stats.ms.queue += performance.now() - t;
        ran = !!job;
        if (job) await this.runJob(queue, job);
      }
      if (ran) {
        this.turn = (this.turn + k + 1) % queues.length;
        return true;
      }
    }
    return false;
  }

  /**
   * Takes a batch of `place` jobs (queue order) and places their reports in two steps:
   * 1. outside the placement lane, in parallel with other workers: `prepare` each report (duplicate
   *    check, cleaning and features, candidate stories, their members, similarities: the decision,
   *    from the store as it is now);
   * 2. under the lane (the store-wide placement lock), one report at a time in queue order: `commit` it,
   *    which re-checks the decision against what was placed since it was read (another worker's report
   *    that shares its look-up terms or joined its candidates, or a split or merge) and makes it again if
   *    so, then stores and places the report. At the store's report-count multiples of `analyzeEvery`
   *    the marked stories are refined under the same lock.
   * So the lane is held only for the re-check and the write (plus a decision made again where the store
   * changed), and two workers never start two stories for one event: every decision that commits is
   * one made (or confirmed) with every earlier placement visible. The jobs are completed after the lane
   * is released; the heartbeat keeps their lease while they are held (a dead worker's come back after
   * it, and a report placed already is then a duplicate: nothing is written twice).
   */
  private async placeNext(): Promise<boolean> {
    const tq = performance.now();
    // a dead worker's jobs first (its liveness lock is free): placed now, near their place in the queue
    let jobs = await this.opts.queue.takeOverPlaces(this.key, queueSettings.placeBatch);
    if (jobs.length)
      this.log.log('warn', 'jobs of a dead worker taken over', { queue: 'place', jobs: jobs.length });
    else {
      jobs = await this.opts.queue.boss.fetch<unknown>('place', {
        batchSize: queueSettings.placeBatch,
        includeMetadata: true,
      });
      await this.opts.queue.claimPlaces(
        jobs.map((j) => j.id),
        this.key,
      );
    }
    this.stats.ms.queue += performance.now() - tq;
    if (!jobs.length) return false;
    const t0 = performance.now();
    let boundary = false;
    this.setCurrent(jobs.map((job) => ({ queue: 'place' as const, job })));
    try {
      this.log.log('debug', 'jobs taken', { queue: 'place', jobs: jobs.length });
      const out: Array<{ job: Job; prepared?: Prepared; placed?: Placement; error?: unknown }> = [];
      for (const job of jobs) {
        try {
          out.push({ job, prepared: await this.inc.prepare((job.data as PlaceJob).raw) });
        } catch (e) {
          out.push({ job, error: e });
        }
      }
      const t1 = performance.now();
      this.stats.ms.prepare += t1 - t0;
      let tLocked = 0;
      try {
        await this.opts.store.withPlacementLock(async () => {
          tLocked = performance.now();
          for (const o of out) {
            if (!o.prepared) continue;
            try {
              o.placed = await this.inc.commit(o.prepared);
              if (o.placed.documents != null && o.placed.documents % this.inc.settings.analyzeEvery === 0) {
                await this.inc.refinePending();
                boundary = true;
              }
            } catch (e) {
              o.error = e;
            }
          }
        });
      } finally {
        if (tLocked) {
          this.stats.ms.lockWait += tLocked - t1;
          this.stats.ms.place += performance.now() - tLocked;
        }
      }
      const done = out.filter((o) => o.placed);
      const tc = performance.now();
      if (done.length)
        await this.opts.queue.boss.complete(
          'place',
          done.map((o) => o.job.id),
        );
      for (const o of out)
        if (o.error !== undefined) await this.finish('place', o.job, 0, () => Promise.reject(o.error));
      this.stats.ms.queue += performance.now() - tc;
      const ms = Math.round((performance.now() - t0) / out.length);
      for (const { job, placed: p } of done) {
        this.stats.jobs.place++;
        if (p!.status === 'added') this.stats.added++;
        else this.stats.duplicates++;
        this.log.log('info', 'job done', {
          queue: 'place',
          job: job.id,
          ms,
          status: p!.status,
          document: p!.documentId,
          story: p!.storyId,
          created: p!.created,
        });
      }
    } finally {
      this.setCurrent([]);
    }
    if (boundary) await this.sendAnalyses();
    return true;
  }

  private async runJob(queue: QueueName, job: Job): Promise<void> {
    this.setCurrent([{ queue, job }]);
    this.log.log('debug', 'jobs taken', { queue, jobs: 1 });
    try {
      await this.finish(queue, job, 0, () =>
        queue === 'fetch'
          ? this.fetch(job.data as FetchJob, job.retryCount > 0)
          : this.analyze(job.data as AnalyzeJob),
      );
    } finally {
      this.setCurrent([]);
    }
  }

  /** Runs `work`, then completes the job with its result, or fails it with the error (pg-boss retries it). */
  private async finish(
    queue: QueueName,
    job: Job,
    spentMs: number,
    work: () => Promise<Record<string, unknown>>,
  ): Promise<void> {
    const t0 = performance.now() - spentMs;
    try {
      const result = await work();
      const tc = performance.now();
      await this.opts.queue.boss.complete(queue, job.id, result);
      this.stats.ms.queue += performance.now() - tc;
      this.stats.jobs[queue]++;
      this.log.log('info', 'job done', {
        queue,
        job: job.id,
        ms: Math.round(performance.now() - t0),
        ...result,
      });
    } catch (e) {
      this.stats.failed++;
      const message = errorMessage(e);
      const last = job.retryCount >= job.retryLimit;
      this.log.log(
        last ? 'error' : 'warn',
        last ? 'job failed (no attempts left)' : 'job failed (will retry)',
        {
          queue,
          job: job.id,
          attempt: job.retryCount + 1,
          error: message,
        },
      );
      await this.opts.queue.boss.fail(queue, job.id, { message }).catch(() => {});
    }
  }

  /**
   * Fetches a URL (a page, or a feed or list and its items not yet stored) and sends a `place` job per
   * document. A retry fetches without conditional GET: the first attempt may have stored the feed's
   * validators and died before sending its items.
   */
  private async fetch(data: FetchJob, retry: boolean): Promise<Record<string, unknown>> {
    const store = this.opts.store;
    const t0 = performance.now();
    let failure: string | null = null;
    const docs = [];
    for await (const raw of fetchDocuments([data.url], {
      fetcher: this.opts.fetcher!,
      onProblem: (p) => this.log.log('warn', p.message, { url: p.input, code: p.code }),
      onFetched: (_u, o) => {
        if (o.result === 'failed') failure = `fetching ${data.url} failed`;
      },
      ...(retry ? {} : { state: store }),
      skip: async (u: string) => {
        const key = normalizeUrl(u);
        return key ? store.hasUrl(key) : false;
      },
    }))
      docs.push({ raw });
    this.stats.ms.fetch += performance.now() - t0;
    if (failure && !docs.length) throw new Error(failure);
    await this.opts.queue.sendPlaces(docs);
    return { documents: docs.length };
  }

  /**
   * Analyses one story, holding its analysis lock; skipped when the latest analysis already covers
   * exactly its current members (the result is a function of the member set). When another worker holds
   * the lock, the job is sent again a little later.
   */
  private async analyze(data: AnalyzeJob): Promise<Record<string, unknown>> {
    const store = this.opts.store;
    const t0 = performance.now();
    const r = await store.tryStoryLock(data.storyId, async () => {
      const members = await store.storyMemberIds(data.storyId, 1_000_000);
      const latest = await store.latestAnalysis(data.storyId);
      if (latest && sameMembers(latest.story.documents, members)) return { analysed: false };
      if (!members.length) return { analysed: false };
      const s = await this.inc.analyzeStory(data.storyId);
      for (const p of s.problems) this.log.log('warn', p.message, { story: data.storyId, code: p.code });
      return { analysed: true, disputesAppeared: s.disputesAppeared };
    });
    this.stats.ms.analysis += performance.now() - t0;
    if (!r.ran) {
      await this.opts.queue.send('analyze', data, data.storyId, 2);
      return { story: data.storyId, busy: true };
    }
    if (r.value.analysed) this.stats.analysed++;
    else this.stats.skippedAnalyses++;
    return { story: data.storyId, ...r.value };
  }

  /** Sends an `analyze` job for each story whose members changed (none waiting for it already). */
  private async sendAnalyses(): Promise<number> {
    if (this.opts.noAnalysis) return 0;
    let sent = 0;
    for (const id of await this.opts.store.dirtyStories())
      if (await this.opts.queue.send('analyze', { storyId: id }, id)) sent++;
    return sent;
  }

  /**
   * When the queues are empty: refines the marked stories (under the placement lock, as a single
   * process does at the end of a stream) and sends the changed stories for analysis. Returns how many
   * jobs it sent.
   */
  private async settle(): Promise<number> {
    const created = await this.opts.store.withPlacementLock(() => this.inc.refinePending());
    if (created.length) this.log.log('info', 'stories refined', { created });
    return this.sendAnalyses();
  }
}

function sameMembers(analysed: string[], members: string[]): boolean {
  if (analysed.length !== members.length) return false;
  const set = new Set(analysed);
  return members.every((m) => set.has(m));
}
