/**
 * `corroborate analyze <inputs…> [--format json|md|html] [--out FILE]`: cross-checks the reports and
 * writes the report. Exit 0 all inputs read, 2 some input skipped (each named on stderr), 1 usage error.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatProblem } from '../model/problems.js';
import { analyzeInputs } from '../pipeline/analyze.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderHtml } from '../report/html.js';
import { Progress } from './extract.js';

const HELP = `Usage: corroborate analyze [options] <inputs...>

Cross-checks news reports: groups them into stories, aligns what the outlets say into claims, and
shows where they agree (corroborated), contradict each other (disputes) and what rests on one outlet.

Inputs: files (.txt .md .html .json .jsonl .xml/.rss/.atom, optionally .gz), folders, - for stdin, or
URLs of pages, feeds, sitemaps and OPML lists;
JSON/JSONL records with "path" are a manifest giving outlet, URL and publication time.

Options:
  -f, --format <json|md|html>  json (default, the corroborate/report@1 contract), md, or html
  -o, --out <file>             write there instead of stdout
      --db <path>              read the store (after ingesting the inputs given, if any)
  -q, --quiet                  no progress display
  -h, --help                   this help

Exit code: 0 all inputs read, 2 some input was skipped (each named on stderr), 1 usage error.
`;

export async function run(argv: string[]): Promise<number> {
  // `--db` (the store) and URL inputs are handled in analyze-store.ts
  const storeOrWeb = argv.some(
    (a) => a === '--db' || a.startsWith('--db=') || /^[a-z][a-z0-9+.-]*:\/\//i.test(a),
  );
  if (storeOrWeb && !argv.includes('--help') && !argv.includes('-h'))
    return (await import('./analyze-store.js')).run(argv);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q', default: false },
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
  const progress = values.quiet ? null : new Progress(process.stderr);
  const { report, skipped } = await analyzeInputs(positionals, {
    onProblem: (p) => {
      progress?.clear();
      process.stderr.write(formatProblem(p) + '\n');
    },
    onProgress: (done, total) => progress?.update(done, total),
  });
  progress?.done();
  const text =
    format === 'html' ? renderHtml(report) : format === 'json' ? renderJson(report) : renderMarkdown(report);
  if (values.out) await writeFile(values.out, text);
  else process.stdout.write(text);
  return skipped ? 2 : 0;
}

function usage(msg: string): number {
  process.stderr.write(`corroborate analyze: ${msg}\nRun 'corroborate analyze --help' for usage.\n`);
  return 1;
}
