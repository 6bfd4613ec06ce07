import { defineRule, ruleDocsUrl } from '../../engine/rule.js';
import { limitPhrase, noteLength, templateLength } from '../length.js';

export default defineRule({
  meta: {
    id: 'near-max-length',
    description: 'A hint: the note is within 10 characters of the limit (its margin option), so an edit or a long name may push it over.',
    docs: { url: ruleDocsUrl('near-max-length'), recommended: 'warn' },
    fixable: false,
    hasSuggestions: false,
    schema: {
      type: 'object',
      properties: { margin: { type: 'integer', minimum: 1, description: 'How close to the limit (in characters) counts as near.' } },
      additionalProperties: false,
    },
    defaultOptions: { margin: 10 },
    messages: {
      en: {
        note: 'The note is {count} characters, {left} short of the {limit}: any addition may push it over.',
        worst: 'With every variable at its maximum length the note is {count} characters, {left} short of the {limit}.',
      },
      es: {
        note: 'La nota tiene {count} caracteres, {left} por debajo del {limit}: cualquier añadido puede pasarlo.',
        worst: 'Con cada variable en su longitud máxima la nota tiene {count} caracteres, {left} por debajo del {limit}.',
      },
    },
  },
  check(context) {
    const { limit } = context.settings;
    const { body } = context.document;
    const isTemplate = context.document.kind === 'template';
    // A template is near the limit when its worst case is; over it is max-length's business.
    const length = isTemplate ? templateLength(context, 'worst') : noteLength(context);
    if (!length || length.count > limit || limit - length.count > context.options.margin) return;
    const start = length.offsetAfter(Math.max(0, limit - context.options.margin)) ?? Math.max(body.start, body.end - 1);
    context.report({
      messageId: isTemplate ? 'worst' : 'note',
      data: { count: length.count, left: limit - length.count, limit: limitPhrase(context) },
      start,
      end: body.end,
    });
  },
});
