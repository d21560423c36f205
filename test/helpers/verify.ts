import type { RawDocument } from '../../src/model/document.js';
import { verifySettings } from '../../src/settings/verify.js';
import { verify } from '../../src/verify/index.js';

/** One plain-text report of one outlet, as verify's tests check drafts against. */
export const report = (text: string): RawDocument => ({
  id: 'r1',
  input: 'r1',
  format: 'text',
  text,
  removed: [],
  source: 'Harbour Gazette',
  title: null,
  url: null,
  published: null,
  byline: null,
  language: 'en',
});

/** The verdict on a one-sentence draft against one report. */
export const verdictOf = (draft: string, text: string) =>
  verify({ id: 'd', text: draft }, [report(text)]).sentences[0]!;

/** The verdict with one setting of verify changed (a rule turned off), the settings restored after. */
export const verdictWithout = (change: Partial<typeof verifySettings>, draft: string, text: string) => {
  const saved = { ...verifySettings };
  Object.assign(verifySettings, change);
  try {
    return verdictOf(draft, text);
  } finally {
    Object.assign(verifySettings, saved);
  }
};
