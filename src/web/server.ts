/**
 * The local web app over analysed stories: a story list with dispute counts, search and a filter,
 * story pages (the HTML report's views), and a JSON API returning the report contract.
 * Every response carries a strict Content-Security-Policy; article text is escaped everywhere.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Report } from '../model/report.js';
import { SCHEMA_ID } from '../model/report.js';
import { escapeHtml, renderHtml } from '../report/html.js';
import { REPORT_CSS, REPORT_JS } from '../report/html-assets.js';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const LIST_JS = `(function(){var q=document.getElementById('q'),f=document.getElementById('disputed'),rows=[].slice.call(document.querySelectorAll('li[data-title]'));
function apply(){var t=(q.value||'').toLowerCase();rows.forEach(function(r){var ok=r.getAttribute('data-title').indexOf(t)>=0&&(!f.checked||Number(r.getAttribute('data-disputes'))>0);r.hidden=!ok;});document.getElementById('shown').textContent=rows.filter(function(r){return !r.hidden;}).length+' shown';}
q.addEventListener('input',apply);f.addEventListener('change',apply);})();`;

export function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

/** The report contract restricted to one story. */
export function storyReport(report: Report, id: string): Report | null {
  const story = report.stories.find((s) => s.id === id);
  if (!story) return null;
  const ids = new Set(story.documents);
  return { schema: SCHEMA_ID, documents: report.documents.filter((d) => ids.has(d.id)), stories: [story] };
}

function listPage(report: Report): string {
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const items = report.stories
    .map((s) => {
      const outlets = [...new Set(s.documents.map((id) => docs.get(id)?.source ?? id))];
      const search = `${s.title} ${outlets.join(' ')}`.toLowerCase();
      const shown =
        outlets.slice(0, 6).join(', ') + (outlets.length > 6 ? ` and ${outlets.length - 6} more` : '');
      return `<li data-title="${escapeHtml(search)}" data-disputes="${s.disputes.length}"><a href="/stories/${encodeURIComponent(s.id)}">${escapeHtml(s.title)}</a> <span class="badge" aria-label="${s.disputes.length} disputes">${s.disputes.length}</span> <small>${s.documents.length} reports</small><br><small class="notes">${escapeHtml(shown)}</small></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>Stories — Corroborate</title><style>${REPORT_CSS}.stories li{margin:8px 0}form[role=search]{display:flex;gap:16px;align-items:center;margin:8px 0}</style></head>
<body><a class="skip" href="#main">Skip to the stories</a><header class="top"><p class="brand">Corroborate</p><p>${report.documents.length} reports · ${report.stories.length} stories</p></header>
<main id="main"><h1>Stories</h1><form role="search"><label>Search titles and outlets <input id="q" type="search"></label> <label><input id="disputed" type="checkbox"> only stories with disputes</label> <output id="shown" aria-live="polite">${report.stories.length} shown</output></form>
<ol class="stories">${items}</ol></main><script src="/list.js"></script></body></html>`;
}

export function handler(report: Report) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' });
    if (path === '/' || path === '/stories')
      return send(res, 200, 'text/html; charset=utf-8', listPage(report));
    if (path === '/list.js') return send(res, 200, 'text/javascript; charset=utf-8', LIST_JS);
    if (path === '/report.js') return send(res, 200, 'text/javascript; charset=utf-8', REPORT_JS);
    if (path === '/api/stories')
      return json(
        res,
        200,
        report.stories.map((s) => ({
          id: s.id,
          title: s.title,
          documents: s.documents.length,
          disputes: s.disputes.length,
        })),
      );
    const api = /^\/api\/stories\/(.+)$/.exec(path);
    if (api) {
      const sub = storyReport(report, api[1]!);
      return sub ? json(res, 200, sub) : json(res, 404, { error: `no story '${api[1]}'` });
    }
    const page = /^\/stories\/(.+)$/.exec(path);
    if (page) {
      const sub = storyReport(report, page[1]!);
      if (!sub)
        return send(
          res,
          404,
          'text/html; charset=utf-8',
          '<!doctype html><title>Not found</title><p>No such story.</p>',
        );
      return send(
        res,
        200,
        'text/html; charset=utf-8',
        renderHtml(sub, { scriptSrc: '/report.js', backHref: '/' }),
      );
    }
    return json(res, 404, { error: 'not found' });
  };
}

export function startServer(report: Report, port: number, host: string): Promise<Server> {
  const server = createServer(handler(report));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
