/** `off | warn | error`, ESLint's numbers, or `[severity, options]`: the one place severity is coerced. */
export type SeverityName = 'off' | 'warn' | 'error';
export type SeverityLevel = 0 | 1 | 2;
export type RuleSetting = SeverityName | SeverityLevel | [SeverityName | SeverityLevel, Record<string, unknown>?];
export type RulesConfig = Record<string, RuleSetting>;

const LEVELS: Readonly<Record<SeverityName, SeverityLevel>> = { off: 0, warn: 1, error: 2 };

export function severityOf(setting: RuleSetting | undefined): SeverityLevel {
  const value = Array.isArray(setting) ? setting[0] : setting;
  if (value === undefined) return 0;
  return typeof value === 'number' ? value : LEVELS[value];
}

export function optionsOf(setting: RuleSetting | undefined): Record<string, unknown> | undefined {
  return Array.isArray(setting) ? setting[1] : undefined;
}
