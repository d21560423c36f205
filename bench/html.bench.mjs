// HTML extraction benchmark: pages/s, MB/s, both body F1 figures, metadata accuracy, peak memory.
// Skips with a message when ../shared is absent (CORROBORATE_SHARED overrides its location).
// Also times plain Readability.js over linkedom on the same pages in the same process, since the
// machine is shared and absolute pages/s move with its load.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { runEval, printEval, loadAeb, loadWcxb, shared } from './html-eval.mjs';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';

export default async function htmlBench() {
  if (!existsSync(path.join(shared, 'data'))) {
    console.log(`html: ${shared} is absent, skipping (set CORROBORATE_SHARED to run it elsewhere)`);
    return;
  }
  // baseline first (a later run would pay for the heap the evaluation leaves behind)
  let pages = [...loadAeb(), ...loadWcxb()];
  let ms = 0;
  for (const p of pages) {
    const t0 = performance.now();
    try {
      const { document } = parseHTML(p.html);
      new Readability(document).parse();
    } catch {
      /* baseline only */
    }
    ms += performance.now() - t0;
  }
  const base = pages.length / (ms / 1000);
  pages = null;
  const res = await runEval();
  printEval(res);
  console.log(
    `baseline (measured first) plain Readability.js + linkedom, same pages, same process: ${base.toFixed(1)} pages/s ` +
      `(ours ${((res.speed.pagesPerSec / base) * 100).toFixed(0)}% of it)`,
  );
}
