/**
 * Runs extractHtml for the readers. With workers (worker_threads) pages are extracted in parallel,
 * and a page that takes longer than the time limit is cut off: its worker is terminated and replaced.
 * Idle workers are unref'd and the pool is closed after every batch, so they never keep the process alive.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError } from '../model/problems.js';
import type { HtmlExtraction } from './html/index.js';

export interface HtmlRunner {
  extract(html: string, url: string | undefined, input: string): Promise<HtmlExtraction>;
  close(): Promise<void>;
}

export interface HtmlRunnerOptions {
  workers: number;
  timeoutMs: number;
  /** Module exporting `extractHtml` (default: ./html/index.js). Tests pass a double here. */
  extractorUrl?: string;
}

type ExtractFn = (html: string, opts: { url?: string }) => HtmlExtraction;

const defaultExtractor = new URL('./html/index.js', import.meta.url).href;

/** The compiled worker script. Under vitest this module runs from src/*.ts, so use the built one in dist/. */
function workerScript(): URL | null {
  const here = import.meta.url;
  const url = here.endsWith('.ts')
    ? new URL(here.replace('/src/ingest/', '/dist/ingest/').replace(/html-pool\.ts$/, 'html-worker.js'))
    : new URL('./html-worker.js', here);
  return existsSync(fileURLToPath(url)) ? url : null;
}

function extractorFor(opts: HtmlRunnerOptions): string {
  if (opts.extractorUrl) return opts.extractorUrl;
  if (import.meta.url.endsWith('.ts')) {
    const built = import.meta.url
      .replace('/src/ingest/', '/dist/ingest/')
      .replace(/html-pool\.ts$/, 'html/index.js');
    if (existsSync(fileURLToPath(built))) return built;
  }
  return defaultExtractor;
}

export function createHtmlRunner(opts: HtmlRunnerOptions): HtmlRunner {
  const script = opts.workers > 0 ? workerScript() : null;
  return script
    ? new WorkerPool(script, opts.workers, opts.timeoutMs, extractorFor(opts))
    : new InThread(opts.extractorUrl);
}

class InThread implements HtmlRunner {
  private fn: Promise<ExtractFn> | null = null;
  constructor(private readonly extractorUrl: string | undefined) {}

  async extract(html: string, url: string | undefined): Promise<HtmlExtraction> {
    this.fn ??= (this.extractorUrl ? import(this.extractorUrl) : import('./html/index.js')).then(
      (m: { extractHtml: ExtractFn }) => m.extractHtml,
    );
    const fn = await this.fn;
    return fn(html, url ? { url } : {});
  }

  async close(): Promise<void> {}
}

interface Job {
  id: number;
  html: string;
  url: string | undefined;
  input: string;
  resolve: (r: HtmlExtraction) => void;
  reject: (e: unknown) => void;
}

type WorkerMessage =
  { ready: true } | { id: number; result?: HtmlExtraction; error?: { message: string; code?: string } };

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  dead: boolean;
  /** The extractor module is loaded: the time limit of a job starts only then. */
  ready: boolean;
}

class WorkerPool implements HtmlRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly timeoutMs: number,
    private readonly extractorUrl: string,
  ) {}

  extract(html: string, url: string | undefined, input: string): Promise<HtmlExtraction> {
    if (this.closed) return Promise.reject(new Error('HTML worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, html, url, input, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('HTML worker pool closed'));
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map((s) => {
        s.dead = true;
        if (s.timer) clearTimeout(s.timer);
        if (s.job) s.job.reject(new Error('HTML worker pool closed'));
        return s.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job && !s.dead);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      this.assign(slot, job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, {
      workerData: { extractorUrl: this.extractorUrl },
      // Flags of an `node -e` parent (--input-type) are invalid for a worker file.
      execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')),
    });
    const slot: Slot = { worker, job: null, timer: null, dead: false, ready: false };
    worker.unref();
    // A worker that cannot even load the extractor must not hang the batch either.
    const startup = setTimeout(
      () => die(new Error('worker did not start')),
      Math.max(30_000, this.timeoutMs),
    );
    startup.unref();
    worker.on('message', (msg: WorkerMessage) => {
      if ('ready' in msg) {
        clearTimeout(startup);
        slot.ready = true;
        if (slot.job) this.startTimer(slot, slot.job);
        return;
      }
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      this.finish(slot);
      if (msg.error) job.reject(new InputError(job.input, msg.error.message, msg.error.code ?? 'extract'));
      else job.resolve(msg.result!);
      this.dispatch();
    });
    const die = (err: unknown) => {
      clearTimeout(startup);
      if (slot.dead) return;
      const job = slot.job;
      this.retire(slot);
      if (job) {
        const msg = err instanceof Error ? err.message : `worker stopped (${String(err)})`;
        job.reject(new InputError(job.input, `HTML extraction failed: ${msg}`, 'extract'));
      }
      this.dispatch();
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    if (slot.ready) this.startTimer(slot, job);
    slot.worker.postMessage({ id: job.id, html: job.html, url: job.url });
  }

  private startTimer(slot: Slot, job: Job): void {
    slot.timer = setTimeout(() => {
      this.retire(slot);
      job.reject(
        new InputError(
          job.input,
          `HTML extraction took longer than ${this.timeoutMs} ms (perDocumentTimeoutMs); cut off`,
          'timeout',
        ),
      );
      this.dispatch();
    }, this.timeoutMs);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private retire(slot: Slot): void {
    this.finish(slot);
    slot.dead = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }
}
