/**
 * Inputs of the store commands (ingest, watch, analyze --db): files, folders and `-` go to src/ingest;
 * URLs to src/fetch; an OPML file or a file of URLs (one per line) expands to its URLs.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  Fetcher,
  fetchDocuments,
  isUrl,
  readList,
  type FetchOutcome,
  type FetcherOptions,
} from '../fetch/index.js';
import { readInputs } from '../ingest/index.js';
import type { RawDocument } from '../model/document.js';
import type { Problem } from '../model/problems.js';
import { normalizeUrl, type Store } from '../store/index.js';

/** The fetcher the CLI uses: the address guard on; only the test variable names addresses past it. */
export function cliFetcher(extra: FetcherOptions = {}): Fetcher {
  const allow = (process.env.CORROBORATE_TEST_ALLOW_ADDRESSES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return new Fetcher({ allowAddresses: allow, ...extra });
}

const URL_LIST_MAX_BYTES = 1024 * 1024;

/** Splits inputs into URLs (with those of local OPML files and URL lists) and local inputs. */
export async function splitInputs(
  inputs: string[],
  cwd = process.cwd(),
): Promise<{ urls: string[]; local: string[] }> {
  const urls: string[] = [];
  const local: string[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      urls.push(input);
      continue;
    }
    const listed = await localList(path.resolve(cwd, input));
    if (listed) urls.push(...listed);
    else local.push(input);
  }
  return { urls, local };
}

async function localList(file: string): Promise<string[] | null> {
  try {
    const st = await stat(file);
    if (!st.isFile() || st.size > URL_LIST_MAX_BYTES) return null;
    const ext = path.extname(file).toLowerCase();
    if (ext === '.opml') {
      const list = readList(await readFile(file, 'utf8'), file, 'file:///');
      return list && list.kind !== 'feed' ? list.urls : null;
    }
    if (!['.txt', '.urls', '.list', ''].includes(ext)) return null;
    const lines = (await readFile(file, 'utf8'))
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    return lines.length && lines.every((l) => /^https?:\/\/\S+$/i.test(l)) ? lines : null;
  } catch {
    return null; // src/ingest names the problem
  }
}

export interface SourceOptions {
  /** Conditional GET state and the URLs already stored (none: everything is fetched). */
  store?: Store;
  fetcher: Fetcher;
  onProblem: (p: Problem) => void;
  onFetched?: (url: string, outcome: FetchOutcome) => void;
  /** Narrows the local inputs before reading (watch: only files new or changed since the last poll). */
  localFilter?: (local: string[]) => Promise<string[]>;
}

/** The documents of all inputs: local ones first, then the fetched ones (feed items already stored are not fetched). */
export async function* readSources(inputs: string[], opts: SourceOptions): AsyncGenerator<RawDocument> {
  const split = await splitInputs(inputs);
  const urls = split.urls;
  const local = opts.localFilter ? await opts.localFilter(split.local) : split.local;
  if (local.length) yield* readInputs(local, { onProblem: opts.onProblem });
  if (urls.length)
    yield* fetchDocuments(urls, {
      fetcher: opts.fetcher,
      onProblem: opts.onProblem,
      ...(opts.store && {
        state: opts.store,
        skip: async (u: string) => {
          const key = normalizeUrl(u);
          return key && opts.store ? opts.store.hasUrl(key) : false;
        },
      }),
      ...(opts.onFetched && { onFetched: opts.onFetched }),
    });
}
