import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, fixture, root, runCli } from './support/cli.js';

const FACTS = {
  event: { event: 'PyCon ES', topic: 'type hints in legacy Django' },
  alumni: { school: 'Universidad de Granada', programme: 'the Data Science master' },
  comment: { post: 'onboarding metrics', comment: 'activation beats sign-ups' },
  'mutual-contact': { mutualContact: 'Tomás Ortega', topic: 'the data platform migration' },
  'value-offer': { offer: 'a teardown of 30 onboarding flows' },
} as const;

describe('invite-lint new --answers', () => {
  for (const lang of ['en', 'es'] as const) {
    for (const [scenario, facts] of Object.entries(FACTS)) {
      it(`${scenario} in ${lang}: writes a note that passes invite-lint for its degree`, () => {
        const degree = scenario === 'mutual-contact' ? 2 : 3;
        for (const account of ['premium', 'free'] as const) {
          const answers = { lang, account, degree, scenario, firstName: 'Ana', ...facts };
          const run = runCli(['new', '--answers', '-', '--format', 'json'], { input: JSON.stringify(answers) });
          expect({ account, code: run.code, stderr: run.stderr }).toEqual({ account, code: 0, stderr: '' });
          const result = JSON.parse(run.stdout) as { note: string; length: number; limit: number; template: string; alternatives: { note: string }[] };
          expect(result.limit).toBe(account === 'free' ? 200 : 300);
          expect(result.length).toBeLessThanOrEqual(result.limit);
          expect(result.template.startsWith(`${scenario}/${lang}-`)).toBe(true);
          expect(result.alternatives.length).toBeGreaterThan(0);
          for (const note of [result.note, ...result.alternatives.map((wording) => wording.note)]) {
            const check = runCli(['--stdin', '--format', 'json', '--degree', String(degree), '--lang', lang, '--account', account], { input: note });
            expect({ note, messages: (JSON.parse(check.stdout) as { messages: unknown[] }[])[0]?.messages }).toEqual({ note, messages: [] });
          }
        }
      });
    }
  }

  it('reads an answers file and prints the note, its length, its template and two other wordings', () => {
    const folder = fixture({ 'answers.json': JSON.stringify({ lang: 'en', account: 'premium', degree: 3, scenario: 'event', firstName: 'Ana', ...FACTS.event }) });
    const run = runCli(['new', '--answers', 'answers.json'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("\nHi Ana, we met at PyCon ES and talked about type hints in legacy Django. I'd like to keep the conversation going and hear what you try next.\n");
    expect(run.stdout).toMatch(/\d+\/300 characters · template event\/en-1/);
    expect(run.stdout).toMatch(/Other wordings:\n {2}1\. .+\n {2}2\. .+/);
  });

  it.each([
    ['marco bellini', 'ana', 'Marco Bellini', 'Ana'],
    ['PRIYA', 'ANA', 'Priya', 'Ana'],
    ['McKenzie Ortega', 'Ana', 'McKenzie Ortega', 'Ana'],
  ])('takes the person in common as typed (%s) and writes the name as people spell it', (mutualContact, firstName, cased, casedFirst) => {
    const answers = { lang: 'en', account: 'premium', degree: 2, scenario: 'mutual-contact', firstName, mutualContact, topic: 'the dbt migration' };
    const run = runCli(['new', '--answers', '-', '--format', 'json'], { input: JSON.stringify(answers) });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const { note } = JSON.parse(run.stdout) as { note: string };
    expect(note).toContain(`${casedFirst}, ${cased} `);
  });

  it('says which fact to shorten, and by how much, instead of cutting', () => {
    const answers = { lang: 'en', account: 'free', degree: 3, scenario: 'event', firstName: 'Ana', event: 'PyCon ES', topic: 'x'.repeat(150) };
    const run = runCli(['new', '--answers', '-'], { input: JSON.stringify(answers) });
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/^Every wording is too long: the shortest one is (\d+) characters for a limit of 200\. Shorten `topic` \(150 characters\) by \d+\.\n$/);
  });

  it.each([
    [{ lang: 'en', account: 'free', degree: 3, scenario: 'event', firstName: 'Ana' }, '--answers: `event` is needed for the event scenario.'],
    [{ lang: 'fr', account: 'free', degree: 3, scenario: 'event', firstName: 'Ana' }, '--answers: `lang` must be "en" or "es".'],
    [{ lang: 'en', account: 'free', degree: 4, scenario: 'event', firstName: 'Ana' }, '--answers: `degree` must be 1, 2 or 3.'],
    [{ lang: 'en', account: 'free', degree: 3, scenario: 'party', firstName: 'Ana' }, '--answers: `scenario` must be one of "event", "alumni", "comment", "mutual-contact", "value-offer".'],
    ['not json', 'The answers are not valid JSON: '],
  ])('names the field that is missing or wrong: %j', (answers, message) => {
    const run = runCli(['new', '--answers', '-'], { input: typeof answers === 'string' ? answers : JSON.stringify(answers) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('refuses answers over 2 MB on standard input with exit 2', () => {
    const run = runCli(['new', '--answers', '-'], { input: ' '.repeat(3 * 1024 * 1024) });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('Standard input is over 2 MB') });
  });

  it('without a terminal or --answers, says how to run it', () => {
    const run = runCli(['new']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give the answers as JSON with --answers answers.json');
  });

  it('--copy copies the note where a clipboard tool exists, and says so where none does', () => {
    const answers = { lang: 'es', account: 'free', degree: 3, scenario: 'alumni', firstName: 'Ana', ...FACTS.alumni };
    // An empty PATH: no clipboard tool can be found (node runs the CLI's own bin directly, since
    // pnpm's shim is a shell script that needs the usual tools on the PATH).
    const empty = fixture({});
    const run = spawnSync(process.execPath, [join(root, 'packages/cli/bin/invite-lint.js'), 'new', '--answers', '-', '--copy', '--locale', 'es'], {
      input: JSON.stringify(answers),
      env: { ...process.env, PATH: empty },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('No se encontró ninguna herramienta de portapapeles (pbcopy, wl-copy, xclip, xsel o clip): copia la nota de arriba a mano.\n');
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** A real terminal: tmux runs the command; keys are typed into it and the screen read back. */
function terminal(name: string, command: string) {
  const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
  // A tmux server whose last session just closed is still shutting down, and may turn a new
  // session away: start it again until it is there.
  for (let attempt = 0; attempt < 20 && tmux('has-session', '-t', name).status !== 0; attempt++) {
    if (tmux('new-session', '-d', '-s', name, '-x', '200', '-y', '50', command).status !== 0) spawnSync('sleep', ['0.1']);
  }
  const screen = () => tmux('capture-pane', '-p', '-t', name).stdout;
  return {
    screen,
    keys: (...keys: string[]) => tmux('send-keys', '-t', name, ...keys),
    async waitFor(text: string | RegExp) {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        const shown = screen();
        if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`never saw ${String(text)} on the screen:\n${screen()}`);
    },
    close: () => tmux('kill-session', '-t', name),
  };
}

describe.skipIf(!hasTmux)('invite-lint new in a terminal (tmux)', () => {
  it('asks with arrow-key choices and defaults, then writes the note', async () => {
    const folder = fixture({});
    const session = terminal(`new-${process.pid}`, `cd ${folder} && LANG=C.UTF-8 ${bin} new --locale en; echo "exit code: $?"; sleep 30`);
    try {
      await session.waitFor('Language of the note');
      session.keys('Enter');
      await session.waitFor('Your LinkedIn account');
      session.keys('Enter');
      await session.waitFor('How are you connected');
      session.keys('Down', 'Enter');
      await session.waitFor('Their first name');
      session.keys('Elena', 'Enter');
      await session.waitFor('What do you have in common');
      session.keys('Enter');
      await session.waitFor('Which event did you meet at?');
      session.keys('Smashing Conference Antwerp', 'Enter');
      await session.waitFor('What did you talk about');
      session.keys('accessible forms', 'Enter');
      const screen = await session.waitFor('exit code: 0');
      expect(screen).toContain('Hi Elena, we met at Smashing Conference Antwerp and talked about accessible forms.');
      expect(screen).toMatch(/\d+\/300 characters · template event\/en-1/);
    } finally {
      session.close();
    }
  });

  it('speaks Spanish, its keys help included, and offers only the scenarios that fit the degree', async () => {
    const folder = fixture({});
    const session = terminal(`new-es-${process.pid}`, `cd ${folder} && LANG=C.UTF-8 ${bin} new --locale es; echo "exit code: $?"; sleep 30`);
    try {
      const first = await session.waitFor('Idioma de la nota');
      expect(first).toContain('↑↓ moverse • ⏎ elegir');
      session.keys('Enter');
      await session.waitFor('Tu cuenta de LinkedIn');
      session.keys('Enter');
      await session.waitFor('Qué relación tienes con esta persona');
      session.keys('Down', 'Enter');
      await session.waitFor('Su nombre');
      session.keys('Elena', 'Enter');
      const scenarios = await session.waitFor('Qué tenéis en común');
      expect(scenarios).toContain('Nos conocimos en un evento');
      expect(scenarios).not.toContain('Alguien que conocemos los dos');
    } finally {
      session.close();
    }
  });

  it('exits with 130 on Ctrl-C', async () => {
    const session = terminal(`interrupt-${process.pid}`, `LANG=C.UTF-8 ${bin} new --locale en; echo "exit code: $?"; sleep 30`);
    try {
      await session.waitFor('Language of the note');
      session.keys('C-c');
      expect(await session.waitFor(/exit code: \d+/)).toContain('exit code: 130');
    } finally {
      session.close();
    }
  });
});
