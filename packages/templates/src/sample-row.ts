import type { VariableSpec } from '@invite-lint/core/internal';
import type { Row } from './environment.js';

/** The row a template declares as its example: each variable's sample. */
export function sampleRow(template: { variables: Readonly<Record<string, VariableSpec>> }): Row {
  return Object.fromEntries(Object.entries(template.variables).map(([name, spec]) => [name, spec.sample ?? '']));
}
