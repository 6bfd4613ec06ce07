import type Handlebars from 'handlebars';
import { helperImplementations } from './helpers.js';
import { helperSpecs } from './specs.js';

export type Row = Readonly<Record<string, string>>;

export interface CompiledTemplate {
  /** The variables the template reads, each needed in every row. */
  variables: readonly string[];
  /** The note for one row. Throws a MissingFieldError if the row lacks a variable. */
  render(row: Row): string;
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

/**
 * How templates compile, whether now (Node) or ahead of time for a page that may not run
 * generated code: no escaping (notes are not HTML), only the library's helpers.
 */
export const COMPILE_OPTIONS = {
  noEscape: true,
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(helperSpecs.map((helper) => [helper.name, true])),
    ...Object.fromEntries(REMOVED_BUILT_INS.map((name) => [name, false])),
  },
};
const runtime = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/**
 * An environment (the full Handlebars or its runtime alone) with the subset's helpers: the
 * library's registered, the built-ins outside the subset removed, no partials.
 */
export function prepareEnvironment<Environment extends typeof Handlebars>(environment: Environment, lang: string): Environment {
  for (const name of REMOVED_BUILT_INS) environment.unregisterHelper(name);
  environment.registerHelper(helperImplementations(lang));
  return environment;
}

/**
 * A compiled template as callers use it: every variable required, rows without a prototype,
 * no prototype access at run time.
 */
export function renderer(template: Handlebars.TemplateDelegate, variables: readonly string[]): CompiledTemplate {
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
