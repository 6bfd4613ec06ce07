import { describe, it } from 'vitest';
import type { Rule } from '../internal.js';
import { RuleTester, type InvalidCase, type ValidCase } from '../testing/index.js';

export { LIBRARY_HELPERS, runRule, type ExpectedError, type InvalidCase, type ValidCase } from '../testing/index.js';

// The built-in rules are tested with the public tester, as a plugin's are.
RuleTester.describe = describe;
RuleTester.it = it;

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  new RuleTester().run(rule.meta.id, rule, cases);
}
