/**
 * One HTTP GET over node:http/https, connecting through the guarded lookup (the address checked is
 * the address connected to), with a deadline for the whole exchange and a size limit that counts the
 * decompressed bytes (a gzip bomb is cut off as it inflates). gzip, deflate and brotli bodies are
 * decompressed. Redirects are not followed here: the fetcher checks each hop and follows it.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { checkUrl, guardedLookup, hostOf, type GuardOptions } from './guard.js';

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface HttpRequest {
  url: URL;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  guard: GuardOptions;
  /** Abandon the request (the fetcher is closing). */
  signal?: AbortSignal;
  /** Extra trusted certificates (PEM) for HTTPS, beside the system's roots; verification stays on. */
  ca?: readonly string[];
}

export class HttpError extends Error {
  constructor(
    message: string,
    readonly code: 'timeout' | 'too-large' | 'network' | 'aborted' | 'decode',
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function httpGet(req: HttpRequest): Promise<HttpResponse> {
  checkUrl(req.url, req.guard);
  const mod = req.url.protocol === 'https:' ? https : http;
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const finish = (err: Error | null, res?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      if (err) {
        request.destroy();
        reject(err);
      } else resolve(res!);
    };
    const request = mod.request(
      req.url,
      {
        method: 'GET',
        headers: { 'accept-encoding': 'gzip, deflate, br', ...req.headers },
        lookup: guardedLookup(req.guard) as never,
        // no connection reuse across checks: every request resolves and checks again
        agent: false,
        // SNI carries names only (RFC 6066): none for an IP-literal host
        ...(!net.isIP(hostOf(req.url)) && { servername: hostOf(req.url) }),
        ...(req.ca?.length && { ca: [...tls.rootCertificates, ...req.ca] }),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && status !== 304) {
          res.resume();
          finish(null, { status, headers: res.headers, body: Buffer.alloc(0) });
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (!res.headers['content-encoding'] && Number.isFinite(declared) && declared > req.maxBytes) {
          res.resume();
          finish(
            new HttpError(`body of ${declared} bytes is over the ${req.maxBytes}-byte limit`, 'too-large'),
          );
          return;
        }
        let stream: Readable = res;
        const enc = String(res.headers['content-encoding'] ?? '')
          .trim()
          .toLowerCase();
        if (enc === 'gzip' || enc === 'x-gzip') stream = res.pipe(zlib.createGunzip());
        else if (enc === 'deflate') stream = res.pipe(inflateAny());
        else if (enc === 'br') stream = res.pipe(zlib.createBrotliDecompress());
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (c: Buffer) => {
          size += c.length;
          if (size > req.maxBytes) {
            finish(new HttpError(`body is over the ${req.maxBytes}-byte limit`, 'too-large'));
            stream.destroy();
            return;
          }
          chunks.push(c);
        });
        stream.on('end', () => finish(null, { status, headers: res.headers, body: Buffer.concat(chunks) }));
        stream.on('error', (e) =>
          finish(
            new HttpError(`could not read the body: ${e.message}`, stream === res ? 'network' : 'decode'),
          ),
        );
        res.on('aborted', () => finish(new HttpError('connection closed before the body ended', 'network')));
      },
    );
    const timer = setTimeout(
      () => finish(new HttpError(`no complete response within ${req.timeoutMs} ms`, 'timeout')),
      req.timeoutMs,
    );
    const onAbort = () => finish(new HttpError('fetch abandoned', 'aborted'));
    if (req.signal?.aborted) onAbort();
    req.signal?.addEventListener('abort', onAbort);
    request.on('error', (e) => finish(e.name === 'RefusedError' ? e : new HttpError(e.message, 'network')));
    request.end();
  });
}

/** `deflate` is zlib-wrapped (RFC 9110); a truncated stream yields what arrived instead of failing. */
function inflateAny(): zlib.Inflate {
  return zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
}
