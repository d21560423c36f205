/**
 * `corroborate digest <reports…> [--story ID] [--words N]`: per story, a cited digest of what the reports
 * establish (md, html, json corroborate/digest@1). Reads any input analyze reads, and/or the store (--db).
 * Exit 0 all inputs read, 2 some input skipped, 1 usage error or nothing read.
 */
import { formatProblem, terminalSafe, type Problem } from '../model/problems.js';
import type { Report } from '../model/report.js';
import { analyzeInputs } from '../pipeline/analyze.js';
import { digestReport } from '../digest/index.js';
import { renderDigestHtml, renderDigestMarkdown } from '../digest/render.js';
import { outputProblem, parseOptions, writeOutput } from './common.js';
import { DB_HELP, openDb } from './store-options.js';

const HELP = `Usage: corroborate digest [options] <reports...>

Writes, per story, a digest of what the reports establish: corroborated facts first (by how many
independent outlets state them), each sentence followed by its sources ([1][3], numbered to a source list
with outlet, title, URL and time); every dispute stated as a dispute; single-source facts marked as such.
No language model: every word of a fact is taken from a report.

Inputs: any input analyze reads (files, folders, manifests, feeds, - for stdin), and/or the store (--db).

Options:
  -f, --format <md|html|json> md (default), html (one page), json (corroborate/digest@1, each sentence with
                              its evidence offsets; schema/digest.schema.json)
  -o, --out <file>            write there instead of stdout
      --story <id>            only this story (repeatable)
      --words <n>             about how many words per story (default 250; disputes are always stated)
${DB_HELP}
  -h, --help                  this help

Exit code: 0 all inputs read, 2 some input was skipped (each named on stderr), 1 usage error or nothing read.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'md' },
  out: { type: 'string', short: 'o' },
  story: { type: 'string', multiple: true },
  words: { type: 'string' },
  db: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseOptions(argv, OPTIONS);
  if (!parsed.ok) return usage(parsed.message);
  const { values, positionals } = parsed.args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const format = values.format ?? 'md';
  if (!['json', 'md', 'markdown', 'html'].includes(format))
    return usage(`--format must be md, html or json, not '${format}'`);
  const words = values.words === undefined ? undefined : Number(values.words);
  if (words !== undefined && !(Number.isInteger(words) && words > 0))
    return usage('--words must be a positive whole number');
  if (!positionals.length && values.db === undefined) return usage('no inputs given');
  if (values.out) {
    const problem = await outputProblem(values.out);
    if (problem) {
      process.stderr.write(`corroborate digest: ${problem}\n`);
      return 1;
    }
  }
  let skipped = 0;
  const onProblem = (p: Problem) => {
    if (p.severity === 'skipped') skipped++;
    process.stderr.write(formatProblem(p) + '\n');
  };
  let report: Report;
  if (values.db !== undefined) {
    // the store's latest analyses, after ingesting the inputs given (as analyze --db does)
    const { ingestStream } = await import('../incremental/ingest.js');
    const { readSources, cliFetcher } = await import('./sources.js');
    const { storeReport } = await import('./analyze-store.js');
    const store = await openDb(values.db);
    const fetcher = cliFetcher();
    try {
      if (positionals.length) {
        const s = await ingestStream(store, readSources(positionals, { store, fetcher, onProblem }));
        for (const p of s.problems) onProblem(p);
      }
      report = await storeReport(store);
    } finally {
      fetcher.close();
      await store.close();
    }
  } else {
    const r = await analyzeInputs(positionals, { onProblem });
    if (!r.read) {
      process.stderr.write('corroborate digest: no report could be read; nothing written\n');
      return 1;
    }
    report = r.report;
    skipped = r.skipped;
  }
  const unknown = (values.story ?? []).filter((id) => !report.stories.some((s) => s.id === id));
  if (unknown.length)
    process.stderr.write(`corroborate digest: no story ${terminalSafe(unknown.join(', '))}\n`);
  const digest = digestReport(report, {
    ...(values.story && { stories: values.story }),
    ...(words && { words }),
  });
  const text =
    format === 'json'
      ? JSON.stringify(digest, null, 2) + '\n'
      : format === 'html'
        ? renderDigestHtml(digest)
        : renderDigestMarkdown(digest);
  await writeOutput(values.out, text);
  return skipped ? 2 : 0;
}

function usage(msg: string): number {
  process.stderr.write(
    `corroborate digest: ${terminalSafe(msg)}\nRun 'corroborate digest --help' for usage.\n`,
  );
  return 1;
}
