/** The store commands end to end (dist/ CLI): ingest, stories, export, analyze --db, watch, and a test web server. */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../src/model/report.js';
import { cliPath, seedsDir } from '../helpers/paths.js';
import { ARTICLE, PARAGRAPHS, send, startServer, type TestServer } from '../fetch/server.js';

const run = promisify(execFile);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<Result> {
  try {
    const r = await run(process.execPath, [cliPath, ...args], {
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const ALLOW = { CORROBORATE_TEST_ALLOW_ADDRESSES: '127.0.0.1' };

let dir: string;
let srv: TestServer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'corroborate-live-'));
  srv = await startServer({
    '/robots.txt': send('User-agent: *\nAllow: /\n', { 'content-type': 'text/plain' }),
  });
});
afterAll(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest, stories, export, analyze --db', () => {
  it('ingests the seeds once: one story with its disputes; a second ingest adds nothing', async () => {
    const db = path.join(dir, 'seeds.db');
    const first = await cli(['ingest', seedsDir, '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/5 new reports, 0 already stored; 1 new story/);
    const second = await cli(['ingest', seedsDir, '--db', db]);
    expect(second.stderr).toMatch(/0 new reports, 5 already stored/);
    const list = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as Array<{
      documents: number;
      disputes: number;
    }>;
    expect(list).toHaveLength(1);
    expect(list[0]!.documents).toBe(5);
    expect(list[0]!.disputes).toBeGreaterThanOrEqual(3);
    const table = await cli(['stories', '--db', db]);
    expect(table.stdout).toMatch(/^story\s+updated\s+reports\s+disputes\s+title/);
    expect(
      (await cli(['stories', '--db', db, '--since', '2999-01-01', '--format', 'json'])).stdout.trim(),
    ).toBe('[]');
    expect((await cli(['stories', '--db', db, '--since', 'yesterday-ish'])).code).toBe(1);

    const csv = (await cli(['export', '--db', db, '--format', 'csv', '--disputed'])).stdout
      .split('\r\n')
      .filter(Boolean);
    expect(csv[0]).toBe(
      'story,story_title,type,id,status,kind,statement,value,document,source,quote,start,end',
    );
    expect(csv.length).toBeGreaterThan(list[0]!.disputes * 2);
    const jsonl = (await cli(['export', '--db', db, '--format', 'jsonl'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(jsonl.filter((r) => r.type === 'dispute')).toHaveLength(list[0]!.disputes);
    expect(jsonl.some((r) => r.type === 'claim')).toBe(true);

    const report = ReportSchema.parse(JSON.parse((await cli(['analyze', '--db', db])).stdout));
    expect(report.documents).toHaveLength(5);
    expect(report.stories[0]!.disputes).toHaveLength(list[0]!.disputes);
    for (const s of report.stories)
      for (const d of s.disputes)
        for (const p of d.positions)
          for (const e of p.evidence) {
            const doc = report.documents.find((x) => x.id === e.document)!;
            expect(doc.text.slice(e.start, e.end)).toBe(e.quote);
          }
  });

  it('fetches URLs only past the address guard the test variable opens; without it, loopback is refused', async () => {
    srv.route('/news/one.html', send(ARTICLE('Geneva talks extended', PARAGRAPHS('The UN envoy'))));
    const db = path.join(dir, 'web.db');
    const refused = await cli(['ingest', srv.url('/news/one.html'), '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/loopback address; only public addresses are fetched/);
    const ok = await cli(['ingest', srv.url('/news/one.html'), '--db', db], ALLOW);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/1 new report/);
    const again = await cli(['ingest', `${srv.url('/news/one.html')}?utm_source=x`, '--db', db], ALLOW);
    expect(again.stderr).toMatch(/0 new reports, 1 already stored/);
    const analyzed = await cli(['analyze', srv.url('/news/one.html'), '--format', 'json'], ALLOW);
    expect(ReportSchema.parse(JSON.parse(analyzed.stdout)).documents[0]!.url).toBe(srv.url('/news/one.html'));
  });
});

function waitFor(child: ChildProcess, re: RegExp, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let err = '';
    const t = setTimeout(() => reject(new Error(`timed out waiting for ${re}; stderr:\n${err}`)), timeoutMs);
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      if (re.test(err)) {
        clearTimeout(t);
        resolve(err);
      }
    });
  });
}

describe('watch', () => {
  it('polls a feed: new items the first time, 304 after; a log line per poll', async () => {
    srv.route('/w/a', send(ARTICLE('Quake hits coast', PARAGRAPHS('The civil defence agency'))));
    srv.route('/w/b', send(ARTICLE('Quake toll rises', PARAGRAPHS('The regional governor'))));
    srv.route('/w/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"w1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"w1"', 'content-type': 'application/rss+xml' });
      res.end(`<rss><channel><title>Watch Feed</title>
<item><title>Quake hits coast</title><link>${srv.url('/w/a')}</link></item>
<item><title>Quake toll rises</title><link>${srv.url('/w/b')}</link><source url="https://wire.example">Wire</source></item></channel></rss>`);
    });
    const db = path.join(dir, 'watch.db');
    const r = await cli(
      ['watch', srv.url('/w/feed.xml'), '--db', db, '--every', '1s', '--polls', '2'],
      ALLOW,
    );
    expect(r.code).toBe(0);
    const polls = r.stderr.split('\n').filter((l) => /poll \d+ at/.test(l));
    expect(polls).toHaveLength(2);
    expect(polls[0]).toMatch(/poll 1 .*: 2 new reports .*URLs: 1 fetched, 0 not modified, 0 failed/);
    expect(polls[1]).toMatch(/poll 2 .*: 0 new reports .*URLs: 0 fetched, 1 not modified/);
    const list = JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout) as Array<{
      sources: string[];
    }>;
    expect(list.flatMap((s) => s.sources).sort()).toEqual(['Watch Feed', 'Wire']);
  });

  it('reads a folder, then only new files; stops gracefully on SIGTERM', async () => {
    const folder = path.join(dir, 'inbox');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'a.txt'),
      'Dock workers at the port of Rotterdam walked out on Tuesday in a dispute over automation, the FNV union said.',
    );
    const db = path.join(dir, 'folder.db');
    const child = spawn(process.execPath, [cliPath, 'watch', folder, '--db', db, '--every', '1s'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await waitFor(child, /poll 1 .*1 new report/);
    writeFileSync(
      path.join(folder, 'b.txt'),
      'The Rotterdam port authority said 40 ships were waiting at anchor while talks between FNV and the terminal operators resumed on Wednesday.',
    );
    const log = await waitFor(
      child,
      /poll \d+ .*: 1 new report \(0 already stored\)[\s\S]*poll \d+ .*: 0 new reports \(0 already stored\)/,
    );
    expect(log).not.toMatch(/1 already stored/); // unchanged files are not read again
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
