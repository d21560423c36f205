// The HTML report: render time and size for the seeds and for the 772 ECB+ dev reports (real analyze),
// and how long Chromium takes to open and render each (load event + first contentful paint).
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ecb = path.resolve(here, '../../shared/data/ecbplus/dev.jsonl');

export default async function bench() {
  const { analyzeDocuments } = await import('../dist/pipeline/analyze.js');
  const { renderHtml } = await import('../dist/report/html.js');
  const raw = (id, text) => ({
    id,
    input: id,
    format: 'text',
    text,
    removed: [],
    source: null,
    title: null,
    url: null,
    published: null,
    byline: null,
    language: null,
  });
  const seeds = path.resolve(here, '../examples/seeds');
  const sets = [
    [
      'seeds',
      readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => raw(f.replace(/\.txt$/, ''), readFileSync(path.join(seeds, f), 'utf8'))),
    ],
  ];
  if (existsSync(ecb)) {
    const recs = readFileSync(ecb, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // 1,000 reports: the 772 dev reports, then the first 228 again under new ids
    const ids = (i) => (i < recs.length ? recs[i].id : `${recs[i % recs.length].id}~2`);
    sets.push([
      'ECB+ 1,000 reports',
      Array.from({ length: 1000 }, (_, i) => raw(ids(i), recs[i % recs.length].text)),
    ]);
  } else console.log('html-report bench: ../shared absent, ECB+ skipped');
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-html-bench-'));
  const files = [];
  for (const [name, raws] of sets) {
    const report = analyzeDocuments(raws);
    const t = performance.now();
    const html = renderHtml(report);
    const ms = performance.now() - t;
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.html`);
    writeFileSync(file, html);
    files.push([name, file]);
    console.log(
      `${name}: ${raws.length} reports, ${report.stories.length} stories, render ${ms.toFixed(0)} ms, ${(html.length / 1024).toFixed(0)} KB`,
    );
  }
  if (!existsSync('/usr/bin/chromium'))
    return console.log('html-report bench: /usr/bin/chromium absent, browser timing skipped');
  const { chromium } = await import('playwright-core');
  const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'corroborate-chr-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  for (const [name, file] of files) {
    const page = await ctx.newPage();
    const t = performance.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const wall = performance.now() - t;
    const fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    console.log(
      `${name}: Chromium open to load event ${wall.toFixed(0)} ms, first contentful paint ${fcp == null ? 'n/a' : fcp.toFixed(0) + ' ms'}`,
    );
    await page.close();
  }
  await ctx.close();
}
