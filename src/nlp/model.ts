/** The wink-nlp English model, loaded once on first use (about 0.2 s). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

// the model's custom-entity loader re-serialises its own data on every load (`machines = JSON.stringify(machines)`),
// so the string doubles in escapes with each fresh instance and the twentieth throws "Invalid string length":
// its first result is kept and handed to every later instance
type Model = typeof model;
let cer: unknown;
const stableModel = Object.assign(Object.create(null) as object, model, {
  metaCER: () => (cer ??= (model as unknown as { metaCER: () => unknown }).metaCER()),
}) as Model;

export function wink(): Wink {
  if (!instance) instance = winkNLP(stableModel);
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
