import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cliPath, seedsDir } from './helpers/paths.js';
import { TmpDir } from './ingest/helpers.js';
import { editDistance, nearestOption } from '../src/cli/common.js';
import { phaseLine } from '../src/cli/progress.js';

const tmp = new TmpDir('corroborate-cli-');
afterAll(() => tmp.remove());

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', input, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('corroborate command', () => {
  it('prints usage with --help and exits 0', () => {
    const out = execFileSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8' });
    expect(out).toContain('Usage: corroborate');
    expect(out).toContain('extract');
    expect(out).toContain('analyze');
  });

  it('rejects an unknown command with exit 1, suggesting the command meant', () => {
    const r = cli(['anlyze', seedsDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown command 'anlyze'; did you mean analyze?");
    expect(cli(['frobnicate']).code).toBe(1);
    expect(cli(['frobnicate']).stderr).not.toContain('did you mean');
  });

  it('`help analyze` prints the help of analyze, not the top-level one', () => {
    const r = cli(['help', 'analyze']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: corroborate analyze');
    expect(cli(['help', 'extract']).stdout).toContain('Usage: corroborate extract');
    expect(cli(['help']).stdout).toContain('Usage: corroborate <command>');
  });

  it('-V and --version print the version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['-V', '--version']) {
      const r = cli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(pkg.version);
    }
  });

  it('a mistyped option gets "did you mean", one sentence, exit 1', () => {
    const r = cli(['analyze', '--fromat', 'md', seedsDir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown option '--fromat'; did you mean --format?");
    expect(r.stderr).not.toMatch(/positional|Error:|at .*\.js/);
    expect(cli(['extract', '--qiuet', seedsDir]).stderr).toContain('did you mean --quiet?');
    expect(cli(['analyze', '--zzz', seedsDir]).stderr).not.toContain('did you mean');
  });

  it('a broken pipe (`analyze … | head -1`) ends quietly with exit 0', () => {
    // the JSON report of the seeds (~200 kB) is far more than a pipe holds, so the writer meets EPIPE
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${cliPath}" analyze "${seedsDir}" | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('exit=0\n');
  });

  it('an --out in a folder that does not exist: one sentence naming it, exit 1, no stack trace', () => {
    const out = tmp.path('no/such/dir/r.html');
    const r = cli(['analyze', seedsDir, '--format', 'html', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `corroborate analyze: cannot write ${out}: the folder ${tmp.path('no/such/dir')} does not exist (create it first, or pick another --out)`,
    ]);
    const dir = cli(['analyze', seedsDir, '--out', tmp.root]);
    expect(dir.code).toBe(1);
    expect(dir.stderr).toContain('it is a folder');
  });

  it('every input missing is exit 1 and no report; some missing is exit 2 with the rest', () => {
    const none = cli(['analyze', tmp.path('a.txt'), tmp.path('b.txt')]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no report could be read (2 inputs skipped)');
    const ext = cli(['extract', tmp.path('a.txt')]);
    expect(ext.code).toBe(1);
    expect(ext.stderr).toContain('no report could be read (1 input skipped)');
    const some = cli(['analyze', '-q', seedsDir, tmp.path('a.txt')]);
    expect(some.code).toBe(2);
    expect(JSON.parse(some.stdout).documents).toHaveLength(5);
  });

  it('ends with a one-line summary and the stories needing attention when writing a file; -q silences it', () => {
    const out = tmp.path('r.md');
    const r = cli(['analyze', seedsDir, '-f', 'md', '-o', out]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(`corroborate: wrote ${out}: 1 story, 4 disputes (5 reports)`);
    expect(lines[1]).toMatch(/^ {2}4 disputes · \d+ single-source · 5 reports {2}\S/);
    expect(cli(['analyze', seedsDir, '-q', '-f', 'md', '-o', out]).stderr).toBe('');
    // to stdout with stderr not a terminal: the output alone, nothing on stderr
    expect(cli(['analyze', seedsDir, '-f', 'md']).stderr).toBe('');
  });

  it('Markdown counts read in the singular where there is one', () => {
    const md = cli(['analyze', '-q', seedsDir, '-f', 'md']).stdout;
    expect(md).toContain('5 reports, 1 story, 4 disputes.');
    expect(md).not.toMatch(/\b1 (disputes|reports|stories|claims)\b/);
  });

  it.skipIf(!existsSync('/usr/bin/script'))('shows analysis phases on a TTY, with counts', () => {
    const out = tmp.path('tty.json');
    const cmd = `${process.execPath} ${cliPath} analyze -o ${out} ${seedsDir}`;
    const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`corroborate: wrote ${out}: 1 story, 4 disputes (5 reports)`);
    // each phase line is drawn only when the phase lasts; the seeds' story analysis may be quick
    for (const m of r.stdout.matchAll(/\r\x1b\[K([a-z ]+) (\d+)\/(\d+)/g))
      expect(+m[2]!).toBeLessThanOrEqual(+m[3]!);
  });
});

describe('cli helpers', () => {
  it('edit distance and the option meant', () => {
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('qiuet', 'quiet')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    const options = {
      format: { type: 'string' },
      out: { type: 'string' },
      quiet: { type: 'boolean' },
    } as const;
    expect(nearestOption('--fromat', options)).toBe('--format');
    expect(nearestOption('--ot', options)).toBe('--out');
    expect(nearestOption('--verbose', options)).toBeNull();
  });

  it('a phase line has counts, a share and an ETA once enough is done', () => {
    expect(phaseLine('analysing stories', 0, 64, 100)).toBe('analysing stories 0/64 (0%)');
    expect(phaseLine('analysing stories', 16, 64, 4000)).toBe(
      'analysing stories 16/64 (25%), about 12 s left',
    );
    expect(phaseLine('analysing stories', 32, 64, 120_000)).toBe(
      'analysing stories 32/64 (50%), about 2 min left',
    );
    expect(phaseLine('analysing stories', 64, 64, 5000)).toBe('analysing stories 64/64 (100%)');
  });
});

describe('progress of the analysis phases', () => {
  const tty = () => {
    const out: string[] = [];
    const stream = { isTTY: true, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
    return { out, stream };
  };

  it('on a TTY: a long phase with counts, a one-step phase by name, nothing for quick work', async () => {
    const { Progress } = await import('../src/cli/progress.js');
    let t = 0;
    const { out, stream } = tty();
    const p = new Progress(stream, () => t);
    p.phase('cleaning', 0, 1); // at once: the run is young, nothing shown
    expect(out).toEqual([]);
    t = 1000;
    p.phase('grouping into stories', 0, 1);
    expect(out).toEqual(['\r\x1b[Kgrouping into stories…']);
    p.phase('analysing stories', 0, 64);
    t = 1300; // under the phase's own threshold
    p.phase('analysing stories', 5, 64);
    expect(out).toHaveLength(1);
    t = 2000;
    p.phase('analysing stories', 16, 64);
    expect(out[1]).toBe('\r\x1b[Kanalysing stories 16/64 (25%), about 3 s left');
    p.finish();
    expect(out[2]).toBe('\r\x1b[K');
  });

  it('not on a TTY: silent', async () => {
    const { Progress } = await import('../src/cli/progress.js');
    const out: string[] = [];
    const p = new Progress(
      { isTTY: false, write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream,
      () => 5000,
    );
    p.phase('grouping into stories', 0, 1);
    p.phase('analysing stories', 10, 20);
    expect(out).toEqual([]);
  });
});
