import type { RulesConfig } from './engine/rules-config.js';

/** Every rule on: the judgement and mechanical rules as errors, hints as warnings (DESIGN.md). */
export const recommended: Readonly<RulesConfig> = {
  'no-default-text': 'error',
  'require-reason': 'error',
  'require-shared-contact': 'error',
  'require-context': 'error',
  'max-length': 'error',
  'near-max-length': 'warn',
  'no-placeholder-left': 'error',
  'no-undeclared-variable': 'error',
  'require-fallback': 'error',
  'no-unsafe-template': 'error',
};

export const presets: Readonly<Record<string, Readonly<RulesConfig>>> = { recommended };
