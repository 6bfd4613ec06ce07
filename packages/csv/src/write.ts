import { stringify as stringifySync } from 'csv-stringify/sync';

// A cell a spreadsheet would run as a formula: =, +, -, @, a tab, a carriage return or a NUL
// first (some spreadsheets drop a leading NUL and read what follows).
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** OWASP's advice: prefix such a cell with a single quote so it is shown as text. */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const cast = { string: formulaSafe };

/**
 * CSV text for records (RFC 4180 quoting, every string cell formula-safe), with the header line
 * unless `header` is false: a report written a batch at a time gives it with the first batch only.
 */
export function csvText(columns: readonly string[], records: readonly Record<string, unknown>[], header = true): string {
  return stringifySync(records as Record<string, unknown>[], { header, columns: [...columns], cast, record_delimiter: 'unix' });
}

/** CSV text for rows of cells given in order, formula-safe the same way: for headers that may repeat a name. */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return stringifySync(rows as string[][], { cast, record_delimiter: 'unix' });
}
