/**
 * What every subcommand shares at the edge: option parsing with "did you mean" for a mistyped
 * option, an output path checked before the work, writing to a file or to stdout (a reader that
 * stops early is not an error), and plurals for the one-line messages.
 */
import { createWriteStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Edit distance between two short strings: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

/** The known option nearest to a mistyped one, when it is near enough to be what was meant. */
export function nearestOption(typed: string, options: Options): string | null {
  const name = typed.replace(/^-+/, '').split('=')[0]!;
  let best: string | null = null;
  let bestD = Infinity;
  for (const known of Object.keys(options)) {
    const d = editDistance(name, known);
    if (d < bestD) [best, bestD] = [known, d];
  }
  // a typo is a letter or two off (transposed, missing, extra); farther away is another word
  return best && bestD <= Math.max(1, Math.min(2, Math.floor(best.length / 3))) ? `--${best}` : null;
}

/** The message for an option parse error: one sentence, with the option meant when it can be guessed. */
export function optionError(e: unknown, options: Options): string {
  const msg = e instanceof Error ? e.message : String(e);
  const unknown = /Unknown option '([^']+)'/.exec(msg);
  if (unknown) {
    const meant = nearestOption(unknown[1]!, options);
    return `unknown option '${unknown[1]}'${meant ? `; did you mean ${meant}?` : ''}`;
  }
  const missing = /Option '([^']+)' argument missing/.exec(msg);
  if (missing) return `option ${missing[1]!.split(',').pop()!.trim().replace(/ <.*$/, '')} needs a value`;
  return msg.split('. ')[0]!;
}

export type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;

/** parseArgs with positionals, or the one-sentence error for a bad option. */
export function parseOptions<O extends Options>(
  argv: string[],
  options: O,
): { ok: true; args: Parsed<O> } | { ok: false; message: string } {
  try {
    return { ok: true, args: parseArgs({ args: argv, allowPositionals: true, options }) as Parsed<O> };
  } catch (e) {
    return { ok: false, message: optionError(e, options) };
  }
}

/**
 * Why the output file cannot be written, as one sentence naming it, or null when it can. Checked
 * before the work so that minutes of analysis are not lost to a mistyped folder.
 */
export async function outputProblem(out: string): Promise<string | null> {
  const dir = path.dirname(path.resolve(out));
  try {
    const d = await stat(dir);
    if (!d.isDirectory()) return `cannot write ${out}: ${path.dirname(out)} is not a folder`;
  } catch {
    return `cannot write ${out}: the folder ${path.dirname(out)} does not exist (create it first, or pick another --out)`;
  }
  try {
    if ((await stat(out)).isDirectory())
      return `cannot write ${out}: it is a folder (give a file name, e.g. ${path.join(out, 'report')})`;
  } catch {
    // does not exist yet: fine
  }
  try {
    await writeFile(out, '', { flag: 'a' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (e as Error).message;
    return `cannot write ${out}: ${why}`;
  }
  return null;
}

/** Writes the text to the file, or to stdout; a reader that stopped early (`| head`) is not an error. */
export async function writeOutput(out: string | undefined, text: string | Iterable<string>): Promise<void> {
  const chunks = typeof text === 'string' ? [text] : text;
  if (out) {
    // piece by piece, waiting for the file to drain: a large report is never held as one string
    const stream = createWriteStream(out);
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    failed.catch(() => undefined);
    for (const chunk of chunks)
      if (!stream.write(chunk))
        await Promise.race([new Promise<void>((resolve) => stream.once('drain', resolve)), failed]);
    await Promise.race([new Promise<void>((resolve) => stream.end(resolve)), failed]);
    return;
  }
  await new Promise<void>((resolve) => {
    let done = false;
    const onError = (e: NodeJS.ErrnoException) => {
      // a reader that stops early (`| head`) is not an error of ours
      if (e.code !== 'EPIPE') process.stderr.write(`corroborate: cannot write to stdout: ${e.message}\n`);
      done = true;
      resolve();
    };
    process.stdout.once('error', onError);
    const it = chunks[Symbol.iterator]();
    const next = () => {
      for (;;) {
        if (done) return;
        const r = it.next();
        if (r.done) {
          process.stdout.off('error', onError);
          process.stdout.write('', () => resolve());
          return;
        }
        if (!process.stdout.write(r.value)) {
          process.stdout.once('drain', next);
          return;
        }
      }
    };
    next();
  });
}
