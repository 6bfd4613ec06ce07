import { describe, expect, it } from 'vitest';
import { lint } from '../internal.js';

const lines = (source: string, filePath: string, options: Parameters<typeof lint>[1] = {}) =>
  lint(source, { filePath, settings: { degree: 2 }, ...options }).messages.map(String);

describe('inline directives', () => {
  it('disable the next line in a template comment, with a reason after --', () => {
    expect(lines('{{!-- invite-lint-disable-next-line require-reason -- a greeting test --}}\nHi {{firstName}}, let us connect!', 't.hbs')).toEqual([
      't.hbs:2:19-2:34: This is a 2nd-degree contact: name the person you both know (for example "Dana Ruiz suggested I reach out"); "a mutual friend" or "12 connections in common" is not enough.',
    ]);
  });

  it('disable rules for the rest of a Markdown note until an enable', () => {
    expect(lines('<!-- invite-lint-disable require-reason, require-shared-contact -->\nHi Sam, let us connect!', 'n.md')).toEqual([]);
    const reenabled = lines('<!-- invite-lint-disable no-placeholder-left -->\nHi [Name],\n<!-- invite-lint-enable -->\n[Company] rocks.', 'n.md', { rules: { 'no-placeholder-left': 'error' } });
    expect(reenabled).toEqual(['n.md:4:1-4:10: Placeholder [Company] is still in the note: replace it with the real company.']);
  });

  it('disable every rule when none is named, and on the directive line with disable-line', () => {
    expect(lines('<!-- invite-lint-disable -->\nHi Sam, let us connect!', 'n.md')).toEqual([]);
    expect(lines('Hi [Name] <!-- invite-lint-disable-line no-placeholder-left -->', 'n.md', { rules: { 'no-placeholder-left': 'error' } })).toEqual([]);
  });

  it('report directives that turn off nothing, as a warning unless told otherwise', () => {
    const source = '<!-- invite-lint-disable max-length -->\nHi [Name]';
    const options = { rules: { 'no-placeholder-left': 'error', 'max-length': 'error' } } as const;
    expect(lines(source, 'n.md', options)[0]).toBe('n.md:1:1-1:40: Unused invite-lint-disable directive: no `max-length` problem was reported here; remove it.');
    expect(lint(source, { filePath: 'n.md', ...options }).messages[0]?.fatal).toBe(false);
    expect(lines(source, 'n.md', { ...options, reportUnusedDirectives: 'off' })).toHaveLength(1);
    expect(lint(source, { filePath: 'n.md', ...options, reportUnusedDirectives: 'error' }).messages[0]?.fatal).toBe(true);
  });

  it('name unknown rules', () => {
    expect(lines('{{! invite-lint-disable no-such-rule }}\nHi {{firstName}}, we met at {{event}}.', 't.hbs', { rules: {} })).toEqual([
      't.hbs:1:1-1:40: Unknown rule `no-such-rule` in invite-lint-disable: run `invite-lint --list-rules` for the ids.',
    ]);
  });

  it('are only comments: the same words in a plain note are text', () => {
    const source = 'invite-lint-disable no-placeholder-left\nHi [Name]';
    expect(lines(source, 'n.txt', { rules: { 'no-placeholder-left': 'error' } })).toEqual([
      'n.txt:2:4-2:10: Placeholder [Name] is still in the note: replace it with the real name.',
    ]);
  });
});
