/** A number joined by a hyphen to a noun counts that noun (src/nlp/quantities.ts, twentieth session). */
import { afterEach, describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/nlp/quantities.js';
import { quantSettings } from '../../src/settings/quant.js';

const counted = (t: string) =>
  findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.text, q.counted ?? null]);

describe('quantities: the noun a hyphen joins to a number is what it counts', () => {
  afterEach(() => {
    quantSettings.hyphenCompoundCounts = true;
  });

  it('counts yards in "an 86-yard touchdown run" and pages in "a 200-page report"', () => {
    expect(counted('He broke an 86-yard touchdown run.')).toEqual([['86', 'yard']]);
    expect(counted('They published a 200-page report.')).toEqual([['200', 'page']]);
    expect(counted('He scored on an 84-yard scamper.')).toEqual([['84', 'yard']]);
    quantSettings.hyphenCompoundCounts = false;
    expect(counted('He broke an 86-yard touchdown run.')).toEqual([['86', 'touchdown']]);
  });

  it('leaves a height and an unjoined count as they were', () => {
    expect(counted('The 6-foot-9 senior scored.')).toEqual([]);
    expect(counted('He ran 86 yards for a touchdown.')).toEqual([['86', 'yard']]);
  });
});
