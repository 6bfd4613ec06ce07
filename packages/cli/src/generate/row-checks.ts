import { countCharacters, findPlaceholders, variableMayBeEmpty, type Locale, type VariableSpec } from '@invite-lint/core';
import { say } from '../messages.js';

export interface RowFinding {
  ruleId: string;
  severity: 1 | 2;
  message: string;
}

export interface RowRules {
  limit: number;
  /** How close to the limit is worth a warning (near-max-length's margin). */
  margin: number;
  /** The variables the template reads, and what they declare. */
  variables: readonly string[];
  declared: Readonly<Record<string, VariableSpec>>;
  locale: Locale;
}

const NAME_FIELDS = ['firstName', 'lastName'];
const LETTERS = /\p{L}/u;
// Every placeholder syntax needs one of these (see findPlaceholders).
const PLACEHOLDER_CHARACTERS = /[[\]{}%<>_#]/;

/**
 * What a row's values can change, checked per row after the template was checked once:
 * empty required values, the length against the limit, placeholders that came in with the
 * data, names in capitals. Messages cite column names, never the values (personal data).
 */
export function checkRow(note: string | undefined, row: Readonly<Record<string, string>>, rules: RowRules): RowFinding[] {
  const findings: RowFinding[] = [];
  for (const name of rules.variables) {
    if ((row[name] ?? '').trim() === '' && !variableMayBeEmpty(name, rules.declared)) {
      findings.push({ ruleId: 'empty-value', severity: 2, message: say(rules.locale, 'emptyValue', { name }) });
    }
  }
  if (note === undefined) return findings;
  // A template with text only inside {{#if}} can come out empty: LinkedIn would send no note.
  if (note.trim() === '') findings.push({ ruleId: 'empty-note', severity: 2, message: say(rules.locale, 'emptyNote') });
  const length = countCharacters(note);
  if (length > rules.limit) {
    findings.push({ ruleId: 'max-length', severity: 2, message: say(rules.locale, 'overLimit', { length, excess: length - rules.limit, limit: rules.limit }) });
  } else if (rules.limit - length <= rules.margin) {
    findings.push({ ruleId: 'near-max-length', severity: 1, message: say(rules.locale, 'nearLimit', { length, left: rules.limit - length, limit: rules.limit }) });
  }
  // The template was checked once; only values can bring a placeholder in.
  for (const name of rules.variables) {
    const value = row[name] ?? '';
    if (!PLACEHOLDER_CHARACTERS.test(value)) continue;
    for (const placeholder of findPlaceholders(value)) {
      const shape = placeholder.syntax === 'mustache' ? '{{…}}' : `${placeholder.raw.charAt(0)}…`;
      findings.push({ ruleId: 'no-placeholder-left', severity: 2, message: say(rules.locale, 'dataPlaceholder', { name, shape }) });
    }
  }
  for (const name of NAME_FIELDS) {
    const value = row[name]?.trim() ?? '';
    const shouting = LETTERS.test(value) && value === value.toUpperCase() && value.length > 1;
    const whispering = LETTERS.test(value) && value === value.toLowerCase();
    if ((shouting || whispering) && note.includes(value)) {
      findings.push({ ruleId: 'name-casing', severity: 1, message: say(rules.locale, shouting ? 'shouting' : 'whispering', { name }) });
    }
  }
  return findings;
}

export function statusOf(findings: readonly RowFinding[]): 'ok' | 'warning' | 'error' {
  if (findings.some((finding) => finding.severity === 2)) return 'error';
  return findings.length > 0 ? 'warning' : 'ok';
}
