// A CSV cell that starts with = + - @, a tab or a carriage return is read as a formula by
// spreadsheets (Excel, LibreOffice, Google Sheets), which can run commands or send data
// away. Article text and outlet names are written by others, so such cells get a leading
// single quote, as OWASP recommends: the spreadsheet then shows the text and runs nothing.
// https://owasp.org/www-community/attacks/CSV_Injection
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 CSV (quoting by csv-stringify) with every text cell, header cells included, neutralised. Numbers are written as numbers. */
export function toCsv(rows: (string | number)[][]): string {
  return stringify(rows, { cast: { string: neutraliseFormula } });
}
