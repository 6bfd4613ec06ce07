import { ACCOUNT_LIMITS, defaultMaxLength, NoteDocument, variableMayBeEmpty, type Locale } from '@invite-lint/core/internal';
import { LINKEDIN_COLUMNS } from '@invite-lint/csv';
import { compileTemplate, findTemplate, loadLibrary, type LibraryTemplate } from '@invite-lint/templates';
import { closest } from 'fastest-levenshtein';
import type { Io } from './io.js';
import { localeFrom, say } from './messages.js';
import { UsageError } from './usage-error.js';

export interface ShownVariable {
  name: string;
  description: string | null;
  maxLength: number;
  sample: string | null;
  required: boolean;
  /** The column of LinkedIn's Connections.csv that gives it, if one does. */
  linkedinColumn: string | null;
}

const EXPORT_COLUMN_OF = new Map(Object.entries(LINKEDIN_COLUMNS).map(([column, variable]) => [variable, column]));

/** What `templates show --format json` prints, and the MCP server's tools give of a template. */
export interface ShownTemplate {
  id: string;
  scenario: string;
  degree: number | null;
  lang: string;
  account: string;
  limit: number;
  /** The template's text, without its front matter. */
  text: string;
  variables: ShownVariable[];
  /** A command line that runs as it is, with the samples as values. */
  command: string;
}

/** A library template by id; a UsageError naming the closest id when there is none, then `listed`: where to find them all. */
export function libraryTemplate(id: string, locale: Locale, listed = say(locale, 'templatesListed')): LibraryTemplate {
  const template = findTemplate(id);
  if (template) return template;
  const near = closest(id, loadLibrary().map((known) => known.id));
  throw new UsageError(say(locale, 'noTemplate', { id, suggestion: say(locale, 'didYouMean', { name: near }), listed }));
}

/** A library template as a user needs it to pick and run it: its text and settings, each variable, what to add. */
export function showTemplate(template: LibraryTemplate): ShownTemplate {
  const document = new NoteDocument(template.source, 'hbs');
  const text = template.source.slice(document.body.start, document.body.end).trim();
  const declared = template.variables;
  const variables: ShownVariable[] = compileTemplate(template.source, template.lang).variables.map((name) => {
    const spec = Object.hasOwn(declared, name) ? declared[name] : undefined;
    return {
      name,
      description: spec?.description ?? null,
      maxLength: spec?.maxLength ?? defaultMaxLength(name),
      sample: spec?.sample ?? null,
      required: !variableMayBeEmpty(name, declared),
      linkedinColumn: EXPORT_COLUMN_OF.get(name) ?? null,
    };
  });
  const command = [
    'invite-lint generate',
    `--template ${template.id}`,
    '--csv Connections.csv',
    ...variables.filter((variable) => variable.linkedinColumn === null && variable.required).map((variable) => `--set ${variable.name}=${shellWord(variable.sample ?? variable.name)}`),
  ].join(' ');
  const { id, scenario, degree, lang, account } = template;
  return { id, scenario, degree: degree ?? null, lang, account, limit: ACCOUNT_LIMITS[account], text, variables, command };
}

/**
 * `invite-lint templates show <id>`: what a user needs to pick a library template and run it:
 * its text and settings, each variable it reads, which of them LinkedIn's export gives, what
 * must be added, and a command line that works as it is (with the samples as values).
 */
export async function showTemplateCommand(id: string, options: { format: string; locale?: string }, io: Io): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`Unknown format "${options.format}". Use text or json.`);
  const locale = localeFrom(options.locale, undefined, io.env);
  const template = libraryTemplate(id, locale);
  const shown = showTemplate(template);
  const { text, variables, command, limit } = shown;
  const toAdd = variables.filter((variable) => variable.linkedinColumn === null);

  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(shown)}\n`);
    return 0;
  }
  const settings: [string, string][] = [
    [say(locale, 'showScenario'), template.scenario],
    [say(locale, 'showDegree'), template.degree === undefined ? say(locale, 'showAnyDegree') : String(template.degree)],
    [say(locale, 'showLanguage'), template.lang],
    [say(locale, 'showAccount'), say(locale, 'showLimit', { account: template.account, limit })],
  ];
  const fromExport = variables.filter((variable) => variable.linkedinColumn !== null);
  const lines = [
    template.id,
    '',
    text,
    '',
    ...aligned(settings, ''),
    '',
    say(locale, 'showVariables'),
    ...aligned(variables.map((variable) => [variable.name, describe(variable, locale)]), '  '),
    '',
    fromExport.length > 0
      ? say(locale, 'showFromExport', { variables: fromExport.map((variable) => `${variable.name} (${variable.linkedinColumn})`).join(', ') })
      : say(locale, 'showNothingFromExport'),
    toAdd.length > 0 ? say(locale, 'showToAdd', { variables: toAdd.map((variable) => variable.name).join(', ') }) : say(locale, 'showNothingToAdd'),
    '',
    say(locale, 'showTry'),
    `  ${command}`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function describe(variable: ShownVariable, locale: Locale): string {
  return [
    variable.description,
    say(locale, 'showMaxLength', { maxLength: variable.maxLength }),
    variable.sample === null ? null : say(locale, 'showSample', { sample: variable.sample }),
    variable.required ? null : say(locale, 'showOptional'),
  ]
    .filter((part) => part !== null)
    .join('; ');
}

/** Two columns, the first padded to its widest cell. */
function aligned(rows: readonly (readonly [string, string])[], indent: string): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${indent}${label.padEnd(width)}  ${value}`);
}

/** A value as one word of a POSIX shell command line: double-quoted unless it is plain. */
function shellWord(value: string): string {
  return /^[\w@%+:,./-]+$/.test(value) ? value : `"${value.replace(/["\\$`]/g, '\\$&')}"`;
}
