import { lintAndFix } from '../engine/fix.js';
import { lint } from '../engine/lint.js';
import { ruleFromPlugin, type PluginRule } from '../engine/plugin-rule.js';
import { toLintResult, type ResultMessage } from '../engine/result.js';
import type { Rule } from '../engine/rule.js';
import type { NoteSettings, TemplateHelper } from '../settings.js';

export interface ValidCase {
  code: string;
  /** Picks the format: `note.txt` (default), `note.md`, `template.hbs`. */
  filename?: string;
  /** Defaults for what front matter may declare: degree, lang, account, limit, variables. */
  settings?: NoteSettings;
  /** The rule's options; each must be one its `meta.schema` declares. */
  options?: Record<string, unknown>;
  /** The CSV columns a template is filled from, when the case needs them. */
  columns?: string[];
  /** The template helpers the case may call (the library's when absent). */
  helpers?: readonly TemplateHelper[];
  /** A name for the test; the code's first characters when absent. */
  name?: string;
}

/** One finding the rule must report: which message (by id or wording), and optionally where. */
export interface ExpectedError {
  messageId?: string;
  message?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: 1 | 2;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The code after `--fix` applies the rule's fixes (`null`: nothing to fix); not checked when absent. */
  output?: string | null;
}

type Block = (name: string, body: () => void) => void;
type Test = (name: string, body: () => void | Promise<void>) => void;

const CASE_KEYS = new Set(['code', 'filename', 'settings', 'options', 'columns', 'helpers', 'name', 'errors', 'output']);
const ERROR_KEYS = new Set(['messageId', 'message', 'line', 'column', 'endLine', 'endColumn', 'severity']);
const POSITION_KEYS = ['line', 'column', 'endLine', 'endColumn', 'severity'] as const;

/** The template library's helpers (`@invite-lint/templates` owns them; a workspace test checks the two agree). */
export const LIBRARY_HELPERS: readonly TemplateHelper[] = [
  { name: 'default', role: 'fallback' },
  { name: 'first', role: 'transform' },
  { name: 'nameCase', role: 'transform' },
  { name: 'join', role: 'transform' },
];

/**
 * ESLint's RuleTester for invite-lint rules, built-in or a plugin's. Valid cases must produce
 * nothing; invalid ones exactly the findings listed, each named by `messageId` or `message`.
 * A case with an option the rule does not declare, an unknown key, or a twin is an error, as
 * in ESLint: a test that cannot fail is worse than none.
 *
 * It registers its tests with the runner's `describe` and `it` (vitest, mocha, node:test):
 * set `RuleTester.describe` and `RuleTester.it`, or let it find them as globals. Without any,
 * each case runs at once and the first failure throws.
 */
export class RuleTester {
  static describe: Block | undefined;
  static it: Test | undefined;

  run(id: string, rule: Rule | PluginRule, cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): void {
    const normalized = ruleFromPlugin(id, rule);
    if (typeof normalized === 'string') throw new Error(`RuleTester: the rule ${id} ${normalized}.`);
    const describe = RuleTester.describe ?? (globalThis as { describe?: Block }).describe ?? ((_name: string, body: () => void) => body());
    const it = RuleTester.it ?? (globalThis as { it?: Test }).it ?? ((_name: string, body: () => void) => body());
    const seen = new Set<string>();
    describe(id, () => {
      for (const given of cases.valid) {
        const testCase = typeof given === 'string' ? { code: given } : given;
        const problem = caseProblem(normalized, testCase, seen, false);
        it(`passes: ${nameOf(testCase)}`, () => {
          if (problem) throw new Error(problem);
          const messages = runRule(normalized, testCase);
          if (messages.length > 0) throw new Error(`Expected no findings, got ${messages.length}:\n${messages.map(describeMessage).join('\n')}`);
        });
      }
      for (const testCase of cases.invalid) {
        const problem = caseProblem(normalized, testCase, seen, true);
        it(`fails: ${nameOf(testCase)}`, () => {
          if (problem) throw new Error(problem);
          checkInvalid(normalized, testCase);
        });
      }
    });
  }
}

/** Lint with `rule` alone, at `error`, and return the ESLint-shaped messages. */
export function runRule(rule: Rule, testCase: ValidCase): ResultMessage[] {
  return toLintResult(lint(testCase.code, lintOptions(rule, testCase))).messages;
}

