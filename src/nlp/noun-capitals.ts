/**
 * Names in a report written in a language that capitalises every noun (German, Luxembourgish). The entity finder reads
 * a run of capitalised words as a name, which in English it mostly is; in German "Der Angreifer", "Millionen Euro",
 * "Sein Debüt" are capitalised because they are nouns (or open a sentence). A capital there says nothing, so a word of
 * such a report counts as part of a name only where the story's other reports (in a language that does not capitalise
 * nouns) write it in a name too, or where it is an acronym or a code ("FC", "KFF", "R12"). A mention is cut to its
 * first and last such word ("Mittelstürmer Nikola Ardić" -> "Nikola Ardić", the cut word kept as a person's role;
 * "Ligarivalen Aurel Mariners FC" -> "Aurel Mariners FC") and dropped where none is left. A story with no report in
 * another language gives no such evidence, and its mentions are left as found.
 */
import type { AnnotatedDocument, EntityMention } from '../model/annotations.js';
import { fold } from './lexicon/countries.js';

/** Languages that write every noun with a capital letter (ISO 639-1, or the English name). */
const NOUN_CAPITALISING = /^(?:de|lb|german|luxembourgish)(?:$|[-_])/i;

export const capitalisesNouns = (language: string | null | undefined): boolean =>
  !!language && NOUN_CAPITALISING.test(language.trim());

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.&/][\p{L}\p{M}\p{N}]+)*\.?/gu;
const keyOf = (w: string) =>
  fold(w)
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');
/** an acronym or a code stands out in any language: "FC", "KFF", "R12", "SJ-190" */
const codeLike = (w: string) => /\p{N}/u.test(w) || /^\p{Lu}[\p{Lu}\d.&-]+$/u.test(w);

/** Trims or drops, in place, the mentions of noun-capitalising reports that the rest of the story does not name. */
export function trimNounCapitals(docs: AnnotatedDocument[]): void {
  const nouny = docs.filter((d) => capitalisesNouns(d.doc.language));
  if (!nouny.length || nouny.length === docs.length) return;
  const known = new Set<string>();
  for (const d of docs) {
    if (capitalisesNouns(d.doc.language)) continue;
    for (const m of d.entities)
      for (const w of m.text.matchAll(WORD)) if (/^\p{Lu}/u.test(w[0])) known.add(keyOf(w[0]));
  }
  for (const d of nouny) {
    const kept: EntityMention[] = [];
    for (const m of d.entities) {
      if (m.type === 'country') {
        kept.push(m);
        continue;
      }
      const named = [...m.text.matchAll(WORD)].filter(
        (w) => /^\p{Lu}/u.test(w[0]) && (known.has(keyOf(w[0])) || codeLike(w[0])),
      );
      if (!named.length) continue;
      const first = named[0]!;
      const last = named[named.length - 1]!;
      const start = m.start + first.index!;
      const end = m.start + last.index! + last[0].replace(/\.$/, '').length;
      if (start === m.start && end === m.end) {
        kept.push(m);
        continue;
      }
      const text = d.doc.text.slice(start, end);
      const cut = d.doc.text.slice(m.start, start).trim();
      // a word cut from before a person's name is what the report calls that person ("Mittelstürmer")
      const role =
        m.type === 'person' && !m.role && cut && start > m.start
          ? { start: m.start, end: m.start + d.doc.text.slice(m.start, start).trimEnd().length }
          : null;
      kept.push({
        ...m,
        start,
        end,
        text,
        canonical: m.canonical === m.text ? text : m.canonical,
        ...(role ? { role: d.doc.text.slice(role.start, role.end), roleSpan: role } : {}),
        form: m.form === 'name' && !text.includes(' ') && m.type === 'person' ? 'surname' : m.form,
      });
    }
    d.entities = kept;
  }
}
