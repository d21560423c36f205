/**
 * Incremental stories: a new report joins the stored story it is most similar to, or starts one; only
 * the stories that changed are re-analysed. Similarity is src/story's: the same features
 * (`documentFeatures`), sublinear TF x smoothed IDF (document frequencies kept in the store), cosine,
 * the same time evidence (`timeFactor`), near-duplicates by 5-gram containment; the join rule is
 * average-link over a candidate story's latest members. Candidates come from the store's term index
 * within a time window, so the cost of one report does not grow with the store. As in the batch, a
 * low join threshold gathers a topic and src/story's split step (run on a story as it grows) separates
 * look-alike events.
 */
import { cleanDocument } from '../clean/index.js';
import type { Document as CleanDocument, RawDocument } from '../model/document.js';
import type { Dispute, Story } from '../model/report.js';
import type { Problem } from '../model/problems.js';
import { analyzeGroup } from '../pipeline/story.js';
import { incrementalSettings, type IncrementalSettings } from '../settings/store.js';
import { storySettings as defaultStorySettings, type StorySettings } from '../settings/story.js';
import { documentFeatures, groupStories, reportsNoEvent, shingles } from '../story/index.js';
import { eventTime, splitByEventTime } from '../story/events.js';
import { timeFactor } from '../story/similarity.js';
import { dotMaps } from './dot.js';
import type { DocFeatures } from '../story/features.js';
import { contentHash, normalizeUrl } from '../store/keys.js';
import type {
  AddResult,
  Candidate,
  MemberFeatures,
  Store,
  StoredFeatures,
  StoryEvent,
} from '../store/types.js';

export interface IncrementalOptions {
  settings?: Partial<IncrementalSettings>;
  storySettings?: StorySettings;
  /** Clock (ms), for tests. */
  now?: () => number;
}

export interface Placement extends AddResult {
  /** The best candidate's average similarity (0 when there was none). */
  similarity: number;
  candidates: number;
  /** Stories the report linked to its own, merged away (into the oldest of them). */
  merged?: string[];
  /** The store's report count right after this one was added (null: a duplicate, nothing added). */
  documents?: number | null;
}

/** A report made ready for placement outside the placement lane (`Incremental.prepare`). */
export interface Prepared {
  raw: RawDocument;
  hash: string;
  url: string | null;
  /** The stored document it duplicates, found when prepared (stored documents never go). */
  duplicate: string | null;
  clean?: CleanDocument;
  features?: DocFeatures;
  time?: number;
  decision?: Decision;
}

/** A placement decision: the store's statistics it used, the look-up terms, candidates and scores. */
interface Decision {
  stats: { documents: number; df: Map<string, number> };
  indexTerms: string[];
  candidates: Candidate[];
  /** Each candidate's latest members (ids, newest first), as compared. */
  latest: Map<string, string[]>;
  /** The report's term weights (TF-IDF at the decision's statistics). */
  weights: Map<string, number>;
  scored: { storyId: string; sim: number; members: Scored[] }[];
  best: { storyId: string; sim: number } | null;
}

/** Where placement time went (ms, summed over reports). */
export interface PlacementProfile {
  reports: number;
  /** Cleaning and grouping features (CPU). */
  featurise: number;
  /** The decision's reads: placement version, duplicate check, term statistics, candidates, members. */
  reads: number;
  /** Similarities and the decision (CPU). */
  score: number;
  /** The re-check of a prepared decision under the lane. */
  check: number;
  /** Storing and placing (`addDocument`). */
  write: number;
  /** Merging linked stories. */
  merge: number;
  /** Prepared decisions made again at commit (the store had changed for them). */
  redone: number;
  /** …of which because stories were split or merged since. */
  redoneRegrouped: number;
  /** Prepared decisions whose candidates' members changed, scored again on them. */
  updated: number;
  /** Time of the decisions made again or scored again under the lane (ms; also in reads and score). */
  redo: number;
}

/** A compared member: its TF-IDF unit vector and time evidence. */
interface Scored {
  vec: Map<string, number>;
  features: DocFeatures;
}

export interface AnalyzeSummary {
  stories: number;
  disputesAppeared: number;
  problems: Problem[];
}

const DAY = 86_400_000;

export class Incremental {
  readonly settings: IncrementalSettings;
  private readonly story: StorySettings;
  private readonly now: () => number;

  constructor(
    readonly store: Store,
    opts: IncrementalOptions = {},
  ) {
    this.settings = { ...incrementalSettings, ...opts.settings };
    this.story = opts.storySettings ?? defaultStorySettings;
    this.now = opts.now ?? Date.now;
  }

