import { coreMessage, isSyntaxError, NoteDocument, parseTemplate, type TemplateModel } from '@invite-lint/core';
import Handlebars from 'handlebars';
import { helperImplementations } from './helpers.js';
import { helperSpecs } from './specs.js';

export type Row = Readonly<Record<string, string>>;

export interface CompiledTemplate {
  /** The variables the template reads, each needed in every row. */
  variables: readonly string[];
  /** The note for one row. Throws a MissingFieldError if the row lacks a variable. */
  render(row: Row): string;
}

/** A template that does not parse, with where (line and column are 1-based, in the file). */
export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export class MissingFieldError extends Error {
  override name = 'MissingFieldError';
  constructor(readonly fields: readonly string[]) {
    super(`The row has no ${fields.map((field) => `\`${field}\``).join(', ')}.`);
  }
}

// Handlebars' built-ins outside the subset: `lookup` reads any property, `each`/`with` walk
// objects, `log` writes to the console.
const REMOVED_BUILT_INS = ['lookup', 'each', 'with', 'log'];
const knownHelpers = {
  ...Object.fromEntries(helperSpecs.map((helper) => [helper.name, true])),
  ...Object.fromEntries(REMOVED_BUILT_INS.map((name) => [name, false])),
};
const runtime = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/**
 * Compile a template's body (front matter left out) once, for rendering many rows. The subset
 * is enforced by Handlebars too: no escaping (notes are not HTML), only the library's helpers,
 * no prototype access, no partials registered, rows without a prototype.
 */
export function compileTemplate(source: string, lang = 'en', parsed?: { document: NoteDocument; model: TemplateModel }): CompiledTemplate {
  // A caller that has linted the template passes what lint parsed, rather than parse it twice.
  const document = parsed?.document ?? new NoteDocument(source, 'hbs');
  const model = parsed?.model ?? parseTemplate(source, document.body, undefined);
  if (isSyntaxError(model)) {
    const before = source.slice(0, model.start).split('\n');
    throw new TemplateSyntaxError(coreMessage('en', model.message), before.length, (before[before.length - 1]?.length ?? 0) + 1);
  }
  const environment = Handlebars.create();
  for (const name of REMOVED_BUILT_INS) environment.unregisterHelper(name);
  environment.registerHelper(helperImplementations(lang));
  const template = environment.compile(source.slice(document.body.start, document.body.end), {
    noEscape: true,
    strict: true,
    knownHelpersOnly: true,
    knownHelpers,
  });
  const variables = [...model.variables.keys()];
  return {
    variables,
    render(row) {
      const missing = variables.filter((name) => !Object.hasOwn(row, name));
      if (missing.length > 0) throw new MissingFieldError(missing);
      // A row with no prototype: nothing but its own fields can be reached (rows built that
      // way, as generate's are, are used as they are).
      const context = Object.getPrototypeOf(row) === null ? row : Object.assign(Object.create(null) as Record<string, string>, row);
      return template(context, runtime);
    },
  };
}
