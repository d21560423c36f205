/** src/story: grouping reports into stories; syndication. Placeholder: interface fixed. */
import type { Document } from '../model/document.js';

export interface StoryGroup {
  id: string;
  /** Document ids, in input order. */
  documents: string[];
}

/** Groups reports about one event together and keeps look-alike events apart. Deterministic. */
export function groupStories(_docs: Document[]): StoryGroup[] {
  throw new Error('groupStories: not built yet');
}

/** For each document that copies another's text: its id -> the id of the original. */
export function findCopies(_docs: Document[]): Map<string, string> {
  throw new Error('findCopies: not built yet');
}
