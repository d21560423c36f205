/**
 * `corroborate export [--db PATH] --format csv|jsonl [--out FILE] [--since T] [--disputed]`: the claims
 * and disputes of the stored stories' latest analyses, for spreadsheets. CSV: one row per piece of
 * evidence (a dispute's rows carry their position's value); JSONL: one claim or dispute per line.
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Story } from '../model/report.js';
import { csvRow } from './csv.js';
import { DB_HELP, openDb, parseSince, quietOnClosedPipe } from './store-options.js';

const HELP = `Usage: corroborate export [options]

Writes the claims and disputes of the stored stories (their latest analysis).

Options:
${DB_HELP}
  -f, --format <fmt>   csv (default; one row per quote) or jsonl (one claim or dispute per line)
  -o, --out <file>     write there instead of stdout
      --since <t>      only stories updated since t (ISO date/time or 90m, 2h, 1d)
      --disputed       only disputes (and only stories with disputes)
  -h, --help           this help
`;

const COLUMNS = [
  'story',
  'story_title',
  'type',
  'id',
  'status',
  'kind',
  'statement',
  'value',
  'document',
  'source',
  'quote',
  'start',
  'end',
];

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        format: { type: 'string', short: 'f', default: 'csv' },
        out: { type: 'string', short: 'o' },
        since: { type: 'string' },
        disputed: { type: 'boolean', default: false },
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
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'jsonl') return usage(`--format must be csv or jsonl, not '${format}'`);
  const since = values.since ? parseSince(values.since) : undefined;
  if (since === null)
    return usage(`--since must be an ISO date/time or a duration like 2h, not '${values.since}'`);
  quietOnClosedPipe();
  const store = await openDb(values.db);
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  try {
    const sources = new Map<string, string | null>();
    const sourceOf = async (id: string) => {
      if (!sources.has(id)) sources.set(id, (await store.getDocument(id))?.source ?? null);
      return sources.get(id) ?? '';
    };
    if (format === 'csv') out.write(csvRow(COLUMNS));
    for (const s of await store.listStories({ ...(since && { since }), disputed: values.disputed })) {
      const a = await store.latestAnalysis(s.id);
      if (!a) continue;
      const story: Story = a.story;
      if (format === 'jsonl') {
        if (!values.disputed)
          for (const c of story.claims)
            out.write(
              JSON.stringify({ story: story.id, storyTitle: story.title, type: 'claim', ...c }) + '\n',
            );
        for (const d of story.disputes)
          out.write(
            JSON.stringify({ story: story.id, storyTitle: story.title, type: 'dispute', ...d }) + '\n',
          );
        continue;
      }
      if (!values.disputed)
        for (const c of story.claims)
          for (const e of c.evidence)
            out.write(
              csvRow([
                story.id,
                story.title,
                'claim',
                c.id,
                c.status,
                '',
                c.statement,
                '',
                e.document,
                await sourceOf(e.document),
                e.quote,
                e.start,
                e.end,
              ]),
            );
      for (const d of story.disputes)
        for (const p of d.positions)
          for (const e of p.evidence)
            out.write(
              csvRow([
                story.id,
                story.title,
                'dispute',
                d.id,
                'disputed',
                d.kind,
                d.about,
                p.value,
                e.document,
                await sourceOf(e.document),
                e.quote,
                e.start,
                e.end,
              ]),
            );
    }
  } finally {
    await store.close();
    if (out !== process.stdout) await new Promise<void>((r) => (out as NodeJS.WritableStream).end(r));
  }
  return 0;
}

function usage(msg: string): number {
  process.stderr.write(`corroborate export: ${msg}\nRun 'corroborate export --help' for usage.\n`);
  return 1;
}
