import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readAll, TmpDir, fakeExtractor } from './helpers.js';

const tmp = new TmpDir();
afterAll(() => tmp.remove());

const RU =
  'Переговоры между делегациями России и Украины прошли в Стамбуле во дворце Чыраган. Стороны договорились об обмене пленными и передаче тел погибших военнослужащих. Следующая встреча может пройти в конце июня, заявил глава делегации.';
const FR =
  "Les négociations entre les délégations se sont déroulées à Istanbul, au palais de Çırağan. Les deux parties ont convenu d'un échange de prisonniers et de la remise des corps des soldats tués. La prochaine réunion pourrait avoir lieu à la fin du mois de juin, a déclaré le chef de la délégation.";
const FR_LATIN1 = FR.replace(/Çırağan/, 'Ciragan');
const DE =
  'Die Gespräche zwischen den Delegationen fanden in Istanbul statt. Beide Seiten einigten sich auf einen Austausch von Gefangenen und auf die Übergabe der Leichen gefallener Soldaten. Das nächste Treffen könnte Ende Juni stattfinden, sagte der Leiter der Delegation.';

describe('encodings', () => {
  it('reads UTF-8 with and without a BOM', async () => {
    const bom = tmp.write('enc/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FR)]));
    const plain = tmp.write('enc/plain.txt', FR);
    const { docs, problems } = await readAll([bom, plain]);
    expect(problems).toEqual([]);
    expect(docs[0]!.text).toBe(FR);
    expect(docs[1]!.text).toBe(FR);
    expect(docs[0]!.language).toBe('fr');
  });

  it('reads UTF-16 LE and BE, with a BOM or sniffed', async () => {
    const le = iconv.encode(DE, 'utf-16le');
    const be = iconv.encode(DE, 'utf-16be');
    const files = [
      tmp.write('enc/le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le])),
      tmp.write('enc/be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])),
      tmp.write('enc/le.txt', le),
      tmp.write('enc/be.txt', be),
    ];
    const { docs, problems } = await readAll(files);
    // the sniffed ones were a guess, and say so
    expect(problems).toEqual([
      expect.objectContaining({ input: files[2], severity: 'warning', code: 'encoding-guessed' }),
      expect.objectContaining({ input: files[3], severity: 'warning', code: 'encoding-guessed' }),
    ]);
    expect(docs.map((d) => d.text)).toEqual([DE, DE, DE, DE]);
    expect(docs[0]!.language).toBe('de');
  });

  it('detects Windows-1251 and decodes it', async () => {
    const f = tmp.write('enc/cp1251.txt', iconv.encode(RU, 'win1251'));
    const { docs, problems } = await readAll([f]);
    expect(problems).toEqual([expect.objectContaining({ input: f, code: 'encoding-guessed' })]);
    expect(problems[0]!.message).toMatch(/decoded as windows-1251, a guess/);
    expect(docs[0]!.text).toBe(RU);
    expect(docs[0]!.language).toBe('ru');
  });

  it('detects Latin-1 / Windows-1252 and decodes it', async () => {
    const f = tmp.write('enc/latin1.txt', iconv.encode(FR_LATIN1, 'latin1'));
    const g = tmp.write(
      'enc/cp1252.txt',
      iconv.encode(`${FR_LATIN1} Il a dit \u201cnon\u201d \u2014 ferme.`, 'win1252'),
    );
    const { docs, problems } = await readAll([f, g]);
    expect(problems.map((p) => [p.input, p.code])).toEqual([
      [f, 'encoding-guessed'],
      [g, 'encoding-guessed'],
    ]);
    expect(docs[0]!.text).toBe(FR_LATIN1);
    expect(docs[1]!.text).toContain('\u201cnon\u201d \u2014 ferme.');
  });

  it('decodes UTF-8 with a few broken bytes with U+FFFD and one warning', async () => {
    const good = Buffer.from(FR);
    const broken = Buffer.concat([good.subarray(0, 40), Buffer.from([0xff]), good.subarray(40)]);
    const f = tmp.write('enc/broken.txt', broken);
    const { docs, problems } = await readAll([f]);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.text).toContain('\ufffd');
    expect(docs[0]!.text).toContain('négociations entre');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ input: f, severity: 'warning', code: 'undecodable' });
  });

  it('respects the charset an HTML page declares', async () => {
    const html = `<html><head><meta charset="windows-1251"><title>Т</title></head><body><article><p>${RU}</p></article></body></html>`;
    const f = tmp.write('enc/page.html', iconv.encode(html, 'win1251'));
    const { docs, problems } = await readAll([f], { htmlExtractor: fakeExtractor(tmp) });
    expect(problems).toEqual([]);
    expect(docs[0]!.text).toBe(RU);
  });
});
