/**
 * Terminal and renderer safety (issue 12): control characters from file names and JSON never reach
 * stderr raw, and bare URLs and e-mail addresses in Markdown quotes do not become links.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { formatProblem, terminalSafe } from '../../src/model/problems.js';
import { escapeMd } from '../../src/report/markdown.js';
import { cliPath } from '../helpers/paths.js';

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

describe('terminal safety', () => {
  it('escapes ESC, BEL, CR, C1 controls and bidi overrides visibly', () => {
    const evil = 'a\u001b]0;pwned\u0007b\u001b[2Jc\rd\u009be\u202ef';
    const safe = terminalSafe(evil);
    expect(safe).not.toMatch(RAW_CONTROL);
    expect(safe).toBe('a\\x1b]0;pwned\\x07b\\x1b[2Jc\\x0dd\\x9be\\u202ef');
    expect(formatProblem({ input: 'x\u001b[31m.txt', message: 'bad\u0007', severity: 'skipped' })).toBe(
      'corroborate: skipped x\\x1b[31m.txt: bad\\x07',
    );
  });

  it('the CLI writes no raw control character to stderr for hostile file names and JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-tty-'));
    writeFileSync(
      path.join(dir, 'title\u001b]0;owned\u0007.bin'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1, 2]),
    );
    writeFileSync(path.join(dir, 'records.jsonl'), '{"id":"x\\u001b[2J","text":5}\n');
    let stderr = '';
    try {
      execFileSync(process.execPath, [cliPath, 'extract', '--quiet', dir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      stderr = (e as { stderr: string }).stderr;
    }
    expect(stderr).toContain('skipped');
    expect(stderr).toContain('\\x1b]0;owned\\x07');
    expect(stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('Markdown quotes do not autolink', () => {
  const cases = [
    'Read more at https://evil.example/path?q=1 today.',
    'Write to press@ministry.example for details.',
    'See www.evil.example for the statement.',
    'An ftp://files.example/x link and mailto:a@b.example too.',
  ];
  for (const text of cases) {
    it(JSON.stringify(text), () => {
      const html = marked.parse(escapeMd(text), { gfm: true, async: false });
      expect(html).not.toMatch(/<a\b/);
      // the reader still sees the same characters
      const visible = html
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .trim();
      expect(visible).toBe(text);
    });
  }
});
