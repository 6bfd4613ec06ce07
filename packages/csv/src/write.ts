import { stringify, type Stringifier } from 'csv-stringify';

// A cell a spreadsheet would run as a formula: =, +, -, @, a tab or a carriage return first.
const FORMULA_START = /^[=+\-@\t\r]/;

/** OWASP's advice: prefix such a cell with a single quote so it is shown as text. */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV writer (RFC 4180 quoting) whose every string cell is formula-safe. */
export function csvWriter(columns: readonly string[]): Stringifier {
  return stringify({ header: true, columns: [...columns], cast: { string: formulaSafe }, record_delimiter: 'unix' });
}
