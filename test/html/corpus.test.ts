// Quality bars on the shared extraction corpora (skips when ../shared is absent).
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedPath, skipMessage } from '../helpers/paths.js';
import { extractHtml } from '../../src/ingest/html/index.js';

// ../shared beside the repo; CORROBORATE_SHARED points elsewhere (e.g. when run from a git worktree).
const env = process.env.CORROBORATE_SHARED;
const at = (...p: string[]): string | null => sharedPath(...p) ?? (env ? path.join(env, ...p) : null);
const aebDir = at('data/extraction/scrapinghub-aeb');
const wcxbDir = at('data/extraction/wcxb-dev-articles');
const scorerPath = at('tools/extraction-score.mjs');
const ready = !!(aebDir && wcxbDir && scorerPath);
if (!ready) console.log(skipMessage('html corpus quality'));

type Scorer = {
  evaluate: (gt: object, pred: object, o: object) => { metrics: { f1: number } };
  evaluateWcxb: (gt: object, pred: object) => { metrics: { f1: number } };
};
const loadScorer = async (): Promise<Scorer> => (await import(pathToFileURL(scorerPath!).href)) as Scorer;

describe.skipIf(!ready)('html extraction quality on the shared corpora', () => {
  it('Scrapinghub AEB (all 181 pages): shingle F1 >= 0.95', async () => {
    const { evaluate } = await loadScorer();
    const gt = JSON.parse(readFileSync(path.join(aebDir!, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { url: string }
    >;
    const pred: Record<string, { articleBody: string }> = {};
    for (const [id, g] of Object.entries(gt)) {
      const html = gunzipSync(readFileSync(path.join(aebDir!, 'html', `${id}.html.gz`))).toString('utf8');
      pred[id] = { articleBody: extractHtml(html, { url: g.url }).text };
    }
    const f1 = evaluate(gt, pred, { nBootstrap: 0 }).metrics.f1;
    console.log(`AEB F1 ${f1.toFixed(4)}`);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });

  it('WCXB dev articles (every 3rd page, deterministic): word F1 >= 0.93', async () => {
    const { evaluateWcxb } = await loadScorer();
    const files = readdirSync(path.join(wcxbDir!, 'ground-truth'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .filter((_, i) => i % 3 === 0);
    const gt: Record<string, { articleBody: string }> = {};
    const pred: Record<string, { articleBody: string }> = {};
    for (const f of files) {
      const id = f.replace(/\.json$/, '');
      const d = JSON.parse(readFileSync(path.join(wcxbDir!, 'ground-truth', f), 'utf8'));
      gt[id] = { articleBody: d.ground_truth?.main_content ?? '' };
      const html = gunzipSync(readFileSync(path.join(wcxbDir!, 'html', `${id}.html.gz`))).toString('utf8');
      pred[id] = { articleBody: extractHtml(html, { url: d.url }).text };
    }
    const f1 = evaluateWcxb(gt, pred).metrics.f1;
    console.log(`WCXB F1 ${f1.toFixed(4)} on ${files.length} pages`);
    expect(f1).toBeGreaterThanOrEqual(0.93);
  });
});
