/**
 * Time of day: the clock times and parts of the day a report gives for an event ("shortly after 2 p.m.",
 * "at 21:40", "19:40 GMT", "just before midnight", "in the early hours", "late on Friday night"), as an
 * interval of minutes from the start of the day they are given for (it may run past midnight: "late night"
 * ends at 3 a.m. the next day). Zones written after a clock time (GMT, UTC) are turned into the report's own
 * offset. Pure functions over text; the caller says which day the time belongs to.
 */
import { matchesOf } from '../nlp/matches.js';

export interface DayTime {
  /** Minutes after midnight of the day, inclusive bounds (may exceed 1440: the next day). */
  low: number;
  high: number;
  /** Where in the text the time of day was read. */
  start: number;
  end: number;
}

const CLOCK =
  /\b(?<h>2[0-3]|[01]?\d)(?!\d)(?:[:.](?<m>[0-5]\d))?(?::[0-5]\d)?\s*(?<ap>a\.?\s?m\.?|p\.?\s?m\.?)?(?:\s*(?:local time|\(?(?<zone>GMT|UTC)(?<sign>[+-]\d{1,2})?\)?|[A-Z]{2,4}\s*\(UTC(?<off>[+-]\d{1,2})\)))?/g;

/** Parts of the day, in minutes (the later bound may pass midnight). */
const PARTS: [RegExp, number, number][] = [
  [/\b(?:early hours|small hours|overnight|before dawn|pre-dawn|predawn)\b/i, 0, 6 * 60],
  // "midnight Friday" may be where Friday starts or where it ends
  [/\bmidnight\b/i, -60, 25 * 60],
  [/\bnoon|midday\b/i, 11 * 60 + 30, 12 * 60 + 30],
  [/\blate\b[^.;]{0,20}\bnight\b/i, 22 * 60, 27 * 60],
  [/\b(?:night|tonight)\b/i, 20 * 60, 29 * 60],
  [/\bearly\b[^.;]{0,20}\bmorning\b/i, 4 * 60, 9 * 60],
  [/\bmorning\b/i, 5 * 60, 12 * 60],
  [/\bafternoon\b/i, 12 * 60, 18 * 60],
  [/\bevening\b/i, 17 * 60, 23 * 60],
];

/** A word each of PARTS holds ("night" in "overnight", "midnight", "tonight"), in their own case folding. */
const PART_WORDS = /hours|night|dawn|noon|midday|morning|afternoon|evening/i;
const DIGIT = /\d/;

const LEAD =
  /(shortly|just|soon)\s+(after|before)\s*(?:at\s+)?$|(around|about|approximately|roughly|some|circa|c\.)\s*(?:at\s+)?$/i;

/**
 * Every time of day stated in `text` (clock times first, then parts of the day not inside one), in text order.
 * `base` is the offset of `text` in its document; `offsetMinutes` is the report's own UTC offset, used to bring
 * "19:40 GMT" to local time.
 */
export function timesOfDay(text: string, base: number, offsetMinutes: number | null): DayTime[] {
  const out: DayTime[] = [];
  // (every clock time has a digit, and every part of the day one of PART_WORDS: a text without is not searched)
  for (const m of DIGIT.test(text) ? matchesOf(CLOCK, text) : []) {
    const g = m.groups!;
    const raw = m[0].replace(/\s+$/, '');
    // a bare number is not a time: it needs minutes, a.m./p.m. or a zone ("2 p.m.", "21:40", "0300 GMT")
    if (!g.m && !g.ap) continue;
    // "8.5 percent", "1.2 million", "6.5-year": a decimal is not a clock time unless a.m./p.m. or a zone follows
    if (!g.ap && !g.zone && !/:/.test(raw)) continue;
    let h = Number(g.h);
    const min = Number(g.m ?? 0);
    if (g.ap) {
      const pm = /^p/i.test(g.ap);
      if (h === 12) h = pm ? 12 : 0;
      else if (pm) h += 12;
    }
    let t = h * 60 + min;
    const zoneOff = g.off ?? g.sign;
    if (g.zone && offsetMinutes != null) t += offsetMinutes - (zoneOff ? Number(zoneOff) * 60 : 0);
    else if (g.off != null && offsetMinutes != null) t += offsetMinutes - Number(g.off) * 60;
    const lead = LEAD.exec(text.slice(Math.max(0, m.index! - 20), m.index!));
    let [low, high] = [t, t + 1];
    if (lead?.[2]?.toLowerCase() === 'after') high = t + 45;
    else if (lead?.[2]?.toLowerCase() === 'before') [low, high] = [t - 45, t];
    else if (lead?.[3]) [low, high] = [t - 30, t + 30];
    out.push({ low, high, start: base + m.index!, end: base + m.index! + raw.length });
  }
  for (const [re, low, high] of PART_WORDS.test(text) ? PARTS : []) {
    // (each pattern is case-insensitive and not global: exec reads from the start of the text, no regex is built per call)
    const m = re.exec(text);
    if (!m) continue;
    const at = base + m.index;
    if (out.some((o) => at < o.end + 12 && at + m[0].length > o.start - 12)) continue;
    const before = text.slice(0, m.index);
    let [l, h] = [low, high];
    // "just before midnight" is the half hour before it; "at midnight on Sunday" is the end of Sunday
    if (/midnight/i.test(m[0]) && /just before\s*$/i.test(before)) [l, h] = [23 * 60, 24 * 60];
    else if (/midnight/i.test(m[0]) && /(?:at|from)\s*$/i.test(before)) [l, h] = [24 * 60, 24 * 60 + 1];
    out.push({ low: l, high: h, start: at, end: at + m[0].length });
    break;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The UTC offset in minutes of an ISO time with an offset ("2025-08-09T22:15:00+02:00"), else null. */
export function offsetOf(iso: string | null | undefined): number | null {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso ?? '');
  if (!m) return /Z$/.test(iso ?? '') ? 0 : null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
