/** Quantities: values or intervals, what they count, qualifiers, per-party vs total. Placeholder: interface fixed. */
import type { Span } from '../model/document.js';
import type { Quantity, Duration } from '../model/annotations.js';

/** Finds the quantities in the given sentences of `text` (offsets into `text`). */
export function findQuantities(_text: string, _sentences: Span[]): Quantity[] {
  throw new Error('findQuantities: not built yet');
}

/** Finds durations ("approximately an hour", "just over an hour", "two or three days"). */
export function findDurations(_text: string, _sentences: Span[]): Duration[] {
  throw new Error('findDurations: not built yet');
}
