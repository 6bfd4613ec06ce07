import type { TemplateHelper } from '@invite-lint/core/internal';

/**
 * What the engine needs to know of the library's helpers (names and roles), as data. A module
 * of its own so that linting does not load Handlebars.
 */
export const helperSpecs: readonly TemplateHelper[] = [
  { name: 'default', role: 'fallback' },
  { name: 'first', role: 'transform' },
  { name: 'nameCase', role: 'transform' },
  { name: 'join', role: 'transform' },
];
