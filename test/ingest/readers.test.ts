import { afterAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { readAll, TmpDir, fakeExtractor } from './helpers.js';

const tmp = new TmpDir();
afterAll(() => tmp.remove());

describe('plain text', () => {
  it('takes explicit header lines as metadata and keeps the rest verbatim', async () => {
    const f = tmp.write(
      'hdr/story.txt',
      'Title: Talks end early\r\nSource: Example Wire\r\nPublished: 2025-06-02T10:00:00Z\r\nURL: https://example.com/a\r\nBy Jane Doe\r\n\r\nFirst line of the body.\r\n\r\nSecond  paragraph,  spaces kept.\r\n',
    );
    const { docs, problems } = await readAll([f]);
    expect(problems).toEqual([]);
    expect(docs).toHaveLength(1);
    const d = docs[0]!;
    expect(d.id).toBe('story');
    expect(d.format).toBe('text');
    expect(d.title).toBe('Talks end early');
    expect(d.source).toBe('Example Wire');
    expect(d.published).toBe('2025-06-02T10:00:00Z');
    expect(d.url).toBe('https://example.com/a');
    expect(d.byline).toBe('Jane Doe');
    expect(d.text).toBe('First line of the body.\n\nSecond  paragraph,  spaces kept.\n');
    expect(d.removed.map((r) => r.reason)).toEqual(Array(5).fill('metadata'));
    expect(d.removed[0]).toEqual({ text: 'Title: Talks end early', reason: 'metadata', offset: 0 });
  });

  it('does not guess a headline or take key-like lines from the body', async () => {
    const f = tmp.write(
      'hdr/plain.txt',
      'Ministers meet in Istanbul\n\nThe talks: they lasted an hour.\nDate: not a date at all\n',
    );
    const { docs } = await readAll([f]);
    expect(docs[0]!.title).toBeNull();
    expect(docs[0]!.removed).toEqual([]);
    expect(docs[0]!.text).toBe(
      'Ministers meet in Istanbul\n\nThe talks: they lasted an hour.\nDate: not a date at all\n',
    );
  });

  it('normalises a written-out date header to ISO 8601', async () => {
    const f = tmp.write('hdr/dated.txt', 'Date: June 2, 2025\n\nBody text here.');
    const { docs } = await readAll([f]);
    expect(docs[0]!.published).toBe('2025-06-02');
    expect(docs[0]!.text).toBe('Body text here.');
  });

  it('detects the language of long enough bodies only', async () => {
    const en = tmp.write(
      'lang/en.txt',
      'The second round of talks between the two delegations took place in the city on Monday and lasted just over an hour, officials said. Both sides agreed to exchange prisoners and to meet again later this month, according to the statement.',
    );
    const short = tmp.write('lang/short.txt', 'Talks ended.');
    const given = tmp.write(
      'lang/given.txt',
      'Language: de\n\nThe second round of talks took place on Monday.',
    );
    const tagged = tmp.write(
      'lang/tagged.jsonl',
      '{"text":"Short.","language":"en-GB"}\n{"text":"Kurz.","language":"deu"}\n',
    );
    const { docs } = await readAll([en, short, given, tagged]);
    expect(docs.map((d) => d.language)).toEqual(['en', null, 'de', 'en', 'de']);
  });
});

describe('Markdown', () => {
  it('turns markup into plain text: headings, emphasis, links, lists kept; images dropped', async () => {
    const f = tmp.write(
      'md/note.md',
      '---\ntitle: "From front matter"\nsource: Blog\n---\n# Big *news* today\n\nThe [minister](https://x.example/m) said **no**.\n\n![a photo](p.jpg)\n\n- first item\n- second `item`\n\n> quoted text &amp; more\n',
    );
    const { docs, problems } = await readAll([f]);
    expect(problems).toEqual([]);
    const d = docs[0]!;
    expect(d.format).toBe('markdown');
    expect(d.title).toBe('From front matter');
    expect(d.source).toBe('Blog');
    expect(d.text).toBe(
      'Big news today\n\nThe minister said no.\n\nfirst item\nsecond item\n\nquoted text & more',
    );
    expect(d.removed[0]!.reason).toBe('metadata');
  });
});

describe('JSON and JSONL records', () => {
  it('reads one record, an array, {documents}, and JSONL lines with their metadata', async () => {
    const one = tmp.write(
      'rec/one.json',
      JSON.stringify({ text: 'Only text.', source: 'A', published: 'June 3, 2025' }),
    );
    const arr = tmp.write('rec/arr.json', JSON.stringify([{ id: 'x1', text: 'X one.' }, { text: 'X two.' }]));
    const wrapped = tmp.write(
      'rec/wrap.json',
      JSON.stringify({ documents: [{ id: 'w', text: 'W.', title: 'T' }] }),
    );
    const lines = tmp.write(
      'rec/lines.jsonl',
      '{"id":"l1","text":"L one.","url":"https://e.example/1"}\n\n{"text":"L two.","author":"Ann Lee"}\n',
    );
    const { docs, problems } = await readAll([one, arr, wrapped, lines]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(['one', 'x1', 'arr-2', 'w', 'l1', 'lines-3']);
    expect(docs[0]).toMatchObject({ text: 'Only text.', source: 'A', published: '2025-06-03', input: one });
    expect(docs[2]!.input).toBe(`${arr}#record2`);
    expect(docs[3]!.title).toBe('T');
    expect(docs[4]!.url).toBe('https://e.example/1');
    expect(docs[5]).toMatchObject({ byline: 'Ann Lee', input: `${lines}#line3` });
  });

  it('a bad JSONL line is one problem naming the line; the other lines go on', async () => {
    const f = tmp.write(
      'rec/bad.jsonl',
      '{"text":"Good one."}\n{"text": broken\n[1,2]\n{"title":"no body"}\n{"text":"Good two."}\n',
    );
    const { docs, problems } = await readAll([f]);
    expect(docs.map((d) => d.text)).toEqual(['Good one.', 'Good two.']);
    expect(problems.map((p) => [p.input, p.code])).toEqual([
      [`${f}#line2`, 'parse'],
      [`${f}#line3`, 'parse'],
      [`${f}#line4`, 'no-text'],
    ]);
  });

  it('reads HTML records through the extractor and lets the record metadata win', async () => {
    const f = tmp.write(
      'rec/html.jsonl',
      JSON.stringify({
        id: 'h',
        html: '<html><title>Page</title><article><p>Body of page.</p></article></html>',
        source: 'S',
      }) + '\n',
    );
    const { docs } = await readAll([f], { htmlExtractor: fakeExtractor(tmp) });
    expect(docs[0]).toMatchObject({
      id: 'h',
      format: 'html',
      text: 'Body of page.',
      title: 'Page',
      source: 'S',
    });
  });
});

describe('manifests', () => {
  it('gives metadata to the files it names, which are then not read a second time', async () => {
    tmp.write('man/a.txt', 'Body A.');
    tmp.write('man/sub/b.txt', 'Title: From file\n\nBody B.');
    tmp.write('man/c.txt', 'Body C, not in the manifest.');
    tmp.write(
      'man/manifest.json',
      JSON.stringify({
        documents: [
          {
            path: 'a.txt',
            id: 'alpha',
            source: 'Outlet A',
            url: 'https://a.example/x',
            published: '2025-06-02',
          },
          { path: 'sub/b.txt', source: 'Outlet B', byline: 'Bo B' },
          { path: 'missing.txt', source: 'Nobody' },
        ],
      }),
    );
    const { docs, problems } = await readAll([tmp.path('man')]);
    expect(docs.map((d) => d.id).sort()).toEqual(['alpha', 'b', 'c']);
    const a = docs.find((d) => d.id === 'alpha')!;
    expect(a).toMatchObject({
      source: 'Outlet A',
      url: 'https://a.example/x',
      published: '2025-06-02',
      text: 'Body A.',
    });
    expect(a.input).toBe(tmp.path('man', 'a.txt'));
    const b = docs.find((d) => d.id === 'b')!;
    expect(b).toMatchObject({ source: 'Outlet B', byline: 'Bo B', title: 'From file', text: 'Body B.' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      input: tmp.path('man', 'missing.txt'),
      code: 'missing',
      severity: 'skipped',
    });
  });
});

describe('folders, gzip and stdin', () => {
  it('walks folders recursively in sorted order and skips hidden files and folders', async () => {
    tmp.write('walk/b.txt', 'B.');
    tmp.write('walk/a/z.txt', 'AZ.');
    tmp.write('walk/a/y.txt', 'AY.');
    tmp.write('walk/.hidden.txt', 'hidden');
    tmp.write('walk/.git/config.txt', 'hidden');
    tmp.write('walk/C.txt', 'C.');
    const { docs, problems } = await readAll([tmp.path('walk')]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.text)).toEqual(['C.', 'AY.', 'AZ.', 'B.']);
  });

  it('reads gzip-compressed files of any format; page.html.gz has id page', async () => {
    const t = tmp.write('gz/story.txt.gz', gzipSync('Source: Zipped\n\nCompressed body.'));
    const j = tmp.write('gz/recs.jsonl.gz', gzipSync('{"id":"g1","text":"Zipped record."}\n'));
    const h = tmp.write('gz/page.html.gz', gzipSync('<html><article><p>Zipped page.</p></article></html>'));
    const { docs, problems } = await readAll([t, j, h], { htmlExtractor: fakeExtractor(tmp) });
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.id, d.format, d.text])).toEqual([
      ['story', 'text', 'Compressed body.'],
      ['g1', 'jsonl', 'Zipped record.'],
      ['page', 'html', 'Zipped page.'],
    ]);
    expect(docs[0]!.source).toBe('Zipped');
  });

  it('reads - from stdin, sniffing the format', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"From stdin."}\n{"text":"Second."}\n')]);
    const { docs } = await readAll(['-'], { stdin });
    expect(docs.map((d) => [d.id, d.input])).toEqual([
      ['s1', '-#line1'],
      ['stdin-2', '-#line2'],
    ]);
    const plain = await readAll(['-'], { stdin: Readable.from([Buffer.from('Just text.')]) });
    expect(plain.docs[0]).toMatchObject({ id: 'stdin', input: '-', format: 'text', text: 'Just text.' });
  });

  it('sniffs the format of files without a known extension', async () => {
    const h = tmp.write('sniff/page', '<!doctype html><html><article><p>Sniffed page.</p></article></html>');
    const j = tmp.write('sniff/data.dat', '[{"text":"Sniffed JSON."}]');
    const { docs } = await readAll([h, j], { htmlExtractor: fakeExtractor(tmp) });
    expect(docs.map((d) => d.format)).toEqual(['html', 'json']);
  });
});

