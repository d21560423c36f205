/**
 * The store's shared suite: the same tests for every Store implementation. test/store/store.test.ts runs it
 * on SQLite, test/store/store-pg.test.ts on PostgreSQL (each test in a fresh schema); separate files, so
 * each backend runs in its own process.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllInputs } from '../../src/ingest/index.js';
import { Incremental, disputeKey } from '../../src/incremental/index.js';
import { ingestStream } from '../../src/incremental/ingest.js';
import type { RawDocument } from '../../src/model/document.js';
import { contentHash, defaultStorePath, normalizeUrl, type Store } from '../../src/store/index.js';
import { rawDoc } from '../helpers/docs.js';
import { seedsDir } from '../helpers/paths.js';

export interface Backend {
  name: string;
  available: boolean;
  open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

const QUAKE = (n: number, extra = '') =>
  rawDoc(
    `quake-${n}`,
    `A magnitude 6.1 earthquake struck near the coastal city of Valparaiso in Chile on Monday, killing at least ${n + 2} people.\n\nChile's emergency office ONEMI said rescue teams were searching collapsed buildings in Valparaiso and Vina del Mar. ${extra}`,
  );
const STRIKE = (n: number) =>
  rawDoc(
    `strike-${n}`,
    `Dock workers at the port of Rotterdam walked out on Tuesday in a dispute over automation, halting container traffic, the FNV union said.\n\nThe Rotterdam port authority said ${n * 10} ships were waiting at anchor while talks between FNV and the terminal operators resumed.`,
  );

async function seeds(): Promise<RawDocument[]> {
  const { documents } = await readAllInputs([seedsDir], { htmlWorkers: 0 });
  return documents;
}

export function storeSuite(backend: Backend): void {
  describe(`store (${backend.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(async (ctx) => {
      if (!backend.available) return ctx.skip();
      ({ store, cleanup } = await backend.open());
    });
    afterEach(async () => {
      if (!backend.available) return;
      await store.close();
      await cleanup();
    });

    it('has a default location under the user data folder, overridable', () => {
      expect(defaultStorePath({ HOME: '/home/u', XDG_DATA_HOME: '/x' })).toBe(
        '/x/corroborate/corroborate.db',
      );
      expect(defaultStorePath({ CORROBORATE_DB: '/tmp/a.db' })).toBe('/tmp/a.db');
    });

    it('normalises URLs and hashes content for idempotent ingest', () => {
      expect(normalizeUrl('HTTPS://Example.COM:443/a?utm_source=x&b=2&a=1#top')).toBe(
        'https://example.com/a?a=1&b=2',
      );
      expect(contentHash('a  b\n c ')).toBe(contentHash('a b c'));
    });

    it('ingests idempotently: the same content or the same URL twice is one document', async () => {
      const inc = new Incremental(store);
      const a = await inc.add(QUAKE(1));
      const again = await inc.add({ ...QUAKE(1), id: 'other-name' });
      const sameUrl1 = await inc.add({ ...QUAKE(2), url: 'https://news.example/q?utm_medium=rss' });
      const sameUrl2 = await inc.add({ ...QUAKE(3), url: 'https://news.example/q' });
      expect(a.status).toBe('added');
      expect(again).toMatchObject({ status: 'duplicate', documentId: 'quake-1' });
      expect(sameUrl1.status).toBe('added');
      expect(sameUrl2).toMatchObject({ status: 'duplicate', documentId: 'quake-2' });
      expect((await store.counts()).documents).toBe(2);
    });

    it('keeps document ids unique across ingests', async () => {
      const inc = new Incremental(store);
      await inc.add(rawDoc('report', 'First text about the harbour strike in Rotterdam and the FNV union.'));
      const b = await inc.add(
        rawDoc('report', 'Second, unrelated text about a quake in Chile and rescue teams.'),
      );
      expect(b.documentId).toBe('report~2');
      expect((await store.getDocument('report~2'))!.text).toContain('quake in Chile');
    });

    it('stores raw and clean text, metadata, removals and the content hash', async () => {
      const inc = new Incremental(store);
      await inc.add(
        rawDoc(
          'r',
          'Skip to content\n\nThe strike at the port of Rotterdam continued on Tuesday, the FNV union said.',
          { source: 'Wire', url: 'https://w.example/r' },
        ),
      );
      const d = (await store.getDocument('r'))!;
      expect(d.rawText.startsWith('Skip to content')).toBe(true);
      expect(d.text.startsWith('Skip to content')).toBe(false);
      expect(d.removed.map((r) => r.text)).toContain('Skip to content');
      expect(d).toMatchObject({
        source: 'Wire',
        url: 'https://w.example/r',
        contentHash: contentHash(d.rawText),
      });
    });

    it('keeps fetch state (validators) per URL', async () => {
      expect(await store.getFetchState('https://f.example/feed')).toBeNull();
      await store.putFetchState('https://f.example/feed', {
        etag: '"1"',
        lastModified: null,
        status: 'ok',
        fetchedAt: 'x',
      });
      await store.putFetchState('https://f.example/feed', {
        etag: '"2"',
        lastModified: 'Mon',
        status: 'ok',
        fetchedAt: 'y',
      });
      expect(await store.getFetchState('https://f.example/feed')).toEqual({
        etag: '"2"',
        lastModified: 'Mon',
      });
    });

    it('rolls a failed transaction back whole', async () => {
      const inc = new Incremental(store);
      await inc.add(QUAKE(1));
      const before = await store.counts();
      // the document, its features, term counts and a new story are written, then the last insert fails
      const raw = QUAKE(9);
      const doc = {
        raw,
        clean: { ...raw, copyOf: null },
        contentHash: 'h',
        url: null,
        time: 0,
        features: { counts: new Map([['w:x', 1]]), years: [], published: null },
        indexTerms: [null as unknown as string],
      };
      await expect(store.addDocument(doc, null)).rejects.toThrow();
      expect(await store.counts()).toEqual(before);
      expect((await store.termStats(['w:x'])).df.size).toBe(0);
    });

    describe('incremental stories', () => {
      it('a report joins the story it belongs to or starts one; only touched stories are re-analysed', async () => {
        const inc = new Incremental(store);
        const placed = [];
        for (const d of [QUAKE(1), STRIKE(1), QUAKE(2), STRIKE(2), QUAKE(3)]) placed.push(await inc.add(d));
        const quake = placed[0]!.storyId;
        const strike = placed[1]!.storyId;
        expect(quake).not.toBe(strike);
        expect(placed.map((p) => p.storyId)).toEqual([quake, strike, quake, strike, quake]);
        expect(placed.map((p) => p.created)).toEqual([true, true, false, false, false]);
        // the latest members of several stories at once, newest first; unknown stories left out
        const latest = await store.latestMembers([strike!, quake!, 'story-999'], 2);
        expect(new Map(latest)).toEqual(
          new Map([
            [strike, ['strike-2', 'strike-1']],
            [quake, ['quake-3', 'quake-2']],
          ]),
        );
        expect(latest.get(quake!)).toEqual(await store.storyMemberIds(quake!, 2));
        expect(await store.dirtyStories()).toEqual([quake, strike]);
        const first = await inc.analyzeChanged();
        expect(first.stories).toBe(2);
        expect(await store.dirtyStories()).toEqual([]);
        await inc.add(STRIKE(3));
        const touched: string[] = [];
        await inc.analyzeChanged((id) => touched.push(id));
        expect(touched).toEqual([strike]);
        expect((await store.analysisHistory(strike!)).map((a) => a.version)).toEqual([1, 2]);
        expect((await store.analysisHistory(quake!)).map((a) => a.version)).toEqual([1]);
      });

      it('an analysis that does not cover the current members keeps the story marked for analysis', async () => {
        const inc = new Incremental(store);
        const a = await inc.add(QUAKE(1));
        const read = await store.storyDocuments(a.storyId!);
        expect((await inc.add(QUAKE(2))).storyId).toBe(a.storyId); // joins while that analysis runs
        const story = {
          id: a.storyId!,
          title: 'quake',
          documents: read.map((d) => d.id),
          entities: [],
          claims: [],
          disputes: [],
          timeline: [],
        };
        await store.saveAnalysis(a.storyId!, story, []);
        expect(await store.dirtyStories()).toEqual([a.storyId]);
        await inc.analyzeStory(a.storyId!);
        expect(await store.dirtyStories()).toEqual([]);
        expect((await store.analysisHistory(a.storyId!)).map((x) => x.version)).toEqual([1, 2]);
      });

      it('the seeds arrive one by one: one story, its disputes appear with the report that brought them', async () => {
        const docs = await seeds();
        const inc = new Incremental(store);
        const stories = new Set<string>();
        for (const d of docs) {
          stories.add((await inc.add(d)).storyId!);
          await inc.analyzeChanged();
        }
        expect(stories.size).toBe(1);
        const [id] = [...stories];
        const latest = (await store.latestAnalysis(id!))!;
        expect(latest.version).toBe(docs.length);
        expect(latest.story.documents).toHaveLength(5);
        expect(latest.story.disputes.length).toBeGreaterThanOrEqual(2);
        const events = await store.storyEvents(id!);
        expect(events.filter((e) => e.kind === 'joined')).toHaveLength(4);
        const appeared = events.filter((e) => e.kind === 'dispute-appeared');
        const stillThere = new Set(latest.story.disputes.map(disputeKey));
        expect(appeared.length).toBeGreaterThanOrEqual(stillThere.size);
        for (const e of appeared) expect(docs.map((d) => d.id)).toContain(e.documentId);
        // a dispute needs two reports: none can appear with the first report alone
        expect((await store.analysisHistory(id!))[0]!.story.disputes).toEqual([]);
        const summary = (await store.listStories({ disputed: true }))[0]!;
        expect(summary).toMatchObject({ id, documents: 5, disputes: latest.story.disputes.length });
      });

      it('lists stories by time, dispute and words', async () => {
        await ingestStream(store, [
          { ...QUAKE(1), source: 'Reuters, Santiago' },
          { ...QUAKE(2), source: 'AP' },
          STRIKE(1),
        ]);
        const all = await store.listStories();
        expect(all).toHaveLength(2);
        expect(all.map((s) => s.sources)).toEqual(expect.arrayContaining([['AP', 'Reuters, Santiago'], []]));
        expect((await store.listStories({ q: 'rotterdam' })).map((s) => s.documents)).toEqual([1]);
        expect(await store.listStories({ q: 'rotterdam valparaiso' })).toEqual([]);
        expect(await store.listStories({ since: '2999-01-01' })).toEqual([]);
      });

      it('ingestStream counts added, duplicates and stories, and analyses at the end', async () => {
        const s = await ingestStream(store, [QUAKE(1), QUAKE(2), QUAKE(1), STRIKE(1)]);
        expect(s).toMatchObject({ added: 3, duplicates: 1, storiesCreated: 2, storiesAnalysed: 2 });
        expect((await store.counts()).analyses).toBe(2);
      });
    });

    describe('refining a story: look-alike events are split off with src/story', () => {
      it('gathers two look-alike events into one story, then splits them apart and records it', async () => {
        const { scenarios } = await import('../story/lookalike.js');
        const [napa, laHabra] = scenarios[0]!.events;
        const docs = [
          ...napa!.map((t, i) => rawDoc(`napa-${i}`, t)),
          ...laHabra!.map((t, i) => rawDoc(`habra-${i}`, t)),
        ];
        // a join threshold that gathers everything, and a refine check from two reports on
        const inc = new Incremental(store, {
          settings: { joinThreshold: 1e-9, refineMinSize: 2, refineGrowth: 1 },
        });
        const placed = [];
        for (const d of docs) placed.push(await inc.add(d));
        expect(new Set(placed.map((p) => p.storyId)).size).toBe(1);
        const created = await inc.refinePending();
        expect(created).toHaveLength(1);
        const groups = (await store.listStories()).map((s) => s.id).sort();
        const members = await Promise.all(
          groups.map(async (id) => (await store.storyDocuments(id)).map((d) => d.id).sort()),
        );
        expect(members.sort()).toEqual([
          ['habra-0', 'habra-1', 'habra-2'],
          ['napa-0', 'napa-1', 'napa-2'],
        ]);
        const kept = placed[0]!.storyId!;
        expect(
          (await store.storyEvents(kept)).some((e) => e.kind === 'split' && e.detail.includes(created[0]!)),
        ).toBe(true);
        expect((await store.storyEvents(created[0]!)).map((e) => e.kind)).toEqual(['split']);
        expect(await store.dirtyStories()).toEqual([kept, created[0]]);
        expect(await store.storiesToRefine()).toEqual([]);
        // a later report of the split-off event finds its new story through the term index
        const later = await inc.add(
          rawDoc('habra-3', `${laHabra![2]}\nMore aftershocks shook La Habra and Fullerton on Saturday.`),
        );
        expect(later.storyId).toBe(created[0]);
      });
    });
    describe('merging stories a report links (the batch would have one)', () => {
      it('a report similar to two stories merges them into the older, and both record it', async () => {
        // two reports of one event that start two stories (a join threshold nothing reaches)
        const apart = new Incremental(store, { settings: { joinThreshold: 2 } });
        const a = await apart.add(QUAKE(1));
        const b = await apart.add(QUAKE(2, 'Aftershocks were felt in Santiago.'));
        expect(a.storyId).not.toBe(b.storyId);
        await apart.analyzeChanged();
        // the next report, placed as usual, is like both: it joins one and the two become one story
        const inc = new Incremental(store);
        const c = await inc.add(QUAKE(3, 'Aftershocks were felt in Santiago.'));
        expect(c.merged).toEqual([b.storyId]);
        const listed = await store.listStories();
        expect(listed.map((s) => [s.id, s.documents])).toEqual([[a.storyId, 3]]);
        expect((await store.counts()).stories).toBe(1);
        expect((await store.getDocument('quake-2'))!.storyId).toBe(a.storyId);
        const kept = await store.storyEvents(a.storyId!);
        expect(kept.filter((e) => e.kind === 'merged').map((e) => [e.documentId, e.detail])).toEqual([
          [
            'quake-3',
            expect.stringMatching(new RegExp(`quake-2.* from ${b.storyId} \\(brought by quake-3\\)$`)),
          ],
        ]);
        const gone = await store.storyEvents(b.storyId!);
        expect(gone[0]!.kind).toBe('created');
        expect(gone.at(-1)!.kind).toBe('merged');
        expect(gone.at(-1)!.detail).toContain(`moved to ${a.storyId}`);
        // the emptied story keeps its analysis history, is not re-analysed, and nothing refers to it again
        expect(await store.analysisHistory(b.storyId!)).toHaveLength(1);
        expect(await store.dirtyStories()).toEqual([a.storyId]);
        const summary = await inc.analyzeChanged();
        expect(summary.stories).toBe(1);
        expect((await store.latestAnalysis(a.storyId!))!.story.documents).toHaveLength(3);
        expect((await inc.add(QUAKE(4))).storyId).toBe(a.storyId);
      });

      it('moveDocuments is one transaction: members, term index, counts', async () => {
        const apart = new Incremental(store, { settings: { joinThreshold: 2 } });
        const a = await apart.add(QUAKE(1));
        const b = await apart.add(STRIKE(1));
        expect(await store.moveDocuments(['strike-1', 'no-such-doc'], a.storyId!, null)).toEqual([b.storyId]);
        expect((await store.storyDocuments(a.storyId!)).map((d) => d.id)).toEqual(['quake-1', 'strike-1']);
        expect(await store.storyDocuments(b.storyId!)).toEqual([]);
        // the term index follows: the moved report's terms now find the story it went to, and only it
        if ('db' in store) {
          const db = (
            store as unknown as { db: { prepare: (q: string) => { pluck: () => { all: () => unknown[] } } } }
          ).db;
          const indexed = db.prepare('SELECT DISTINCT story_seq FROM story_terms').pluck().all();
          expect(indexed).toEqual([Number(a.storyId!.replace('story-', ''))]);
        }
        await expect(store.moveDocuments(['quake-1'], 'story-999', null)).rejects.toThrow(/no story/);
        expect(await store.moveDocuments(['quake-1'], a.storyId!, null)).toEqual([]);
      });
    });
  });
}
