import { describe, expect, it } from 'vitest';
import { lint, toLintResult, type NoteSettings, type Rule, type TemplateHelper } from '../index.js';

/**
 * The helpers rule docs and tests assume: the template library's (`@invite-lint/templates`
 * exports the real ones; a workspace test checks the two agree).
 */
export const LIBRARY_HELPERS: readonly TemplateHelper[] = [
  { name: 'default', role: 'fallback' },
  { name: 'first', role: 'transform' },
  { name: 'nameCase', role: 'transform' },
  { name: 'join', role: 'transform' },
];

export interface ValidCase {
  code: string;
  /** Picks the format: `note.txt` (default), `note.md`, `template.hbs`. */
  filename?: string;
  settings?: NoteSettings;
  options?: Record<string, unknown>;
  /** The CSV columns a template is filled from, when the case needs them. */
  columns?: string[];
}

export interface ExpectedFinding {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: 1 | 2;
  messageId?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

/** Lint with `rule` alone, at `error`, and return the ESLint-shaped messages. */
export function runRule(rule: Rule, testCase: ValidCase) {
  const file = lint(testCase.code, {
    filePath: testCase.filename ?? 'note.txt',
    settings: testCase.settings ?? {},
    templates: { helpers: LIBRARY_HELPERS, columns: testCase.columns },
    rules: { [rule.meta.id]: ['error', testCase.options ?? {}] },
  });
  return toLintResult(file).messages;
}

/**
 * ESLint's RuleTester, for vitest: valid cases must produce nothing, invalid ones exactly the
 * findings listed, checked by rule id, position and severity, never by wording.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const testCase of cases.valid) {
      it(`passes: ${JSON.stringify(testCase.code).slice(0, 70)}`, () => {
        expect(runRule(rule, testCase)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`fails: ${JSON.stringify(testCase.code).slice(0, 70)}`, () => {
        const messages = runRule(rule, testCase);
        expect(messages.map((message) => message.ruleId)).toEqual(testCase.errors.map(() => rule.meta.id));
        testCase.errors.forEach((expected, index) => expect(messages[index]).toMatchObject(expected));
      });
    }
  });
}