  /**
   * Where placement time went (ms, summed over reports; for `worker` logs and the benchmarks,
   * docs/scaling.md), and how many prepared decisions had to be made again at commit.
   */
  readonly profile: PlacementProfile = {
    reports: 0,
    featurise: 0,
    reads: 0,
    score: 0,
    check: 0,
    write: 0,
    merge: 0,
    redone: 0,
    redoneRegrouped: 0,
    updated: 0,
    redo: 0,
  };

  /** Cleans, stores and places one report (idempotent: the same URL or content again is a duplicate). */
  async add(raw: RawDocument): Promise<Placement> {
    // one process placing alone: nothing can change between the decision and the write
    return this.commit(await this.prepare(raw), true);
  }

  /**
   * The read-only part of placing a report: the duplicate check, cleaning and features, and the decision
   * (candidate stories, similarities, the story to join) from the store as it is now. Takes no lock and
   * writes nothing, so queue workers run it outside the placement lane, in parallel (src/queue); `commit`
   * then re-checks it under the lane (`placementCheck`), where everything placed before it is visible.
   */
  async prepare(raw: RawDocument): Promise<Prepared> {
    const hash = contentHash(raw.text);
    const url = normalizeUrl(raw.url);
    const dup = await this.timed(this.store.findDuplicate(url, hash));
    if (dup) return { raw, hash, url, duplicate: dup };
    const t0 = performance.now();
    const clean = cleanDocument(raw);
    const features = documentFeatures([clean], this.story)[0]!;
    this.profile.featurise += performance.now() - t0;
    const time = features.published ?? this.now();
    const decision = await this.decide(clean, features, time);
    return { raw, hash, url, duplicate: null, clean, features, time, decision };
  }

