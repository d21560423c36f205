/**
 * The digest's round trip: every fact sentence of a digest, fed back to `verify` against the same reports, must
 * come out supported; every dispute sentence must show both sides (two or more positions, each with exact
 * evidence). Pure; used by the tests and scripts/digest-roundtrip.mjs.
 */
import type { Document } from '../model/document.js';
import type { Report } from '../model/report.js';
import { prepareClean, verifyDraft, type Verdict } from '../verify/index.js';
import type { Digest, DigestSentence } from './schema.js';

export interface RoundTripRow {
  story: string;
  kind: DigestSentence['kind'];
  text: string;
  /** Fact sentences: the verdict of verify on the fact's words; disputes: 'both sides' or 'one side'. */
  verdict: Verdict | 'both sides' | 'one side';
  reason: string;
  ok: boolean;
}

export function digestRoundTrip(report: Report, digest: Digest): RoundTripRow[] {
  const out: RoundTripRow[] = [];
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  for (const ds of digest.stories) {
    const story = report.stories.find((s) => s.id === ds.id);
    if (!story) continue;
    const members: Document[] = story.documents
      .map((id) => docs.get(id))
      .filter((d) => !!d)
      .map((d) => ({
        ...d!,
        input: d!.input ?? d!.id,
        format: d!.format ?? 'text',
        byline: d!.byline ?? null,
      }));
    const sentences = ds.paragraphs.flat();
    if (!sentences.length) continue;
    const prepared = prepareClean(members);
    for (const s of sentences) {
      const exact = s.evidence.every((e) => docs.get(e.document)?.text.slice(e.start, e.end) === e.quote);
      if (s.kind === 'dispute') {
        const sides = (s.positions ?? []).filter((p) => p.evidence.length > 0);
        const ok = sides.length >= 2 && exact;
        out.push({
          story: ds.id,
          kind: s.kind,
          text: s.text,
          verdict: ok ? 'both sides' : 'one side',
          reason: `${sides.length} positions${exact ? '' : ', evidence not exact'}`,
          ok,
        });
        continue;
      }
      const words = s.text.slice(s.at ?? 0);
      const r = verifyDraft(prepared, { id: `digest-${ds.id}`, text: words });
      const verdict = r.verdict;
      out.push({
        story: ds.id,
        kind: s.kind,
        text: s.text,
        verdict,
        reason: r.sentences.map((x) => x.reason).join(' / '),
        ok: verdict === 'supported' && exact,
      });
    }
  }
  return out;
}
