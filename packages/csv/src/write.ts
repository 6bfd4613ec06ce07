import { stringify as stringifySync } from 'csv-stringify/sync';

// A cell a spreadsheet would run as a formula: =, +, -, @, a tab or a carriage return first.
const FORMULA_START = /^[=+\-@\t\r]/;

/** OWASP's advice: prefix such a cell with a single quote so it is shown as text. */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function writerOptions(columns: readonly string[], header: boolean) {
  return { header, columns: [...columns], cast: { string: formulaSafe }, record_delimiter: 'unix' as const };
}

/**
 * CSV text for records (RFC 4180 quoting, every string cell formula-safe), with the header line
 * unless `header` is false: a report written a batch at a time gives it with the first batch only.
 */
export function csvText(columns: readonly string[], records: readonly Record<string, unknown>[], header = true): string {
  return stringifySync(records as Record<string, unknown>[], writerOptions(columns, header));
}
