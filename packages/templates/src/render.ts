import { coreMessage, isSyntaxError, NoteDocument, parseTemplate, type TemplateModel } from '@invite-lint/core/internal';
import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, prepareEnvironment, renderer, type CompiledTemplate } from './environment.js';

export { MissingFieldError, type CompiledTemplate, type Row } from './environment.js';

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

/**
 * Compile a template's body (front matter left out) once, for rendering many rows. The subset
 * is enforced by Handlebars too: no escaping (notes are not HTML), only the library's helpers,
 * no prototype access, no partials registered, rows without a prototype.
 */
export function compileTemplate(source: string, lang = 'en', parsed?: { document: NoteDocument; model: TemplateModel }): CompiledTemplate {
  const { body, variables } = templateBody(source, parsed);
  return renderer(prepareEnvironment(Handlebars.create(), lang).compile(body, COMPILE_OPTIONS), variables);
}

/**
 * A template compiled ahead of time, as JavaScript source for `templateFromSpec`
 * (`@invite-lint/templates/browser`): for a page whose policy forbids running generated code.
 */
export function precompileTemplate(source: string): { spec: string; variables: string[] } {
  const { body, variables } = templateBody(source, undefined);
  return { spec: Handlebars.precompile(body, COMPILE_OPTIONS) as string, variables };
}

/** The text Handlebars compiles and the variables it reads; throws on a template that does not parse. */
function templateBody(source: string, parsed: { document: NoteDocument; model: TemplateModel } | undefined): { body: string; variables: string[] } {
  // A caller that has linted the template passes what lint parsed, rather than parse it twice.
  const document = parsed?.document ?? new NoteDocument(source, 'hbs');
  const model = parsed?.model ?? parseTemplate(source, document.body, undefined);
  if (isSyntaxError(model)) {
    const before = source.slice(0, model.start).split('\n');
    throw new TemplateSyntaxError(coreMessage('en', model.message), before.length, (before[before.length - 1]?.length ?? 0) + 1);
  }
  return { body: source.slice(document.body.start, document.body.end), variables: [...model.variables.keys()] };
}
