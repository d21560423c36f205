import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { renderCsv, CSV_COLUMNS } from '../../src/report/csv.js';
import { filterReport, outletCount } from '../../src/report/filter.js';
import { overviewReport } from '../helpers/overview-report.js';
import { cliPath, seedsDir } from '../helpers/paths.js';

describe('CSV of claims and disputes', () => {
  it('one row per quote, with a header, CRLF line ends and RFC 4180 quoting', () => {
    const report = overviewReport();
    const csv = renderCsv(report);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    const disputeRows = report.stories.reduce((n, s) => n + s.disputes.length * 2, 0);
    const claimRows = report.stories.reduce((n, s) => n + s.claims.length, 0);
    expect(lines).toHaveLength(1 + disputeRows + claimRows);
    expect(lines[1]).toBe(
      's0,Quiet council meeting approves the budget,claim,s0c0,single-source,claim 0,,Outlet 1,s0d0,,the figure was 10,16,33',
    );
    expect(lines).toContain(
      's1,An exceptionally long headline about the flood that forced hundreds from their homes in the lower town and what the council says it will do next about the river defences,dispute,s1x0,number,how many 0,12,Outlet 2,s1d1,,the figure was 10,16,33',
    );
  });

  it('quotes commas and quotes, and escapes cells a spreadsheet would run as formulas', () => {
    const report = overviewReport();
    const s = report.stories[0]!;
    s.title = 'Council, "finally", approves';
    s.claims[0]!.statement = '=HYPERLINK("http://evil.example","click")';
    const csv = renderCsv({ ...report, stories: [s] });
    expect(csv).toContain('"Council, ""finally"", approves"');
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it('`analyze --format csv` writes it', () => {
    const r = spawnSync(process.execPath, [cliPath, 'analyze', '-q', seedsDir, '--format', 'csv'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(r.stdout).toContain(',dispute,');
  });
});

describe('report filters', () => {
  const report = overviewReport();
  const ids = (r: typeof report) => r.stories.map((s) => s.id);

  it('--only-disputed keeps the stories with disputes and their documents', () => {
    const f = filterReport(report, { onlyDisputed: true });
    expect(ids(f)).toEqual(['s1', 's3', 's5']);
    expect(new Set(f.documents.map((d) => d.id))).toEqual(new Set(f.stories.flatMap((s) => s.documents)));
  });

  it('--min-outlets counts distinct outlets (an unnamed report is its own)', () => {
    const sources = new Map(report.documents.map((d) => [d.id, d.source]));
    expect(report.stories.map((s) => outletCount(s, sources))).toEqual([3, 4, 2, 6, 2, 3]);
    expect(ids(filterReport(report, { minOutlets: 4 }))).toEqual(['s1', 's3']);
  });

  it('--story and --since', () => {
    expect(ids(filterReport(report, { stories: ['s4', 's0'] }))).toEqual(['s0', 's4']);
    const dated = structuredClone(report);
    dated.documents.find((d) => d.id === 's3d2')!.published = '2025-06-03T10:00:00Z';
    dated.documents.find((d) => d.id === 's0d0')!.published = '2025-05-01';
    expect(ids(filterReport(dated, { since: '2025-06-01' }))).toEqual(['s3']);
  });

  it('filters combine, and no filter returns the report as it is', () => {
    expect(ids(filterReport(report, { onlyDisputed: true, minOutlets: 4 }))).toEqual(['s1', 's3']);
    expect(filterReport(report, {})).toBe(report);
  });
});
