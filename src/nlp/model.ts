/** The wink-nlp English model, loaded once on first use (about 0.2 s). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/**
 * The model as wink-nlp takes it, with its custom-entity meta model read once: the model's `metaCER()`
 * replaces its machines with their JSON on every call, so each fresh instance (resetWink) escaped the
 * previous JSON again, doubling it, until analysing a few dozen stories in one process slowed to seconds
 * per story and then failed ("Invalid string length").
 */
const cer = (model.metaCER as () => unknown)();
const stableModel: typeof model = { ...model, metaCER: () => cer };

/**
 * Only the annotations read here (src/nlp/sentences.ts): sentence ends and parts of speech. wink's default pipe
 * also runs its named-entity, negation and sentiment machines on every document (a third of readDoc's time);
 * they set only entity spans and flags no one reads, never a token's value, normal, lemma or tag, nor the lexicon.
 */
const PIPE = ['sbd', 'pos'];

export function wink(): Wink {
  if (!instance) instance = winkNLP(stableModel, PIPE);
  return instance;
}

/**
 * A fresh tokenizer. wink-nlp adds every new word it reads to its lexicon cache, and what it has read before
 * changes how it later splits some tokens ("Reid's" one token or two). Each analysis starts from a fresh
 * instance (about 0.1 s) so that its result depends on its own input only, not on what the process read before.
 */
export function resetWink(): void {
  instance = null;
}
