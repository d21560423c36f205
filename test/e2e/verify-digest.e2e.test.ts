/**
 * The verify and digest pages in real Chromium (Debian's /usr/bin/chromium via playwright-core), as the report's
 * browser tests: injected script never runs, axe-core finds no serious or critical issue, the keyboard works.
 * Skips with a message when Chromium is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { analyzeDocuments, analyzeInputs } from '../../src/pipeline/analyze.js';
import { prepareReports, verifyDraft } from '../../src/verify/index.js';
import { renderVerifyHtml } from '../../src/verify/html.js';
import { digestReport } from '../../src/digest/index.js';
import { renderDigestHtml } from '../../src/digest/render.js';
import { readAllInputs } from '../../src/ingest/index.js';
import { repoRoot, seedsDir } from '../helpers/paths.js';
import { hostileRaws, PAYLOAD } from '../web/payloads.js';
import { hasChromium, launch } from './browser.js';

const artifacts = path.join(repoRoot, 'test-artifacts');
const axeSource = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
if (!hasChromium)
  console.log(
    'e2e: /usr/bin/chromium is absent, skipping the verify/digest browser tests (apt-get install chromium)',
  );

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

describe.skipIf(!hasChromium)('verify and digest pages in Chromium', () => {
  let ctx: BrowserContext;
  let dir: string;
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-e2e-verify-'));
    const others = [
      '001_fd97e8f0f252003c',
      '002_ada644f3d14a6e7e',
      '003_27feef7335b410c5',
      '004_0fdcdedb755f1cd5',
    ];
    const { documents } = await readAllInputs(others.map((f) => path.join(seedsDir, `${f}.txt`)));
    const draft = readFileSync(path.join(repoRoot, 'examples/verify/seed-enrichment.txt'), 'utf8');
    writeFileSync(
      path.join(dir, 'verify.html'),
      renderVerifyHtml(verifyDraft(prepareReports(documents), { id: 'seed-enrichment', text: draft })),
    );
    // hostile draft and hostile reports
    writeFileSync(
      path.join(dir, 'verify-evil.html'),
      renderVerifyHtml(
        verifyDraft(prepareReports(hostileRaws()), {
          id: `draft ${PAYLOAD}`,
          text: `At least 12 people were killed in the flood in the valley. ${PAYLOAD} The river burst its banks on Tuesday.`,
        }),
      ),
    );
    writeFileSync(
      path.join(dir, 'digest.html'),
      renderDigestHtml(digestReport((await analyzeInputs([seedsDir])).report)),
    );
    writeFileSync(
      path.join(dir, 'digest-evil.html'),
      renderDigestHtml(digestReport(analyzeDocuments(hostileRaws()))),
    );
    ctx = await launch();
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('verify: sentences in three colours; a click shows the evidence', async () => {
    const page = await ctx.newPage();
    const events = await watch(page);
    await page.goto(pathToFileURL(path.join(dir, 'verify.html')).href);
    await page.screenshot({ path: path.join(artifacts, 'verify-seeds.png') });
    expect(await page.locator('button.sent.v-contradicted').count()).toBeGreaterThan(0);
    expect(await page.locator('button.sent.v-unsupported').count()).toBeGreaterThan(0);
    await page.locator('button.sent.v-contradicted').first().click();
    const panel = page.locator('section.ev:not([hidden])');
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.innerText()).toContain('004_0fdcdedb755f1cd5');
    expect(events).toEqual([]);
  });

  it('verify: works from the keyboard (Tab to a sentence, Enter shows its evidence, Escape returns focus)', async () => {
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'verify.html')).href);
    let tabs = 0;
    while (tabs++ < 20 && !(await page.evaluate(() => document.activeElement?.classList.contains('sent'))))
      await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id);
    expect(id).toMatch(/^s-\d+$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('section.ev:not([hidden])').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
  });

  it('verify and digest: no serious or critical accessibility violations (axe-core)', async () => {
    for (const file of ['verify.html', 'digest.html']) {
      const page = await ctx.newPage();
      await page.goto(pathToFileURL(path.join(dir, file)).href);
      const bad = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad, file).toEqual([]);
    }
  });

  it('never runs script from a hostile draft or hostile reports', async () => {
    for (const file of ['verify-evil.html', 'digest-evil.html']) {
      const page = await ctx.newPage();
      const events = await watch(page);
      await page.goto(pathToFileURL(path.join(dir, file)).href);
      for (const b of await page.locator('button.sent').all()) await b.click();
      for (const a of await page.locator('sup a').all()) await a.click({ timeout: 2000 });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(events.filter((e) => e.startsWith('dialog'))).toEqual([]);
      expect(await page.locator('body').innerText()).toContain('<script>window.__pwned=1</script>');
    }
  });

  it('digest: a citation leads to its source by keyboard', async () => {
    const page = await ctx.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'digest.html')).href);
    await page.screenshot({ path: path.join(artifacts, 'digest-seeds.png') });
    let tabs = 0;
    while (
      tabs++ < 20 &&
      !(await page.evaluate(() => /-src-\d+$/.test(document.activeElement?.getAttribute('href') ?? '')))
    )
      await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/-src-\d+$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
  });
});
