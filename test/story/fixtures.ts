/** Shared loaders for the story tests: the seeds, and ECB+ when ../shared is present. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Document } from '../../src/model/document.js';
import { emptyMeta } from '../../src/model/document.js';
import { seedsDir, sharedPath } from '../helpers/paths.js';

export function makeDoc(id: string, text: string, extra: Partial<Document> = {}): Document {
  return { ...emptyMeta(), id, input: id, format: 'text', text, removed: [], copyOf: null, ...extra };
}

export function loadSeeds(): Document[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => makeDoc(f, readFileSync(path.join(seedsDir, f), 'utf8')));
}

export interface EcbDoc extends Document {
  story: string;
  topic: number;
}

/**
 * ECB+ dev documents, or null when the corpus is absent. `CORROBORATE_SHARED` (a path to the shared
 * folder) overrides ../shared, for running these tests from a worktree that has it elsewhere.
 */
export function loadEcb(): EcbDoc[] | null {
  const env = process.env.CORROBORATE_SHARED;
  const file =
    env && existsSync(path.join(env, 'data/ecbplus/dev.jsonl'))
      ? path.join(env, 'data/ecbplus/dev.jsonl')
      : sharedPath('data', 'ecbplus', 'dev.jsonl');
  if (!file) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { id: string; topic: number; story: string; text: string };
      return { ...makeDoc(r.id, r.text), story: r.story, topic: r.topic };
    });
}
