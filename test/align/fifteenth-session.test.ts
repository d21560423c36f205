/**
 * Fifteenth session: "X is not the one who fired" denies the firing, so it never corroborates "X fired".
 * Invented reports of other domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import { framedReports, joined } from '../helpers/stories.js';

const trial = (extra: string) =>
  `The trial of Dara Quill over the harbour arson opened in Osta on Tuesday, the court said. ${extra} The trial resumes on Monday.`;

describe('"is not the one who set the fire" denies setting it', () => {
  it('is no corroboration of "Quill set the fire on the pier", however close the words', () => {
    const r = framedReports(trial, [
      'His lawyer said Quill was on the pier that night but was not the one who set the fire on the pier.',
      'A witness told the court that Quill set the fire on the pier that night.',
      'A dock worker testified that Quill set the fire on the pier that night.',
    ]);
    const claims = joined(r);
    expect(claims.some((c) => c.some((x) => x.includes('not the one')))).toBe(false);
    expect(claims.some((c) => c.filter((x) => x.includes('Quill set the fire')).length === 2)).toBe(true);
  });
});

const hearing = (extra: string) =>
  `The trial of Dara Quill opened in Osta on Tuesday. ${extra} The trial resumes on Monday.`;

describe('"was not the one who poisoned the guard" against the act named by its noun', () => {
  it('is no corroboration of "the 19-year-old accused of poisoning the guard", though both say he fled', () => {
    const r = framedReports(hearing, [
      'His lawyer said Quill fled the pier that night but was not the one who poisoned the guard.',
      'Quill, the 19-year-old accused of poisoning the guard, fled the pier that night.',
      'Quill is charged with attempted murder.',
      'Three witnesses will testify.',
    ]);
    expect(joined(r).some((c) => c.some((x) => x.includes('not the one')))).toBe(false);
  });
});

const launch = (extra: string) =>
  `The Osta Space Agency launched its first weather satellite on Tuesday, the agency said. ${extra} A second launch is planned for next year.`;

describe('"within two kilometres of the target" says how near, not how high', () => {
  it('is no rival of "a planned orbit of 550 km"', () => {
    const r = framedReports(launch, [
      'The satellite reached its planned orbit of 550 km above the Earth.',
      'The satellite reached an orbit within two kilometres of the target, the agency said.',
      'The satellite reached its planned orbit of 550 km.',
    ]);
    const orbit = r.stories.flatMap((s) => s.disputes).filter((d) => d.kind === 'number');
    expect(orbit.flatMap((d) => d.positions.map((p) => p.value)).some((v) => /two/.test(v))).toBe(false);
  });
});

const vote = (extra: string) =>
  `The Orrin town council approved the new harbour budget on Thursday. ${extra} The budget takes effect in May.`;

describe('a vote split is shown as the votes against, not as a duration', () => {
  it('"voted five to two" / "unanimously": "2 against" / "0 against", asked as how many voted against', () => {
    const r = framedReports(vote, [
      'The seven-member council voted five to two for the budget.',
      'The council unanimously approved the budget on Thursday.',
      'The seven-member council voted five to two for the budget, the mayor said.',
    ]);
    const d = r.stories.flatMap((s) => s.disputes).find((x) => x.kind === 'number');
    expect(d?.about).toMatch(/^how many voted against/);
    expect(d?.positions.map((p) => p.normalized).sort()).toEqual(['0 against', '2 against']);
  });
});

describe('a month-day in reports with no publication time has no year', () => {
  it('is normalised as ISO month-day ("--11-10"), not dated in a stand-in year', () => {
    const r = framedReports(
      vote,
      [
        'The new harbour fees apply from 10 November.',
        'The new harbour fees will apply from November 12, the council said.',
        'The new harbour fees apply from 10 November, the mayor said.',
      ],
      null,
    );
    const d = r.stories.flatMap((s) => s.disputes).find((x) => x.kind === 'date');
    expect(d?.positions.map((p) => p.normalized).sort()).toEqual(['--11-10', '--11-12']);
  });
});

const ballot = (extra: string) =>
  `Voters in the port of Osta elected a new council on Sunday, the electoral office said. ${extra} The council meets in June.`;

describe('a share of the vote and a turnout are two quantities of one ballot', () => {
  it('"finished first with 38.4% of the vote" is no rival of "a turnout of 58.3%"', () => {
    const r = framedReports(ballot, [
      'The Harbour Party finished first with 38.4% of the vote, according to the certified results.',
      'A turnout of 58.3%, the highest since 2009, suggests that the party brought new voters to the polls.',
      'The Harbour Party took 38.4 percent of the vote.',
    ]);
    const figures = r.stories.flatMap((s) => s.disputes).filter((d) => d.kind === 'number');
    expect(figures.flatMap((d) => d.positions.map((p) => p.value)).some((v) => /58/.test(v))).toBe(false);
  });
  it('but two turnouts still compare ("almost five in ten members turned out" / "nearly six in ten")', () => {
    const r = framedReports(ballot, [
      'Almost five in ten members turned out, the union said.',
      'Nearly six in ten members turned out.',
      'Almost five in ten members turned out.',
    ]);
    const figures = r.stories.flatMap((s) => s.disputes).filter((d) => d.kind === 'number');
    expect(figures.flatMap((d) => d.positions.map((p) => p.value)).sort()).toEqual([
      'Almost five in ten',
      'Nearly six in ten',
    ]);
  });
});

const patch = (extra: string) =>
  `Orrin Software released an emergency patch for its Harbour browser on Tuesday, the company said. ${extra} The company urged users to update.`;

describe('one clause restricts what the other gives whole', () => {
  it('"the patch applies only to 64-bit versions of Harbour" is no corroboration of "applies to all versions of Harbour"', () => {
    const r = framedReports(patch, [
      'The emergency patch applies only to 64-bit versions of the Harbour browser.',
      'The emergency patch applies to all versions of the Harbour browser from Harbour 6 to Harbour 11.',
      'Analysts said the flaw was serious.',
    ]);
    expect(
      joined(r).some((c) => c.some((x) => x.includes('only')) && c.some((x) => x.includes('all versions'))),
    ).toBe(false);
  });
  it('but "only in version 7, on all versions of Windows" and "only in version 7" still agree', () => {
    const r = framedReports(patch, [
      'The flaw was found to exist only in version 7 of the Harbour browser.',
      'The flaw was found to exist only in Harbour 7 on all supported versions of Windows.',
      'Analysts said the flaw was serious.',
    ]);
    expect(joined(r).some((c) => c.filter((x) => x.includes('only in')).length === 2)).toBe(true);
  });
});

const fall = (extra: string) =>
  `A hiker died on Sunday in the Varn hills, the mountain rescue service said. ${extra} The path has been closed.`;

describe('two measures of one act that cannot both hold are no corroboration', () => {
  it('"died after falling about 150 metres from a ridge" / "died after falling about 60 metres from a ridge"', () => {
    const r = framedReports(fall, [
      'A 36-year-old Danish hiker is dead after falling about 150 metres at Mount Varn.',
      'On Sunday, 36-year-old Ian Vell died after slipping and falling about 60 metres (200 feet) from a ridge.',
      'Yesterday, a 36-year-old Danish hiker died after falling about 150 metres at Mt Varn.',
      'A 36-year-old Danish man died on Sunday after falling 150 meters from a ridge in Mount Varn National Park.',
    ]);
    const claims = joined(r);
    expect(claims.some((c) => c.some((x) => x.includes('150')) && c.some((x) => x.includes(' 60 ')))).toBe(
      false,
    );
    expect(claims.some((c) => c.filter((x) => x.includes('150')).length >= 2)).toBe(true);
  });
});
