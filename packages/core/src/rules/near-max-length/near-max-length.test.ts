import { testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

testRule(rule, {
  valid: [
    { code: 'x'.repeat(289) },
    { code: 'x'.repeat(301) },
    { code: 'x'.repeat(180), settings: { account: 'free' } },
    { code: 'x'.repeat(294), options: { margin: 5 } },
    { code: `Hi {{firstName}}, ${'x'.repeat(200)}`, filename: 't.hbs' },
  ],
  invalid: [
    { code: 'x'.repeat(290), errors: [{ messageId: 'note', severity: 2, line: 1, column: 290, endColumn: 291 }] },
    { code: 'x'.repeat(300), errors: [{ messageId: 'note', column: 291, endColumn: 301 }] },
    { code: 'x'.repeat(195), settings: { account: 'free' }, errors: [{ messageId: 'note', column: 191 }] },
    // Worst case 20 (firstName) + 4 + 268 = 292 characters.
    { code: `Hi {{firstName}}, ${'x'.repeat(268)}`, filename: 't.hbs', errors: [{ messageId: 'worst' }] },
  ],
});
