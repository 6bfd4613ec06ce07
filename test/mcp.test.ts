import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, root, runCli } from './support/cli.js';
import { call, connectMcp, failure, structured } from './support/mcp.js';

interface Message {
  ruleId: string | null;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: { range: [number, number]; text: string };
}
interface NoteResult {
  messages: Message[];
  errorCount: number;
  warningCount: number;
  length: number | null;
  limit: number | null;
  worst?: number;
  output?: string;
}

const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const NO_SHARED_CONTACT = 'Hi Marta, I saw your talk on service meshes at KubeCon and would love to swap notes on our rollout.';
const NAMED_CONTACT = 'Hi Marta, Dana Ruiz suggested I reach out about your service mesh rollout; we are planning ours this spring.';
const GOOD = '---\ndegree: 3\n---\nHi Jordan, we met at PyCon ES after your talk on type hints. I would like to keep in touch and hear how the migration goes.\n';
// A template whose [First Name] is certainly {{firstName}}: the one kind of finding with a fix, not a suggestion.
const BRACKETED = '---\ndegree: 3\nvariables:\n  event: { sample: PyCon ES }\n  topic: { sample: type hints }\n---\nHi [First Name], we met at {{event}} and talked about {{topic}}; I would like to keep in touch.\n';

const ruleIds = (result: NoteResult) => result.messages.map((message) => message.ruleId);

