import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cleanDocument, cleanDocuments } from '../../src/clean/index.js';
import type { RawDocument } from '../../src/model/document.js';
import { rawDoc as raw } from '../helpers/docs.js';
import { expectedPath, seedsDir, sharedPath, skipMessage } from '../helpers/paths.js';

const seedRaws = (): RawDocument[] =>
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => raw(f.replace(/\.txt$/, ''), readFileSync(path.join(seedsDir, f), 'utf8')));

const norm = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[“”«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .trim()
    .toLowerCase();

interface Expected {
  boilerplate: Record<string, string[]>;
  repeatedPassages: Record<string, string[]>;
  disputes: { positions: { evidence: { document: string; quote: string }[] }[] }[];
  traps: { positions: { evidence: { document: string; quote: string }[] }[] }[];
  singleSource: { document: string; quote: string }[];
}

describe('cleaning the seeds', () => {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const docs = new Map(cleanDocuments(seedRaws()).map((d) => [d.id, d]));

  it('removes every boilerplate line of expected.json', () => {
    for (const [id, lines] of Object.entries(expected.boilerplate)) {
      const text = docs.get(id)!.text;
      const textLines = new Set(text.split('\n').map(norm));
      for (const l of lines) expect(textLines.has(norm(l)), `${id}: ${l}`).toBe(false);
    }
  });

  it('keeps each repeated passage once', () => {
    for (const [id, passages] of Object.entries(expected.repeatedPassages)) {
      const t = norm(docs.get(id)!.text);
      for (const p of passages) {
        const first = t.indexOf(norm(p));
        expect(first, p).toBeGreaterThanOrEqual(0);
        expect(t.indexOf(norm(p), first + 1), p).toBe(-1);
      }
    }
  });

  it('keeps every quote an analyst cites', () => {
    const quotes = [...expected.disputes, ...expected.traps]
      .flatMap((d) => d.positions.flatMap((p) => p.evidence))
      .concat(expected.singleSource);
    expect(quotes.length).toBeGreaterThan(30);
    for (const q of quotes) expect(norm(docs.get(q.document)!.text), q.quote).toContain(norm(q.quote));
  });

  it('lists every removal with a reason, and takes a headline as the title', () => {
    const d = docs.get('002_ada644f3d14a6e7e')!;
    expect(d.title).toMatch(/^Ukraine, Russia Talks/);
    expect(d.removed.find((r) => r.reason === 'headline')?.text).toBe(d.title);
    for (const doc of docs.values()) for (const r of doc.removed) expect(r.reason).toMatch(/^[a-z-]+$/);
  });
});

describe('cleaning rules', () => {
  it('keeps a long first paragraph as body, not headline', () => {
    const first =
      'The storm made landfall near Tampa on Tuesday, officials said, and at least 12 people died.';
    const d = cleanDocument(raw('a', `${first}\n\nRescue teams reached the coast by nightfall.`));
    expect(d.title).toBeNull();
    expect(d.text.startsWith(first)).toBe(true);
  });

  it('drops a related-links list and its items but keeps the article', () => {
    const text = [
      'Flights resume after outage',
      '',
      'Airlines restarted departures on Monday after a six-hour systems outage.',
      '',
      'Related',
      'Airport chaos as IT fails',
      'What passengers can claim',
    ].join('\n');
    const d = cleanDocument(raw('b', text));
    expect(d.text).toBe('Airlines restarted departures on Monday after a six-hour systems outage.');
    expect(d.removed.map((r) => r.reason)).toEqual([
      'headline',
      'related-links',
      'related-links',
      'related-links',
    ]);
  });

  it('drops cookie, newsletter, share and credit lines', () => {
    const text = [
      'Share this article',
      'Shares of the bank fell 8% after it cut its outlook.',
      'Photo: Jane Smith/Getty Images',
      'We use cookies to improve your experience. Accept all cookies',
      'Sign up for our daily newsletter',
      'The bank said it would cut 2,000 jobs.',
      '© 2025 Example Media. All rights reserved.',
    ].join('\n');
    const d = cleanDocument(raw('c', text));
    expect(d.text).toBe(
      'Shares of the bank fell 8% after it cut its outlook.\nThe bank said it would cut 2,000 jobs.',
    );
    expect(d.removed.map((r) => r.reason).sort()).toEqual(
      ['cookie-notice', 'legal', 'newsletter', 'photo-credit', 'share-widget'].sort(),
    );
  });

  it('collapses a teaser followed by its full paragraph, keeping the full one', () => {
    const full = 'The train derailed outside the station at 7am, injuring dozens of passengers on board.';
    const text = `Headline about a train\n\nThe train derailed outside the station at 7am...\n${full}`;
    const d = cleanDocument(raw('d', text));
    expect(d.text).toBe(full);
  });

  it('does not treat a short line that legitimately recurs as a repeat', () => {
    const text = 'He said no.\nThe vote was close, with 51 in favour.\nHe said no.';
    expect(cleanDocument(raw('e', text)).text).toBe(text);
  });

  it('removes short lines recurring at the edges of many reports, never copied body text', () => {
    const body = (n: number) => `Body sentence number ${n} about the flood in the valley, with details.`;
    const raws = [1, 2, 3, 4].map((n) =>
      raw(
        `r${n}`,
        `${body(n)}\nA sentence every outlet copied from the same wire report on the flood.\nDownload our app`,
      ),
    );
    const docs = cleanDocuments(raws);
    for (const d of docs) {
      expect(d.text).not.toContain('Download our app');
      expect(d.text).toContain('A sentence every outlet copied');
    }
  });

  it('loses no text: every raw line is kept verbatim or listed as removed', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pool = [
      'Skip to content',
      'XS',
      'SM',
      'MD',
      'Read also:',
      'The minister said the plan would cost $4 billion.',
      'Officials confirmed 40 deaths.',
      '16x9 Image',
      '',
      'Rescuers were still searching on Friday...',
      'Rescuers were still searching on Friday, the agency said.',
      'Follow us on Twitter',
    ];
    for (let k = 0; k < 200; k++) {
      const lines = Array.from(
        { length: 3 + Math.floor(rnd() * 12) },
        () => pool[Math.floor(rnd() * pool.length)]!,
      );
      const d = cleanDocument(raw(`p${k}`, lines.join('\n')));
      const kept = d.text.split('\n').filter((l) => l.trim());
      const removed = d.removed.map((r) => r.text);
      const all = [...kept, ...removed].sort();
      expect(all).toEqual(
        lines
          .filter((l) => l.trim())
          .map((l) => l)
          .sort(),
      );
      for (const r of d.removed)
        expect(lines.join('\n').slice(r.offset!, r.offset! + r.text.length)).toBe(r.text);
    }
  });
});

describe('cleaning real, already clean news text (ECB+)', () => {
  const file = sharedPath('data/ecbplus/dev.jsonl');
  it.skipIf(!file)('removes almost nothing but headlines and true repeats', () => {
    if (!file) return console.log(skipMessage('ECB+ cleaning check'));
    const raws = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .map((r) => raw(r.id, r.text));
    const docs = cleanDocuments(raws);
    let chars = 0;
    let lost = 0;
    for (const r of raws) chars += r.text.length;
    for (const d of docs)
      for (const r of d.removed)
        // time stamp lines ("Posted 12/19/2005 3:36 PM") are page furniture, and their date is kept
        if (r.reason !== 'headline' && r.reason !== 'repeated-passage' && r.reason !== 'timestamp')
          lost += r.text.length;
    console.log(`ECB+: ${(lost / chars).toFixed(4)} of characters removed as furniture`);
    expect(lost / chars).toBeLessThan(0.002);
  });
});
