/** `corroborate verify`: exit codes (0 all supported, 3 contradicted or unsupported, 2 input skipped, 1 usage) and
 * the batch JSONL. Runs the built command (dist/). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, repoRoot, seedsDir } from '../helpers/paths.js';

const run = (args: string[]) => spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });

describe('corroborate verify (command)', () => {
  let dir: string;
  const report = path.join(seedsDir, '002_ada644f3d14a6e7e.txt');
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-verify-'));
    writeFileSync(
      path.join(dir, 'good.txt'),
      'The call was made at Russia’s request and Rubio had reiterated President Donald Trump’s call for continued direct talks.\n',
    );
    writeFileSync(
      path.join(dir, 'bad.txt'),
      'Both parties remain willing to carry on military operations.\n',
    );
  });

  it('exits 0 when every sentence is supported', () => {
    const r = run(['verify', path.join(dir, 'good.txt'), '--against', report, '-q']);
    expect(r.stdout).toContain('supported');
    expect(r.status).toBe(0);
  });

  it('exits 3 when a sentence is unsupported or contradicted, and writes the JSON contract', () => {
    const r = run(['verify', path.join(dir, 'bad.txt'), '--against', report, '-f', 'json', '-q']);
    expect(r.status).toBe(3);
    const json = JSON.parse(r.stdout);
    expect(json.schema).toBe('corroborate/verify@1');
    expect(json.sentences[0].verdict).toBe('unsupported');
  });

  it('exits 1 on a usage error, 2 when a report input is skipped', () => {
    expect(run(['verify', path.join(dir, 'good.txt')]).status).toBe(1);
    expect(run(['verify', '--format', 'pdf', path.join(dir, 'good.txt'), '--against', report]).status).toBe(
      1,
    );
    expect(
      run(['verify', path.join(dir, 'good.txt'), '--against', report, path.join(dir, 'absent.txt'), '-q'])
        .status,
    ).toBe(2);
  });

  it('checks many drafts from JSONL: one line out per draft, its verdict the worst of its sentences', () => {
    const text =
      'The storm killed 12 people in the port city on Monday. Officials ordered the evacuation of 4,000 residents.';
    const lines = [
      {
        id: 'ok',
        text: 'Officials ordered the evacuation of 4,000 residents.',
        against: [{ text, source: 'A' }],
      },
      {
        id: 'mixed',
        text: 'The storm killed 12 people in the port city on Monday. The mayor resigned.',
        against: [{ id: 'r', text }],
      },
      { id: 'neg', text: 'Officials did not order the evacuation of 4,000 residents.', against: [{ text }] },
    ];
    writeFileSync(path.join(dir, 'pairs.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const r = run(['verify', '--batch', path.join(dir, 'pairs.jsonl')]);
    expect(r.status).toBe(3);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.verdict])).toEqual([
      ['ok', 'supported'],
      ['mixed', 'unsupported'],
      ['neg', out[2].verdict === 'contradicted' ? 'contradicted' : 'unsupported'],
    ]);
    expect(out[2].verdict).not.toBe('supported');
    expect(out[1].sentences.map((s: { verdict: string }) => s.verdict)).toEqual(['supported', 'unsupported']);
    writeFileSync(path.join(dir, 'broken.jsonl'), '{"id": 1}\n' + JSON.stringify(lines[0]) + '\n');
    const b = run(['verify', '--batch', path.join(dir, 'broken.jsonl')]);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('broken.jsonl:1');
  });

  it('is listed in the help', () => {
    expect(run(['--help']).stdout).toMatch(/verify .*\n.*digest/);
    expect(run(['verify', '--help']).stdout).toContain('Exit code: 0 every sentence supported, 3');
    expect(repoRoot).toBeTruthy();
  });
});