  /**
   * Stores a prepared report and places it (joins the story decided, or starts one), then merges the
   * stories it links. Run under the placement lane (queue workers) or by the only process placing
   * (`fresh`: the decision was just made). Unless `fresh`, the decision is re-checked first, in one round
   * trip (`placementCheck`): the candidate search is done again with the report's look-up terms, with
   * each candidate's latest members, under the lane (every placement, split and merge before it has
   * committed). The same candidates with the same latest members: the decision stands. Otherwise (a story
   * started or grown by a report stored since, one split or merged) the candidates found now are scored
   * on their latest members now: exactly the stories and members a decision read under the lane compares
   * the report with; only term weights are those read when it was prepared, a few reports earlier
   * (frequencies the vector cache tolerates anyway, `vectorRefresh`). So a report never starts a story
   * for an event that another worker's report started meanwhile (test/queue/optimistic.test.ts), and the
   * stories are those of placing the reports one at a time in the order they commit.
   */
  async commit(p: Prepared, fresh = false): Promise<Placement> {
    this.profile.reports++;
    if (p.duplicate || !p.decision || !p.clean || !p.features)
      return {
        status: 'duplicate',
        documentId: p.duplicate!,
        storyId: null,
        created: false,
        similarity: 0,
        candidates: 0,
      };
    const { clean, features, time } = p as Required<Prepared>;
    let d = p.decision;
    if (!fresh) {
      const t0 = performance.now();
      const now = this.store.placementCheck
        ? await this.store.placementCheck(
            {
              terms: d.indexTerms,
              since: time - this.settings.windowDays * DAY,
              limit: this.settings.candidateStories,
            },
            this.settings.membersCompared,
          )
        : null;
      this.profile.check += performance.now() - t0;
      const t1 = performance.now();
      if (!now) {
        // a store that cannot check: decide again, from the store as it is
        this.profile.redone++;
        d = await this.decide(clean, features, time);
      } else {
        const before = new Map(d.candidates.map((c) => [c.storyId, c]));
        const sameCandidates =
          now.candidates.length === d.candidates.length &&
          now.candidates.every((c, k) => c.storyId === d.candidates[k]!.storyId);
        const regrouped = now.candidates.some(
          (c) => before.has(c.storyId) && (c.regrouped ?? 0) !== (before.get(c.storyId)!.regrouped ?? 0),
        );
        const sameMembers =
          sameCandidates &&
          now.candidates.every((c) => sameList(now.latest.get(c.storyId), d.latest.get(c.storyId)));
        if (!sameCandidates || regrouped || !sameMembers) {
          // the candidate search finds other stories now (one started or grown by a report stored since, one
          // split or merged), or the candidates' latest members changed: the candidates found now are scored
          // on their latest members now, exactly what a decision read under the lane compares with; term
          // weights are those read when the report was prepared (a few reports old)
          if (!sameCandidates || regrouped) {
            this.profile.redone++;
            if (regrouped) this.profile.redoneRegrouped++;
          } else this.profile.updated++;
          const ts = performance.now();
          const readsBefore = this.profile.reads;
          d = await this.score(clean, features, { ...d, candidates: now.candidates, latest: now.latest });
          this.profile.score += performance.now() - ts - (this.profile.reads - readsBefore);
        }
      }
      this.profile.redo += performance.now() - t1;
    }
    const join = d.best && d.best.sim >= this.settings.joinThreshold ? d.best.storyId : null;
    const stored: StoredFeatures = {
      counts: features.counts,
      years: [...features.years],
      published: features.published ?? null,
    };
    const t1 = performance.now();
    const result = await this.store.addDocument(
      {
        raw: p.raw,
        clean,
        contentHash: p.hash,
        url: p.url,
        time,
        features: stored,
        indexTerms: d.indexTerms,
      },
      join,
      { minSize: this.settings.refineMinSize, growth: this.settings.refineGrowth },
    );
    this.profile.write += performance.now() - t1;
    const n = d.stats.documents + 1;
    // the store's count after this report (a prepared decision's count may be a few reports behind)
    this.storedCount = result.status === 'added' ? (result.count ?? n) : d.stats.documents;
    if (result.status === 'added') {
      for (const t of features.counts.keys())
        if (this.dfCache.has(t)) this.dfCache.set(t, this.dfCache.get(t)! + 1);
      // its TF-IDF vector as a stored member, at the decision's statistics with itself counted (what
      // scoring would weigh it at then), so the next reports compare with it without reading its terms'
      // frequencies
      const mine = new Map<string, number>();
      for (const [t, c] of features.counts)
        mine.set(t, Math.log1p(c) * (Math.log((n + 1) / ((d.stats.df.get(t) ?? 0) + 1 + 1 + 1)) + 1));
      this.cacheVector(result.documentId, unit(mine), n);
      this.cacheFeatures(result.documentId, features);
      // the next report of this event (often the next in the batch) compares with this one: keep its features
      this.cacheMember({
        documentId: result.documentId,
        text: clean.text,
        counts: features.counts,
        years: [...features.years],
        published: features.published ?? null,
      });
    }
    let merged: string[] = [];
    if (result.status === 'added' && join && this.settings.mergeLinked) {
      const t2 = performance.now();
      merged = await this.mergeLinked(join, d.scored, result.documentId);
      this.profile.merge += performance.now() - t2;
    }
    const { count: _count, ...placed } = result;
    return {
      ...placed,
      similarity: d.best?.sim ?? 0,
      candidates: d.candidates.length,
      merged,
      // the store's count right after this report (a prepared decision's count may be a few behind)
      documents: result.status === 'added' ? (result.count ?? n) : null,
    };
  }

