import type { AST } from '@handlebars/parser';
import { walkTemplate } from '../../document/template-ast.js';
import { defineRule, NO_OPTIONS, ruleDocsUrl } from '../../engine/rule.js';

// Names that reach into JavaScript objects instead of a contact's fields.
const OBJECT_INTERNALS = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'hasOwnProperty', 'toString', 'valueOf']);
const BLOCKS = new Set(['if', 'unless']);

export default defineRule({
  meta: {
    id: 'no-unsafe-template',
    description: 'A template uses something outside the safe subset: unknown helpers, partials, object internals (constructor, __proto__), nested or parent paths, #each.',
    docs: { url: ruleDocsUrl('no-unsafe-template'), recommended: 'error' },
    fixable: false,
    hasSuggestions: false,
    ...NO_OPTIONS,
    messages: {
      en: {
        unknownHelper: 'Unknown helper `{name}`: templates may call {helpers}.',
        block: '`{{#{name}}}` is not supported: use `{{#if …}}` or `{{#unless …}}`.',
        partial: 'Partials and decorators are not supported: a template is one self-contained file.',
        internals: '`{name}` reaches into JavaScript objects, not a contact field: remove it.',
        path: '`{name}` is not a plain field name: rows are flat, so write a column name such as `company`.',
        namedArgument: 'Named arguments (`{name}=…`) are not supported: pass values in order.',
        literal: '`{raw}` holds a literal, not a field: write the text itself, or a column name such as `company`.',
        subexpression: '`{raw}` starts with a subexpression: call the helper directly, as in `{{nameCase firstName}}`.',
        blockArity: '`{{#{name}}}` takes exactly one field, as in `{{#{name} company}}`.',
        helperAlone: '`{name}` is a helper, not a field: give it a field, as in `{{{name} company}}`.',
      },
      es: {
        unknownHelper: 'Helper desconocido `{name}`: las plantillas pueden usar {helpers}.',
        block: '`{{#{name}}}` no está admitido: usa `{{#if …}}` o `{{#unless …}}`.',
        partial: 'Los partials y decoradores no están admitidos: una plantilla es un único archivo.',
        internals: '`{name}` accede a objetos de JavaScript, no a un campo del contacto: quítalo.',
        path: '`{name}` no es un nombre de campo simple: las filas son planas, así que escribe una columna como `company`.',
        namedArgument: 'Los argumentos con nombre (`{name}=…`) no están admitidos: pasa los valores en orden.',
        literal: '`{raw}` contiene un literal, no un campo: escribe el texto tal cual, o un nombre de columna como `company`.',
        subexpression: '`{raw}` empieza con una subexpresión: llama al helper directamente, como en `{{nameCase firstName}}`.',
        blockArity: '`{{#{name}}}` necesita exactamente un campo, como en `{{#{name} company}}`.',
        helperAlone: '`{name}` es un helper, no un campo: dale un campo, como en `{{{name} company}}`.',
      },
    },
  },
  check(context) {
    const model = context.template;
    if (!model) return;
    const helpers = new Set(context.templateScope.helpers.map((helper) => helper.name));
    const fallbacks = new Set(context.templateScope.helpers.filter((helper) => helper.role === 'fallback').map((helper) => helper.name));
    const at = (node: AST.Node) => model.rangeOf(node);
    const helperList = [...helpers].map((name) => `\`${name}\``).join(', ') || (context.locale === 'es' ? 'ninguno' : 'none');
    walkTemplate(model.program, fallbacks, {
      call(name, node) {
        if (node.type === 'BlockStatement') {
          if (!BLOCKS.has(name)) context.report({ messageId: 'block', data: { name }, ...at(node) });
          else if (node.params.length !== 1 || node.params[0]?.type !== 'PathExpression') context.report({ messageId: 'blockArity', data: { name }, ...at(node) });
        } else if (!helpers.has(name)) {
          context.report({ messageId: 'unknownHelper', data: { name, helpers: helperList }, ...at(node) });
        }
        for (const pair of node.hash?.pairs ?? []) context.report({ messageId: 'namedArgument', data: { name: pair.key }, ...at(pair) });
      },
      variable({ path }) {
        if (helpers.has(path.original)) {
          context.report({ messageId: 'helperAlone', data: { name: path.original }, ...at(path) });
          return;
        }
        const internal = [path.head, ...path.parts].find((part): part is string => typeof part === 'string' && OBJECT_INTERNALS.has(part));
        if (internal) context.report({ messageId: 'internals', data: { name: internal }, ...at(path) });
        else if (path.data || path.depth > 0 || path.this || path.parts.length !== 1) context.report({ messageId: 'path', data: { name: path.original }, ...at(path) });
      },
      other(node) {
        context.report({ messageId: 'partial', ...at(node) });
      },
      unnamed(node) {
        const range = at(node);
        const raw = context.document.source.slice(range.start, range.end);
        context.report({ messageId: node.path.type === 'SubExpression' ? 'subexpression' : 'literal', data: { raw }, ...range });
      },
    });
  },
});
