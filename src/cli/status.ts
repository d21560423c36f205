/**
 * `corroborate status [--db …] [--format text|json]`: the store's reports and stories and, on
 * PostgreSQL, the queue: jobs waiting, running and failed per queue, and jobs completed in the last
 * minute and hour (the rate).
 */
import { parseArgs } from 'node:util';
import type { QueueStatus } from '../queue/queue.js';
import { DB_HELP, openDb } from './store-options.js';
import { dbLocation, isPostgresStore, openQueueFor } from './queue-options.js';

const HELP = `Usage: corroborate status [options]

The store's reports, stories and analyses; with a PostgreSQL store also the job queue: jobs waiting,
running and failed per queue, and jobs completed in the last minute and hour.

Options:
${DB_HELP}
  -f, --format <f>     text (default) or json
  -h, --help           this help
`;

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') return usage('--format must be text or json');
  const location = dbLocation(values.db);
  const store = await openDb(location);
  try {
    const counts = await store.counts();
    const dirty = (await store.dirtyStories()).length;
    let queue: QueueStatus | null = null;
    if (isPostgresStore(store)) {
      const q = await openQueueFor(location);
      try {
        queue = await q.status();
      } finally {
        await q.close();
      }
    }
    const out = { store: store.location, ...counts, storiesToAnalyse: dirty, queue: queue?.queues ?? null };
    if (values.format === 'json') process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    else {
      const lines = [
        `store     ${store.location}`,
        `reports   ${counts.documents}`,
        `stories   ${counts.stories} (${dirty} waiting for analysis)`,
        `analyses  ${counts.analyses}`,
      ];
      if (queue) {
        lines.push('', 'queue      waiting   active   failed   done/min   done/hour');
        for (const [name, q] of Object.entries(queue.queues))
          lines.push(
            `${name.padEnd(9)} ${String(q.waiting).padStart(8)} ${String(q.active).padStart(8)} ${String(q.failed).padStart(8)} ${String(q.completedLastMinute).padStart(10)} ${String(q.completedLastHour).padStart(11)}`,
          );
      } else lines.push('', 'queue     none (SQLite store: ingest and watch do the work themselves)');
      process.stdout.write(lines.join('\n') + '\n');
    }
  } finally {
    await store.close();
  }
  return 0;
}

function usage(msg: string): number {
  process.stderr.write(`corroborate status: ${msg}\nRun 'corroborate status --help' for usage.\n`);
  return 1;
}
