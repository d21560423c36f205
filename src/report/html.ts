/**
 * The self-contained HTML report: one file, no network (inline CSS and JS under a strict CSP with
 * the script's hash). Per story: overview, disputes first (positions side by side, values marked),
 * a coverage matrix, corroborated and single-source claims, entities, timeline, framing bars.
 * Every quote opens its report with the quoted span highlighted. All article text and metadata
 * are escaped; document texts travel as JSON inside a script data block that cannot break out.
 */
import { createHash } from 'node:crypto';
import type { Report, ReportDocument, ReportEvidence, Story } from '../model/report.js';
import { webSettings } from '../settings/web.js';
import { REPORT_CSS, REPORT_JS } from './html-assets.js';
import { outletIn } from './outlets.js';
import { plural, rankStories, totals, type StoryRow } from './overview.js';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** JSON safe inside <script type="application/json">: no "<", ">", "&" or line separators as such. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Only http(s) URLs become links. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export const scriptHash = `sha256-${createHash('sha256').update(REPORT_JS).digest('base64')}`;
export const REPORT_CSP = `default-src 'none'; script-src '${scriptHash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;

export interface HtmlOptions {
  /** Load the script from this URL instead of inlining it (the web app serves it). */
  scriptSrc?: string;
  /** Page title. */
  title?: string;
  /** A link back to a story list (the web app). */
  backHref?: string;
}

const outletName = (docs: Map<string, ReportDocument>, id: string) => outletIn(docs, id);

function quoteLink(docs: Map<string, ReportDocument>, e: ReportEvidence, value?: string): string {
  const inner = markValue(e.quote, value);
  return `<a class="quote" href="#doc-${encodeURIComponent(e.document)}" data-doc="${escapeHtml(e.document)}" data-start="${e.start}" data-end="${e.end}">“${inner}”</a>`;
}

function markValue(quote: string, value?: string): string {
  const i = value ? quote.indexOf(value) : -1;
  if (!value || i < 0) return escapeHtml(quote);
  return `${escapeHtml(quote.slice(0, i))}<mark>${escapeHtml(value)}</mark>${escapeHtml(quote.slice(i + value.length))}`;
}

/** A publication time as the outlet gave it, shortened to date and minute when it is ISO 8601. */
function when(published: string | null | undefined): string {
  if (!published) return '';
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(published);
  return m ? (m[2] && m[2] !== '00:00' ? `${m[1]} ${m[2]}` : m[1]!) : published;
}

function outletsOf(evidence: ReportEvidence[], docs: Map<string, ReportDocument>): string {
  return [...new Set(evidence.map((e) => outletName(docs, e.document)))].map(escapeHtml).join(', ');
}

export function renderStory(story: Story, docs: Map<string, ReportDocument>, index: number): string {
  const out: string[] = [];
  const corroborated = story.claims.filter((c) => c.status === 'corroborated');
  const single = story.claims.filter((c) => c.status === 'single-source');
  const sid = `story-${index}`;
  const part = (name: string) => `${sid}-${name}`;
  out.push(`<section class="story" id="${escapeHtml(sid)}" aria-labelledby="${sid}-h">`);
  out.push(`<h2 id="${sid}-h">${escapeHtml(story.title)}</h2>`);
  // overview: counts, the outlets with their publication times, and the disputes at a glance
  out.push('<div class="overview">');
  out.push(
    `<p class="counts"><strong>${story.disputes.length}</strong> ${story.disputes.length === 1 ? 'dispute' : 'disputes'} · <strong>${corroborated.length}</strong> corroborated · <strong>${single.length}</strong> single-source · <strong>${story.documents.length}</strong> ${story.documents.length === 1 ? 'report' : 'reports'}</p>`,
  );
  out.push('<ul class="strip" aria-label="Reports in this story">');
  for (const id of story.documents) {
    const d = docs.get(id);
    const t = when(d?.published);
    out.push(
      `<li><a class="doclink" href="#doc-${encodeURIComponent(id)}" data-doc="${escapeHtml(id)}">${escapeHtml(outletName(docs, id))}</a>${t ? ` <time>${escapeHtml(t)}</time>` : ''}${d?.copyOf ? ' <span class="copy">copy</span>' : ''}</li>`,
    );
  }
  out.push('</ul>');
  out.push(
    `<nav class="jump" aria-label="Sections of this story"><a href="#${part('disputes')}">Disputes</a><a href="#${part('coverage')}">Coverage</a><a href="#${part('claims')}">Claims</a><a href="#${part('entities')}">Entities</a><a href="#${part('timeline')}">Timeline</a>${story.framing?.length ? `<a href="#${part('framing')}">Framing</a>` : ''}<a href="#${part('reports')}">Reports</a></nav>`,
  );
  out.push('</div>');
  // disputes first
  out.push(`<h3 id="${part('disputes')}">Disputes</h3>`);
  if (!story.disputes.length) out.push('<p class="empty">No disputes found.</p>');
  else {
    out.push('<ol class="glance" aria-label="Disputes at a glance">');
    story.disputes.forEach((d, k) =>
      out.push(
        `<li><a href="#${sid}-d${k}">${escapeHtml(d.about)}</a>: ${d.positions.map((p) => `<span class="v">${escapeHtml(p.normalized || p.value)}</span> <small>(${outletsOf(p.evidence, docs)})</small>`).join(' <span class="vs">vs</span> ')}</li>`,
      ),
    );
    out.push('</ol>');
  }
  out.push('<div class="disputes">');
  story.disputes.forEach((d, k) => {
    out.push(
      `<article class="dispute" id="${sid}-d${k}" aria-labelledby="${sid}-d${k}-h"><header><span class="kind">${escapeHtml(d.kind)}</span> <h4 id="${sid}-d${k}-h">${escapeHtml(d.about)}</h4></header><div class="positions">`,
    );
    for (const p of d.positions) {
      const notes = [
        p.attribution ? `according to ${escapeHtml(p.attribution)}` : '',
        p.hedged ? '<span class="hedged">hedged</span>' : '',
        p.negated ? 'negated' : '',
      ]
        .filter(Boolean)
        .join(' · ');
      out.push(
        `<div class="position"><p class="value">${escapeHtml(p.normalized || p.value)}</p>${notes ? `<p class="notes">${notes}</p>` : ''}<ul>`,
      );
      for (const e of p.evidence)
        out.push(
          `<li><span class="outlet">${escapeHtml(outletName(docs, e.document))}</span> ${quoteLink(docs, e, p.value)}</li>`,
        );
      out.push('</ul></div>');
    }
    out.push('</div></article>');
  });
  out.push('</div>');
  // coverage matrix: claims x outlets
  const rows = [...story.claims.filter((c) => c.status === 'disputed'), ...corroborated].slice(
    0,
    webSettings.matrixMaxRows,
  );
  out.push(`<h3 id="${part('coverage')}">Coverage</h3>`);
  if (!rows.length) out.push('<p class="empty">No claim is stated by more than one outlet.</p>');
  else {
    out.push(
      `<div class="scroll" tabindex="0" role="region" aria-label="Coverage matrix"><table class="matrix"><caption>Who states each fact: <span class="states">●</span> states it · <span class="contradicts">✕</span> contradicts it · <span class="absent">·</span> does not mention it</caption><thead><tr><th scope="col">Claim</th>`,
    );
    for (const id of story.documents) out.push(`<th scope="col">${escapeHtml(outletName(docs, id))}</th>`);
    out.push('</tr></thead><tbody>');
    for (const c of rows) {
      // a disputed claim: outlets of its best-supported position state it, outlets of the others contradict it
      const dispute = c.dispute ? story.disputes.find((d) => d.id === c.dispute) : undefined;
      const lead = dispute
        ? [...dispute.positions].sort(
            (a, b) =>
              new Set(b.evidence.map((e) => e.document)).size -
              new Set(a.evidence.map((e) => e.document)).size,
          )[0]!
        : undefined;
      const states = new Set((lead ? lead.evidence : c.evidence).map((e) => e.document));
      const contradicts = new Set<string>();
      if (dispute)
        for (const p of dispute.positions)
          if (p !== lead)
            for (const e of p.evidence) if (!states.has(e.document)) contradicts.add(e.document);
      const text = c.statement;
      const st =
        text.length > webSettings.matrixStatementChars
          ? `${text.slice(0, webSettings.matrixStatementChars)}…`
          : text;
      const side = lead
        ? `<br><small class="notes">● = ${escapeHtml(lead.normalized || lead.value)}</small>`
        : '';
      out.push(`<tr><th scope="row">${escapeHtml(st)}${side}</th>`);
      for (const id of story.documents) {
        const cell = states.has(id)
          ? ['states', '●', 'states it']
          : contradicts.has(id)
            ? ['contradicts', '✕', 'contradicts it']
            : ['absent', '·', 'does not mention it'];
        out.push(
          `<td class="${cell[0]}"><span title="${cell[2]}" aria-label="${cell[2]}">${cell[1]}</span></td>`,
        );
      }
      out.push('</tr>');
    }
    out.push('</tbody></table></div>');
  }
  out.push(`<h3 id="${part('claims')}">Claims</h3>`);
  const claimList = (title: string, claims: typeof single) => {
    out.push(`<h4 class="sub">${title} <span class="n">${claims.length}</span></h4>`);
    if (!claims.length) return out.push('<p class="empty">None.</p>');
    // long lists show their first items; the rest stays folded (the browser neither lays out nor paints it)
    const item = (c: (typeof claims)[number]) =>
      // (a corroborated fact names the fact it is: its clauses say more than what the outlets agree on)
      `<li>${c.scope === 'fact' ? `<strong class="fact">${escapeHtml(c.statement)}</strong><br>` : ''}${c.evidence.map((e) => `<span class="outlet">${escapeHtml(outletName(docs, e.document))}</span> ${quoteLink(docs, e)}`).join('<br>')}${c.hedged ? ' <span class="hedged">hedged</span>' : ''}${c.attribution?.length ? ` <small class="notes">according to ${c.attribution.map(escapeHtml).join('; ')}</small>` : ''}</li>`;
    const shown = webSettings.claimsShown;
    out.push(`<ul class="claims">${claims.slice(0, shown).map(item).join('\n')}</ul>`);
    if (claims.length > shown)
      out.push(
        `<details><summary>Show ${claims.length - shown} more</summary><ul class="claims">${claims.slice(shown).map(item).join('\n')}</ul></details>`,
      );
  };
  claimList('Corroborated', corroborated);
  claimList('Single-source', single);
  // entities with their variants
  out.push(`<h3 id="${part('entities')}">Entities</h3>`);
  const ents = story.entities.filter((x) => x.type !== 'other');
  if (!ents.length) out.push('<p class="empty">None.</p>');
  else {
    out.push('<ul class="entities">');
    for (const e of ents) {
      const variants = e.aliases.filter((a) => a !== e.name);
      out.push(
        `<li><strong>${escapeHtml(e.name)}</strong> <span class="kind">${escapeHtml(e.type)}</span> <small>${e.documents.length} ${e.documents.length === 1 ? 'report' : 'reports'}</small>${variants.length ? `<br><small class="notes">also: ${variants.map(escapeHtml).join(', ')}</small>` : ''}</li>`,
      );
    }
    out.push('</ul>');
  }
  // timeline
  out.push(`<h3 id="${part('timeline')}">Timeline</h3>`);
  if (!story.timeline.length) out.push('<p class="empty">No dated events.</p>');
  else {
    out.push('<ol class="timeline">');
    for (const t of story.timeline)
      out.push(
        `<li><time>${escapeHtml(t.date)}</time> ${t.evidence.map((e) => `<span class="outlet">${escapeHtml(outletName(docs, e.document))}</span> ${quoteLink(docs, e)}`).join(' ')}</li>`,
      );
    out.push('</ol>');
  }
  // framing
  if (story.framing?.length) {
    out.push(
      `<h3 id="${part('framing')}">Framing by outlet</h3><table class="framing"><thead><tr><th scope="col">Outlet</th><th scope="col">Attributed statements</th><th scope="col">Hedges</th><th scope="col">Loaded terms</th></tr></thead><tbody>`,
    );
    const sum = (xs: { count: number }[]) => xs.reduce((a, x) => a + x.count, 0);
    const maxH = Math.max(1, ...story.framing.map((f) => sum(f.hedges)));
    const maxL = Math.max(1, ...story.framing.map((f) => sum(f.loadedTerms)));
    const bar = (v: number, max: number, label: string, cls = '') =>
      `<span class="bar${cls}" role="img" aria-label="${escapeHtml(label)}"><span style="width:${Math.round((Math.min(v, max) / max) * 100)}%"></span></span> ${escapeHtml(label)}`;
    for (const f of story.framing) {
      const h = sum(f.hedges);
      const l = sum(f.loadedTerms);
      out.push(
        `<tr><th scope="row">${escapeHtml(outletName(docs, f.document))}</th><td>${bar(f.attributedShare, 1, `${Math.round(f.attributedShare * 100)}% of ${f.sentences}`)}</td><td>${bar(h, maxH, String(h), ' h')}<br><small>${f.hedges.map((x) => escapeHtml(`${x.term} ×${x.count}`)).join(', ')}</small></td><td>${bar(l, maxL, String(l), ' l')}<br><small>${f.loadedTerms.map((x) => escapeHtml(`${x.term} ×${x.count}`)).join(', ')}</small></td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  // the reports themselves
  out.push(
    `<h3 id="${part('reports')}">Reports</h3><table class="outlets"><thead><tr><th scope="col">Outlet</th><th scope="col">Title</th><th scope="col">Published</th><th scope="col">Byline</th><th scope="col">Note</th></tr></thead><tbody>`,
  );
  for (const id of story.documents) {
    const d = docs.get(id);
    const url = safeUrl(d?.url);
    const name = escapeHtml(outletName(docs, id));
    out.push(
      `<tr><td>${url ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${name}</a>` : name}</td><td><a class="doclink" href="#doc-${encodeURIComponent(id)}" data-doc="${escapeHtml(id)}">${escapeHtml(d?.title ?? id)}</a></td><td>${escapeHtml(d?.published ?? '—')}</td><td>${escapeHtml(d?.byline ?? '')}</td><td>${d?.copyOf ? `copy of ${escapeHtml(outletName(docs, d.copyOf))}` : ''}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  out.push('</section>');
  return out.join('\n');
}

