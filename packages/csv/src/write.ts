import { stringify, type Stringifier } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

// A cell a spreadsheet would run as a formula: =, +, -, @, a tab or a carriage return first.
const FORMULA_START = /^[=+\-@\t\r]/;

/** OWASP's advice: prefix such a cell with a single quote so it is shown as text. */
export function formulaSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A CSV writer (RFC 4180 quoting) whose every string cell is formula-safe. */
export function csvWriter(columns: readonly string[]): Stringifier {
  return stringify(writerOptions(columns));
}

function writerOptions(columns: readonly string[]) {
  return { header: true, columns: [...columns], cast: { string: formulaSafe }, record_delimiter: 'unix' as const };
}

/** The same, for a report held in memory: the whole CSV text at once. */
export function csvText(columns: readonly string[], records: readonly Record<string, unknown>[]): string {
  return stringifySync(records as Record<string, unknown>[], writerOptions(columns));
}
