/**
 * What to read: the command-line inputs expanded into files. Folders are walked recursively in a
 * deterministic order (names sorted by code unit), hidden files and folders skipped, symlink loops
 * followed once, symlinks that lead out of the folder named on the command line not followed (unless
 * `allowOutsidePaths`), special files refused. Only paths are held, never contents.
 */
import { lstat, readdir, stat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../model/problems.js';
import { fsError } from './bytes.js';
import { isSpecialPath, isWithin } from './confine.js';

export type InputItem =
  | { kind: 'file'; file: string; display: string; named?: boolean }
  | { kind: 'stdin'; display: '-' }
  | { kind: 'problem'; problem: Problem };

export interface ListOptions {
  /** Follow symlinks that lead out of the folder being walked. */
  allowOutsidePaths?: boolean;
}

export async function listInputs(
  inputs: string[],
  cwd: string,
  opts: ListOptions = {},
): Promise<InputItem[]> {
  const items: InputItem[] = [];
  let stdinSeen = false;
  for (const input of inputs) {
    if (input === '-') {
      if (stdinSeen) {
        items.push(problem('-', 'stdin named twice; read once', 'duplicate-input', 'warning'));
        continue;
      }
      stdinSeen = true;
      items.push({ kind: 'stdin', display: '-' });
      continue;
    }
    const abs = path.resolve(cwd, input);
    try {
      const st = await stat(abs);
      if (st.isDirectory()) {
        const before = items.length;
        let root = abs;
        try {
          root = await realpath(abs);
        } catch {
          // reported by the walk
        }
        await walk(abs, input, items, new Set(), { root, allowOutside: opts.allowOutsidePaths ?? false });
        if (items.length === before)
          items.push(problem(input, 'folder holds no files to read', 'empty', 'warning'));
      } else items.push({ kind: 'file', file: abs, display: input, named: true });
    } catch (e) {
      const err = fsError(e, input);
      items.push(problem(input, err.message, err.code));
    }
  }
  return items;
}

interface WalkScope {
  /** Real path of the folder named on the command line. */
  root: string;
  allowOutside: boolean;
}

async function walk(
  dir: string,
  display: string,
  out: InputItem[],
  seen: Set<string>,
  scope: WalkScope,
): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    const err = fsError(e, display);
    out.push(problem(display, err.message, err.code));
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.'));
  } catch (e) {
    const err = fsError(e, display);
    out.push(problem(display, err.message, err.code));
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const abs = path.join(dir, name);
    const shown = path.join(display, name);
    try {
      const link = await lstat(abs);
      if (link.isSymbolicLink()) {
        const real = await realpath(abs);
        if (isSpecialPath(real)) {
          out.push(problem(shown, `symlink to ${real}, a special file system; not followed`, 'special-file'));
          continue;
        }
        if (!scope.allowOutside && !isWithin(scope.root, real)) {
          out.push(
            problem(
              shown,
              'symlink leads outside the folder being read; not followed (use --allow-outside-paths to follow it)',
              'outside-path',
            ),
          );
          continue;
        }
      }
      const st = link.isSymbolicLink() ? await stat(abs) : link;
      if (st.isDirectory()) await walk(abs, shown, out, seen, scope);
      else if (st.isFile()) out.push({ kind: 'file', file: abs, display: shown });
      else out.push(problem(shown, 'not a regular file (device, FIFO or socket); not read', 'not-a-file'));
    } catch (e) {
      const err = fsError(e, shown);
      out.push(problem(shown, err.message, err.code));
    }
  }
  seen.delete(real);
}

function problem(
  input: string,
  message: string,
  code: string,
  severity: Problem['severity'] = 'skipped',
): InputItem {
  return { kind: 'problem', problem: { input, message, code, severity } };
}
