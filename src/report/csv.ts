/**
 * CSV of claims and disputes: one row per piece of evidence, so a spreadsheet can sort and filter by
 * story, status, outlet or dispute. Written with csv-stringify (RFC 4180 quoting); cells that a
 * spreadsheet would run as a formula (= + - @ at the start) are escaped, since article text is untrusted.
 */
import { stringify } from 'csv-stringify/sync';
import type { Report, ReportDocument } from '../model/report.js';
import { outletIn } from './outlets.js';

export const CSV_COLUMNS = [
  'story',
  'story_title',
  'type',
  'id',
  'status',
  'about',
  'position',
  'outlet',
  'document',
  'published',
  'quote',
  'start',
  'end',
] as const;

export function renderCsv(report: Report): string {
  const docs = new Map<string, ReportDocument>(report.documents.map((d) => [d.id, d]));
  const rows: (string | number)[][] = [];
  const ev = (e: { document: string; quote: string; start: number; end: number }) => [
    outletIn(docs, e.document),
    e.document,
    docs.get(e.document)?.published ?? '',
    e.quote,
    e.start,
    e.end,
  ];
  for (const s of report.stories) {
    for (const d of s.disputes)
      for (const p of d.positions)
        for (const e of p.evidence)
          rows.push([s.id, s.title, 'dispute', d.id, d.kind, d.about, p.normalized || p.value, ...ev(e)]);
    for (const c of s.claims)
      for (const e of c.evidence)
        rows.push([s.id, s.title, 'claim', c.id, c.status, c.statement, '', ...ev(e)]);
  }
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}
