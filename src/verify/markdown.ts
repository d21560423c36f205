/** The verify result as Markdown: the draft sentence by sentence, each marked, its evidence under it. */
import type { SentenceVerdict, VerifyEvidence, VerifyResult } from './schema.js';

const MARK: Record<SentenceVerdict['verdict'], string> = {
  supported: '✅ supported',
  contradicted: '❌ contradicted',
  unsupported: '⚠️ unsupported',
};

/** Markdown-inert text: no markup, links or HTML from article or draft text. */
export function mdText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|!~{}])/g, '\\$1');
}

const quote = (e: VerifyEvidence) =>
  `> “${mdText(e.quote)}” — ${mdText(e.outlet)} (\`${e.document}\` ${e.start}–${e.end})`;

export function renderVerifyMarkdown(r: VerifyResult): string {
  const out: string[] = [
    `# Verification of ${mdText(r.draft.id)}`,
    '',
    `**${r.verdict}** — ${r.counts.supported} supported, ${r.counts.contradicted} contradicted, ${r.counts.unsupported} unsupported, against ${r.documents.length} ${r.documents.length === 1 ? 'report' : 'reports'} (${[...new Set(r.documents.map((d) => mdText(d.outlet)))].join(', ')}).`,
    '',
  ];
  for (const s of r.sentences) {
    out.push(`${s.index + 1}. **${MARK[s.verdict]}** ${mdText(s.text)}`, '');
    out.push(
      `   ${mdText(s.reason)}${s.attribution ? ` (the draft attributes it to ${mdText(s.attribution)})` : ''}`,
      '',
    );
    if (s.verdict === 'supported') for (const e of s.support.slice(0, 3)) out.push(`   ${quote(e)}`, '');
    if (s.verdict === 'contradicted')
      for (const c of s.conflicts.slice(0, 4))
        out.push(
          `   ${quote(c.evidence)}`,
          `   > (${c.kind}: the draft says ${mdText(c.draftValue)}; the report says ${mdText(c.sourceValue ?? 'otherwise')})`,
          '',
        );
    if (s.outletsDisagree) out.push('   The outlets themselves disagree on this.', '');
  }
  return out.join('\n') + '\n';
}
