import type { AnnotatedDocument } from '../model/annotations.js';
import type { Entity } from '../model/report.js';
export function resolve(_docs: AnnotatedDocument[]): Entity[] {
  return [];
}
