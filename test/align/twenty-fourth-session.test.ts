/**
 * Twenty-fourth session: rules found on the blind corpora (data/blind), each shown to make the difference by turning
 * its setting off.
 */
import { describe, expect, it } from 'vitest';
import { alignSettings } from '../../src/settings/align.js';
import { framedReports, valuesOf, withSetting } from '../helpers/stories.js';

describe('a place named with and without the word of its area is one place', () => {
  const collapse = (extra: string) =>
    `A tunnel roof collapsed at a copper mine on Tuesday morning. ${extra} The Kolmar Miners' Union called for an inquiry, and the injured were taken to Kolmar General Hospital.`;
  // (a bare name that several longer names could host stays its own entity: only the place's word joins them)
  it('sets "eleven miners trapped at the Zarny mine in Kolmar Province" against "thirteen miners trapped under a Kolmar hillside"', () => {
    const texts = [
      'All eleven miners trapped underground at the Zarny copper mine in Kolmar Province are safe tonight.',
      'Thirteen miners trapped deep under a Kolmar hillside are safe after two days in the dark.',
    ];
    const counts = () => valuesOf(framedReports(collapse, texts), 'number');
    expect(counts()).toHaveLength(1);
    expect(withSetting(alignSettings, 'adminAreaPlace', false, counts)).toHaveLength(0);
  });
  it('keeps two different places apart ("in Kolmar Province" / "in Dessau Province")', () => {
    const texts = [
      'All eleven miners trapped underground at a copper mine in Kolmar Province are safe tonight.',
      'Thirteen miners trapped underground at a copper mine in Dessau Province are safe tonight.',
    ];
    expect(valuesOf(framedReports(collapse, texts), 'number')).toHaveLength(0);
  });
});
