/**
 * Names at the start of a sentence that the tagger took for another word. The entity finder keeps a sentence's first
 * word as a name only when the tagger calls it one, since every first word is capitalised; but the tagger reads
 * "Manning threw for 364 yards" as a verb and "Hansbrough finished with 20 points" as it likes. Across one story the
 * question has an answer: a word the story's reports write as a name mid-sentence ("Quarterback Peyton Manning") is a
 * name at the start of a sentence too, unless the story also writes it in lower case ("Will", "Rose", "Bush").
 */
import type { AnnotatedDocument, EntityMention } from '../model/annotations.js';
import { fold } from './lexicon/countries.js';

/** The capitalised words a sentence opens with (after an opening quote or bracket), one space apart. */
const LEADING_RUN =
  /^[\s"“‘'(•]*((?:\p{Lu}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*)(?: \p{Lu}[\p{L}\p{M}]*(?:[-'’][\p{L}\p{M}]+)*){0,3})/u;

/** A name's key for this matching: folded, possessive dropped. */
const keyOf = (s: string) =>
  fold(s)
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * `lower`: every word the story writes in lower case, a common word somewhere ("will", "rose").
 * Adds to each document's mentions the sentence-initial names its story knows from elsewhere, and types a first word
 * the finder kept untyped by the type the story gives that name (in place, before the story's entities are resolved;
 * running it twice changes nothing more).
 */
export function recoverInitialNames(docs: AnnotatedDocument[], lower: Set<string>): void {
  // names the story writes mid-sentence, or as two words or more (the tagger took the first for a name): the whole
  // name, and a person's surname alone
  const known = new Map<string, EntityMention['type']>();
  for (const d of docs)
    for (const m of d.entities) {
      if (m.type === 'country' || m.form === 'adjective') continue;
      const ws = keyOf(m.canonical).split(' ');
      if (m.initial && ws.length < 2) continue;
      if (!known.has(ws.join(' '))) known.set(ws.join(' '), m.type);
      if (m.type === 'person' && ws.length > 1) known.set(ws[ws.length - 1]!, 'person');
    }
  if (!known.size) return;
  for (const d of docs) {
    const added: EntityMention[] = [];
    for (const s of d.sentences) {
      const run = LEADING_RUN.exec(s.text);
      if (!run) continue;
      const start = s.start + run.index + run[0].length - run[1]!.length;
      const words = run[1]!.split(' ');
      // the longest opening words that name what the story knows
      for (let n = words.length; n > 0; n--) {
        const text = words.slice(0, n).join(' ');
        const key = keyOf(text);
        const type = known.get(key);
        if (!type) continue;
        const end = start + text.length - (/['’]s$/.test(text) ? 2 : 0);
        if (n === 1 && lower.has(key)) break;
        const found = d.entities.filter((m) => m.start < end && m.end > start);
        // a first word the finder kept untyped ("Hansbrough finished with 20 points") takes the type the story
        // gives that name elsewhere
        const same =
          found.length === 1 && found[0]!.start === start && found[0]!.end === end ? found[0]! : null;
        if (same?.initial && same.type === 'other' && type !== 'other') {
          same.type = type;
          if (type === 'person' && !key.includes(' ')) same.form = 'surname';
        }
        if (found.length) break;
        added.push({
          start,
          end,
          text: d.doc.text.slice(start, end),
          type,
          form: type === 'person' && !key.includes(' ') ? 'surname' : 'name',
          canonical: d.doc.text.slice(start, end),
          role: null,
          roleSpan: null,
          initial: true,
        });
        break;
      }
    }
    if (added.length) d.entities = [...d.entities, ...added].sort((a, b) => a.start - b.start);
  }
}
