import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cliPath } from './helpers/paths.js';

describe('corroborate command', () => {
  it('prints usage with --help and exits 0', () => {
    const out = execFileSync(process.execPath, [cliPath, '--help'], { encoding: 'utf8' });
    expect(out).toContain('Usage: corroborate');
    expect(out).toContain('extract');
    expect(out).toContain('analyze');
  });

  it('rejects an unknown command with exit 1', () => {
    let code = 0;
    try {
      execFileSync(process.execPath, [cliPath, 'frobnicate'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      code = (e as { status: number }).status;
    }
    expect(code).toBe(1);
  });
});
