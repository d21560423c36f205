/**
 * Twenty-third session: a conjunct after a value ("… at about 04:10 and sent a distress call") does not govern it.
 */
import { describe, expect, it } from 'vitest';
import { alignSettings } from '../../src/settings/align.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

const grounding = (extra: string) =>
  `The cargo ship Meridel ran aground off the Tallin coast on Tuesday with 23 crew aboard. ${extra} Salvage teams were expected on Wednesday.`;

describe('a verb after "and" heads its own conjunct, not the value before it', () => {
  it('sets "struck the reef at about 04:10 and sent a distress call" against "struck the reef at around 5.30 a.m."', () => {
    const texts = [
      'The Meridel struck the Ostby reef at about 04:10 on Tuesday and sent a distress call minutes later.',
      'The Meridel struck the Ostby reef at around 5.30 a.m. on Tuesday, harbour officials said.',
    ];
    const times = () => valuesOf(framedReports(grounding, texts), 'date');
    expect(times()).toHaveLength(1);
    const saved = alignSettings.coordinatedVerbAfter;
    alignSettings.coordinatedVerbAfter = false;
    try {
      expect(times()).toHaveLength(0);
    } finally {
      alignSettings.coordinatedVerbAfter = saved;
    }
  });
});

const outage = (extra: string) =>
  `A cyberattack shut down the computer systems of the Orrin water utility this week. ${extra} Engineers expected to restore billing by Friday.`;

describe('a series word in a clause of "when" after a value marks that clause, not the value', () => {
  it('sets "attacked the servers at around 11 p.m. on Monday, when the first screens went dark" against "shortly after 3 a.m. on Tuesday"', () => {
    const texts = [
      'Hackers attacked the servers at around 11 p.m. on Monday, when the first screens went dark.',
      'Hackers attacked the servers shortly after 3 a.m. on Tuesday, the utility said.',
    ];
    const times = () => valuesOf(framedReports(outage, texts), 'date');
    expect(times()).toHaveLength(1);
    const saved = alignSettings.seriesOwnClause;
    alignSettings.seriesOwnClause = false;
    try {
      expect(times()).toHaveLength(0);
    } finally {
      alignSettings.seriesOwnClause = saved;
    }
  });
});