  /** Awaits one of the store's reads, counting its time as the decision's reads. */
  private async timed<T>(p: Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await p;
    } finally {
      this.profile.reads += performance.now() - t0;
    }
  }

  /**
   * The placement decision for a cleaned, featurised report, from the store as it is now: term
   * statistics, look-up terms, candidate stories, their latest members, and each candidate's average
   * similarity; reads only.
   */
  private async decide(
    clean: CleanDocument,
    features: ReturnType<typeof documentFeatures>[number],
    time: number,
  ): Promise<Decision> {
    const tStart = performance.now();
    const readsBefore = this.profile.reads;
    try {
      return await this.decideUntimed(clean, features, time);
    } finally {
      this.profile.score += performance.now() - tStart - (this.profile.reads - readsBefore);
    }
  }

  private async decideUntimed(
    clean: CleanDocument,
    features: ReturnType<typeof documentFeatures>[number],
    time: number,
  ): Promise<Decision> {
    const terms = [...features.counts.keys()];
    const stats = await this.timed(this.store.termStats(terms));
    // another process stored documents since this one's last: the frequencies kept between reports are
    // low, so they are read fresh (a single process's are exact)
    if (stats.documents !== this.storedCount) this.dfCache.clear();
    const n = stats.documents + 1;
    const idf = (t: string, df: Pick<Map<string, number>, 'get'>) =>
      Math.log((n + 1) / ((df.get(t) ?? 0) + 1 + 1)) + 1;
    const weights = new Map<string, number>();
    for (const [t, c] of features.counts) weights.set(t, Math.log1p(c) * idf(t, stats.df));
    // Look-up terms: the report's weightiest terms that are not common across the store.
    const common = Math.max(this.story.minDfCap, this.story.maxDfShare * n);
    const indexTerms = [...weights]
      .filter(([t]) => (stats.df.get(t) ?? 0) + 1 <= common)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.settings.indexTerms)
      .map(([t]) => t);
    const lookup = {
      terms: indexTerms,
      since: time - this.settings.windowDays * DAY,
      limit: this.settings.candidateStories,
    };
    let candidates: Candidate[];
    let latest: Map<string, string[]>;
    if (this.store.placementCheck)
      // the candidates and their latest members in one round trip
      ({ candidates, latest } = await this.timed(
        this.store.placementCheck(lookup, this.settings.membersCompared),
      ));
    else {
      candidates = await this.timed(this.store.candidateStories(lookup.terms, lookup.since, lookup.limit));
      latest = candidates.length
        ? await this.timed(
            this.store.latestMembers(
              candidates.map((c) => c.storyId),
              this.settings.membersCompared,
            ),
          )
        : new Map<string, string[]>();
    }
    return this.score(clean, features, { stats, indexTerms, candidates, latest, weights });
  }

  /**
   * Scores the candidates of a decision on their latest members (reading the features and term
   * frequencies not cached) and picks the best: the CPU part of the decision.
   */
  private async score(
    clean: CleanDocument,
    features: ReturnType<typeof documentFeatures>[number],
    d: Pick<Decision, 'stats' | 'indexTerms' | 'candidates' | 'latest' | 'weights'>,
  ): Promise<Decision> {
    const { stats, candidates, latest, weights } = d;
    const n = stats.documents + 1;
    const idf = (t: string, df: Pick<Map<string, number>, 'get'>) =>
      Math.log((n + 1) / ((df.get(t) ?? 0) + 1 + 1)) + 1;
    let best: { storyId: string; sim: number } | null = null;
    // every candidate story's average similarity to the report, with the members it was measured on
    const scored: { storyId: string; sim: number; members: Scored[] }[] = [];
    if (candidates.length) {
      const members = new Map<string, MemberFeatures[]>();
      const extra = new Set<string>();
      const fetched = await this.members([...latest.values()].flat());
      const byId = new Map(fetched.map((m) => [m.documentId, m]));
      for (const c of candidates) {
        const list = (latest.get(c.storyId) ?? [])
          .map((id) => byId.get(id))
          .filter((m): m is MemberFeatures => !!m);
        members.set(c.storyId, list);
        for (const m of list)
          if (!this.freshVector(m.documentId, n))
            for (const t of m.counts.keys()) if (!weights.has(t) && !this.dfCache.has(t)) extra.add(t);
      }
      if (extra.size) {
        const more = await this.timed(this.store.termStats([...extra]));
        for (const t of extra) this.dfCache.set(t, more.df.get(t) ?? 0);
      }
      const df = { get: (t: string) => stats.df.get(t) ?? this.dfCache.get(t) };
      const mine = unit(weights);
      const myFeatures = asDocFeatures(features);
      const myShingles = () => (mineShingles ??= shingles(clean.text, this.story.shingleSize));
      let mineShingles: Uint32Array | undefined;
      for (const c of candidates) {
        const list = members.get(c.storyId)!;
        if (!list.length) continue;
        let sum = 0;
        const vecs: Scored[] = [];
        for (const m of list) {
          let theirs = this.freshVector(m.documentId, n);
          if (!theirs) {
            const w = new Map<string, number>();
            for (const [t, cnt] of m.counts) w.set(t, Math.log1p(cnt) * idf(t, df));
            theirs = unit(w);
            this.cacheVector(m.documentId, theirs, n);
          }
          const f = asDocFeatures(m);
          vecs.push({ vec: theirs, features: f });
          const cos = dotMaps(mine, theirs);
          // a copy of a member belongs with it, whatever the rest says (copies are near in cosine first)
          if (cos >= this.settings.copyCosineFloor && this.isCopy(myShingles, m)) {
            sum = list.length;
            break;
          }
          // src/story's rule: a page that reports no event (a guide, a review) is in no story by its words
          if (features.eventless || this.noEvent(m)) continue;
          sum += cos * timeFactor(myFeatures, f, this.story);
        }
        let avg = sum / list.length;
        // the batch's event-date rule: a report whose lede dates another event than the story's does not join it
        if (avg >= this.settings.joinThreshold && sum < list.length && this.otherEvent(clean, features, list))
          avg = 0;
        scored.push({ storyId: c.storyId, sim: avg, members: vecs });
        if (!best || avg > best.sim + 1e-12) best = { storyId: c.storyId, sim: avg };
      }
    }
    return { ...d, scored, best };
  }

  /** Whether a stored member reports no event (src/story `reportsNoEvent`), read once per member. */
  private noEvent(m: MemberFeatures): boolean {
    let v = this.eventlessCache.get(m.documentId);
    if (v === undefined) {
      if (this.eventlessCache.size >= 100_000) this.eventlessCache.clear();
      v = reportsNoEvent(m.text, null, this.story);
      this.eventlessCache.set(m.documentId, v);
    }
    return v;
  }

  /**
   * src/story's event-date split over the compared members and the report: true when it sets the report
   * apart (its lede dates its event days away from the members' median event day).
   */
  private otherEvent(
    clean: { text: string; title: string | null },
    mine: DocFeatures,
    list: MemberFeatures[],
  ) {
    if (mine.published == null) return false;
    const times = list.map((m) => eventTime(m.text, null, m.published, this.story));
    times.push(eventTime(clean.text, clean.title, mine.published, this.story));
    const parts = splitByEventTime(
      times.map((_, k) => k),
      times,
      this.story,
    );
    return parts.length > 1 && !parts[0]!.includes(list.length);
  }

  /**
   * A report that joined `joined` and is as similar to other candidate stories as the join asks links
   * them: the batch's average link would merge two such clusters when their documents are similar on
   * average, so the stories merge when the average similarity between their compared members (the same
   * cosine x time evidence) reaches the join threshold too. The newer story goes into the older (the one
   * a reader saw first keeps its id); both record the merge and the report that linked them.
   */
  private async mergeLinked(
    joined: string,
    scored: { storyId: string; sim: number; members: Scored[] }[],
    documentId: string,
  ): Promise<string[]> {
    const threshold = this.settings.joinThreshold;
    const home = scored.find((c) => c.storyId === joined);
    if (!home) return [];
    const linked = scored
      .filter((c) => c.storyId !== joined && c.sim >= threshold)
      .sort((a, b) => b.sim - a.sim || (a.storyId < b.storyId ? -1 : 1));
    const merged: string[] = [];
    let into = joined;
    let pool = home.members;
    for (const c of linked) {
      if (averageLink(pool, c.members, this.story) < threshold) continue;
      const [older, newer] =
        storyNumber(c.storyId) < storyNumber(into) ? [c.storyId, into] : [into, c.storyId];
      const ids = (await this.store.storyDocuments(newer)).map((d) => d.id);
      await this.store.moveDocuments(ids, older, documentId);
      merged.push(newer);
      into = older;
      pool = [...pool, ...c.members];
    }
    return merged;
  }

  /**
   * Document frequencies of terms seen only in stored members (not in the report being placed), kept
   * between reports and counted up as this process stores documents. When the store's count shows that
   * another process stored documents since this one's last (queue workers, src/queue), they are dropped
   * and read fresh, so they are always exact; the report's own terms are always read fresh.
   */
  private readonly dfCache = new Map<string, number>();
  /** Whether a stored member reports no event, by document id (`noEvent`). */
  private readonly eventlessCache = new Map<string, boolean>();
  /** The store's document count after this process's last report (-1: unknown). */
  private storedCount = -1;

  /** Parsed features of stored documents compared recently (they never change once stored). */
  private readonly memberCache = new Map<string, MemberFeatures>();

  private async members(ids: string[]): Promise<MemberFeatures[]> {
    const missing = ids.filter((id) => !this.memberCache.has(id));
    if (missing.length)
      for (const m of await this.timed(this.store.memberFeatures(missing))) this.cacheMember(m);
    return ids.map((id) => this.memberCache.get(id)).filter((m): m is MemberFeatures => !!m);
  }

  private cacheMember(m: MemberFeatures): void {
    this.memberCache.set(m.documentId, m);
    if (this.memberCache.size > this.settings.memberCacheSize)
      this.memberCache.delete(this.memberCache.keys().next().value!);
  }

  /**
   * TF-IDF unit vectors of stored documents, with the store size they were weighted at. IDF moves slowly
   * as the store grows; a vector is weighted again once the store has grown by `vectorRefresh` since.
   */
  private readonly vectorCache = new Map<string, { vec: Map<string, number>; n: number }>();

  private freshVector(id: string, n: number): Map<string, number> | null {
    const c = this.vectorCache.get(id);
    return c && n <= c.n * (1 + this.settings.vectorRefresh) ? c.vec : null;
  }

  private cacheVector(id: string, vec: Map<string, number>, n: number): void {
    this.vectorCache.set(id, { vec, n });
    if (this.vectorCache.size > this.settings.memberCacheSize)
      this.vectorCache.delete(this.vectorCache.keys().next().value!);
  }

  /**
   * src/story's grouping features of stored documents (a function of their clean text, title and
   * publication date, which never change once stored), kept for the documents refined or placed most
   * recently: a story is regrouped each time it grows by `refineGrowth`, over all its reports.
   */
  private readonly featureCache = new Map<string, DocFeatures>();

  private featuresOf(
    docs: Array<{ id: string; text: string; title: string | null; published: string | null }>,
  ) {
    const missing = docs.filter((d) => !this.featureCache.has(d.id));
    const computed = documentFeatures(missing, this.story);
    missing.forEach((d, k) => this.cacheFeatures(d.id, computed[k]!));
    return docs.map((d) => this.featureCache.get(d.id)!);
  }

  private cacheFeatures(id: string, f: DocFeatures): void {
    this.featureCache.set(id, f);
    if (this.featureCache.size > this.settings.memberCacheSize)
      this.featureCache.delete(this.featureCache.keys().next().value!);
  }

  /** Shingles of stored documents, kept for the documents compared most recently. */
  private readonly shingleCache = new Map<string, Uint32Array>();

  private isCopy(mine: () => Uint32Array, member: MemberFeatures): boolean {
    let theirs = this.shingleCache.get(member.documentId);
    if (!theirs) {
      theirs = shingles(member.text, this.story.shingleSize);
      this.shingleCache.set(member.documentId, theirs);
      if (this.shingleCache.size > this.settings.shingleCacheSize)
        this.shingleCache.delete(this.shingleCache.keys().next().value!);
    }
    return containment(mine(), theirs) >= this.story.groupCopyContainment;
  }

  /**
   * Checks the stories marked for refining (grown to `refineMinSize`, then by `refineGrowth`×) with
   * src/story's own batch grouping over their members: when it finds look-alike events (its split
   * step), the part holding the story's first report stays and each other part becomes a new story.
   * ingestStream runs it when the store's report count reaches a multiple of `analyzeEvery`, at the
   * end of a stream, and first thing in a stream (what a killed run left marked), so the stories depend
   * only on the order of arrival, also across a crash. Returns the new stories.
   */
  async refinePending(): Promise<string[]> {
    const created: string[] = [];
    const marked = await this.store.storiesToRefine();
    for (const id of marked) {
      created.push(...(await this.refineStory(id, this.settings.refineLinked)));
      await this.store.splitStory(id, []); // clears the mark
    }
    return created;
  }

  /** Regroups a story (with its linked stories when `linked`) by src/story's batch grouping. */
  private async refineStory(id: string, linked: boolean): Promise<string[]> {
    {
      const docs = await this.store.storyDocuments(id);
      if (!docs.length) return [];
      const home = new Map(docs.map((d) => [d.id, id]));
      const all = [...docs];
      if (linked)
        for (const other of await this.linkedStories(id, docs))
          for (const d of await this.store.storyDocuments(other))
            if (!home.has(d.id)) {
              home.set(d.id, other);
              all.push(d);
            }
      const groups =
        all.length > 1
          ? groupStories(all, { settings: this.story, features: this.featuresOf(all) }).map(
              (g) => g.documents,
            )
          : [];
      return this.repartition(groups, home);
    }
  }

  /**
   * Makes the stored stories follow `groups` (the batch grouping of their documents): each story keeps
   * the group holding most of its reports (largest groups choose first; ties: the older story), the
   * reports of that group held elsewhere move into it, and a group no story keeps becomes a new story.
   */
  private async repartition(groups: string[][], home: Map<string, string>): Promise<string[]> {
    if (groups.length < 2 && new Set(home.values()).size < 2) return [];
    const order = groups
      .map((g, k) => ({ g, k }))
      .sort((a, b) => b.g.length - a.g.length || a.k - b.k)
      .map((x) => x.g);
    const used = new Set<string>();
    const homeless: string[][] = [];
    const moves: { to: string; ids: string[] }[] = [];
    for (const g of order) {
      const count = new Map<string, number>();
      for (const d of g) count.set(home.get(d)!, (count.get(home.get(d)!) ?? 0) + 1);
      const pick = [...count]
        .filter(([s]) => !used.has(s))
        .sort((a, b) => b[1] - a[1] || storyNumber(a[0]) - storyNumber(b[0]))[0]?.[0];
      if (pick === undefined) {
        homeless.push(g);
        continue;
      }
      used.add(pick);
      const ids = g.filter((d) => home.get(d) !== pick);
      if (ids.length) moves.push({ to: pick, ids });
    }
    for (const m of moves) {
      await this.store.moveDocuments(m.ids, m.to, null);
      for (const d of m.ids) home.set(d, m.to);
    }
    const created: string[] = [];
    for (const g of homeless) {
      // gather the group in the story holding most of it, then move it out to a story of its own
      const count = new Map<string, number>();
      for (const d of g) count.set(home.get(d)!, (count.get(home.get(d)!) ?? 0) + 1);
      const from = [...count].sort((a, b) => b[1] - a[1] || storyNumber(a[0]) - storyNumber(b[0]))[0]![0];
      const ids = g.filter((d) => home.get(d) !== from);
      if (ids.length) await this.store.moveDocuments(ids, from, null);
      created.push(...(await this.store.splitStory(from, [g])));
      for (const d of g) home.set(d, created[created.length - 1]!);
    }
    return created;
  }

  /**
   * Stories near this one: found through the term index by its latest members' weightiest terms (as a
   * report finds its candidates), kept when their latest members are similar to its own on average at
   * `joinThreshold` (the batch's average link would have merged them before its split step).
   */
  private async linkedStories(
    id: string,
    docs: { id: string; published: string | null; ingestedAt: string }[],
  ) {
    const latest = docs.slice(-this.settings.membersCompared);
    const mine = await this.vectorsOf(await this.members(latest.map((d) => d.id)));
    if (!mine.length) return [];
    const stats = await this.store.termStats([]);
    const n = stats.documents;
    const sum = new Map<string, number>();
    for (const m of mine) for (const [t, w] of m.vec) sum.set(t, (sum.get(t) ?? 0) + w);
    const df = await this.store.termStats([...sum.keys()]);
    const common = Math.max(this.story.minDfCap, this.story.maxDfShare * n);
    const terms = [...sum]
      .filter(([t]) => (df.df.get(t) ?? 0) <= common)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, this.settings.indexTerms)
      .map(([t]) => t);
    const time = Math.max(
      ...latest.map((d) => {
        const t = d.published ? Date.parse(d.published) : NaN;
        return Number.isNaN(t) ? Date.parse(d.ingestedAt) : t;
      }),
    );
    const found = await this.store.candidateStories(
      terms,
      time - this.settings.windowDays * DAY,
      this.settings.candidateStories + 1,
    );
    // every candidate's latest members, their features and vectors at once (nothing is written meanwhile)
    const others = found.filter((c) => c.storyId !== id);
    const latestOf = others.length
      ? await this.store.latestMembers(
          others.map((c) => c.storyId),
          this.settings.membersCompared,
        )
      : new Map<string, string[]>();
    const feats = await this.members([...latestOf.values()].flat());
    const vecs = await this.vectorsOf(feats);
    const byId = new Map(feats.map((m, k) => [m.documentId, vecs[k]!]));
    const linked: string[] = [];
    for (const c of others) {
      const theirs = (latestOf.get(c.storyId) ?? []).map((m) => byId.get(m)).filter((v): v is Scored => !!v);
      if (theirs.length && averageLink(mine, theirs, this.story) >= this.settings.joinThreshold)
        linked.push(c.storyId);
    }
    return linked;
  }

  /** TF-IDF unit vectors of stored members (the store's document frequencies), with their time evidence. */
  private async vectorsOf(list: MemberFeatures[]): Promise<Scored[]> {
    const n = (await this.store.termStats([])).documents;
    const stale = list.filter((m) => !this.freshVector(m.documentId, n));
    const terms = new Set<string>();
    for (const m of stale) for (const t of m.counts.keys()) terms.add(t);
    const stats = stale.length ? await this.store.termStats([...terms]) : { df: new Map<string, number>() };
    const idf = (t: string) => Math.log((n + 1) / ((stats.df.get(t) ?? 0) + 1)) + 1;
    for (const m of stale) {
      const w = new Map<string, number>();
      for (const [t, cnt] of m.counts) w.set(t, Math.log1p(cnt) * idf(t));
      this.cacheVector(m.documentId, unit(w), n);
    }
    return list.map((m) => ({ vec: this.vectorCache.get(m.documentId)!.vec, features: asDocFeatures(m) }));
  }

  /**
   * Re-analyses every story whose members changed (crash-safe: the mark is cleared in the transaction
   * that stores the analysis), and records which disputes appeared or went, and which report brought them.
   */
  async analyzeChanged(onStory?: (storyId: string) => void): Promise<AnalyzeSummary> {
    await this.refinePending();
    const summary: AnalyzeSummary = { stories: 0, disputesAppeared: 0, problems: [] };
    for (const storyId of await this.store.dirtyStories()) {
      const one = await this.analyzeStory(storyId);
      summary.disputesAppeared += one.disputesAppeared;
      summary.problems.push(...one.problems);
      summary.stories++;
      onStory?.(storyId);
    }
    return summary;
  }

  /**
   * Re-analyses one story (its current members) and records which disputes appeared or went; the
   * analysis and its events are stored in one transaction. analyzeChanged runs it on every changed
   * story; a queue worker (src/queue) runs it per story.
   */
  async analyzeStory(storyId: string): Promise<AnalyzeSummary> {
    const summary: AnalyzeSummary = { stories: 0, disputesAppeared: 0, problems: [] };
    const docs = await this.store.storyDocuments(storyId);
    const previous = await this.store.latestAnalysis(storyId);
    let story: Story;
    try {
      story = analyzeGroup(storyId, docs);
    } catch (e) {
      summary.problems.push({
        input: docs.map((d) => d.id).join(', '),
        message: `analysis of ${storyId} failed: ${e instanceof Error ? e.message : String(e)}`,
        severity: 'warning',
        code: 'analysis-failed',
      });
      story = {
        id: storyId,
        title: docs[0]?.title ?? '',
        documents: docs.map((d) => d.id),
        entities: [],
        claims: [],
        disputes: [],
        timeline: [],
      };
    }
    const order = new Map(docs.map((d, i) => [d.id, i]));
    const events = disputeEvents(
      storyId,
      previous?.story ?? null,
      story,
      order,
      new Date(this.now()).toISOString(),
    );
    summary.disputesAppeared += events.filter((e) => e.kind === 'dispute-appeared').length;
    await this.store.saveAnalysis(storyId, story, events);
    summary.stories = 1;
    return summary;
  }
}

