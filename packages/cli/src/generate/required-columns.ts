import { variableMayBeEmpty, type Locale, type VariableSpec } from '@invite-lint/core/internal';
import { closestColumn } from '@invite-lint/csv';
import { say } from '../messages.js';
import { UsageError } from '../usage-error.js';

// A header is the user's file: quote enough of it to recognise, not a whole hostile line.
const SHOWN_COLUMNS = 8;
const SHOWN_COLUMN_LENGTH = 30;

/**
 * Stop the run, before any row, when the CSV cannot fill the template: a header none of whose
 * columns the template uses (a file whose first line is data, or a lead list named in words
 * not known here), or a variable the notes need with no column and no `--set`.
 */
export function requireColumns(
  file: string,
  header: readonly string[],
  names: readonly string[],
  template: { variables: readonly string[]; declared: Readonly<Record<string, VariableSpec>> },
  set: ReadonlyMap<string, string>,
  locale: Locale,
): void {
  const needed = template.variables.filter((name) => !set.has(name));
  const missing = needed.filter((name) => !names.includes(name));
  if (needed.length > 0 && missing.length === needed.length) {
    const shown = header.slice(0, SHOWN_COLUMNS).map((column) => (column.length > SHOWN_COLUMN_LENGTH ? `${column.slice(0, SHOWN_COLUMN_LENGTH)}…` : column));
    if (header.length > SHOWN_COLUMNS) shown.push('…');
    const variable = needed.find((name) => closestColumn(name, header) !== undefined) ?? (needed[0] as string);
    const column = closestColumn(variable, header) ?? header[0] ?? 'Column';
    throw new UsageError(say(locale, 'headerMatchesNothing', { file, columns: shown.join(', '), variables: needed.join(', '), column, variable }));
  }
  const missingRequired = missing.filter((name) => !variableMayBeEmpty(name, template.declared));
  if (missingRequired.length > 0) {
    const hints = missingRequired.map((name) => `\`${name}\` (--map "${closestColumn(name, header) ?? 'Your column'}=${name}")`);
    throw new UsageError(`${file} has no column for ${hints.join(', ')}: the template needs it. Add the column or map one to it.`);
  }
}
