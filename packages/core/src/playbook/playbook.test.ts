import { beforeAll, describe, expect, it } from 'vitest';
import { lint, lintAndFix, type LintMessage, type LintOptions, type PlacedNote } from '../index.js';
import { loadMarkdownParser, type MarkdownParser } from './markdown-parser.js';
import { isPlaybook } from './playbook.js';

let markdown: MarkdownParser;
beforeAll(async () => {
  markdown = await loadMarkdownParser();
});

const lines = (source: string, options: LintOptions = {}) => lint(source, { filePath: 'p.md', markdown, ...options }).messages.map((message) => `${String(message)} [${message.ruleId ?? 'core'}]`);
const notesOf = (source: string, options: LintOptions = {}) => lint(source, { filePath: 'p.md', markdown, ...options }).data.inviteLint?.notes ?? [];

const english = `# Connection requests

Notes we send with LinkedIn invitations. Fill the slots before sending.

## Alumni

\`\`\`
Hi [Name], I saw you also did the data engineering master at [University]. I'm now building pipelines for cold-chain logistics and would like to compare notes on dbt testing.
\`\`\`

## Met at a conference

> Hi Priya, great meeting you at the conference last week!
> Would love to stay in touch.

## Mutual connection

> Hi Tom, Lena Fischer suggested I reach out about your work on
> battery recycling in Leipzig. I run procurement at a small EV startup.

## Cold outreach

<!-- invite-lint degree: 3 account: free -->
Hi Sam, I'd like to add you to my professional network on LinkedIn.

## Follow-up after they accept

\`\`\`
Thanks for connecting, [Name]! Here is the checklist I mentioned.
\`\`\`
`;

const spanish = `---
lang: es
account: free
---

# Invitaciones de LinkedIn

## Antiguos alumnos

\`\`\`
Hola [Nombre], vi que también estudiaste Ingeniería Industrial en la Universidad de Oviedo. Trabajo en planificación de demanda y me gustaría conocer tu experiencia con previsiones en retail.
\`\`\`

## Después de un congreso

> Hola Lucía, coincidimos en el congreso
> y me quedé con ganas de seguir hablando de almacenes automáticos.

## Contacto en común

> Hola Jorge, me encantaría conectar contigo.

## Seguimiento tras aceptar

> Gracias por aceptar, [Nombre]. Te paso el informe que te comenté.
`;

