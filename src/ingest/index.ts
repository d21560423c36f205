/**
 * src/ingest: inputs (files, folders, manifests, feeds, gzip, `-` for stdin) -> RawDocument stream.
 * Inputs are read a few at a time (HTML pages in worker threads with a time limit) and yielded in
 * input order; every bad input becomes one Problem via onProblem, and the batch goes on.
 */
import path from 'node:path';
import type { RawDocument } from '../model/document.js';
import type { Problem } from '../model/problems.js';
import { ingestSettings, type IngestSettings } from '../settings/ingest.js';
import { readFileLimited } from './bytes.js';
import { decodeBytes } from './decode.js';
import { siteOf } from './feeds.js';
import { formatByName } from './formats.js';
import { createHtmlRunner } from './html-pool.js';
import { IdRegistry } from './ids.js';
import { listInputs, type InputItem } from './inputs.js';
import { asProblem, readBytes, readFileItem, readStdinItem, type Outcome, type ReadContext } from './read.js';
import { mayBeManifest, parseRecord, splitRecords } from './records.js';
import { manifestTarget } from './confine.js';

export interface ReadOptions {
  /** Called once per bad input (the batch goes on). */
  onProblem?: (p: Problem) => void;
  /** Called as inputs are read, for progress display. */
  onProgress?: (done: number, total: number | null) => void;
  maxInputBytes?: number;
  perDocumentTimeoutMs?: number;
  /** HTML extraction worker threads (default ingestSettings.htmlWorkers; 0 = in this thread, no time limit). */
  htmlWorkers?: number;
  /** How many inputs are read at once (default ingestSettings.readAhead). */
  readAhead?: number;
  /** URL of a module exporting `extractHtml` to use instead of src/ingest/html (tests). */
  htmlExtractor?: string;
  /** The stream `-` reads (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Folder relative inputs are resolved against (default process.cwd()). */
  cwd?: string;
  /** The outlet of reports that name none (no Source line, page name, URL or feed item source). */
  defaultSource?: string;
  /**
   * Let manifest paths name files outside the manifest's folder, and folder walks follow symlinks out of
   * the folder (`--allow-outside-paths`). Off by default: a manifest may come from anyone.
   */
  allowOutsidePaths?: boolean;
  /**
   * Stop reading after this many documents (default: no limit for the stream; `readAllInputs` uses
   * ingestSettings.maxBatchDocuments). What was read is kept; one `batch-limit` problem says where it stopped.
   */
  maxDocuments?: number;
}

export type { InputItem } from './inputs.js';

