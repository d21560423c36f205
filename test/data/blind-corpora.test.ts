/** The blind corpora of data/blind hold together: every report of meta.json is there, every quote of the truth is an
 * exact substring of its report, and each has the planted counts its README gives. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../data/blind');

interface Position {
  quotes: Record<string, string>;
}
interface Truth {
  clusters: Record<string, string[]>;
  disputes: { positions: Position[] }[];
  traps: { positions: Position[] }[];
  singleSource: { doc: string; quote: string }[];
  corroborated: { quotes: Record<string, string> }[];
  aliases: string[][];
}

describe.each(['lauremark', 'ostravel', 'valdessa', 'brennholt', 'corvaine'])('blind corpus %s', (name) => {
  const dir = path.join(root, name);
  const truth = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Truth;
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { id: string }[];
  const doc = (id: string) => readFileSync(path.join(dir, 'docs', `${id}.txt`), 'utf8');

  it('has every report of its meta.json and nothing else', () => {
    const files = readdirSync(path.join(dir, 'docs')).map((f) => f.replace(/\.txt$/, ''));
    expect(files.sort()).toEqual(meta.map((m) => m.id).sort());
    for (const ids of Object.values(truth.clusters))
      for (const id of ids) expect(existsSync(path.join(dir, 'docs', `${id}.txt`))).toBe(true);
  });

  it('quotes its reports exactly', () => {
    const quotes: [string, string][] = [
      ...[...truth.disputes, ...truth.traps].flatMap((d) =>
        d.positions.flatMap((p) => Object.entries(p.quotes)),
      ),
      ...truth.singleSource.map((s): [string, string] => [s.doc, s.quote]),
      ...truth.corroborated.flatMap((c) => Object.entries(c.quotes)),
    ];
    expect(quotes.length).toBeGreaterThan(50);
    for (const [id, q] of quotes) expect(doc(id), `${name}/${id}`).toContain(q);
  });

  it('plants 12 disputes, 12 traps, 6 single-source claims and 9 alias groups', () => {
    expect([truth.disputes.length, truth.traps.length, truth.singleSource.length, truth.aliases.length]).toEqual([
      12, 12, 6, 9,
    ]);
  });
});
