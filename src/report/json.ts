/** The JSON form of a report: stable key order as built, two-space indent, one trailing newline. */
import type { Report } from '../model/report.js';

export function renderJson(report: Report): string {
  return JSON.stringify(report, (_k, v: unknown) => (v === Number.POSITIVE_INFINITY ? null : v), 2) + '\n';
}
