import type { RulesConfig } from './engine/rules-config.js';
import { rules } from './rules/index.js';

/** Every rule at the severity its docs give: judgement and mechanical rules as errors, hints as warnings (DESIGN.md). */
export const recommended: Readonly<RulesConfig> = Object.fromEntries(
  rules.flatMap((rule) => (rule.meta.docs.recommended ? [[rule.meta.id, rule.meta.docs.recommended]] : [])),
);

export const presets: Readonly<Record<string, Readonly<RulesConfig>>> = { recommended };
