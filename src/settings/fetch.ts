/** Fetching reports from the web (src/fetch): limits and politeness. */
export const fetchSettings = {
  /** Bodies larger than this (after decompression) are cut off and the fetch fails: no article is 10 MB. */
  maxBodyBytes: 10 * 1024 * 1024,
  /** One request (connect, headers and body) may take at most this long. */
  requestTimeoutMs: 20_000,
  /** Redirects followed per fetch; every hop is checked again (scheme, address, robots.txt). */
  maxRedirects: 5,
  /** Retries after a network error, 429 or 5xx (so at most 1 + this many requests per fetch). */
  retries: 2,
  /** First backoff; each retry waits twice as long as the one before (or what Retry-After asks). */
  retryBaseMs: 1_000,
  /** A Retry-After longer than this is not waited for: the fetch fails and the next poll tries again. */
  maxRetryAfterMs: 60_000,
  /** Requests in flight at once to one host (Scrapy's default per-domain concurrency is 8; we are a reader, not a crawler). */
  perHostConcurrency: 2,
  /** Pause between the starts of two requests to one host, unless robots.txt asks for more (Crawl-delay). */
  perHostDelayMs: 1_000,
  /** A Crawl-delay above this is capped: a site asking for an hour between requests would stall a poll. */
  maxCrawlDelayMs: 30_000,
  /** Requests in flight at once over all hosts. */
  totalConcurrency: 8,
  /** robots.txt is fetched again after this long (Google caches it for up to 24 hours). */
  robotsTtlMs: 6 * 60 * 60 * 1000,
  /** A robots.txt that cannot be read (network error, 5xx) disallows the host for this long, then is tried again. */
  robotsUnreachableTtlMs: 60_000,
  /** robots.txt larger than this is read only up to here (Google reads the first 500 KiB). */
  robotsMaxBytes: 500 * 1024,
  /** Item URLs taken from one feed, sitemap or OPML list; the rest are named in a warning. */
  maxItemsPerList: 500,
  /** Sitemap indexes and OPML lists are followed this deep (a list of lists of feeds). */
  maxListDepth: 2,
  /** The product token of the User-Agent header; the version and a purpose are added. */
  userAgentProduct: 'Corroborate',
};

export type FetchSettings = typeof fetchSettings;
