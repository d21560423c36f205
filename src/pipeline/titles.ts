/**
 * A story's title for people. The story stage picks its most central report's title or first
 * sentence; when that is a dateline or a bare time stamp ("May 2, 2013, 1:12 PM", "Posted 12/19/2005
 * 3:36 PM", "Updated 23:41"), it names nothing, so the title is the first real headline or sentence
 * of the story's reports instead.
 */
import type { Document } from '../model/document.js';

/** A title names something only with a few words: "U.S." or "Update" alone does not. */
const titleMinWords = 3;

const MONTHS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/gi;
const WEEKDAYS = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\b\.?/gi;
/** Words that introduce or qualify a time stamp on news pages. */
const STAMP_WORDS =
  /\b(posted|published|updated|last|first|modified|date|dateline|on|at|am|pm|a\.m|p\.m|of)\b\.?/gi;
/** Time zones as pages print them: GMT, ET, EDT, CEST, UTC+01:00, IST, AEST. */
const ZONES = /\b(gmt|utc|[a-z]{1,3}[sd]?t)\b([+-]\d{1,2}(:?\d{2})?)?/gi;

/** A line that is only a date and/or time, possibly with "Posted"/"Last updated" and a time zone. */
export function isDateline(line: string): boolean {
  const t = line.trim();
  if (!t || !/\d/.test(t) || t.length > 80) return false;
  const rest = t
    .replace(/\d{1,4}(st|nd|rd|th)?/gi, ' ')
    .replace(MONTHS, ' ')
    .replace(WEEKDAYS, ' ')
    .replace(STAMP_WORDS, ' ')
    .replace(ZONES, ' ')
    .replace(/[\s,.:;/|()\-–—+·•]+/g, '');
  return rest.length === 0;
}

/** The first line of a text that reads as a headline or sentence: not a dateline, a few words long. */
function firstRealLine(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || isDateline(line) || line.split(/\s+/).length < titleMinWords) continue;
    return line;
  }
  return null;
}

/** The title shown for a story: the chosen one unless it is a dateline. */
export function readableTitle(chosen: string, members: Pick<Document, 'title' | 'text'>[]): string {
  const names = (t: string | null | undefined): t is string =>
    !!t?.trim() && !isDateline(t) && t.trim().split(/\s+/).length >= titleMinWords;
  if (names(chosen)) return chosen;
  for (const d of members) if (names(d.title)) return d.title.trim();
  for (const d of members) {
    const line = firstRealLine(d.text);
    if (line) return line.length > 200 ? `${line.slice(0, 199)}…` : line;
  }
  return chosen;
}
