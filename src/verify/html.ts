/**
 * The verify result as one self-contained page: the draft with each sentence highlighted in one of three
 * colours (and named, not by colour alone); activating a sentence shows its evidence. The report's safety
 * rules: every text escaped (src/report/html.ts helpers), a CSP with the inline script's pinned hash, a script
 * that only toggles `hidden` and classes (never writes markup).
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../report/html.js';
import type { SentenceVerdict, VerifyEvidence, VerifyResult } from './schema.js';

export const VERIFY_CSS = `
:root{--ink:#1b1f24;--muted:#59636e;--line:#d8dee4;--ok:#dafbe1;--okb:#1a7f37;--bad:#ffebe9;--badb:#b42318;--unk:#fff8c5;--unkb:#7d4e00}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px;z-index:10}
main{max-width:1200px;margin:0 auto;padding:8px 24px 48px;display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:24px}
@media (max-width:800px){main{grid-template-columns:1fr}}
h1{font-size:20px;margin:12px 0 4px}h2{font-size:16px;margin:12px 0 6px}.summary{color:var(--muted);margin:0 0 8px}
.legend{display:flex;gap:12px;flex-wrap:wrap;padding:0;margin:0 0 8px;list-style:none;font-size:14px}
.draft{font-size:16px}
button.sent{all:unset;cursor:pointer;border-radius:3px;padding:1px 2px;border-bottom:2px solid transparent}
button.sent:focus-visible{outline:3px solid #f59e0b;outline-offset:1px}
.v-supported,button.sent.v-supported{background:var(--ok);border-bottom-color:var(--okb)}.v-contradicted,button.sent.v-contradicted{background:var(--bad);border-bottom-color:var(--badb)}.v-unsupported,button.sent.v-unsupported{background:var(--unk);border-bottom-color:var(--unkb)}
button.sent[aria-pressed=true]{outline:2px solid var(--ink)}
.tag{font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.tag.v-supported{color:var(--okb)}.tag.v-contradicted{color:var(--badb)}.tag.v-unsupported{color:var(--unkb)}
aside{border-left:1px solid var(--line);padding-left:16px}.ev{font-size:14px}.ev blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid var(--line)}
.where{color:var(--muted);font-size:12px}
`;

export const VERIFY_JS = `(function(){
var current=null;
function show(i){var p=document.getElementById('ev-'+i);if(!p)return;
var all=document.querySelectorAll('section.ev');for(var k=0;k<all.length;k++){all[k].hidden=true;}
var bs=document.querySelectorAll('button.sent');for(var k=0;k<bs.length;k++){bs[k].setAttribute('aria-pressed','false');}
p.hidden=false;var b=document.getElementById('s-'+i);if(b){b.setAttribute('aria-pressed','true');}current=i;
var h=p.querySelector('h2');if(h){h.focus();}}
document.addEventListener('click',function(ev){var b=ev.target.closest&&ev.target.closest('button.sent');if(!b)return;show(b.getAttribute('data-i'));});
document.addEventListener('keydown',function(ev){if(ev.key==='Escape'&&current!==null){var b=document.getElementById('s-'+current);if(b){b.focus();}}});
document.documentElement.setAttribute('data-ready','1');
})();`;

export const verifyScriptHash = `sha256-${createHash('sha256').update(VERIFY_JS).digest('base64')}`;
export const VERIFY_CSP = `default-src 'none'; script-src '${verifyScriptHash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;

const LABEL: Record<SentenceVerdict['verdict'], string> = {
  supported: 'supported',
  contradicted: 'contradicted',
  unsupported: 'unsupported',
};

function quote(e: VerifyEvidence): string {
  return `<blockquote>“${escapeHtml(e.quote)}”<br><span class="where">${escapeHtml(e.outlet)} · ${escapeHtml(e.document)} · characters ${e.start}–${e.end}</span></blockquote>`;
}

function evidencePanel(s: SentenceVerdict): string {
  const parts = [
    `<section class="ev" id="ev-${s.index}" hidden aria-labelledby="evh-${s.index}">`,
    `<h2 id="evh-${s.index}" tabindex="-1">Sentence ${s.index + 1}: <span class="tag v-${s.verdict}">${LABEL[s.verdict]}</span></h2>`,
    `<p>${escapeHtml(s.text)}</p>`,
    `<p>${escapeHtml(s.reason)}${s.attribution ? ` (the draft attributes it to ${escapeHtml(s.attribution)})` : ''}</p>`,
  ];
  if (s.verdict === 'supported') parts.push(...s.support.slice(0, 4).map(quote));
  if (s.verdict === 'contradicted')
    for (const c of s.conflicts.slice(0, 4))
      parts.push(
        `<p class="where">${escapeHtml(c.kind)}: the draft says ${escapeHtml(c.draftValue)}; the report says ${escapeHtml(c.sourceValue ?? 'otherwise')}</p>`,
        quote(c.evidence),
      );
  if (s.outletsDisagree) parts.push('<p>The outlets themselves disagree on this.</p>');
  parts.push('</section>');
  return parts.join('\n');
}

export function renderVerifyHtml(r: VerifyResult): string {
  const text = r.draft.text;
  // the draft as written, its sentences as buttons; the text between sentences kept (paragraph breaks as <br>)
  let at = 0;
  const body: string[] = [];
  const gap = (s: string) =>
    escapeHtml(s)
      .replace(/\n{2,}/g, '<br><br>')
      .replace(/\n/g, '<br>');
  for (const s of r.sentences) {
    body.push(gap(text.slice(at, s.start)));
    body.push(
      `<button type="button" class="sent v-${s.verdict}" id="s-${s.index}" data-i="${s.index}" aria-pressed="false" aria-controls="ev-${s.index}" aria-label="${LABEL[s.verdict]}: ${escapeHtml(s.text)}">${escapeHtml(text.slice(s.start, s.end))}</button>`,
    );
    at = s.end;
  }
  body.push(gap(text.slice(at)));
  const outlets = [...new Set(r.documents.map((d) => d.outlet))];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${VERIFY_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Verification of ${escapeHtml(r.draft.id)}</title>
<style>${VERIFY_CSS}</style>
</head>
<body>
<a class="skip" href="#draft">Skip to the draft</a>
<main>
<div>
<h1>Verification of ${escapeHtml(r.draft.id)}: ${escapeHtml(r.verdict)}</h1>
<p class="summary">${r.counts.supported} supported · ${r.counts.contradicted} contradicted · ${r.counts.unsupported} unsupported · against ${r.documents.length} reports (${escapeHtml(outlets.join(', '))})</p>
<ul class="legend"><li><span class="sent v-supported">supported</span></li><li><span class="sent v-contradicted">contradicted</span></li><li><span class="sent v-unsupported">unsupported</span></li></ul>
<div class="draft" id="draft">${body.join('')}</div>
</div>
<aside aria-label="Evidence">
<p class="summary">Choose a sentence to see its evidence.</p>
${r.sentences.map(evidencePanel).join('\n')}
</aside>
</main>
<script>${VERIFY_JS}</script>
</body>
</html>
`;
}
