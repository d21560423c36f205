/**
 * The outlet a reader sees for a report: its `source`, else "unnamed outlet N" (numbered in report
 * order). A file name is never shown as an outlet: `000_433938d81e40d497` names a file, not who
 * published it. The document id stays visible where documents are listed.
 */
import type { ReportDocument } from '../model/report.js';

export type OutletNamer = (id: string) => string;

export function outletNamer(documents: Pick<ReportDocument, 'id' | 'source'>[]): OutletNamer {
  const unnamed = new Map<string, number>();
  for (const d of documents) if (!d.source) unnamed.set(d.id, unnamed.size + 1);
  const byId = new Map(documents.map((d) => [d.id, d]));
  return (id) => byId.get(id)?.source || `unnamed outlet ${unnamed.get(id) ?? '?'}`;
}

const namers = new WeakMap<Map<string, Pick<ReportDocument, 'id' | 'source'>>, OutletNamer>();

/** The outlet of a document among the documents of one report (the namer is made once per map). */
export function outletIn(docs: Map<string, Pick<ReportDocument, 'id' | 'source'>>, id: string): string {
  let namer = namers.get(docs);
  if (!namer) {
    namer = outletNamer([...docs.values()]);
    namers.set(docs, namer);
  }
  return namer(id);
}
