/**
 * The fetcher: one place that decides whether a URL may be fetched and fetches it politely.
 * Every hop (the URL and each redirect) is checked for scheme and address (src/fetch/guard.ts) and
 * against the host's robots.txt (cached per origin); requests to one host wait for a slot (per-host
 * concurrency) and keep a delay between starts (ours or the site's Crawl-delay, capped); network
 * errors, 429 and 5xx are retried with exponential backoff that honours Retry-After; a stored ETag /
 * Last-Modified makes the request conditional (304 = not modified).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { IncomingHttpHeaders } from 'node:http';
import pLimit, { type LimitFunction } from 'p-limit';
import { fetchSettings, type FetchSettings } from '../settings/fetch.js';
import { RefusedError, checkUrl, type GuardOptions } from './guard.js';
import { HttpError, httpGet, type HttpResponse } from './http.js';

/** Validators from an earlier fetch of the same URL. */
export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | {
      kind: 'ok';
      /** The URL asked for, and the one the body came from after redirects. */
      requested: string;
      url: string;
      status: number;
      contentType: string | null;
      /** The charset the Content-Type header names, if any. */
      charset: string | null;
      body: Buffer;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; requested: string; url: string }
  | {
      kind: 'failed';
      requested: string;
      url: string;
      /** `refused` (scheme/address/credentials), `robots`, `http` (status), `timeout`, `too-large`, `network`, `redirects`. */
      code: string;
      message: string;
      status?: number;
    };

export interface FetcherOptions extends GuardOptions {
  settings?: Partial<FetchSettings>;
  /** Full User-Agent header (default: `Corroborate/<version> (+news cross-checking reader)`). */
  userAgent?: string;
  /** How to wait (tests pass a recorder). */
  sleep?: (ms: number) => Promise<void>;
  /** Called once per request sent (URL, status or error), for logs and tests. */
  onRequest?: (url: string, outcome: number | string) => void;
  /**
   * Certificates (PEM) trusted for HTTPS in addition to the system's roots: a private CA, or the tests'
   * self-signed server. Certificates are always verified; this only adds to what is trusted.
   */
  ca?: string | string[];
}

interface RobotsEntry {
  allowed: (url: string) => boolean;
  crawlDelayMs: number;
  expires: number;
}

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// a CommonJS module whose typings declare an ES default export: loaded as what it is
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

export function defaultUserAgent(settings: Pick<FetchSettings, 'userAgentProduct'> = fetchSettings): string {
  let version = '0';
  try {
    version = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    ).version;
  } catch {
    // the version is decoration
  }
  return `${settings.userAgentProduct}/${version} (+news cross-checking reader; honours robots.txt)`;
}

export class Fetcher {
  readonly settings: FetchSettings;
  readonly userAgent: string;
  private readonly guard: GuardOptions;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly hostLimits = new Map<string, LimitFunction>();
  private readonly nextStart = new Map<string, number>();
  private readonly robots = new Map<string, Promise<RobotsEntry>>();
  private readonly total: LimitFunction;
  private readonly abort = new AbortController();
  private readonly onRequest: FetcherOptions['onRequest'];
  private readonly ca: string[] | undefined;

  constructor(opts: FetcherOptions = {}) {
    this.settings = { ...fetchSettings, ...opts.settings };
    this.userAgent = opts.userAgent ?? defaultUserAgent(this.settings);
    this.guard = {
      allowAddresses: opts.allowAddresses ?? [],
      ...(opts.resolve && { resolve: opts.resolve }),
    };
    this.sleep = opts.sleep ?? ((ms) => abortableSleep(ms, this.abort.signal));
    this.total = pLimit(this.settings.totalConcurrency);
    this.onRequest = opts.onRequest;
    this.ca = opts.ca === undefined ? undefined : [opts.ca].flat();
  }

  /** Abandons requests in flight and waits no more (SIGINT/SIGTERM). */
  close(): void {
    this.abort.abort();
  }

