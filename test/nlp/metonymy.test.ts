import { describe, expect, it } from 'vitest';
import { annotate, resolveEntities } from '../../src/nlp/index.js';
import { cleanDoc as doc } from '../helpers/docs.js';

describe('capitals standing for their governments', () => {
  it('reads a capital that is the agent of a verb as its country and records the choice', () => {
    const a = annotate(doc('a', 'Tokyo has urged restraint. Officials gathered in Tokyo on Monday.'));
    const tokyo = a.entities.filter((e) => e.text === 'Tokyo');
    expect(tokyo.map((e) => [e.type, e.canonical, e.metonymy ?? null])).toEqual([
      ['country', 'Japan', 'capital'],
      ['place', 'Tokyo', null],
    ]);
  });
  it('merges the government reading with the country across reports, and keeps the place apart', () => {
    const a = annotate(doc('a', 'Paris rejected the proposal on Tuesday.'));
    const b = annotate(doc('b', 'France said the talks would resume in Paris.'));
    const ents = resolveEntities([a, b]);
    const france = ents.find((e) => e.name === 'France');
    expect(france?.aliases).toContain('Paris');
    expect(france?.documents).toEqual(['a', 'b']);
    const place = ents.find((e) => e.name === 'Paris');
    expect(place?.type).toBe('place');
  });
});
