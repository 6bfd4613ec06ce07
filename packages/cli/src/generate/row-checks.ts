import { findPlaceholders, optionsWithDefaults, ruleById, severityOf, variableMayBeEmpty, type Locale, type PlaceholderSyntax, type Rule, type RulesConfig, type SeverityLevel, type VariableSpec } from '@invite-lint/core/internal';
import { say } from '../messages.js';
import { nameFindings } from './name-checks.js';
import type { RowFinding } from './row-finding.js';

export type { RowFinding };

/**
 * The rules a row's values can break that lint also runs on the template (max-length,
 * near-max-length, no-placeholder-left), at the severity and with the options the template ran
 * them with: 0 is off. A row is a note lint already checked but for its values, so only these are
 * checked again, without running the rules on every row.
 */
export interface RowLengthRules {
  overLimit: SeverityLevel;
  nearLimit: SeverityLevel;
  /** How close to the limit is worth a warning (near-max-length's `margin`). */
  margin: number;
  placeholderLeft: SeverityLevel;
}

export function rowLengthRules(rules: Readonly<RulesConfig>): RowLengthRules {
  const nearMaxLength = ruleById.get('near-max-length') as Rule;
  return {
    overLimit: severityOf(rules['max-length']),
    nearLimit: severityOf(rules['near-max-length']),
    margin: (optionsWithDefaults(nearMaxLength, rules['near-max-length']) as { margin: number }).margin,
    placeholderLeft: severityOf(rules['no-placeholder-left']),
  };
}

export interface RowRules extends RowLengthRules {
  limit: number;
  /** The variables the template reads. */
  variables: readonly string[];
  /** Those of them no row may leave empty (see `requiredVariables`). */
  required: readonly string[];
  /** Every field a row has, in the order of its keys. */
  fields: readonly string[];
  locale: Locale;
}

/** The variables no row may leave empty, by what they declare: the same for every row, so worked out once. */
export function requiredVariables(variables: readonly string[], declared: Readonly<Record<string, VariableSpec>>): string[] {
  return variables.filter((name) => !variableMayBeEmpty(name, declared));
}

// Every placeholder syntax needs one of these (see findPlaceholders).
const PLACEHOLDER_CHARACTERS = /[[\]{}%<>_#|]/;

/** How a message shows a placeholder a value holds: by its shape, never its text (personal data). */
const SHAPES: Readonly<Record<PlaceholderSyntax, string>> = {
  mustache: '{{…}}',
  spin: '{% spin %}…{% endspin %}',
  jinja: '{% … %}',
  dollar: '${…}',
  format: '%s, {}',
  erb: '<%= … %>',
  square: '[…]',
  curly: '{…}',
  percent: '%…%',
  hash: '#…#',
  merge: '*|…|*',
  paren: '(…)',
  angle: '<…>',
  caps: 'WORDS_IN_CAPITALS',
  blank: '____',
};

// C0 and C1 controls and DEL (tab and line breaks aside): data does not carry them into a note.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_NAMES: Readonly<Record<string, string>> = { '\u0000': 'NUL', '\u001b': 'ESC', '\u007f': 'DEL' };
// A profile address, not javascript: or data: that a tool importing the file could follow.
const WEB_ADDRESS = /^https?:\/\//i;

/**
 * What a row's values can change, checked per row after the template was checked once:
 * empty required values, the length against the limit, placeholders that came in with the
 * data, names as the note would say them. Messages cite column names, not the values (personal
 * data), except where the value is the finding: a name written in a way the note should not say.
 * `length` is the note's (countCharacters), which the caller has counted for its record.
 */
export function checkRow(note: string, length: number, row: Readonly<Record<string, string>>, rules: RowRules): RowFinding[] {
  const findings: RowFinding[] = [];
  for (const name of rules.required) {
    if ((row[name] ?? '').trim() === '') findings.push({ ruleId: 'empty-value', severity: 2, message: say(rules.locale, 'emptyValue', { name }) });
  }
  // A template with text only inside {{#if}} can come out empty: LinkedIn would send no note.
  if (note.trim() === '') findings.push({ ruleId: 'empty-note', severity: 2, message: say(rules.locale, 'emptyNote') });
  if (length > rules.limit) {
    if (rules.overLimit) findings.push({ ruleId: 'max-length', severity: rules.overLimit, message: say(rules.locale, 'overLimit', { length, excess: length - rules.limit, limit: rules.limit }) });
  } else if (rules.nearLimit && rules.limit - length <= rules.margin) {
    findings.push({ ruleId: 'near-max-length', severity: rules.nearLimit, message: say(rules.locale, 'nearLimit', { length, left: rules.limit - length, limit: rules.limit }) });
  }
  // The template was checked once; only values can bring a placeholder in.
  if (rules.placeholderLeft) {
    for (const name of rules.variables) {
      for (const shape of placeholderShapes(row[name] ?? '')) {
        findings.push({ ruleId: 'no-placeholder-left', severity: rules.placeholderLeft, message: say(rules.locale, 'dataPlaceholder', { name, shape }) });
      }
    }
  }
  // The fields are known once for all rows: walking a row's own keys would list them anew for each.
  for (const name of rules.fields) {
    const control = CONTROL.exec(row[name] as string)?.[0];
    if (control === undefined) continue;
    const which = CONTROL_NAMES[control] ?? `U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    findings.push({ ruleId: 'control-character', severity: 2, message: say(rules.locale, 'dataControl', { name, which }) });
  }
  if (row.url && !WEB_ADDRESS.test(row.url.trim())) findings.push({ ruleId: 'unsafe-url', severity: 2, message: say(rules.locale, 'unsafeUrl') });
  nameFindings(note, row, rules.variables, rules.locale, findings);
  return findings;
}

/** The placeholders a value holds, each said by its shape (`{{…}}`, `[…]`), never by its text. */
export function placeholderShapes(value: string): string[] {
  if (!PLACEHOLDER_CHARACTERS.test(value)) return [];
  return findPlaceholders(value).map((placeholder) => SHAPES[placeholder.syntax]);
}

export function statusOf(findings: readonly RowFinding[]): 'ok' | 'warning' | 'error' {
  if (findings.length === 0) return 'ok';
  for (const finding of findings) if (finding.severity === 2) return 'error';
  return 'warning';
}