/** A dispute's identity across analyses: its kind and what it is about. */
export function disputeKey(d: Dispute): string {
  return `${d.kind}|${d.about.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

function disputeEvents(
  storyId: string,
  before: Story | null,
  after: Story,
  order: Map<string, number>,
  at: string,
): StoryEvent[] {
  const old = new Map((before?.disputes ?? []).map((d) => [disputeKey(d), d]));
  const now = new Map(after.disputes.map((d) => [disputeKey(d), d]));
  const newest = (ids: Iterable<string>) => {
    let pick: string | null = null;
    for (const id of ids) if (pick === null || (order.get(id) ?? -1) > (order.get(pick) ?? -1)) pick = id;
    return pick;
  };
  const events: StoryEvent[] = [];
  for (const [key, d] of now) {
    if (old.has(key)) continue;
    const cited = d.positions.flatMap((p) => p.evidence.map((e) => e.document));
    events.push({ storyId, at, kind: 'dispute-appeared', documentId: newest(cited), detail: describe(d) });
  }
  for (const [key, d] of old) {
    if (now.has(key)) continue;
    events.push({
      storyId,
      at,
      kind: 'dispute-resolved',
      documentId: newest(after.documents),
      detail: describe(d),
    });
  }
  return events;
}

function describe(d: Dispute): string {
  return `${d.kind} dispute about ${d.about}: ${d.positions.map((p) => p.value).join(' vs ')}`;
}

function asDocFeatures(f: StoredFeatures | DocFeatures): DocFeatures {
  return {
    counts: f.counts,
    leadCounts: new Map(),
    years: f.years instanceof Set ? f.years : new Set(f.years),
    published: f.published ?? null,
  };
}

/** The average similarity (cosine x time evidence) over all pairs of the two lists. */
function averageLink(a: Scored[], b: Scored[], settings: StorySettings): number {
  let sum = 0;
  for (const x of a)
    for (const y of b) sum += dotMaps(x.vec, y.vec) * timeFactor(x.features, y.features, settings);
  return a.length && b.length ? sum / (a.length * b.length) : 0;
}

function sameList(a: string[] | undefined, b: string[] | undefined): boolean {
  if (!a || !b) return !a === !b;
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

/** `story-12` -> 12 (stories are numbered in the order they were started); other ids sort last. */
function storyNumber(id: string): number {
  const m = /^story-(\d+)$/.exec(id);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

function unit(v: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  const out = new Map<string, number>();
  for (const [t, x] of v) out.set(t, x / norm);
  return out;
}

/** Share of the smaller shingle set found in the other (both sorted ascending). */
function containment(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / Math.min(a.length, b.length);
}
