/**
 * Twenty-third session: a conjunct after a value ("… at about 04:10 and sent a distress call") does not govern it.
 */
import { describe, expect, it } from 'vitest';
import { alignSettings } from '../../src/settings/align.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { rawDoc } from '../helpers/docs.js';
import { framedReports, OUTLETS, valuesOf, withSetting } from '../helpers/stories.js';

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
    withSetting(alignSettings, 'coordinatedVerbAfter', false, () => expect(times()).toHaveLength(0));
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
    withSetting(alignSettings, 'seriesOwnClause', false, () => expect(times()).toHaveLength(0));
  });
});

describe('a tally the later report gives as of its own time has risen since the earlier report', () => {
  const flood = (extra: string) =>
    `Flash floods swept through the Orrin valley on Saturday after a night of torrential rain. ${extra} Roads into the valley stayed closed.`;
  const reports = (texts: [string, string][]) =>
    analyzeDocuments(
      texts.map(([t, published], i) =>
        rawDoc(`r${i}`, flood(t), { source: OUTLETS[i]!, published, language: 'en' }),
      ),
    );
  const texts: [string, string][] = [
    ['Two people died in the floods on Saturday, police said.', '2026-03-08T07:00:00+01:00'],
    ['Five people have now died in the floods, police said.', '2026-03-09T18:00:00+01:00'],
  ];

  it('does not set "Two people died" (morning) against "Five people have now died" (next evening)', () => {
    expect(valuesOf(reports(texts), 'number')).toHaveLength(0);
    withSetting(alignSettings, 'tallyRisen', false, () =>
      expect(valuesOf(reports(texts), 'number')).toHaveLength(1),
    );
  });

  it('still sets a later tally below the earlier figure against it', () => {
    const lower: [string, string][] = [
      ['Five people died in the floods on Saturday, police said.', '2026-03-08T07:00:00+01:00'],
      ['Two people have now died in the floods, police said.', '2026-03-09T18:00:00+01:00'],
    ];
    expect(valuesOf(reports(lower), 'number')).toHaveLength(1);
  });
});

describe('people of two kinds counted by one figure, and states told in the past', () => {
  const sinking = (extra: string) =>
    `The ferry Morna ran aground in the Orrin estuary on Saturday evening during a storm. ${extra} Divers were searching the hull on Sunday.`;
  const texts: [string, string][] = [
    [
      'The Morna was carrying 112 passengers and crew when it hit the sandbank, the operator said.',
      '2026-03-08T07:00:00+01:00',
    ],
    [
      'The Morna was carrying 140 people when it hit the sandbank, the coastguard said.',
      '2026-03-08T21:00:00+01:00',
    ],
  ];
  const disputes = () =>
    valuesOf(
      analyzeDocuments(
        texts.map(([t, published], i) =>
          rawDoc(`r${i}`, sinking(t), { source: OUTLETS[i]!, published, language: 'en' }),
        ),
      ),
      'number',
    );

  it('sets "112 passengers and crew" against "140 people", both on board when it struck', () => {
    expect(disputes()).toHaveLength(1);
    for (const key of ['peopleJoined', 'pastStatesAtEvent'] as const)
      expect(withSetting(alignSettings, key, false, disputes)).toHaveLength(0);
  });
});

describe('acts of accidents and disasters are classes of their own', () => {
  const mine = (extra: string) =>
    `A tunnel collapsed at the Orrin copper mine on Tuesday morning. ${extra} The mine will stay closed until an inquiry reports.`;
  it('sets "eleven miners were trapped" against "thirteen miners were entombed"', () => {
    const texts = [
      'Eleven miners were trapped underground for three days, the company said.',
      'Thirteen miners were entombed underground for three days, the company said.',
    ];
    expect(valuesOf(framedReports(mine, texts), 'number')).toEqual([['Eleven', 'Thirteen']]);
  });
  it('sets "the roof gave way at about 6.20 a.m. on Tuesday" against "gave way at 23:40 on Monday"', () => {
    const texts = [
      'The roof of the haulage tunnel gave way at about 6.20 a.m. on Tuesday, shortly after the shift began.',
      'The roof of the haulage tunnel gave way at 23:40 on Monday, towards the end of the night shift.',
    ];
    expect(valuesOf(framedReports(mine, texts), 'date')).toHaveLength(1);
  });
});

describe('two measures from two named points do not contradict', () => {
  const race = (extra: string) =>
    `The Orrin city marathon was won in a course record on Sunday, but the race was overshadowed by a runner's collapse. ${extra} He was later said to be stable.`;
  const texts = [
    'A marshal saved the life of a runner who collapsed just four kilometres from the finish.',
    'The day was overshadowed when an amateur runner collapsed at the 38km mark.',
  ];
  it('does not set "four kilometres from the finish" against "the 38km mark"', () => {
    const numbers = () => valuesOf(framedReports(race, texts), 'number');
    expect(numbers()).toHaveLength(0);
    withSetting(alignSettings, 'measuredFromPoint', false, () => expect(numbers()).toHaveLength(1));
  });
});

describe('a length of a thing and a depth below a point do not contradict', () => {
  const mine = (extra: string) =>
    `Rescuers reached eleven miners trapped at the Orrin copper mine on Friday. ${extra} All eleven were taken to hospital.`;
  it('does not set "cut through some 30 metres of fallen rock" against "working more than 600 metres below the surface"', () => {
    const texts = [
      '"The rock was still moving while we worked," said the rescue chief, whose teams cut through some 30 metres of fallen rock.',
      'They were working more than 600 metres below the surface when the rock moved.',
    ];
    expect(valuesOf(framedReports(mine, texts), 'number')).toHaveLength(0);
  });
});

describe('people of a list may each carry an apposition', () => {
  const trial = (extra: string) =>
    `A court in Orrin on Tuesday convicted the former port director Anton Varga of taking bribes. ${extra} He will appeal.`;
  it('sets "Mira Kell, the firm\'s founder, and Paul Orsen" against "Mira Kell, who was jailed for three years, and its treasurer, Ivo Brandt"', () => {
    const texts = [
      'The court also convicted Mira Kell, the founder of Portline, and Paul Orsen.',
      'Also convicted were Mira Kell, who was jailed for three years, and its former treasurer, Ivo Brandt.',
    ];
    const lists = () => valuesOf(framedReports(trial, texts), 'list');
    expect(lists()).toHaveLength(1);
    withSetting(alignSettings, 'appositiveListMembers', false, () => expect(lists()).toHaveLength(0));
  });
});
