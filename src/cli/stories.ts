/**
 * `corroborate stories [--db PATH] [--since T] [--disputed] [--q WORDS] [--format table|json|csv]`:
 * the stored stories, most recently updated first.
 */
import { parseArgs } from 'node:util';
import type { StorySummary } from '../store/index.js';
import { csvRow } from './csv.js';
import { DB_HELP, openDb, parseSince, quietOnClosedPipe } from './store-options.js';

const HELP = `Usage: corroborate stories [options]

Lists the stories in the store, most recently updated first.

Options:
${DB_HELP}
      --since <t>      only stories updated since t: an ISO date/time or a duration back (90m, 2h, 1d)
      --disputed       only stories with disputes
      --q <words>      only stories whose title or reports contain all the words
      --limit <n>      at most n stories
  -f, --format <fmt>   table (default), json or csv
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
        since: { type: 'string' },
        disputed: { type: 'boolean', default: false },
        q: { type: 'string' },
        limit: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'table' },
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
  const format = values.format ?? 'table';
  if (!['table', 'json', 'csv'].includes(format))
    return usage(`--format must be table, json or csv, not '${format}'`);
  const since = values.since ? parseSince(values.since) : undefined;
  if (since === null)
    return usage(`--since must be an ISO date/time or a duration like 2h, not '${values.since}'`);
  const limit = values.limit ? Number(values.limit) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    return usage('--limit must be a positive integer');
  quietOnClosedPipe();
  const store = await openDb(values.db);
  try {
    const list = await store.listStories({
      ...(since && { since }),
      disputed: values.disputed,
      ...(values.q && { q: values.q }),
      ...(limit && { limit }),
    });
    process.stdout.write(
      format === 'json' ? JSON.stringify(list, null, 2) + '\n' : format === 'csv' ? csv(list) : table(list),
    );
  } finally {
    await store.close();
  }
  return 0;
}

function csv(list: StorySummary[]): string {
  let out = csvRow([
    'id',
    'title',
    'documents',
    'claims',
    'disputes',
    'created_at',
    'updated_at',
    'analyzed_at',
    'sources',
  ]);
  for (const s of list)
    out += csvRow([
      s.id,
      s.title,
      s.documents,
      s.claims,
      s.disputes,
      s.createdAt,
      s.updatedAt,
      s.analyzedAt ?? '',
      s.sources.join('; '),
    ]);
  return out;
}

function table(list: StorySummary[]): string {
  if (!list.length) return 'No stories.\n';
  const width = Math.max(40, (process.stdout.columns || 100) - 48);
  const head = `${'story'.padEnd(12)} ${'updated'.padEnd(16)} ${'reports'.padStart(7)} ${'disputes'.padStart(8)}  title\n`;
  return (
    head +
    list
      .map((s) => {
        const title = s.title.replace(/\s+/g, ' ');
        const cut = title.length > width ? `${title.slice(0, width - 1)}…` : title;
        return `${s.id.padEnd(12)} ${s.updatedAt.slice(0, 16).replace('T', ' ').padEnd(16)} ${String(s.documents).padStart(7)} ${String(s.disputes).padStart(8)}  ${cut}`;
      })
      .join('\n') +
    '\n'
  );
}

function usage(msg: string): number {
  process.stderr.write(`corroborate stories: ${msg}\nRun 'corroborate stories --help' for usage.\n`);
  return 1;
}
