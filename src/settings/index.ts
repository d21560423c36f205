/**
 * Every threshold of the product, named, with its default and the reason for it (like
 * trafilatura's settings.cfg). Each stage keeps its own file here; this module gathers them.
 */
export * from './ingest.js';
export * from './html.js';
export * from './story.js';
export * from './clean.js';
export * from './nlp.js';
export * from './quant.js';
export * from './align.js';
export * from './web.js';
export * from './cli.js';
export * from './pipeline.js';
export * from './fetch.js';
export * from './store.js';
export * from './verify.js';
