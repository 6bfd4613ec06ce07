import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, fixture, root, runCli } from './support/cli.js';

// A path or a disk that is the user's to fix is named, with the cause, in one line: exit 2,
// never "an internal error" and never a stack trace.
const folder = fixture({
  'stock.txt': "I'd like to add you to my professional network on LinkedIn.\n",
  'c.csv': 'First Name\nAna\n',
  't.hbs': '---\ndegree: 3\n---\nHi {{firstName}}, I put together a teardown of 30 onboarding flows for your team. Happy to send it over.\n',
});
mkdirSync(join(folder, 'a-folder'));
const invitations = join(root, 'examples/Invitations.csv');

const commands: Record<string, string[]> = {
  lint: ['stock.txt'],
  generate: ['generate', '--template', 't.hbs', '--csv', 'c.csv'],
  audit: ['audit', invitations],
};

describe('-o into a folder that does not exist, or onto a full disk', () => {
  it.each(Object.entries(commands))('%s names the file and the cause, exit 2', (_, args) => {
    expect(runCli([...args, '-o', 'missing/report.txt'], { cwd: folder })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'invite-lint: Cannot write missing/report.txt: there is no folder missing; create it first or write elsewhere.\n',
    });
    expect(runCli([...args, '-o', '/dev/full'], { cwd: folder })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'invite-lint: Cannot write /dev/full: no space left on the device; free some or write elsewhere.\n',
    });
  });

  it('says it in Spanish with --locale es', () => {
    expect(runCli([...(commands.generate ?? []), '-o', 'missing/notes.jsonl', '--locale', 'es'], { cwd: folder }).stderr).toBe(
      'invite-lint: No se puede escribir missing/notes.jsonl: no existe la carpeta missing; créala antes o escribe en otro sitio.\n',
    );
  });
});

describe('standard output onto a full disk (`> /dev/full`)', () => {
  const toFull = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(bin, args, { cwd: folder, stdio: ['pipe', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', ...env } });

  it.each([...Object.entries(commands), ['help', ['--help']]])('%s says so in one line, exit 2', (_, args) => {
    const run = toFull(args as string[]);
    expect({ code: run.status, stderr: run.stderr }).toEqual({
      code: 2,
      stderr: 'invite-lint: Cannot write standard output: no space left on the device; free some or write elsewhere.\n',
    });
  });

  it('in Spanish from LANG or --locale', () => {
    const expected = 'invite-lint: No se puede escribir la salida estándar: no queda espacio en el dispositivo; libera algo o escribe en otro sitio.\n';
    expect(toFull(['stock.txt'], { LANG: 'es_ES.UTF-8' }).stderr).toBe(expected);
    expect(toFull(['stock.txt', '--locale', 'es']).stderr).toBe(expected);
  });
});

describe('an input that is missing or a folder', () => {
  it.each([
    [['new', '--answers', 'missing.json'], '--answers missing.json: No such file.'],
    [['new', '--answers', 'a-folder'], '--answers a-folder: This is a folder, not a file.'],
    [['generate', '--template', 't.hbs', '--csv', 'a-folder'], '--csv a-folder: This is a folder, not a file.'],
    [['generate', '--template', 'a-folder', '--csv', 'c.csv'], '--template a-folder: This is a folder, not a file.'],
    [['audit', 'a-folder'], 'a-folder: This is a folder, not a file.'],
  ])('%j: names it and why, exit 2', (args, message) => {
    expect(runCli(args, { cwd: folder })).toEqual({ code: 2, stdout: '', stderr: `invite-lint: ${message}\n` });
  });

  it('says it in Spanish with --locale es', () => {
    expect(runCli(['generate', '--template', 't.hbs', '--csv', 'nowhere.csv', '--locale', 'es'], { cwd: folder }).stderr).toBe('invite-lint: --csv nowhere.csv: No existe el archivo.\n');
  });
});
