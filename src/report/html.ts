/** Self-contained HTML report. Placeholder: interface fixed; comes with issue 4. */
import type { Report } from '../model/report.js';

export function renderHtml(_report: Report): string {
  throw new Error('renderHtml: not built yet');
}