describe('a Markdown playbook', () => {
  it('lints each note alone and reports its findings on the file’s own lines and columns', () => {
    expect(lines(english)).toEqual([
      'p.md:13:13-14:31: An event is mentioned ("great meeting you at the conference") but not named: name it ("we met at Web Summit Lisbon") so this 3rd-degree contact can place you. [require-context]',
      "p.md:24:9-24:68: This is LinkedIn's stock invitation text, which most people ignore: say why you want to connect with this person. [no-default-text]",
      'p.md:24:9-24:68: The note does not say why you want to connect with this person: name what you have in common or what you want to talk about (an event, their post, a project, a question). [require-reason]',
      'p.md:24:9-24:68: This is a 3rd-degree contact who does not know you: say where you met (name the event), what you studied together, which post you both commented on, or offer something concrete. A shared group, city or industry is not enough. [require-context]',
    ]);
    expect(lines(spanish, { locale: 'es' })).toEqual([
      'p.md:11:191-11:192: La nota tiene 191 caracteres, 9 por debajo del límite de 200 caracteres de las cuentas gratuitas: cualquier añadido puede pasarlo. [near-max-length]',
      'p.md:16:15-17:68: Se menciona un evento («coincidimos en el congreso») pero no se nombra: di cuál («coincidimos en el South Summit de Madrid») para que este contacto de 3.er grado sepa quién eres. [require-context]',
      'p.md:21:15-21:46: La nota solo tiene frases hechas de networking («me encantaría conectar contigo»): di por qué esta persona, con lo que tenéis en común o de qué quieres hablar (un evento, su publicación, un proyecto, una pregunta). [require-reason]',
      'p.md:21:15-21:46: Es un contacto de 2.º grado: nombra a la persona que conocéis los dos (por ejemplo «Dana Ruiz me sugirió que te escribiera»); «un amigo en común» o «12 contactos en común» no basta. [require-shared-contact]',
    ]);
  });

  it('gives each note the findings its text gets alone in a .txt with the same degree and account', () => {
    for (const playbook of [english, spanish]) {
      for (const note of notesOf(playbook)) {
        const { degree, account } = note.settings;
        const alone = lint(`${note.document.source}\n`, { filePath: 'n.txt', settings: { degree, account, lang: note.settings.lang } });
        const inPlaybook = lint(playbook, { filePath: 'p.md', markdown }).messages.filter((message) => {
          const offset = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0;
          return offset >= note.start && offset <= note.end;
        });
        const said = (messages: readonly unknown[]) => (messages as LintMessage[]).map((message) => `${message.ruleId} ${message.reason} «${message.actual ?? ''}»`);
        // The one difference, on purpose: a playbook's [Name] is a slot, not a placeholder left in.
        const expected = said(alone.messages.filter((message) => message.ruleId !== 'no-placeholder-left'));
        expect(said(inPlaybook), note.document.source).toEqual(expected);
      }
    }
  });

  it('reads the text as it would be pasted: no quote markers, emphasis, link addresses or comments', () => {
    const source = '## Mutual connection\n\n> Hi **Ana**, Lena Fischer said you run the [Leipzig](https://example.org/meetup) meetup.\n>\n> <!-- keep it short -->\n> Could we *talk* about it?\n';
    expect(notesOf(source).map((note) => note.document.source)).toEqual(['Hi Ana, Lena Fischer said you run the Leipzig meetup.\n\n\nCould we talk about it?']);
  });

  it('keeps a fence’s text as written, minus its indentation or container', () => {
    const source = '## Alumni\n\n- In a list:\n\n  ```text\n  Hi Ana,\n    we met at PyCon.\n  ```\n\n> ~~~\n> Hi Bo\n> ~~~\n';
    expect(notesOf(source).map((note) => note.document.source)).toEqual(['Hi Ana,\n  we met at PyCon.', 'Hi Bo']);
  });

  it('skips messages that are not invitations: after they accept, InMail, e-mail, replies, in any language', () => {
    const headings = ['Follow-up after they accept', 'InMail to recruiters', 'Cold email', 'When they reply', 'Seguimiento tras aceptar', 'Correo en frío', 'Suivi après l’acceptation', 'Nach der Annahme'];
    const source = headings.map((heading) => `## ${heading}\n\n\`\`\`\nHi, I'd like to add you to my professional network on LinkedIn.\n\`\`\`\n`).join('\n');
    expect(lines(source)).toEqual([]);
    expect(notesOf(source)).toEqual([]);
    // A note comment can still say a block is an invitation.
    expect(lines(`## Follow-ups\n\n<!-- invite-lint kind: invitation -->\n> I'd like to add you to my professional network on LinkedIn.\n`, { rules: { 'no-default-text': 'error' } })).toEqual([
      "p.md:4:3-4:62: This is LinkedIn's stock invitation text, which most people ignore: say why you want to connect with this person. [no-default-text]",
    ]);
  });

  it('takes settings from config, flags, front matter, the heading, then the comment above the note, each over the last', () => {
    const source = '---\ndegree: 1\naccount: premium\n---\n# Invitations\n\n```\nPlain.\n```\n\n## Alumni\n\n```\nUnder a heading.\n```\n\n<!-- invite-lint degree: 2 account: free limit: 150 -->\n```\nUnder a comment.\n```\n';
    const settings = (note: PlacedNote) => `${note.document.source} ${note.settings.degree} ${note.settings.limit}`;
    expect(notesOf(source, { settings: { degree: 3, account: 'free' } }).map(settings)).toEqual(['Plain. 1 300', 'Under a heading. 3 300', 'Under a comment. 2 150']);
    expect(notesOf(source.slice(source.indexOf('# Invitations')), { settings: { degree: 2, account: 'free' } }).map(settings)).toEqual(['Plain. 2 200', 'Under a heading. 3 200', 'Under a comment. 2 150']);
    expect(notesOf('## Mutual connection\n\n> Hi\n\n## Alumni introduced by a colleague\n\n> Hi\n').map((note) => note.settings.degree)).toEqual([2, 2]);
  });

  it('never reads code, tables, lists of tips, HTML or a quote inside a quote as a note', () => {
    const source = [
      '## Connection requests',
      '```js\nconst note = "I\'d like to add you to my professional network on LinkedIn.";\n```',
      '```shell\ninvite-lint notes/\n```',
      '| situation | note |\n|---|---|\n| cold | I\'d like to add you to my professional network on LinkedIn. |',
      '- Tip: I\'d like to add you to my professional network on LinkedIn.\n- Tip: keep it short.',
      '<div>\nI\'d like to add you to my professional network on LinkedIn.\n</div>',
      '> > I\'d like to add you to my professional network on LinkedIn.',
      '    indented code: I\'d like to add you to my professional network on LinkedIn.',
      'A paragraph: I\'d like to add you to my professional network on LinkedIn.',
    ].join('\n\n');
    expect(lines(source)).toEqual([]);
    expect(notesOf(source)).toEqual([]);
  });

  it('judges placeholders as slots and counts them as written', () => {
    const slotted = `Hi [First Name], {first_name} and [Company] ${'x'.repeat(170)}`;
    expect(lines(`## Invitations\n\n\`\`\`\n${slotted}\n\`\`\`\n`, { settings: { account: 'free' }, rules: { 'no-placeholder-left': 'error', 'max-length': 'error' } })).toEqual([
      `p.md:4:201-4:${slotted.length + 1}: The note is ${slotted.length} characters, ${slotted.length - 200} over the 200-character limit of free accounts: cut ${slotted.length - 200}. [max-length]`,
    ]);
  });

  it('reads a Markdown file with no note blocks as one note, as before', () => {
    expect(lines('---\ndegree: 2\n---\nHi [Name], I\'d like to add you to my professional network on LinkedIn.\n', { rules: { 'no-placeholder-left': 'error' } })).toEqual([
      'p.md:4:4-4:10: Placeholder [Name] is still in the note: replace it with the real name. [no-placeholder-left]',
    ]);
  });

  it('lints a Handlebars fence as a template, and --fix edits inside that block only', () => {
    const source = '## Connection requests\n\n```\nHi [Name], Dana Ruiz suggested I write.\n```\n\n```hbs\nHi [First Name], Dana Ruiz suggested I write.\n```\n';
    const fixed = lintAndFix(source, { filePath: 'p.md', markdown, rules: { 'no-placeholder-left': 'error' } });
    expect(fixed.output).toBe(source.replace('Hi [First Name]', 'Hi {{firstName}}'));
    expect(fixed.file.messages).toEqual([]);
  });

  it('places suggestions’ edits in the file, and drops one that would cross a quote’s markers', () => {
    const source = '## Connection requests\n\n> Hi Ana,\n> I\'d like to add you to my professional network on LinkedIn.\n';
    const [message] = lint(source, { filePath: 'p.md', markdown, rules: { 'no-default-text': 'error' } }).messages as LintMessage[];
    const edit = message?.suggestions?.[0]?.fix;
    expect(edit && source.slice(edit.range[0], edit.range[1])).toBe("I'd like to add you to my professional network on LinkedIn.");
  });

  it('applies inline directives in the playbook to the notes’ findings, and reports unused ones', () => {
    const source = '## Invitations\n\n<!-- invite-lint-disable require-reason -->\n```\nI\'d like to add you to my professional network on LinkedIn.\n```\n<!-- invite-lint-enable require-reason -->\n\n<!-- invite-lint-disable-next-line no-default-text -->\n> I\'d like to add you to my professional network on LinkedIn.\n\n<!-- invite-lint-disable-next-line max-length -->\n> Hi Tom, Lena Fischer suggested I reach out about your work on battery recycling in Leipzig.\n';
    expect(lines(source, { rules: { 'no-default-text': 'error', 'require-reason': 'error', 'max-length': 'error' } })).toEqual([
      "p.md:5:1-5:60: This is LinkedIn's stock invitation text, which most people ignore: say why you want to connect with this person. [no-default-text]",
      'p.md:10:3-10:62: The note does not say why you want to connect with this person: name what you have in common or what you want to talk about (an event, their post, a project, a question). [require-reason]',
      'p.md:12:1-12:50: Unused invite-lint-disable-next-line directive: no `max-length` problem was reported here; remove it. [core]',
    ]);
  });

  it('places findings right in a file with CRLF line endings', () => {
    const source = english.replace(/\n/g, '\r\n');
    expect(lines(source)).toEqual(lines(english));
  });
});