/**
 * The run's overview: every story, most in need of attention first, with its counts. A story with
 * disputes carries a red badge; one without carries none (a red "0" reads as an alarm).
 */
function overviewNav(ranked: StoryRow[]): string {
  const items = ranked.map((r, k) => {
    const badge = r.disputes
      ? `<span class="badge">${escapeHtml(plural(r.disputes, 'dispute'))}</span> `
      : '';
    return `<li><span class="rank">${k + 1}</span><div class="entry"><a href="#story-${r.index}">${escapeHtml(r.story.title)}</a><small class="meta">${badge}${r.single} single-source · ${r.corroborated} corroborated · ${escapeHtml(plural(r.reports, 'report'))}</small></div></li>`;
  });
  return `<nav aria-label="Stories" class="overview-nav"><h2>Stories <small>most in need of attention first: disputes, then single-source claims, then size</small></h2><ol>${items.join('')}</ol></nav>`;
}

export function renderHtml(report: Report, opts: HtmlOptions = {}): string {
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const used = new Set(report.stories.flatMap((s) => s.documents));
  const payload = Object.fromEntries(
    report.documents
      .filter((d) => used.has(d.id))
      .map((d) => [
        d.id,
        { source: outletIn(docs, d.id), title: d.title, text: d.text, url: safeUrl(d.url) },
      ]),
  );
  const title = opts.title ?? 'Cross-check report';
  const ranked = rankStories(report);
  const nav = report.stories.length > 1 ? overviewNav(ranked) : '';
  const script = opts.scriptSrc
    ? `<script src="${escapeHtml(opts.scriptSrc)}"></script>`
    : `<script>${REPORT_JS}</script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${opts.scriptSrc ? '' : `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} — Corroborate</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header class="top"><p class="brand">Corroborate</p>${opts.backHref ? `<a href="${escapeHtml(opts.backHref)}">All stories</a>` : ''}<p>${plural(report.documents.length, 'report')} · ${plural(report.stories.length, 'story', 'stories')} · ${plural(totals(report).disputes, 'dispute')}</p></header>
<main id="main">
<h1>${escapeHtml(title)}</h1>
${nav}
${ranked.map((r) => renderStory(r.story, docs, r.index)).join('\n')}
</main>
<dialog id="docview" aria-labelledby="docview-title"><div class="dochead"><h2 id="docview-title">Report</h2><button type="button" id="docclose">Close</button></div><div id="docbody" tabindex="-1"></div></dialog>
<script type="application/json" id="documents">${jsonForScript(payload)}</script>
${script}
</body>
</html>
`;
}
