/**
 * The Markdown report for people: per story, disputes first (positions side by side with their
 * quotes, the conflicting values in bold), then corroborated facts with outlet counts,
 * single-source claims, entities with their variants, and the timeline. Article text is
 * untrusted: Markdown and HTML syntax in it is escaped so nothing renders as markup or a link.
 */
import type { Report, ReportDocument, ReportEvidence, Story } from '../model/report.js';
import { outletIn } from './outlets.js';
import { plural, rankStories, totals } from './overview.js';

/**
 * Escapes text for Markdown: no raw HTML, links, emphasis or table breaks survive, and no bare URL or
 * e-mail address becomes a link in GFM renderers (their autolink extension): `@`, the `:` of `scheme:/`
 * and the dot of `www.` are backslash-escaped, which renders as the same characters.
 */
export function escapeMd(s: string): string {
  return s
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~@]/g, (c) => `\\${c}`)
    .replace(/:(?=\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/&/g, '&amp;');
}

function outlet(docs: Map<string, ReportDocument>, id: string): string {
  return escapeMd(outletIn(docs, id));
}

/** The quote with the value in bold where it occurs. */
function markValue(quote: string, value: string): string {
  const i = value ? quote.indexOf(value) : -1;
  if (i < 0) return escapeMd(quote);
  return `${escapeMd(quote.slice(0, i))}**${escapeMd(value)}**${escapeMd(quote.slice(i + value.length))}`;
}

const cite = (docs: Map<string, ReportDocument>, e: ReportEvidence) =>
  `${outlet(docs, e.document)} [${e.start}–${e.end}]`;

export function renderMarkdown(report: Report): string {
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const out: string[] = ['# Corroborate report', ''];
  const t = totals(report);
  out.push(
    `${plural(t.reports, 'report')}, ${plural(t.stories, 'story', 'stories')}, ${plural(t.disputes, 'dispute')}.`,
    '',
  );
  const problems = report.problems ?? [];
  for (const p of problems) out.push(`- ${p.severity} ${escapeMd(p.input)}: ${escapeMd(p.message)}`);
  if (problems.length) out.push('');
  const ranked = rankStories(report);
  const anchors = new Map(ranked.map((r, k) => [r.story, `story-${k + 1}`]));
  if (ranked.length > 1) {
    // the overview: every story, most in need of attention first, with its counts
    out.push(
      '## Overview',
      '',
      '| # | Story | Disputes | Single-source | Corroborated | Reports |',
      '|---:|---|---:|---:|---:|---:|',
    );
    ranked.forEach((r, k) =>
      out.push(
        `| ${k + 1} | [${escapeMd(r.story.title)}](#${anchors.get(r.story)}) | ${r.disputes} | ${r.single} | ${r.corroborated} | ${r.reports} |`,
      ),
    );
    out.push('');
  }
  for (const r of ranked) out.push(...story(r.story, docs, ranked.length > 1 ? anchors.get(r.story)! : null));
  return out.join('\n') + '\n';
}

function story(s: Story, docs: Map<string, ReportDocument>, anchor: string | null): string[] {
  const out: string[] = [...(anchor ? [`<a id="${anchor}"></a>`, ''] : []), `## ${escapeMd(s.title)}`, ''];
  const outlets = s.documents.map((id) => {
    const d = docs.get(id);
    const when = d?.published ? `, ${escapeMd(d.published)}` : '';
    const copy = d?.copyOf ? `, copy of ${escapeMd(d.copyOf)}` : '';
    return `${outlet(docs, id)}${when}${copy}`;
  });
  out.push(`Reports: ${outlets.join('; ')}`, '');
  const corroborated = s.claims.filter((c) => c.status === 'corroborated');
  const single = s.claims.filter((c) => c.status === 'single-source');
  out.push(
    `**${plural(s.disputes.length, 'dispute')}**, ${plural(corroborated.length, 'corroborated claim')}, ${plural(single.length, 'single-source claim')}.`,
    '',
  );

  out.push('### Disputes', '');
  if (!s.disputes.length) out.push('None found.', '');
  for (const d of s.disputes) {
    out.push(`#### ${escapeMd(d.about)} (${d.kind})`, '');
    out.push(`| ${d.positions.map((p) => escapeMd(p.normalized)).join(' | ')} |`);
    out.push(`|${d.positions.map(() => '---').join('|')}|`);
    const rows = Math.max(...d.positions.map((p) => p.evidence.length));
    for (let r = 0; r < rows; r++)
      out.push(
        `| ${d.positions
          .map((p) => {
            const e = p.evidence[r];
            return e ? `${outlet(docs, e.document)}: “${markValue(e.quote, p.value)}”` : '';
          })
          .join(' | ')} |`,
      );
    const notes = d.positions
      .map((p) =>
        [p.attribution ? `attributed to ${escapeMd(p.attribution)}` : '', p.hedged ? 'hedged' : '']
          .filter(Boolean)
          .join(', '),
      )
      .map((n, k) => (n ? `${escapeMd(d.positions[k]!.normalized)}: ${n}` : ''))
      .filter(Boolean);
    if (notes.length) out.push('', `_${notes.join('; ')}_`);
    out.push('');
  }

  out.push('### Corroborated', '');
  for (const c of corroborated.sort((a, b) => (b.independentOutlets ?? 0) - (a.independentOutlets ?? 0)))
    out.push(
      `- ${escapeMd(c.statement)} — ${c.independentOutlets ?? c.evidence.length} outlets: ${c.evidence.map((e) => cite(docs, e)).join(', ')}`,
    );
  out.push('', '### Single-source', '');
  for (const c of single)
    out.push(`- ${escapeMd(c.statement)} — ${c.evidence.map((e) => cite(docs, e)).join(', ')}`);
  out.push('', '### Entities', '');
  for (const e of s.entities.filter((x) => x.type !== 'other'))
    out.push(
      `- **${escapeMd(e.name)}** (${e.type})${e.aliases.length > 1 ? `: ${e.aliases.map(escapeMd).join(', ')}` : ''}`,
    );
  out.push('', '### Timeline', '');
  for (const t of s.timeline)
    out.push(
      `- ${escapeMd(t.date)}: ${escapeMd(t.event)} — ${t.evidence.map((e) => cite(docs, e)).join(', ')}`,
    );
  out.push('');
  return out;
}
