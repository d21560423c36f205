/**
 * verify on the SummEdits news development set (../shared/data/verify/summedits-news): the balanced accuracy is
 * printed overall, on the tune/test split of its articles and per edit type. The assertion is a floor that
 * guards against regressions (the figure is far from the 80: see docs/decisions.md). Skips without
 * ../shared.
 */
import { describe, expect, it } from 'vitest';
import { sharedPath, skipMessage } from '../helpers/paths.js';

const file = sharedPath('data/verify/summedits-news/dev.json');
if (!file) console.log(skipMessage('SummEdits'));

describe.skipIf(!file)('verify on SummEdits (news, dev)', () => {
  it('scores above chance, with no consistent-looking negation or antonym edit left unflagged en masse', async () => {
    // a plain ESM script without types (named by a variable, so the type checker does not look for them)
    const script = '../../scripts/summedits.mjs';
    const se = await import(script);
    const rows = se.runSummEdits(file);
    console.log(se.summEditsLines(rows).join('\n'));
    const all = se.balanced(rows);
    expect(all.n).toBe(411);
    expect(all.ba).toBeGreaterThan(52);
    const types = new Map(se.byEditType(rows) as [string, { n: number; caught: number }][]);
    expect(
      types.get('negation_insertion_removal')!.caught / types.get('negation_insertion_removal')!.n,
    ).toBeGreaterThan(0.8);
  });
});
