// `npm run bench`: runs every bench/*.bench.mjs (or those named on the command line) in turn.
// Each benchmark prints its own figures; benchmarks on ../shared corpora skip with a message when it is absent.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !wanted.length || wanted.some((w) => f.includes(w)))
  .sort();
if (!files.length) console.log('no benchmarks found');
for (const f of files) {
  console.log(`\n## ${f}`);
  const mod = await import(pathToFileURL(path.join(here, f)).href);
  if (typeof mod.default === 'function') await mod.default();
}
