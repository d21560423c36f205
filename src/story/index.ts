/**
 * src/story: grouping reports into stories; syndication (copied text).
 * Stories: TF-IDF cosine over content words, proper names, counted numbers and dates (headline + lede
 * weighted), average-link clustering over candidate pairs from an inverted index. Copies: word 5-gram
 * containment. Both are deterministic: same input, same output.
 */
import type { Document } from '../model/document.js';
import { storySettings, type StorySettings } from '../settings/story.js';
import { averageLink, reassign } from './cluster.js';
import { findCopiesIn, sharingPairs, type CopyPair } from './copies.js';
import { eventTime, splitByEventTime } from './events.js';
import { extractFeatures, type DocFeatures } from './features.js';
import { dot, similarPairs, vectorize } from './similarity.js';
import { splitCluster } from './split.js';

export interface StoryGroup {
  id: string;
  /** Document ids, in input order. */
  documents: string[];
}

export { extractFeatures, reportsNoEvent, type DocFeatures } from './features.js';
export { copyPairs, sharingPairs, shingles, type CopyPair } from './copies.js';
export { bcubed } from './bcubed.js';

/** The fields story grouping reads (a Document has them all). */
export type StoryInput = Pick<Document, 'id' | 'text'> & Partial<Pick<Document, 'title' | 'published'>>;

export interface GroupOptions {
  settings?: StorySettings;
  /** Precomputed features, one per document in the same order (from `extractFeatures`). */
  features?: DocFeatures[];
  /** The documents' `sharingPairs` with these settings, when already found (`findCopies` reads them too). */
  sharing?: CopyPair[];
}

/** The features of each document (text + metadata title), in input order. */
export function documentFeatures(docs: StoryInput[], settings: StorySettings = storySettings): DocFeatures[] {
  return docs.map((d) => {
    const f = extractFeatures(d.text ?? '', d.title ?? null, settings);
    const t = d.published ? Date.parse(d.published) : NaN;
    f.published = Number.isNaN(t) ? null : t;
    // the year a report was filed is a year it speaks of ("on Tuesday" in a report of 2013 is in 2013):
    // a report that names no year is still dated by its publication (years are compared in timeFactor)
    if (f.published != null) f.years.add(new Date(f.published).getUTCFullYear());
    return f;
  });
}

/**
 * Groups reports about one event together and keeps look-alike events apart. Deterministic: groups are
 * numbered `story-1`, `story-2`, ... in the order of their first document's input position, and list
 * their documents in input order. A document whose text is empty forms a story of its own.
 */
export function groupStories(docs: StoryInput[], options: GroupOptions = {}): StoryGroup[] {
  const settings = options.settings ?? storySettings;
  if (!docs.length) return [];
  const features = options.features ?? documentFeatures(docs, settings);
  if (features.length !== docs.length) throw new Error('groupStories: features must match documents');
  // Near-duplicates (a wire story republished) join their original's story and take no part in the
  // grouping: ten copies of one text would otherwise look like an event of their own to the split step.
  const copies = findCopiesIn(
    docs,
    { ...settings, copyContainment: settings.groupCopyContainment },
    options.sharing ?? sharingPairs(docs, settings),
  );
  const index = new Map<string, number>();
  docs.forEach((d, i) => {
    if (!index.has(d.id)) index.set(d.id, i);
  });
  const reps: number[] = [];
  const repOf = new Int32Array(docs.length).fill(-1);
  docs.forEach((d, i) => {
    const o = copies.get(d.id);
    const oi = o === undefined ? undefined : index.get(o);
    if (oi === undefined || oi === i || copies.has(o!)) reps.push(i);
    else repOf[i] = oi;
  });
  const repFeatures = reps.map((i) => features[i]!);
  const { vecs, df } = vectorize(repFeatures);
  // A page that reports no event (a guide, a review) is in no story by its words: shared topic words
  // are no shared event. Its near-copies (above) are still beside it.
  const pairs = similarPairs(repFeatures, vecs, df, settings).filter(
    ({ a, b }) => !repFeatures[a]!.eventless && !repFeatures[b]!.eventless,
  );
  const root = reassign(
    reps.length,
    pairs,
    averageLink(reps.length, pairs, settings.mergeThreshold),
    settings.mergeThreshold,
    settings.reassignRounds,
    settings.reassignMargin,
  );
  const byRoot = new Map<number, number[]>();
  for (let k = 0; k < reps.length; k++) {
    const r = root[k]!;
    const list = byRoot.get(r);
    if (list) list.push(k);
    else byRoot.set(r, [k]);
  }
  // dated events: a member whose lede dates another event leaves its story
  const times = reps.map((i) =>
    eventTime(docs[i]!.text ?? '', docs[i]!.title ?? null, features[i]!.published, settings),
  );
  const repParts = [...byRoot.values()]
    .flatMap((members) => splitCluster(members, repFeatures, settings))
    .flatMap((members) => splitByEventTime(members, times, settings))
    .filter((members) => members.length);
  // Back to input indices, copies beside their original.
  const partOf = new Int32Array(docs.length);
  repParts.forEach((members, p) => {
    for (const k of members) partOf[reps[k]!] = p;
  });
  const parts: number[][] = repParts.map(() => []);
  for (let i = 0; i < docs.length; i++) {
    const p = repOf[i]! >= 0 ? partOf[repOf[i]!]! : partOf[i]!;
    parts[p]!.push(i);
  }
  // Number stories by their first document's input position; documents stay in input order.
  parts.sort((x, y) => x[0]! - y[0]!);
  return parts.map((members, k) => ({ id: `story-${k + 1}`, documents: members.map((i) => docs[i]!.id) }));
}

/** For each document that copies another: its id -> the id of the original. */
export function findCopies(
  docs: Pick<Document, 'id' | 'text' | 'published'>[],
  settings: StorySettings = storySettings,
  sharing: CopyPair[] = sharingPairs(docs, settings),
): Map<string, string> {
  return findCopiesIn(docs, settings, sharing);
}

function firstSentence(text: string, max = 160): string {
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? '';
  const m = /^(.+?[.!?])["'”’)]*(?:\s|$)/u.exec(line);
  let s = (m ? m[1]! : line).trim();
  if (s.length > max) {
    const cut = s.lastIndexOf(' ', max - 1);
    s = `${s.slice(0, cut > 40 ? cut : max - 1)}…`;
  }
  return s;
}

/**
 * A title for a story: the title (else first sentence) of its most central document, the one most
 * similar on average to the others (ties: the earlier in input order). '' for no documents. `features`:
 * the documents' `documentFeatures` with these settings, when already found.
 */
export function storyTitle(
  docs: StoryInput[],
  settings: StorySettings = storySettings,
  features?: DocFeatures[],
): string {
  if (!docs.length) return '';
  let best = 0;
  if (docs.length > 2) {
    const { vecs } = vectorize(features ?? documentFeatures(docs, settings));
    let bestScore = -1;
    for (let i = 0; i < vecs.length; i++) {
      let s = 0;
      for (let j = 0; j < vecs.length; j++) if (j !== i) s += dot(vecs[i]!, vecs[j]!);
      if (s > bestScore + 1e-12) {
        bestScore = s;
        best = i;
      }
    }
  }
  const d = docs[best]!;
  return d.title?.trim() || firstSentence(d.text ?? '');
}
