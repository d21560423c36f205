/**
 * Adversarial shapes (issue 12): for each pattern family that used to be quadratic, a ~1 MB one-line
 * input analyses within 3x the time of 1 MB of ordinary prose, measured in the same run (the test
 * asserts the ratio, not seconds, so a loaded machine does not fail it).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { rawDoc } from '../helpers/docs.js';
import { hostileShapes, prose } from './shapes.js';

const SIZE = Number(process.env.CORROBORATE_SHAPES_BYTES ?? 1_000_000);
const MAX_RATIO = 3;

function timed(text: string): { ms: number; problems: number } {
  const t0 = performance.now();
  // no budget here: the test measures the whole analysis of each input
  const report = analyzeDocuments([rawDoc('doc', text)], [], {
    analysisBudgetMs: Infinity,
    maxAnalysisChars: Infinity,
  });
  return { ms: performance.now() - t0, problems: report.problems?.length ?? 0 };
}

describe('adversarial shapes analyse in linear time', () => {
  it(`each 1 MB hostile line takes at most ${MAX_RATIO}x the time of 1 MB of prose`, () => {
    timed(prose(20_000)); // load the model and warm up before measuring
    const base = timed(prose(SIZE)).ms;
    const rows: string[] = [`prose ${SIZE} chars: ${base.toFixed(0)} ms`];
    const ratios: Record<string, number> = {};
    for (const [name, text] of Object.entries(hostileShapes(SIZE))) {
      const { ms } = timed(text);
      ratios[name] = ms / base;
      rows.push(`${name}: ${ms.toFixed(0)} ms, ratio ${(ms / base).toFixed(2)}`);
    }
    console.log(rows.join('\n'));
    for (const [name, ratio] of Object.entries(ratios)) expect(ratio, name).toBeLessThanOrEqual(MAX_RATIO);
  }, 600_000);
});
