/**
 * When a report's event happened, and reports set apart because they tell of another event.
 *
 * News puts the when of its event in the headline and lede ("on Tuesday evening", "on 8 March 2025",
 * "yesterday"), read against the publication date. A report that shares a story's people and places but
 * whose lede dates its event days or months away from the story's (last year's fire, a verdict nine days
 * later, an earlier recall of another product) is another event. A report whose lede names no date (a
 * feature piece, an explainer) is judged by its publication date only, with the wider margin that
 * follow-ups and features take.
 */
import type { StorySettings } from '../settings/story.js';
import { MONTHS as MONTH_TABLE } from './lexicon.js';

const DAY = 86_400_000;
const MONTHS = new Map(Object.entries(MONTH_TABLE));
const WEEKDAY_INDEX = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].map((w, i) => [w, i]),
);

/** A report's event day (days since the epoch) and whether its text states it or it is the publication day. */
export interface EventTime {
  day: number;
  stated: boolean;
}

const MONTH_NAMES = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  'i',
);
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d))?`,
  'i',
);
// "on Monday", "Monday evening", and the possessive that news uses for the event itself ("Monday's strike")
const WEEKDAY =
  /\b(?:on|last|this|late|early)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night)\b|['’]s\s)/i;
const RELATIVE = /\b(yesterday|last night|this morning|today|tonight|earlier today)\b/i;

/** The headline and lede: the title and the first `sentences` sentences of the body (header lines skipped). */
function lede(text: string, title: string | null, sentences: number): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^(?:source|published|by|updated|posted)\b[:\s]/i.test(l));
  const body = lines.join('\n');
  const parts = body.split(/(?<=[.!?])\s+|\n/).filter((s) => s.trim());
  return [title ?? '', ...parts.slice(0, sentences + 1)].join('\n');
}

function dateOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  return Number.isNaN(t) ? null : Math.floor(t / DAY);
}

/**
 * The day a report's lede dates its event, read against `published` (ms). Null without a publication time.
 */
export function eventTime(
  text: string,
  title: string | null,
  published: number | null | undefined,
  settings: Pick<StorySettings, 'leadSentences' | 'futureDatesNoEvent'>,
): EventTime | null {
  // without a publication time a lede's date may be background as well as the event: not judged
  if (published == null) return null;
  const lead = lede(text, title, settings.leadSentences);
  const pubDay = published != null ? Math.floor(published / DAY) : null;
  const pubYear = published != null ? new Date(published).getUTCFullYear() : null;
  // explicit dates: the earliest position in the lede wins
  const hits: { at: number; day: number }[] = [];
  const dm = DAY_MONTH.exec(lead);
  const md = MONTH_DAY.exec(lead);
  for (const [m, d, mo, y] of [dm && [dm, dm[1], dm[2], dm[3]], md && [md, md[2], md[1], md[3]]].filter(
    (x): x is [RegExpExecArray, string, string, string | undefined] => !!x,
  )) {
    const month = MONTHS.get(mo.toLowerCase().replace(/\.$/, ''));
    if (!month) continue;
    let year = y ? Number(y) : pubYear;
    if (year == null) continue;
    let day = dateOf(year, month, Number(d));
    if (settings.futureDatesNoEvent && day != null && !y && pubDay != null) {
      // a date without its year is the nearest such day to publication ("on 1 January" in a December report is the
      // coming one); a day after publication is a plan ("to take office on 1 January"), not the event's day
      const next = dateOf(year + 1, month, Number(d));
      const last = dateOf(year - 1, month, Number(d));
      for (const other of [next, last])
        if (other != null && Math.abs(other - pubDay) < Math.abs(day - pubDay)) day = other;
    } else if (day != null && !y && pubDay != null && day > pubDay + 7)
      // a date without its year that would lie well after publication is last year's
      day = dateOf((year = year - 1), month, Number(d));
    if (day != null && settings.futureDatesNoEvent && pubDay != null && day > pubDay + 1) continue;
    if (day != null) hits.push({ at: m.index, day });
  }
  if (pubDay != null) {
    const wd = WEEKDAY.exec(lead);
    if (wd) {
      const target = WEEKDAY_INDEX.get((wd[1] ?? wd[2])!.toLowerCase())!;
      const pubWeekday = new Date(pubDay * DAY).getUTCDay();
      // the most recent such day, up to the publication day itself
      hits.push({ at: wd.index, day: pubDay - ((pubWeekday - target + 7) % 7) });
    }
    const rel = RELATIVE.exec(lead);
    if (rel) hits.push({ at: rel.index, day: /yesterday|last night/i.test(rel[1]!) ? pubDay - 1 : pubDay });
  }
  hits.sort((a, b) => a.at - b.at);
  if (hits.length) return { day: hits[0]!.day, stated: true };
  return pubDay != null ? { day: pubDay, stated: false } : null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

/**
 * Splits off the members of a story whose event time is far from the rest's: a stated event day more
 * than `eventGapDays` from the median of the others', or, with no stated day, a publication day more
 * than `publishedGapDays` away. Members set apart that are close in time to one another stay together.
 * Needs at least `eventMinOthers` dated others to judge; parts come back in member order.
 */
export function splitByEventTime(
  members: number[],
  times: (EventTime | null)[],
  settings: Pick<StorySettings, 'eventGapDays' | 'publishedGapDays' | 'eventMinOthers'>,
): number[][] {
  const dated = members.filter((k) => times[k]);
  if (dated.length < settings.eventMinOthers + 1) return [members];
  const apart = new Set<number>();
  for (const k of dated) {
    const others = dated.filter((j) => j !== k).map((j) => times[j]!.day);
    const t = times[k]!;
    const gap = Math.abs(t.day - median(others));
    if (gap > (t.stated ? settings.eventGapDays : settings.publishedGapDays)) apart.add(k);
  }
  // never set apart the majority: the rest must still be the story
  if (!apart.size || apart.size * 2 >= dated.length) return [members];
  const rest = members.filter((k) => !apart.has(k));
  const groups: number[][] = [];
  for (const k of members.filter((x) => apart.has(x))) {
    const g = groups.find((xs) => Math.abs(times[xs[0]!]!.day - times[k]!.day) <= settings.eventGapDays);
    if (g) g.push(k);
    else groups.push([k]);
  }
  return [rest, ...groups];
}
