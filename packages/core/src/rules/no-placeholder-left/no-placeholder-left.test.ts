import { describe, expect, it } from 'vitest';
import { testRule, runRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    { code: 'Hi Ana, we met at Web Summit.' },
    { code: 'Hi Ana, see [the checklist](https://example.com) I mentioned.', filename: 'n.md' },
    { code: 'Hi Ana, write to <ana@example.com> or see <https://example.com>.' },
    { code: 'Hi Ana, it is <b>important</b>.' },
    { code: 'Hi Ana, as noted in [1], prices rose 20% and 30% again.' },
    { code: 'Hi Ana <3 see you {soon' },
    { code: 'Hi {{firstName}}, we met at {{event}}.', filename: 't.hbs' },
    { code: 'Hi {{firstName}},{{!-- [Event Name] --}} hello', filename: 't.hbs' },
    { code: '<!-- [Name] -->\nHi Ana', filename: 'n.md' },
    { code: 'Hi Ana, our API returns HTTP_OK.' },
  ],
  invalid: [
    { code: 'Hi [First Name], we met.', errors: [{ line: 1, column: 4, endColumn: 16 }] },
    { code: 'Hi {first_name} and {{ company }}', errors: [{ column: 4 }, { column: 21 }] },
    { code: 'Hi %FIRSTNAME% from <Company>', errors: [{ column: 4 }, { column: 21 }] },
    { code: 'Bonjour [Prénom],\nà bientôt <<Nom>>', errors: [{ line: 1, column: 9 }, { line: 2, column: 11 }] },
    { code: 'Hi FIRST_NAME, I work at COMPANY_NAME.', errors: [{ column: 4 }, { column: 26 }] },
    { code: 'Hi {{firstName, how are you', errors: [{ messageId: 'unclosed', column: 4 }] },
    { code: 'Hi {{firstName}}, we met at [Event Name].', filename: 't.hbs', errors: [{ messageId: 'notVariable', column: 29 }] },
  ],
});

describe('no-placeholder-left fixes', () => {
  it('fixes a placeholder named exactly like a variable the template can use', () => {
    const [message] = runRule(rule, { code: 'Hi {{firstName}} at [company].', filename: 't.hbs' });
    expect(message?.fix).toEqual({ range: [20, 29], text: '{{company}}' });
    expect(message?.suggestions).toBeUndefined();
  });
});

describe('no-placeholder-left suggestions', () => {
  it('offers a template variable for a bracket placeholder in a template', () => {
    const [message] = runRule(rule, { code: 'Hi {{firstName}}, we met at [Event Name].', filename: 't.hbs' });
    expect(message?.suggestions).toEqual([{ desc: 'Replace [Event Name] with {{eventName}}', fix: { range: [28, 40], text: '{{eventName}}' } }]);
  });
});