describe('bad input in a playbook', () => {
  it('says so when a fence is never closed, and lints what comes before it', () => {
    expect(lines('## Invitations\n\n> I\'d like to add you to my professional network on LinkedIn.\n\n```\nHi Ana,\n## Alumni\n', { rules: { 'no-default-text': 'error' } })).toEqual([
      "p.md:3:3-3:62: This is LinkedIn's stock invitation text, which most people ignore: say why you want to connect with this person. [no-default-text]",
      'p.md:5:1-5:4: This code block is never closed, so the rest of the file would be its text: close it with a line of ```. [core]',
    ]);
  });

  it('says what is wrong with a note comment, or that it stands above nothing a note can be', () => {
    expect(lines('<!-- invite-lint degree: 4 colour: red oops -->\n> Hi\n\n<!-- invite-lint degree: 2 -->\n## A heading\n', { rules: {} })).toEqual([
      'p.md:1:1-1:48: `degree` must be 1, 2 or 3, not `4`. [core]',
      'p.md:1:1-1:48: Unknown setting `colour` in the invite-lint comment: use degree, account, limit, lang or kind. [core]',
      'p.md:1:1-1:48: The invite-lint comment cannot read `oops`: write settings as `key: value`, such as `degree: 3 account: free`. [core]',
      'p.md:4:1-4:31: This invite-lint comment is not right above a note: put it on the line before a fenced code block, a blockquote or a paragraph. [core]',
    ]);
    expect(lines('<!-- invite-lint kind: reply -->\n> Hi\n', { rules: {}, locale: 'es' })).toEqual(['p.md:1:1-1:33: `kind` debe ser `invitation` o `message`, no `reply`. [core]']);
  });

  it('reports an empty note when asked, and judges a note that is only a placeholder like any other', () => {
    expect(lines('## Invitations\n\n```\n```\n', { reportBlank: true })).toEqual(['p.md:3:1-3:1: The note is empty: write the message to send. [core]']);
    expect(lines('## Invitations\n\n```\n[Note]\n```\n', { reportBlank: true, rules: { 'no-placeholder-left': 'error', 'max-length': 'error' } })).toEqual([]);
  });

  it('never crashes on nesting, runs of markup or broken HTML', () => {
    const inputs = [
      '>'.repeat(50_000) + ' deep\n',
      `## Invitations\n\n${'- '.repeat(10_000)}tip\n`,
      `> ${'*'.repeat(50_000)}x${'*'.repeat(50_000)}\n`,
      `> ${'*a '.repeat(4_000)}${'a* '.repeat(4_000)}\n`,
      `<div>\n${'<span>'.repeat(10_000)}\n\n> Hi Ana, we met at PyCon.\n`,
      `<!-- invite-lint degree: 3\n\n> never closed comment\n`,
      '```\n'.repeat(1_000),
      `## Invitations\n\n> ${'[a]('.repeat(8_000)}\n`,
    ];
    for (const input of inputs) {
      const started = performance.now();
      expect(() => lint(input, { filePath: 'p.md', markdown })).not.toThrow();
      expect(performance.now() - started, input.slice(0, 20)).toBeLessThan(5_000);
    }
  });

  it('reads a 2 MB playbook of 5,000 notes in time linear in its size', () => {
    const block = (index: number) =>
      index % 2 === 0
        ? `## Alumni ${index}\n\n\`\`\`\nHi [Name], we both studied at Deusto and I saw your talk on cold-chain logistics. ${'More detail. '.repeat(22)}\n\`\`\`\n`
        : `## Met at a conference ${index}\n\n> Hi Ana, we met at ProMat in Chicago and talked about **returns**.\n> ${'More detail. '.repeat(22)}\n`;
    const playbook = (count: number) => Array.from({ length: count }, (_, index) => block(index)).join('\n');
    const time = (source: string) => {
      const started = performance.now();
      const file = lint(source, { filePath: 'p.md', markdown });
      return { ms: performance.now() - started, notes: file.data.inviteLint?.notes?.length };
    };
    const half = playbook(2_500);
    const whole = playbook(5_000);
    expect(whole.length).toBeGreaterThan(1_900_000);
    time(playbook(200));
    const first = time(half);
    const second = time(whole);
    expect([first.notes, second.notes]).toEqual([2_500, 5_000]);
    // Twice the notes, about twice the time (quadratic work would take four times as long).
    expect(second.ms / first.ms).toBeLessThan(3);
  }, 120_000);
});

describe('which Markdown files are playbooks', () => {
  it('one with a note under a heading that names invitations, or marked as a note', () => {
    expect(isPlaybook('# Connection requests\n\n## Alumni\n\n```\nHi\n```\n', markdown)).toBe(true);
    expect(isPlaybook('# Solicitudes de conexión\n\n> Hola\n', markdown)).toBe(true);
    expect(isPlaybook('# Outreach\n\n```invite\nHi\n```\n', markdown)).toBe(true);
    expect(isPlaybook('<!-- invite-lint degree: 2 -->\nHi Ana\n', markdown)).toBe(true);
  });

  it('not a README with code, notes or quotes, nor one whose only messages follow an acceptance', () => {
    expect(isPlaybook('# Tool\n\n## Notes\n\n```\nnpm install\n```\n\n> A quote.\n', markdown)).toBe(false);
    expect(isPlaybook('# Invitations\n\n## Follow-up after they accept\n\n```\nThanks!\n```\n', markdown)).toBe(false);
  });
});
