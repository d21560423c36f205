/** Twenty-fourth session: a share of a scale word as a figure, and words a tabloid shouts that are no names. */
import { describe, expect, it } from 'vitest';
import { findDurations, findQuantities } from '../../src/nlp/quantities.js';
import { annotate } from '../../src/nlp/index.js';
import { quantSettings } from '../../src/settings/quant.js';
import { nlpSettings } from '../../src/settings/nlp.js';
import { cleanDoc } from '../helpers/docs.js';
import { withSetting } from '../helpers/stories.js';

const figures = (t: string) =>
  findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.text, q.low, q.high]);

describe('quantities: a share of a scale word', () => {
  it('reads "half a billion" as about 500 million and "a quarter of a million" as about 250,000', () => {
    expect(figures('The fund lost half a billion euros.')).toEqual([['half a billion', 475e6, 525e6]]);
    expect(figures('It cost a quarter of a million dollars.')).toEqual([
      ['a quarter of a million', 237_500, 262_500],
    ]);
    expect(figures('Three-quarters of a million people voted.')).toEqual([
      ['Three-quarters of a million', 712_500, 787_500],
    ]);
  });
  it('keeps the qualifier before it ("nearly half a billion" reaches up to it, not past 525 million)', () => {
    expect(figures('He plundered nearly HALF A BILLION vells.')).toEqual([
      ['nearly HALF A BILLION', 425e6, 525e6],
    ]);
  });
  it('is the share, not the scale word alone, only with the setting on', () => {
    const off = withSetting(quantSettings, 'scaleShare', false, () =>
      figures('The fund lost half a billion euros.'),
    );
    expect(off[0]?.[2]).toBe(1e9);
  });
});

describe('names: words a tabloid shouts', () => {
  const names = (t: string) => annotate(cleanDoc('d', t)).entities.map((e) => e.text);
  const text = 'A GREEDY pension boss who plundered nearly HALF A BILLION vells was jailed. NATO said so.';
  it('reads no name in "A GREEDY pension boss" or "HALF A BILLION", and keeps an acronym', () => {
    expect(names(text)).toEqual(['NATO']);
    const off = withSetting(nlpSettings, 'shoutedWords', false, () => names(text));
    expect(off).toContain('GREEDY');
  });
  it('keeps a shouted word English also knows as a noun ("BRAVE Tom Smith": a brave is a noun)', () => {
    expect(names('BRAVE Tom Smith saved the children.').join(' ')).toContain('Tom Smith');
  });
});

describe('durations: race times and compound spans', () => {
  const spans = (t: string) => findDurations(t, [{ start: 0, end: t.length }]).map((d) => [d.text, d.low]);
  it('reads "2 hours 6 minutes 41 seconds" and "in 2:06:41" as one span of 7,601 seconds', () => {
    expect(spans('Amsel crossed the line in 2 hours 6 minutes 41 seconds.')).toEqual([
      ['2 hours 6 minutes 41 seconds', 7601],
    ]);
    expect(spans('Amsel stormed to victory in 2:06:41.')).toEqual([['2:06:41', 7601]]);
    expect(spans('The hearing lasted one hour and 20 minutes.')).toEqual([['one hour and 20 minutes', 4800]]);
  });
  it('reads no span in a clock time to the second without a word of how long ("Updated 14:05:33 GMT")', () => {
    expect(spans('Updated 14:05:33 GMT.')).toEqual([]);
  });
  it('is three spans with the setting off', () => {
    const off = withSetting(quantSettings, 'raceTimes', false, () =>
      spans('Amsel crossed the line in 2 hours 6 minutes 41 seconds.'),
    );
    expect(off).toHaveLength(3);
  });
});

describe('quantities: "a metre" after a qualifier or "by"', () => {
  const measures = (t: string) =>
    findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.text, q.low, q.high, q.unit]);
  it('reads "rising by just over a metre" as more than one metre', () => {
    const t = 'The river was rising by just over a metre within two hours.';
    expect(measures(t)).toEqual([['just over a', 1, 1.5, 'm']]);
    expect(withSetting(quantSettings, 'articleUnit', false, () => measures(t))).toEqual([]);
  });
  it('reads no figure in "a mile away" or "a kilometre of road"', () => {
    expect(measures('The camp is a mile away. A kilometre of road was closed.')).toEqual([]);
  });
});
