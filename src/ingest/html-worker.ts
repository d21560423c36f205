/** Worker thread of the HTML extraction pool: loads the extractor once, extracts one page per message. */
import { parentPort, workerData } from 'node:worker_threads';
import type { HtmlExtraction } from './html/index.js';

interface Job {
  id: number;
  html: string;
  url?: string;
}

const { extractorUrl } = workerData as { extractorUrl: string };
const mod = (await import(extractorUrl)) as {
  extractHtml: (html: string, opts: { url?: string }) => HtmlExtraction;
};

parentPort!.postMessage({ ready: true });

parentPort!.on('message', (job: Job) => {
  try {
    const result = mod.extractHtml(job.html, job.url ? { url: job.url } : {});
    parentPort!.postMessage({ id: job.id, result });
  } catch (e) {
    const err = e as { message?: string; code?: string };
    parentPort!.postMessage({ id: job.id, error: { message: err?.message ?? String(e), code: err?.code } });
  }
});
