/**
 * The fetcher over HTTPS, against a local server with a self-signed certificate made at test time. The
 * certificate is trusted only through the fetcher's `ca` option: without it the fetch fails verification.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../src/fetch/index.js';
import { ARTICLE, PARAGRAPHS, selfSignedCert, send, startHttpsServer, type TestServer } from './server.js';

const cert = selfSignedCert(['news.test']);
// The loopback server is reachable only through this explicit setting, as in fetcher.test.ts.
const LOCAL = { allowAddresses: ['127.0.0.1'], settings: { perHostDelayMs: 0, retryBaseMs: 10, retries: 0 } };

let srv: TestServer;
beforeAll(async () => {
  if (!cert) return;
  srv = await startHttpsServer(cert, {
    '/robots.txt': send('User-agent: *\nAllow: /\n', { 'content-type': 'text/plain' }),
    '/old': send('', { location: '/new' }, 301),
    '/new': send(ARTICLE('Talks resume', PARAGRAPHS('The mediator'))),
    '/to-private': send('', { location: 'https://10.20.30.40/admin' }, 302),
    '/to-name': send('', { location: 'https://intranet.example/' }, 301),
    '/to-loopback-name': send('', { location: 'https://localhost/' }, 307),
  });
});
afterAll(() => srv?.close());

describe.skipIf(!cert)('fetcher over https (self-signed certificate, trusted only by option)', () => {
  it('refuses the certificate unless told to trust it: verification is never off', async () => {
    const outcomes: string[] = [];
    const f = new Fetcher({ ...LOCAL, onRequest: (_u, o) => outcomes.push(String(o)) });
    const r = await f.fetch(srv.url('/new'));
    // robots.txt is the first request to the host: it fails verification, so nothing else is asked
    expect(r.kind).toBe('failed');
    expect(r.kind === 'failed' && r.message).toMatch(/could not be read/);
    expect(outcomes.join('\n')).toMatch(/self[- ]signed certificate/i);
    expect(srv.requests.length).toBe(0);
  });

  it('checks the name too: a trusted certificate for other names is refused', async () => {
    const outcomes: string[] = [];
    const opts = {
      ...LOCAL,
      ca: cert!.cert,
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      onRequest: (_u: string, o: number | string) => outcomes.push(String(o)),
    };
    const r = await new Fetcher(opts).fetch(`https://other.test:${srv.port}/new`);
    expect(r.kind).toBe('failed');
    expect(outcomes.join('\n')).toMatch(/altnames|other\.test/i);
    const ok = await new Fetcher(opts).fetch(`https://news.test:${srv.port}/new`);
    expect(ok.kind).toBe('ok');
  });

  it('follows a redirect to the final https URL', async () => {
    const r = await new Fetcher({ ...LOCAL, ca: cert!.cert }).fetch(srv.url('/old'));
    expect(r.kind).toBe('ok');
    expect(r.url).toBe(srv.url('/new'));
    expect(r.kind === 'ok' && r.body.toString('utf8')).toContain('Talks resume');
  });

  it('makes conditional requests: ETag and Last-Modified give 304 not-modified', async () => {
    srv.route('/etag', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, {
        etag: '"v1"',
        'last-modified': 'Mon, 01 Jun 2026 10:00:00 GMT',
        'content-type': 'text/plain',
      });
      res.end('body');
    });
    const f = new Fetcher({ ...LOCAL, ca: cert!.cert });
    const first = await f.fetch(srv.url('/etag'));
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.etag).toBe('"v1"');
    const second = await f.fetch(srv.url('/etag'), { etag: first.etag, lastModified: first.lastModified });
    expect(second.kind).toBe('not-modified');
    const sent = srv.requests.filter((q) => q.path === '/etag').at(-1)!;
    expect(sent.headers['if-none-match']).toBe('"v1"');
    expect(sent.headers['if-modified-since']).toBe('Mon, 01 Jun 2026 10:00:00 GMT');
  });

  it('refuses an https redirect into a private address, by address and by name after DNS', async () => {
    const resolved: string[] = [];
    const f = new Fetcher({
      ...LOCAL,
      ca: cert!.cert,
      resolve: async (host) => {
        resolved.push(host);
        return host === 'intranet.example'
          ? [{ address: '192.168.7.7', family: 4 }]
          : [{ address: '127.0.0.2', family: 4 }];
      },
    });
    for (const p of ['/to-private', '/to-name', '/to-loopback-name']) {
      const r = await f.fetch(srv.url(p));
      expect(r.kind, p).toBe('failed');
      expect(r.kind === 'failed' && r.code, p).toBe('refused');
      expect(r.kind === 'failed' && r.url, p).not.toBe(srv.url(p));
    }
    expect(resolved).toContain('intranet.example');
  });
});

if (!cert)
  console.log('https fetcher tests skipped: openssl is not installed (it makes the test certificate)');
