import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestStream } from '../../src/incremental/ingest.js';
import { readAllInputs } from '../../src/ingest/index.js';
import { ReportSchema } from '../../src/model/report.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/index.js';
import { startLiveServer } from '../../src/web/live.js';
import { rawDoc } from '../helpers/docs.js';
import { seedsDir } from '../helpers/paths.js';

let dir: string;
let store: SqliteStore;
let server: http.Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'corroborate-serve-'));
  store = openSqliteStore(path.join(dir, 's.db'));
  const { documents } = await readAllInputs([seedsDir], { htmlWorkers: 0 });
  await ingestStream(store, documents);
  await ingestStream(store, [
    rawDoc(
      'evil',
      'Dock workers at the port of Rotterdam walked out on Tuesday, the FNV union said. <script>alert(1)</script>',
      {
        title: '<img src=x onerror=alert(1)> Rotterdam strike',
        source: 'Harbour <b>News</b>',
      },
    ),
  ]);
  ({ server } = await startLiveServer(store, 0, '127.0.0.1'));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(p: string): Promise<{ status: number; type: string; body: string; headers: Headers }> {
  const r = await fetch(base + p);
  return {
    status: r.status,
    type: r.headers.get('content-type') ?? '',
    body: await r.text(),
    headers: r.headers,
  };
}

describe('serve --db', () => {
  it('lists stories over the JSON API with since, q and disputed filters', async () => {
    const all = JSON.parse((await get('/api/stories')).body) as Array<{
      id: string;
      disputes: number;
      documents: number;
    }>;
    expect(all).toHaveLength(2);
    const disputed = JSON.parse((await get('/api/stories?disputed=1')).body) as typeof all;
    expect(disputed).toHaveLength(1);
    expect(disputed[0]!.documents).toBe(5);
    expect(JSON.parse((await get('/api/stories?q=Rotterdam')).body)).toHaveLength(1);
    expect(JSON.parse((await get('/api/stories?since=2999-01-01T00:00:00Z')).body)).toEqual([]);
    expect((await get('/api/stories?since=notadate')).status).toBe(400);
  });

  it('serves a story as the report contract, its documents, and its history', async () => {
    const [story] = JSON.parse((await get('/api/stories?disputed=1')).body) as Array<{ id: string }>;
    const report = ReportSchema.parse(JSON.parse((await get(`/api/stories/${story!.id}`)).body));
    expect(report.stories[0]!.disputes.length).toBeGreaterThan(0);
    const docId = report.stories[0]!.documents[0]!;
    const doc = JSON.parse((await get(`/api/documents/${encodeURIComponent(docId)}`)).body) as {
      id: string;
      story: string;
      text: string;
    };
    expect(doc).toMatchObject({ id: docId, story: story!.id });
    expect((await get('/api/documents/nope')).status).toBe(404);
    const history = JSON.parse((await get(`/api/stories/${story!.id}/history`)).body) as Array<{
      kind: string;
    }>;
    expect(history.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['created', 'joined', 'dispute-appeared']),
    );
  });

  it('escapes article text and metadata, with the strict CSP', async () => {
    const list = await get('/');
    expect(list.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(list.body).not.toContain('<img src=x');
    expect(list.body).toContain('&lt;img src=x');
    expect(list.body).not.toContain('<b>News</b>');
    const evil = (JSON.parse((await get('/api/stories?q=Rotterdam')).body) as Array<{ id: string }>)[0]!;
    const page = await get(`/stories/${evil.id}`);
    expect(page.status).toBe(200);
    expect(page.body).not.toMatch(/<script>alert/);
  });

  it('pushes a server-sent event when a story changes', async () => {
    const events: string[] = [];
    const req = http.get(`${base}/events`);
    const got = new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no event; got ${events.join('')}`)), 15_000);
      req.on('response', (res) => {
        expect(res.headers['content-type']).toMatch(/text\/event-stream/);
        res.on('data', (c: Buffer) => {
          events.push(c.toString());
          const all = events.join('');
          if (/event: stories\ndata: .*\n\n/.test(all)) {
            clearTimeout(t);
            resolve(all);
          }
        });
      });
    });
    await new Promise((r) => setTimeout(r, 1_500)); // a poll or two with nothing new: no event
    await ingestStream(store, [
      rawDoc(
        'later',
        'The Rotterdam port authority said 40 ships were waiting at anchor while FNV talks with terminal operators resumed.',
      ),
    ]);
    const all = await got;
    req.destroy();
    const data = JSON.parse(/event: stories\ndata: (.*)\n/.exec(all)![1]!) as Array<{ id: string }>;
    expect(data.map((s) => s.id)).toEqual([(await store.getDocument('later'))!.storyId]);
  });
});
