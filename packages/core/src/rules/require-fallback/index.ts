import { walkTemplate } from '../../document/template-ast.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { variableMayBeEmpty } from '../../settings.js';

export default defineRule({
  meta: {
    id: 'require-fallback',
    description: 'A template variable that can be empty (LinkedIn\'s Company, Position…) is used with no fallback and no {{#if}}, so some notes would read "Hi ," or "at ."',
    docs: { url: ruleDocsUrl('require-fallback'), recommended: 'error' },
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
    const { variables } = context.settings;
    const fallbacks = context.templateScope.helpers.filter((helper) => helper.role === 'fallback').map((helper) => helper.name);
    const helper = fallbacks[0];
    walkTemplate(model.program, new Set(fallbacks), {
      variable({ path, guarded }) {
        const name = path.original;
        if (guarded || !variableMayBeEmpty(name, variables)) return;
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
