/**
 * `corroborate worker --db postgres://…`: runs jobs from the store's queue (fetch a URL or poll a feed,
 * place a report in its story, analyse a story) until stopped. Any number of workers on any number of
 * machines. Logs are JSON lines on stderr. SIGTERM/SIGINT: the current job finishes (or, after
 * --grace, is returned to the queue for another worker) and the worker exits 0.
 */
import { parseArgs } from 'node:util';
import { openPostgresStore } from '../store/postgres.js';
import { queueSettings } from '../settings/queue.js';
import { jsonLogger, errorMessage } from '../queue/log.js';
import { Worker } from '../queue/worker.js';
import { cliFetcher } from './sources.js';
import { DB_HELP, parseDuration } from './store-options.js';
import { dbLocation, needsPostgres, openQueueFor } from './queue-options.js';

const HELP = `Usage: corroborate worker --db postgres://… [options]

Runs jobs from the queue in the store's PostgreSQL: fetching URLs and polling feeds, placing reports in
their stories, analysing stories. Start as many as you like, on as many machines: each takes one job at
a time; a job of a worker that dies is retried by the others. Logs are JSON lines on stderr.

Options:
${DB_HELP}
      --no-analyze     group only: take no analysis jobs (and send none)
      --no-fetch       take no fetch jobs (a worker without network access)
      --exit-when-idle stop when every queue is empty (a batch run)
      --grace <d>      on SIGTERM, how long the current job may take before it is returned to the queue
                       (default 30s)
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
        'no-analyze': { type: 'boolean', default: false },
        'no-fetch': { type: 'boolean', default: false },
        'exit-when-idle': { type: 'boolean', default: false },
        grace: { type: 'string' },
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
  const location = dbLocation(values.db);
  const wrong = needsPostgres('worker', location);
  if (wrong) return usage(wrong);
  const grace = values.grace ? parseDuration(values.grace) : queueSettings.graceMs;
  if (grace == null) return usage(`--grace must be a duration (30s, 2m), not '${values.grace}'`);

  const log = jsonLogger({ component: 'worker' });
  const store = await openPostgresStore(location);
  const queue = await openQueueFor(location, true);
  const fetcher = values['no-fetch'] ? undefined : cliFetcher();
  const worker = new Worker({
    store,
    queue,
    log,
    ...(fetcher ? { fetcher } : {}),
    noAnalysis: values['no-analyze'],
    exitWhenIdle: values['exit-when-idle'],
  });
  let graceTimer: NodeJS.Timeout | undefined;
  const onSignal = (signal: string) => {
    log.log('info', `${signal}: stopping after the current job`, { worker: worker.id, busy: worker.busy });
    worker.stop();
    fetcher?.close();
    graceTimer ??= setTimeout(() => {
      void worker.abandon(`worker ${worker.id} shut down (${signal}) before the job finished`).finally(() => {
        process.exit(0);
      });
    }, grace);
  };
  const onTerm = () => onSignal('SIGTERM');
  const onInt = () => onSignal('SIGINT');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  try {
    await worker.run();
    return 0;
  } catch (e) {
    log.log('error', 'worker failed', { worker: worker.id, error: errorMessage(e) });
    return 1;
  } finally {
    if (graceTimer) clearTimeout(graceTimer);
    process.off('SIGTERM', onTerm);
    process.off('SIGINT', onInt);
    fetcher?.close();
    await queue.close().catch(() => {});
    await store.close();
  }
}

function usage(msg: string): number {
  process.stderr.write(`corroborate worker: ${msg}\nRun 'corroborate worker --help' for usage.\n`);
  return 1;
}
