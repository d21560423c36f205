/* global document, requestAnimationFrame -- evaluated inside the page by playwright */
// The self-contained HTML report: render time and file size for the seeds and for 1,000 ECB+ reports
// (through the real analyze pipeline), and the time Chromium takes from navigation to a rendered,
// interactive page (bar: <= 3 s for 1,000 reports), plus the time to open one report's text on click.
// Skips the ECB+ part when ../shared is absent and the browser part when /usr/bin/chromium is absent.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
// ../shared beside the repo (the main checkout); a git worktree under ../wt/ looks two levels up
const ecb =
  [
    path.resolve(root, '../shared/data/ecbplus/dev.jsonl'),
    path.resolve(root, '../../shared/data/ecbplus/dev.jsonl'),
  ].find((p) => existsSync(p)) ?? path.resolve(root, '../shared/data/ecbplus/dev.jsonl');
const CHROMIUM = '/usr/bin/chromium';

function ecbRaws(n) {
  const records = readFileSync(ecb, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const raws = [];
  for (let i = 0; raws.length < n; i++) {
    const r = records[i % records.length];
    const round = Math.floor(i / records.length);
    const id = round ? `${r.id}~${round}` : r.id;
    raws.push({
      id,
      input: id,
      format: 'text',
      text: r.text,
      removed: [],
      source: `Outlet ${i % 37}`,
      title: r.text.split('\n')[0].slice(0, 90),
      url: `https://example.org/${encodeURIComponent(id)}`,
      published: null,
      byline: null,
      language: 'en',
    });
  }
  return raws;
}

async function openInChromium(file) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return null;
  }
  const userDir = mkdtempSync(path.join(tmpdir(), 'corroborate-bench-chromium-'));
  const ctx = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await ctx.newPage();
    // warm the browser process once on a blank page so the figure is the report's own cost
    await page.goto('about:blank');
    const t0 = Date.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // rendered and interactive: the script has wired the document view, and layout is done
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(document.body.offsetHeight))));
    const openMs = Date.now() - t0;
    const t1 = Date.now();
    await page.locator('a.quote').last().click();
    await page.locator('#docbody mark').waitFor({ state: 'visible' });
    const clickMs = Date.now() - t1;
    return { openMs, clickMs };
  } finally {
    await ctx.close();
    rmSync(userDir, { recursive: true, force: true });
  }
}

function row(label, r) {
  console.log(
    `${label.padEnd(22)} ${String(r.docs).padStart(6)} ${String(r.stories).padStart(8)} ${String(r.disputes).padStart(9)} ${r.renderMs.toFixed(1).padStart(10)} ${(r.bytes / 1024).toFixed(0).padStart(8)} ${r.browser ? String(r.browser.openMs).padStart(14) : '       skipped'} ${r.browser ? String(r.browser.clickMs).padStart(9) : '  skipped'}`,
  );
}

export default async function bench() {
  const { analyzeInputs, analyzeDocuments } = await import('../dist/pipeline/analyze.js');
  const { renderHtml } = await import('../dist/report/html.js');
  const out = path.join(root, '.bench-out');
  mkdirSync(out, { recursive: true });
  const hasChromium = existsSync(CHROMIUM);
  if (!hasChromium) console.log('html-report bench: /usr/bin/chromium absent, skipping the browser figures');

  const measure = async (label, report) => {
    renderHtml(report); // warm-up (JIT)
    const runs = 3;
    const t0 = performance.now();
    let html = '';
    for (let i = 0; i < runs; i++) html = renderHtml(report);
    const renderMs = (performance.now() - t0) / runs;
    const file = path.join(out, `${label}.html`);
    writeFileSync(file, html);
    return {
      docs: report.documents.length,
      stories: report.stories.length,
      disputes: report.stories.reduce((a, s) => a + s.disputes.length, 0),
      renderMs,
      bytes: Buffer.byteLength(html),
      browser: hasChromium ? await openInChromium(file) : null,
      file,
    };
  };

  console.log(
    'report                  docs  stories  disputes  render ms  size KB  Chromium open ms  click ms',
  );
  const seeds = (await analyzeInputs([path.join(root, 'examples/seeds')])).report;
  row('seeds', await measure('seeds', seeds));
  if (!existsSync(ecb)) {
    console.log(
      'html-report bench: ../shared/data/ecbplus/dev.jsonl absent, skipping the 1,000-report figures',
    );
    return;
  }
  const t0 = performance.now();
  const big = analyzeDocuments(ecbRaws(1000));
  const analyzeS = (performance.now() - t0) / 1000;
  const r = await measure('ecbplus-1000', big);
  row('ECB+ 1,000 (analyze)', r);
  console.log(`(analyze of the 1,000 ECB+ reports took ${analyzeS.toFixed(1)} s; files in ${out})`);
  if (r.browser)
    console.log(`Chromium open-to-rendered for 1,000 reports: ${r.browser.openMs} ms (bar <= 3000 ms)`);
}
