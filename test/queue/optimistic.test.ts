/**
 * Placement decided outside the lane, committed under it (src/incremental `prepare` / `commit`, as queue
 * workers do; src/queue/worker.ts): two "workers" (two Incremental instances, two connection pools) on one
 * PostgreSQL store. A decision read before another worker's report of the same event was stored must not
 * start a second story for that event: the re-check at commit finds the change and decides again. A
 * report that joined one of the candidates has the candidates scored again on their new members (the
 * decision a fresh read makes); a change elsewhere (an unrelated report) leaves the decision standing; a
 * split or merge always redoes it; the same report prepared by two workers is stored once.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Incremental } from '../../src/incremental/index.js';
import { openPostgresStore, type PostgresStore } from '../../src/store/index.js';
import { rawDoc } from '../helpers/docs.js';
import { dropSchemas, freshSchema, pgAvailable, pgSkipMessage } from '../helpers/pg.js';

if (!pgAvailable) console.warn(pgSkipMessage('optimistic placement'));

const QUAKE = (n: number) =>
  rawDoc(
    `quake-${n}`,
    `A magnitude 6.1 earthquake struck near the coastal city of Valparaiso in Chile on Monday, killing at least ${n + 2} people.\n\nChile's emergency office ONEMI said rescue teams were searching collapsed buildings in Valparaiso and Vina del Mar (report ${n}).`,
  );
const STRIKE = (n: number) =>
  rawDoc(
    `strike-${n}`,
    `Dock workers at the port of Rotterdam walked out on Tuesday in a dispute over automation, halting container traffic, the FNV union said.\n\nThe Rotterdam port authority said ${n * 10} ships were waiting at anchor while talks between FNV and the terminal operators resumed.`,
  );
const FIRE = (n: number) =>
  rawDoc(
    `fire-${n}`,
    `A wildfire fanned by strong winds forced thousands to flee their homes near Athens on Wednesday, Greek firefighters said.\n\nWater-dropping aircraft battled the blaze in the hills of Penteli as the flames reached suburbs (report ${n}).`,
  );

const schemas: string[] = [];
const stores: PostgresStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  if (schemas.length) await dropSchemas(...schemas);
});

/** Two workers' views of one fresh store: separate pools, separate caches. */
async function twoWorkers() {
  const { schema, url } = freshSchema();
  schemas.push(schema);
  const a = await openPostgresStore(url);
  const b = await openPostgresStore(url);
  stores.push(a, b);
  return { a: new Incremental(a), b: new Incremental(b), store: a };
}

describe.skipIf(!pgAvailable)('placement prepared outside the lane, committed under it', () => {
  it('a story another worker started between the read and the commit is joined, not started twice', async () => {
    const { a, b, store } = await twoWorkers();
    // both read the empty store: each would start a story
    const pa = await a.prepare(QUAKE(1));
    const pb = await b.prepare(QUAKE(2));
    expect(pa.decision!.candidates).toEqual([]);
    expect(pb.decision!.candidates).toEqual([]);
    const first = await a.commit(pa);
    expect(first).toMatchObject({ status: 'added', created: true });
    const second = await b.commit(pb);
    // b's decision was made again with a's report visible: it joins a's story
    expect(b.profile.redone).toBe(1);
    expect(second).toMatchObject({ status: 'added', created: false, storyId: first.storyId });
    expect((await store.counts()).stories).toBe(1);
  });

  it('without the re-check the stale decision would start a second story (the control)', async () => {
    const { a, b, store } = await twoWorkers();
    const pa = await a.prepare(QUAKE(1));
    const pb = await b.prepare(QUAKE(2));
    await a.commit(pa);
    // `fresh`: trust the decision as if nothing could have changed (one process placing alone)
    const second = await b.commit(pb, true);
    expect(second.created).toBe(true);
    expect((await store.counts()).stories).toBe(2);
  });

  it('a report placed meanwhile elsewhere leaves the decision standing', async () => {
    const { a, b } = await twoWorkers();
    const seed = await a.add(QUAKE(1));
    await a.add(FIRE(1));
    const pb = await b.prepare(QUAKE(2));
    expect(pb.decision!.candidates.map((c) => c.storyId)).toContain(seed.storyId);
    // another worker places an unrelated report: no shared look-up term, not in b's candidates
    await a.add(STRIKE(1));
    const placed = await b.commit(pb);
    expect(b.profile).toMatchObject({ redone: 0, updated: 0 });
    expect(placed).toMatchObject({ status: 'added', created: false, storyId: seed.storyId });
  });

  it("a report joining one of the candidates meanwhile: scored again on the candidates' new members", async () => {
    const { a, b, store } = await twoWorkers();
    const seed = await a.add(QUAKE(1));
    await a.add(FIRE(1));
    const pb = await b.prepare(QUAKE(3));
    await a.add(QUAKE(2)); // joins the candidate: its latest members changed, the candidates did not
    // what a decision made now would be (a third worker reading the store as it is)
    const c = new Incremental(stores[stores.length - 1]!);
    const now = await c.prepare(QUAKE(3));
    const placed = await b.commit(pb);
    expect(b.profile).toMatchObject({ redone: 0, updated: 1 });
    expect(placed.storyId).toBe(seed.storyId);
    expect(placed.storyId).toBe(now.decision!.best!.storyId);
    expect(placed.candidates).toBe(now.decision!.candidates.length);
    // the same members compared (quake-2 among them), at term weights one report apart
    expect(placed.similarity).toBeCloseTo(now.decision!.best!.sim, 2);
    expect((await store.counts()).stories).toBe(2);
  });

  it('a split or merge meanwhile makes the decision again', async () => {
    const { a, b, store } = await twoWorkers();
    const quake = await a.add(QUAKE(1));
    const fire = await a.add(FIRE(1));
    const pb = await b.prepare(QUAKE(2));
    // another worker merges the fire story into the quake story (a regrouping, unrelated terms or not)
    await store.moveDocuments(['fire-1'], quake.storyId!, null);
    expect(fire.storyId).not.toBe(quake.storyId);
    await b.commit(pb);
    expect(b.profile.redone).toBe(1);
  });

  it('the same report prepared by two workers is stored once', async () => {
    const { a, b, store } = await twoWorkers();
    const pa = await a.prepare(STRIKE(1));
    const pb = await b.prepare(STRIKE(1));
    const x = await a.commit(pa);
    const y = await b.commit(pb);
    expect(x.status).toBe('added');
    expect(y).toMatchObject({ status: 'duplicate', documentId: 'strike-1' });
    expect((await store.counts()).documents).toBe(1);
  });
});
