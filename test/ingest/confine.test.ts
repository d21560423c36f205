/**
 * Inputs stay where the user pointed: a manifest found in a folder (which may come from anyone) names
 * only files inside its own folder (no absolute paths, `..`, symlinks out); a manifest the user names on
 * the command line is the user's own list of files; folder walks do not follow symlinks out of the folder;
 * special files are always refused; `allowOutsidePaths` widens the folder rules, never the last.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { isWithin } from '../../src/ingest/confine.js';
import { cliPath } from '../helpers/paths.js';
import { readAll, TmpDir } from './helpers.js';

const tmp = new TmpDir('corroborate-confine-');
afterAll(() => tmp.remove());

const SECRET = 'Secret body outside the manifest folder.';

function manifestFixture(name: string): string {
  tmp.write(`${name}/outside.txt`, SECRET);
  tmp.write(`${name}/reports/good.txt`, 'The good report inside the folder.');
  mkdirSync(tmp.path(name, 'reports', 'nested'), { recursive: true });
  symlinkSync(tmp.path(name, 'outside.txt'), tmp.path(name, 'reports', 'link.txt'));
  const lines = [
    { path: 'good.txt', id: 'good' },
    { path: '../outside.txt', id: 'dotdot' },
    { path: 'nested/../../outside.txt', id: 'nested-dotdot' },
    { path: tmp.path(name, 'outside.txt'), id: 'absolute' },
    { path: 'link.txt', id: 'symlink' },
    { path: '/proc/self/status', id: 'proc' },
  ];
  return tmp.write(`${name}/reports/manifest.jsonl`, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

describe('isWithin', () => {
  it('is lexical containment, not a string prefix', () => {
    expect(isWithin('/a/b', '/a/b')).toBe(true);
    expect(isWithin('/a/b', '/a/b/c/d')).toBe(true);
    expect(isWithin('/a/b', '/a/bc')).toBe(false);
    expect(isWithin('/a/b', '/a')).toBe(false);
    expect(isWithin('/a/b', '/a/b/..foo')).toBe(true);
  });
});

describe('manifest paths', () => {
  it('in a folder: refuse absolute paths, .. escapes, symlinks out and /proc, naming the entry; the good entry is read', async () => {
    const manifest = manifestFixture('m1');
    const { docs, problems: all } = await readAll([tmp.path('m1', 'reports')]);
    // the walk itself also refuses reports/link.txt (a symlink out of the folder)
    const problems = all.filter((p) => p.input.includes('#line'));
    expect(docs.map((d) => d.id)).toEqual(['good']);
    expect(docs.some((d) => d.text.includes('Secret'))).toBe(false);
    const byLine = (n: number) => problems.find((p) => p.input === `${manifest}#line${n}`);
    for (const n of [2, 3, 4, 5]) {
      expect(byLine(n), `line ${n}`).toMatchObject({ code: 'outside-path', severity: 'skipped' });
      expect(byLine(n)!.message).toMatch(/--allow-outside-paths/);
    }
    expect(byLine(4)!.message).toMatch(/absolute/);
    expect(byLine(5)!.message).toMatch(/symlink/);
    expect(byLine(6)).toMatchObject({ code: 'outside-path' }); // absolute, refused before anything else
    expect(problems).toHaveLength(5);
  });

  it("named on the command line, a manifest is the user's own list: paths outside its folder are read, /proc never", async () => {
    const manifest = manifestFixture('m4');
    const { docs, problems } = await readAll([manifest]);
    expect(docs.map((d) => d.id).sort()).toEqual(['absolute', 'dotdot', 'good', 'nested-dotdot', 'symlink']);
    // /proc/self/status is no report file: refused before it is opened
    expect(problems).toEqual([expect.objectContaining({ code: 'outside-path' })]);
    expect(problems[0]!.message).toMatch(/not a report file/);
  });

  it('named on the command line, a manifest still never reads files that hold no report (/etc/passwd)', async () => {
    const manifest = tmp.write(
      'm5/manifest.jsonl',
      JSON.stringify({ path: '/etc/passwd', id: 'passwd' }) + '\n',
    );
    const { docs, problems } = await readAll([manifest]);
    expect(docs).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: 'outside-path' })]);
  });

  it('--allow-outside-paths widens the folder rule but never reads /proc', async () => {
    manifestFixture('m2');
    const { docs, problems: all } = await readAll([tmp.path('m2', 'reports')], { allowOutsidePaths: true });
    const problems = all.filter((p) => p.input === '/proc/self/status');
    expect(docs.map((d) => d.id).sort()).toEqual(['absolute', 'dotdot', 'good', 'nested-dotdot', 'symlink']);
    expect(problems).toEqual([expect.objectContaining({ input: '/proc/self/status', code: 'special-file' })]);
  });

  it('the CLI names the refused entry and exits 2; the good report is in the output', () => {
    const manifest = manifestFixture('m3');
    let status = 0;
    let stdout = '';
    let stderr = '';
    try {
      stdout = execFileSync(process.execPath, [cliPath, 'extract', '--quiet', tmp.path('m3', 'reports')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      status = err.status;
      stdout = err.stdout;
      stderr = err.stderr;
    }
    expect(status).toBe(2);
    expect(stderr).toContain(
      `manifest.jsonl#line2: manifest path "../outside.txt" leaves the manifest's folder`,
    );
    expect(manifest).toContain('manifest.jsonl');
    expect(stdout).toContain('The good report inside the folder.');
    expect(stdout).not.toContain('Secret');
  });
});

describe('folder walks', () => {
  it('do not follow a symlink out of the folder; do follow one inside it', async () => {
    tmp.write('w/secret/passwd.txt', SECRET);
    tmp.write('w/root/a.txt', 'Report A.');
    tmp.write('w/root/sub/b.txt', 'Report B.');
    symlinkSync(tmp.path('w', 'secret'), tmp.path('w', 'root', 'etc'));
    symlinkSync(tmp.path('w', 'root', 'sub'), tmp.path('w', 'root', 'inside'));
    const { docs, problems } = await readAll([tmp.path('w', 'root')]);
    expect(docs.map((d) => d.text)).toEqual(['Report A.', 'Report B.', 'Report B.']);
    // (the file reached twice inside the folder is the usual duplicate-id warning)
    expect(problems.filter((p) => p.severity === 'skipped')).toEqual([
      expect.objectContaining({
        input: tmp.path('w', 'root', 'etc'),
        code: 'outside-path',
        severity: 'skipped',
      }),
    ]);
    const wide = await readAll([tmp.path('w', 'root')], { allowOutsidePaths: true });
    expect(wide.docs.map((d) => d.text)).toContain(SECRET);
  });

  it('refuse a symlink to /proc even when widened', async () => {
    mkdirSync(tmp.path('p'), { recursive: true });
    tmp.write('p/ok.txt', 'Fine.');
    symlinkSync('/proc/self', tmp.path('p', 'self'));
    const { docs, problems } = await readAll([tmp.path('p')], { allowOutsidePaths: true });
    expect(docs.map((d) => d.text)).toEqual(['Fine.']);
    expect(problems).toEqual([expect.objectContaining({ code: 'special-file' })]);
  });
});

describe('special files', () => {
  it.skipIf(process.platform === 'win32')(
    'a FIFO in a folder or on the command line is refused without hanging',
    async () => {
      mkdirSync(tmp.path('f'), { recursive: true });
      tmp.write('f/ok.txt', 'Fine.');
      execFileSync('mkfifo', [tmp.path('f', 'pipe.txt')]);
      const inFolder = await readAll([tmp.path('f')]);
      expect(inFolder.docs.map((d) => d.text)).toEqual(['Fine.']);
      expect(inFolder.problems).toEqual([
        expect.objectContaining({ code: 'not-a-file', severity: 'skipped' }),
      ]);
      const named = await readAll([tmp.path('f', 'pipe.txt')]);
      expect(named.problems).toEqual([expect.objectContaining({ code: 'not-a-file' })]);
    },
  );

  it('/proc and /dev files named on the command line are refused', async () => {
    const { docs, problems } = await readAll(['/proc/self/status', '/dev/zero']);
    expect(docs).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['special-file', 'special-file']);
  });
});
