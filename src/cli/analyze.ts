/**
 * `corroborate analyze <inputs…> [--format json|md|html] [--out FILE]`: cross-checks the reports and
 * writes the report. Exit 0 all inputs read, 2 some input skipped (each named on stderr), 1 usage error.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, terminalSafe } from '../model/problems.js';
import { analyzeInputs } from '../pipeline/analyze.js';
import { renderJsonChunks } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderHtml } from '../report/html.js';
import { Progress } from './extract.js';
import { ingestSettings } from '../settings/ingest.js';

const HELP = `Usage: corroborate analyze [options] <inputs...>

Cross-checks news reports: groups them into stories, aligns what the outlets say into claims, and
shows where they agree (corroborated), contradict each other (disputes) and what rests on one outlet.

Inputs: files (.txt .md .html .json .jsonl .xml/.rss/.atom, optionally .gz), folders, or - for stdin;
JSON/JSONL records with "path" are a manifest giving outlet, URL and publication time.

Options:
  -f, --format <json|md|html>  json (default, the corroborate/report@1 contract), md, or html
  -o, --out <file>             write there instead of stdout
      --allow-outside-paths  let manifest paths name files outside the manifest's folder (absolute
                       paths, ..) and folder walks follow symlinks out of the folder; off by default
      --max-documents <n>      stop reading after n documents and analyse those (default ${ingestSettings.maxBatchDocuments})
  -q, --quiet                  no progress display
  -h, --help                   this help

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
        quiet: { type: 'boolean', short: 'q', default: false },
        'allow-outside-paths': { type: 'boolean', default: false },
        'max-documents': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'json';
  if (!['json', 'md', 'markdown', 'html'].includes(format))
    return usage(`--format must be json, md or html, not '${format}'`);
  if (!positionals.length) return usage('no inputs given');
  const maxDocuments = values['max-documents'] === undefined ? undefined : Number(values['max-documents']);
  if (maxDocuments !== undefined && !(Number.isInteger(maxDocuments) && maxDocuments > 0))
    return usage('--max-documents must be a positive integer');
  const progress = values.quiet ? null : new Progress(process.stderr);
  const { report, skipped } = await analyzeInputs(positionals, {
    onProblem: (p) => {
      progress?.clear();
      process.stderr.write(formatProblem(p) + '\n');
    },
    onProgress: (done, total) => progress?.update(done, total),
    allowOutsidePaths: values['allow-outside-paths'],
    ...(maxDocuments !== undefined && { maxDocuments }),
  });
  progress?.done();
  // JSON is written piece by piece (a large report is never one string); md/html are bounded by their views
  const chunks =
    format === 'json'
      ? renderJsonChunks(report)
      : [format === 'html' ? renderHtml(report) : renderMarkdown(report)];
  try {
    await writeChunks(values.out, chunks);
  } catch (e) {
    // A reader that stops early (`| head`) is not an error of ours.
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
  }
  return skipped ? 2 : 0;
}

async function writeChunks(out: string | undefined, chunks: Iterable<string>): Promise<void> {
  const stream = out ? createWriteStream(out) : process.stdout;
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  for (const chunk of chunks) {
    if (!stream.write(chunk))
      await Promise.race([new Promise<void>((resolve) => stream.once('drain', resolve)), failed]);
  }
  if (out)
    await Promise.race([
      new Promise<void>((resolve) => (stream as ReturnType<typeof createWriteStream>).end(resolve)),
      failed,
    ]);
}

function usage(msg: string): number {
  process.stderr.write(
    `corroborate analyze: ${terminalSafe(msg)}\nRun 'corroborate analyze --help' for usage.\n`,
  );
  return 1;
}
