/**
 * `corroborate watch <feeds|URLs|OPML|folders…> [--every 10m] [--db PATH]`: polls the inputs, stores
 * what is new and updates the stories it touches; one log line per poll. URLs are fetched with
 * conditional GET and feed items already stored are not fetched again; local files are read when new
 * or changed. SIGINT/SIGTERM stop it between two reports (everything stored so far stays).
 */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ingestStream } from '../incremental/ingest.js';
import { listInputs } from '../ingest/inputs.js';
import { formatProblem, type Problem } from '../model/problems.js';
import { cliFetcher, readSources } from './sources.js';
import { DB_HELP, openDb, parseDuration } from './store-options.js';
import { dbLocation, enqueueSources, isPostgresStore, openQueueFor } from './queue-options.js';
import type { JobQueue } from '../queue/queue.js';

const HELP = `Usage: corroborate watch [options] <inputs...>

Polls feeds, URLs, OPML lists, files and folders, and keeps the store's stories up to date: each new
report joins its story or starts one, and the stories that changed are re-analysed. One log line per
poll on stderr. Stop with Ctrl-C (SIGINT) or SIGTERM: what was stored stays. With a PostgreSQL store
(--db postgres://…) each poll sends jobs to the store's queue (a fetch job per URL, a place job per new
or changed file's report) and \`corroborate worker\` processes do the work.

Options:
${DB_HELP}
      --every <d>      time between polls: 30s, 10m (default), 1h
      --polls <n>      stop after n polls (default: run until stopped)
      --no-queue       with a PostgreSQL store, do the work in this process (no jobs)
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
        every: { type: 'string', default: '10m' },
        polls: { type: 'string' },
        'no-queue': { type: 'boolean', default: false },
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
  if (positionals.includes('-')) return usage('watch cannot read stdin (-); give files, folders or URLs');
  const every = parseDuration(values.every ?? '10m');
  if (every == null || every < 1000)
    return usage(`--every must be a duration of at least 1s (30s, 10m, 1h), not '${values.every}'`);
  const polls = values.polls ? Number(values.polls) : Infinity;
  if (values.polls && (!Number.isInteger(polls) || polls < 1))
    return usage('--polls must be a positive integer');

  const store = await openDb(values.db);
  const queue: JobQueue | null =
    isPostgresStore(store) && !values['no-queue'] ? await openQueueFor(dbLocation(values.db)) : null;
  const fetcher = cliFetcher();
  let stopping = false;
  let wake: () => void = () => {};
  const stop = (signal: string) => {
    if (!stopping) process.stderr.write(`corroborate watch: ${signal}, stopping after the current report\n`);
    stopping = true;
    fetcher.close();
    wake();
  };
  const onSigint = () => stop('SIGINT');
  const onSigterm = () => stop('SIGTERM');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  // Local files are read on the first poll, then only when new or changed (mtime, size).
  const seen = new Map<string, string>();
  let firstPoll = true;
  const localFilter = async (local: string[]) => {
    const changed: string[] = [];
    for (const item of await listInputs(local, process.cwd())) {
      if (item.kind !== 'file') continue;
      try {
        const st = await stat(item.file);
        const key = `${st.mtimeMs}:${st.size}`;
        if (seen.get(item.file) === key) continue;
        seen.set(item.file, key);
      } catch {
        // vanished since it was listed: the reader names it
      }
      changed.push(item.file);
    }
    if (firstPoll) {
      firstPoll = false;
      return local; // as given (folders with their manifests; missing inputs named by the reader)
    }
    return changed;
  };
  process.stderr.write(
    `corroborate watch: ${positionals.length} input${positionals.length === 1 ? '' : 's'} every ${values.every}; store ${store.location}\n`,
  );
  let failures = 0;
  try {
    for (let n = 1; n <= polls && !stopping; n++) {
      const t0 = Date.now();
      const urls = { fetched: 0, notModified: 0, failed: 0 };
      let skipped = 0;
      const onProblem = (p: Problem) => {
        if (stopping) return;
        if (p.severity === 'skipped') skipped++;
        process.stderr.write(formatProblem(p) + '\n');
      };
      try {
        if (queue) {
          const e = await enqueueSources(queue, store, positionals, { onProblem, localFilter });
          process.stderr.write(
            `corroborate watch: poll ${n} at ${new Date(t0).toISOString()}: queued ${e.reports} report${e.reports === 1 ? '' : 's'} ` +
              `(${e.alreadyStored} already stored), ${e.urls} URL${e.urls === 1 ? '' : 's'} to fetch` +
              (e.urlsWaiting ? ` (${e.urlsWaiting} still waiting from before)` : '') +
              (skipped ? `; ${skipped} skipped` : '') +
              `; ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
          );
        } else {
          const s = await ingestStream(
            store,
            readSources(positionals, {
              store,
              fetcher,
              onProblem,
              localFilter,
              onFetched: (_u, o) => {
                if (o.result === 'ok') urls.fetched++;
                else if (o.result === 'not-modified') urls.notModified++;
                else urls.failed++;
              },
            }),
            { stop: () => stopping },
          );
          for (const p of s.problems) onProblem(p);
          const url = urls.fetched + urls.notModified + urls.failed;
          process.stderr.write(
            `corroborate watch: poll ${n} at ${new Date(t0).toISOString()}: ${s.added} new report${s.added === 1 ? '' : 's'} ` +
              `(${s.duplicates} already stored), ${s.storiesCreated} new ${s.storiesCreated === 1 ? 'story' : 'stories'}, ` +
              `${s.storiesAnalysed} re-analysed, ${s.disputesAppeared} dispute${s.disputesAppeared === 1 ? '' : 's'} appeared` +
              (url
                ? `; URLs: ${urls.fetched} fetched, ${urls.notModified} not modified, ${urls.failed} failed`
                : '') +
              (skipped ? `; ${skipped} skipped` : '') +
              `; ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
          );
        }
      } catch (e) {
        failures++;
        process.stderr.write(
          `corroborate watch: poll ${n} failed: ${e instanceof Error ? e.message : String(e)}\n`,
        );
      }
      if (n < polls && !stopping)
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, every);
          wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
    }
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    fetcher.close();
    await queue?.close();
    await store.close();
  }
  if (stopping) process.stderr.write('corroborate watch: stopped\n');
  return failures ? 1 : 0;
}

function usage(msg: string): number {
  process.stderr.write(`corroborate watch: ${msg}\nRun 'corroborate watch --help' for usage.\n`);
  return 1;
}
