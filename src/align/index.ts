/** src/align: claims, comparison, disputes. Placeholder: interface fixed. */
import type { AnnotatedDocument } from '../model/annotations.js';
import type { Entity, Story } from '../model/report.js';

export interface StoryInput {
  id: string;
  docs: AnnotatedDocument[];
  entities: Entity[];
}

/** Aligns what the story's reports say into claims and disputes, with timeline and framing. */
export function alignStory(_story: StoryInput): Story {
  throw new Error('alignStory: not built yet');
}
