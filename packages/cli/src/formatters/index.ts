import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { LintResult } from '@invite-lint/core/internal';
import { visible } from '../visible.js';
import type { FormatterName } from './names.js';
import type { Formatter } from './types.js';

/** The results with every text a stranger may have written (a note quoted in a message, a file name) made visible. */
function visibleResults(results: readonly LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    filePath: visible(result.filePath),
    messages: result.messages.map((message) => ({ ...message, message: visible(message.message) })),
  }));
}

/** A format that prints text: control characters in what it prints are made visible. JSON and SARIF escape them already. */
const printed = (formatter: Formatter): Formatter => (results, context) => formatter(visibleResults(results), context);

export const formatters: Readonly<Record<FormatterName, Formatter>> = {
  stylish: printed(stylish),
  json,
  compact: printed(compact),
  github: printed(github),
  junit: printed(junit),
  sarif,
};
export type { Formatter, FormatterContext, RuleInfo } from './types.js';
