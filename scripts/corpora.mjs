// The labelled development corpora, as the evaluation scripts read them: the seeds and every folder of
// ../shared/data/disputes with a truth file. A corpus with meta.json is read through a manifest written to
// `work` (outlet, URL, time; the HTML page where there is one), as ../shared/tools/eval-corpora.sh does.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `manifest`: one line per report of a corpus's meta.json (outlet, URL, time, language), its file from `file`. */
function writeManifest(manifest, dir, file) {
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8'));
  writeFileSync(
    manifest,
    meta
      .map((m) =>
        JSON.stringify({
          id: m.id,
          path: path.join(dir, file(m)),
          source: m.outlet,
          url: m.url,
          published: m.published,
          language: m.language,
        }),
      )
      .join('\n') + '\n',
  );
  return manifest;
}

export function developmentCorpora(shared, work, { html = true } = {}) {
  const corpora = [
    {
      name: 'seeds',
      inputs: [path.join(shared, 'seeds')],
      truth: path.join(shared, 'seeds/expected.json'),
      docs: path.join(shared, 'seeds'),
    },
  ];
  for (const name of ['kestria', 'marovia', 'ecbplus-dev']) {
    const dir = path.join(shared, 'data/disputes', name);
    if (!existsSync(path.join(dir, 'truth.json'))) continue;
    const file = (m) =>
      html && (m.format ?? []).includes('html') ? `html/${m.id}.html` : `docs/${m.id}.txt`;
    const inputs = existsSync(path.join(dir, 'meta.json'))
      ? [writeManifest(path.join(work, `${name}.jsonl`), dir, file)]
      : [path.join(dir, 'docs')];
    corpora.push({ name, inputs, truth: path.join(dir, 'truth.json'), docs: path.join(dir, 'docs') });
  }
  return corpora;
}

/** The blind corpora of data/blind (in the repo, written by writers who never saw the engine; README there), read
 * through a manifest written to `work` as the development corpora are. `heldOut`: the corpus nobody has read. */
export function blindCorpora(root, work) {
  const out = [];
  for (const [name, heldOut] of [
    ['lauremark', false],
    ['ostravel', false],
    ['valdessa', true],
    ['brennholt', false],
    ['corvaine', true],
  ]) {
    const dir = path.join(root, 'data/blind', name);
    if (!existsSync(path.join(dir, 'truth.json'))) continue;
    const manifest = writeManifest(path.join(work, `blind-${name}.jsonl`), dir, (m) => `docs/${m.id}.txt`);
    out.push({
      name,
      heldOut,
      inputs: [manifest],
      truth: path.join(dir, 'truth.json'),
      docs: path.join(dir, 'docs'),
    });
  }
  return out;
}
