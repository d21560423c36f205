/**
 * Bytes -> string. Order: byte-order mark, UTF-16 by its NUL pattern, valid UTF-8, the charset an
 * HTML/XML page declares, UTF-8 with a few broken bytes, then chardet's guess for legacy 8-bit text
 * (Windows-1251/1252, Latin-1, KOI8-R...) decoded with iconv-lite; otherwise U+FFFD replacement.
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { IngestSettings } from '../settings/ingest.js';
import { sniff } from './bytes.js';

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it. */
  encoding: string;
  /**
   * Set whenever the decoding is not certain: bytes were replaced with U+FFFD (`code: 'undecodable'`) or
   * the encoding was guessed, from chardet's statistics or UTF-16's NUL pattern (`code: 'encoding-guessed'`).
   */
  warning: string | null;
  code: 'undecodable' | 'encoding-guessed' | null;
}

type DecodeSettings = Pick<
  IngestSettings,
  'sniffBytes' | 'utf16NulShare' | 'brokenUtf8ValidPerInvalid' | 'chardetMinConfidence'
>;

export function decodeBytes(buf: Buffer, settings: DecodeSettings): Decoded {
  const s = sniff(buf, settings.sniffBytes, settings.utf16NulShare);
  if (s.bom === 'utf-8') return done(buf.subarray(3), 'utf-8');
  if (s.utf16) {
    if (s.bom) return done(buf.subarray(2), s.utf16);
    return {
      ...done(buf, s.utf16),
      warning: `no byte-order mark; decoded as ${s.utf16.toUpperCase()} from its pattern of NUL bytes (a guess)`,
      code: 'encoding-guessed',
    };
  }
  if (isUtf8(buf)) return done(buf, 'utf-8');

  const declared = declaredCharset(buf, settings.sniffBytes);
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return done(buf, canonical(declared));
  }

  const { valid, invalid } = utf8Sequences(buf);
  if (valid >= invalid * settings.brokenUtf8ValidPerInvalid) {
    return {
      text: normalizeNewlines(buf.toString('utf8')),
      encoding: 'utf-8',
      warning: `invalid UTF-8 (${invalid} bad byte${invalid === 1 ? '' : 's'}) decoded with replacement characters`,
      code: 'undecodable',
    };
  }

  for (const guess of chardet.analyse(buf)) {
    if (guess.confidence < settings.chardetMinConfidence) break;
    if (/^utf-?(8|16|32)/i.test(guess.name)) continue;
    if (iconv.encodingExists(guess.name)) {
      const encoding = canonical(guess.name);
      return {
        ...done(buf, encoding),
        warning: `not valid UTF-8 (${invalid} bad byte${invalid === 1 ? '' : 's'}, ${valid} valid multi-byte sequence${valid === 1 ? '' : 's'}) and no charset declared; decoded as ${encoding}, a guess (chardet, confidence ${guess.confidence}%): check the text`,
        code: 'encoding-guessed',
      };
    }
  }
  return {
    text: normalizeNewlines(buf.toString('utf8')),
    encoding: 'utf-8',
    warning: `not valid UTF-8 and no encoding recognised; decoded with replacement characters (${invalid} bad bytes)`,
    code: 'undecodable',
  };
}

function done(buf: Uint8Array, encoding: string): Decoded {
  return {
    text: normalizeNewlines(iconv.decode(Buffer.from(buf), encoding)),
    encoding,
    warning: null,
    code: null,
  };
}

/** Latin-1 as labelled on the web is Windows-1252 (the WHATWG Encoding Standard maps them so). */
function canonical(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'us-ascii' || n === 'ascii') return 'windows-1252';
  return n;
}

/** `<meta charset=...>`, `<meta http-equiv content="...; charset=...">` or `<?xml encoding="..."?>`. */
export function declaredCharset(buf: Buffer, window: number): string | null {
  const head = buf.subarray(0, Math.min(buf.length, window)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head) ??
    /<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.-]+)["']/i.exec(head);
  return m ? m[1]!.trim() : null;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit none. */
export function utf8Sequences(buf: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

export function normalizeNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}
