/**
 * Twenty-fourth session: rules found on the blind corpora (data/blind), each shown to make the difference by turning
 * its setting off.
 */
import { describe, expect, it } from 'vitest';
import { alignSettings } from '../../src/settings/align.js';
import { nlpSettings } from '../../src/settings/nlp.js';
import { OUTLETS, framedReports, joined, valuesOf, withSetting } from '../helpers/stories.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import { rawDoc } from '../helpers/docs.js';

/** A vote count and its recount, the frame of two tests below. */
const vote = (extra: string) =>
  `Annika Lovgren won the Korsberg mayoral election on Sunday by a narrow margin. ${extra} The result will be certified on Friday.`;

describe('a place named with and without the word of its area is one place', () => {
  const collapse = (extra: string) =>
    `A tunnel roof collapsed at a copper mine on Tuesday morning. ${extra} The Kolmar Miners' Union called for an inquiry, and the injured were taken to Kolmar General Hospital.`;
  // (a bare name that several longer names could host stays its own entity: only the place's word joins them)
  it('sets "eleven miners trapped at the Zarny mine in Kolmar Province" against "thirteen miners trapped under a Kolmar hillside"', () => {
    const texts = [
      'All eleven miners trapped underground at the Zarny copper mine in Kolmar Province are safe tonight.',
      'Thirteen miners trapped deep under a Kolmar hillside are safe after two days in the dark.',
    ];
    const counts = () => valuesOf(framedReports(collapse, texts), 'number');
    expect(counts()).toHaveLength(1);
    expect(withSetting(alignSettings, 'adminAreaPlace', false, counts)).toHaveLength(0);
  });
  it('keeps two different places apart ("in Kolmar Province" / "in Dessau Province")', () => {
    const texts = [
      'All eleven miners trapped underground at a copper mine in Kolmar Province are safe tonight.',
      'Thirteen miners trapped underground at a copper mine in Dessau Province are safe tonight.',
    ];
    expect(valuesOf(framedReports(collapse, texts), 'number')).toHaveLength(0);
  });
});

describe('people made to leave their homes are evacuated, whatever the verb', () => {
  const flood = (extra: string) =>
    `The spillway of the Talvik dam failed early on Wednesday and the river flooded the town of Ebbersund. ${extra} Schools in the valley stayed shut.`;
  it('sets "About 3,100 people were evacuated" against "Almost 5,000 people were forced from their homes"', () => {
    const texts = [
      'About 3,100 people were evacuated from the town overnight, officials said.',
      'Almost 5,000 people were forced from their homes as the water rose, officials said.',
    ];
    const counts = () => valuesOf(framedReports(flood, texts), 'number');
    expect(counts()).toHaveLength(1);
    expect(withSetting(alignSettings, 'displacedFromHomes', false, counts)).toHaveLength(0);
  });
});

describe('taking what is another\'s is one act, whatever the verb ("defrauded" / "plundered")', () => {
  const trial = (extra: string) =>
    `A court in Veldhaven sentenced Konrad Vehlmann, the former head of the city pension fund, to seven years in prison on Thursday. ${extra} He plans to appeal.`;
  it('sets "defrauding the fund of 310 million vells" against "plundered nearly half a billion vells"', () => {
    const texts = [
      'Vehlmann was found guilty of defrauding the fund of 310 million vells.',
      'Vehlmann plundered nearly half a billion vells from the fund.',
    ];
    const amounts = () => valuesOf(framedReports(trial, texts), 'number');
    expect(amounts()).toHaveLength(1);
    // ("plundered", which the tagger reads as an adjective, is the clause's verb)
    expect(withSetting(nlpSettings, 'edVerbs', false, amounts)).toHaveLength(0);
  });
});

describe('two different months are two times, in reports with no publication time', () => {
  const thefts = (extra: string) =>
    `Jewel thieves have struck repeatedly on the Riviera this year. ${extra} Police have made no arrests.`;
  it('does not set "In June, thieves stole £1.2m of jewellery" against "In July, a thief stole £88m of jewels"', () => {
    const texts = [
      'In June, thieves stole jewellery worth £1.2m from a hotel in Cannes.',
      'In July, a masked thief stole jewels worth £88m from a hotel in Cannes.',
    ];
    const counts = () => valuesOf(framedReports(thefts, texts, null), 'number');
    expect(counts()).toHaveLength(0);
    expect(withSetting(alignSettings, 'monthsApart', false, counts)).toHaveLength(1);
  });
});

describe('a figure dated by a past year is background', () => {
  const reports = (texts: string[]) =>
    analyzeDocuments(
      texts.map((t, i) =>
        rawDoc(`r${i}`, vote(t), {
          source: OUTLETS[i]!,
          published: '2026-11-30T18:00:00+01:00',
          language: 'en',
        }),
      ),
    );
  it('does not set "the 1.6% of postal ballots rejected in 2022" against "1.8% of postal ballots were rejected"', () => {
    const texts = [
      'Officials rejected 1.8% of postal ballots, the commission said.',
      'Officials rejected 1.6% of postal ballots in 2022, the commission said.',
    ];
    const shares = () => valuesOf(reports(texts), 'number');
    expect(shares()).toHaveLength(0);
    expect(withSetting(alignSettings, 'pastYearBackground', false, shares)).toHaveLength(1);
  });
});

describe("one named person's time to the second is one fact, whatever verb tells it", () => {
  const race = (extra: string) =>
    `Jonah Amsel won the Tarvesk City Marathon on Sunday in cool, still conditions. ${extra} Crowds lined the course.`;
  it('sets "Amsel crossed the line in 2 hours 6 minutes 41 seconds" against "Amsel stormed to victory in 2:06:14"', () => {
    const texts = [
      'Amsel, 27, crossed the line in 2 hours 6 minutes 41 seconds, officials said.',
      'Amsel stormed to victory in 2:06:14, smashing the course record.',
    ];
    const times = () => valuesOf(framedReports(race, texts), 'number');
    expect(times()).toHaveLength(1);
    expect(withSetting(alignSettings, 'timedSubject', false, times)).toHaveLength(0);
  });
  it('does not set a time to the second against a span of years ("ran 2:06:14" / "a record that had stood for seven years")', () => {
    const texts = [
      'Amsel stormed to victory in 2:06:14, smashing the course record.',
      'Amsel broke a course record that had stood for seven years.',
    ];
    const spans = () => valuesOf(framedReports(race, texts), 'number');
    expect(spans()).toHaveLength(0);
    expect(withSetting(alignSettings, 'durationScales', false, spans)).toHaveLength(1);
  });
});

describe("a clause of an earlier occasion is no corroboration of the story's own, where their figures differ", () => {
  it('does not join "Four years ago, 46.8 percent of the city\'s voters turned out" with "Only about 41 percent …"', () => {
    const texts = [
      "Only about 41 percent of the city's voters turned out, officials said.",
      "Four years ago, 46.8 percent of the city's voters turned out, officials said.",
    ];
    const paired = () =>
      joined(framedReports(vote, texts)).some(
        (qs) => qs.some((q) => q.includes('41 percent')) && qs.some((q) => q.includes('46.8')),
      );
    expect(paired()).toBe(false);
    expect(withSetting(alignSettings, 'pastOccasionApart', false, paired)).toBe(true);
  });
});
