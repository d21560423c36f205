/**
 * The JSON report written in pieces (issue 12: a large report must never be one string) is byte for byte
 * the JSON of `renderJson`.
 */
import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import { SCHEMA_ID, type Report } from '../../src/model/report.js';
import { fixtureReport } from '../web/fixture.js';

const joined = (r: Report) => [...renderJsonChunks(r)].join('');

describe('renderJsonChunks', () => {
  it('gives exactly the bytes of renderJson on a realistic report', () => {
    const report = fixtureReport();
    expect(report.documents.length).toBeGreaterThan(1);
    expect(joined(report)).toBe(renderJson(report));
  });

  it('gives exactly the bytes of renderJson on edge shapes', () => {
    const empty: Report = { schema: SCHEMA_ID, documents: [], stories: [] };
    expect(joined(empty)).toBe(renderJson(empty));
    const odd = {
      schema: SCHEMA_ID,
      generator: undefined,
      documents: [],
      stories: [],
      problems: [{ input: 'a\nb "q"', message: 'x', severity: 'warning' }],
      extra: { nested: [1, Number.POSITIVE_INFINITY, { deep: 'line\u2028sep' }] },
    } as unknown as Report;
    expect(joined(odd)).toBe(renderJson(odd));
  });

  it('writes one piece per document and story, so no piece holds the whole report', () => {
    const report = fixtureReport();
    const pieces = [...renderJsonChunks(report)];
    const items = [...report.documents, ...report.stories].map((x) => JSON.stringify(x, null, 2).length);
    const largest = Math.max(...pieces.map((p) => p.length));
    // the largest piece is one element (re-indented), never the concatenation of several
    expect(largest).toBeLessThanOrEqual(Math.max(...items) * 1.3 + 16);
    expect(largest).toBeLessThan(pieces.join('').length / 2);
    expect(pieces.length).toBeGreaterThanOrEqual(report.documents.length + report.stories.length);
  });
});
