import { ACCOUNT_LIMITS, countCharacters, lint, measuredLength, toLintResult, type Locale, type NoteSettings, type ResolvedSettings } from '@invite-lint/core/internal';
import { findTemplate, type LibraryTemplate } from '@invite-lint/templates';
import * as z from 'zod';
import { checkSetValues } from '../generate/set-values.js';
import { checkTemplate } from '../generate/template-check.js';
import { say } from '../messages.js';
import { libraryTemplate } from '../templates-show.js';
import { UsageError } from '../usage-error.js';
import { account, locale, MAX_TEXT_CHARACTERS, resultMessage, text } from './schemas.js';
import { defineTool } from './tool.js';

// A library id: a scenario folder and a file name (event/en-1), with no space in it.
const LIBRARY_ID = /^[\w-]+\/[\w-]+$/;

const input = z.strictObject({
  template: text('A library id such as mutual-contact/en-1 (list_templates lists them), or the text of a Handlebars template of your own, front matter included.'),
  values: z
    .record(z.string().max(200), z.string().max(MAX_TEXT_CHARACTERS))
    .describe('A value for each variable the template uses, e.g. {"firstName": "Ana", "mutualContact": "Tomás Ortega"}; "" for one that may be empty.'),
  account: account.optional(),
  locale: locale.optional(),
});

const output = z.looseObject({
  note: z.string().describe('The note, ready to paste into LinkedIn if it has no errors.'),
  length: z.number(),
  limit: z.number(),
  template: z.string().nullable().describe('The library id, or null for a template given as text.'),
  messages: z.array(resultMessage).describe("The note's findings, positions in the note."),
  errorCount: z.number(),
  warningCount: z.number(),
  warnings: z.array(z.string()).describe('What the values may get wrong, such as one longer than the template allows.'),
});

export const renderTemplateTool = defineTool({
  name: 'render_template',
  title: 'Write a note from a template',
  description:
    "Fill a template (from list_templates, or one of your own) with the recipient's values and check the note it gives: returns the note, its length against LinkedIn's limit, and its findings. Nothing is sent or saved.",
  input,
  output,
  run(args, callLocale) {
    const library = findLibraryTemplate(args.template, callLocale);
    const source = library?.source ?? args.template;
    // --set's rule: values are used trimmed.
    const values = new Map(Object.entries(args.values).map(([name, value]) => [name, value.trim()]));
    const overrides: NoteSettings = args.account ? { account: args.account, limit: ACCOUNT_LIMITS[args.account] } : {};
    const checked = checkTemplate(source, library?.path ?? 'template.hbs', { defaults: {}, overrides, locale: callLocale, columns: [...values.keys()] });
    if (!checked.renderable) {
      const problems = checked.result.messages.filter((message) => message.severity === 2).map((message) => `${message.line}:${message.column} ${message.message}`);
      throw new UsageError(say(callLocale, 'mcpTemplateProblems', { problems: problems.join(' ') }));
    }
    const { compiled, settings } = checked;
    const missing = compiled.variables.filter((name) => !values.has(name));
    if (missing.length > 0) throw new UsageError(say(callLocale, 'mcpNoValues', { names: missing.map((name) => `\`${name}\``).join(', ') }));
    const warnings = checkSetValues(values, compiled.variables, settings.variables, callLocale, (name) => `values.${name}`);
    const note = render(compiled.render, values, callLocale);
    const file = lint(note, { format: 'txt', settings: noteSettings(settings), locale: callLocale, reportBlank: true });
    const { messages, errorCount, warningCount } = toLintResult(file);
    const length = measuredLength(file.data.inviteLint)?.length ?? countCharacters(note);
    return { note, length, limit: settings.limit, template: library?.id ?? null, messages, errorCount, warningCount, warnings };
  },
});

/** The library template `value` names; undefined for a template's text; a UsageError with the closest id for an id that is not in the library. */
function findLibraryTemplate(value: string, locale: Locale): LibraryTemplate | undefined {
  const id = value.trim();
  if (!LIBRARY_ID.test(id)) return undefined;
  return findTemplate(id) ?? libraryTemplate(id, locale, say(locale, 'mcpTemplatesListed'));
}

function render(fill: (row: Record<string, string>) => string, values: ReadonlyMap<string, string>, locale: Locale): string {
  try {
    // A row without a prototype, as generate's are: nothing but its own fields can be reached.
    return fill(Object.assign(Object.create(null) as Record<string, string>, Object.fromEntries(values)));
  } catch (error) {
    throw new UsageError(say(locale, 'renderFailed', { reason: error instanceof Error ? error.message : String(error) }));
  }
}

/** What the rendered note is checked with: the template's degree, language and account, and its limit only if it declared one. */
function noteSettings(settings: ResolvedSettings): NoteSettings {
  const note: NoteSettings = {};
  if (settings.degree !== undefined) note.degree = settings.degree;
  if (settings.lang !== undefined) note.lang = settings.lang;
  if (settings.account !== undefined) note.account = settings.account;
  if (settings.limitSource === 'limit') note.limit = settings.limit;
  return note;
}
