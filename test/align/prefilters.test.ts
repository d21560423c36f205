/**
 * The speed prefilters (docs/decisions.md, "Speed (ninth session)"): a pattern is run only where the text holds a
 * word every match of it holds. These tests read invented sentences with each of those words in each of its forms and
 * cases, so a prefilter that forgot one ("decision" is not "decid…") loses the fact and fails here.
 */
import { describe, expect, it } from 'vitest';
import { annotate, datedContext } from '../../src/nlp/index.js';
import { clausesOf } from '../../src/align/clauses.js';
import { storyFacts } from '../../src/align/disputes.js';
import { alignStory } from '../../src/align/index.js';
import { playsOf } from '../../src/align/game.js';
import { timesOfDay } from '../../src/align/clock.js';
import { monthDaysIn } from '../../src/nlp/times.js';
import { resolveEntities } from '../../src/nlp/index.js';
import { cleanDoc } from '../helpers/docs.js';

const factsOf = (text: string) => storyFacts(clausesOf(annotate(cleanDoc('d', text)), 0, { short: true }));
const votesAgainst = (text: string) =>
  factsOf(text)
    .filter((f) => f.slot === 'vote:against')
    .map((f) => f.interval![0]);

describe('prefilters keep every fact their patterns read', () => {
  it('a vote split under each word that can lead or follow it, in any case', () => {
    expect(votesAgainst('The Harlow council voted five to two to close the ferry pier.')).toEqual([2]);
    expect(votesAgainst('The Harlow council VOTED five to two to close the ferry pier.')).toEqual([2]);
    expect(votesAgainst('The appeal court upheld the ban by a 5-2 decision on Tuesday.')).toEqual([2]);
    expect(votesAgainst('The appeal court upheld the ban in a 4-3 ruling on Tuesday.')).toEqual([3]);
    expect(votesAgainst('The jury returned a 10-2 verdict against the landlord.')).toEqual([2]);
    expect(votesAgainst('The board decided 6-1 to sell the old depot.')).toEqual([1]);
    expect(votesAgainst('The bill passed with a 7-4 majority in the chamber.')).toEqual([4]);
    expect(votesAgainst('The plan was approved by a margin of 9 to 3 in the assembly.')).toEqual([3]);
    expect(votesAgainst('The council unanimously approved the new harbour budget.')).toEqual([0]);
    // no such word: no vote
    expect(votesAgainst('The ferry carried 5-2 passengers and cars across the bay.')).toEqual([]);
  });

  it('a bearing from a place in kilometres, kilometers, km or miles; a block of a street', () => {
    const bearings = (text: string) =>
      factsOf(text)
        .filter((f) => f.slot.startsWith('bearing:'))
        .map((f) => [f.slot, f.interval![0]]);
    expect(bearings('The trawler sank 40 km north of Varro after the storm.')).toEqual([
      ['bearing:varro', 0],
    ]);
    expect(bearings('The trawler sank 40 kilometres east of Varro after the storm.')).toEqual([
      ['bearing:varro', 90],
    ]);
    expect(bearings('The trawler sank 40 kilometers south of Varro after the storm.')).toEqual([
      ['bearing:varro', 180],
    ]);
    expect(bearings('The trawler sank 25 nautical miles west of Varro after the storm.')).toEqual([
      ['bearing:varro', 270],
    ]);
    expect(bearings('The trawler sank near the harbour of Varro after the storm.')).toEqual([]);
    const blocks = (text: string) =>
      factsOf(text)
        .filter((f) => f.slot.startsWith('block:'))
        .map((f) => [f.slot, f.interval![0]]);
    expect(blocks('A courier was robbed in the 4700 block of Oak Avenue on Friday.')).toEqual([
      ['block:oak avenue', 4700],
    ]);
  });

  it("a report's dated context needs a year in four digits; one is still found where it stands", () => {
    const day = (text: string) => datedContext(text)?.toISOString().slice(0, 10) ?? null;
    expect(day('HARLOW, May 19, 2024 - The ferry pier was closed on Sunday.')).toBe('2024-05-19');
    expect(day('HARLOW, May 19 - The ferry pier was closed on Sunday after 12 days of repairs.')).toBeNull();
  });

  it('a hedge or a loaded term of several words is counted where all its words stand, in any case', () => {
    const text =
      'The mayor IS SAID TO have resigned. The so-called deal may have collapsed. According to aides, it is unclear who lashed out first.';
    const d = annotate(cleanDoc('d', text, { source: 'Harlow Post' }));
    const story = alignStory({ id: 's', docs: [d], entities: resolveEntities([d]) });
    const f = story.framing![0]!;
    expect(Object.fromEntries(f.hedges.map((h) => [h.term, h.count]))).toEqual({
      'according to': 1,
      'is said to': 1,
      'it is unclear': 1,
      'may have': 1,
      'so-called': 1,
    });
    expect(Object.fromEntries(f.loadedTerms.map((h) => [h.term, h.count]))).toEqual({
      'lashed out': 1,
      'so-called': 1,
    });
  });

  it('a game report is known once per report: a score and a game word in its text, wherever they stand', () => {
    const plays = (text: string) =>
      clausesOf(annotate(cleanDoc('d', text)), 0).flatMap((c) => playsOf(c).map((p) => p.kind));
    const game =
      'The Otters beat the Rams 20-13 on Sunday. Mason threw an interception early in the third quarter of the game.';
    expect(plays(game)).toEqual(['intercept']);
    // no score anywhere in the report: no play, though another report read before had one
    expect(
      plays(
        'The Otters beat the Rams on Sunday. Mason threw an interception early in the third quarter of the game.',
      ),
    ).toEqual([]);
    expect(plays(game)).toEqual(['intercept']);
  });

  it('every part of the day and every clock time is still read; a month-day needs its day in figures', () => {
    const parts = (text: string) => timesOfDay(text, 0, null).map((t) => [t.low, t.high]);
    expect(parts('The ferry left in the Early Hours of Monday.')).toEqual([[0, 360]]);
    expect(parts('The ferry left OVERNIGHT.')).toEqual([[0, 360]]);
    expect(parts('The ferry left before dawn.')).toEqual([[0, 360]]);
    expect(parts('The ferry left at midnight on Sunday.')).toEqual([[1440, 1441]]);
    expect(parts('The ferry left at Midday.')).toEqual([[690, 750]]);
    expect(parts('The ferry left late on Friday night.')).toEqual([[1320, 1620]]);
    expect(parts('The ferry leaves tonight.')).toEqual([[1200, 1740]]);
    expect(parts('The ferry left early on Monday morning.')).toEqual([[240, 540]]);
    expect(parts('The ferry left in the afternoon.')).toEqual([[720, 1080]]);
    expect(parts('The ferry left in the Evening.')).toEqual([[1020, 1380]]);
    expect(parts('The ferry left at 21:40.')).toEqual([[1300, 1301]]);
    expect(parts('The ferry left shortly after 2 p.m.')).toEqual([[840, 885]]);
    expect(parts('The ferry left on time.')).toEqual([]);
    const days = (text: string) => monthDaysIn(text).map((m) => [m.month, m.day]);
    expect(days('The pier reopened on November 18 and again on 2 December.')).toEqual([
      [10, 18],
      [11, 2],
    ]);
    expect(days('The pier reopened in November.')).toEqual([]);
  });
});
