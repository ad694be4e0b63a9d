// How spreadsheets read CSV, for the tests that prove an export cannot run a formula.

/**
 * Reads CSV as a spreadsheet does (Excel, LibreOffice): a cell that opens with a quote runs to its
 * closing quote (`""` is a quote) and what follows, up to the separator, is added as it is; any
 * other cell runs to the separator or line break. (d3-dsv instead takes the character after a
 * closing quote as a separator, which no spreadsheet does.)
 */
export function spreadsheetRead(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] !== '"') cell += text[i];
        else if (text[i + 1] === '"') cell += text[i++];
        else {
          i++;
          break;
        }
      }
    }
    while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    row.push(cell);
    if (i >= text.length) return [...rows, row];
    if (text[i] === separator) {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
  }
}

/** A cell a spreadsheet would run: a formula trigger first, after any spaces or quotes. */
export const runsAsFormula = (cell: string): boolean => /^[\s"]*[=+\-@]/.test(cell);