describe('invite-lint mcp: the tools', () => {
  let client: Client;
  beforeAll(async () => {
    client = await connectMcp();
  });
  afterAll(() => client.close());

  it('lists the five tools of the contract, each with an input and an output schema, all read-only', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['lint_note', 'lint_files', 'explain_rule', 'list_templates', 'render_template']);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.description).toBeTruthy();
      expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    }
    const lintNote = tools.find((tool) => tool.name === 'lint_note')!;
    expect(lintNote.inputSchema.required).toEqual(['text']);
    expect(Object.keys(lintNote.inputSchema.properties ?? {})).toEqual(['text', 'degree', 'account', 'limit', 'lang', 'locale', 'kind']);
    expect(lintNote.inputSchema.properties?.text).toMatchObject({ type: 'string', maxLength: 65536 });
    expect(Object.keys(lintNote.outputSchema?.properties ?? {})).toEqual(expect.arrayContaining(['messages', 'errorCount', 'warningCount', 'length', 'limit', 'output']));
    // What the rules mean, in plain words, for the agent deciding what to do with a finding.
    for (const id of ['no-default-text', 'require-reason', 'require-shared-contact', 'require-context', 'max-length', 'no-placeholder-left']) {
      expect(lintNote.description).toContain(`- ${id}: `);
    }
  });

  it("lint_note: LinkedIn's stock sentence is no-default-text, in the JSON formatter's message shape", async () => {
    const result = await structured<NoteResult>(client, 'lint_note', { text: STOCK });
    expect(ruleIds(result)).toContain('no-default-text');
    const stock = result.messages.find((message) => message.ruleId === 'no-default-text')!;
    expect(stock).toMatchObject({ severity: 2, line: 1, column: 1, endLine: 1, endColumn: STOCK.length + 1 });
    expect(stock.message).toMatch(/stock invitation text/);
    expect(result).toMatchObject({ length: STOCK.length, limit: 300, errorCount: result.messages.filter((message) => message.severity === 2).length });
    expect(result).not.toHaveProperty('output');
  });

  it('lint_note: a 2nd-degree note that names no one in common is require-shared-contact; one that names them is not', async () => {
    expect(ruleIds(await structured<NoteResult>(client, 'lint_note', { text: NO_SHARED_CONTACT, degree: 2 }))).toContain('require-shared-contact');
    expect(ruleIds(await structured<NoteResult>(client, 'lint_note', { text: NAMED_CONTACT, degree: 2 }))).not.toContain('require-shared-contact');
    // Without a degree the degree rules stay silent, as on the command line.
    expect(ruleIds(await structured<NoteResult>(client, 'lint_note', { text: NO_SHARED_CONTACT }))).not.toContain('require-shared-contact');
  });

  it('lint_note: the account and limit set the limit, front matter wins over the arguments', async () => {
    const long = `Hi Marta, we met at KubeCon. ${'We talked about rollouts and I would like to hear how yours went. '.repeat(3)}`.trim();
    const free = await structured<NoteResult>(client, 'lint_note', { text: long, account: 'free' });
    expect([free.limit, ruleIds(free)]).toEqual([200, expect.arrayContaining(['max-length'])]);
    expect((await structured<NoteResult>(client, 'lint_note', { text: long, limit: 250 })).limit).toBe(250);
    expect((await structured<NoteResult>(client, 'lint_note', { text: `---\naccount: premium\n---\n${long}`, account: 'free' })).limit).toBe(300);
  });

  it('lint_note: a template is checked as one, and output holds the text with the certain fixes applied', async () => {
    const result = await structured<NoteResult>(client, 'lint_note', { text: BRACKETED, kind: 'template' });
    const placeholder = result.messages.find((message) => message.ruleId === 'no-placeholder-left')!;
    // The finding points into the text as sent; the fix is applied to a copy.
    expect(BRACKETED.split('\n')[placeholder.line - 1]!.slice(placeholder.column - 1)).toMatch(/^\[First Name\]/);
    expect(placeholder.fix).toMatchObject({ text: '{{firstName}}' });
    expect(result.output).toBe(BRACKETED.replace('[First Name]', '{{firstName}}'));
    expect(result.worst).toBeGreaterThan(result.length!);
    const fixedAgain = await structured<NoteResult>(client, 'lint_note', { text: result.output, kind: 'template' });
    expect(fixedAgain.errorCount).toBe(0);
  });

  it('lint_note: locale es gives the messages in Spanish, locale en in English', async () => {
    const spanish = await structured<NoteResult>(client, 'lint_note', { text: NO_SHARED_CONTACT, degree: 2, locale: 'es' });
    expect(spanish.messages.find((message) => message.ruleId === 'require-shared-contact')?.message).toMatch(/^Es un contacto de 2\.º grado: nombra a la persona que conocéis los dos/);
    const english = await structured<NoteResult>(client, 'lint_note', { text: NO_SHARED_CONTACT, degree: 2, locale: 'en' });
    expect(english.messages.find((message) => message.ruleId === 'require-shared-contact')?.message).toMatch(/^This is a 2nd-degree contact: name the person you both know/);
  });

  it('explain_rule: what a rule checks, why, passing and failing examples, and what it says in the call’s language', async () => {
    const explained = await structured<{ id: string; description: string; recommended: string; docs: string; url: string; says: string[] }>(client, 'explain_rule', {
      rule: 'require-shared-contact',
      locale: 'es',
    });
    expect(explained).toMatchObject({ id: 'require-shared-contact', recommended: 'error', description: expect.stringMatching(/2nd-degree/) });
    expect(explained.docs).toMatch(/^# require-shared-contact\n/);
    expect(explained.docs).toMatch(/```\w+ fails/);
    expect(explained.docs).toMatch(/```\w+ passes/);
    expect(explained.says.some((saying) => saying.startsWith('Es un contacto de 2.º grado'))).toBe(true);
    // The same as `invite-lint explain --format json`, which reads the same files.
    const cli = JSON.parse(runCli(['explain', 'require-shared-contact', '--format', 'json']).stdout) as Record<string, unknown>;
    expect({ ...explained, says: undefined }).toEqual({ ...cli, says: undefined });
  });

  it('list_templates: the library by scenario, language and degree, with the variables render_template needs', async () => {
    const { templates } = await structured<{ templates: { id: string; lang: string; degree: number | null; text: string; variables: { name: string; required: boolean }[] }[] }>(
      client,
      'list_templates',
      { scenario: 'mutual-contact', lang: 'es' },
    );
    expect(templates.length).toBeGreaterThan(0);
    for (const template of templates) {
      expect(template.id).toMatch(/^mutual-contact\/es-/);
      expect(template.variables.map((variable) => variable.name)).toContain('mutualContact');
    }
    const thirdDegree = await structured<{ templates: { degree: number | null }[] }>(client, 'list_templates', { degree: 3 });
    expect(thirdDegree.templates.every((template) => template.degree === 3 || template.degree === null)).toBe(true);
    const all = await structured<{ templates: unknown[] }>(client, 'list_templates', {});
    expect(all.templates.length).toBe(JSON.parse(runCli(['templates', '--format', 'json']).stdout).length);
  });

  it('render_template: a library id and values give the note, its length and its findings', async () => {
    const rendered = await structured<{ note: string; length: number; limit: number; template: string | null; messages: Message[]; warnings: string[] }>(client, 'render_template', {
      template: 'mutual-contact/en-1',
      values: { firstName: 'Ana', mutualContact: 'Tomás Ortega', topic: 'your data platform migration' },
    });
    expect(rendered.note).toMatch(/^Hi Ana, /);
    expect(rendered.note).toContain('Tomás Ortega');
    expect(rendered).toMatchObject({ length: rendered.note.length, limit: 300, template: 'mutual-contact/en-1', messages: [], warnings: [] });
    const free = await structured<{ limit: number }>(client, 'render_template', {
      template: 'mutual-contact/en-1',
      values: { firstName: 'Ana', mutualContact: 'Tomás Ortega', topic: 'data platforms' },
      account: 'free',
    });
    expect(free.limit).toBe(200);
  });

  it('render_template: a template given as text, whose note is then checked as a note', async () => {
    const rendered = await structured<{ note: string; template: string | null; messages: Message[] }>(client, 'render_template', {
      template: '---\ndegree: 2\n---\nHi {{firstName}}, I would like to connect.',
      values: { firstName: 'Marta' },
    });
    expect(rendered.note).toBe('Hi Marta, I would like to connect.');
    expect(rendered.template).toBeNull();
    expect(rendered.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['require-shared-contact', 'require-reason']));
  });
});

