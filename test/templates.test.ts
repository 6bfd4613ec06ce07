import { helperSpecs } from '@invite-lint/templates';
import { describe, expect, it } from 'vitest';
import { LIBRARY_HELPERS } from '../packages/core/src/test-support/rule-tester.js';
import { fixture, runCli } from './support/cli.js';

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
