/** The digest as Markdown and as one self-contained HTML page (the report's safety rules: escaped text, a CSP
 * that allows no script at all — the page needs none). */
import { escapeHtml, safeUrl } from '../report/html.js';
import { mdText } from '../verify/markdown.js';
import type { Digest, DigestSentence, DigestSource } from './schema.js';

const cites = (s: DigestSentence) => s.sources.map((n) => `[${n}]`).join('');

const when = (p: string | null) => (p ? p.replace(/T(\d{2}:\d{2}).*$/, ' $1') : null);

function sourceLine(s: DigestSource): string {
  return [s.outlet, s.title, s.url, when(s.published)].filter(Boolean).join(' · ');
}

export function renderDigestMarkdown(d: Digest): string {
  const out: string[] = [];
  for (const s of d.stories) {
    out.push(`## ${mdText(s.title)}`, '');
    for (const p of s.paragraphs) out.push(p.map((x) => `${mdText(x.text)} ${cites(x)}`).join(' '), '');
    out.push('Sources:', '');
    for (const src of s.sources) out.push(`${src.n}. ${mdText(sourceLine(src))} (\`${src.document}\`)`);
    out.push('');
  }
  return out.join('\n');
}

export const DIGEST_CSP = `default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;

const CSS = `body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#1b1f24}main{max-width:760px;margin:0 auto;padding:8px 24px 48px}
h1{font:600 14px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#59636e}h2{font-size:24px;line-height:1.3}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px}
a{color:#0b5cad}a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}sup{font:12px system-ui,sans-serif}
.dispute{background:#fff8c5}.single{font-style:italic}ol.sources{font:14px/1.5 system-ui,sans-serif;color:#3d444d}`;

function sentenceHtml(story: string, s: DigestSentence): string {
  const cls = s.kind === 'dispute' ? ' class="dispute"' : s.kind === 'single-source' ? ' class="single"' : '';
  const refs = s.sources
    .map((n) => `<a href="#${escapeHtml(story)}-src-${n}" aria-label="source ${n}">[${n}]</a>`)
    .join('');
  return `<span${cls}>${escapeHtml(s.text)}</span><sup>${refs}</sup>`;
}

export function renderDigestHtml(d: Digest): string {
  const stories = d.stories.map((s, k) => {
    const sid = `story-${k + 1}`;
    const paras = s.paragraphs
      .map((p) => `<p>${p.map((x) => sentenceHtml(sid, x)).join(' ')}</p>`)
      .join('\n');
    const srcs = s.sources
      .map((src) => {
        const url = safeUrl(src.url);
        const title = src.title ? ` — ${escapeHtml(src.title)}` : '';
        const link = url
          ? ` <a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`
          : '';
        const t = when(src.published);
        return `<li id="${sid}-src-${src.n}">${escapeHtml(src.outlet)}${title}${link}${t ? ` · <time>${escapeHtml(t)}</time>` : ''}</li>`;
      })
      .join('\n');
    return `<article aria-labelledby="${sid}-h"><h2 id="${sid}-h">${escapeHtml(s.title)}</h2>\n${paras}\n<h3>Sources</h3><ol class="sources">${srcs}</ol></article>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DIGEST_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Digest</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the digest</a>
<main id="main">
<h1>Corroborate digest</h1>
${stories.join('\n')}
</main>
</body>
</html>
`;
}
