/** Bytes at the edge: reading a file or stdin under a size limit, gunzip, and sniffing binary content. */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { InputError } from '../model/problems.js';
import { isSpecialPath } from './confine.js';

const gunzipAsync = promisify(gunzip);

/**
 * Reads a regular file whole, after checking its size: a file over `maxBytes` is never read. Devices,
 * FIFOs, sockets and files on /proc, /sys or /dev are refused without opening them for a blocking read;
 * at most the size `stat` gave is read (a file that grows while read, or a pseudo-file reporting size 0,
 * cannot feed more).
 */
export async function readFileLimited(file: string, display: string, maxBytes: number): Promise<Buffer> {
  let size: number;
  let real: string;
  try {
    real = await realpath(file);
    if (isSpecialPath(real))
      throw new InputError(
        display,
        `${real} is on a special file system (/proc, /sys, /dev); not read`,
        'special-file',
      );
    const st = await stat(real);
    if (st.isDirectory()) throw new InputError(display, 'is a folder', 'not-a-file');
    if (!st.isFile())
      throw new InputError(display, 'not a regular file (device, FIFO or socket); not read', 'not-a-file');
    size = st.size;
  } catch (e) {
    throw fsError(e, display);
  }
  if (size > maxBytes) throw tooLarge(display, size, maxBytes);
  let fh;
  try {
    // O_NONBLOCK: should the file have been swapped for a FIFO since the stat, open does not hang.
    fh = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = await fh.stat();
    if (!st.isFile())
      throw new InputError(display, 'not a regular file (device, FIFO or socket); not read', 'not-a-file');
    const buf = Buffer.alloc(Math.min(size, st.size));
    let at = 0;
    while (at < buf.length) {
      const { bytesRead } = await fh.read(buf, at, buf.length - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === buf.length ? buf : buf.subarray(0, at);
  } catch (e) {
    throw fsError(e, display);
  } finally {
    await fh?.close();
  }
}

/** Reads a stream (stdin) up to `maxBytes`; stops reading as soon as the limit is passed. */
export async function readStreamLimited(
  stream: NodeJS.ReadableStream,
  display: string,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += b.length;
    if (size > maxBytes) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw new InputError(display, `more than ${fmt(maxBytes)} bytes (maxInputBytes); skipped`, 'too-large');
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export function tooLarge(display: string, size: number, maxBytes: number): InputError {
  return new InputError(
    display,
    `${fmt(size)} bytes is over the ${fmt(maxBytes)}-byte limit (maxInputBytes); skipped without reading`,
    'too-large',
  );
}

export function fsError(e: unknown, display: string): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new InputError(display, 'no such file or folder', 'missing');
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError(display, 'permission denied', 'unreadable');
  if (code === 'EISDIR') return new InputError(display, 'is a folder', 'not-a-file');
  const msg = e instanceof Error ? e.message : String(e);
  return new InputError(display, `cannot read: ${msg}`, 'unreadable');
}

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** Decompresses gzip, refusing output over `maxBytes` (a small .gz can hide a huge body). */
export async function gunzipLimited(buf: Buffer, display: string, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzipAsync(buf, { maxOutputLength: maxBytes });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw new InputError(
        display,
        `decompresses to more than ${fmt(maxBytes)} bytes (maxInputBytes); skipped`,
        'too-large',
      );
    }
    throw new InputError(display, `not a valid gzip file (${(e as Error).message})`, 'corrupt');
  }
}

/** File signatures of common binary formats found in folders of reports. */
const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or DOCX/XLSX/EPUB)', [0x50, 0x4b, 0x03, 0x04]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['RIFF media (WebP/WAV/AVI)', [0x52, 0x49, 0x46, 0x46]],
  ['Ogg media', [0x4f, 0x67, 0x67, 0x53]],
  ['MP3 audio', [0x49, 0x44, 0x33]],
  ['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['bzip2 archive', [0x42, 0x5a, 0x68]],
  ['WebAssembly', [0x00, 0x61, 0x73, 0x6d]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
  ['OLE2 document (DOC/XLS)', [0xd0, 0xcf, 0x11, 0xe0]],
];

export type Utf16 = 'utf-16le' | 'utf-16be';

export interface Sniff {
  /** Set when the bytes are not text: what they look like. */
  binary: string | null;
  /** A byte-order mark or the NUL pattern of UTF-16. */
  bom: 'utf-8' | Utf16 | null;
  utf16: Utf16 | null;
}

/** Looks at the first bytes: byte-order marks, UTF-16 without BOM, magic numbers, NUL bytes. */
export function sniff(buf: Uint8Array, window: number, utf16NulShare: number): Sniff {
  const head = buf.subarray(0, Math.min(buf.length, window));
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { binary: null, bom: 'utf-8', utf16: null };
  if (head[0] === 0xff && head[1] === 0xfe) return { binary: null, bom: 'utf-16le', utf16: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { binary: null, bom: 'utf-16be', utf16: 'utf-16be' };
  for (const [what, sig] of MAGIC) {
    if (head.length >= sig.length && sig.every((b, i) => head[i] === b)) {
      if (what === 'bzip2 archive' && !(head[3] !== undefined && head[3] >= 0x31 && head[3] <= 0x39))
        continue;
      return { binary: what, bom: null, utf16: null };
    }
  }
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  const pairs = Math.max(1, Math.floor(head.length / 2));
  if (head.length >= 4) {
    // ASCII-range UTF-16: every other byte is NUL, and the other half is not.
    if (nulOdd / pairs >= utf16NulShare && nulEven / pairs < 0.05)
      return { binary: null, bom: null, utf16: 'utf-16le' };
    if (nulEven / pairs >= utf16NulShare && nulOdd / pairs < 0.05)
      return { binary: null, bom: null, utf16: 'utf-16be' };
  }
  if (nulEven + nulOdd > 0) return { binary: 'NUL bytes', bom: null, utf16: null };
  if (head.length > 0 && control / head.length > 0.1) {
    return { binary: 'control bytes', bom: null, utf16: null };
  }
  return { binary: null, bom: null, utf16: null };
}

export function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
