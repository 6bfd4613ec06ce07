import { describe, expect, it } from 'vitest';
import { lintAndFix } from '../internal.js';

describe('lintAndFix', () => {
  it('applies certain fixes, lints again, and reports what is left', () => {
    const source = '---\ndegree: 3\nvariables:\n  event: { maxLength: 30, required: true }\n---\nHi {firstName}, we met at %event% and at [Event Name].\n';
    const result = lintAndFix(source, { filePath: 't.hbs' });
    expect(result.fixed).toBe(true);
    expect(result.output).toBe('---\ndegree: 3\nvariables:\n  event: { maxLength: 30, required: true }\n---\nHi {{firstName}}, we met at {{event}} and at [Event Name].\n');
    expect(result.file.messages.map((message) => message.ruleId)).toEqual(['no-placeholder-left']);
  });

  it('leaves a file with nothing certain to fix as it is', () => {
    const source = 'Hi [Name], we met at PyCon.';
    const result = lintAndFix(source, { filePath: 'n.txt' });
    expect(result).toMatchObject({ fixed: false, output: source });
  });
});
