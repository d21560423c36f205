/**
 * The web app over the store (`corroborate serve --db`): the story list (newest first, what changed
 * since a time marked new), story pages, search, a JSON API, and server-sent events when stories change
 * (another process, ingest or watch, writes the store; the server looks every `pollMs`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SCHEMA_ID, toReportDocument, type Report } from '../model/report.js';
import { escapeHtml, renderHtml } from '../report/html.js';
import { REPORT_CSS, REPORT_JS } from '../report/html-assets.js';
import { liveWebSettings } from '../settings/web.js';
import type { Store, StoryQuery, StorySummary } from '../store/index.js';
import { findCopies } from '../story/index.js';
import { CSP, send } from './server.js';

const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

/** The list page's script: marks stories updated since the last visit, reloads the list on change events. */
const LIVE_JS = `(function(){var KEY='corroborate.lastVisit',last=localStorage.getItem(KEY);
function mark(){if(!last)return;[].forEach.call(document.querySelectorAll('li[data-updated]'),function(li){if(li.getAttribute('data-updated')>last)li.classList.add('new');});}
mark();window.addEventListener('pagehide',function(){localStorage.setItem(KEY,new Date().toISOString());});
var es=new EventSource('/events');es.addEventListener('stories',function(e){var n=document.getElementById('changes');n.hidden=false;n.textContent=JSON.parse(e.data).length+' stories changed — ';var a=document.createElement('a');a.href=location.pathname+location.search;a.textContent='show';n.appendChild(a);});})();`;

export async function storyReportFromStore(store: Store, id: string): Promise<Report | null> {
  const a = await store.latestAnalysis(id);
  const docs = await store.storyDocuments(id);
  if (!docs.length) return null;
  const copies = findCopies(docs);
  const story = a?.story ?? {
    id,
    title: docs[0]!.title ?? id,
    documents: docs.map((d) => d.id),
    entities: [],
    claims: [],
    disputes: [],
    timeline: [],
  };
  return {
    schema: SCHEMA_ID,
    documents: docs.map((d) => toReportDocument({ ...d, copyOf: copies.get(d.id) ?? null })),
    stories: [story],
  };
}

function query(url: URL): StoryQuery | string {
  const q: StoryQuery = { limit: liveWebSettings.listLimit };
  const since = url.searchParams.get('since');
  if (since) {
    const t = Date.parse(since);
    if (Number.isNaN(t)) return `since must be an ISO date/time, not '${since}'`;
    q.since = new Date(t).toISOString();
  }
  const d = url.searchParams.get('disputed');
  if (d != null) q.disputed = d === '' || d === '1' || d === 'true';
  const words = url.searchParams.get('q');
  if (words) q.q = words.slice(0, 200);
  return q;
}

