import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type PluginRule, type ValidCase } from './index.js';

// A plugin's rule as a plugin writes it: a plain object, messages as one flat map.
const shout: PluginRule = {
  meta: {
    schema: { type: 'object', properties: { word: { type: 'string', description: 'The word not to shout.' } }, additionalProperties: false },
    defaultOptions: { word: 'HELLO' },
    messages: { shouting: 'Do not shout {word}.' },
  },
  check(context) {
    const at = context.document.source.indexOf(context.options.word);
    if (at !== -1) context.report({ messageId: 'shouting', data: { word: context.options.word }, start: at, end: at + context.options.word.length });
  },
};

/** Each test the tester registers, run at once: what it threw, or undefined when it passed. */
function outcomes(cases: { valid: (ValidCase | string)[]; invalid: InvalidCase[] }): (string | undefined)[] {
  const results: (string | undefined)[] = [];
  RuleTester.describe = (_name, body) => body();
  RuleTester.it = (_name, body) => {
    try {
      void body();
      results.push(undefined);
    } catch (error) {
      results.push((error as Error).message);
    }
  };
  try {
    new RuleTester().run('house/shout', shout, cases);
  } finally {
    RuleTester.describe = describe;
    RuleTester.it = it;
  }
  return results;
}

describe('RuleTester', () => {
  it('passes cases that hold, by messageId or by message, with positions', () => {
    expect(
      outcomes({
        valid: ['hello there'],
        invalid: [
          { code: 'HELLO there', errors: [{ messageId: 'shouting', line: 1, column: 1, endColumn: 6 }] },
          { code: 'say HI', options: { word: 'HI' }, errors: [{ message: 'Do not shout HI.' }] },
        ],
      }),
    ).toEqual([undefined, undefined, undefined]);
  });

  it('fails an expected error that names neither messageId nor message, or an unknown messageId', () => {
    expect(outcomes({ valid: [], invalid: [{ code: 'HELLO', errors: [{ line: 1 }] }, { code: 'HELLO!', errors: [{ messageId: 'loud' }] }] })).toEqual([
      'Expected error 1 must name its `messageId` or `message`.',
      expect.stringContaining('names messageId `loud`, which house/shout does not have (it has shouting)'),
    ]);
  });

  it('fails duplicate cases, unknown options and unknown keys', () => {
    expect(outcomes({ valid: ['hi', 'hi', { code: 'x', options: { wrod: 'X' } }, { code: 'y', option: {} } as ValidCase], invalid: [] })).toEqual([
      undefined,
      'Duplicate case: the same case is listed twice.',
      'Unknown option `wrod`: house/shout declares word.',
      'Unknown key `option` in a valid case.',
    ]);
  });

  it('fails when the findings differ: count, id, position', () => {
    expect(
      outcomes({
        valid: ['HELLO'],
        invalid: [
          { code: 'calm', errors: [{ messageId: 'shouting' }] },
          { code: 'oh HELLO', errors: [{ messageId: 'shouting', column: 1 }] },
        ],
      }),
    ).toEqual([expect.stringMatching(/^Expected no findings, got 1/), expect.stringMatching(/^Expected 1 finding\(s\), got 0/), 'Finding 1: expected column 1, got 4.']);
  });
});
