import { relative } from 'node:path';
import type { Formatter } from './types.js';

// GitHub's workflow commands: data escapes %, CR and LF; properties also ':' and ','.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: each problem shows on the pull request's changed lines. */
export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relative(cwd, result.filePath) || result.filePath;
    for (const message of result.messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${message.line}`,
        `col=${message.column}`,
        ...(message.endLine !== undefined ? [`endLine=${message.endLine}`] : []),
        ...(message.endColumn !== undefined ? [`endColumn=${message.endColumn}`] : []),
        `title=${escapeProperty(message.ruleId ? `invite-lint (${message.ruleId})` : 'invite-lint')}`,
      ];
      lines.push(`::${message.severity === 2 ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
