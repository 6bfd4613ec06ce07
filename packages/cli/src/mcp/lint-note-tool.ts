import { lint, lintAndFix, measuredLength, rules, toLintResult, type LintOptions, type NoteSettings } from '@invite-lint/core/internal';
import { helperSpecs } from '@invite-lint/templates/specs';
import * as z from 'zod';
import { account, degree, lang, limit, locale, resultMessage, text } from './schemas.js';
import { defineTool } from './tool.js';

/** Each rule in a line of plain words, from the rules themselves, so the description never lags behind them. */
const RULES = rules.map((rule) => `- ${rule.meta.id}: ${rule.meta.description}`).join('\n');

const input = z.strictObject({
  text: text('The note exactly as it would be sent, or a template when kind is "template". It may start with YAML front matter between --- lines (degree, lang, account, limit, disable), which wins over the arguments below.'),
  degree: degree.optional(),
  account: account.optional(),
  limit: limit.optional(),
  lang: lang.optional(),
  locale: locale.optional(),
  kind: z
    .enum(['note', 'template'])
    .optional()
    .describe('note (the default): sent as written. template: Handlebars with {{variables}} filled per contact, checked with its sample values and with every variable at its longest.'),
});

const output = z.looseObject({
  messages: z.array(resultMessage).describe('The findings, in the order they occur in the text; positions are 1-based, in the text as sent.'),
  errorCount: z.number(),
  warningCount: z.number(),
  length: z.number().nullable().describe('The characters LinkedIn counts: the message after any front matter (a template: its rendering with the sample values). Null when the text could not be read.'),
  limit: z.number().nullable().describe('The character limit that applies: 300, 200 on free accounts, or the one given.'),
  worst: z.number().optional().describe('Templates: the length with every variable at its longest.'),
  output: z.string().optional().describe('The text with the certain fixes applied; present only when there was something to fix.'),
});

export const lintNoteTool = defineTool({
  name: 'lint_note',
  title: 'Check an invitation note',
  description: `Check a LinkedIn connection-invitation note (or a template of one) the way invite-lint does, before it is sent. Returns each finding with the rule that reported it, its severity (2: an error, the note should not be sent as it is; 1: a warning), where it is and what to do instead, and the note's length against LinkedIn's limit. A finding's suggestions need facts only the sender has (the name of the person you both know, the event): take them from the sender rather than making them up. Give degree when it is known: the rules on a shared contact (2nd degree) and on context (3rd degree) only run with it. The rules:\n${RULES}`,
  input,
  output,
  run(args, locale) {
    const settings: NoteSettings = definedOnly({ degree: args.degree, account: args.account, limit: args.limit, lang: args.lang });
    const options: LintOptions = { format: args.kind === 'template' ? 'hbs' : 'txt', settings, locale, templates: { helpers: helperSpecs }, reportBlank: true };
    const file = lint(args.text, options);
    const { messages, errorCount, warningCount } = toLintResult(file);
    const measured = measuredLength(file.data.inviteLint);
    // The messages speak of the text as sent; the fixes are applied to a copy, as --fix-dry-run does.
    const fixed = messages.some((message) => message.fix) ? lintAndFix(args.text, options) : undefined;
    return {
      messages,
      errorCount,
      warningCount,
      length: measured?.length ?? null,
      limit: measured?.limit ?? null,
      ...(measured?.worst === undefined ? {} : { worst: measured.worst }),
      ...(fixed?.fixed ? { output: fixed.output } : {}),
    };
  },
});

/** The settings given, without the keys left out (an undefined value would still override a layer below). */
function definedOnly<T extends object>(settings: T): Partial<T> {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as Partial<T>;
}
