/**
 * Inputs stay where the user pointed. A manifest (which may come from anyone) names files inside its
 * own folder only: absolute paths, `..` escapes and symlinks out of the folder are refused. Folders are
 * walked without following symlinks out of the folder named on the command line. Special files
 * (devices, FIFOs, sockets, and anything on /proc, /sys or /dev) are never read. `allowOutsidePaths`
 * (`--allow-outside-paths`) lifts the folder confinement, not the special-file refusal.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model/problems.js';
import { formatByName } from './formats.js';

/** Whether `target` is `root` or lies under it (both absolute, already normalised). */
export function isWithin(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * Kernel pseudo-file systems: their files report size 0 or stream forever (`/proc/self/status`,
 * `/dev/zero`) and hold the machine's state, never a report.
 */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

export function isSpecialPath(real: string): boolean {
  return SPECIAL_ROOTS.some((r) => isWithin(r, real));
}

async function realOrSelf(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    return p; // missing files are reported when read
  }
}

const WIDEN = 'use --allow-outside-paths to read files outside it';

/**
 * The file a manifest entry names, resolved against the manifest's folder `dir`. Throws an InputError
 * naming `input` (the entry) when the path is absolute, climbs out with `..`, or reaches outside through
 * a symlink, unless `allowOutside`.
 */
export async function manifestTarget(
  dir: string,
  entryPath: string,
  input: string,
  allowOutside: boolean | 'reports',
): Promise<string> {
  const target = path.resolve(dir, entryPath);
  if (allowOutside === true) return target;
  // a manifest the user names on the command line may list report files anywhere (the evaluation scripts
  // write one in a temporary folder naming the corpus by absolute path), but only files a report is kept in:
  // /etc/passwd, a key file or a shell history have no report format
  if (allowOutside === 'reports') {
    if (formatByName(target)) return target;
    throw new InputError(
      input,
      `manifest path ${JSON.stringify(entryPath.slice(0, 200))} is not a report file (.txt, .md, .html, .json, .jsonl, .xml, .rss, .atom, optionally .gz); refused`,
      'outside-path',
    );
  }
  const shown = JSON.stringify(entryPath.length > 200 ? `${entryPath.slice(0, 200)}…` : entryPath);
  if (path.isAbsolute(entryPath))
    throw new InputError(
      input,
      `manifest path ${shown} is absolute; a manifest may name only files inside its own folder (${WIDEN})`,
      'outside-path',
    );
  if (!isWithin(dir, target))
    throw new InputError(
      input,
      `manifest path ${shown} leaves the manifest's folder; refused (${WIDEN})`,
      'outside-path',
    );
  const [realDir, realTarget] = await Promise.all([realOrSelf(dir), realOrSelf(target)]);
  if (!isWithin(realDir, realTarget))
    throw new InputError(
      input,
      `manifest path ${shown} leads outside the manifest's folder through a symlink; refused (${WIDEN})`,
      'outside-path',
    );
  return target;
}
