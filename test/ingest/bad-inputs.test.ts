import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readAll, TmpDir, fakeExtractor } from './helpers.js';
import { readInputs } from '../../src/ingest/index.js';
import { fsError } from '../../src/ingest/bytes.js';
import { execFileSync } from 'node:child_process';

const tmp = new TmpDir();
afterAll(() => tmp.remove());

const good = () => tmp.write(`good-${Math.random().toString(36).slice(2)}.txt`, 'A good report.');

/** Every bad input gives exactly one skipped problem naming it, and the good input beside it is read. */
async function expectSkipped(bad: string, code: string, opts = {}) {
  const ok = good();
  const { docs, problems } = await readAll([bad, ok], opts);
  expect(docs.map((d) => d.input)).toEqual([ok]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ input: bad, severity: 'skipped', code });
  return problems[0]!;
}

describe('bad inputs: one problem naming the input, the batch goes on', () => {
  it('empty files, and files of only whitespace', async () => {
    await expectSkipped(tmp.write('empty.txt', ''), 'empty');
    await expectSkipped(tmp.write('blank.txt', ' \n\t\r\n '), 'empty');
    await expectSkipped(tmp.write('empty.txt.gz', gzipSync('')), 'empty');
  });

  it('binary files: NUL bytes and magic numbers', async () => {
    const nul = Buffer.alloc(600, 0x41);
    nul[10] = 0;
    nul[301] = 0;
    await expectSkipped(tmp.write('nul.txt', nul), 'binary');
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(100, 7),
    ]);
    const p = await expectSkipped(tmp.write('photo.html', png), 'binary');
    expect(p.message).toContain('PNG');
    await expectSkipped(tmp.write('doc.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary');
    const late = Buffer.concat([Buffer.from('text '.repeat(3000)), Buffer.from([0, 1, 2, 0])]);
    await expectSkipped(tmp.write('late-nul.txt', late), 'binary');
  });

  it('huge files are skipped without being read whole (low limit), gzip bombs too', async () => {
    const big = tmp.write('big.txt', 'x'.repeat(5000));
    const p = await expectSkipped(big, 'too-large', { maxInputBytes: 1000 });
    expect(p.message).toContain('5,000 bytes');
    const bomb = tmp.write('bomb.txt.gz', gzipSync('y'.repeat(100_000)));
    await expectSkipped(bomb, 'too-large', { maxInputBytes: 1000 });
  });

  it('corrupt gzip', async () => {
    const gz = gzipSync('some text that compresses');
    await expectSkipped(tmp.write('cut.txt.gz', gz.subarray(0, gz.length - 6)), 'corrupt');
  });

  it('missing paths, dangling links and unreadable files', async () => {
    await expectSkipped(tmp.path('no-such-file.txt'), 'missing');
    mkdirSync(tmp.path('links'), { recursive: true });
    symlinkSync(tmp.path('nowhere.txt'), tmp.path('links', 'dangling.txt'));
    const { problems } = await readAll([tmp.path('links')]);
    expect(problems).toEqual([
      expect.objectContaining({ input: tmp.path('links', 'dangling.txt'), code: 'missing' }),
    ]);
  });

  const asRoot = process.getuid?.() === 0;
  if (asRoot)
    console.log('bad inputs: running as root, which reads any file: the unreadable-file test is skipped');
  it.skipIf(asRoot)('unreadable files (not as root: root reads anything)', async () => {
    const f = tmp.write('secret.txt', 'no access');
    chmodSync(f, 0o000);
    await expectSkipped(f, 'unreadable');
  });

  it('maps file-system errors to clear problems (EACCES cannot be made as root, so checked directly)', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(fsError(err('EACCES'), 'x')).toMatchObject({ code: 'unreadable', message: 'permission denied' });
    expect(fsError(err('ENOENT'), 'x')).toMatchObject({ code: 'missing' });
    expect(fsError(err('EIO'), 'x')).toMatchObject({ code: 'unreadable', input: 'x' });
  });

  it('a FIFO or other special file in a folder is named and skipped, not read (which would hang)', async () => {
    mkdirSync(tmp.path('special'), { recursive: true });
    execFileSync('mkfifo', [tmp.path('special', 'pipe.txt')]);
    tmp.write('special/ok.txt', 'Fine.');
    const { docs, problems } = await readAll([tmp.path('special')]);
    expect(docs.map((d) => d.text)).toEqual(['Fine.']);
    expect(problems).toEqual([
      expect.objectContaining({ input: tmp.path('special', 'pipe.txt'), code: 'not-a-file' }),
    ]);
  });

  it('an empty folder is a warning', async () => {
    mkdirSync(tmp.path('nothing/.hidden'), { recursive: true });
    const { docs, problems } = await readAll([tmp.path('nothing')]);
    expect(docs).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ input: tmp.path('nothing'), severity: 'warning', code: 'empty' }),
    ]);
  });

  it('problem messages are one line even when the parser quotes a multi-line input', async () => {
    const p = await expectSkipped(tmp.write('multi.json', '#\nx\n'), 'parse');
    expect(p.message).not.toMatch(/\n/);
  });

  it('invalid JSON files and records without text', async () => {
    await expectSkipped(tmp.write('bad.json', '{"text": "unterminated'), 'parse');
    await expectSkipped(
      tmp.write('notext.json', '{"title": "A headline", "url": "https://example.org/a"}'),
      'no-text',
    );
  });

  it('a JSON file that is not a report record at all (a truth file beside the reports) is named and ignored', async () => {
    const other = tmp.write('expected.json', '{"about": "analyst truth", "disputes": []}');
    const ok = good();
    const { docs, problems } = await readAll([other, ok]);
    expect(docs.map((d) => d.input)).toEqual([ok]);
    expect(problems).toEqual([
      expect.objectContaining({ input: other, severity: 'warning', code: 'not-a-record' }),
    ]);
  });

  it('HTML with no article (no-article), malformed HTML, and an extractor that throws', async () => {
    const htmlExtractor = fakeExtractor(tmp);
    await expectSkipped(tmp.write('nav-only.html', '<html><nav>Home | News</nav></html>'), 'no-article', {
      htmlExtractor,
    });
    const malformed = tmp.write(
      'malformed.html',
      '<html><body><article><p>Kept <b>text</i></article></div></span>',
    );
    const r = await readAll([malformed], { htmlExtractor });
    expect(r.problems).toEqual([]);
    expect(r.docs[0]!.text).toBe('Kept text');
    await expectSkipped(tmp.write('boom.html', '<html>THROW<article>x</article></html>'), 'extract', {
      htmlExtractor,
    });
  });

  it('a page whose extraction stalls is cut off after perDocumentTimeoutMs; the rest goes on', async () => {
    const htmlExtractor = fakeExtractor(tmp);
    const stall = tmp.write('stall.html', '<html>STALL<article>never</article></html>');
    const fine = tmp.write('fine.html', '<html><article><p>Fine page.</p></article></html>');
    const { docs, problems } = await readAll([stall, fine], {
      htmlExtractor,
      htmlWorkers: 2,
      perDocumentTimeoutMs: 500,
    });
    expect(docs.map((d) => d.text)).toEqual(['Fine page.']);
    expect(problems).toEqual([
      expect.objectContaining({ input: stall, code: 'timeout', severity: 'skipped' }),
    ]);
  });

  it('with a single worker, the stalled one is replaced and the pages after it are still read', async () => {
    const htmlExtractor = fakeExtractor(tmp);
    const stall = tmp.write('one/a-stall.html', '<html>STALL</html>');
    tmp.write('one/b.html', '<html><article><p>Page B.</p></article></html>');
    tmp.write('one/c.html', '<html><article><p>Page C.</p></article></html>');
    const { docs, problems } = await readAll([tmp.path('one')], {
      htmlExtractor,
      htmlWorkers: 1,
      perDocumentTimeoutMs: 1500,
    });
    expect(docs.map((d) => d.text)).toEqual(['Page B.', 'Page C.']);
    expect(problems).toEqual([expect.objectContaining({ input: stall, code: 'timeout' })]);
  });

  it('a folder with 3,000 tiny files is read completely, in order, a few at a time', async () => {
    const dir = tmp.path('many');
    mkdirSync(dir);
    for (let i = 0; i < 3000; i++)
      writeFileSync(`${dir}/r${String(i).padStart(4, '0')}.txt`, `Report number ${i}.`);
    let inFlightMax = 0;
    let done = 0;
    let n = 0;
    let last = -1;
    for await (const d of readInputs([dir], {
      htmlWorkers: 0,
      onProgress: (k, total) => {
        done = k;
        expect(total).toBe(3000);
      },
    })) {
      const i = Number(d.id.slice(1));
      expect(i).toBe(last + 1);
      last = i;
      n++;
      inFlightMax = Math.max(inFlightMax, n - done);
    }
    expect(n).toBe(3000);
    expect(done).toBe(3000);
    // Progress is reported as inputs are read, not all at the end.
    expect(inFlightMax).toBeLessThanOrEqual(1);
  });
});