function listPage(
  stories: StorySummary[],
  q: StoryQuery,
  total: { documents: number; stories: number },
): string {
  const items = stories
    .map((s) => {
      const outlets =
        s.sources.slice(0, 6).join(', ') + (s.sources.length > 6 ? ` and ${s.sources.length - 6} more` : '');
      return `<li data-updated="${escapeHtml(s.updatedAt)}"><a href="/stories/${encodeURIComponent(s.id)}">${escapeHtml(s.title || s.id)}</a> <span class="badge" aria-label="${s.disputes} disputes">${s.disputes}</span> <small>${s.documents} reports · updated ${escapeHtml(s.updatedAt.slice(0, 16).replace('T', ' '))}</small><br><small class="notes">${escapeHtml(outlets)}</small></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>Stories — Corroborate</title><style>${REPORT_CSS}.stories li{margin:8px 0}.stories li.new::before{content:'new ';font-weight:bold}form[role=search]{display:flex;gap:16px;align-items:center;margin:8px 0}</style></head>
<body><a class="skip" href="#main">Skip to the stories</a><header class="top"><p class="brand">Corroborate</p><p>${total.documents} reports · ${total.stories} stories</p></header>
<main id="main"><h1>Stories</h1><form role="search" method="get" action="/"><label>Search stories and reports <input name="q" type="search" value="${escapeHtml(q.q ?? '')}"></label> <label><input name="disputed" value="1" type="checkbox"${q.disputed ? ' checked' : ''}> only stories with disputes</label> <button>Search</button></form>
<p id="changes" role="status" hidden></p><ol class="stories">${items}</ol></main><script src="/live.js"></script></body></html>`;
}

export function liveHandler(store: Store, events: LiveEvents) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return json(res, 400, { error: 'bad path' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' });
    if (path === '/healthz') {
      // for a load balancer or an orchestrator: 200 while the store answers, 503 when it does not
      try {
        const c = await store.counts();
        return json(res, 200, { status: 'ok', documents: c.documents, stories: c.stories });
      } catch (e) {
        return json(res, 503, { status: 'unavailable', error: e instanceof Error ? e.message : String(e) });
      }
    }
    try {
      if (path === '/' || path === '/stories') {
        const q = query(url);
        if (typeof q === 'string') return json(res, 400, { error: q });
        const counts = await store.counts();
        return send(res, 200, 'text/html; charset=utf-8', listPage(await store.listStories(q), q, counts));
      }
      if (path === '/live.js') return send(res, 200, 'text/javascript; charset=utf-8', LIVE_JS);
      if (path === '/report.js') return send(res, 200, 'text/javascript; charset=utf-8', REPORT_JS);
      if (path === '/events') return events.subscribe(req, res);
      if (path === '/api/stories') {
        const q = query(url);
        if (typeof q === 'string') return json(res, 400, { error: q });
        return json(res, 200, await store.listStories(q));
      }
      const doc = /^\/api\/documents\/(.+)$/.exec(path);
      if (doc) {
        const d = await store.getDocument(doc[1]!);
        if (!d) return json(res, 404, { error: `no document '${doc[1]}'` });
        return json(res, 200, {
          ...toReportDocument(d),
          story: d.storyId,
          ingestedAt: d.ingestedAt,
          contentHash: d.contentHash,
        });
      }
      const history = /^\/api\/stories\/(.+)\/history$/.exec(path);
      if (history) {
        const ev = await store.storyEvents(history[1]!);
        return ev.length ? json(res, 200, ev) : json(res, 404, { error: `no story '${history[1]}'` });
      }
      const api = /^\/api\/stories\/(.+)$/.exec(path);
      if (api) {
        const sub = await storyReportFromStore(store, api[1]!);
        return sub ? json(res, 200, sub) : json(res, 404, { error: `no story '${api[1]}'` });
      }
      const page = /^\/stories\/(.+)$/.exec(path);
      if (page) {
        const sub = await storyReportFromStore(store, page[1]!);
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
    } catch (e) {
      return json(res, 500, { error: e instanceof Error ? e.message : String(e) });
    }
  };
}

/** Server-sent events: `event: stories` with the ids of stories updated since the last look. */
export class LiveEvents {
  private readonly clients = new Set<ServerResponse>();
  private last: string;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly store: Store,
    pollMs = liveWebSettings.pollMs,
  ) {
    this.last = justAfterNow();
    this.timers.push(setInterval(() => void this.look(), pollMs));
    this.timers.push(setInterval(() => this.broadcast(': keep-alive\n\n'), liveWebSettings.keepAliveMs));
  }

  subscribe(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    res.write(': connected\n\n');
    this.clients.add(res);
    req.on('close', () => this.clients.delete(res));
  }

  private async look(): Promise<void> {
    if (!this.clients.size) {
      this.last = justAfterNow();
      return;
    }
    try {
      const changed = await this.store.listStories({ since: this.last });
      if (!changed.length) return;
      this.last = changed.reduce((m, s) => (s.updatedAt > m ? s.updatedAt : m), this.last);
      // strictly after: bump by a millisecond so the same update is not sent twice
      this.last = new Date(Date.parse(this.last) + 1).toISOString();
      this.broadcast(
        `event: stories\ndata: ${JSON.stringify(changed.map((s) => ({ id: s.id, title: s.title, documents: s.documents, disputes: s.disputes, updatedAt: s.updatedAt })))}\n\n`,
      );
    } catch {
      // the store is busy or closing: the next look tries again
    }
  }

  private broadcast(chunk: string): void {
    for (const c of this.clients) c.write(chunk);
  }

  close(): void {
    for (const t of this.timers) clearInterval(t);
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}

/** `since` is inclusive and times have millisecond resolution: what was written this millisecond is already shown. */
function justAfterNow(): string {
  return new Date(Date.now() + 1).toISOString();
}

export async function startLiveServer(
  store: Store,
  port: number,
  host: string,
): Promise<{ server: Server; events: LiveEvents }> {
  const events = new LiveEvents(store);
  const handle = liveHandler(store, events);
  const server = createServer((req, res) => void handle(req, res));
  server.on('close', () => events.close());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, events };
}
