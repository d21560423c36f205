/**
 * End-to-end in real Chromium (Debian's /usr/bin/chromium via playwright-core): the seeds' HTML report
 * and the web app. Screenshots go to test-artifacts/. Skips with a message when Chromium is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { analyzeDocuments, analyzeInputs } from '../../src/pipeline/analyze.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { cliPath, repoRoot, seedsDir } from '../helpers/paths.js';
import { hostileRaws } from '../web/payloads.js';
import { overviewReport } from '../helpers/overview-report.js';
import { hasChromium, launch } from './browser.js';

const artifacts = path.join(repoRoot, 'test-artifacts');
const axeSource = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
if (!hasChromium)
  console.log('e2e: /usr/bin/chromium is absent, skipping the browser tests (apt-get install chromium)');

async function watch(page: Page): Promise<string[]> {
  const events: string[] = [];
  page.on('dialog', (d) => {
    events.push(`dialog:${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => events.push(`error:${e.message}`));
  return events;
}

async function axe(page: Page): Promise<{ id: string; impact: string | null }[]> {
  // evaluated through the DevTools protocol: the page's own CSP (rightly) refuses injected script tags
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null }[] }>;
      };
    };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
  });
}

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  let ctx: BrowserContext;
  let dir: string;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-e2e-'));
    // the seeds' report exactly as a user makes it: the real CLI
    execFileSync(process.execPath, [
      cliPath,
      'analyze',
      seedsDir,
      '--format',
      'html',
      '--out',
      path.join(dir, 'seeds.html'),
    ]);
    writeFileSync(path.join(dir, 'evil.html'), renderHtml(analyzeDocuments(hostileRaws())));
    writeFileSync(path.join(dir, 'overview.html'), renderHtml(overviewReport()));
    ctx = await launch();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('the story index: badges only on stories with disputes; long titles stay in their column at 1280 and 390 px', async () => {
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'overview.html')).href);
    const badges = await page.locator('nav.overview-nav .badge').allTextContents();
    expect(badges).toEqual(['2 disputes', '2 disputes', '1 dispute']);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: path.join(artifacts, `overview-index-${width}.png`) });
      const layout = await page.evaluate(() => {
        const items = Array.from(document.querySelectorAll('nav.overview-nav li')).map((li) => {
          const r = li.getBoundingClientRect();
          const entry = li.querySelector('.entry')!;
          return {
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
            overflow: entry.scrollWidth - entry.clientWidth,
          };
        });
        return { items, pageWidth: document.documentElement.scrollWidth };
      });
      expect(layout.pageWidth).toBeLessThanOrEqual(width);
      for (const it of layout.items) expect(it.overflow).toBeLessThanOrEqual(0);
      // no two entries overlap: a long title never runs into the next column
      for (const a of layout.items)
        for (const b of layout.items)
          if (a !== b)
            expect(
              a.right <= b.left + 0.5 ||
                b.right <= a.left + 0.5 ||
                a.bottom <= b.top + 0.5 ||
                b.bottom <= a.top + 0.5,
            ).toBe(true);
      const columns = new Set(layout.items.map((i) => Math.round(i.left))).size;
      expect(columns).toBe(width === 1280 ? 2 : 1);
    }
    await page.close();
  });

  it('shows the four disputes first; a quote opens its report at the highlighted sentence', async () => {
    const page = await ctx.newPage();
    const events = await watch(page);
    await page.goto(pathToFileURL(path.join(dir, 'seeds.html')).href);
    await page.screenshot({ path: path.join(artifacts, 'seeds-report.png') });
    const cards = page.locator('article.dispute');
    expect(await cards.count()).toBe(4);
    const firstCard = await cards.first().boundingBox();
    const corroborated = await page.locator('h4', { hasText: 'Corroborated' }).boundingBox();
    expect(firstCard!.y).toBeLessThan(800);
    expect(firstCard!.y).toBeLessThan(corroborated!.y);
    // all four disputes are on the first screen at 1280x800 (the at-a-glance list above the cards)
    const glance = page.locator('ol.glance > li');
    expect(await glance.count()).toBe(4);
    for (const li of await glance.all()) expect((await li.boundingBox())!.y + 20).toBeLessThan(800);
    const quote = cards.nth(0).locator('a.quote').first();
    const expected = (await quote.innerText()).replace(/^“|”$/g, '');
    await quote.click();
    const mark = page.locator('#docbody mark#hl');
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(await mark.innerText()).toBe(expected);
    expect(
      await mark.evaluate((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }),
    ).toBe(true);
    await page.screenshot({ path: path.join(artifacts, 'seeds-quote-open.png') });
    expect(events).toEqual([]);
  });

  it('works from the keyboard: Tab to a quote, Enter opens, Escape closes and returns focus', async () => {
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'seeds.html')).href);
    let tabs = 0;
    while (tabs++ < 60 && !(await page.evaluate(() => document.activeElement?.classList.contains('quote'))))
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('quote'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('dialog#docview').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('dialog#docview').evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('quote'))).toBe(true);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'seeds.html')).href);
    const bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad).toEqual([]);
  });

  it('never runs script from hostile reports', async () => {
    const page = await ctx.newPage();
    const events = await watch(page);
    await page.goto(pathToFileURL(path.join(dir, 'evil.html')).href);
    for (const a of await page.locator('a.quote').all()) {
      await a.click();
      await page.keyboard.press('Escape');
    }
    await page.screenshot({ path: path.join(artifacts, 'hostile-report.png') });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(events.filter((e) => e.startsWith('dialog'))).toEqual([]);
    expect(await page.locator('body').innerText()).toContain('<script>window.__pwned=1</script>');
  });
});

describe.skipIf(!hasChromium)('corroborate serve in Chromium', () => {
  let ctx: BrowserContext;
  let server: ChildProcess;
  let base = '';
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-serve-'));
    const { report } = await analyzeInputs([seedsDir]);
    const evil = analyzeDocuments(hostileRaws());
    const merged = {
      ...report,
      documents: [...report.documents, ...evil.documents],
      stories: [...report.stories, ...evil.stories.map((s) => ({ ...s, id: `evil-${s.id}` }))],
    };
    writeFileSync(path.join(dir, 'report.json'), renderJson(merged));
    server = spawn(
      process.execPath,
      [cliPath, 'serve', '--port', '0', '--report', path.join(dir, 'report.json')],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('serve did not start')), 30_000);
      server.stdout!.on('data', (b: Buffer) => {
        const m = /(http:\/\/[^\s]+)/.exec(b.toString());
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!.replace(/\/$/, ''));
        }
      });
    });
    ctx = await launch();
  });
  afterAll(async () => {
    await ctx?.close();
    server?.kill('SIGTERM');
  });

  it('serves the report contract with a strict CSP', async () => {
    const list = await fetch(`${base}/api/stories`);
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(list.headers.get('x-content-type-options')).toBe('nosniff');
    const stories = (await list.json()) as { id: string; disputes: number }[];
    expect(stories[0]!.disputes).toBe(4);
    const one = (await (await fetch(`${base}/api/stories/${stories[0]!.id}`)).json()) as {
      schema: string;
      stories: unknown[];
      documents: unknown[];
    };
    expect(one.schema).toBe('corroborate/report@1');
    expect(one.stories).toHaveLength(1);
    expect(one.documents).toHaveLength(5);
    expect((await fetch(`${base}/api/stories/nope`)).status).toBe(404);
  });

  it('lists, filters and opens stories; a quote lands on its sentence; hostile text stays text', async () => {
    const page = await ctx.newPage();
    const events = await watch(page);
    await page.goto(`${base}/`);
    await page.screenshot({ path: path.join(artifacts, 'serve-list.png') });
    const listBad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(listBad).toEqual([]);
    await page.check('#disputed');
    const withDisputes = await page.locator('li[data-title]:visible').count();
    expect(withDisputes).toBeGreaterThanOrEqual(1);
    expect(withDisputes).toBeLessThanOrEqual(await page.locator('li[data-title]').count());
    await page.uncheck('#disputed');
    await page.fill('#q', 'negotiations');
    expect(await page.locator('li[data-title]:visible').count()).toBe(1);
    await page.fill('#q', '');
    await page.locator('li[data-title] a').first().click();
    expect(await page.locator('article.dispute').count()).toBe(4);
    await page.locator('article.dispute a.quote').first().click();
    await expect.poll(() => page.locator('#docbody mark#hl').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(artifacts, 'serve-story.png') });
    await page.goto(`${base}/`);
    await page.locator('li[data-title] a').last().click();
    for (const a of await page.locator('a.quote').all()) {
      await a.click();
      await page.keyboard.press('Escape');
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(events.filter((e) => e.startsWith('dialog'))).toEqual([]);
  });
});

describe('corroborate serve on inputs', () => {
  it('analyses the inputs, binds loopback on port 0, serves strict headers and stops on SIGTERM', async () => {
    const server = spawn(process.execPath, [cliPath, 'serve', seedsDir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('serve did not start')), 60_000);
        server.stdout!.on('data', (b: Buffer) => {
          const m = /(http:\/\/[^\s]+)/.exec(b.toString());
          if (m) {
            clearTimeout(timer);
            resolve(m[1]!.replace(/\/$/, ''));
          }
        });
      });
      expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const stories = (await (await fetch(`${base}/api/stories`)).json()) as {
        id: string;
        disputes: number;
        documents: number;
      }[];
      expect(stories).toHaveLength(1);
      expect(stories[0]!.documents).toBe(5);
      const page = await fetch(`${base}/stories/${encodeURIComponent(stories[0]!.id)}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'self'/);
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      const missing = await fetch(`${base}/api/stories/does-not-exist`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: string }).error).toContain('does-not-exist');
    } finally {
      const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
      server.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
