/**
 * `corroborate extract <inputs…> [--format json|jsonl] [--out FILE]`: reads the inputs, cleans them
 * together, and writes the documents in the report contract's `documents[]` shape.
 * json: `{"schema":"corroborate/report@1","documents":[…],"stories":[],"problems":[…]}` (a valid report
 * with no stories); jsonl: one document per line. Exit 0 all fine, 2 something skipped, 1 usage error.
 */
import { createWriteStream } from 'node:fs';
import { cleanDocuments } from '../clean/index.js';
import type { RawDocument } from '../model/document.js';
import { formatProblem, terminalSafe, type Problem } from '../model/problems.js';
import { SCHEMA_ID, toReportDocument, type ReportDocument } from '../model/report.js';
import { readInputs } from '../ingest/index.js';
import { ingestSettings } from '../settings/ingest.js';
import { outputProblem, parseOptions } from './common.js';
import { Progress } from './progress.js';

const HELP = `Usage: corroborate extract [options] <inputs...>

Reads reports and prints them as clean documents.

Inputs: files (.txt .md .html .json .jsonl .xml/.rss/.atom, optionally .gz), folders (read
recursively, hidden files skipped), or - for stdin. JSON/JSONL records with "path" are a manifest:
they give the metadata (id, source, url, published, title, byline, language) of the files they name.

Options:
  -f, --format <json|jsonl>  json (default): {"schema":"corroborate/report@1","documents":[...],
                             "stories":[],"problems":[...]}; jsonl: one document per line
  -o, --out <file>           write there instead of stdout
      --source <name>        the outlet of reports that name none (no Source: line, page name,
                             URL or feed item source)
      --max-bytes <n>        skip inputs larger than n bytes (default ${ingestSettings.maxInputBytes})
      --timeout-ms <n>       cut off a page whose extraction takes longer (default ${ingestSettings.perDocumentTimeoutMs})
      --allow-outside-paths  let manifest paths name files outside the manifest's folder (absolute
                       paths, ..) and folder walks follow symlinks out of the folder; off by default
  -q, --quiet                no progress display and no summary
  -h, --help                 this help

Exit code: 0 all inputs read, 2 some input was skipped (each named on stderr), 1 usage error or no
input could be read.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'json' },
  out: { type: 'string', short: 'o' },
  source: { type: 'string' },
  'max-bytes': { type: 'string' },
  'timeout-ms': { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  'allow-outside-paths': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOptions(argv, OPTIONS);
  if (!parsed.ok) return usageError(parsed.message);
  const { values, positionals } = parsed.args;
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
    const problem = await outputProblem(values.out);
    if (problem) {
      process.stderr.write(terminalSafe(`corroborate extract: ${problem}`) + '\n');
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
    ...(values.source && { defaultSource: values.source }),
    ...(perDocumentTimeoutMs != null && { perDocumentTimeoutMs }),
    allowOutsidePaths: values['allow-outside-paths'],
  })) {
    raws.push(doc);
  }
  progress?.done();
  if (!raws.length && problems.some((p) => p.severity === 'skipped')) {
    const n = problems.filter((p) => p.severity === 'skipped').length;
    process.stderr.write(
      `corroborate extract: no report could be read (${n} ${n === 1 ? 'input' : 'inputs'} skipped); nothing written\n`,
    );
    return 1;
  }

  const docs = cleanDocuments(raws).map(toReportDocument);
  try {
    await write(values.out, format, docs, problems);
  } catch (e) {
    // A reader that stops early (`| head`) is not an error of ours.
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
  }
  if (values.out && !values.quiet)
    process.stderr.write(
      `corroborate: wrote ${values.out}: ${docs.length} ${docs.length === 1 ? 'document' : 'documents'}\n`,
    );
  return problems.some((p) => p.severity === 'skipped') ? 2 : 0;
}

async function write(
  out: string | undefined,
  format: 'json' | 'jsonl',
  docs: ReportDocument[],
  problems: Problem[],
): Promise<void> {
  const stream = out ? createWriteStream(out) : process.stdout;
  // One error listener for the whole write: a listener per backpressure wait would pile up
  // (MaxListenersExceededWarning after ten waits) and outlive the waits it was for.
  let failed: Error | null = null;
  let wake: (() => void) | null = null;
  const onError = (e: Error) => {
    failed = e;
    wake?.();
  };
  stream.on('error', onError);
  const put = (s: string) =>
    new Promise<void>((resolve, reject) => {
      if (failed) return reject(failed);
      if (stream.write(s)) return resolve();
      const done = () => {
        stream.off('drain', done);
        wake = null;
        if (failed) reject(failed);
        else resolve();
      };
      wake = done;
      stream.on('drain', done);
    });
  try {
    await writeAll(put, format, docs, problems);
  } finally {
    stream.off('error', onError);
  }
  if (out) {
    await new Promise<void>((resolve, reject) => {
      (stream as ReturnType<typeof createWriteStream>).end((err?: Error | null) =>
        err ? reject(err) : resolve(),
      );
    });
  }
}

async function writeAll(
  put: (s: string) => Promise<void>,
  format: 'json' | 'jsonl',
  docs: ReportDocument[],
  problems: Problem[],
): Promise<void> {
  if (format === 'jsonl') {
    for (const d of docs) await put(JSON.stringify(d) + '\n');
  } else {
    await put(`{"schema":${JSON.stringify(SCHEMA_ID)},"documents":[`);
    for (let i = 0; i < docs.length; i++) await put((i ? ',\n' : '\n') + JSON.stringify(docs[i]));
    await put(`\n],"stories":[],"problems":${JSON.stringify(problems)}}\n`);
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
