/**
 * `corroborate analyze <inputs…> [--format json|md|html] [--out FILE]`: cross-checks the reports and
 * writes the report. Exit 0 all inputs read, 2 some input skipped (each named on stderr), 1 usage
 * error or nothing could be read.
 */
import { formatProblem, terminalSafe } from '../model/problems.js';
import { analyzeInputs } from '../pipeline/analyze.js';
import { renderJsonChunks } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderHtml } from '../report/html.js';
import { renderCsv } from '../report/csv.js';
import { filterReport } from '../report/filter.js';
import { normalizeDate } from '../ingest/dates.js';
import { overviewLines, summaryLine } from '../report/overview.js';
import { outputProblem, parseOptions, writeOutput } from './common.js';
import { Progress } from './progress.js';
import { ingestSettings } from '../settings/ingest.js';

const HELP = `Usage: corroborate analyze [options] <inputs...>

Cross-checks news reports: groups them into stories, aligns what the outlets say into claims, and
shows where they agree (corroborated), contradict each other (disputes) and what rests on one outlet.

Inputs: files (.txt .md .html .json .jsonl .xml/.rss/.atom, optionally .gz), folders, - for stdin, or
URLs of pages, feeds, sitemaps and OPML lists;
JSON/JSONL records with "path" are a manifest giving outlet, URL and publication time.

Options:
  -f, --format <json|md|html|csv>
                               json (default, the corroborate/report@1 contract), md, html, or csv
                               (claims and disputes, one row per quote)
  -o, --out <file>             write there instead of stdout
      --source <name>          the outlet of reports that name none (no Source: line, page name,
                               URL or feed item source)
      --only-disputed          only the stories with disputes
      --min-outlets <n>        only the stories told by at least n outlets
      --story <id>             only this story (repeat for more)
      --since <date>           only the stories with a report published at or after the date
      --allow-outside-paths    let manifest paths name files outside the manifest's folder (absolute
                               paths, ..) and folder walks follow symlinks out of the folder; off by default
      --max-documents <n>      stop reading after n documents and analyse those (default ${ingestSettings.maxBatchDocuments})
      --db <path>              read the store (after ingesting the inputs given, if any)
  -q, --quiet                  no progress display and no summary
  -h, --help                   this help

Markdown and HTML open with an overview: the stories ranked by what needs attention (disputes, then
single-source claims, then size). With --out (or on a terminal) a summary ends the run on stderr.

Exit code: 0 all inputs read, 2 some input was skipped (each named on stderr), 1 usage error or no
input could be read.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'json' },
  out: { type: 'string', short: 'o' },
  source: { type: 'string' },
  'only-disputed': { type: 'boolean', default: false },
  'min-outlets': { type: 'string' },
  story: { type: 'string', multiple: true },
  since: { type: 'string' },
  'allow-outside-paths': { type: 'boolean', default: false },
  'max-documents': { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Stories listed in the terminal overview after the summary line. */
const OVERVIEW_STORIES = 5;

export async function run(argv: string[]): Promise<number> {
  // `--db` (the store) and URL inputs are handled in analyze-store.ts
  const storeOrWeb = argv.some(
    (a) => a === '--db' || a.startsWith('--db=') || /^[a-z][a-z0-9+.-]*:\/\//i.test(a),
  );
  if (storeOrWeb && !argv.includes('--help') && !argv.includes('-h'))
    return (await import('./analyze-store.js')).run(argv);
  const parsed = parseOptions(argv, OPTIONS);
  if (!parsed.ok) return usage(parsed.message);
  const { values, positionals } = parsed.args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'json';
  if (!['json', 'md', 'markdown', 'html', 'csv'].includes(format))
    return usage(`--format must be json, md, html or csv, not '${format}'`);
  const minOutlets = values['min-outlets'] == null ? undefined : Number(values['min-outlets']);
  if (minOutlets !== undefined && !(Number.isInteger(minOutlets) && minOutlets > 0))
    return usage('--min-outlets must be a positive whole number');
  const since = values.since == null ? undefined : normalizeDate(values.since);
  if (since === null)
    return usage(`--since must be a date (2025-06-02, "June 2, 2025"), not '${values.since}'`);
  if (!positionals.length) return usage('no inputs given');
  if (values.out) {
    const problem = await outputProblem(values.out);
    if (problem) {
      process.stderr.write(`corroborate analyze: ${problem}\n`);
      return 1;
    }
  }
  const maxDocuments = values['max-documents'] === undefined ? undefined : Number(values['max-documents']);
  if (maxDocuments !== undefined && !(Number.isInteger(maxDocuments) && maxDocuments > 0))
    return usage('--max-documents must be a positive integer');
  const progress = values.quiet ? null : new Progress(process.stderr);
  const {
    report: full,
    skipped,
    read,
  } = await analyzeInputs(positionals, {
    onProblem: (p) => {
      progress?.clear();
      process.stderr.write(formatProblem(p) + '\n');
    },
    onProgress: (done, total) => progress?.update(done, total),
    onPhase: (phase, done, total) => progress?.phase(phase, done, total),
    ...(values.source && { defaultSource: values.source }),
    allowOutsidePaths: values['allow-outside-paths'],
    ...(maxDocuments !== undefined && { maxDocuments }),
  });
  progress?.finish();
  if (!read) {
    process.stderr.write(
      `corroborate analyze: no report could be read (${skipped} ${skipped === 1 ? 'input' : 'inputs'} skipped); nothing written\n`,
    );
    return 1;
  }
  const report = filterReport(full, {
    onlyDisputed: values['only-disputed'],
    ...(minOutlets && { minOutlets }),
    ...(values.story && { stories: values.story }),
    ...(since && { since }),
  });
  const unknown = (values.story ?? []).filter((id) => !full.stories.some((s) => s.id === id));
  if (unknown.length)
    process.stderr.write(
      `corroborate analyze: no story ${unknown.join(', ')} in this run (story ids: ${full.stories
        .slice(0, 5)
        .map((s) => s.id)
        .join(', ')}${full.stories.length > 5 ? ', …' : ''})\n`,
    );
  // JSON is written piece by piece (a large report is never one string); the other views are bounded
  const text =
    format === 'html'
      ? renderHtml(report)
      : format === 'json'
        ? renderJsonChunks(report)
        : format === 'csv'
          ? renderCsv(report)
          : renderMarkdown(report);
  await writeOutput(values.out, text);
  if (!values.quiet && (values.out || process.stderr.isTTY)) {
    const where = values.out ? `wrote ${values.out}: ` : '';
    const width = process.stderr.columns || 100;
    process.stderr.write(
      [`corroborate: ${where}${summaryLine(report)}`, ...overviewLines(report, OVERVIEW_STORIES, width)].join(
        '\n',
      ) + '\n',
    );
  }
  return skipped ? 2 : 0;
}

function usage(msg: string): number {
  process.stderr.write(
    `corroborate analyze: ${terminalSafe(msg)}\nRun 'corroborate analyze --help' for usage.\n`,
  );
  return 1;
}
