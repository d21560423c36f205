/**
 * `corroborate jobs --failed [--db postgres://…]` lists the jobs that used up their attempts (the
 * dead-letter state) with their error; `corroborate jobs retry <id…>|--all` puts them back in their queue.
 */
import { parseArgs } from 'node:util';
import { terminalSafe } from '../model/problems.js';
import { DB_HELP } from './store-options.js';
import { dbLocation, needsPostgres, openQueueFor } from './queue-options.js';

const HELP = `Usage: corroborate jobs --failed [options]
       corroborate jobs retry <job-id...> | --all [options]

Failed jobs are those that used up their attempts (retried with backoff before that); they stay in the
queue's failed state with their error until retried or archived.

Options:
${DB_HELP}
      --failed         list the failed jobs (newest first)
      --all            retry: every failed job
  -f, --format <f>     text (default) or json
  -h, --help           this help
`;

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        failed: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        format: { type: 'string', short: 'f', default: 'text' },
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
  const [action, ...ids] = positionals;
  if (action !== undefined && action !== 'retry') return usage(`unknown action '${terminalSafe(action)}'`);
  if (action === 'retry' && !ids.length && !values.all) return usage('retry needs job ids or --all');
  if (!action && !values.failed) return usage('give --failed (list) or retry');
  const location = dbLocation(values.db);
  const wrong = needsPostgres('jobs', location);
  if (wrong) return usage(wrong);
  const queue = await openQueueFor(location);
  try {
    if (action === 'retry') {
      const n = await queue.retryFailed(values.all ? [] : ids);
      process.stderr.write(`corroborate jobs: ${n} job${n === 1 ? '' : 's'} back in the queue\n`);
      return n || values.all ? 0 : 1;
    }
    const failed = await queue.failedJobs();
    if (values.format === 'json') process.stdout.write(JSON.stringify(failed, null, 2) + '\n');
    else if (!failed.length) process.stdout.write('no failed jobs\n');
    else
      for (const f of failed)
        process.stdout.write(
          `${f.id}  ${f.queue.padEnd(8)} ${f.failedAt ?? ''}  ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}  ${terminalSafe(describe(f.data))}: ${terminalSafe(f.error)}\n`,
        );
  } finally {
    await queue.close();
  }
  return 0;
}

function describe(data: unknown): string {
  const d = data as { url?: string; storyId?: string; raw?: { id?: string } } | null;
  return d?.url ?? d?.storyId ?? d?.raw?.id ?? '';
}

function usage(msg: string): number {
  process.stderr.write(`corroborate jobs: ${msg}\nRun 'corroborate jobs --help' for usage.\n`);
  return 1;
}
