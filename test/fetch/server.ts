/** A test web server on 127.0.0.1 (started by the tests; the fetcher reaches it only when told to). */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  url: (path: string) => string;
  port: number;
  /** Every request received: path and headers. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders; at: number }>;
  route: (path: string, h: Handler) => void;
  close: () => Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path: req.url ?? '/', headers: req.headers, at: Date.now() });
    const h = table.get(req.url ?? '/') ?? table.get(path);
    if (h) h(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (p) => `http://127.0.0.1:${port}${p}`,
    requests,
    route: (p, h) => table.set(p, h),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const send =
  (body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };

export const ARTICLE = (title: string, body: string, extraHead = '') => `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>${title}</title>${extraHead}</head><body><nav>Home | World | Sport</nav>
<article><h1>${title}</h1>${body
  .split('\n\n')
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</article><footer>Copyright</footer></body></html>`;

export const PARAGRAPHS = (subject: string) =>
  [
    `${subject} said on Tuesday that the talks in Geneva would continue for a second day after negotiators failed to agree on the text of a ceasefire.`,
    `According to officials familiar with the negotiations, the delegations exchanged draft proposals late on Monday and met again in the morning for three hours.`,
    `The talks began after weeks of pressure from neighbouring governments, who said the fighting had displaced more than 40,000 people since the start of the year.`,
  ].join('\n\n');
