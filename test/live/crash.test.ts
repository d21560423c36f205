/**
 * Kill the ingest process at random moments (SIGKILL) while it writes, restart: every document committed
 * before the kill is there once, the store is never corrupt, the rest arrives on restart, and the stories
 * match a clean run's.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath } from '../helpers/paths.js';

const run = promisify(execFile);

const TOPICS = [
  ['Valparaiso', 'earthquake', 'ONEMI', 'Chile', 'rescue teams searched collapsed buildings'],
  ['Rotterdam', 'dock strike', 'FNV', 'the Netherlands', 'container ships waited at anchor'],
  ['Geneva', 'ceasefire talks', 'the United Nations', 'Switzerland', 'delegations exchanged draft proposals'],
  ['Jakarta', 'flood', 'BNPB', 'Indonesia', 'residents were moved to shelters'],
  ['Toulouse', 'aircraft recall', 'Airbus', 'France', 'engineers inspected the fuel pumps'],
  ['Nairobi', 'election dispute', 'the IEBC', 'Kenya', 'observers questioned the tally sheets'],
];
const FILLER = [
  'Officials said more information would be released later in the day.',
  'Local media showed images of crowds gathering near the main square.',
  'The announcement came after a night of uncertainty.',
  'Analysts said the situation remained fluid.',
  'A spokesperson declined to comment on the details.',
  'Further updates are expected on Thursday.',
];

/** Report `i` about topic `i % 6`: distinct text, shared names and vocabulary within a topic. */
function report(i: number): string {
  const [place, event, org, country, detail] = TOPICS[i % TOPICS.length]!;
  const n = 10 + ((i * 7) % 90);
  return [
    `The ${event} in ${place} continued on ${['Monday', 'Tuesday', 'Wednesday'][i % 3]}, ${org} said, as ${detail} across ${country}.`,
    `According to ${org}, at least ${n} people were affected by the ${event} near ${place} in report number ${i}.`,
    FILLER[i % FILLER.length]!,
    FILLER[(i * 5 + 1) % FILLER.length]!,
    `${org} officials in ${place} said ${detail} and that the ${event} response in ${country} would go on.`,
  ].join('\n\n');
}

const N = 240;
let dir: string;
let inbox: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'corroborate-crash-'));
  inbox = path.join(dir, 'inbox');
  mkdirSync(inbox);
  for (let i = 0; i < N; i++)
    writeFileSync(path.join(inbox, `r${String(i).padStart(4, '0')}.txt`), report(i));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Snapshot {
  documents: number;
  integrity: string;
  /** story -> its documents' ids, sorted; the stories sorted. */
  partition: string[][];
  /** documents without exactly one membership, stories whose count disagrees with their members. */
  orphans: number;
  miscounted: number;
  duplicateHashes: number;
  dirty: number;
}

function snapshot(file: string): Snapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        'SELECT d.id, s.id AS story FROM documents d LEFT JOIN story_members m ON m.document_seq = d.seq LEFT JOIN stories s ON s.seq = m.story_seq',
      )
      .all() as Array<{ id: string; story: string | null }>;
    const groups = new Map<string, string[]>();
    for (const r of rows)
      if (r.story) (groups.get(r.story) ?? groups.set(r.story, []).get(r.story)!).push(r.id);
    return {
      documents: rows.length,
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      partition: [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
      orphans: rows.filter((r) => !r.story).length,
      miscounted: db
        .prepare(
          'SELECT COUNT(*) FROM stories s WHERE s.documents != (SELECT COUNT(*) FROM story_members m WHERE m.story_seq = s.seq)',
        )
        .pluck()
        .get() as number,
      duplicateHashes: db
        .prepare('SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM documents')
        .pluck()
        .get() as number,
      dirty: db.prepare('SELECT COUNT(*) FROM stories WHERE needs_analysis = 1').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

describe('crash safety (SIGKILL while ingesting)', () => {
  it('loses nothing committed, never corrupts the store, and restarts to the clean result', async () => {
    const clean = path.join(dir, 'clean.db');
    await run(process.execPath, [cliPath, 'ingest', inbox, '--db', clean, '-q']);
    const expected = snapshot(clean);
    expect(expected.documents).toBe(N);
    expect(expected.partition.length).toBeGreaterThan(1);
    expect(expected.dirty).toBe(0);

    const crashed = path.join(dir, 'crashed.db');
    const kills: Array<{ afterMs: number; documents: number }> = [];
    let before = 0;
    for (let k = 0; k < 5; k++) {
      const afterMs = 300 + Math.floor(Math.random() * 2500);
      const child = spawn(process.execPath, [cliPath, 'ingest', inbox, '--db', crashed, '-q'], {
        stdio: 'ignore',
      });
      const exited = new Promise<void>((r) => child.on('exit', () => r()));
      const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
      await exited;
      clearTimeout(timer);
      let snap: Snapshot;
      try {
        snap = snapshot(crashed);
      } catch {
        continue; // killed before the file was created
      }
      kills.push({ afterMs, documents: snap.documents });
      expect(snap.integrity).toBe('ok');
      expect(snap.orphans).toBe(0);
      expect(snap.miscounted).toBe(0);
      expect(snap.duplicateHashes).toBe(0);
      expect(snap.documents).toBeGreaterThanOrEqual(before); // nothing committed is lost
      before = snap.documents;
    }
    await run(process.execPath, [cliPath, 'ingest', inbox, '--db', crashed, '-q']);
    const final = snapshot(crashed);
    expect(final.documents).toBe(N);
    expect(final.dirty).toBe(0);
    expect(final.partition).toEqual(expected.partition);
    console.log(
      `SIGKILL moments (ms after start -> documents committed): ${kills.map((k) => `${k.afterMs}->${k.documents}`).join(', ')}`,
    );
  }, 240_000);
});
