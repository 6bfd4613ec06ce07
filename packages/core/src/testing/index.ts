// `@invite-lint/core/testing`: what a plugin's author needs to test rules (kept out of the main entry).
export { LIBRARY_HELPERS, RuleTester, runRule, type ExpectedError, type InvalidCase, type ValidCase } from './rule-tester.js';
export type { PluginRule } from '../engine/plugin-rule.js';
