import { describe, expect, it } from 'vitest';
import { lint } from '../../internal.js';
import { testRule } from '../../test-support/rule-tester.js';
import rule from './index.js';

const words = (count: number) => 'word '.repeat(count).trimEnd();

testRule(rule, {
  valid: [
    { code: 'x'.repeat(300) },
    { code: `${'x'.repeat(300)}\n` },
    { code: `${'x'.repeat(300)}\r\n` },
    { code: `---\ndegree: 2\n---\n\n${'x'.repeat(300)}\n` },
    { code: `${'x'.repeat(199)}\n`, settings: { account: 'free' } },
    { code: 'x'.repeat(150), settings: { limit: 150 } },
    // CRLF counts as one character.
    { code: `${'x'.repeat(149)}\r\n${'x'.repeat(150)}` },
    // Markdown comments are not sent.
    { code: `<!-- ${words(80)} -->\n${'x'.repeat(290)}`, filename: 'note.md' },
    { code: `Hi {{firstName}}, ${words(40)}`, filename: 't.hbs' },
  ],
  invalid: [
    { code: 'x'.repeat(301), errors: [{ messageId: 'note', line: 1, column: 301, endLine: 1, endColumn: 302, severity: 2 }] },
    { code: `---\naccount: free\n---\n${'x'.repeat(201)}`, errors: [{ line: 4, column: 201, messageId: 'note' }] },
    { code: `---\nlimit: 10\naccount: premium\n---\nHello there, Ana`, errors: [{ messageId: 'note', line: 5, column: 11 }] },
    { code: `${'x'.repeat(150)}\n${'x'.repeat(150)}`, errors: [{ messageId: 'note', line: 2, column: 150 }] },
    { code: 'x'.repeat(150), settings: { limit: 100 }, errors: [{ messageId: 'note', column: 101 }] },
    // An emoji is two UTF-16 code units.
    { code: `${'x'.repeat(299)}🙂`, errors: [{ messageId: 'note', column: 300 }] },
    {
      code: `---\nvariables:\n  topic: { maxLength: 100, sample: ${'a'.repeat(100)} }\n---\nHi {{firstName}}, {{topic}} ${'x'.repeat(190)}`,
      filename: 't.hbs',
      errors: [{ severity: 2, messageId: 'sample', line: 5 }],
    },
    {
      code: `---\nvariables:\n  topic: { maxLength: 100, sample: short }\n---\nHi {{firstName}}, {{topic}} ${'x'.repeat(190)}`,
      filename: 't.hbs',
      errors: [{ severity: 1, messageId: 'worst', line: 5, column: 203 }],
    },
  ],
});

describe('max-length messages', () => {
  const messages = (source: string, filePath = 'note.txt', locale: 'en' | 'es' = 'en') =>
    lint(source, { filePath, locale, rules: { 'max-length': 'error' } }).messages.map(String);

  it('gives the count, the excess and the limit', () => {
    expect(messages(`---\naccount: free\n---\n${'x'.repeat(230)}\n`)).toEqual([
      'note.txt:4:201-4:231: The note is 230 characters, 30 over the 200-character limit of free accounts: cut 30.',
    ]);
  });

  it('speaks Spanish', () => {
    expect(messages('x'.repeat(305), 'nota.txt', 'es')).toEqual([
      'nota.txt:1:301-1:306: La nota tiene 305 caracteres, 5 más que el límite de 300 caracteres: recorta 5.',
    ]);
  });

  it('names the variables that push a template over in the worst case, longest first', () => {
    const template = `---\nvariables:\n  position: { maxLength: 80, sample: CTO }\n---\nHi {{firstName}}, as {{position}} at {{company}} ${'x'.repeat(170)}\n`;
    expect(messages(template, 't.hbs')).toEqual([
      't.hbs:5:197-5:220: With every variable at its maximum length the note is 323 characters, 23 over the 300-character limit (position 80, company 40, firstName 20): shorten the text or lower their maxLength.',
    ]);
  });

  it('takes the longer branch of a conditional in the worst case and the sampled one otherwise', () => {
    const template = `{{#if company}}${'x'.repeat(250)}{{else}}${'y'.repeat(320)}{{/if}}`;
    const [message] = messages(template, 't.hbs');
    expect(message).toContain('With every variable at its maximum length the note is 320 characters');
  });
});
