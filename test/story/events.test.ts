/**
 * Reports that share a story's people and places but tell of another event (another date) stay apart;
 * a feature piece on the same event, published later with no date of its own, joins.
 */
import { describe, expect, it } from 'vitest';
import { groupStories } from '../../src/story/index.js';
import { eventTime, splitByEventTime } from '../../src/story/events.js';
import { storySettings } from '../../src/settings/story.js';
import { makeDoc } from './fixtures.js';

const DAY = 86_400_000;
const day = (iso: string) => Math.floor(Date.parse(iso) / DAY);

const BODIES = [
  'Firefighters from Halden and Brisk fought the blaze near the Orvik Forest through the night, Colonel Marta Lind of the Halden fire service said.',
  'Mayor Peter Sand said the Orvik Forest road stayed closed while the Halden Civil Protection Agency sent two helicopters.',
  'Evacuated families from Orvik were housed in the Halden sports hall, and Colonel Marta Lind asked drivers to keep away.',
  'The Halden Civil Protection Agency said dry weather and wind had spread the fire; Mayor Peter Sand thanked the volunteers from Brisk.',
];
/** Reports of one fire in their own words (not copies: a copy joins its original whatever its date). */
const fire = (id: string, published: string, lede: string, k: number) =>
  makeDoc(id, `${lede} ${BODIES[k % 4]} ${BODIES[(k + 1) % 4]}`, { published });

describe('eventTime: the day a lede dates its event', () => {
  const at = (iso: string) => Date.parse(iso);
  it('reads a date without its year after publication as a plan, not the event (twenty-fourth session)', () => {
    const lede =
      "The commission has turned down Mollander's request for a recount, clearing the way for Lovgren to take office on 1 January. It met on Tuesday.";
    // the coming 1 January is a plan; the event is Tuesday's meeting
    expect(eventTime(lede, null, at('2026-12-02T06:30:00+01:00'), storySettings)!.day).toBe(
      day('2026-12-01'),
    );
    const off = { ...storySettings, futureDatesNoEvent: false };
    expect(eventTime(lede, null, at('2026-12-02T06:30:00+01:00'), off)!.day).toBe(day('2026-01-01'));
  });
  it('reads weekdays, "yesterday" and dates without a year against the publication date', () => {
    expect(
      eventTime('A fire broke out on Tuesday evening.', null, at('2025-08-14T10:00:00Z'), storySettings),
    ).toEqual({
      day: day('2025-08-12'),
      stated: true,
    });
    expect(
      eventTime('The bank held rates yesterday.', null, at('2025-09-18T10:00:00Z'), storySettings)!.day,
    ).toBe(day('2025-09-17'));
    // a day-month after publication is last year's
    expect(
      eventTime('It returned on 28 December.', null, at('2025-01-03T10:00:00Z'), storySettings)!.day,
    ).toBe(day('2024-12-28'));
    // the possessive names the event itself, before a later plan in the lede ("talks on Thursday")
    expect(
      eventTime(
        "Fewer than a third of teachers joined Tuesday's walkout. The minister invited the union to talks on Thursday.",
        null,
        at('2025-03-04T18:00:00Z'),
        storySettings,
      )!.day,
    ).toBe(day('2025-03-04'));
  });
  it('falls back to the publication day, and judges nothing without one', () => {
    expect(eventTime('A quiet valley remembers.', null, at('2025-08-20T10:00:00Z'), storySettings)).toEqual({
      day: day('2025-08-20'),
      stated: false,
    });
    expect(eventTime('A fire broke out on Tuesday.', null, null, storySettings)).toBeNull();
  });
});

describe('splitByEventTime', () => {
  it('sets apart a member dated far from the rest, and never the majority', () => {
    const t = (d: string, stated = true) => ({ day: day(d), stated });
    const times = [t('2025-03-04'), t('2025-03-04'), t('2025-03-05'), t('2025-03-13')];
    expect(splitByEventTime([0, 1, 2, 3], times, storySettings)).toEqual([[0, 1, 2], [3]]);
    // two against two: nothing to say which is the story
    const even = [t('2025-03-04'), t('2025-03-04'), t('2025-03-13'), t('2025-03-13')];
    expect(splitByEventTime([0, 1, 2, 3], even, storySettings)).toEqual([[0, 1, 2, 3]]);
    // an undated lede (a feature) is judged by publication with the wider margin
    const feature = [t('2025-08-09'), t('2025-08-09'), t('2025-08-10'), t('2025-08-25', false)];
    expect(splitByEventTime([0, 1, 2, 3], feature, storySettings)).toEqual([[0, 1, 2, 3]]);
  });
});

describe('groupStories: look-alike events of other dates', () => {
  const story = [
    fire(
      'a',
      '2025-08-09T20:00:00Z',
      'A wildfire forced 2,000 people from their homes near Orvik on Saturday.',
      0,
    ),
    fire('b', '2025-08-10T08:00:00Z', 'About 2,000 residents of Orvik fled a wildfire on Saturday night.', 1),
    fire('c', '2025-08-10T12:00:00Z', 'Crews battled the Orvik wildfire for a second day on Sunday.', 2),
    fire('d', '2025-08-11T09:00:00Z', 'The Orvik wildfire was contained on Monday, officials said.', 3),
  ];
  // not a copy (that would join its original whatever its date): the same people and places in other words
  const lastYear = makeDoc(
    'old',
    'Some 300 people were evacuated near Orvik on Tuesday evening after a fire broke out in scrubland. ' +
      'Colonel Marta Lind said crews from Halden and Brisk had it contained by lunchtime, and Mayor Peter ' +
      'Sand thanked the Halden Civil Protection Agency for its helicopters. The Orvik Forest road reopened ' +
      'after three hours; police have not ruled out arson.',
    { published: '2024-08-14T15:00:00Z' },
  );
  const feature = fire(
    'feature',
    '2025-08-24T09:00:00Z',
    'The smell of smoke still hangs over Orvik, where families who fled the wildfire are counting the cost.',
    2,
  );

  it("keeps last year's fire apart from this year's, though they share people and places", () => {
    const groups = groupStories([...story, lastYear]);
    const withA = groups.find((g) => g.documents.includes('a'))!;
    expect(withA.documents).toEqual(['a', 'b', 'c', 'd']);
    expect(groups.find((g) => g.documents.includes('old'))!.documents).toEqual(['old']);
  });

  it('lets a later feature piece on the same fire join', () => {
    const groups = groupStories([...story, feature]);
    expect(groups).toHaveLength(1);
  });
});
