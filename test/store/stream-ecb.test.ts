/** Stream equals batch: the ECB+ dev reports ingested one by one give stories close to the batch grouping. */
import { describe, expect, it } from 'vitest';
import { cleanDocuments } from '../../src/clean/index.js';
import { ingestStream } from '../../src/incremental/ingest.js';
import { openSqliteStore } from '../../src/store/index.js';
import { bcubed, groupStories } from '../../src/story/index.js';
import { rawDoc } from '../helpers/docs.js';
import { loadEcb } from '../story/fixtures.js';
import { skipMessage } from '../helpers/paths.js';

const ecb = loadEcb();

describe('stream vs batch on ECB+ dev', () => {
  it.skipIf(!ecb)(
    'one report at a time reaches BCubed F1 within 0.02 of the batch',
    async () => {
      if (!ecb) return console.log(skipMessage('ECB+ stream test'));
      const gold = new Map(ecb.map((d) => [d.id, d.story]));
      const raws = ecb.map((d) => rawDoc(d.id, d.text));
      // The batch as `corroborate analyze` runs it on the same reports: cleaned, then grouped.
      const batch = new Map<string, string>();
      for (const g of groupStories(cleanDocuments(raws))) for (const id of g.documents) batch.set(id, g.id);
      const store = openSqliteStore(':memory:');
      try {
        await ingestStream(store, raws, { noAnalysis: true });
        const stream = new Map((await store.allDocuments()).map((d) => [d.id, d.storyId!]));
        const b = bcubed(batch, gold).f1;
        const s = bcubed(stream, gold).f1;
        console.log(`ECB+ dev: batch F1 ${b.toFixed(3)}, stream F1 ${s.toFixed(3)}`);
        expect(s).toBeGreaterThanOrEqual(b - 0.02);
        // every report is in exactly one listed story, and no listed story is empty
        const listed = await store.listStories({ limit: 10_000 });
        expect(listed.every((x) => x.documents > 0)).toBe(true);
        expect(listed.reduce((n, x) => n + x.documents, 0)).toBe(ecb.length);
        expect(new Set(stream.values()).size).toBe(listed.length);
      } finally {
        await store.close();
      }
    },
    300_000,
  );
});
