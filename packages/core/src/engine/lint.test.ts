import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { lint, NoteDocument } from '../internal.js';

// These tests are about the engine's mechanics, so they run the rules that need no judgement.
const mechanical = { 'max-length': 'error', 'no-placeholder-left': 'error' } as const;
const lines = (source: string, filePath = 'n.txt', options: Parameters<typeof lint>[1] = {}) =>
  lint(source, { filePath, rules: mechanical, ...options }).messages.map(String);

describe('lint', () => {
  it('reports positions in the original file, front matter included', () => {
    expect(lines(`---\ndegree: 2\nlang: en\n---\n\nHi [Name], ${'x'.repeat(295)}\n`)).toEqual([
      'n.txt:6:4-6:10: Placeholder [Name] is still in the note: replace it with the real name.',
      'n.txt:6:301-6:307: The note is 306 characters, 6 over the 300-character limit: cut 6.',
    ]);
  });

  it('reports bad front matter values and keeps linting with the rest', () => {
    expect(lines('---\ndegree: 4\naccount: gold\nlimit: -3\n---\nHi [Name]\n')).toEqual([
      'n.txt:2:9-2:10: `degree` must be 1, 2 or 3, not `4`.',
      'n.txt:3:10-3:14: `account` must be `free` (200 characters) or `premium` (300), not `"gold"`.',
      'n.txt:4:8-4:10: `limit` must be a whole number of characters above 0, not `-3`.',
      'n.txt:6:4-6:10: Placeholder [Name] is still in the note: replace it with the real name.',
    ]);
  });

  it('reads a front matter block seen before (parsed once) the same way, problems included', () => {
    const note = '---\ndegree: 4\n---\nHi [Name]\n';
    const first = lines(note);
    expect(lines(note)).toEqual(first);
    expect(lines(`${note}More text.\n`).slice(0, 1)).toEqual(first.slice(0, 1));
    expect(lines('---\ndegree: 4\r\n---\nHi [Name]\n')[0]).toBe(first[0]);
  });

  it('reports a blank note or template only when asked (an editor\'s new file starts blank)', () => {
    expect(lines('---\ndegree: 2\n---\n\n')).toEqual([]);
    expect(lines('---\ndegree: 2\n---\n \n', 'n.txt', { reportBlank: true })).toEqual(['n.txt:5:1-5:1: The note is empty: write the message to send.']);
    expect(lines('', 't.hbs', { reportBlank: true, locale: 'es' })).toEqual(['t.hbs:1:1-1:1: La plantilla está vacía: escribe la nota que debe producir.']);
  });

  it('stops at YAML it cannot read, with one fatal message', () => {
    const file = lint('---\nlang: [en\n---\nHi [Name]\n', { filePath: 'n.txt', rules: mechanical });
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]?.ruleId).toBeUndefined();
    expect(file.data.inviteLint?.unparsed).toBe(true);
  });

  it('turns rules off from front matter and names unknown ids', () => {
    expect(lines(`---\ndisable: [no-placeholder-left, no-such-rule]\n---\nHi [Name]\n`)).toEqual([
      'n.txt:2:32-2:44: Unknown rule `no-such-rule` in `disable`: run `invite-lint --list-rules` for the ids.',
    ]);
    expect(lines('---\ndisable: max-length\n---\n' + 'x'.repeat(400))).toEqual([]);
  });

  it('lets front matter override the defaults it is given', () => {
    const source = `---\naccount: premium\n---\n${'x'.repeat(250)}`;
    expect(lines(source, 'n.txt', { settings: { account: 'free' } })).toEqual([]);
    expect(lines('x'.repeat(250), 'n.txt', { settings: { account: 'free' } })).toHaveLength(1);
  });

  it('runs only the configured rules at their severity', () => {
    const file = lint('Hi [Name]', { filePath: 'n.txt', rules: { 'no-placeholder-left': 'warn' } });
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.source, message.url])).toEqual([
      ['no-placeholder-left', false, 'invite-lint', 'https://github.com/invite-lint/invite-lint/blob/main/packages/core/src/rules/no-placeholder-left/README.md'],
    ]);
  });

  it('runs the recommended rules when none are configured', () => {
    const ids = lint('---\ndegree: 2\n---\nHi Sam, let us connect!', { filePath: 'n.txt' }).messages.map((message) => message.ruleId);
    expect(ids).toEqual(['require-reason', 'require-shared-contact']);
  });

  it('judges nothing in a blank note, but does judge a note of emoji', () => {
    const ids = (source: string) => lint(source, { filePath: 'n.txt', settings: { degree: 3 } }).messages.map((message) => message.ruleId);
    expect(ids('')).toEqual([]);
    expect(ids('---\ndegree: 2\n---\n\n')).toEqual([]);
    expect(ids('👋🙂')).toEqual(['require-reason', 'require-context']);
  });

  it("matches the declared language's phrase lists, else every language's; detects a language only when asked", () => {
    const settings = (source: string) => lint(source, { filePath: 'n.txt' }).data.inviteLint?.settings;
    expect(settings('---\nlang: es-MX\n---\nHi')?.languages).toEqual(['es']);
    const spanish = settings('Hola Lucía, coincidimos en la mesa redonda de DevFest Sevilla sobre accesibilidad.');
    expect(spanish?.languages).toHaveLength(7);
    expect(spanish?.language).toBe('es');
    expect(settings('Hi Sam, let us connect!')?.languages).toHaveLength(7);
  });

  it('adds the language a note is plainly written in to the declared one, the same array each time', () => {
    const settings = (source: string) => lint(source, { filePath: 'n.txt' }).data.inviteLint?.settings;
    const portuguese = '---\nlang: en\n---\nOlá Lucas, você não me conhece, mas a Camila disse que você é a pessoa certa para falar sobre dados.';
    expect(settings(portuguese)?.languages).toEqual(['en', 'pt']);
    expect(settings(portuguese)?.languages).toBe(settings(portuguese)?.languages);
    expect(settings(portuguese)?.language).toBe('en');
    expect(settings('---\nlang: en\n---\nHi Sam, I saw that you are hiring for the data team and I would like to ask about it.')?.languages).toEqual(['en']);
    // Half in each: the other language when it has as many function words as the declared one.
    const mixed = '---\nlang: en\n---\nBonjour Karim, nous avons fait ensemble le Founders Program de Station F (promo 2022). Since then I moved into climate fintech.';
    expect(settings(mixed)?.languages).toEqual(['en', 'fr']);
  });
});

