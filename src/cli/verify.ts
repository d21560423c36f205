/**
 * `corroborate verify <draft> --against <reports…>`: the draft sentence by sentence against the reports
 * (supported, contradicted, unsupported), as md, json (corroborate/verify@1) or html; `--batch pairs.jsonl` checks
 * many drafts (JSONL out). Exit 0 all supported, 3 something contradicted or unsupported, 2 inputs skipped, 1
 * usage error.
 */
import { readFile } from 'node:fs/promises';
import { formatProblem, terminalSafe, type Problem } from '../model/problems.js';
import type { Document, RawDocument } from '../model/document.js';
import { readAllInputs } from '../ingest/index.js';
import { cleanDocuments } from '../clean/index.js';
import { prepareClean, prepareReports, verifyDraft, type VerifyResult } from '../verify/index.js';
import { renderVerifyMarkdown } from '../verify/markdown.js';
import { renderVerifyHtml } from '../verify/html.js';
import { verifyBatchLine } from '../verify/batch.js';
import { outputProblem, parseOptions, writeOutput } from './common.js';
import { DB_HELP, openDb } from './store-options.js';

const HELP = `Usage: corroborate verify <draft> --against <reports...> [options]
       corroborate verify --batch pairs.jsonl [options]

Checks a draft (a reporter's or an AI's article) sentence by sentence against the reports: each sentence,
and each fact in it (a number, a date, who did what, yes/no, a list), is supported (with the quotes that
state it), contradicted (with the conflicting quotes and the kind of conflict; where the outlets themselves
disagree, it says so) or unsupported (no report states it).

The draft: a file (text, Markdown, HTML) or - for stdin. Reports: any input analyze reads, after --against
(files, folders, manifests, feeds), and/or the store (--db).

Options:
      --against <inputs...>   the reports to check against
  -f, --format <md|json|html> md (default: the draft marked sentence by sentence, the evidence under each),
                              json (the corroborate/verify@1 contract, schema/verify.schema.json), html
  -o, --out <file>            write there instead of stdout
      --batch <file.jsonl>    one draft per line: {"id", "text", "against": [{"id"?, "text", "source"?}]};
                              writes one JSON line per draft: {"id", "verdict", "sentences": [...]}
${DB_HELP}
      --story <id>            with --db: check against this stored story only (repeatable; default all)
  -q, --quiet                 no summary on stderr
  -h, --help                  this help

Exit code: 0 every sentence supported, 3 some sentence contradicted or unsupported (for CI gates), 2 some
input was skipped (each named on stderr), 1 usage error or nothing to check against.
`;

const OPTIONS = {
  against: { type: 'string', multiple: true },
  format: { type: 'string', short: 'f', default: 'md' },
  out: { type: 'string', short: 'o' },
  batch: { type: 'string' },
  db: { type: 'string' },
  story: { type: 'string', multiple: true },
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
    return usage(`--format must be md, json or html, not '${format}'`);
  if (values.out) {
    const problem = await outputProblem(values.out);
    if (problem) {
      process.stderr.write(`corroborate verify: ${problem}\n`);
      return 1;
    }
  }
  if (values.batch !== undefined) return batch(values.batch, values.out);
  const [draftInput, ...more] = positionals;
  if (!draftInput) return usage('no draft given');
  const reportsInputs = [...(values.against ?? []), ...more];
  if (!reportsInputs.length && values.db === undefined)
    return usage('no reports to check against (--against or --db)');

  let skipped = 0;
  const onProblem = (p: Problem) => {
    if (p.severity === 'skipped') skipped++;
    process.stderr.write(formatProblem(p) + '\n');
  };
  const draft = await readDraft(draftInput, onProblem);
  if (draft === null) return 1;
  const raws: RawDocument[] = [];
  if (reportsInputs.length) raws.push(...(await readAllInputs(reportsInputs, { onProblem })).documents);
  const stored = values.db !== undefined ? await storedDocuments(values.db, values.story) : [];
  if (!raws.length && !stored.length) {
    process.stderr.write('corroborate verify: no report could be read; nothing to check against\n');
    return 1;
  }
  const prepared = stored.length ? prepareClean([...stored, ...cleanDocuments(raws)]) : prepareReports(raws);
  const result = verifyDraft(prepared, draft);
  const text =
    format === 'json'
      ? JSON.stringify(result, null, 2) + '\n'
      : format === 'html'
        ? renderVerifyHtml(result)
        : renderVerifyMarkdown(result);
  await writeOutput(values.out, text);
  if (!values.quiet)
    process.stderr.write(
      `corroborate verify: ${result.verdict}: ${result.counts.supported} supported, ${result.counts.contradicted} contradicted, ${result.counts.unsupported} unsupported\n`,
    );
  return skipped ? 2 : exitOf([result]);
}

const exitOf = (rs: Pick<VerifyResult, 'verdict'>[]) => (rs.every((r) => r.verdict === 'supported') ? 0 : 3);

async function readDraft(
  input: string,
  onProblem: (p: Problem) => void,
): Promise<{ id: string; text: string } | null> {
  const { documents } = await readAllInputs([input], { onProblem });
  const d = documents[0];
  if (!d || !d.text.trim()) {
    process.stderr.write(
      `corroborate verify: the draft ${terminalSafe(input)} could not be read or is empty\n`,
    );
    return null;
  }
  return { id: d.id, text: d.text };
}

async function storedDocuments(db: string, stories: string[] | undefined): Promise<Document[]> {
  const store = await openDb(db);
  try {
    const ids = stories?.length ? stories : (await store.listStories()).map((s) => s.id);
    const out: Document[] = [];
    for (const id of ids) out.push(...(await store.storyDocuments(id)));
    return out;
  } finally {
    await store.close();
  }
}

async function batch(file: string, out: string | undefined): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    process.stderr.write(`corroborate verify: cannot read ${terminalSafe(file)}: ${(e as Error).message}\n`);
    return 1;
  }
  const lines: string[] = [];
  const results: { verdict: string }[] = [];
  let bad = 0;
  text.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    const r = verifyBatchLine(line);
    if ('error' in r) {
      bad++;
      process.stderr.write(`corroborate: skipped ${terminalSafe(file)}:${k + 1}: ${terminalSafe(r.error)}\n`);
      return;
    }
    results.push(r);
    lines.push(JSON.stringify(r) + '\n');
  });
  await writeOutput(out, lines);
  if (!results.length && bad) return 1;
  return bad ? 2 : results.every((r) => r.verdict === 'supported') ? 0 : 3;
}

function usage(msg: string): number {
  process.stderr.write(
    `corroborate verify: ${terminalSafe(msg)}\nRun 'corroborate verify --help' for usage.\n`,
  );
  return 1;
}
