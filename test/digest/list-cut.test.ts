/**
 * `digest` tells a fact in a quote that keeps its verb: a clause cut off before ", and …" may be a list whose last item
 * and verb stayed behind ("as much as 40 percent of calls in Norvia, 35 percent in Tarsk" + ", and 70 percent in Belmar
 * were dropped"), so where another report states the fact in a quote not cut there, that quote is told (thirteenth
 * session, found reading the 30ecb digest as a user).
 */
import { describe, expect, it } from 'vitest';
import { digestReport } from '../../src/digest/index.js';
import type { Claim, Report } from '../../src/model/report.js';
import { framedReports } from '../helpers/stories.js';

const CUT =
  'At the height of the outage as much as 40 percent of calls in Norvia, 35 percent in Tarsk, and 70 percent in Belmar were dropped.';
const WHOLE =
  'As much as 40 percent of calls in Norvia and 35 percent in Tarsk were dropped at the height of the outage.';
const FRAGMENT = 'At the height of the outage as much as 40 percent of calls in Norvia, 35 percent in Tarsk';

const frame = (extra: string) =>
  `A fault in an undersea cable cut telephone and internet links across the region on Friday, the operator said. ${extra} Repairs are expected to take a week.`;

/** Two outlets' report whose one claim has the fragment (report a) and the whole sentence (report b) as evidence. */
function oneClaim(): Report {
  const r = framedReports(frame, [CUT, WHOLE]);
  const span = (d: string, quote: string) => {
    const text = r.documents.find((x) => x.id === d)!.text;
    const start = text.indexOf(quote);
    return { document: d, quote, start, end: start + quote.length };
  };
  const claim: Claim = {
    id: 'c1',
    statement: FRAGMENT,
    status: 'corroborated',
    evidence: [span('a', FRAGMENT), span('b', WHOLE.slice(0, -1))],
    independentOutlets: 2,
  };
  const story = r.stories[0]!;
  return { ...r, stories: [{ ...story, claims: [claim], disputes: [] }] };
}

describe('a quote cut off before ", and" is told only where no other quote states the fact', () => {
  it('the whole sentence is told, not the list without its verb', () => {
    const d = digestReport(oneClaim());
    const texts = d.stories.flatMap((s) => s.paragraphs.flat()).map((x) => x.text);
    expect(texts.some((t) => t.includes('were dropped at the height of the outage'))).toBe(true);
    expect(texts.some((t) => t.endsWith('35 percent in Tarsk.'))).toBe(false);
  });
});
