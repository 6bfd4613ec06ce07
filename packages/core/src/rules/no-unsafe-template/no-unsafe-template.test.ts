import { describe, expect, it } from 'vitest';
import { lint } from '../../internal.js';
import { testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

const t = 't.hbs';

testRule(rule, {
  valid: [
    { code: 'Hi {{firstName}}, we met at {{event}}.', filename: t },
    { code: 'Hi {{nameCase firstName}},{{#if company}} at {{default company "your team"}}{{/if}}{{#unless position}}!{{else}} ({{position}}){{/unless}}', filename: t },
    { code: 'Hi {{{firstName}}} {{!-- a comment --}}', filename: t },
    { code: 'Hi {{join topics}} {{first (nameCase fullName)}}', filename: t },
    { code: 'Hi {{constructor}}', filename: 'note.txt' },
  ],
  invalid: [
    { code: '{{constructor.constructor}}', filename: t, errors: [{ messageId: 'internals', column: 3 }] },
    // What Handlebars would refuse or render oddly at generate time fails lint first.
    ...['{{"constructor"}}', '{{0}}', '{{true}}', '{{null}}', '{{undefined}}', '{{"firstName"}}'].map((code) => ({ code, filename: t, errors: [{ messageId: 'literal' }] })),
    ...['{{(first firstName)}}', '{{(lookup this "constructor")}}'].map((code) => ({ code, filename: t, errors: [{ messageId: 'subexpression' }] })),
    ...['{{#if}}x{{/if}}', '{{#if a b}}x{{/if}}', '{{#unless}}x{{/unless}}', '{{#if "x"}}y{{/if}}'].map((code) => ({ code, filename: t, errors: [{ messageId: 'blockArity' }] })),
    { code: 'Hi {{default}}', filename: t, errors: [{ messageId: 'helperAlone', column: 6 }] },
    { code: '{{__proto__}}', filename: t, errors: [{ messageId: 'internals' }] },
    { code: '{{> ../../etc/passwd}}', filename: t, errors: [{ messageId: 'partial', column: 1 }] },
    { code: '{{#> layout}}x{{/layout}}', filename: t, errors: [{ messageId: 'partial' }] },
    { code: '{{#each topics}}{{this}}{{/each}}', filename: t, errors: [{ messageId: 'block' }, { messageId: 'path' }] },
    { code: '{{#with contact}}{{name}}{{/with}}', filename: t, errors: [{ messageId: 'block' }] },
    { code: 'Hi {{shout firstName}}', filename: t, errors: [{ messageId: 'unknownHelper', column: 4, endColumn: 23 }] },
    { code: 'Hi {{default (lookup row key) "x"}}', filename: t, errors: [{ messageId: 'unknownHelper', column: 14 }] },
    { code: 'Hi {{contact.firstName}} {{../x}} {{@root.y}}', filename: t, errors: [{ messageId: 'path' }, { messageId: 'path' }, { messageId: 'path' }] },
    { code: 'Hi {{default company fallback="x"}}', filename: t, errors: [{ messageId: 'namedArgument' }] },
  ],
});

describe('no-unsafe-template without the library', () => {
  it('reports every helper call when the engine is given no helpers', () => {
    const messages = lint('Hi {{default company "x"}}', { filePath: t, rules: { 'no-unsafe-template': 'error' } }).messages.map(String);
    expect(messages).toEqual(['t.hbs:1:4-1:27: Unknown helper `default`: templates may call none.']);
  });
});
