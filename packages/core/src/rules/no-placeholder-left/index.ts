import { findUnclosedMustaches } from '../../document/placeholders.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { LINKEDIN_FIELDS } from '../../settings.js';

export default defineRule({
  meta: {
    id: 'no-placeholder-left',
    description: 'A placeholder such as [Name], {first_name} or %COMPANY% was left in a note that is sent as written.',
    docs: { url: ruleDocsUrl('no-placeholder-left') },
    fixable: true,
    hasSuggestions: true,
    ...NO_OPTIONS,
    messages: {
      en: {
        left: 'Placeholder {raw} is still in the note: replace it with the real {what}.',
        unclosed: 'Unclosed `{{` in the note: a template variable was left half typed; finish it or remove it.',
        notVariable: 'Placeholder {raw} is not a template variable and would be sent as written: use {variable} or the real text.',
        useVariable: 'Replace {raw} with {variable}',
      },
      es: {
        left: 'El marcador {raw} sigue en la nota: cámbialo por el dato real ({what}).',
        unclosed: 'Hay un `{{` sin cerrar en la nota: quedó una variable de plantilla a medias; complétala o bórrala.',
        notVariable: 'El marcador {raw} no es una variable de la plantilla y se enviaría tal cual: usa {variable} o el texto real.',
        useVariable: 'Cambiar {raw} por {variable}',
      },
    },
  },
  check(context) {
    const { document } = context;
    if (document.kind === 'note') {
      for (const { raw, words, start, end } of document.placeholders) {
        const what = words || (context.locale === 'es' ? 'texto' : 'text');
        context.report({ messageId: 'left', data: { raw, what }, start, end, actual: raw });
      }
      const { start, end } = document.body;
      for (const unclosed of findUnclosedMustaches(document.prose.slice(start, end), start)) {
        context.report({ messageId: 'unclosed', ...unclosed, actual: document.source.slice(unclosed.start, unclosed.end) });
      }
      return;
    }
    // In a template, mustaches are the point; other placeholder syntaxes are still left-overs.
    // When the name is exactly a variable the template can use, the fix is certain.
    const known = new Set([...Object.keys(context.settings.variables), ...Object.keys(LINKEDIN_FIELDS), ...(context.templateScope.columns ?? [])]);
    for (const { raw, words, syntax, start, end } of document.placeholders) {
      if (syntax === 'mustache') continue;
      const name = camelCase(words);
      const variable = `{{${name}}}`;
      const edit = { range: [start, end] as [number, number], text: variable };
      context.report({
        messageId: 'notVariable',
        data: { raw, variable },
        start,
        end,
        actual: raw,
        expected: [variable],
        ...(known.has(name) ? { fix: edit } : { suggestions: [{ desc: context.format('useVariable', { raw, variable }), fix: edit }] }),
      });
    }
  },
});

function camelCase(words: string): string {
  const [first = 'value', ...rest] = words.normalize('NFD').replace(/\p{M}/gu, '').split(' ');
  return first + rest.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}
