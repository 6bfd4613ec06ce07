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

/** A template as `Handlebars.template` makes it: the call, and the set-up each call starts with. */
type TemplateWithSetup = Handlebars.TemplateDelegate & { _setup?: (options: Handlebars.RuntimeOptions) => void };

/**
 * An environment (the full Handlebars or its runtime alone) with the subset's helpers: the
 * library's registered, the built-ins outside the subset removed, no partials. Every template
 * it makes, compiled now or ahead of time, is set up once (see `setUpOnce`).
 */
export function prepareEnvironment<Environment extends typeof Handlebars>(environment: Environment, lang: string): Environment {
  for (const name of REMOVED_BUILT_INS) environment.unregisterHelper(name);
  environment.registerHelper(helperImplementations(lang));
  // `compile` makes its template through the environment's `template` too, on first use.
  const template = environment.template.bind(environment);
  environment.template = ((spec: Parameters<typeof template>[0]) => setUpOnce(template(spec))) as typeof environment.template;
  return environment;
}

/**
 * Handlebars sets a template up at the start of every call: its environment's helpers copied
 * and wrapped into a new object, the prototype-access rules built again from the runtime
 * options. For a note per row that was a tenth of `generate`'s time. Every call would set it up
 * the same (one environment, whose helpers are final once prepared; one set of runtime options),
 * so it is set up here, once, with those options, and each call's set-up does nothing. The rules
 * are the same ones: prototype access stays blocked.
 */
function setUpOnce<Template extends TemplateWithSetup>(template: Template): Template {
  const setup = template._setup;
  // Should a Handlebars release drop the hook, templates are set up on every call, as before.
  if (typeof setup !== 'function') return template;
  setup.call(template, runtime);
  template._setup = () => {};
  return template;
}

/**
 * A compiled template as callers use it: every variable required, rows without a prototype,
 * no prototype access at run time.
 */
export function renderer(template: Handlebars.TemplateDelegate, variables: readonly string[]): CompiledTemplate {
  return {
    variables,
    render(row) {
      for (const name of variables) if (!Object.hasOwn(row, name)) throw new MissingFieldError(variables.filter((variable) => !Object.hasOwn(row, variable)));
      // A row with no prototype: nothing but its own fields can be reached (rows built that
      // way, as generate's are, are used as they are).
      const context = Object.getPrototypeOf(row) === null ? row : Object.assign(Object.create(null) as Record<string, string>, row);
      return template(context, runtime);
    },
  };
}
