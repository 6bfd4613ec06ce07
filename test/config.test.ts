import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './support/cli.js';

const noReason = 'Hi Sam, let us connect!\n';
const stock = 'Hola, me gustaría añadirte a mi red de contactos en LinkedIn.\n';
const ids = (stdout: string) =>
  Object.fromEntries(
    (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null }[] }[]).map((result) => [
      result.filePath.split('/').slice(-2).join('/'),
      result.messages.map((message) => message.ruleId),
    ]),
  );

describe('config files', () => {
  it('are found by walking up from each file, in YAML, JSON, package.json or JavaScript', () => {
    for (const [name, content] of [
      ['invite-lint.config.yaml', 'rules:\n  require-reason: off\n'],
      ['invite-lint.config.json', '{"rules": {"require-reason": "off"}}'],
      ['package.json', '{"name": "x", "invite-lint": {"rules": {"require-reason": "off"}}}'],
      ['invite-lint.config.mjs', "export default { rules: { 'require-reason': 'off' } };"],
    ] as const) {
      const folder = fixture({ [name]: content, 'notes/deep/a.txt': noReason });
      const run = runCli(['--format', 'json', 'notes'], { cwd: folder });
      // Nothing on standard error: the JavaScript config is imported with no experimental warning.
      expect({ name, code: run.code, ids: ids(run.stdout), stderr: run.stderr }).toEqual({ name, code: 0, ids: { 'deep/a.txt': [] }, stderr: '' });
    }
  });

  it('apply blocks in order, by files and ignores, and extend other configs', () => {
    const folder = fixture({
      'base.yaml': 'rules:\n  near-max-length: off\n',
      'invite-lint.config.yaml': [
        '- extends: [recommended, ./base.yaml]',
        '  rules:',
        '    require-reason: warn',
        '- files: ["es/**"]',
        '  lang: es',
        '  locale: es',
        '  rules:',
        '    require-reason: off',
        '- ignores: ["drafts/**"]',
        '',
      ].join('\n'),
      'en/a.txt': noReason,
      'es/b.txt': stock,
      'drafts/c.txt': noReason,
    });
    const run = runCli(['--format', 'json', '.'], { cwd: folder });
    expect(ids(run.stdout)).toEqual({ 'en/a.txt': ['require-reason'], 'es/b.txt': ['no-default-text'] });
    expect(run.code).toBe(1);
    const messages = JSON.parse(run.stdout) as { messages: { severity: number; message: string }[] }[];
    expect(messages[0]?.messages[0]?.severity).toBe(1);
    expect(messages[1]?.messages[0]?.message).toMatch(/^Es el texto de invitación estándar de LinkedIn/);
  });

  it('are searched up to the project root and no further: a JavaScript config above it never runs', () => {
    const outside = "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran', import.meta.url), 'yes');\nexport default { rules: { 'no-default-text': 'off' } };\n";
    const folder = fixture({
      'invite-lint.config.mjs': outside,
      'pkg/package.json': JSON.stringify({ 'invite-lint': { extends: '../invite-lint.config.mjs' } }),
      'pkg/project/.git/HEAD': 'ref: refs/heads/main\n',
      'pkg/project/notes/stock.txt': stock,
      'loose/inner/stock.txt': stock,
    });
    // Stopped by the project's .git (before a package.json that extends a JS config), and, with no
    // project root at all, by the folder the run started in.
    for (const [cwd, file] of [['pkg/project', 'notes/stock.txt'], ['pkg/project/notes', 'stock.txt'], ['loose/inner', 'stock.txt']] as const) {
      const run = runCli([file], { cwd: join(folder, cwd) });
      expect([cwd, run.code, run.stdout]).toEqual([cwd, 1, expect.stringContaining('no-default-text')]);
      expect(runCli(['--print-config', file], { cwd: join(folder, cwd) }).code).toBe(0);
    }
    expect(existsSync(join(folder, 'ran'))).toBe(false);
    // Inside the project root, the nearest config still applies.
    writeFileSync(join(folder, 'pkg/project/invite-lint.config.json'), JSON.stringify({ rules: { 'no-default-text': 'off' } }));
    expect(runCli(['notes/stock.txt'], { cwd: join(folder, 'pkg/project') }).stdout).not.toContain('no-default-text');
    // Seven CLI processes one after the other: on a busy two-core machine they took 16-21 s.
  }, 60_000);

  it('a broken config is exit 2 naming the file, the key and what was expected', () => {
    const folder = fixture({ 'invite-lint.config.json': '{"rules": {"max-lenght": "warn"}}', 'a.txt': noReason });
    const run = runCli(['a.txt'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `invite-lint: ${join(folder, 'invite-lint.config.json')}: \`rules.max-lenght\` is not a rule (did you mean \`max-length\`? \`invite-lint --list-rules\` lists them).\n`,
    );
    const unreadable = fixture({ 'invite-lint.config.yaml': 'rules: [oops', 'a.txt': noReason });
    expect(runCli(['a.txt'], { cwd: unreadable }).stderr).toMatch(/invite-lint\.config\.yaml: cannot be read: /);
    const throwing = fixture({ 'invite-lint.config.mjs': "throw new Error('boom');", 'a.txt': noReason });
    const thrown = runCli(['a.txt'], { cwd: throwing });
    expect(thrown.code).toBe(2);
    expect(thrown.stderr).toBe(`invite-lint: ${join(throwing, 'invite-lint.config.mjs')}: threw while loading: boom.\n`);
  });
});

describe('config flags', () => {
  const folder = fixture({
    'invite-lint.config.yaml': 'rules:\n  require-reason: off\n',
    'other.yaml': 'degree: 2\n',
    'a.txt': noReason,
    'skip/b.txt': noReason,
    '.invite-lintignore': 'skip/\n',
  });

  it('-c uses one config for every file; --no-config uses recommended only', () => {
    expect(ids(runCli(['--format', 'json', '-c', 'other.yaml', 'a.txt'], { cwd: folder }).stdout)).toEqual({ [`${folder.split('/').pop()}/a.txt`]: ['require-reason', 'require-shared-contact'] });
    expect(ids(runCli(['--format', 'json', '--no-config', 'a.txt'], { cwd: folder }).stdout)).toEqual({ [`${folder.split('/').pop()}/a.txt`]: ['require-reason'] });
  });

  it('--rule sets a rule on top of the config', () => {
    const run = runCli(['--format', 'json', '--rule', 'require-reason: error', '--rule', 'max-length: [error]', 'a.txt'], { cwd: folder });
    expect(Object.values(ids(run.stdout))).toEqual([['require-reason']]);
    expect(runCli(['--rule', 'nope: warn', 'a.txt'], { cwd: folder }).code).toBe(2);
  });

  it('.invite-lintignore and --ignore-pattern skip files in folders, and say so for files named', () => {
    expect(Object.keys(ids(runCli(['--format', 'json', '.'], { cwd: folder }).stdout))).toEqual([`${folder.split('/').pop()}/a.txt`]);
    expect(runCli(['--format', 'json', '--ignore-pattern', 'a.txt', '.'], { cwd: folder }).stdout).toBe('[]\n');
    const named = JSON.parse(runCli(['--format', 'json', 'skip/b.txt'], { cwd: folder }).stdout) as { messages: { severity: number; message: string }[] }[];
    expect(named[0]?.messages).toEqual([expect.objectContaining({ severity: 1, message: 'File ignored by .invite-lintignore, --ignore-pattern or a config `ignores`.' })]);
  });

  it('--print-config shows what applies to a file', () => {
    const printed = JSON.parse(runCli(['--print-config', 'a.txt', '--degree', '3'], { cwd: folder }).stdout) as Record<string, Record<string, unknown>>;
    expect(printed.rules?.['require-reason']).toBe('off');
    expect(printed.settings).toEqual({ degree: 3 });
    expect(printed.configFile).toBe(join(folder, 'invite-lint.config.yaml'));
  });

  it('--list-rules lists every rule, also as JSON', () => {
    const listed = JSON.parse(runCli(['--list-rules', '--format', 'json']).stdout) as { id: string; recommended: string; url: string }[];
    expect(listed.map((rule) => rule.id)).toContain('require-shared-contact');
    expect(listed.find((rule) => rule.id === 'near-max-length')?.recommended).toBe('warn');
    expect(runCli(['--list-rules']).stdout).toMatch(/^no-default-text\s+error\s+The note is LinkedIn's stock invitation text/);
  });
});

describe('--fix and --fix-dry-run', () => {
  const template = '---\ndegree: 3\n---\nHi {firstName}, I put together a teardown of 30 onboarding flows; happy to send it over.\n';

  it('--fix writes the certain fixes and reports what is left', () => {
    const folder = fixture({ 't.hbs': template });
    const run = runCli(['--fix', 't.hbs'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(readFileSync(join(folder, 't.hbs'), 'utf8')).toBe(template.replace('{firstName}', '{{firstName}}'));
  });

  it('--fix does not write through a symbolic link, and says so', () => {
    const outside = fixture({ 't.hbs': template });
    const folder = fixture({ 'own.hbs': template });
    symlinkSync(join(outside, 't.hbs'), join(folder, 'link.hbs'));
    symlinkSync(outside, join(folder, 'linked-folder'));
    const run = runCli(['--fix', '--format', 'json', '.'], { cwd: folder });
    expect(readFileSync(join(outside, 't.hbs'), 'utf8')).toBe(template);
    expect(readFileSync(join(folder, 'own.hbs'), 'utf8')).toBe(template.replace('{firstName}', '{{firstName}}'));
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string }[] }[];
    const refused = results.filter((result) => result.messages.some((message) => message.message.startsWith('Not fixed: this path goes through a symbolic link')));
    expect(refused.length).toBeGreaterThan(0);
  });

  it('--fix-dry-run writes nothing and shows the fixed text as output', () => {
    const folder = fixture({ 't.hbs': template });
    const [result] = JSON.parse(runCli(['--fix-dry-run', '--format', 'json', 't.hbs'], { cwd: folder }).stdout) as { output?: string; messages: unknown[] }[];
    expect(result?.output).toBe(template.replace('{firstName}', '{{firstName}}'));
    expect(result?.messages).toEqual([]);
    expect(readFileSync(join(folder, 't.hbs'), 'utf8')).toBe(template);
  });

  it('--fix with --stdin is bad usage: it has no file to write', () => {
    const run = runCli(['--stdin', '--fix'], { input: 'Hi' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('with --stdin use --fix-dry-run');
  });
});

describe('invite-lint explain', () => {
  it("prints a rule's documentation, or JSON, and names a misspelt rule", () => {
    const text = runCli(['explain', 'require-shared-contact']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^# require-shared-contact\n/);
    expect(text.stdout).toContain('## Examples');
    const json = JSON.parse(runCli(['explain', 'near-max-length', '--format', 'json']).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ id: 'near-max-length', recommended: 'warn', defaultOptions: { margin: 10 } });
    const wrong = runCli(['explain', 'requre-reason']);
    expect(wrong).toMatchObject({ code: 2, stderr: 'invite-lint: There is no rule "requre-reason" (did you mean "require-reason"? `invite-lint --list-rules` lists them).\n' });
  });
});

describe('invite-lint init', () => {
  it('writes a commented starter config that lint then uses', () => {
    const folder = fixture({ 'a.txt': 'x'.repeat(250) });
    const run = runCli(['init', '--account', 'free'], { cwd: folder });
    expect(run).toMatchObject({ code: 0, stdout: 'Wrote invite-lint.config.yaml (free account, 200 characters). Run `invite-lint .` to lint this folder.\n' });
    const config = readFileSync(join(folder, 'invite-lint.config.yaml'), 'utf8');
    expect(config).toContain('account: free');
    expect(config).toMatch(/^# invite-lint configuration/);
    const printed = JSON.parse(runCli(['--print-config', 'a.txt'], { cwd: folder }).stdout) as { settings: { account: string } };
    expect(printed.settings.account).toBe('free');
  });

  it('assumes premium when it cannot ask, and never overwrites a config', () => {
    const folder = fixture({});
    const run = runCli(['init'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('premium (300 characters) assumed');
    expect(runCli(['init'], { cwd: folder })).toMatchObject({ code: 2, stderr: 'invite-lint: invite-lint.config.yaml already exists here: edit it, or remove it to start again.\n' });
  });
});

describe('custom phrase lists from a config', () => {
  it('add stock texts and reasons, and are checked like any option', () => {
    const folder = fixture({
      'invite-lint.config.yaml': [
        'rules:',
        '  no-default-text: [error, { extra: ["Looking forward to connecting and growing together!"] }]',
        '  require-reason: [error, { reasons: ["Northwind Mentors"] }]',
        '',
      ].join('\n'),
      'a.txt': 'Hi Ana, looking forward to connecting and growing together!\n',
      'b.txt': 'Hi Ana, welcome to the Northwind Mentors circle!\n',
    });
    expect(ids(runCli(['--format', 'json', '.'], { cwd: folder }).stdout)).toEqual({ [`${folder.split('/').pop()}/a.txt`]: ['no-default-text', 'require-reason'], [`${folder.split('/').pop()}/b.txt`]: [] });
    const broken = fixture({ 'invite-lint.config.yaml': 'rules:\n  require-reason: [error, { reasons: "Northwind" }]\n', 'a.txt': 'Hi\n' });
    expect(runCli(['a.txt'], { cwd: broken }).stderr).toContain('`rules.require-reason.reasons` must be a list of strings.');
  });
});
