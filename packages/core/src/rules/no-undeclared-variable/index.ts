import { closest, distance } from 'fastest-levenshtein';
import { walkTemplate } from '../../document/template-ast.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';
import { LINKEDIN_FIELDS } from '../../settings.js';

// How different a name may be from a known one to be offered as the intended one.
const MAX_TYPO_EDITS = 2;

export default defineRule({
  meta: {
    id: 'no-undeclared-variable',
    description: "A template uses a variable that is neither declared in its front matter, a column of the CSV it is filled from, nor a field of LinkedIn's export.",
    docs: { url: ruleDocsUrl('no-undeclared-variable'), recommended: 'error' },
    fixable: false,
    hasSuggestions: true,
    ...NO_OPTIONS,
    messages: {
      en: {
        undeclared: '`{name}` is not a declared variable, a CSV column or a LinkedIn export field: declare it under `variables`, or fix the name.',
        didYouMean: '`{name}` is not a declared variable, a CSV column or a LinkedIn export field: did you mean `{suggestion}`?',
        rename: 'Change to {suggestion}',
      },
      es: {
        undeclared: '`{name}` no es una variable declarada, una columna del CSV ni un campo de la exportación de LinkedIn: decláralo en `variables` o corrige el nombre.',
        didYouMean: '`{name}` no es una variable declarada, una columna del CSV ni un campo de la exportación de LinkedIn: ¿querías decir `{suggestion}`?',
        rename: 'Cambiar por {suggestion}',
      },
    },
  },
  check(context) {
    const model = context.template;
    if (!model) return;
    const declared = Object.keys(context.settings.variables);
    const { columns, helpers } = context.templateScope;
    // A template that declares nothing takes its variables from whatever CSV fills it.
    if (declared.length === 0 && columns === undefined) return;
    const known = [...new Set([...declared, ...(columns ?? []), ...Object.keys(LINKEDIN_FIELDS)])];
    const fallbacks = new Set(helpers.filter((helper) => helper.role === 'fallback').map((helper) => helper.name));
    walkTemplate(model.program, fallbacks, {
      variable({ path }) {
        const name = path.original;
        // Paths that are not plain names are no-unsafe-template's business.
        if (known.includes(name) || path.parts.length !== 1 || path.data || path.this || path.depth > 0) return;
        const range = model.rangeOf(path);
        const suggestion = closest(name, known);
        if (distance(name.toLowerCase(), suggestion.toLowerCase()) > MAX_TYPO_EDITS) {
          context.report({ messageId: 'undeclared', data: { name }, ...range, actual: name });
          return;
        }
        context.report({
          messageId: 'didYouMean',
          data: { name, suggestion },
          ...range,
          actual: name,
          expected: [suggestion],
          suggestions: [{ desc: context.format('rename', { suggestion }), fix: { range: [range.start, range.end], text: suggestion } }],
        });
      },
    });
  },
});
