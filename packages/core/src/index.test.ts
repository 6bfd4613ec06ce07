import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';

// The main entry is a promise to plugins and other tools: changing it must be a decision.
describe("@invite-lint/core's exports", () => {
  it('are the engine, defineRule and the presets at run time', () => {
    expect(Object.keys(core).sort()).toEqual(['defineRule', 'lint', 'lintAndFix', 'presets', 'recommended']);
  });

  it('are these names, types included', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    const names = [...source.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap((match) => (match[1] ?? '').split(',').map((name) => name.trim().replace(/^type /, '')));
    expect(names.sort()).toEqual(
      [
        'Account', 'Degree', 'Evidence', 'Fix', 'FixResult', 'Language', 'LintData', 'LintedNote', 'LintMessage', 'LintOptions', 'LintResult', 'Locale',
        'NoteSettings', 'OptionsSchema', 'PlacedEvidence', 'PlacedNote', 'PluginRule', 'Report', 'ResolvedSettings', 'ResultMessage', 'Rule', 'RuleContext',
        'RuleMeta', 'RuleSetting', 'RulesConfig', 'SeverityName', 'Suggestion', 'TemplateHelper', 'TemplateScope', 'VariableSpec',
        'defineRule', 'lint', 'lintAndFix', 'presets', 'recommended',
      ].sort(),
    );
    // Nothing re-exported wholesale: every name is listed above.
    expect(source).not.toMatch(/^export \*/m);
  });
});
