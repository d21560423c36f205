/** A test web server on 127.0.0.1, HTTP or HTTPS (started by the tests; the fetcher reaches it only when told to). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
  return listen(routes, (h) => http.createServer(h), 'http');
}

/** A certificate made for the tests' HTTPS server: its key and certificate (PEM). */
export interface TestCert {
  key: string;
  cert: string;
}

/**
 * A self-signed certificate for 127.0.0.1 and the given names, made now with `openssl` (no network), or
 * null when openssl is not installed. Nothing trusts it unless told to (the fetcher's `ca` option).
 */
export function selfSignedCert(names: string[] = ['news.test']): TestCert | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cert-'));
  try {
    const san = ['IP:127.0.0.1', ...names.map((n) => `DNS:${n}`)].join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${names[0] ?? '127.0.0.1'}`,
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore', timeout: 20_000 },
    );
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same test server over HTTPS with the given certificate (`url()` gives https://127.0.0.1:port/...). */
export async function startHttpsServer(
  cert: TestCert,
  routes: Record<string, Handler> = {},
): Promise<TestServer> {
  return listen(routes, (h) => https.createServer({ key: cert.key, cert: cert.cert }, h), 'https');
}

async function listen(
  routes: Record<string, Handler>,
  create: (h: Handler) => http.Server,
  scheme: 'http' | 'https',
): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const server = create((req, res) => {
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
    url: (p) => `${scheme}://127.0.0.1:${port}${p}`,
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