describe('ids', () => {
  it('renames duplicate ids with ~2 and warns naming both inputs', async () => {
    const a = tmp.write('dup/one/report.txt', 'First.');
    const b = tmp.write('dup/two/report.md', 'Second.');
    const c = tmp.write('dup/three/report.txt.gz', gzipSync('Third.'));
    const { docs, problems } = await readAll([tmp.path('dup')]);
    expect(docs.map((d) => [d.id, d.text])).toEqual([
      ['report', 'First.'],
      ['report~2', 'Third.'],
      ['report~3', 'Second.'],
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ severity: 'warning', code: 'duplicate-id', input: c });
    expect(problems[0]!.message).toContain(a);
    expect(problems[1]!.input).toBe(b);
  });
});

describe('readAllInputs', () => {
  it('collects the documents and problems of a batch, and still calls onProblem', async () => {
    const { readAllInputs } = await import('../../src/ingest/index.js');
    const ok = tmp.write('all/ok.txt', 'Fine.');
    const seen: string[] = [];
    const r = await readAllInputs([ok, tmp.path('all/missing.txt')], {
      onProblem: (p) => seen.push(p.input),
    });
    expect(r.documents.map((d) => d.id)).toEqual(['ok']);
    expect(r.problems.map((p) => p.code)).toEqual(['missing']);
    expect(seen).toEqual([tmp.path('all/missing.txt')]);
  });
});
