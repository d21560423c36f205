/**
 * The overview of a run: the stories ranked by what needs a reader's attention, with their counts.
 * Disputes first (outlets contradict each other), then single-source weight (facts resting on one
 * outlet), then size (reports); ties keep the report's order. Markdown, HTML and the terminal
 * summary all show this ranking first. The JSON keeps the stories in their own order.
 */
import type { Report, Story } from '../model/report.js';

export interface StoryRow {
  story: Story;
  /** Position of the story in `report.stories`. */
  index: number;
  disputes: number;
  corroborated: number;
  single: number;
  reports: number;
}

export function storyRow(story: Story, index: number): StoryRow {
  let corroborated = 0;
  let single = 0;
  for (const c of story.claims)
    if (c.status === 'corroborated') corroborated++;
    else if (c.status === 'single-source') single++;
  return {
    story,
    index,
    disputes: story.disputes.length,
    corroborated,
    single,
    reports: story.documents.length,
  };
}

/** The stories, most in need of attention first. */
export function rankStories(report: Report): StoryRow[] {
  return report.stories
    .map(storyRow)
    .sort(
      (a, b) => b.disputes - a.disputes || b.single - a.single || b.reports - a.reports || a.index - b.index,
    );
}

/** "1 dispute", "2 disputes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Totals of a run: reports, stories, disputes. */
export function totals(report: Report): { reports: number; stories: number; disputes: number } {
  return {
    reports: report.documents.length,
    stories: report.stories.length,
    disputes: report.stories.reduce((n, s) => n + s.disputes.length, 0),
  };
}

/** "64 stories, 25 disputes (772 reports)". */
export function summaryLine(report: Report): string {
  const t = totals(report);
  return `${plural(t.stories, 'story', 'stories')}, ${plural(t.disputes, 'dispute')} (${plural(t.reports, 'report')})`;
}

/** The terminal's overview: the stories that need attention, one line each (at most `max`). */
export function overviewLines(report: Report, max: number, width = 100): string[] {
  const rows = rankStories(report).filter((r) => r.disputes > 0 || r.single > 0);
  const out = rows.slice(0, max).map((r) => {
    const counts = `${plural(r.disputes, 'dispute')} · ${r.single} single-source · ${plural(r.reports, 'report')}`;
    const room = Math.max(20, width - counts.length - 4);
    const title = r.story.title.length > room ? `${r.story.title.slice(0, room - 1)}…` : r.story.title;
    return `  ${counts}  ${title}`;
  });
  if (rows.length > max) out.push(`  … and ${plural(rows.length - max, 'more story', 'more stories')}`);
  return out;
}
