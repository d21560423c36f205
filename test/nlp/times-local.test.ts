/** Dates read as a reader of the report would: on the report's own calendar day, nth weekdays of a month. */
import { describe, expect, it } from 'vitest';
import { annotate, referenceDate } from '../../src/nlp/index.js';
import { cleanDoc } from '../helpers/docs.js';

const times = (text: string, published: string) => {
  const d = cleanDoc('t', text, { published });
  return annotate(d, { reference: referenceDate(d) }).times.map((t) => [t.text, t.from]);
};

describe('dates against the publication time', () => {
  it('"today" is the day where the report was published, not the UTC day', () => {
    const t = times('The transfer was confirmed at 1.15 a.m. today.', '2025-09-02T01:30:00+02:00');
    expect(t.map(([, from]) => from)).toEqual(['2025-09-02']);
  });

  it('reads "the first Monday in November" and "the last Friday of March 2026"', () => {
    const t = times(
      'Owners will be contacted from the first Monday in November. A vote follows on the last Friday of March 2026.',
      '2025-10-15T09:00:00+02:00',
    );
    expect(t).toContainEqual(['the first Monday in November', '2025-11-03']);
    expect(t).toContainEqual(['the last Friday of March 2026', '2026-03-27']);
  });
});
