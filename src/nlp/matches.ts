/**
 * Every match of a global pattern in a text, as `text.matchAll(re)` gives them (the same matches, in order), read
 * with `exec` from the start of the text: `matchAll` builds a copy of the pattern on every call, a cost that adds up
 * over every sentence and clause of a batch. The pattern's `lastIndex` is 0 before and after, so patterns kept in
 * module constants can be shared by every call.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // past an empty match by one character (one code point under `u`), as matchAll goes on
    if (!m[0]) {
      const at = re.lastIndex;
      const wide = re.unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      re.lastIndex = at + (wide ? 2 : 1);
    }
  }
  re.lastIndex = 0;
  return out;
}
