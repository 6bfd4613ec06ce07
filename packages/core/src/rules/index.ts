import type { Rule } from '../engine/rule.js';
import maxLength from './max-length/index.js';
import nearMaxLength from './near-max-length/index.js';
import noPlaceholderLeft from './no-placeholder-left/index.js';

export const rules: readonly Rule[] = [maxLength, nearMaxLength, noPlaceholderLeft];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
