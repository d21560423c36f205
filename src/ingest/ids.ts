/** Document ids: the file name without its extensions, unless the input gives one; duplicates get `~2`, `~3`. */
import path from 'node:path';
import type { Problem } from '../model/problems.js';

/** `page.html.gz` -> `page`; `report.v2.txt` -> `report.v2` (only .gz and one format extension go). */
export function fileId(fileName: string): string {
  let base = path.basename(fileName);
  if (/\.gz$/i.test(base)) base = base.slice(0, -3);
  const ext = path.extname(base);
  if (ext && ext.length < base.length) base = base.slice(0, -ext.length);
  return base || 'document';
}

export class IdRegistry {
  private readonly seen = new Map<string, { input: string; next: number }>();

  /** Returns a unique id for `wanted`, reporting a warning when it had to rename. */
  assign(wanted: string, input: string, onProblem: (p: Problem) => void): string {
    const first = this.seen.get(wanted);
    if (!first) {
      this.seen.set(wanted, { input, next: 2 });
      return wanted;
    }
    let id = `${wanted}~${first.next++}`;
    while (this.seen.has(id)) id = `${wanted}~${first.next++}`;
    this.seen.set(id, { input, next: 2 });
    onProblem({
      input,
      severity: 'warning',
      code: 'duplicate-id',
      message: `duplicate id '${wanted}' (already used by ${first.input}); this one is '${id}'`,
    });
    return id;
  }
}
