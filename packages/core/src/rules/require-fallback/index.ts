import { walkTemplate } from '../../document/template-ast.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { LINKEDIN_FIELDS } from '../../settings.js';

export default defineRule({
  meta: {
    id: 'require-fallback',
    description: 'A template variable that can be empty is used with no fallback and no {{#if}}, so some notes would read "Hi ," or "at ."',
    docs: { url: ruleDocsUrl('require-fallback') },
    fixable: false,
    hasSuggestions: false,
    ...NO_OPTIONS,
    messages: {
      en: {
        mayBeEmpty: '`{name}` can be empty for some contacts: give it a fallback, {{{helper} {name} "…"}}, or wrap the words around it in {{#if {name}}}…{{/if}}.',
        mayBeEmptyNoHelper: '`{name}` can be empty for some contacts: wrap the words around it in {{#if {name}}}…{{/if}}.',
      },
      es: {
        mayBeEmpty: '`{name}` puede estar vacío en algunos contactos: dale un valor por defecto, {{{helper} {name} "…"}}, o envuelve las palabras de alrededor en {{#if {name}}}…{{/if}}.',
        mayBeEmptyNoHelper: '`{name}` puede estar vacío en algunos contactos: envuelve las palabras de alrededor en {{#if {name}}}…{{/if}}.',
      },
    },
  },
  check(context) {
    const model = context.template;
    if (!model) return;
    const variables = context.settings.variables;
    const fallbacks = context.templateScope.helpers.filter((helper) => helper.role === 'fallback').map((helper) => helper.name);
    const helper = fallbacks[0];
    // Declared variables are required unless they say `required: false`; LinkedIn's optional
    // columns (Company, Position, e-mail, URL) may be empty unless declared `required: true`.
    const mayBeEmpty = (name: string) => {
      const spec = Object.hasOwn(variables, name) ? variables[name] : undefined;
      if (spec?.required !== undefined) return !spec.required;
      return Object.hasOwn(LINKEDIN_FIELDS, name) && (LINKEDIN_FIELDS[name]?.mayBeEmpty ?? false);
    };
    walkTemplate(model.program, new Set(fallbacks), {
      variable({ path, guarded }) {
        const name = path.original;
        if (guarded || !mayBeEmpty(name)) return;
        const range = model.rangeOf(path);
        if (helper === undefined) {
          context.report({ messageId: 'mayBeEmptyNoHelper', data: { name }, ...range, actual: name });
          return;
        }
        context.report({ messageId: 'mayBeEmpty', data: { name, helper }, ...range, actual: name });
      },
    });
  },
});
