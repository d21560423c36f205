/** Publication dates as inputs state them -> ISO 8601 (a date, or a date-time when the time is given). */
import { createRequire } from 'node:module';

// chrono-node takes ~0.2 s to load: loaded on the first date that is not ISO or RFC 822.
const require = createRequire(import.meta.url);
let chrono: typeof import('chrono-node') | null = null;

/**
 * Hands over chrono-node where a module has already imported it (src/nlp/times.ts): the analyze pipeline then
 * loads one copy of chrono, not its ES module and its CommonJS build (the same code) both.
 */
export function shareChrono(loaded: typeof import('chrono-node')): void {
  chrono ??= loaded;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix time: seconds or milliseconds.
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (ISO.test(s)) return Number.isNaN(Date.parse(s.slice(0, 10))) ? null : s.replace(' ', 'T');
  // RFC 822/2822 (RSS pubDate) and other forms Date understands with a zone.
  if (/^[A-Za-z]{3},?\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}/.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  chrono ??= require('chrono-node') as typeof import('chrono-node');
  const parsed = chrono.parse(s)[0];
  if (!parsed || !parsed.start.isCertain('year')) return null;
  const c = parsed.start;
  const date = `${pad(c.get('year')!, 4)}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (!c.isCertain('hour')) return date;
  if (c.isCertain('timezoneOffset')) return c.date().toISOString();
  return `${date}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
