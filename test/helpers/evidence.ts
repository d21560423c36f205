/** Report checks shared by tests: every quote of claims and dispute positions is its document's text at its offsets. */
import { expect } from 'vitest';
import type { Report } from '../../src/model/report.js';

export function expectExactEvidence(report: Report): void {
  const texts = new Map(report.documents.map((d) => [d.id, d.text]));
  for (const s of report.stories)
    for (const e of [
      ...s.claims.flatMap((c) => c.evidence),
      ...s.disputes.flatMap((d) => d.positions.flatMap((p) => p.evidence)),
    ])
      expect(texts.get(e.document)!.slice(e.start, e.end)).toBe(e.quote);
}