describe('invite-lint mcp: hostile and mistaken calls', () => {
  let client: Client;
  beforeAll(async () => {
    client = await connectMcp();
  });
  afterAll(() => client.close());

  it.each([
    ['lint_note', { text: 42 }, '`text` must be a string, not 42.'],
    ['lint_note', {}, 'Missing `text`: give a string.'],
    ['lint_note', { text: 'Hi', degree: '2' }, '`degree` must be one of 1, 2, 3, not "2".'],
    ['lint_note', { text: 'Hi', degree: 5 }, '`degree` must be one of 1, 2, 3, not 5.'],
    ['lint_note', { text: 'Hi', account: 'gold' }, '`account` must be one of "free", "premium", not "gold".'],
    ['lint_note', { text: 'Hi', limit: -3 }, '`limit` must be at least 1, not -3.'],
    ['lint_note', { text: 'Hi', lang: 'not a language' }, '`lang` must be a language tag such as en, es or es-MX, not "not a language".'],
    ['lint_note', { txt: 'Hi' }, 'Unknown argument `txt` (did you mean `text`?): this tool takes `text`, `degree`, `account`, `limit`, `lang`, `locale`, `kind`.'],
    ['lint_files', { paths: 'notes' }, '`paths` must be a list, not "notes".'],
    ['lint_files', { paths: [] }, '`paths` is empty: give at least one.'],
    ['render_template', { template: 'event/en-1', values: { firstName: 7 } }, '`values.firstName` must be a string, not 7.'],
    ['render_template', { template: 'event/en-1', values: 'Ana' }, '`values` must be an object, not "Ana".'],
    ['list_templates', { scenario: 'meetup' }, '`scenario` must be one of "event", "alumni", "comment", "mutual-contact", "value-offer", not "meetup".'],
  ])('%s %j: isError naming the argument', async (name, args, message) => {
    expect(await failure(client, name, args)).toBe(message);
  });

  it('2 MB of text is refused above the documented cap, naming it', async () => {
    const message = await failure(client, 'lint_note', { text: 'a'.repeat(2 * 1024 * 1024) });
    expect(message).toBe('`text` is 2097152 characters, over the cap of 65536: a note or template is a few hundred characters, so send only that.');
  });

  it('a message over 4 MB is left unread and answered with an error, and the server goes on', async () => {
    await expect(client.callTool({ name: 'lint_note', arguments: { text: 'a'.repeat(5 * 1024 * 1024) } })).rejects.toThrow(/A message over 4 MB was left unread/);
    expect(ruleIds(await structured<NoteResult>(client, 'lint_note', { text: STOCK }))).toContain('no-default-text');
  });

  it('an unknown rule, template, variable or tool names the closest', async () => {
    expect(await failure(client, 'explain_rule', { rule: 'require-contxt' })).toMatch(/^There is no rule "require-contxt" \(did you mean "require-context"\? The rules are no-default-text, require-reason, /);
    expect(await failure(client, 'explain_rule', { rule: 'require-contxt', locale: 'es' })).toMatch(/^No hay ninguna regla "require-contxt" \(¿quizá "require-context"\? Las reglas son /);
    expect(await failure(client, 'render_template', { template: 'mutual-contact/en-9', values: {} })).toBe(
      'No library template "mutual-contact/en-9" (did you mean `mutual-contact/en-1`?). `list_templates` lists them.',
    );
    expect(await failure(client, 'render_template', { template: 'mutual-contact/en-1', values: { firstName: 'Ana', mutualContact: 'Tomás Ortega', topik: 'data' } })).toBe(
      'Missing values for `topic`: the template uses them (give "" for one that may be empty).',
    );
    expect(await failure(client, 'render_template', { template: 'mutual-contact/en-1', values: { firstName: 'Ana', mutualContact: 'Tomás Ortega', topic: 'data', topik: 'data' } })).toMatch(
      /^values\.topik: the template has no variable `topik` \(did you mean `topic`\?\)/,
    );
    expect(await failure(client, 'lint_nots', { text: STOCK })).toBe('There is no tool "lint_nots" (did you mean `lint_note`?): this server has lint_note, lint_files, explain_rule, list_templates, render_template.');
  });

  it('a value that is a placeholder, and a template that cannot be rendered, are said as such', async () => {
    expect(await failure(client, 'render_template', { template: 'mutual-contact/en-1', values: { firstName: '[First Name]', mutualContact: 'Tomás Ortega', topic: 'data' } })).toBe(
      'values.firstName holds a placeholder ([…]) instead of a value.',
    );
    expect(await failure(client, 'render_template', { template: 'Hi {{#each people}}{{this}}{{/each}}', values: { people: 'x' } })).toMatch(/^The template cannot be rendered: 1:\d+ /);
    expect(await failure(client, 'render_template', { template: 'Hi {{firstName', values: {} })).toMatch(/^The template cannot be rendered: /);
  });

  it('a template naming an object’s internals is said to, with lengths that are numbers', async () => {
    const result = await structured<NoteResult>(client, 'lint_note', { text: 'Hi {{constructor}}, we met at PyCon ES.', kind: 'template' });
    expect(ruleIds(result)).toContain('no-unsafe-template');
    expect(JSON.stringify(result)).not.toMatch(/NaN|native code/);
  });

  it('errors follow the call’s locale', async () => {
    expect(await failure(client, 'lint_note', { text: 42, locale: 'es' })).toBe('`text` debe ser un texto, no 42.');
    expect(await failure(client, 'lint_note', { locale: 'es' })).toBe('Falta `text`: da un texto.');
  });

  it('still answers after all of that', async () => {
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(5);
    expect(ruleIds(await structured<NoteResult>(client, 'lint_note', { text: STOCK }))).toContain('no-default-text');
  });
});

describe('invite-lint mcp: lint_files reads under its folder only, and writes nothing', () => {
  const folder = fixture({
    'project/notes/stock.txt': `---\ndegree: 2\n---\n${STOCK}\n`,
    'project/notes/good.txt': GOOD,
    'project/templates/bracketed.hbs': BRACKETED,
    'outside/secret.txt': `---\ndegree: 2\n---\n${STOCK}\n`,
  });
  const project = join(folder, 'project');
  symlinkSync(join(folder, 'outside/secret.txt'), join(project, 'notes/linked.txt'));
  symlinkSync(join(folder, 'outside'), join(project, 'elsewhere'));
  let client: Client;
  beforeAll(async () => {
    client = await connectMcp({ cwd: project });
  });
  afterAll(() => client.close());

  type FilesResult = { results: { filePath: string; messages: Message[]; errorCount: number }[]; errorCount: number; unmatched: { path: string; message: string }[] };

  it("gives the CLI's JSON results for files, folders and globs", async () => {
    const result = await structured<FilesResult>(client, 'lint_files', { paths: ['notes/stock.txt', 'templates'] });
    expect(result.results.map((file) => file.filePath)).toEqual([join(project, 'notes/stock.txt'), join(project, 'templates/bracketed.hbs')]);
    expect(result.results[0]!.messages.map((message) => message.ruleId)).toContain('no-default-text');
    const cli = JSON.parse(runCli(['--format', 'json', 'notes/stock.txt', 'templates'], { cwd: project }).stdout) as unknown[];
    expect(result.results).toEqual(cli);
    expect(result.errorCount).toBe(result.results.reduce((sum, file) => sum + file.errorCount, 0));
  });

  it('never writes: a file with a certain fix is left as it was', async () => {
    const path = join(project, 'templates/bracketed.hbs');
    const before = statSync(path).mtimeMs;
    const result = await structured<FilesResult>(client, 'lint_files', { paths: ['templates/bracketed.hbs'] });
    expect(result.results[0]!.messages.some((message) => message.fix)).toBe(true);
    expect([readFileSync(path, 'utf8'), statSync(path).mtimeMs]).toEqual([BRACKETED, before]);
  });

  it.each([['..'], ['../outside/secret.txt'], ['/etc/passwd'], ['notes/../../outside'], ['../**/*.txt'], ['notes/linked.txt'], ['elsewhere']])(
    'refuses %s, which leads outside the folder',
    async (path) => {
      expect(await failure(client, 'lint_files', { paths: ['notes', path] })).toBe(`"${path}" leads outside the folder this server works in (${project}): only files under it are linted.`);
    },
  );

  it('reads no file found through a symbolic link that leads out, and a glob that reaches out finds nothing there', async () => {
    const found = await structured<FilesResult>(client, 'lint_files', { paths: ['notes'] });
    expect(found.results.map((file) => [file.filePath, file.messages.map((message) => message.ruleId)])).toEqual([
      [join(project, 'notes/good.txt'), []],
      [join(project, 'notes/linked.txt'), [null]],
      [join(project, 'notes/stock.txt'), expect.arrayContaining(['no-default-text'])],
    ]);
    expect(found.results[1]!.messages[0]!.message).toBe('Not read: this path goes through a symbolic link to a place outside the folder this server works in.');
    // Whatever the glob library makes of `..` in braces, nothing outside is read or named.
    const braces = await call(client, 'lint_files', { paths: ['{..,notes}/*.txt', '{../outside,notes}/*.txt'] });
    expect(JSON.stringify(braces)).not.toContain('secret');
  });

  it('a path that matches nothing is said, with the others linted; nothing at all is an error', async () => {
    const some = await structured<FilesResult>(client, 'lint_files', { paths: ['notes/good.txt', 'missing.txt'] });
    expect(some.results).toHaveLength(1);
    expect(some.unmatched).toEqual([{ path: 'missing.txt', message: 'no such file or folder' }]);
    expect(await failure(client, 'lint_files', { paths: ['missing.txt'] })).toBe('Nothing was linted: "missing.txt": no such file or folder.');
    expect(await failure(client, 'lint_files', { paths: ['missing.txt'], locale: 'es' })).toMatch(/^No se ha revisado nada: "missing.txt": /);
  });

  it('--root sets the folder when the client starts the server elsewhere', async () => {
    const rooted = await connectMcp({ cwd: root, args: ['mcp', '--root', project] });
    try {
      const result = await structured<FilesResult>(rooted, 'lint_files', { paths: ['notes/good.txt'] });
      expect(result.results.map((file) => [file.filePath, file.errorCount])).toEqual([[join(project, 'notes/good.txt'), 0]]);
      expect(await failure(rooted, 'lint_files', { paths: [join(root, 'README.md')] })).toMatch(/leads outside the folder this server works in/);
    } finally {
      await rooted.close();
    }
  });

  it('does not run a JavaScript config: a call must not run code', async () => {
    const withJs = fixture({ 'a.txt': GOOD, 'invite-lint.config.js': "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran', import.meta.url), 'yes');\nexport default {};\n" });
    const jsClient = await connectMcp({ cwd: withJs });
    try {
      expect(await failure(jsClient, 'lint_files', { paths: ['a.txt'] })).toMatch(/is a JavaScript config, which runs code/);
      expect(existsSync(join(withJs, 'ran'))).toBe(false);
    } finally {
      await jsClient.close();
    }
  });
});

describe('invite-lint mcp: the server’s language', () => {
  it('messages follow LANG when a call gives no locale, and --locale over LANG', async () => {
    const spanish = await connectMcp({ env: { LANG: 'es_ES.UTF-8' } });
    const english = await connectMcp({ args: ['mcp', '--locale', 'en'], env: { LANG: 'es_ES.UTF-8' } });
    try {
      expect((await structured<NoteResult>(spanish, 'lint_note', { text: STOCK })).messages[0]!.message).toMatch(/^Es el texto de invitación estándar de LinkedIn/);
      expect(await failure(spanish, 'lint_note', { text: 42 })).toBe('`text` debe ser un texto, no 42.');
      expect((await structured<NoteResult>(spanish, 'lint_note', { text: STOCK, locale: 'en' })).messages[0]!.message).toMatch(/^This is LinkedIn's stock invitation text/);
      expect((await structured<NoteResult>(english, 'lint_note', { text: STOCK })).messages[0]!.message).toMatch(/^This is LinkedIn's stock invitation text/);
    } finally {
      await spanish.close();
      await english.close();
    }
  });

  it('mcp --help is in Spanish under --locale es', () => {
    const help = runCli(['mcp', '--help', '--locale', 'es']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Uso: invite-lint mcp \[opciones\]/);
    expect(help.stdout).toContain('servidor Model Context Protocol');
    expect(runCli(['mcp', '--root', 'no/such/folder']).stderr).toMatch(/^invite-lint: --root .*no\/such\/folder: no such folder\.\n$/);
  });
});

describe('invite-lint mcp: set up as the README says', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it from an AI assistant (MCP)'), readme.indexOf('\n## ', readme.indexOf('## Use it from an AI assistant (MCP)') + 1));
  const recipes = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as Record<string, Record<string, { command: string; args: string[] }>>);
  const notes = fixture({ 'notes/stock.txt': `---\ndegree: 2\n---\n${STOCK}\n` });
  // The bin as a global install puts it on PATH; the recipes' folder placeholders stand for the notes' folder.
  const env = { PATH: [join(root, 'node_modules/.bin'), process.env.PATH].join(delimiter) };
  const filled = (arg: string) => arg.replace('${workspaceFolder}', notes).replace('/path/to/your/notes', notes);

  it('has a recipe for each client, each starting `invite-lint mcp`', () => {
    expect(section).toMatch(/Claude Desktop/);
    expect(section).toMatch(/VS Code/);
    expect(section).toMatch(/Cursor/);
    expect(recipes.length).toBeGreaterThanOrEqual(3);
    for (const tool of ['lint_note', 'lint_files', 'explain_rule', 'list_templates', 'render_template']) expect(section).toContain(`\`${tool}\``);
  });

  it.each([0, 1, 2])('recipe %i starts a server that lists the tools and lints the notes folder', async (index) => {
    const servers = recipes[index]!.mcpServers ?? recipes[index]!.servers!;
    const { command, args } = servers['invite-lint']!;
    const client = await connectMcp({ command, args: args.map(filled), cwd: notes, env });
    try {
      expect((await client.listTools()).tools.map((tool) => tool.name)).toContain('lint_note');
      const result = await structured<{ results: { messages: Message[] }[] }>(client, 'lint_files', { paths: ['notes'] });
      expect(result.results[0]!.messages.map((message) => message.ruleId)).toContain('no-default-text');
    } finally {
      await client.close();
    }
  });

  it('the `claude mcp add` line starts one too', async () => {
    const line = /claude mcp add (\S+) -- ([^`\n]+)/.exec(section);
    expect(line?.[1]).toBe('invite-lint');
    const [command, ...args] = line![2]!.trim().split(/\s+/);
    const client = await connectMcp({ command: command!, args, cwd: notes, env });
    try {
      expect((await client.listTools()).tools).toHaveLength(5);
    } finally {
      await client.close();
    }
  });
});

describe('invite-lint mcp: bundled on its own', () => {
  // zod, which only the MCP tools use, puts its schema registry on globalThis when its code runs:
  // whether it is there when the process ends tells whether the SDK's code ran.
  const zodRan = (args: string[]): unknown => {
    const stub = join(root, 'packages/cli/bin/invite-lint.js');
    const flags = (readFileSync(stub, 'utf8').split('\n', 1)[0] ?? '').split(/\s+/).filter((word) => word.startsWith('--'));
    const probe = [
      `const { loadBundle } = require(${JSON.stringify(join(root, 'packages/cli/bin/load-bundle.js'))});`,
      "process.on('exit', () => process.stderr.write(JSON.stringify('__zod_globalRegistry' in globalThis)));",
      `loadBundle(${JSON.stringify(join(root, 'packages/cli/dist/bundle/cli.cjs'))}).exports.run(${JSON.stringify(args)});`,
    ].join('\n');
    // Standard input at its end: the MCP server starts, reads nothing and stops.
    const run = spawnSync(process.execPath, [...flags, '-e', probe], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
    return JSON.parse(run.stderr);
  };

  it('the SDK is set up only when the mcp command runs: lint never runs its code', () => {
    expect(zodRan(['--format', 'json', 'examples'])).toBe(false);
    expect(zodRan(['mcp'])).toBe(true);
  });
});
