/**
 * `corroborate extract <inputs…> [--format json|jsonl] [--out FILE]`: reads the inputs, cleans them
 * together, and writes the documents in the report contract's `documents[]` shape.
 * json: `{"schema":"corroborate/report@1","documents":[…],"stories":[],"problems":[…]}` (a valid report
 * with no stories); jsonl: one document per line. Exit 0 all fine, 2 something skipped, 1 usage error.
 */
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { cleanDocuments } from '../clean/index.js';
import type { RawDocument } from '../model/document.js';
import { formatProblem, terminalSafe, type Problem } from '../model/problems.js';
import { SCHEMA_ID, toReportDocument, type ReportDocument } from '../model/report.js';
import { readInputs } from '../ingest/index.js';
import { ingestSettings } from '../settings/ingest.js';

const HELP = `Usage: corroborate extract [options] <inputs...>

Reads reports and prints them as clean documents.

Inputs: files (.txt .md .html .json .jsonl .xml/.rss/.atom, optionally .gz), folders (read
recursively, hidden files skipped), or - for stdin. JSON/JSONL records with "path" are a manifest:
they give the metadata (id, source, url, published, title, byline, language) of the files they name.

Options:
  -f, --format <json|jsonl>  json (default): {"schema":"corroborate/report@1","documents":[...],
                             "stories":[],"problems":[...]}; jsonl: one document per line
  -o, --out <file>           write there instead of stdout
      --max-bytes <n>        skip inputs larger than n bytes (default ${ingestSettings.maxInputBytes})
      --timeout-ms <n>       cut off a page whose extraction takes longer (default ${ingestSettings.perDocumentTimeoutMs})
      --allow-outside-paths  let manifest paths name files outside the manifest's folder (absolute
                       paths, ..) and folder walks follow symlinks out of the folder; off by default
  -q, --quiet                no progress display
  -h, --help                 this help

Exit code: 0 all inputs read, 2 some input was skipped (each named on stderr), 1 usage error.
`;

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        'max-bytes': { type: 'string' },
        'timeout-ms': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'allow-outside-paths': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usageError((e as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format;
  if (format !== 'json' && format !== 'jsonl')
    return usageError(`--format must be json or jsonl, not '${format}'`);
  if (!positionals.length) return usageError('no inputs given');
  const maxInputBytes = positiveInt(values['max-bytes']);
  const perDocumentTimeoutMs = positiveInt(values['timeout-ms']);
  if (maxInputBytes === false) return usageError('--max-bytes must be a positive integer');
  if (perDocumentTimeoutMs === false) return usageError('--timeout-ms must be a positive integer');

  if (values.out) {
    // Fail before the work, not after it, when the output cannot be written.
    try {
      await writeFile(values.out, '');
    } catch (e) {
      process.stderr.write(
        terminalSafe(`corroborate extract: cannot write ${values.out}: ${(e as Error).message}`) + '\n',
      );
      return 1;
    }
  }

  const problems: Problem[] = [];
  const progress = values.quiet ? null : new Progress(process.stderr);
  const raws: RawDocument[] = [];
  for await (const doc of readInputs(positionals, {
    onProblem: (p) => {
      problems.push(p);
      progress?.clear();
      process.stderr.write(formatProblem(p) + '\n');
    },
    onProgress: (done, total) => progress?.update(done, total),
    ...(maxInputBytes != null && { maxInputBytes }),
    ...(perDocumentTimeoutMs != null && { perDocumentTimeoutMs }),
    allowOutsidePaths: values['allow-outside-paths'],
  })) {
    raws.push(doc);
  }
  progress?.done();

  const docs = cleanDocuments(raws).map(toReportDocument);
  try {
    await write(values.out, format, docs, problems);
  } catch (e) {
    // A reader that stops early (`| head`) is not an error of ours.
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
  }
  return problems.some((p) => p.severity === 'skipped') ? 2 : 0;
}

async function write(
  out: string | undefined,
  format: 'json' | 'jsonl',
  docs: ReportDocument[],
  problems: Problem[],
): Promise<void> {
  const stream = out ? createWriteStream(out) : process.stdout;
  const put = (s: string) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(s)) resolve();
      else stream.once('drain', resolve).once('error', reject);
    });
  if (format === 'jsonl') {
    for (const d of docs) await put(JSON.stringify(d) + '\n');
  } else {
    await put(`{"schema":${JSON.stringify(SCHEMA_ID)},"documents":[`);
    for (let i = 0; i < docs.length; i++) await put((i ? ',\n' : '\n') + JSON.stringify(docs[i]));
    await put(`\n],"stories":[],"problems":${JSON.stringify(problems)}}\n`);
  }
  if (out) {
    await new Promise<void>((resolve, reject) => {
      (stream as ReturnType<typeof createWriteStream>).end((err?: Error | null) =>
        err ? reject(err) : resolve(),
      );
    });
  }
}

function positiveInt(v: string | undefined): number | null | false {
  if (v == null) return null;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : false;
}

function usageError(msg: string): number {
  process.stderr.write(
    `corroborate extract: ${terminalSafe(msg)}\nRun 'corroborate extract --help' for usage.\n`,
  );
  return 1;
}

/** Progress on stderr: a bar on a TTY, a line every N inputs otherwise, nothing for small runs (analyze may reuse it). */
export class Progress {
  private shown = false;
  private readonly tty: boolean;
  private last = 0;
  constructor(private readonly stream: NodeJS.WriteStream) {
    this.tty = !!stream.isTTY;
  }

  update(done: number, total: number | null): void {
    if (total != null && total < ingestSettings.progressMinInputs) return;
    if (this.tty) {
      const now = Date.now();
      if (now - this.last < 100 && done !== total) return;
      this.last = now;
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : 0;
      const bar = total ? `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ` : '';
      this.stream.write(`\r${bar}${done}${total ? `/${total}` : ''} inputs read`);
      this.shown = true;
    } else if (done % ingestSettings.progressEvery === 0 || done === total) {
      this.stream.write(`corroborate: read ${done}${total ? ` of ${total}` : ''} inputs\n`);
    }
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }

  done(): void {
    if (this.shown) this.stream.write('\n');
    this.shown = false;
  }
}
