import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedPath, skipMessage } from '../helpers/paths.js';
import { readAll } from './helpers.js';

const ecb = sharedPath('data', 'ecbplus', 'dev.jsonl');
const aeb = sharedPath('data', 'extraction', 'scrapinghub-aeb', 'html');

describe('real corpora in ../shared', () => {
  it.skipIf(!ecb)('reads ECB+ dev.jsonl: every record, its own id, English', async () => {
    const records = readFileSync(ecb!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text: string });
    const { docs, problems } = await readAll([ecb!]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(records.map((r) => r.id));
    expect(docs.every((d, i) => d.text === records[i]!.text)).toBe(true);
    const langs = new Set(docs.map((d) => d.language));
    expect([...langs].filter((l) => l !== null)).toEqual(['en']);
  });
  if (!ecb) it.skip(skipMessage('ECB+ reading'), () => {});

  it.skipIf(!aeb)(
    'reads gzipped benchmark pages: each one gives a document or one problem naming it',
    async () => {
      const files = readdirSync(aeb!)
        .filter((f) => f.endsWith('.html.gz'))
        .sort()
        .slice(0, 12)
        .map((f) => path.join(aeb!, f));
      const { docs, problems } = await readAll(files, { htmlWorkers: 2 });
      for (const f of files) {
        const n = docs.filter((d) => d.input === f).length + problems.filter((p) => p.input === f).length;
        expect(n, f).toBe(1);
      }
      for (const d of docs) expect(d.id).toBe(path.basename(d.input).replace(/\.html\.gz$/, ''));
    },
  );
  if (!aeb) it.skip(skipMessage('benchmark pages'), () => {});
});
