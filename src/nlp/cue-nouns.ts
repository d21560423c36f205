/**
 * A name written with its kind in lower case ("Qeshm island", "the Hudson river", "the Kraft plant") is the name
 * another report of the story writes capitalised ("Qeshm Island"): the capital is a house style, not another thing.
 * The entity finder ends the first mention at the name ("Qeshm"), so the two would resolve apart and the figures said
 * of the island ("home to 120,000 people" / "home to 200,000 people") would be about different places. Across one
 * story the question has an answer: where the story names "X Island" (its last word a place or site cue word), a mention "X" followed by "island" is that name.
 * Runs before resolution, in place: the mention's span grows over the kind word, so its text is still
 * `text.slice(start, end)`; running it twice changes nothing more.
 */
import type { AnnotatedDocument, EntityMention } from '../model/annotations.js';
import { fold } from './lexicon/countries.js';
import { FACILITY_CUES, PLACE_CUES } from './lexicon/words.js';

const keyOf = (s: string) => fold(s).replace(/^the /, '').replace(/\s+/g, ' ').trim();

// (places and sites only: "Vancouver police" names the city's police, which a report may call "Vancouver Police";
// but a place's name before a body's word is as often a description, "the Nordvel party", as that body's name)
const isCue = (w: string) => PLACE_CUES.has(w) || FACILITY_CUES.has(w);

/** The lower-case word right after a mention ("Qeshm| island, home to"). */
const NEXT_WORD = /^ (\p{Ll}+)\b/u;

export function joinCueNouns(docs: AnnotatedDocument[]): void {
  // the story's names of two words or more that end in a capitalised cue word ("Qeshm Island", "Kraft Plant")
  const named = new Map<string, EntityMention>();
  for (const d of docs)
    for (const m of d.entities) {
      if (m.type === 'country' || m.form !== 'name') continue;
      const ws = m.text.trim().split(/\s+/);
      const last = ws[ws.length - 1]!;
      if (ws.length < 2 || !/^\p{Lu}\p{Ll}/u.test(last) || !isCue(last.toLowerCase())) continue;
      const key = keyOf(m.canonical);
      if (!named.has(key)) named.set(key, m);
    }
  if (!named.size) return;
  for (const d of docs)
    for (const m of d.entities) {
      if (m.type === 'country' || m.form !== 'name' || m.role) continue;
      const next = NEXT_WORD.exec(d.doc.text.slice(m.end, m.end + 40));
      if (!next || !isCue(next[1]!)) continue;
      const host = named.get(keyOf(`${m.canonical} ${next[1]}`));
      if (!host) continue;
      m.end += next[0].length;
      m.text = d.doc.text.slice(m.start, m.end);
      m.canonical = host.canonical;
      m.type = host.type;
    }
}
