import { RuleTester } from '@invite-lint/core/testing';
import { describe, it } from 'vitest';
import plugin from '../house-plugin.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester();

tester.run('house/no-emoji', plugin.rules['no-emoji'], {
  valid: ['Hi Lena, your workshop on cost reports at DataConf Lisbon was the clearest I have seen.'],
  invalid: [
    { code: 'Hi Priya 👋 loved your talk.', errors: [{ messageId: 'emoji', line: 1, column: 10, endColumn: 12 }] },
    { code: 'Congrats on the launch 🚀🎉', errors: [{ messageId: 'emoji' }, { messageId: 'emoji' }] },
  ],
});

tester.run('house/product-name', plugin.rules['product-name'], {
  valid: [
    { code: 'We moved our batch jobs to Acme Cloud last spring.', options: { name: 'Acme Cloud' } },
    // Without a name there is nothing to check.
    'We moved our batch jobs to acmecloud last spring.',
  ],
  invalid: [
    {
      code: 'We moved our batch jobs to acmecloud last spring.',
      options: { name: 'Acme Cloud' },
      errors: [{ messageId: 'spelling', column: 28, endColumn: 37 }],
      output: 'We moved our batch jobs to Acme Cloud last spring.',
    },
    {
      code: 'Acme-cloud and ACME CLOUD',
      options: { name: 'Acme Cloud' },
      errors: [{ message: 'Write "Acme Cloud", not "Acme-cloud".' }, { messageId: 'spelling', column: 16 }],
      output: 'Acme Cloud and Acme Cloud',
    },
  ],
});
