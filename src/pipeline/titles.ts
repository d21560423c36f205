/**
 * A story's title for people. The story stage picks its most central report's title or first
 * sentence; when that is a dateline or a bare time stamp ("May 2, 2013, 1:12 PM", "Posted 12/19/2005
 * 3:36 PM", "Updated 23:41"), it names nothing, so the title is the first real headline or sentence
 * of the story's reports instead.
 */
import type { Document } from '../model/document.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
/** Words that introduce a time stamp on news pages. */
const STAMP_LEAD = '(?:posted|published|updated|last updated|first published|modified|date|dateline)\\s*:?';
const DATE_PART = `(?:${WEEKDAY},?\\s*)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?(?:\\s+\\d{4})?|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}|${MONTH}\\s+\\d{4})`;
const TIME_PART =
  '(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)(?:\\s*[a-z]{2,4})?';
const DATELINE = new RegExp(
  `^(?:${STAMP_LEAD}\\s*)?(?:${DATE_PART})?(?:[,\\s]+(?:at\\s+)?)?(?:${TIME_PART})?$`,
  'i',
);

/** A line that is only a date and/or time, possibly introduced by "Posted"/"Updated". */
export function isDateline(line: string): boolean {
  const t = line
    .trim()
    .replace(/[|·•–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]$/, '')
    .trim();
  if (!t || !/\d/.test(t)) return false;
  return DATELINE.test(t);
}

/** The first line of a text that reads as a headline or sentence: not a dateline, a few words long. */
function firstRealLine(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || isDateline(line) || line.split(/\s+/).length < 3) continue;
    return line;
  }
  return null;
}

/** The title shown for a story: the chosen one unless it is a dateline. */
export function readableTitle(chosen: string, members: Pick<Document, 'title' | 'text'>[]): string {
  if (chosen.trim() && !isDateline(chosen)) return chosen;
  for (const d of members) if (d.title?.trim() && !isDateline(d.title)) return d.title.trim();
  for (const d of members) {
    const line = firstRealLine(d.text);
    if (line) return line.length > 200 ? `${line.slice(0, 199)}…` : line;
  }
  return chosen;
}
