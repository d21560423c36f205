/**
 * What to read: the command-line inputs expanded into files. Folders are walked recursively in a
 * deterministic order (names sorted by code unit), hidden files and folders skipped, symlink loops
 * followed once. Only paths are held, never contents.
 */
import { readdir, stat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../model/problems.js';
import { fsError } from './bytes.js';

export type InputItem =
  | { kind: 'file'; file: string; display: string }
  | { kind: 'stdin'; display: '-' }
  | { kind: 'problem'; problem: Problem };

export async function listInputs(inputs: string[], cwd: string): Promise<InputItem[]> {
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
        await walk(abs, input, items, new Set());
        if (items.length === before)
          items.push(problem(input, 'folder holds no files to read', 'empty', 'warning'));
      } else items.push({ kind: 'file', file: abs, display: input });
    } catch (e) {
      const err = fsError(e, input);
      items.push(problem(input, err.message, err.code));
    }
  }
  return items;
}

async function walk(dir: string, display: string, out: InputItem[], seen: Set<string>): Promise<void> {
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
      const st = await stat(abs);
      if (st.isDirectory()) await walk(abs, shown, out, seen);
      else if (st.isFile()) out.push({ kind: 'file', file: abs, display: shown });
      else out.push(problem(shown, 'not a regular file', 'not-a-file'));
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
