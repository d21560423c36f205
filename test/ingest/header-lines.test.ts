import { describe, expect, it } from 'vitest';
import { isLabelLine, isStampLine, takeHeaderLines } from '../../src/ingest/text.js';

const BODY = 'The river burst its banks on Tuesday night.\n\nCrews evacuated 300 residents.';

describe('header lines of plain-text reports', () => {
  it('a headline line followed by Source/Published/By lines: all metadata, none in the text', () => {
    const text = `Flood forces hundreds from their homes in the lower town\nSource: Evening Courier\nPublished: 2024-03-12T08:00:00Z\nBy Ana Lima\n\n${BODY}`;
    const h = takeHeaderLines(text);
    expect(h.text).toBe(BODY);
    expect(h.meta).toEqual({
      title: 'Flood forces hundreds from their homes in the lower town',
      source: 'Evening Courier',
      published: '2024-03-12T08:00:00Z',
      byline: 'Ana Lima',
    });
    expect(h.removed.map((r) => [r.reason, r.offset])).toEqual([
      ['headline', 0],
      ['metadata', 57],
      ['metadata', 81],
      ['metadata', 113],
    ]);
    for (const r of h.removed) expect(text.slice(r.offset!, r.offset! + r.text.length)).toBe(r.text);
  });

  it('section labels and time stamps among the header lines leave the text with their reason', () => {
    const text = `Flood forces hundreds from their homes\nBy Ana Lima\nCourier | Local News\nUpdated: 12 March 2024, 19:30\n\n${BODY}`;
    const h = takeHeaderLines(text);
    expect(h.text).toBe(BODY);
    expect(h.meta.byline).toBe('Ana Lima');
    expect(h.removed.map((r) => r.reason)).toEqual(['headline', 'metadata', 'section-label', 'timestamp']);
  });

  it('a headline followed by a separated section label only', () => {
    const h = takeHeaderLines(`Flood forces hundreds from their homes\nCourier › News › Region\n\n${BODY}`);
    expect(h.text).toBe(BODY);
    expect(h.meta.title).toBe('Flood forces hundreds from their homes');
    expect(h.removed.map((r) => r.reason)).toEqual(['headline', 'section-label']);
  });

  it('a title-case label line right after the metadata ("Courier Explains")', () => {
    const h = takeHeaderLines(
      `Flood explained in five questions\nPublished: 2024-03-12\nCourier Explains\n\n${BODY}`,
    );
    expect(h.text).toBe(BODY);
    expect(h.removed.map((r) => r.reason)).toEqual(['headline', 'metadata', 'section-label']);
  });

  it('a body that starts at the first line stays whole', () => {
    for (const text of [
      BODY,
      `Flood forces hundreds from their homes\n\n${BODY}`, // headline, then body: the clean stage decides
      `The river burst its banks on Tuesday night\nand flooded the lower town.\n\n${BODY}`,
    ]) {
      const h = takeHeaderLines(text);
      expect(h.text).toBe(text);
      expect(h.removed).toEqual([]);
    }
  });

  it('a photo credit under a byline is not taken for a label', () => {
    const h = takeHeaderLines(
      `Flood forces hundreds from their homes\nBy Ana Lima\nPicture: Courier/Jo Bloggs\n\n${BODY}`,
    );
    expect(h.text.startsWith('Picture: Courier/Jo Bloggs')).toBe(true);
  });

  it('label and stamp shapes', () => {
    expect(isLabelLine('KRT News | Justice')).toBe(true);
    expect(isLabelLine('Local News')).toBe(true);
    expect(isLabelLine('The river rose.')).toBe(false);
    expect(isLabelLine('the river rose overnight in the lower town')).toBe(false);
    expect(isStampLine('Updated 23:41')).toBe(true);
    expect(isStampLine('Last updated: 19.05.2025, 08:00')).toBe(true);
    expect(isStampLine('Updated figures show 1,200 homes damaged in the flood this week.')).toBe(false);
  });
});
