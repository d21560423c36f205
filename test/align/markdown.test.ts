import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/model/report.js';

const text = 'Officials said <script>alert(1)</script> 12 people died. [click](http://x) | pipe';
const report: Report = {
  schema: 'corroborate/report@1',
  documents: [
    {
      id: 'a',
      source: 'Outlet <b>A</b>',
      title: null,
      url: null,
      published: null,
      language: 'en',
      text,
      removed: [],
      copyOf: null,
    },
  ],
  stories: [
    {
      id: 's1',
      title: 'Title with <img src=x onerror=alert(1)>',
      documents: ['a'],
      entities: [],
      claims: [
        {
          id: 'c1',
          statement: text,
          status: 'single-source',
          evidence: [{ document: 'a', quote: text, start: 0, end: text.length }],
        },
      ],
      disputes: [],
      timeline: [],
    },
  ],
  problems: [{ input: 'bad.bin', message: 'binary file', severity: 'skipped' }],
};

describe('renderMarkdown', () => {
  const md = renderMarkdown(report);
  it('lets no raw HTML or link from article text or metadata through', () => {
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b)\b/i);
    expect(md).not.toMatch(/(^|[^\\])\[click\]\(/);
    expect(md).toContain('\\<script\\>');
  });
  it('lists problems with their severity, as a list closed before the first story', () => {
    expect(md).toMatch(/^- skipped bad\.bin: binary file\n\n## /m);
  });
});
