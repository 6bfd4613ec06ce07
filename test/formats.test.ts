import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './support/cli.js';
import { FORMATTER_NAMES } from '../packages/cli/src/formatters/names.js';

// A CommonJS module whose default export is the class.
const Ajv = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04').default;

const notes = {
  'a.txt': '---\ndegree: 2\n---\nHi Sam, let us connect!\n',
  'b.txt': `Hi Ana, Tomás Ortega mentioned you are rebuilding the data platform at Finlo.${' We compared costs.'.repeat(13)}\n`,
  'c.txt': 'Hi Ana, Tomás Ortega mentioned you are rebuilding the data platform at Finlo.\n',
};

describe('output formats', () => {
  const folder = fixture(notes);
  const run = (format: string, ...extra: string[]) => runCli(['--format', format, ...extra, '.'], { cwd: folder });

  it('sarif: valid SARIF 2.1.0 with rules, help URIs and regions', () => {
    const result = run('sarif');
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: unknown[] }[] };
    const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toEqual(['require-reason', 'require-shared-contact', 'max-length']);
    expect(log.runs[0]?.tool.driver.rules[0]?.helpUri).toMatch(/rules\/require-reason\/README\.md$/);
    expect(log.runs[0]?.results[0]).toEqual({
      ruleId: 'require-reason',
      ruleIndex: 0,
      level: 'error',
      message: { text: expect.stringContaining('does not say why') },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 24 } } }],
    });
  });

  it('github: workflow annotations with escaped properties', () => {
    const lines = run('github').stdout.trim().split('\n');
    expect(lines[0]).toBe(
      '::error file=a.txt,line=4,col=9,endLine=4,endColumn=24,title=invite-lint (require-reason)::The note does not say why you want to connect with this person: name what you have in common or what you want to talk about (an event, their post, a project, a question).',
    );
    expect(lines).toHaveLength(3);
  });

  it('junit: a suite per file and a failing case per problem', () => {
    const xml = run('junit').stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites>')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml.match(/<failure /g)).toHaveLength(3);
    expect(xml).toContain('name="invite-lint.max-length"');
  });

  it('compact: one line per problem and a count', () => {
    const text = run('compact').stdout;
    expect(text).toContain(`${folder}/a.txt: line 4, col 9, Error - The note does not say why`);
    expect(text.trim().endsWith('3 problems')).toBe(true);
  });

  it('-o writes every format to a file, as it prints it, and never changes the exit code', () => {
    for (const format of FORMATTER_NAMES) {
      const printed = run(format).stdout;
      const result = run(format, '-o', `report.${format}`);
      expect({ format, code: result.code, stdout: result.stdout }).toEqual({ format, code: 1, stdout: '' });
      // The file is not linted by the second run: its name has no note's extension.
      expect(readFileSync(`${folder}/report.${format}`, 'utf8'), format).toBe(printed);
    }
    // Two CLI processes a format, one after the other: 7 s on an idle 2-core host, 25 s once
    // beside the other test files on a loaded one. The limit guards against a hang, not speed.
  }, 60_000);
});

describe("strangers' control characters never reach the terminal", () => {
  // ESC, an OSC 8 link, an OSC 52 clipboard write, BEL and a C1 CSI, in a note and in a file name.
  const hostile = 'Hi [Na\u001b]8;;https://evil.example\u0007me], see \u001b]52;c;aGk=\u0007 and \u009b2J.';
  const folder = fixture({ 'plain.txt': `${hostile}\n`, 'name\u001b[2Jx.txt': `${hostile}\n` });
  // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it.each(['stylish', 'compact', 'github', 'junit'])('%s prints none, and shows where they were', (format) => {
    const run = runCli(['--format', format, '.'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Placeholder');
    expect(run.stdout).not.toMatch(CONTROL);
    expect(run.stdout).toContain('\u241b');
  });
});
