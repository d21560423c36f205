import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cliPath } from '../helpers/paths.js';
import { ReportSchema } from '../../src/model/report.js';
import { TmpDir } from './helpers.js';

const tmp = new TmpDir();
afterAll(() => tmp.remove());

const env = { ...process.env };

/** 600 tiny reports: enough for progress display. */
function makeMany(): void {
  if (existsSync(tmp.path('many'))) return;
  for (let i = 0; i < 600; i++) tmp.write(`many/r${String(i).padStart(3, '0')}.txt`, `Report ${i}.`);
}

function extract(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cliPath, 'extract', ...args], {
    env,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('corroborate extract', () => {
  const dir = tmp.path('in');
  tmp.write('in/a.txt', 'Source: Wire A\nPublished: 2025-06-02\n\nThe talks lasted an hour.');
  tmp.write('in/b.md.gz', gzipSync('# Heading\n\nSome *markdown* with a [link](https://x.example).'));
  tmp.write(
    'in/feed.rss',
    '<rss version="2.0"><channel><title>F</title><item><title>I</title><description>Item body.</description></item></channel></rss>',
  );
  tmp.write('in/manifest.jsonl', '{"path":"a.txt","id":"wire-a","url":"https://a.example/1"}\n');

  it('writes a valid corroborate/report@1 JSON with the documents, exit 0', () => {
    const r = extract([dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.stories).toEqual([]);
    expect(report.documents.map((d) => d.id)).toEqual(['b', 'feed-1', 'wire-a']);
    const a = report.documents.find((d) => d.id === 'wire-a')!;
    expect(a).toMatchObject({
      source: 'Wire A',
      url: 'https://a.example/1',
      published: '2025-06-02',
      copyOf: null,
    });
    expect(a.text).toBe('The talks lasted an hour.');
    expect(report.documents[0]!.text).toBe('Heading\n\nSome markdown with a link.');
  });

  it('writes JSON lines with --format jsonl and to --out', () => {
    const out = tmp.path('out.jsonl');
    const r = extract(['--format', 'jsonl', '--out', out, dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    expect(lines.map((d) => d.id)).toEqual(['b', 'feed-1', 'wire-a']);
  });

  it('reads stdin with -', () => {
    const r = extract(['-f', 'jsonl', '-'], 'Title: From a pipe\n\nPiped body text.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: 'stdin',
      title: 'From a pipe',
      text: 'Piped body text.',
    });
  });

  it('exits 2 when an input was skipped, naming it on stderr, and still writes the rest', () => {
    const bin = tmp.write('bad/img.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const good = tmp.write('bad/good.txt', 'Good body.');
    const missing = tmp.path('bad/missing.txt');
    const r = extract([bin, good, missing]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      `corroborate: skipped ${bin}: binary file (PNG image), not text`,
      `corroborate: skipped ${missing}: no such file or folder`,
    ]);
    const report = JSON.parse(r.stdout) as { documents: Array<{ id: string }>; problems: unknown[] };
    expect(report.documents.map((d) => d.id)).toEqual(['good']);
    expect(report.problems).toHaveLength(2);
  });

  it('HTML pages go through the worker pool, and the workers never keep the process alive', () => {
    const page = tmp.write('html/page.html', '<html><body><article><p>A page.</p></article></body></html>');
    const r = extract(['-f', 'jsonl', page]);
    // Whether the extractor is built yet or not, the process ends with a clear outcome
    // (the page is the only input: when it is skipped, nothing was read, exit 1).
    expect([0, 1]).toContain(r.code);
    if (r.code === 1) expect(r.stderr).toContain(`corroborate: skipped ${page}: `);
    else expect(JSON.parse(r.stdout)).toMatchObject({ id: 'page', format: 'html' });
  });

  it('skips a file over --max-bytes', () => {
    const big = tmp.write('big/big.txt', 'z'.repeat(4096));
    const r = extract(['--max-bytes', '1000', big]);
    expect(r.code).toBe(1); // the only input was skipped: nothing read
    expect(r.stderr).toContain(`skipped ${big}: 4,096 bytes is over the 1,000-byte limit`);
  });

  it('usage errors exit 1; --help exits 0', () => {
    expect(extract([]).code).toBe(1);
    expect(extract(['--format', 'xml', dir]).code).toBe(1);
    expect(extract(['--bogus', dir]).code).toBe(1);
    const cannot = extract(['--out', tmp.path('no/such/dir/out.json'), dir]);
    expect(cannot.code).toBe(1);
    expect(cannot.stderr).toContain('cannot write');
    const help = extract(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: corroborate extract');
  });

  it('prints a progress line every N inputs when not on a TTY, and nothing for small runs', () => {
    makeMany();
    const r = extract(['-f', 'jsonl', tmp.path('many')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(600);
    expect(r.stderr).toBe('corroborate: read 500 of 600 inputs\ncorroborate: read 600 of 600 inputs\n');
    expect(extract([dir]).stderr).toBe('');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('draws a progress bar on a TTY (run under script(1))', () => {
    makeMany();
    const out = tmp.path('tty.json');
    const cmd = `${process.execPath} ${cliPath} extract -o ${out} ${tmp.path('many')}`;
    const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\r\[#{30}\] 600\/600 inputs read/);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(600);
  });
});

describe('corroborate extract to a file', () => {
  it('writes many documents with --out without a MaxListenersExceededWarning', () => {
    // ~80 reports of ~4 kB: the file stream asks the writer to wait (drain) many times
    for (let i = 0; i < 80; i++)
      tmp.write(
        `listeners/r${i}.txt`,
        `Report number ${i}. ${'The talks went on for an hour. '.repeat(130)}`,
      );
    const out = tmp.path('listeners.jsonl');
    const r = extract(['-f', 'jsonl', '-o', out, tmp.path('listeners')]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('Warning');
    expect(r.stderr).toContain(`corroborate: wrote ${out}: 80 documents`);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(80);
  });
});
