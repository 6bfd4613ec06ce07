import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './support/cli.js';
import { english, spanish, type Playbook } from './support/playbooks.js';

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
}

const readme = '# Our outreach\n\n## Notes\n\nInstall it first:\n\n```\nnpm install\n```\n\n> Keep every note short.\n';
const repository = () =>
  fixture({
    'invite-lint.config.yaml': 'account: free\n',
    'README.md': readme,
    'playbooks/en.md': english.source,
    'playbooks/es.md': spanish.source,
    'drafts/idea.md': 'A thought about notes, not a note.\n',
  });

const lintJson = (args: string[], options: Parameters<typeof runCli>[1] = {}) => {
  const run = runCli(['--format', 'json', ...args], options);
  return { code: run.code, results: JSON.parse(run.stdout) as JsonResult[], stderr: run.stderr };
};

/** A finding as the note would have it alone: its line counted from the note's first, its column from the line's text. */
const relative = (message: JsonMessage, firstLine: number, indent: number) =>
  `${message.line - firstLine}:${message.column - indent}-${message.endLine - firstLine} ${message.ruleId} ${message.message}`;

describe('a repository of Markdown playbooks', () => {
  const folder = repository();

  it('finds playbooks in a folder by their headings, and only them', () => {
    const { code, results } = lintJson(['.'], { cwd: folder });
    expect(code).toBe(1);
    expect(results.map((result) => result.filePath.slice(folder.length + 1))).toEqual(['playbooks/en.md', 'playbooks/es.md']);
  });

  it("reports each note's findings on its own lines: those of the note alone in a .txt with the same degree and account", () => {
    const { results } = lintJson(['playbooks'], { cwd: folder });
    const alone: Record<string, string> = {};
    const playbooks: [string, Playbook, string][] = [
      ['en', english, 'en'],
      ['es', spanish, 'es'],
    ];
    for (const [name, playbook, lang] of playbooks) {
      playbook.notes.forEach((note, index) => {
        if (note.degree) alone[`${name}-${index}.txt`] = `---\ndegree: ${note.degree}\naccount: free\nlang: ${lang}\n---\n${note.text}\n`;
      });
    }
    const separate = fixture(alone);
    const byFile = new Map(lintJson(['.'], { cwd: separate }).results.map((result) => [result.filePath.slice(separate.length + 1), result.messages]));
    let compared = 0;
    for (const [name, playbook] of playbooks) {
      const messages = results.find((result) => result.filePath.endsWith(`${name}.md`))?.messages ?? [];
      playbook.notes.forEach((note, index) => {
        const inPlaybook = messages.filter((message) => message.line >= note.firstLine && message.line <= note.lastLine).map((message) => relative(message, note.firstLine, note.indent));
        if (!note.degree) {
          // A message sent after they accepted, an InMail, an e-mail: not an invitation, not judged as one.
          expect(inPlaybook, note.heading).toEqual([]);
          return;
        }
        // The one difference, on purpose: in a playbook [Name] is a slot to fill, not a placeholder left in.
        const own = (byFile.get(`${name}-${index}.txt`) ?? []).filter((message) => message.ruleId !== 'no-placeholder-left');
        expect(inPlaybook, note.heading).toEqual(own.map((message) => relative(message, 6, 0)));
        compared += own.length;
      });
    }
    // Notes clean and notes with findings, in both languages.
    expect(compared).toBeGreaterThanOrEqual(8);
    expect(messagesOf(results, 'en.md').map((message) => `${message.line} ${message.ruleId}`)).toEqual([
      `${english.notes[1]!.firstLine} require-context`,
      `${english.notes[3]!.firstLine} max-length`,
      `${english.notes[4]!.firstLine} no-default-text`,
      `${english.notes[4]!.firstLine} require-reason`,
      `${english.notes[4]!.firstLine} require-context`,
    ]);
  });

  it('lints the same by glob, by standard input and in Spanish', () => {
    const byFolder = lintJson(['playbooks'], { cwd: folder }).results;
    const byGlob = lintJson(['playbooks/**/*.md'], { cwd: folder }).results;
    expect(byGlob).toEqual(byFolder);
    const stdin = lintJson(['--stdin', '--stdin-filename', 'playbooks/en.md'], { cwd: folder, input: english.source }).results;
    expect(stdin[0]?.messages).toEqual(messagesOf(byFolder, 'en.md'));
    const inSpanish = lintJson(['--locale', 'es', 'playbooks/es.md'], { cwd: folder }).results;
    expect(inSpanish[0]?.messages.map((message) => `${message.line} ${message.message}`)).toContain(
      `${spanish.notes[2]!.firstLine} La nota solo tiene frases hechas de networking («me encantaría conectar contigo»): di por qué esta persona, con lo que tenéis en común o de qué quieres hablar (un evento, su publicación, un proyecto, una pregunta).`,
    );
  });

  it("shows the findings on the playbook's lines in every output format", () => {
    const line = english.notes[1]!.firstLine;
    const run = (format: string) => runCli(['--format', format, 'playbooks/en.md'], { cwd: folder }).stdout;
    expect(run('stylish')).toMatch(new RegExp(`\\n  ${line}:13 +error +An event is mentioned \\("great meeting you at the conference"\\) but not named`));
    expect(run('compact')).toContain(`playbooks/en.md: line ${line}, col 13, Error - An event is mentioned`);
    expect(run('github')).toContain(`::error file=playbooks/en.md,line=${line},col=13,endLine=${line + 1},`);
    expect(run('junit')).toContain(`line ${line}, col 13, Error - An event is mentioned`);
    const sarif = JSON.parse(run('sarif')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(sarif.runs[0]?.results.map((result) => `${result.ruleId} ${result.locations[0]?.physicalLocation.region.startLine}`)).toContain(`require-context ${line}`);
  });

  it("lints a Markdown file the config's `files` name, and leaves other prose alone", () => {
    expect(lintJson(['.'], { cwd: folder }).results.some((result) => result.filePath.endsWith('idea.md'))).toBe(false);
    const configured = fixture({ 'invite-lint.config.yaml': '- files: ["drafts/**"]\n  degree: 3\n', 'drafts/idea.md': 'Hi Ana, we met at PyCon ES in Bilbao and talked about type hints.\n', 'README.md': readme });
    const { results } = lintJson(['.'], { cwd: configured });
    expect(results.map((result) => [result.filePath.slice(configured.length + 1), result.messages.length])).toEqual([['drafts/idea.md', 0]]);
  });
});

describe('--fix in a playbook', () => {
  const source = '# Connection requests\n\n## Alumni\n\n```\nHi [First Name], we both studied at Deusto.\n```\n\n## Template\n\n```hbs\nHi [First Name], Dana Ruiz suggested I write about the Bilbao meetup.\n```\n';
  const fixed = source.replace('```hbs\nHi [First Name]', '```hbs\nHi {{firstName}}');

  it('applies the certain fixes inside the right block, and leaves the other notes as written', () => {
    const folder = fixture({ 'playbook.md': source });
    runCli(['--fix', 'playbook.md'], { cwd: folder });
    expect(readFileSync(join(folder, 'playbook.md'), 'utf8')).toBe(fixed);
    const dry = lintJson(['--fix-dry-run', '--stdin', '--stdin-filename', 'playbook.md'], { cwd: folder, input: source });
    expect((dry.results[0] as JsonResult & { output?: string }).output).toBe(fixed);
  });
});

function messagesOf(results: readonly JsonResult[], name: string): JsonMessage[] {
  return results.find((result) => result.filePath.endsWith(name))?.messages ?? [];
}
