/**
 * Filters of a report, applied after the analysis (the analysis itself always sees every report):
 * stories with disputes only, stories told by at least N outlets, given story ids, stories with a
 * report published since a date. The documents kept are those of the stories kept.
 */
import type { Report, Story } from '../model/report.js';

export interface ReportFilter {
  onlyDisputed?: boolean;
  minOutlets?: number;
  stories?: string[];
  /** ISO date or date-time: a story is kept when one of its reports was published at or after it. */
  since?: string;
}

/** Distinct outlets of a story (a report with no outlet counts as its own). */
export function outletCount(story: Story, sources: Map<string, string | null>): number {
  return new Set(story.documents.map((id) => sources.get(id) ?? `#${id}`)).size;
}

export function filterReport(report: Report, f: ReportFilter): Report {
  const sources = new Map(report.documents.map((d) => [d.id, d.source]));
  const published = new Map(report.documents.map((d) => [d.id, d.published]));
  const since = f.since ? Date.parse(f.since) : null;
  const wanted = f.stories?.length ? new Set(f.stories) : null;
  const stories = report.stories.filter((s) => {
    if (f.onlyDisputed && !s.disputes.length) return false;
    if (f.minOutlets && outletCount(s, sources) < f.minOutlets) return false;
    if (wanted && !wanted.has(s.id)) return false;
    if (since != null)
      return s.documents.some((id) => {
        const p = published.get(id);
        const t = p ? Date.parse(p) : NaN;
        return !Number.isNaN(t) && t >= since;
      });
    return true;
  });
  if (stories.length === report.stories.length) return report;
  const kept = new Set(stories.flatMap((s) => s.documents));
  return { ...report, stories, documents: report.documents.filter((d) => kept.has(d.id)) };
}
