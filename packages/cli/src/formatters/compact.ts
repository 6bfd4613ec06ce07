import type { Formatter } from './types.js';

/** ESLint's compact format: one line per problem, for grep and editors' error parsers. */
export const compact: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const level = message.severity === 2 ? 'Error' : 'Warning';
      lines.push(`${result.filePath}: line ${message.line}, col ${message.column}, ${level} - ${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`);
    }
  }
  const total = lines.length;
  return total === 0 ? '' : `${lines.join('\n')}\n\n${total} problem${total === 1 ? '' : 's'}\n`;
};
