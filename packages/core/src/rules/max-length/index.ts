import { worstCaseVariables } from '../../document/template.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { limitPhrase, noteLength, templateLength, type MeasuredLength } from '../length.js';

export default defineRule({
  meta: {
    id: 'max-length',
    description: "The note must fit LinkedIn's character limit (300; 200 on free accounts); a template is measured with its sample values and in the worst case.",
    docs: { url: ruleDocsUrl('max-length'), recommended: 'error', evaluated: true },
    fixable: false,
    hasSuggestions: false,
    ...NO_OPTIONS,
    messages: {
      en: {
        note: 'The note is {count} characters, {excess} over the {limit}: cut {excess}.',
        sample: 'With the sample values the note is {count} characters, {excess} over the {limit}: cut {excess}.',
        worst:
          'With every variable at its maximum length the note is {count} characters, {excess} over the {limit} ({variables}): shorten the text or lower their maxLength.',
      },
      es: {
        note: 'La nota tiene {count} caracteres, {excess} más que el {limit}: recorta {excess}.',
        sample: 'Con los valores de ejemplo la nota tiene {count} caracteres, {excess} más que el {limit}: recorta {excess}.',
        worst:
          'Con cada variable en su longitud máxima la nota tiene {count} caracteres, {excess} más que el {limit} ({variables}): acorta el texto o baja su maxLength.',
      },
    },
  },
  check(context) {
    const { limit } = context.settings;
    const { document } = context;
    const over = (length: MeasuredLength, messageId: 'note' | 'sample' | 'worst', severity?: 1) => {
      if (length.count <= limit) return false;
      const start = length.offsetAfter(limit) ?? document.body.start;
      const data: Record<string, string | number> = { count: length.count, excess: length.count - limit, limit: limitPhrase(context) };
      if (messageId === 'worst' && context.template) {
        data.variables = worstCaseVariables(context.template, document.source)
          .map((variable) => `${variable.name} ${variable.maxLength}`)
          .join(', ');
      }
      context.report({
        messageId,
        data,
        start,
        end: document.body.end,
        actual: document.source.slice(start, document.body.end),
        ...(severity ? { severity } : {}),
      });
      return true;
    };
    if (document.kind === 'note') {
      over(noteLength(context), 'note');
      return;
    }
    const sample = templateLength(context, 'sample');
    const worst = templateLength(context, 'worst');
    // Over with the samples is an error; over only in the worst case is a warning (DESIGN.md).
    if (sample && !over(sample, 'sample') && worst) over(worst, 'worst', 1);
  },
});
