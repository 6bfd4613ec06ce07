import { countCharacters, defaultMaxLength, variableMayBeEmpty, type Locale, type VariableSpec } from '@invite-lint/core/internal';
import { say } from '../messages.js';
import { nearName } from '../near-name.js';
import { UsageError } from '../usage-error.js';
import { placeholderShapes } from './row-checks.js';

/**
 * `--set name=value` (repeatable): the name up to the first `=` (a value may hold one), the
 * value after it, trimmed as row values are. Read before any file, so a slip stops the run first.
 */
export function parseSetValues(entries: readonly string[], locale: Locale): Map<string, string> {
  const values = new Map<string, string>();
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const name = entry.slice(0, equals).trim();
    if (equals === -1 || name === '') throw new UsageError(say(locale, 'setNoEquals', { entry }));
    values.set(name, entry.slice(equals + 1).trim());
  }
  return values;
}

/**
 * What a `--set` value can get wrong, checked once rather than in every row it would fill: a
 * variable the template does not use (with the closest it does), and, as for row values, an
 * empty value where one is needed or a placeholder. Those stop the run (UsageError); a value
 * over the variable's maximum length is a warning, returned, since each note's length is checked.
 */
export function checkSetValues(
  values: ReadonlyMap<string, string>,
  variables: readonly string[],
  declared: Readonly<Record<string, VariableSpec>>,
  locale: Locale,
  // How messages name where a value came from: the option here, an argument in the MCP server.
  label: (name: string) => string = (name) => `--set ${name}`,
): string[] {
  const warnings: string[] = [];
  for (const [name, value] of values) {
    const what = label(name);
    if (!variables.includes(name)) {
      const near = nearName(name, variables);
      const suggestion = near === undefined ? '' : say(locale, 'didYouMean', { name: near });
      throw new UsageError(say(locale, 'setUnknown', { what, name, suggestion, variables: variables.map((variable) => `\`${variable}\``).join(', ') }));
    }
    if (value === '' && !variableMayBeEmpty(name, declared)) throw new UsageError(say(locale, 'setEmpty', { what }));
    const [shape] = placeholderShapes(value);
    if (shape !== undefined) throw new UsageError(say(locale, 'setPlaceholder', { what, shape }));
    const max = (Object.hasOwn(declared, name) ? declared[name]?.maxLength : undefined) ?? defaultMaxLength(name);
    const length = countCharacters(value);
    if (length > max) warnings.push(say(locale, 'setTooLong', { what, length, max }));
  }
  return warnings;
}
