/** Worker processes for the queue tests: `node dist/cli/main.js worker …`, as a deployment runs them. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { RawDocument } from '../../src/model/document.js';
import { rawDoc } from '../helpers/docs.js';
import { cliPath } from '../helpers/paths.js';

export interface WorkerProcess {
  child: ChildProcess;
  /** The JSON log lines written so far. */
  logs: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

export function spawnWorker(db: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): WorkerProcess {
  const child = spawn(process.execPath, [cliPath, 'worker', '--db', db, '--no-fetch', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: Array<Record<string, unknown>> = [];
  let buf = '';
  child.stderr!.on('data', (b: Buffer) => {
    buf += b.toString('utf8');
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, logs, exited };
}

/** ECB+ dev reports repeated to `n` (each repeat with a new first line: a new document, a near-copy of its original). */
export function ecbReports(file: string, n: number): Array<RawDocument & { story: string }> {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; story: string });
  const out: Array<RawDocument & { story: string }> = [];
  for (let k = 0; k < n; k++) {
    const r = rows[k % rows.length]!;
    const round = Math.floor(k / rows.length);
    const id = round ? `${r.id}-${round}` : r.id;
    out.push({
      ...rawDoc(id, round ? `Update ${round} of report ${r.id}.\n${r.text}` : r.text),
      story: r.story,
    });
  }
  return out;
}
