import { findUnclosedMustaches } from '../../document/placeholders.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { LINKEDIN_FIELDS } from '../../settings.js';

export default defineRule({
  meta: {
    id: 'no-placeholder-left',
    description: 'A placeholder such as [Name], {first_name}, {{ topic }}, {% spin %}, ${x}, %COMPANY%, #x#, <Company> or ____ was left in a note that is sent as written.',
    docs: { url: ruleDocsUrl('no-placeholder-left'), recommended: 'error' },
    fixable: true,
    hasSuggestions: true,
    ...NO_OPTIONS,
    messages: {
      en: {
        left: 'Placeholder {raw} is still in the note: replace it with the real {what}.',
        alternativesLeft: 'Spin block {raw} is still in the note and would be sent as written: keep one of its alternatives, such as "{first}".',
        tagLeft: 'Template tag {raw} is still in the note and would be sent as written: remove it, or render the template first.',
        useAlternative: 'Keep "{alternative}"',
        unclosed: 'Unclosed `{{` in the note: a template variable was left half typed; finish it or remove it.',
        notVariable: 'Placeholder {raw} is not a template variable and would be sent as written: use {variable} or the real text.',
        useVariable: 'Replace {raw} with {variable}',
      },
      es: {
        left: 'El marcador {raw} sigue en la nota: cámbialo por el dato real ({what}).',
        alternativesLeft: 'El bloque de variantes {raw} sigue en la nota y se enviaría tal cual: quédate con una de sus variantes, por ejemplo «{first}».',
        tagLeft: 'La etiqueta de plantilla {raw} sigue en la nota y se enviaría tal cual: bórrala o genera antes la nota con la plantilla.',
        useAlternative: 'Dejar «{alternative}»',
        unclosed: 'Hay un `{{` sin cerrar en la nota: quedó una variable de plantilla a medias; complétala o bórrala.',
        notVariable: 'El marcador {raw} no es una variable de la plantilla y se enviaría tal cual: usa {variable} o el texto real.',
        useVariable: 'Cambiar {raw} por {variable}',
      },
    },
  },
  check(context) {
    const { document } = context;
    const isTemplate = document.kind === 'template';
    // In a template, mustaches are the point; other placeholder syntaxes are still left-overs.
    // When the name is exactly a variable the template can use, the fix is certain.
    const known = isTemplate
      ? new Set([...Object.keys(context.settings.variables), ...Object.keys(LINKEDIN_FIELDS), ...(context.templateScope.columns ?? [])])
      : new Set<string>();
    // In a playbook, a note's [Name] and {first_name} are its slots, filled in when it is sent.
    const slots = document.inPlaybook && !isTemplate ? [] : document.placeholders;
    for (const placeholder of slots) {
      if ((isTemplate && placeholder.syntax === 'mustache') || placeholder.unchosen) continue;
      const { words, start, alternatives } = placeholder;
      // A spin block is reported whole, from its start to its end.
      const end = alternatives ? start + placeholder.raw.length : placeholder.end;
      const raw = shorten(placeholder.raw);
      const at = { start, end, actual: placeholder.raw };
      if (alternatives) {
        const first = alternatives[0] ?? '';
        const suggestions = alternatives.slice(0, 3).map((alternative) => ({
          desc: context.format('useAlternative', { alternative }),
          fix: { range: [start, end] as [number, number], text: alternative },
        }));
        context.report({ messageId: 'alternativesLeft', data: { raw, first }, ...at, expected: alternatives.slice(0, 3), suggestions });
      } else if (placeholder.control) {
        context.report({ messageId: 'tagLeft', data: { raw }, ...at });
      } else if (isTemplate && words !== '') {
        const name = camelCase(words);
        const variable = `{{${name}}}`;
        const edit = { range: [start, end] as [number, number], text: variable };
        context.report({
          messageId: 'notVariable',
          data: { raw, variable },
          ...at,
          expected: [variable],
          ...(known.has(name) ? { fix: edit } : { suggestions: [{ desc: context.format('useVariable', { raw, variable }), fix: edit }] }),
        });
      } else {
        context.report({ messageId: 'left', data: { raw, what: words || (context.locale === 'es' ? 'texto' : 'text') }, ...at });
      }
    }
    if (isTemplate) return;
    const { start, end } = document.body;
    for (const unclosed of findUnclosedMustaches(document.prose.slice(start, end), start)) {
      context.report({ messageId: 'unclosed', ...unclosed, actual: document.source.slice(unclosed.start, unclosed.end) });
    }
  },
});

/** A placeholder as a message quotes it: a spin block can run for lines. */
function shorten(raw: string): string {
  const line = raw.replace(/\s+/gu, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function camelCase(words: string): string {
  const [first = 'value', ...rest] = words.normalize('NFD').replace(/\p{M}/gu, '').split(' ');
  return first + rest.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}
