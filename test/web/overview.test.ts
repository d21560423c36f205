import { describe, expect, it } from 'vitest';
import { rankStories, overviewLines, summaryLine } from '../../src/report/overview.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { overviewReport } from '../helpers/overview-report.js';

describe('the overview of a run', () => {
  const report = overviewReport();

  it('ranks stories by disputes, then single-source claims, then size', () => {
    expect(rankStories(report).map((r) => r.story.id)).toEqual(['s5', 's1', 's3', 's2', 's0', 's4']);
  });

  it('summarises the run in one line, in the singular where there is one', () => {
    expect(summaryLine(report)).toBe('6 stories, 5 disputes (20 reports)');
    const one = { ...report, stories: report.stories.slice(3, 4), documents: report.documents.slice(0, 1) };
    expect(summaryLine(one)).toBe('1 story, 1 dispute (1 report)');
  });

  it('lists the stories needing attention for the terminal, cut to the width', () => {
    const lines = overviewLines(report, 3, 80);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^ {2}2 disputes · 8 single-source · 3 reports {2}Quake damages/);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(lines[3]).toBe('  … and 2 more stories');
  });

  it('the HTML index ranks the stories, with a red badge only where there are disputes', () => {
    const html = renderHtml(report);
    const nav = /<nav aria-label="Stories"[\s\S]*?<\/nav>/.exec(html)![0];
    const items = [...nav.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(6);
    expect(items[0]).toContain('Quake damages');
    expect(items[0]).toContain('<span class="badge">2 disputes</span>');
    expect(items[2]).toContain('<span class="badge">1 dispute</span>');
    for (const item of items.slice(3)) expect(item).not.toContain('badge');
    expect(nav).not.toMatch(/class="badge">0/);
    // the story sections follow the same order
    const order = [...html.matchAll(/<section class="story" id="story-(\d+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['5', '1', '3', '2', '0', '4']);
  });

  it('Markdown opens with the ranked overview table', () => {
    const md = renderMarkdown(report);
    expect(md).toContain('20 reports, 6 stories, 5 disputes.');
    const table = md.slice(md.indexOf('## Overview'), md.indexOf('<a id="story-1">'));
    expect(table).toContain(
      '| 1 | [Quake damages seven villages in the north of the country, officials say](#story-1) | 2 | 8 | 0 | 3 |',
    );
    expect(md.indexOf('## Quake damages')).toBeLessThan(md.indexOf('## Quiet council'));
  });
});
