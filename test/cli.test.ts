import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint, phraseWordsRead, rules } from '@invite-lint/core/internal';
import { describe, expect, it } from 'vitest';
import { bin, fixture, root, runCli } from './support/cli.js';
import { FORMATTER_NAMES } from '../packages/cli/src/formatters/names.js';

const good = 'Hi Priya, Tomás Ortega mentioned you are rebuilding the data platform at Finlo.\n';
/** A note that passes every rule, padded with more of the same to `length` characters. */
const goodOfLength = (length: number) => `${good.trimEnd()}${' We compared Snowflake costs.'.repeat(12)}`.slice(0, length);

describe('install contract', () => {
  it('links invite-lint at the workspace root', () => {
    expect(existsSync(bin)).toBe(true);
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('bundles the CLI in ASCII, which its loader reads as Latin-1', () => {
    const bytes = readFileSync(join(root, 'packages/cli/dist/bundle/cli.cjs'));
    expect(bytes.length).toBeGreaterThan(100_000);
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('ships the phrase words the build read ahead beside both bundles, in ASCII, naming every phrase linting the examples reads', () => {
    for (const file of readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' }).filter((name) => /\.(txt|hbs)$/.test(name))) {
      lint(readFileSync(join(root, 'examples', file), 'utf8'), { filePath: file });
    }
    const read = Object.keys(phraseWordsRead());
    expect(read.length).toBeGreaterThan(1000);
    for (const folder of ['packages/cli/dist/bundle', 'packages/language-server/dist/bundle']) {
      const bytes = readFileSync(join(root, folder, 'phrase-words.txt'));
      expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
      const keys = new Set(bytes.toString('latin1').split('\n').slice(1).map((line) => line.split('\t')[0]));
      expect(read.filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it('reads the phrase words from beside its bundle, and lints as ever without them', () => {
    // A copy of the shipped CLI whose table says every phrase needs a word no note holds: if the
    // CLI reads the table, no phrase is tried, and the referral goes unseen.
    const copy = fixture({});
    cpSync(join(root, 'packages/cli/bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(root, 'packages/cli/dist/bundle'), join(copy, 'dist/bundle'), { recursive: true });
    const tablePath = join(copy, 'dist/bundle/phrase-words.txt');
    const [header, ...lines] = readFileSync(tablePath, 'latin1').split('\n');
    const lintCopy = () => runCli(['--format', 'json', '--stdin', '--degree', '2'], { command: join(copy, 'bin/invite-lint.js'), input: good }).stdout;
    const rulesIn = (stdout: string) => (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((result) => result.messages.map((message) => message.ruleId));
    const shipped = rulesIn(runCli(['--format', 'json', '--stdin', '--degree', '2'], { input: good }).stdout);
    expect(shipped).toEqual([]);
    writeFileSync(tablePath, [header, ...lines.map((line) => line.replace(/[^\t]*$/, 'zzz'))].join('\n'));
    expect(rulesIn(lintCopy())).toContain('require-shared-contact');
    rmSync(tablePath);
    expect(rulesIn(lintCopy())).toEqual(shipped);
  });

  it('runs the bundle from the code cache the build made: V8 takes it under the bin’s own flags', () => {
    const stub = join(root, 'packages/cli/bin/invite-lint.js');
    const flags = (readFileSync(stub, 'utf8').split('\n', 1)[0] ?? '').split(/\s+/).filter((word) => word.startsWith('--'));
    const loader = pathToFileURL(join(root, 'packages/cli/bin/load-bundle.js')).href;
    const bundle = join(root, 'packages/cli/dist/bundle/cli.cjs');
    const probe = `import { loadBundle } from ${JSON.stringify(loader)}; console.log(loadBundle(${JSON.stringify(bundle)}).script.cachedDataRejected);`;
    const withFlags = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect({ flags, rejected: withFlags.stdout.trim(), stderr: withFlags.stderr }).toEqual({ flags: ['--no-regexp-tier-up'], rejected: 'false', stderr: '' });
    // Other flags, another cache: V8 sets it aside and the bundle is compiled from its source.
    const withoutFlags = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(withoutFlags.stdout.trim()).toBe('true');
  });
});

describe('invite-lint on the bundled examples', () => {
  it('prints valid JSON of the ESLint result shape', () => {
    const run = runCli(['--format', 'json', 'examples']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(results.length).toBeGreaterThan(5);
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(
        ['errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'warningCount'].sort(),
      );
      expect(result.filePath).toMatch(/^\/.*\.(txt|md|hbs)$/);
    }
    const messages = results.flatMap((result) => result.messages as Record<string, unknown>[]);
    for (const message of messages) {
      expect(message).toMatchObject({ ruleId: expect.any(String), severity: expect.any(Number), message: expect.any(String) });
      expect(message).toHaveProperty('line');
      expect(message).toHaveProperty('endColumn');
    }
    // The examples show every rule at least once, and examples/plugin its house rules.
    expect(new Set(messages.map((message) => message.ruleId))).toEqual(new Set([...rules.map((rule) => rule.meta.id), 'house/no-emoji', 'house/product-name']));
    expect(results.some((result) => String(result.filePath).endsWith('README.md'))).toBe(false);
  });

  it('carries the evidence of a judgement under data.evidence', () => {
    const run = runCli(['--format', 'json', '--stdin', '--degree', '2'], { input: 'Hi Laura, a mutual friend said you hire designers in Lisbon.\n' });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; message: string; data?: unknown }[] }[];
    const message = result?.messages.find((found) => found.ruleId === 'require-shared-contact');
    expect(message?.message).toContain('("mutual friend")');
    expect(message?.data).toEqual({ evidence: [{ kind: 'unnamed-contact', text: 'mutual friend', line: 1, column: 13, endLine: 1, endColumn: 26 }] });
  });

  it('prints a readable report with file, position, severity, message and rule id', () => {
    const run = runCli(['examples/notes/en/too-long.txt']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        '',
        'examples/notes/en/too-long.txt',
        '  6:201  error  The note is 291 characters, 91 over the 200-character limit of free accounts: cut 91.  max-length',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });
});

describe('exit codes', () => {
  it('is 0 and prints nothing for clean notes', () => {
    const folder = fixture({ 'a.txt': good });
    expect(runCli([folder])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('is 1 for warnings only when --max-warnings is exceeded', () => {
    const folder = fixture({ 'near.txt': `${goodOfLength(295)}\n` });
    expect(runCli([folder]).code).toBe(0);
    expect(runCli(['--max-warnings', '1', folder]).code).toBe(0);
    const over = runCli(['--max-warnings', '0', folder]);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (maximum: 0)');
  });

  it('is 2 for a path that does not exist, after linting the rest', () => {
    const folder = fixture({ 'long.txt': goodOfLength(301) });
    const run = runCli(['--format', 'json', 'nope.txt', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('invite-lint: "nope.txt": no such file or folder.\n');
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('is 2 for a glob that matches nothing and for bad options', () => {
    expect(runCli(['examples/**/*.nothing']).code).toBe(2);
    const bad = runCli(['--degree', '4', 'examples']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected 1, 2 or 3');
    const badFormat = runCli(['--format', 'xml', 'examples']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toBe(`error: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are ${FORMATTER_NAMES.join(', ')}.\n`);
    expect(runCli(['--format', 'xml', 'examples'], { env: { LANG: 'es_ES.UTF-8' } }).stderr).toBe(
      `error: el valor 'xml' de la opción '-f, --format <name>' no es válido. Valores admitidos: ${FORMATTER_NAMES.join(', ')}.\n`,
    );
    expect(runCli([]).code).toBe(2);
  });

  it('--help prints examples and exits 0', () => {
    const run = runCli(['lint', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('invite-lint notes/');
  });
});

describe('which files a folder yields', () => {
  const folder = fixture({
    'a.txt': good,
    'b.hbs': 'Hi {{firstName}}, Dana suggested I write.\n',
    'c.invite.md': good,
    'with-front-matter.md': `---\ndegree: 2\n---\n${good}`,
    'docs.md': '# Not a note\n',
    'README.txt': 'not a note',
    'CHANGELOG.md': '---\nx: 1\n---\n',
    'LICENSE.txt': 'MIT',
    'node_modules/dep/n.txt': 'x'.repeat(400),
    'dist/n.txt': 'x'.repeat(400),
    'notes.csv': 'a,b',
  });

  it('follows the table in DESIGN.md', () => {
    const run = runCli(['--format', 'json', folder]);
    const names = (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(folder.length + 1));
    expect(names).toEqual(['CHANGELOG.md', 'a.txt', 'b.hbs', 'c.invite.md', 'with-front-matter.md']);
  });

  it('always lints a file named on the command line', () => {
    const run = runCli(['--format', 'json', join(folder, 'docs.md'), join(folder, 'README.txt')]);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(2);
  });

  it('expands globs with the same filter', () => {
    const run = runCli(['--format', 'json', '*.md'], { cwd: folder });
    const names = (JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath.slice(folder.length + 1));
    expect(names).toEqual(['CHANGELOG.md', 'c.invite.md', 'with-front-matter.md']);
  });
});

describe('bad input: a clear message naming the file, the run goes on', () => {
  const folder = fixture({
    '1-empty.txt': '',
    '2-only-front-matter.txt': '---\ndegree: 2\n---\n',
    '3-bad-yaml.txt': '---\ndegree: [2\nlang: en\n---\nHi\n',
    '4-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
    '5-latin1.txt': Buffer.from('Hola Mar\xeda, te escribo', 'latin1'),
    '6-huge.txt': 'word '.repeat(210_000),
    '7-unbalanced.hbs': 'Hi {{#if firstName}}{{firstName}, we met\n',
    '8-unclosed-front-matter.txt': '---\ndegree: 2\nHi Ana\n',
    '9-good.txt': good,
    '10-deep-blocks.hbs': `Hi ${'{{#if a}}'.repeat(3000)}x${'{{/if}}'.repeat(3000)}`,
    '11-deep-subexpressions.hbs': `Hi {{default ${'(first '.repeat(3000)}firstName${')'.repeat(3000)} "x"}}`,
  });

  const run = runCli(['--format', 'json', folder]);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; fatal?: boolean; message: string; line: number }[] }[];
  const byName = new Map(results.map((result) => [result.filePath.slice(folder.length + 1), result.messages]));

  it('reports every file and exits 1, without a stack trace', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect([...byName.keys()]).toHaveLength(11);
    expect(run.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it('reports an empty file, and one that is only front matter, as an empty note', () => {
    const empty = { ruleId: null, severity: 2, message: 'The note is empty: write the message to send.' };
    expect(byName.get('1-empty.txt')).toEqual([expect.objectContaining({ ...empty, line: 1, column: 1 })]);
    expect(byName.get('2-only-front-matter.txt')).toEqual([expect.objectContaining({ ...empty, line: 4, column: 1 })]);
  });

  it('exits 1 on an empty note or template alone, in English and Spanish', () => {
    expect(runCli(['--stdin'], { input: '\n\n' })).toMatchObject({ code: 1, stdout: expect.stringContaining('3:1  error  The note is empty: write the message to send.') });
    const template = runCli(['--stdin', '--stdin-filename', 'offer.hbs', '--locale', 'es'], { input: '---\ndegree: 3\n---\n' });
    expect(template).toMatchObject({ code: 1, stdout: expect.stringContaining('4:1  error  La plantilla está vacía: escribe la nota que debe producir.') });
  });

  it('gives fatal messages with lines for broken YAML, templates and front matter', () => {
    expect(byName.get('3-bad-yaml.txt')).toEqual([expect.objectContaining({ ruleId: null, fatal: true, line: 3, message: expect.stringContaining('Invalid YAML') })]);
    expect(byName.get('7-unbalanced.hbs')).toEqual([expect.objectContaining({ ruleId: null, fatal: true, line: 1, message: expect.stringContaining('Template syntax error') })]);
    expect(byName.get('8-unclosed-front-matter.txt')).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('never closed') })]);
    for (const name of ['10-deep-blocks.hbs', '11-deep-subexpressions.hbs']) {
      expect(byName.get(name)).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('3000 deep, more than the 50') })]);
    }
  });

  it('refuses binary and non-UTF-8 files with the reason', () => {
    expect(byName.get('4-binary.txt')).toEqual([expect.objectContaining({ fatal: true, message: expect.stringContaining('Binary file') })]);
    expect(byName.get('5-latin1.txt')).toEqual([expect.objectContaining({ fatal: true, message: 'Not valid UTF-8 (line 1, byte 8): save the file as UTF-8.' })]);
  });

  it('lints a 1 MB file and reports its length', () => {
    expect(byName.get('6-huge.txt')).toContainEqual(expect.objectContaining({ ruleId: 'max-length', message: expect.stringContaining('The note is 1050000 characters') }));
  });

  it('prints 200,000 findings in one file, and the other file, without running out of stack', () => {
    const folder = fixture({ 'many.txt': '[a] '.repeat(200_000), 'good.txt': good });
    const run = runCli(['many.txt', 'good.txt', '-o', 'report.txt'], { cwd: folder });
    expect([run.code, run.stderr]).toEqual([1, '']);
    expect(readFileSync(join(folder, 'report.txt'), 'utf8')).toMatch(/✖ 200,?\d{3} problems/);
  });

  it('still lints the good file', () => {
    expect(byName.get('9-good.txt')).toEqual([]);
  });
});

describe('--stdin and -o', () => {
  it('lints standard input as the named file, picking the format from its name', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'draft.hbs', '--format', 'json'], { input: 'Hi {{firstName}}, we met at [Event].' });
    const [result] = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(result?.filePath).toBe(join(root, 'draft.hbs'));
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['no-placeholder-left']);
    expect(run.code).toBe(1);
  });

  it('applies --account and --limit to the run', () => {
    expect(runCli(['--stdin', '--account', 'free'], { input: goodOfLength(250) }).stdout).toContain('250 characters, 50 over the 200-character limit of free accounts');
    expect(runCli(['--stdin', '--limit', '100'], { input: goodOfLength(150) }).stdout).toContain('50 over the 100-character limit');
  });

  it('writes the report with -o, --out or --output-file and keeps the exit code', () => {
    const folder = fixture({});
    for (const flag of ['-o', '--out', '--output-file']) {
      const report = join(folder, `report${flag}.json`);
      const run = runCli(['--format', 'json', flag, report, 'examples']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(JSON.parse(readFileSync(report, 'utf8'))).toBeInstanceOf(Array);
    }
  });

  it('--quiet hides warnings', () => {
    const run = runCli(['--quiet', 'examples/notes/en/near-limit.txt']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('standard input is capped at 2 MB, as files are', () => {
  it('refuses more with exit 2, in English and Spanish', () => {
    const message = 'Standard input is over 2 MB; a note is a few hundred characters, so it was not read. Is the right thing piped in?';
    expect(runCli(['--stdin'], { input: 'word '.repeat(500_000) })).toEqual({ code: 2, stdout: '', stderr: `invite-lint: ${message}\n` });
    expect(runCli(['--stdin', '--locale', 'es'], { input: 'x'.repeat(2 * 1024 * 1024 + 1) }).stderr).toBe(
      'invite-lint: La entrada estándar ocupa más de 2 MB; una nota tiene unos cientos de caracteres, así que no se leyó. ¿Es lo que querías pasar?\n',
    );
    expect(runCli(['--stdin', '--limit', '5000', '--rule', 'require-reason: off', '--format', 'json'], { input: 'x'.repeat(2 * 1024 * 1024) }).code).toBe(1);
  });

  it('stops reading an endless standard input at the cap', () => {
    const endless = spawnSync(bin, ['--stdin'], { stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'], encoding: 'utf8', timeout: 15_000 });
    expect(endless.status).toBe(2);
    expect(endless.stderr).toContain('Standard input is over 2 MB');
  });
});

describe('symbolic links', () => {
  it('follows them into folders, survives a loop, and lints each file once', async () => {
    const { symlinkSync } = await import('node:fs');
    const folder = fixture({ 'a/n.txt': good });
    symlinkSync('..', join(folder, 'a/up'));
    symlinkSync(join(folder, 'a'), join(folder, 'a/self'));
    const run = runCli(['--format', 'json', '.'], { cwd: folder });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { filePath: string }[]).map((result) => result.filePath)).toEqual([join(folder, 'a/n.txt')]);
  });
});

describe('a reader that stops early', () => {
  it('ends the run quietly when standard output is closed (`invite-lint . | head`)', async () => {
    const { spawn } = await import('node:child_process');
    const notes = Object.fromEntries(Array.from({ length: 400 }, (_, index) => [`n${index}.txt`, "I'd like to add you to my professional network on LinkedIn.\n"]));
    const child = spawn(bin, ['--format', 'json', '.'], { cwd: fixture(notes), env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((settle) => child.on('close', settle));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
