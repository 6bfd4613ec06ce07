import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

const t = 't.hbs';
const declares = '---\nvariables:\n  event: { maxLength: 40 }\n---\n';

testRule(rule, {
  valid: [
    { code: 'Hi {{firstName}}, we met at {{anything}}.', filename: t },
    { code: `${declares}Hi {{firstName}} {{lastName}} at {{company}} ({{position}}), {{event}}.`, filename: t },
    { code: 'Hi {{firstName}}, we met at {{Event}}.', filename: t, columns: ['Event'] },
    { code: `${declares}Hi {{default company "x"}}`, filename: t },
    { code: `${declares}Hi {{evnt}}`, filename: 'note.txt' },
  ],
  invalid: [
    { code: `${declares}Hi {{firstName}}, we met at {{evnt}}.`, filename: t, errors: [{ messageId: 'didYouMean', line: 5, column: 31, endColumn: 35 }] },
    { code: `${declares}Hi {{frstName}}`, filename: t, errors: [{ messageId: 'didYouMean' }] },
    { code: `${declares}Hi {{favouriteColour}}`, filename: t, errors: [{ messageId: 'undeclared' }] },
    { code: 'Hi {{firstName}} from {{city}}', filename: t, columns: ['firstName', 'company'], errors: [{ messageId: 'undeclared', column: 25 }] },
    { code: `${declares}Hi {{default compnay "x"}}`, filename: t, errors: [{ messageId: 'didYouMean' }] },
  ],
});

describe('no-undeclared-variable suggestions', () => {
  it('offers the closest known name', () => {
    const [message] = runRule(rule, { code: `${declares}Hi {{evnt}}`, filename: t });
    expect(message?.suggestions).toEqual([{ desc: 'Change to event', fix: { range: [51, 55], text: 'event' } }]);
  });
});