function lintOptions(rule: Rule, testCase: ValidCase) {
  return {
    filePath: testCase.filename ?? 'note.txt',
    settings: testCase.settings ?? {},
    templates: { helpers: testCase.helpers ?? LIBRARY_HELPERS, columns: testCase.columns },
    rules: { [rule.meta.id]: ['error', testCase.options ?? {}] as ['error', Record<string, unknown>] },
    extraRules: new Map([[rule.meta.id, rule]]),
  };
}

/** What is wrong with a case itself (before running it), or undefined. */
function caseProblem(rule: Rule, testCase: ValidCase | InvalidCase, seen: Set<string>, invalid: boolean): string | undefined {
  const unknownKey = Object.keys(testCase).find((key) => !CASE_KEYS.has(key) || (!invalid && (key === 'errors' || key === 'output')));
  if (unknownKey !== undefined) return `Unknown key \`${unknownKey}\` in a ${invalid ? 'invalid' : 'valid'} case.`;
  const key = JSON.stringify(testCase);
  if (seen.has(key)) return 'Duplicate case: the same case is listed twice.';
  seen.add(key);
  const declared = rule.meta.schema.properties;
  const unknownOption = Object.keys(testCase.options ?? {}).find((name) => !Object.hasOwn(declared, name));
  if (unknownOption !== undefined) return `Unknown option \`${unknownOption}\`: ${rule.meta.id} declares ${Object.keys(declared).join(', ') || 'none'}.`;
  if (!invalid) return undefined;
  const { errors } = testCase as InvalidCase;
  if (!Array.isArray(errors) || errors.length === 0) return 'An invalid case lists at least one expected error.';
  for (const [index, expected] of errors.entries()) {
    const badKey = Object.keys(expected).find((name) => !ERROR_KEYS.has(name));
    if (badKey !== undefined) return `Expected error ${index + 1} has an unknown key \`${badKey}\`.`;
    if (expected.messageId === undefined && expected.message === undefined) return `Expected error ${index + 1} must name its \`messageId\` or \`message\`.`;
    if (expected.messageId !== undefined && !Object.hasOwn(rule.meta.messages.en, expected.messageId)) {
      return `Expected error ${index + 1} names messageId \`${expected.messageId}\`, which ${rule.meta.id} does not have (it has ${Object.keys(rule.meta.messages.en).join(', ')}).`;
    }
  }
  return undefined;
}

function checkInvalid(rule: Rule, testCase: InvalidCase): void {
  const messages = runRule(rule, testCase);
  const listing = () => messages.map(describeMessage).join('\n');
  if (messages.length !== testCase.errors.length) throw new Error(`Expected ${testCase.errors.length} finding(s), got ${messages.length}:\n${listing()}`);
  testCase.errors.forEach((expected, index) => {
    const actual = messages[index] as ResultMessage;
    const where = `Finding ${index + 1}`;
    if (actual.ruleId !== rule.meta.id) throw new Error(`${where} is not the rule's own: ${describeMessage(actual)}`);
    if (expected.messageId !== undefined && actual.messageId !== expected.messageId) throw new Error(`${where}: expected messageId ${expected.messageId}, got ${actual.messageId}.`);
    if (expected.message !== undefined && actual.message !== expected.message) throw new Error(`${where}: expected message "${expected.message}", got "${actual.message}".`);
    for (const key of POSITION_KEYS) {
      if (expected[key] !== undefined && actual[key] !== expected[key]) throw new Error(`${where}: expected ${key} ${expected[key]}, got ${actual[key]}.`);
    }
  });
  if (testCase.output === undefined) return;
  const fixed = lintAndFix(testCase.code, lintOptions(rule, testCase));
  const expected = testCase.output ?? testCase.code;
  if (fixed.output !== expected) throw new Error(`Expected the fixed code to be:\n${expected}\nbut it is:\n${fixed.output}`);
}

function describeMessage(message: ResultMessage): string {
  return `  ${message.line}:${message.column} ${message.ruleId ?? '(no rule)'} ${message.messageId ?? ''} ${message.message}`;
}

function nameOf(testCase: ValidCase): string {
  return testCase.name ?? JSON.stringify(testCase.code).slice(0, 70);
}
