// A raw document from an id and a text alone, as research corpora give them (no outlet, title, URL or time): the one
// shape the scripts and benchmarks build their inputs in. `meta` overrides or adds fields.
export const textRaw = (id, text, meta = {}) => ({
  id,
  input: id,
  format: 'text',
  text,
  removed: [],
  source: null,
  title: null,
  url: null,
  published: null,
  byline: null,
  language: null,
  ...meta,
});
