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
    { code: 'Loved your #DevOps thread; C# and F# fans will too.' },
    { code: 'Hi Ana, "teh" [sic] is how it was spelled; the fee is $5.' },
    { code: '- [x] sent\n- [ ] follow up', filename: 'n.md' },
    { code: 'Hi {{firstName}}, we met at {{ event }}.', filename: 't.hbs' },
  ],
  invalid: [
    { code: 'Hi [First Name], we met.', errors: [{ messageId: 'left', line: 1, column: 4, endColumn: 16 }] },
    { code: 'Hi {first_name} and {{ company }}', errors: [{ messageId: 'left', column: 4 }, { messageId: 'left', column: 21 }] },
    { code: 'Hi %FIRSTNAME% from <Company>', errors: [{ messageId: 'left', column: 4 }, { messageId: 'left', column: 21 }] },
    { code: 'Bonjour [Prénom],\nà bientôt <<Nom>>', errors: [{ messageId: 'left', line: 1, column: 9 }, { messageId: 'left', line: 2, column: 11 }] },
    { code: 'Hi FIRST_NAME, I work at COMPANY_NAME.', errors: [{ messageId: 'left', column: 4 }, { messageId: 'left', column: 26 }] },
    { code: 'Hi {{firstName, how are you', errors: [{ messageId: 'unclosed', column: 4 }] },
    { code: 'Hi {{firstName}}, we met at [Event Name].', filename: 't.hbs', errors: [{ messageId: 'notVariable', column: 29 }] },
    { code: 'Hi ${firstName}, about {{ topic | default("AI") }}', errors: [{ messageId: 'left', column: 4, endColumn: 16 }, { messageId: 'left', column: 24 }] },
    { code: 'Hi #first_name#, see you at %%event%%', errors: [{ messageId: 'left', column: 4 }, { messageId: 'left', column: 29 }] },
    { code: 'Hi Ana, we met at ____ last week.', errors: [{ messageId: 'left', column: 19, endColumn: 23 }] },
    { code: '{% spin %}Hi{% variation %}Hello{% endspin %} Ana', errors: [{ messageId: 'alternativesLeft', column: 1, endColumn: 46 }] },
    { code: '{Hi|Hello} Ana, {% if event %}we met{% endif %}', errors: [{ messageId: 'alternativesLeft' }, { messageId: 'tagLeft' }, { messageId: 'tagLeft' }] },
    { code: '{% spin %}Hi{% variation %}Hello{% endspin %} {{firstName}}', filename: 't.hbs', errors: [{ messageId: 'alternativesLeft' }] },
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
  it('offers each alternative of a spin block', () => {
    const [message] = runRule(rule, { code: '{Hi|Hello} Ana' });
    expect(message?.suggestions?.map((suggestion) => suggestion.fix)).toEqual([
      { range: [0, 10], text: 'Hi' },
      { range: [0, 10], text: 'Hello' },
    ]);
  });

  it('offers a template variable for a bracket placeholder in a template', () => {
    const [message] = runRule(rule, { code: 'Hi {{firstName}}, we met at [Event Name].', filename: 't.hbs' });
    expect(message?.suggestions).toEqual([{ desc: 'Replace [Event Name] with {{eventName}}', fix: { range: [28, 40], text: '{{eventName}}' } }]);
  });
});
