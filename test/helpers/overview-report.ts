/** A report of many stories for overview tests: varied counts, long titles, one unbreakable word. */
import type { Report, ReportDocument, Story } from '../../src/model/report.js';

const doc = (id: string, source: string): ReportDocument => ({
  id,
  source,
  title: null,
  url: null,
  published: null,
  byline: null,
  language: 'en',
  text: `Report ${id} says the figure was 10.`,
  removed: [],
  copyOf: null,
});

const ev = (document: string) => ({ document, quote: 'the figure was 10', start: 16, end: 33 });

function story(k: number, title: string, disputes: number, single: number, reports: number): Story {
  const ids = Array.from({ length: reports }, (_, j) => `s${k}d${j}`);
  return {
    id: `s${k}`,
    title,
    documents: ids,
    entities: [],
    claims: Array.from({ length: single }, (_, j) => ({
      id: `s${k}c${j}`,
      statement: `claim ${j}`,
      status: 'single-source' as const,
      evidence: [ev(ids[0]!)],
    })),
    disputes: Array.from({ length: disputes }, (_, j) => ({
      id: `s${k}x${j}`,
      kind: 'number' as const,
      about: `how many ${j}`,
      positions: [
        { value: '10', normalized: '10', evidence: [ev(ids[0]!)] },
        { value: '12', normalized: '12', evidence: [ev(ids[1] ?? ids[0]!)] },
      ],
    })),
    timeline: [],
  };
}

export function overviewReport(): Report {
  const stories = [
    story(0, 'Quiet council meeting approves the budget', 0, 2, 3),
    story(
      1,
      'An exceptionally long headline about the flood that forced hundreds from their homes in the lower town and what the council says it will do next about the river defences',
      2,
      5,
      4,
    ),
    story(
      2,
      'Https://www.example.com/an/unbreakable/path/that/runs/on/and/on/without/any/space/at/all',
      0,
      9,
      2,
    ),
    story(3, 'Harbour strike ends after three days', 1, 1, 6),
    story(4, 'Rail timetable changes announced', 0, 0, 2),
    story(5, 'Quake damages seven villages in the north of the country, officials say', 2, 8, 3),
  ];
  const documents = stories.flatMap((s) => s.documents.map((id, j) => doc(id, `Outlet ${j + 1}`)));
  return { schema: 'corroborate/report@1', documents, stories, problems: [] };
}
