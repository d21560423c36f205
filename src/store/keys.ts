/** The keys that make ingest idempotent: a normalised URL and a content hash. */
import { createHash } from 'node:crypto';

/** Tracking parameters dropped from URLs before comparing (they name the click, not the page). */
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * A URL as a key: lower-case scheme and host, no default port, no fragment, no tracking parameters,
 * the remaining query parameters sorted. Not a URL: null.
 */
export function normalizeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  u.hash = '';
  const params = [...u.searchParams]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = '';
  for (const [k, v] of params) u.searchParams.append(k, v);
  return u.href;
}

/** sha256 of the text with runs of whitespace as one space and no surrounding space. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
