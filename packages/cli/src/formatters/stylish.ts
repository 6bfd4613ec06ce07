import { relative } from 'node:path';
import { styleText } from 'node:util';
import { plural, say } from '../messages.js';
import type { Formatter } from './types.js';

type Style = Parameters<typeof styleText>[0];

/** ESLint's default look: a block per file, aligned columns, a total at the end. */
export const stylish: Formatter = (results, { cwd, color, locale }) => {
  const paint = (style: Style, text: string) => (color ? styleText(style, text) : text);
  const blocks: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((message) => [
      `${message.line}:${message.column}`,
      message.severity === 2 ? 'error' : 'warning',
      plural(locale, message.severity === 2 ? 'error' : 'warning', 1),
      message.message,
      message.ruleId ?? '',
    ]);
    // A loop, not Math.max(...): a file can hold hundreds of thousands of messages.
    const width = (column: number) => rows.reduce((widest, row) => Math.max(widest, (row[column] ?? '').length), 0);
    const [place, level] = [width(0), width(2)];
    const lines = rows.map(([position = '', severity = '', label = '', text = '', rule = '']) =>
      [
        '',
        paint('dim', position.padEnd(place)),
        paint(severity === 'error' ? 'red' : 'yellow', label.padEnd(level)),
        text,
        paint('dim', rule),
      ]
        .join('  ')
        .trimEnd(),
    );
    blocks.push(`${paint('underline', relative(cwd, result.filePath) || result.filePath)}\n${lines.join('\n')}`);
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = say(locale, 'summary', {
    count: total,
    problems: plural(locale, 'problem', total),
    errors,
    errorWord: plural(locale, 'error', errors),
    warnings,
    warningWord: plural(locale, 'warning', warnings),
  });
  const fixHint = fixable > 0 ? `\n  ${say(locale, 'fixable', { count: fixable, problems: plural(locale, 'problem', fixable) })}` : '';
  return `\n${blocks.join('\n\n')}\n\n${paint(['red', 'bold'], summary)}${fixHint}\n`;
};
