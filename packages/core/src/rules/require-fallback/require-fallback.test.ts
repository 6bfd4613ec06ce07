import { testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

const t = 't.hbs';

testRule(rule, {
  valid: [
    { code: 'Hi {{firstName}} {{lastName}}, we met at {{event}}.', filename: t },
    { code: 'Hi {{firstName}},{{#if company}} congrats on {{company}}!{{/if}}', filename: t },
    { code: 'Hi {{firstName}},{{#unless position}} hello{{else}} as {{position}}{{/unless}}', filename: t },
    { code: 'Hi {{default company "there"}}', filename: t },
    { code: 'Hi {{nameCase (default company "there")}}', filename: t },
    { code: '---\nvariables:\n  company: { required: true }\n---\nHi {{company}}', filename: t },
    { code: '---\nvariables:\n  topic: { maxLength: 40 }\n---\nHi {{topic}}', filename: t },
    { code: 'Hi {{company}}', filename: 'note.txt' },
  ],
  invalid: [
    { code: 'Hi {{firstName}}, congrats on {{company}}!', filename: t, errors: [{ messageId: 'mayBeEmpty', column: 33, endColumn: 40 }] },
    { code: '---\nvariables:\n  topic: { required: false }\n---\nYour post on {{topic}}.', filename: t, errors: [{ messageId: 'mayBeEmpty', line: 5 }] },
    { code: 'Hi {{#if position}}{{company}}{{/if}}', filename: t, errors: [{ messageId: 'mayBeEmpty' }] },
    { code: 'Hi {{#unless company}}{{company}}{{/unless}}', filename: t, errors: [{ messageId: 'mayBeEmpty' }] },
    { code: 'Hi {{default company}}', filename: t, errors: [{ messageId: 'mayBeEmpty' }] },
    { code: 'Hi {{nameCase position}}', filename: t, errors: [{ messageId: 'mayBeEmpty' }] },
  ],
});
