/**
 * General verb and noun classes for aligning facts worded differently: "presented / provided /
 * submitted a document", "mediated by / acted as an intermediary", "met with / engaged with".
 * Classes of English words, not of one story.
 */
const set = (s: string) => new Set(s.split('|'));

export const VERB_CLASSES: Record<string, Set<string>> = {
  transfer: set('present|provide|submit|hand|deliver|give|send|table|share|transmit|pass|release|return'),
  agree: set('agree|accept|approve|sign|endorse|consent|ratify'),
  meet: set('meet|engage|confer|consult|talk'),
  attack: set('attack|strike|hit|bomb|shell|shoot|target|raid'),
  confirm: set('confirm|acknowledge|admit|recognize|recognise'),
  announce: set('announce|declare|unveil|launch'),
  withdraw: set('withdraw|leave|exit|quit|pull'),
  kill: set('kill|die|murder|slay'),
  arrest: set('arrest|detain|capture|seize'),
};

/** Each verb's class: the first class that lists it. */
const CLASS_OF_VERB = new Map<string, string>();
for (const [k, v] of Object.entries(VERB_CLASSES))
  for (const lemma of v) if (!CLASS_OF_VERB.has(lemma)) CLASS_OF_VERB.set(lemma, k);

export function verbClass(lemma: string): string | null {
  return CLASS_OF_VERB.get(lemma) ?? null;
}

/** Nouns for written documents: one class, since outlets call the same paper by any of these names. */
export const DOCUMENT_NOUNS = set(
  'document|memorandum|memoranda|memo|draft|proposal|plan|paper|note|letter|list|text|statement|report|roadmap|framework|declaration|treaty|agreement|deal|resolution',
);

export function objectClass(lemma: string): string {
  if (DOCUMENT_NOUNS.has(lemma)) return 'document';
  return lemma;
}

/** Role words of go-betweens and hosts, by the role they name. */
export const ROLE_WORDS: Record<string, string> = {
  mediate: 'mediator',
  mediated: 'mediator',
  mediator: 'mediator',
  mediation: 'mediator',
  intermediary: 'mediator',
  broker: 'mediator',
  brokered: 'mediator',
  facilitator: 'mediator',
  'go-between': 'mediator',
  host: 'host',
  hosted: 'host',
  sponsor: 'sponsor',
  sponsored: 'sponsor',
};

/** Nouns for events whose roles (mediator, host) are compared. */
export const EVENT_NOUNS = set(
  'talk|talks|negotiation|negotiations|discussion|discussions|meeting|meetings|dialogue|ceasefire|cease-fire|truce|deal|agreement|summit|exchange|swap|round|conference|process|peace',
);
