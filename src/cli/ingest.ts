/**
 * `corroborate ingest <inputs|URLs|feeds…> [--db PATH]`: reads or fetches reports into the store; each
 * joins a story or starts one; the stories that changed are re-analysed. Idempotent: ingesting the same
 * inputs again adds nothing. Exit 0 all read, 2 some input skipped, 1 usage error.
 */
import { parseArgs } from 'node:util';
import { ingestStream } from '../incremental/ingest.js';
import { formatProblem } from '../model/problems.js';
import { cliFetcher, readSources } from './sources.js';
import { DB_HELP, openDb } from './store-options.js';
import { dbLocation, enqueueSources, isPostgresStore, openQueueFor } from './queue-options.js';

const HELP = `Usage: corroborate ingest [options] <inputs...>

Reads reports into the store: files, folders, - (stdin), URLs of pages, RSS/Atom feeds, sitemaps and
OPML lists, local .opml files and files listing URLs one per line. Each new report joins the story it
belongs to or starts one; only the stories that changed are re-analysed. The same URL or the same
content again is not stored twice. With a PostgreSQL store (--db postgres://…) the reports and URLs
become jobs in the store's queue, and \`corroborate worker\` processes (any number) do the work.

Options:
${DB_HELP}
      --no-analyze     store and group only; the next ingest or watch analyses
      --no-queue       with a PostgreSQL store, do the work in this process instead of sending
                       jobs to the queue for \`corroborate worker\`
  -q, --quiet          no summary line
  -h, --help           this help

Exit code: 0 all inputs read, 2 some input was skipped (each named on stderr), 1 usage error.
`;

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'no-analyze': { type: 'boolean', default: false },
        'no-queue': { type: 'boolean', default: false },
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
  if (!positionals.length) return usage('no inputs given');
  const store = await openDb(values.db);
  let skipped = 0;
  const onProblem = (p: Parameters<typeof formatProblem>[0]) => {
    if (p.severity === 'skipped') skipped++;
    process.stderr.write(formatProblem(p) + '\n');
  };
  if (isPostgresStore(store) && !values['no-queue']) {
    const queue = await openQueueFor(dbLocation(values.db));
    try {
      const e = await enqueueSources(queue, store, positionals, { onProblem });
      if (!values.quiet)
        process.stderr.write(
          `corroborate ingest: queued ${e.reports} report${e.reports === 1 ? '' : 's'} (${e.alreadyStored} already stored) ` +
            `and ${e.urls} URL${e.urls === 1 ? '' : 's'}${e.urlsWaiting ? ` (${e.urlsWaiting} already waiting)` : ''}; ` +
            `\`corroborate worker\` processes them (\`corroborate status\` shows progress)\n`,
        );
    } finally {
      await queue.close();
      await store.close();
    }
    return skipped ? 2 : 0;
  }
  const fetcher = cliFetcher();
  const stop = () => fetcher.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const s = await ingestStream(store, readSources(positionals, { store, fetcher, onProblem }), {
      noAnalysis: values['no-analyze'],
    });
    for (const p of s.problems) onProblem(p);
    const c = await store.counts();
    if (!values.quiet)
      process.stderr.write(
        `corroborate ingest: ${s.added} new report${s.added === 1 ? '' : 's'}, ${s.duplicates} already stored; ` +
          `${s.storiesCreated} new ${s.storiesCreated === 1 ? 'story' : 'stories'}, ${s.storiesAnalysed} re-analysed, ` +
          `${s.disputesAppeared} dispute${s.disputesAppeared === 1 ? '' : 's'} appeared; ` +
          `store ${store.location}: ${c.documents} reports, ${c.stories} stories\n`,
      );
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    fetcher.close();
    await store.close();
  }
  return skipped ? 2 : 0;
}

function usage(msg: string): number {
  process.stderr.write(`corroborate ingest: ${msg}\nRun 'corroborate ingest --help' for usage.\n`);
  return 1;
}
