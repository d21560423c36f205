/**
 * `analyze` when it involves the store or the web: `analyze --db PATH [inputs…]` ingests the inputs (if
 * any) into the store and writes the report of the stored stories' latest analyses; `analyze <URLs…>`
 * fetches the URLs (pages, feeds, sitemaps, OPML) and cross-checks them with the local inputs, in memory.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ingestStream } from '../incremental/ingest.js';
import type { RawDocument } from '../model/document.js';
import { formatProblem, type Problem } from '../model/problems.js';
import { SCHEMA_ID, toReportDocument, type Report } from '../model/report.js';
import { analyzeDocuments } from '../pipeline/analyze.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Store } from '../store/index.js';
import { findCopies } from '../story/index.js';
import { cliFetcher, readSources } from './sources.js';
import { openDb } from './store-options.js';

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
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
  const format = values.format ?? 'json';
  if (!['json', 'md', 'markdown', 'html'].includes(format))
    return usage(`--format must be json, md or html, not '${format}'`);
  let skipped = 0;
  const onProblem = (p: Problem) => {
    if (p.severity === 'skipped') skipped++;
    process.stderr.write(formatProblem(p) + '\n');
  };
  const fetcher = cliFetcher();
  let report: Report;
  try {
    if (values.db !== undefined) {
      const store = await openDb(values.db);
      try {
        if (positionals.length) {
          const s = await ingestStream(store, readSources(positionals, { store, fetcher, onProblem }));
          for (const p of s.problems) onProblem(p);
        }
        report = await storeReport(store);
      } finally {
        await store.close();
      }
    } else {
      if (!positionals.length) return usage('no inputs given');
      // No store: fetch and read everything, then cross-check it as one batch in memory.
      const docs: RawDocument[] = [];
      for await (const d of readSources(positionals, { fetcher, onProblem })) docs.push(d);
      report = analyzeDocuments(docs);
    }
  } finally {
    fetcher.close();
  }
  const text =
    format === 'html' ? renderHtml(report) : format === 'json' ? renderJson(report) : renderMarkdown(report);
  if (values.out) await writeFile(values.out, text);
  else process.stdout.write(text);
  return skipped ? 2 : 0;
}

/** The report contract over the store: every stored story's latest analysis and its documents. */
export async function storeReport(store: Store): Promise<Report> {
  const stories = [];
  const documents = [];
  for (const s of (await store.listStories()).reverse()) {
    const a = await store.latestAnalysis(s.id);
    const docs = await store.storyDocuments(s.id);
    const copies = findCopies(docs);
    for (const d of docs) documents.push(toReportDocument({ ...d, copyOf: copies.get(d.id) ?? null }));
    stories.push(
      a?.story ?? {
        id: s.id,
        title: s.title,
        documents: docs.map((d) => d.id),
        entities: [],
        claims: [],
        disputes: [],
        timeline: [],
      },
    );
  }
  return { schema: SCHEMA_ID, generator: 'corroborate', documents, stories, problems: [] };
}

function usage(msg: string): number {
  process.stderr.write(`corroborate analyze: ${msg}\nRun 'corroborate analyze --help' for usage.\n`);
  return 1;
}
