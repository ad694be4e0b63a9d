import { dsvFormat } from 'd3-dsv';

/**
 * CSV rules for importing leads into a campaign and exporting its members, written once.
 * Parsing and quoting are d3-dsv's (RFC 4180, a well-kept ES module); this file adds what a
 * marketing team's files need: encodings, delimiter detection, header matching in the kit's
 * languages, a size limit before parsing, and export that Excel opens and cannot be tricked by.
 */

/** Files larger than this are refused before they are read. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'windows-1251' | 'windows-1252' | 'iso-8859-2' | 'utf-16le';

export class CsvTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`The file is ${size} bytes; the limit is ${limit}`);
    this.name = 'CsvTooLargeError';
  }
}

/** Decodes file bytes: a UTF-8 (or UTF-16LE) BOM wins; otherwise the chosen encoding. */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array, encoding: CsvEncoding = 'utf-8', limit = MAX_CSV_BYTES): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (view.byteLength > limit) throw new CsvTooLargeError(view.byteLength, limit);
  if (view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) return new TextDecoder('utf-8').decode(view.subarray(3));
  if (view[0] === 0xff && view[1] === 0xfe) return new TextDecoder('utf-16le').decode(view.subarray(2));
  return new TextDecoder(encoding).decode(view);
}

/** `,` or `;` (spreadsheets in French, Ukrainian, Russian or Romanian locales save `;`), or tab. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  const counts: [',' | ';' | '\t', number][] = [[',', count(',')], [';', count(';')], ['\t', count('\t')]];
  return counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ',';
}

/** Rows of a CSV text as arrays of cells (the first row is the header). */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  return dsvFormat(delimiter).parseRows(text.replace(/^\ufeff/, ''));
}

/** Header names, in the kit's six languages, that map to each lead field. */
const HEADER_ALIASES: Record<string, string[]> = {
  firstName: ['first name', 'firstname', 'first', 'given name', 'имя', 'імʼя', "ім'я", 'імя', 'prénom', 'prenom', 'tên', 'prenume'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'фамилия', 'прізвище', 'nom', 'nom de famille', 'họ', 'nume', 'nume de familie'],
  email: ['email', 'e-mail', 'email address', 'mail', 'электронная почта', 'почта', 'електронна пошта', 'пошта', 'courriel', 'adresse e-mail', 'địa chỉ email', 'adresă de e-mail', 'adresa de e-mail'],
  phone: ['phone', 'telephone', 'mobile', 'телефон', 'téléphone', 'điện thoại', 'số điện thoại', 'telefon'],
  company: ['company', 'organization', 'organisation', 'account', 'компания', 'организация', 'компанія', 'організація', 'entreprise', 'société', 'công ty', 'companie', 'firmă', 'firma'],
  title: ['title', 'job title', 'position', 'должность', 'посада', 'fonction', 'poste', 'chức danh', 'chức vụ', 'funcție', 'functie'],
  industry: ['industry', 'отрасль', 'галузь', 'secteur', 'ngành', 'domeniu', 'industrie'],
  employees: ['employees', 'number of employees', 'число сотрудников', 'кількість працівників', 'employés', "nombre d'employés", 'số nhân viên', 'număr de angajați', 'angajați'],
  country: ['country', 'страна', 'країна', 'pays', 'quốc gia', 'țară', 'tara'],
  website: ['website', 'web site', 'url', 'сайт', 'вебсайт', 'веб-сайт', 'site web', 'trang web', 'site'],
  description: ['message', 'description', 'notes', 'comment', 'сообщение', 'повідомлення', 'commentaire', 'lời nhắn', 'ghi chú', 'mesaj', 'descriere'],
};

const normalizeHeader = (h: string) => h.normalize('NFC').trim().toLocaleLowerCase().replace(/[_\s]+/g, ' ').replace(/’/g, 'ʼ');

/** The lead field each column maps to (undefined: not imported), matched by header name. */
export function matchHeaders(headers: string[]): (string | undefined)[] {
  const taken = new Set<string>();
  return headers.map((h) => {
    const key = normalizeHeader(h);
    const field = Object.entries(HEADER_ALIASES).find(([f, aliases]) => !taken.has(f) && (normalizeHeader(f) === key || aliases.some((a) => normalizeHeader(a) === key)))?.[0];
    if (field) taken.add(field);
    return field;
  });
}

/** Rows as lead field objects, using a column -> field mapping (undefined columns are skipped). */
export function rowsToLeads(rows: string[][], mapping: (string | undefined)[]): Record<string, string | number>[] {
  return rows.map((row) => {
    const lead: Record<string, string | number> = {};
    mapping.forEach((field, i) => {
      const value = row[i]?.trim();
      if (!field || !value) return;
      lead[field] = field === 'employees' && /^\d+$/.test(value) ? Number(value) : value;
    });
    return lead;
  });
}

/**
 * Where a reader may start a cell — the cell's start, and after each separator (`,` `;` tab) or
 * line break inside it — followed, maybe after spaces or quotes, by a formula trigger (`=` `+` `-`
 * `@`: OWASP CSV injection).
 */
const FORMULA_AT_CELL_START = /(^|[,;\t\r\n])(?=[ "]*[=+\-@])/g;
/** Cells containing any of these are quoted (every reader's separators, line breaks, quotes). */
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * A cell as text no spreadsheet runs, whichever separator it reads with: an apostrophe goes
 * before a formula trigger at the start (`=` `+` `-` `@`, after any spaces or quotes; and before a
 * leading tab or line break), and at every point inside the cell where a reader with another
 * separator would start a cell (`x;=HYPERLINK(…)` → `x;'=HYPERLINK(…)`). Line breaks are made
 * CRLF first, so the neutralized cell is what is written.
 */
export function neutralizeCell(value: string): string {
  const text = value.replace(/\r\n|\r|\n/g, '\r\n');
  return (/^[\t\r\n]/.test(text) ? `'${text}` : text).replace(FORMULA_AT_CELL_START, "$1'");
}

/** One cell as written: neutralized, and quoted when it holds any reader's separator, a line break or a quote. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = neutralizeCell(value === null || value === undefined ? '' : String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text with a UTF-8 BOM (Excel then reads Cyrillic and Vietnamese correctly) and CRLF line
 * ends, safe to open in a spreadsheet whatever its list separator: every export and every
 * import error report is written by this one function.
 */
export function formatCsv(header: string[], rows: (string | number | boolean | null | undefined)[][], delimiter: ',' | ';' = ','): string {
  return `\ufeff${[header, ...rows].map((r) => r.map(csvCell).join(delimiter)).join('\r\n')}\r\n`;
}
