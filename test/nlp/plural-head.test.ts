/** A plural noun before a singular one is the head of what a number counts (src/nlp/quantities.ts, twenty-third
 * session). */
import { afterEach, describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/nlp/quantities.js';
import { quantSettings } from '../../src/settings/quant.js';

const counted = (t: string) =>
  findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.text, q.counted ?? null]);

describe('quantities: a plural noun is the head before a singular word', () => {
  afterEach(() => {
    quantSettings.pluralHead = true;
  });

  it('counts points in "cut the deficit to 4 points midway through", not "midway"', () => {
    const s = 'The visitors cut the deficit to 4 points midway through the final quarter.';
    expect(counted(s)).toEqual([['4', 'point']]);
    quantSettings.pluralHead = false;
    expect(counted(s)).toEqual([['4', 'midway']]);
  });

  it('counts the hikers in "six hikers standing by the road"', () => {
    const s = 'Rangers found six hikers standing by the road near the pass.';
    expect(counted(s)).toEqual([['six', 'hiker']]);
    quantSettings.pluralHead = false;
    expect(counted(s)).not.toEqual([['six', 'hiker']]);
  });

  it('keeps a compound counted in the plural and a noun only written in the plural', () => {
    expect(counted('The inspectors listed nine safety rules violations.')).toEqual([['nine', 'violation']]);
    expect(counted('The firm hired two sales staff in March.')).toEqual([['two', 'staff']]);
    expect(counted('The fire killed 12 bank workers.')).toEqual([['12', 'worker']]);
  });
});

describe('quantities: a plural after a scale word is what the figure counts', () => {
  afterEach(() => {
    quantSettings.scaledPlural = true;
  });

  it('counts "larks" in "worth around 35 million larks", a currency the tagger takes for a verb', () => {
    const s = 'The paintings are together worth around 35 million larks.';
    expect(counted(s)).toEqual([['around 35 million', 'lark']]);
    quantSettings.scaledPlural = false;
    expect(counted(s)).toEqual([['around 35 million', null]]);
  });
});
