/**
 * Twentieth session: a figure of a clause of "when" after a noun phrase a series word marks ("the latest riots
 * overnight, when youths attacked two shops") is that occurrence's, not the story's own. Invented reports.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { alignSettings } from '../../src/settings/align.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

const riots = (extra: string) =>
  `Protests against the new fuel tax turned violent in the port city of Velm on Saturday. ${extra} The mayor called for calm.`;

const first = 'Masked protesters smashed windows and set fire to three shops near the harbour, police said.';

describe('a figure of a "when" clause after a series word', () => {
  afterEach(() => {
    alignSettings.seriesWhenClause = true;
  });

  it('is the marked occurrence\'s: "the latest riots overnight, when youths attacked two shops"', () => {
    const later =
      'The city was calm on Monday, but broken glass bore witness to the latest, sporadic riots overnight, when ' +
      'a few hundred youths attacked a police station and set fire to two shops.';
    expect(valuesOf(framedReports(riots, [first, later], null), 'number')).toEqual([]);
    alignSettings.seriesWhenClause = false;
    expect(valuesOf(framedReports(riots, [first, later], null), 'number')).toEqual([['three', 'two']]);
  });

  it('leaves a time before "when" alone ("last night, when")', () => {
    const same =
      'The city was calm on Sunday after the riots last night, when a few hundred youths set fire to two shops.';
    expect(valuesOf(framedReports(riots, [first, same], null), 'number')).toEqual([['three', 'two']]);
  });
});