describe('NoteDocument', () => {
  it('keeps placeholders as nodes of their own in the nlcst tree', () => {
    const document = new NoteDocument("---\nlang: en\n---\nHi [First Name], {{company}}'s team and %NAME%.\n", 'txt');
    const found: string[] = [];
    visit(document.tree('en'), 'PlaceholderNode', (node) => {
      found.push(`${node.position.start.line}:${node.position.start.column} ${node.value}`);
    });
    expect(found).toEqual(['4:4 [First Name]', '4:18 {{company}}', '4:41 %NAME%']);
    // Placeholder nodes carry their raw text, so the tree still reads as the original.
    expect(toString(document.tree('en'))).toContain("Hi [First Name], {{company}}'s team and %NAME%.");
  });

  it('blanks template control tags and comments but keeps values as placeholders', () => {
    const document = new NoteDocument('Hi {{firstName}},{{!-- note --}}{{#if company}} at {{company}}{{/if}}.', 'hbs');
    expect(document.placeholders.map((placeholder) => placeholder.name)).toEqual(['firstName', 'company']);
    expect(document.prose).toBe(`Hi ${'x'.repeat(13)},${' '.repeat(15)}${' '.repeat(15)} at ${'x'.repeat(11)}${' '.repeat(7)}.`);
  });

  it('leaves Markdown comments out of the message', () => {
    const document = new NoteDocument('<!-- draft -->\nHi Ana', 'md');
    expect(document.spans.map((span) => document.source.slice(span.start, span.end))).toEqual(['\nHi Ana']);
  });
});
