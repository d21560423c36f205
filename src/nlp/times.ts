/** Times: explicit, relative to the reference time, periods and ranges, as date intervals. Placeholder: interface fixed. */
import type { Span } from '../model/document.js';
import type { TimeExpression } from '../model/annotations.js';

/**
 * Finds the time expressions in the given sentences of `text`, resolved against `reference`
 * (the publication time, or the document's own dated context when that is all there is; null if none).
 */
export function findTimes(_text: string, _sentences: Span[], _reference: Date | null): TimeExpression[] {
  throw new Error('findTimes: not built yet');
}
