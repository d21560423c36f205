/** A unit of measure after a number is what it counts, whatever noun follows (src/nlp/quantities.ts, twenty-second
 * session). */
import { afterEach, describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/nlp/quantities.js';
import { quantSettings } from '../../src/settings/quant.js';

const counted = (t: string) =>
  findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.text, q.counted ?? null]);

describe('quantities: a unit of measure is the head of what a number counts', () => {
  afterEach(() => {
    quantSettings.unitIsHead = true;
    quantSettings.pluralHead = true;
  });

  it('counts yards in "226 yards rushing", not "rushing"', () => {
    expect(counted("Charles' 226 yards rushing was a franchise record.")).toEqual([['226', 'yard']]);
    quantSettings.unitIsHead = false;
    // (a plural before a singular word is also the head: that rule off too)
    quantSettings.pluralHead = false;
    expect(counted("Charles' 226 yards rushing was a franchise record.")).toEqual([['226', 'rushing']]);
  });

  it('still reads a compound of two nouns that are no unit ("12 bank workers")', () => {
    expect(counted('The fire killed 12 bank workers.')).toEqual([['12', 'worker']]);
  });
});
