/** Where test data lives. The large corpora are in ../shared beside the repo (CI has it; a user's clone may not). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.join(repoRoot, 'examples/seeds');
export const expectedPath = path.join(repoRoot, 'examples/expected.json');
export const cliPath = path.join(repoRoot, 'dist/cli/main.js');

const sharedCandidate = path.resolve(repoRoot, '../shared');
/** ../shared when present, else null: tests on the large corpora skip with a message. */
export const sharedDir: string | null = existsSync(path.join(sharedCandidate, 'data'))
  ? sharedCandidate
  : null;

export function sharedPath(...parts: string[]): string | null {
  if (!sharedDir) return null;
  const p = path.join(sharedDir, ...parts);
  return existsSync(p) ? p : null;
}

export function skipMessage(what: string): string {
  return `${what}: ../shared is not beside the repo, skipping (CI has it)`;
}
