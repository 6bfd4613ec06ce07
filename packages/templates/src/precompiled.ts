import HandlebarsRuntime from 'handlebars/runtime';
import { prepareEnvironment, renderer, type CompiledTemplate } from './environment.js';

/** What `precompileTemplate` wrote, evaluated: Handlebars' template specification. */
export type TemplateSpec = Parameters<typeof HandlebarsRuntime.template>[0];

/**
 * A template precompiled at build time (`precompileTemplate`), made renderable with Handlebars'
 * runtime alone: no compiler and no generated code run, so it works under a page's
 * Content-Security-Policy, with the same helpers and rules as `compileTemplate`.
 */
export function templateFromSpec(spec: TemplateSpec, variables: readonly string[], lang = 'en'): CompiledTemplate {
  return renderer(prepareEnvironment(HandlebarsRuntime.create(), lang).template(spec), variables);
}
