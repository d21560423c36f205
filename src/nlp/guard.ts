/**
 * Input guards for wink-nlp. Its tokenizer tries URL, e-mail and abbreviation patterns that backtrack
 * over a whole whitespace-free run (quadratic: a 20 KB run took 4 s, a 1 MB one never ended). So no run
 * longer than `maxWinkRunChars` reaches it: inside such a run every (max+1)-th character is replaced by
 * a space in the copy wink reads. The copy has the same length, so token offsets still point into the
 * original text; the pieces of the run are substrings of it.
 */
import { nlpSettings } from '../settings/nlp.js';

export function boundRuns(text: string, max: number = nlpSettings.maxWinkRunChars): string {
  let out: string[] | null = null;
  let runStart = 0;
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    // ASCII whitespace and the Unicode spaces wink splits on
    const space =
      c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
    if (space) {
      runStart = i + 1;
      continue;
    }
    if (i - runStart === max) {
      out ??= [];
      out.push(text.slice(last, i), ' ');
      last = i + 1;
      runStart = i + 1;
    }
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}
