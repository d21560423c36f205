// HTML extraction benchmark: pages/s, MB/s, both body F1 figures, metadata accuracy, peak memory.
// Skips with a message when ../shared is absent (CORROBORATE_SHARED overrides its location).
// The machine is shared, so absolute pages/s move with its load: we also time plain Readability.js over
// linkedom on the same pages, interleaved page by page with ours, so both see the same load.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { runEval, printEval, loadAeb, loadWcxb, shared } from './html-eval.mjs';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

export default async function htmlBench() {
  if (!existsSync(path.join(shared, 'data'))) {
    console.log(`html: ${shared} is absent, skipping (set CORROBORATE_SHARED to run it elsewhere)`);
    return;
  }
  const res = await runEval();
  printEval(res);

  const here = path.dirname(fileURLToPath(import.meta.url));
  const { extractHtml } = await import(
    pathToFileURL(path.resolve(here, '../dist/ingest/html/index.js')).href
  );
  const plain = (html) => {
    try {
      const { document } = parseHTML(html);
      new Readability(document).parse();
    } catch {
      /* baseline only */
    }
  };
  const ours = (html) => extractHtml(html, {});
  let msPlain = 0,
    msOurs = 0,
    n = 0;
  for (const p of [...loadAeb(), ...loadWcxb()]) {
    const html = p.html;
    const order = n++ % 2 ? [ours, plain] : [plain, ours];
    for (const f of order) {
      const t0 = performance.now();
      f(html);
      const dt = performance.now() - t0;
      if (f === ours) msOurs += dt;
      else msPlain += dt;
    }
  }
  console.log(
    `interleaved, same pages: ours ${(n / (msOurs / 1000)).toFixed(1)} pages/s, plain Readability.js + linkedom ` +
      `${(n / (msPlain / 1000)).toFixed(1)} pages/s (ours ${((msPlain / msOurs) * 100).toFixed(0)}% of its speed)`,
  );
}
