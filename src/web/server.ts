/**
 * The local web app over analysed stories: a story list with dispute counts, search and a filter,
 * story pages (the HTML report's views), and a JSON API returning the report contract.
 * Every response carries a strict Content-Security-Policy; article text is escaped everywhere.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, isIP } from 'node:net';
import { webSettings } from '../settings/web.js';
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

/**
 * The path of a request target, percent-decoded; null when the target is not a valid origin-form path
 * or its percent-encoding is malformed (`/%`, `/%E0%A4%A`, `/%ff`, overlong `%c0%af`): those get a 400,
 * never an exception.
 */
export function requestPath(target: string | undefined): string | null {
  if (!target || target[0] !== '/') return null;
  let url: URL;
  try {
    url = new URL(target, 'http://localhost');
  } catch {
    return null;
  }
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/** Host names a server bound to `bindHost` answers to (see `hostAllowed`). */
export interface HostPolicy {
  bindHost: string;
  /** Extra names accepted in the Host header (`--allow-host`), e.g. a name the machine is reached by. */
  allowHosts?: readonly string[];
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1']);
const WILDCARD = new Set(['0.0.0.0', '::', '']);

/** The host name of a Host header, lower-cased and without port or IPv6 brackets; null when malformed. */
export function hostName(header: string | undefined): string | null {
  if (header === undefined) return null;
  const h = header.trim().toLowerCase();
  const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(h) ?? /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(h);
  return m ? m[1]! : null;
}

/**
 * DNS-rebinding guard: a page on `evil.example` that re-points its name at 127.0.0.1 sends
 * `Host: evil.example`. Accepted: the bind address itself; loopback names when bound to loopback; any
 * IP literal when bound to all interfaces (a literal cannot be rebound); and the names given in
 * `allowHosts`. Everything else, and a missing or malformed Host header, is refused.
 */
export function hostAllowed(header: string | undefined, policy: HostPolicy): boolean {
  const name = hostName(header);
  if (name === null) return false;
  const bind = policy.bindHost.toLowerCase().replace(/^\[|\]$/g, '');
  if (name === bind) return true;
  if (policy.allowHosts?.some((h) => h.toLowerCase() === name)) return true;
  const loopback = LOOPBACK_NAMES.has(bind) || (isIP(bind) === 4 && bind.startsWith('127.'));
  if (loopback) return LOOPBACK_NAMES.has(name) || (isIP(name) === 4 && name.startsWith('127.'));
  if (WILDCARD.has(bind)) return isIP(name) !== 0 || name === 'localhost';
  return false;
}

export function handler(report: Report, policy?: HostPolicy) {
  const route = routes(report);
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      if (policy && !hostAllowed(req.headers.host, policy))
        return json(res, 421, { error: 'this server does not answer to that Host header' });
      const path = requestPath(req.url);
      if (path === null) return json(res, 400, { error: 'malformed request path' });
      route(req, res, path);
    } catch {
      // A route that throws must not take the server down; the client gets a 500.
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  };
}

function routes(report: Report) {
  return (req: IncomingMessage, res: ServerResponse, path: string): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' });
    if (path === '/healthz') return json(res, 200, { status: 'ok', stories: report.stories.length });
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

/** Servers that are stopping: their answers close the connection instead of keeping it alive. */
const draining = new WeakSet<Server>();

export interface ServerOptions {
  /** Extra Host header names to answer to (see `hostAllowed`). */
  allowHosts?: readonly string[];
}

export function startServer(
  report: Report,
  port: number,
  host: string,
  options: ServerOptions = {},
): Promise<Server> {
  const handle = handler(report, { bindHost: host, allowHosts: options.allowHosts });
  const server = createServer({ connectionsCheckingInterval: webSettings.connectionsCheckMs }, (req, res) => {
    // Draining (see drainServer): answer, then close the connection instead of keeping it alive.
    if (draining.has(server) || !server.listening) res.setHeader('Connection', 'close');
    handle(req, res);
  });
  server.headersTimeout = webSettings.headersTimeoutMs;
  server.requestTimeout = webSettings.requestTimeoutMs;
  server.keepAliveTimeout = webSettings.keepAliveTimeoutMs;
  server.setTimeout(webSettings.socketIdleTimeoutMs, (socket) => socket.destroy());
  server.on('clientError', (_err, socket) => {
    // Malformed request lines/headers: a plain 400 when the socket can still take it, then close.
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Graceful stop (SIGTERM/SIGINT): stop accepting connections, let every request already received be
 * answered (each answer closes its connection), and after `deadlineMs` close whatever is still open (a
 * client that never finishes its request header cannot hold the process). Resolves `true` when all
 * connections ended on their own, `false` when the deadline cut some.
 *
 * `http.Server.close()` would drop keep-alive connections it considers idle at once, including ones whose
 * request has arrived but not yet been parsed (19 of 20 in-flight requests went unanswered that way), so
 * the listening socket is closed with `net.Server.prototype.close` and idle connections end by
 * `keepAliveTimeout`/`headersTimeout` or the deadline.
 */
export function drainServer(
  server: Server,
  deadlineMs: number = webSettings.drainDeadlineMs,
): Promise<boolean> {
  draining.add(server);
  return new Promise((resolve) => {
    let done = false;
    let closing = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      closeListener();
      server.closeAllConnections();
      resolve(false);
    }, deadlineMs);
    // Connections whose handshake completed before the signal wait in the kernel's backlog until the
    // event loop accepts them (a few per turn); closing the listener at once resets them. So the
    // listener stays open until no connection has arrived for `drainQuietMs` (bounded by
    // `drainAcceptMaxMs`); everything answered meanwhile closes its connection.
    const started = Date.now();
    let last = started;
    const arrived = () => (last = Date.now());
    server.on('connection', arrived);
    const closeListener = () => {
      if (closing) return;
      closing = true;
      server.off('connection', arrived);
      NetServer.prototype.close.call(server, () => {
        clearTimeout(timer);
        if (done) return;
        done = true;
        resolve(true);
      });
      // Every connection has now had `drainQuietMs` to send its request: keep-alive connections with
      // none in progress are closed now rather than at `keepAliveTimeoutMs`.
      server.closeIdleConnections();
    };
    const poll = () => {
      const now = Date.now();
      if (now - last >= webSettings.drainQuietMs || now - started >= webSettings.drainAcceptMaxMs)
        closeListener();
      else setTimeout(poll, webSettings.drainQuietMs / 4);
    };
    setTimeout(poll, webSettings.drainQuietMs / 4);
  });
}
