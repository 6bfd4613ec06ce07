import { spawnSync } from 'node:child_process';
import { helperSpecs } from '@invite-lint/templates';
import { describe, expect, it } from 'vitest';
import { LIBRARY_HELPERS } from '../packages/core/src/test-support/rule-tester.js';
import { bin, fixture, runCli } from './support/cli.js';

describe('template helpers', () => {
  it('are the ones core rule docs and tests assume', () => {
    expect(helperSpecs).toEqual(LIBRARY_HELPERS);
  });
});

describe('invite-lint templates', () => {
  it('lists the library one template a line', () => {
    const run = runCli(['templates']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+scenario\s+lang\s+degree\s+account\s+typical length$/);
    expect(lines).toContainEqual(expect.stringMatching(/^event\/en-1\s+event\s+en\s+3\s+premium\s+\d+$/));
    expect(lines).toContainEqual(expect.stringMatching(/^mutual-contact\/es-free\s+mutual-contact\s+es\s+2\s+free\s+\d+$/));
    expect(lines).toHaveLength(31);
  });

  it('prints JSON with --format json', () => {
    const rows = JSON.parse(runCli(['templates', '--format', 'json']).stdout) as { id: string; typicalLength: number }[];
    expect(rows).toHaveLength(30);
    for (const row of rows) expect(row.typicalLength).toBeGreaterThan(50);
  });
});

describe('invite-lint templates show', () => {
  it("prints the text, settings and variables, what LinkedIn's export gives, what to add, and a command line that runs", () => {
    const run = runCli(['templates', 'show', 'mutual-contact/en-1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'mutual-contact/en-1',
        '',
        "Hi {{firstName}}, {{mutualContact}} suggested I reach out about {{topic}}. I'm working on something similar and would value your perspective.",
        '',
        'Scenario  mutual-contact',
        'Degree    2',
        'Language  en',
        'Account   premium (300 characters)',
        '',
        'Variables',
        '  firstName      Recipient\'s first name; at most 20 characters; e.g. "Elena"',
        '  mutualContact  The person you both know; at most 40 characters; e.g. "Tomás Ortega"',
        '  topic          What they could help with; at most 50 characters; e.g. "your data platform migration"',
        '',
        "From LinkedIn's Connections.csv: firstName (First Name).",
        'You add: mutualContact, topic, with --set (one value for every row) or a column of that name.',
        '',
        'Try it',
        '  invite-lint generate --template mutual-contact/en-1 --csv Connections.csv --set mutualContact="Tomás Ortega" --set topic="your data platform migration"',
        '',
      ].join('\n'),
    );
    // The command line works as printed, on a Connections.csv.
    const folder = fixture({ 'Connections.csv': 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Gil,,,Acme,CTO,08 Feb 2026\n' });
    const command = run.stdout.trimEnd().split('\n').at(-1)!.trim().replace(/^invite-lint /, `"${bin}" `);
    const generated = spawnSync('sh', ['-c', command], { cwd: folder, encoding: 'utf8' });
    expect(generated.status, generated.stderr).toBe(0);
    expect(JSON.parse(generated.stdout)).toMatchObject({ status: 'ok', note: expect.stringMatching(/^Hi Ana, Tomás Ortega suggested I reach out about your data platform migration\./) });
  });

  it('marks variables that may be empty, and gives JSON with --format json', () => {
    const shown = JSON.parse(runCli(['templates', 'show', 'value-offer/en-1', '--format', 'json']).stdout) as { variables: { name: string; required: boolean; linkedinColumn: string | null }[]; limit: number; degree: number; command: string };
    expect(shown).toMatchObject({ degree: 3, limit: 300, command: 'invite-lint generate --template value-offer/en-1 --csv Connections.csv --set offer="a teardown of 30 B2B onboarding flows"' });
    expect(shown.variables.map(({ name, required, linkedinColumn }) => [name, required, linkedinColumn])).toEqual([
      ['firstName', true, 'First Name'],
      ['offer', true, null],
      ['company', false, 'Company'],
    ]);
    expect(runCli(['templates', 'show', 'value-offer/en-1']).stdout).toContain('e.g. "Stackly"; may be empty');
  });

  it('speaks Spanish, and names the closest id for an unknown one (exit 2)', () => {
    expect(runCli(['templates', 'show', 'mutual-contact/es-1', '--locale', 'es']).stdout).toContain('Añades tú: mutualContact, topic, con --set (un valor para todas las filas) o una columna con ese nombre.');
    expect(runCli(['templates', 'show', 'event/en-9'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'invite-lint: No library template "event/en-9" (did you mean `event/en-1`?). `invite-lint templates` lists them.\n',
    });
  });
});

describe('linting templates from the command line', () => {
  it("knows the library's helpers and flags anything else", () => {
    const folder = fixture({
      'ok.hbs': '---\ndegree: 3\n---\nHi {{firstName}}, we met at {{event}}; congrats on the launch at {{default company "your team"}}.\n',
      'bad.hbs': '---\ndegree: 3\n---\nHi {{shout firstName}}, we met at {{event}} {{constructor.constructor}}.\n',
    });
    const results = JSON.parse(runCli(['--format', 'json', folder]).stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const byName = Object.fromEntries(results.map((result) => [result.filePath.slice(folder.length + 1), result.messages.map((message) => message.ruleId)]));
    expect(byName).toEqual({ 'ok.hbs': [], 'bad.hbs': ['no-unsafe-template', 'no-unsafe-template'] });
  });
});