/** Reads files, folders (recursively), manifests, feeds, gzip and `-` (stdin) into raw documents. */
export async function* readInputs(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<RawDocument> {
  const settings: IngestSettings = {
    ...ingestSettings,
    ...(opts.maxInputBytes != null && { maxInputBytes: opts.maxInputBytes }),
    ...(opts.perDocumentTimeoutMs != null && { perDocumentTimeoutMs: opts.perDocumentTimeoutMs }),
    ...(opts.htmlWorkers != null && { htmlWorkers: opts.htmlWorkers }),
    ...(opts.readAhead != null && { readAhead: Math.max(1, opts.readAhead) }),
  };
  const report = opts.onProblem ?? (() => {});
  // One line each: parser messages can quote the input, newlines and all.
  const onProblem = (p: Problem) => report({ ...p, message: oneLine(p.message) });
  const cwd = opts.cwd ?? process.cwd();
  const html = createHtmlRunner({
    workers: settings.htmlWorkers,
    timeoutMs: settings.perDocumentTimeoutMs,
    ...(opts.htmlExtractor && { extractorUrl: opts.htmlExtractor }),
  });
  const allowOutsidePaths = opts.allowOutsidePaths ?? false;
  const ctx: ReadContext = {
    settings,
    html,
    cwd,
    allowOutsidePaths,
    stdin: () => opts.stdin ?? process.stdin,
  };
  try {
    const listed = await listInputs(inputs, cwd, { allowOutsidePaths });
    const claimed = await manifestTargets(listed, settings, allowOutsidePaths);
    const items = listed.filter((it) => it.kind !== 'file' || !claimed.has(it.file));
    const total = items.length;
    const ids = new IdRegistry();
    const maxDocuments = opts.maxDocuments ?? Infinity;
    let yielded = 0;
    const pending: Array<Promise<Outcome>> = [];
    let next = 0;
    let done = 0;
    const fill = () => {
      while (pending.length < settings.readAhead && next < items.length)
        pending.push(readItem(ctx, items[next++]!));
    };
    fill();
    while (pending.length) {
      const outcome = await pending.shift()!;
      fill();
      for (const p of outcome.problems) onProblem(p);
      for (const doc of outcome.docs) {
        if (yielded >= maxDocuments) {
          onProblem({
            input: doc.input,
            message: `batch limit of ${maxDocuments.toLocaleString('en-US')} documents reached (maxBatchDocuments, --max-documents): reading stopped here; the documents read so far are analysed and written. Split the batch, or raise the limit if memory allows`,
            severity: 'skipped',
            code: 'batch-limit',
          });
          return;
        }
        doc.id = ids.assign(doc.id, doc.input, onProblem);
        // no outlet given or named by the page: the URL's site, then --source; never the file name
        doc.source ??= siteOf(doc.url) ?? (opts.defaultSource?.trim() || null);
        yielded++;
        yield doc;
      }
      opts.onProgress?.(++done, total);
    }
  } finally {
    await html.close();
  }
}

function oneLine(message: string): string {
  const m = message.replace(/\s+/g, ' ').trim();
  return m.length > 300 ? `${m.slice(0, 299)}…` : m;
}

function readItem(ctx: ReadContext, item: InputItem): Promise<Outcome> {
  if (item.kind === 'problem') return Promise.resolve({ docs: [], problems: [item.problem] });
  if (item.kind === 'stdin') return readStdinItem(ctx);
  return readFileItem(ctx, item.file, item.display, 0, item.named ?? false);
}

/**
 * Files that a manifest among the inputs names: they are read through the manifest (with its
 * metadata) and not a second time on their own.
 */
async function manifestTargets(
  items: InputItem[],
  settings: IngestSettings,
  allowOutsidePaths: boolean,
): Promise<Set<string>> {
  const claimed = new Set<string>();
  for (const it of items) {
    if (it.kind !== 'file') continue;
    const format = formatByName(it.file);
    if (format !== 'json' && format !== 'jsonl') continue;
    try {
      const buf = await readFileLimited(it.file, it.display, settings.maxInputBytes);
      if (buf[0] === 0x1f && buf[1] === 0x8b) continue; // a gzipped manifest is read in place, without claims
      const text = decodeBytes(buf, settings).text;
      if (!mayBeManifest(text)) continue;
      for (const entry of splitRecords(text, format, it.display)) {
        if (entry.error) continue;
        try {
          const rec = parseRecord(entry.value, entry.input);
          if (rec.path == null) continue;
          const target = await manifestTarget(
            path.dirname(it.file),
            rec.path,
            entry.input,
            allowOutsidePaths || (it.named ? 'reports' : false),
          );
          if (target !== it.file) claimed.add(target);
        } catch {
          // reported when the manifest itself is read
        }
      }
    } catch {
      // reported when the file is read
    }
  }
  return claimed;
}

/** Reads everything into memory: the documents in input order and every problem (for batch callers). */
export async function readAllInputs(
  inputs: string[],
  opts: ReadOptions = {},
): Promise<{ documents: RawDocument[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const documents: RawDocument[] = [];
  const onProblem = opts.onProblem;
  for await (const doc of readInputs(inputs, {
    maxDocuments: ingestSettings.maxBatchDocuments,
    ...opts,
    onProblem: (p) => {
      problems.push(p);
      onProblem?.(p);
    },
  })) {
    documents.push(doc);
  }
  return { documents, problems };
}

/** Bytes that came from elsewhere (the web): `name` gives the id and the format (by its extension). */
export interface BufferItem {
  bytes: Buffer;
  /** Names the item in documents and problems (a URL). */
  input: string;
  name: string;
}

/**
 * Reads byte buffers (fetched pages, feeds, records) with the same decoding, format detection and HTML
 * extraction as files. Records in fetched bytes may not name local files. `close()` ends the workers.
 */
export function createBufferReader(opts: ReadOptions = {}): {
  read: (item: BufferItem) => Promise<{ docs: RawDocument[]; problems: Problem[] }>;
  close: () => Promise<void>;
} {
  const settings: IngestSettings = {
    ...ingestSettings,
    ...(opts.maxInputBytes != null && { maxInputBytes: opts.maxInputBytes }),
    ...(opts.perDocumentTimeoutMs != null && { perDocumentTimeoutMs: opts.perDocumentTimeoutMs }),
    ...(opts.htmlWorkers != null && { htmlWorkers: opts.htmlWorkers }),
  };
  const html = createHtmlRunner({
    workers: settings.htmlWorkers,
    timeoutMs: settings.perDocumentTimeoutMs,
    ...(opts.htmlExtractor && { extractorUrl: opts.htmlExtractor }),
  });
  const cwd = opts.cwd ?? process.cwd();
  const ctx: ReadContext = {
    settings,
    html,
    cwd,
    stdin: () => process.stdin,
    noLocalFiles: true,
    allowOutsidePaths: false,
  };
  return {
    async read(item) {
      const out: Outcome = { docs: [], problems: [] };
      try {
        await readBytes(
          ctx,
          item.bytes,
          { input: item.input, name: item.name, dir: cwd, displayDir: '.' },
          out,
          0,
        );
      } catch (e) {
        out.problems.push(asProblem(e, item.input));
      }
      return { docs: out.docs, problems: out.problems.map((p) => ({ ...p, message: oneLine(p.message) })) };
    },
    close: () => html.close(),
  };
}
