import type { Rule } from '../engine/rule.js';
import maxLength from './max-length/index.js';
import nearMaxLength from './near-max-length/index.js';
import noDefaultText from './no-default-text/index.js';
import noPlaceholderLeft from './no-placeholder-left/index.js';
import noUndeclaredVariable from './no-undeclared-variable/index.js';
import noUnsafeTemplate from './no-unsafe-template/index.js';
import requireContext from './require-context/index.js';
import requireFallback from './require-fallback/index.js';
import requireReason from './require-reason/index.js';
import requireSharedContact from './require-shared-contact/index.js';

export const rules: readonly Rule[] = [
  noDefaultText,
  requireReason,
  requireSharedContact,
  requireContext,
  maxLength,
  nearMaxLength,
  noPlaceholderLeft,
  noUndeclaredVariable,
  requireFallback,
  noUnsafeTemplate,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