  async fetch(url: string, conditional: Conditional = {}): Promise<FetchResult> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return { kind: 'failed', requested: url, url, code: 'refused', message: 'not a URL' };
    }
    const fail = (code: string, message: string, status?: number): FetchResult => ({
      kind: 'failed',
      requested: url,
      url: current.href,
      code,
      message,
      ...(status != null && { status }),
    });
    for (let hop = 0; hop <= this.settings.maxRedirects; hop++) {
      try {
        checkUrl(current, this.guard);
        const robots = await this.robotsFor(current);
        if (!robots.allowed(current.href))
          return fail('robots', `robots.txt of ${current.host} disallows it`);
        const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: ACCEPT };
        if (hop === 0 && conditional.etag) headers['if-none-match'] = conditional.etag;
        if (hop === 0 && conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
        const res = await this.withRetries(current, headers, this.settings.maxBodyBytes, robots.crawlDelayMs);
        if (res.status >= 300 && res.status < 400 && res.status !== 304) {
          const location = header(res.headers, 'location');
          if (!location) return fail('http', `redirect ${res.status} without a Location`, res.status);
          current = new URL(location, current);
          continue;
        }
        if (res.status === 304) return { kind: 'not-modified', requested: url, url: current.href };
        if (res.status < 200 || res.status >= 300) return fail('http', `HTTP ${res.status}`, res.status);
        const contentType = header(res.headers, 'content-type');
        return {
          kind: 'ok',
          requested: url,
          url: current.href,
          status: res.status,
          contentType,
          charset: charsetOf(contentType),
          body: res.body,
          etag: header(res.headers, 'etag'),
          lastModified: header(res.headers, 'last-modified'),
        };
      } catch (e) {
        if (e instanceof RefusedError) return fail(e.code === 'robots' ? 'robots' : 'refused', e.message);
        if (e instanceof HttpError) return fail(e.code, e.message);
        if (e instanceof RetryError) return fail(e.code, e.message, e.status);
        return fail('network', e instanceof Error ? e.message : String(e));
      }
    }
    return fail('redirects', `more than ${this.settings.maxRedirects} redirects`);
  }

  /** One request, retried on network errors, 429 and 5xx; waits for the host's slot each time. */
  private async withRetries(
    url: URL,
    headers: Record<string, string>,
    maxBytes: number,
    crawlDelayMs: number,
  ): Promise<HttpResponse> {
    const s = this.settings;
    for (let attempt = 0; ; attempt++) {
      let res: HttpResponse | null = null;
      let error: HttpError | null = null;
      try {
        res = await this.onHost(url, crawlDelayMs, () =>
          httpGet({
            url,
            headers,
            timeoutMs: s.requestTimeoutMs,
            maxBytes,
            guard: this.guard,
            signal: this.abort.signal,
            ...(this.ca && { ca: this.ca }),
          }),
        );
        this.onRequest?.(url.href, res.status);
      } catch (e) {
        this.onRequest?.(url.href, e instanceof Error ? e.message : String(e));
        // a refusal, an oversized body or an abandoned fetch is final
        if (!(e instanceof HttpError) || e.code === 'too-large' || e.code === 'aborted') throw e;
        error = e;
      }
      if (res && !RETRY_STATUS.has(res.status)) return res;
      if (attempt >= s.retries) {
        if (res) return res;
        throw error!;
      }
      const asked = res ? retryAfterMs(header(res.headers, 'retry-after')) : null;
      if (asked != null && asked > s.maxRetryAfterMs)
        throw new RetryError(
          `HTTP ${res!.status}, Retry-After ${Math.round(asked / 1000)} s is too long to wait`,
          'http',
          res!.status,
        );
      await this.sleep(asked ?? s.retryBaseMs * 2 ** attempt);
    }
  }

  /** Runs `task` in one of the host's slots, keeping the delay between starts. */
  private onHost<T>(url: URL, crawlDelayMs: number, task: () => Promise<T>): Promise<T> {
    const host = url.host;
    let limit = this.hostLimits.get(host);
    if (!limit) {
      limit = pLimit(this.settings.perHostConcurrency);
      this.hostLimits.set(host, limit);
    }
    const delay = Math.max(
      this.settings.perHostDelayMs,
      Math.min(crawlDelayMs, this.settings.maxCrawlDelayMs),
    );
    return limit(async () => {
      const now = Date.now();
      const start = Math.max(now, this.nextStart.get(host) ?? 0);
      this.nextStart.set(host, start + delay);
      if (start > now) await this.sleep(start - now);
      if (this.abort.signal.aborted) throw new HttpError('fetch abandoned', 'aborted');
      return this.total(task);
    });
  }

  /** The origin's robots.txt rules, fetched once per `robotsTtlMs` (concurrent callers share one fetch). */
  private robotsFor(url: URL): Promise<RobotsEntry> {
    const origin = url.origin;
    const cached = this.robots.get(origin);
    if (cached) {
      return cached.then((r) => {
        if (r.expires > Date.now()) return r;
        this.robots.delete(origin);
        return this.robotsFor(url);
      });
    }
    const p = this.loadRobots(new URL('/robots.txt', origin));
    this.robots.set(origin, p);
    return p;
  }

  private async loadRobots(robotsUrl: URL): Promise<RobotsEntry> {
    const s = this.settings;
    const allowAll: RobotsEntry = {
      allowed: () => true,
      crawlDelayMs: 0,
      expires: Date.now() + s.robotsTtlMs,
    };
    let current = robotsUrl;
    for (let hop = 0; hop <= s.maxRedirects; hop++) {
      checkUrl(current, this.guard);
      let res: HttpResponse;
      try {
        res = await this.withRetries(
          current,
          { 'user-agent': this.userAgent, accept: 'text/plain' },
          s.robotsMaxBytes,
          0,
        );
      } catch (e) {
        if (e instanceof HttpError && e.code === 'too-large') return allowAll;
        if (e instanceof RefusedError) throw e;
        // unreachable: fetch nothing from this host for now (as Google treats a robots.txt it cannot read)
        return this.disallowAll(`robots.txt of ${current.host} could not be read`, s.robotsUnreachableTtlMs);
      }
      if (res.status >= 300 && res.status < 400) {
        const location = header(res.headers, 'location');
        if (!location) return allowAll;
        current = new URL(location, current);
        continue;
      }
      if (res.status >= 400 && res.status < 500) return allowAll; // no robots.txt: no rules
      if (res.status >= 500)
        return this.disallowAll(
          `robots.txt of ${current.host}: HTTP ${res.status}`,
          s.robotsUnreachableTtlMs,
        );
      const robots = robotsParser(robotsUrl.href, res.body.toString('utf8'));
      const ua = s.userAgentProduct;
      const delay = robots.getCrawlDelay(ua);
      return {
        // robots.txt applies to its own origin: a URL of another origin is judged by that origin's file
        allowed: (u) => robots.isAllowed(u, ua) !== false,
        crawlDelayMs: delay != null && Number.isFinite(delay) ? delay * 1000 : 0,
        expires: Date.now() + s.robotsTtlMs,
      };
    }
    return allowAll;
  }

  private disallowAll(reason: string, ttl: number): RobotsEntry {
    return {
      allowed: () => {
        throw new RefusedError(reason, 'robots');
      },
      crawlDelayMs: 0,
      expires: Date.now() + ttl,
    };
  }
}

class RetryError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

function header(h: IncomingHttpHeaders, name: string): string | null {
  const v = h[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s?.trim() || null;
}

export function charsetOf(contentType: string | null): string | null {
  const m = contentType ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
