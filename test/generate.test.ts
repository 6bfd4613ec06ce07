import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from './support/cli.js';
import { connections, HEADER, PREAMBLE, records } from './support/linkedin.js';

const offerTemplate = `---
degree: 3
lang: en
variables:
  firstName: { maxLength: 20, sample: Devon, required: true }
  company: { maxLength: 40, sample: Stackly, required: false }
---
Hi {{firstName}}, I put together a teardown of 30 onboarding flows for {{default company "your team"}}. Happy to send it over, no strings attached.
`;

describe('invite-lint generate on LinkedIn exports', () => {
  const folder = fixture({ 'Connections.csv': connections, 'offer.hbs': offerTemplate });
  const run = runCli(['generate', '--template', 'offer.hbs', '--csv', 'Connections.csv'], { cwd: folder });
  const output = records(run.stdout);

  it('writes one record per data row, in order, none skipped', () => {
    expect(output.map((record) => record.row)).toEqual([1, 2, 3, 4, 5]);
    expect(output.map((record) => record.status)).toEqual(['ok', 'error', 'warning', 'warning', 'ok']);
    expect(Object.keys(output[0] ?? {})).toEqual(['row', 'status', 'note', 'length', 'findings', 'url']);
  });

  it('fills the template, quotes and all, and keeps the profile URL', () => {
    const note = 'Hi Ana, I put together a teardown of 30 onboarding flows for Acme, Inc.. Happy to send it over, no strings attached.';
    expect(output[0]).toEqual({
      row: 1,
      status: 'ok',
      note,
      length: note.length,
      findings: [],
      url: 'https://www.linkedin.com/in/ana-gil',
    });
    expect(output[4]?.note).toContain('for your team.');
  });

  it('reports hidden profiles, names in capitals and duplicate profiles by column and row, never by value', () => {
    expect(output[1]).toMatchObject({ note: null, findings: [{ ruleId: 'hidden-profile', severity: 2 }] });
    expect(output[2]?.findings.map((finding) => finding.ruleId)).toEqual(['name-casing']);
    expect(output[3]?.findings).toEqual([
      { ruleId: 'duplicate-profile', severity: 1, message: 'The same profile URL as row 1: this person would get two invitations.' },
    ]);
    const messages = output.flatMap((record) => record.findings.map((finding) => finding.message)).join(' ');
    expect(messages).not.toMatch(/MARÍA|Ruiz|Luis|Initech/);
  });

  it('ends with a summary on stderr and exit code 1 when a row is an error', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('invite-lint generate: 5 rows: 2 ok, 2 with warnings, 1 with errors.');
    const longest = Math.max(...output.map((record) => record.length ?? 0));
    expect(run.stderr).toContain(`Longest note: ${longest} characters (limit 300); 0 within 10 characters of the limit.`);
  });

  it('reads the old header without URL or preamble, with LF line ends', () => {
    const old = fixture({ 'old.csv': 'First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Gil,,Acme,CTO,08 Feb 2016\n', 'offer.hbs': offerTemplate });
    const result = runCli(['generate', '--template', 'offer.hbs', '--csv', 'old.csv'], { cwd: old });
    expect(result.code).toBe(0);
    expect(records(result.stdout)).toEqual([expect.objectContaining({ row: 1, status: 'ok' })]);
    expect(records(result.stdout)[0]).not.toHaveProperty('url');
  });
});

describe('the README example', () => {
  it('generates the bundled example contacts', () => {
    const result = runCli(['generate', '--template', 'examples/csv/teardown-offer.hbs', '--csv', 'examples/csv/Connections.csv']);
    expect(records(result.stdout).map((record) => record.status)).toEqual(['ok', 'ok', 'ok', 'error', 'ok', 'warning']);
    expect(records(result.stdout)[1]?.note).toMatch(/^Hi Marcus, as VP Operations/);
    expect(result.code).toBe(1);
  });
});

describe('invite-lint generate with a library template and --map', () => {
  it('takes a library id and maps columns with other names', () => {
    const folder = fixture({ 'met.csv': 'Nombre,Evento,Tema\nAna,PyCon ES,type hints\n' });
    const result = runCli(['generate', '--template', 'event/en-1', '--csv', 'met.csv', '--map', 'Nombre=firstName', '--map', 'Evento=event', '--map', 'Tema=topic'], { cwd: folder });
    expect(result.code).toBe(0);
    expect(records(result.stdout)[0]?.note).toBe("Hi Ana, we met at PyCon ES and talked about type hints. I'd like to keep the conversation going and hear what you try next.");
  });

  it('names a missing column and the --map to try, and stops with exit 2', () => {
    const folder = fixture({ 'met.csv': 'First Name,Event Name\nAna,PyCon ES\n' });
    const result = runCli(['generate', '--template', 'event/en-1', '--csv', 'met.csv'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'invite-lint: met.csv has no column for `event` (--map "Event Name=event"), `topic` (--map "Your column=topic"): the template needs it. Add the column or map one to it.\n',
    );
  });
});

describe('invite-lint generate with hostile and broken input', () => {
  it('accounts for ragged rows, an unclosed quote and bad bytes, and reads on', () => {
    const csv = Buffer.concat([
      Buffer.from('First Name,Last Name,Company\nAna,Gil,Acme\nShort,Row\nToo,Many,Fields,Here\nBad,"unclosed,x\n\nLuis,Paz,'),
      Buffer.from([0x47, 0x6c, 0x6f, 0x62, 0xe9, 0x78]),
      Buffer.from('\nEnd,Row,Endco\n'),
    ]);
    const folder = fixture({ 'broken.csv': csv, 'offer.hbs': offerTemplate });
    const result = runCli(['generate', '--template', 'offer.hbs', '--csv', 'broken.csv'], { cwd: folder });
    const output = records(result.stdout);
    expect(output.map((record) => [record.row, record.status])).toEqual([
      [1, 'ok'],
      [2, 'error'],
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
      [6, 'ok'],
    ]);
    expect(output[1]?.findings[0]?.message).toBe('The row has 2 fields where the header has 3.');
    expect(output[3]?.findings[0]?.message).toBe('Line 5 could not be read: a quote opened in this row is never closed.');
    expect(output[4]?.findings[0]?.message).toBe('Line 7 could not be read: bytes that are not UTF-8 (save the file as "CSV UTF-8").');
    expect(result.code).toBe(1);
  });

  it('splits a row whose stray quote swallowed the rows after it: that row an error naming its lines, the others read as rows', () => {
    const template = '---\ndegree: 3\n---\nHi {{firstName}} {{lastName}}, I put together a teardown of 30 onboarding flows for {{default company "your team"}}.\n';
    const folder = fixture({
      'merged.csv': 'First Name,Last Name,Company\nAna,"Ruiz,Acme\nBea,"Soto,Beta\nCarl,Diaz,Gamma\n',
      'recovered.csv': 'First Name,Last Name,Company\nAna,"Ruiz,Acme\nBea,Soto,Beta\nCarl,Diaz,"Gamma, Inc"\nDan,Paz,"Delta\nLabs"\n',
      'names.hbs': template,
    });
    const merged = runCli(['generate', '--template', 'names.hbs', '--csv', 'merged.csv'], { cwd: folder });
    const mergedRecords = records(merged.stdout);
    expect(mergedRecords.map((record) => [record.row, record.status])).toEqual([
      [1, 'error'],
      [2, 'error'],
      [3, 'ok'],
    ]);
    expect(mergedRecords[0]).toMatchObject({
      note: null,
      findings: [{ ruleId: 'malformed-row', severity: 2, message: 'A quote opened on line 2 runs on to line 3, over lines that read as rows of their own: close or remove it. Those lines are read as rows.' }],
    });
    expect(mergedRecords[1]?.findings[0]?.message).toBe('Line 3 could not be read: a quote opened in this row is never closed.');
    expect(mergedRecords[2]?.note).toMatch(/^Hi Carl Diaz, .* for Gamma\.$/);
    expect(merged.code).toBe(1);

    // The rows a stray quote swallowed are read on their own; a value over two lines is not suspect.
    const recovered = records(runCli(['generate', '--template', 'names.hbs', '--csv', 'recovered.csv'], { cwd: folder }).stdout);
    expect(recovered.map((record) => [record.row, record.status])).toEqual([
      [1, 'error'],
      [2, 'ok'],
      [3, 'ok'],
      [4, 'ok'],
    ]);
    expect(recovered.map((record) => record.note?.replace(/, I put .* for /, ' @ '))).toEqual([undefined, 'Hi Bea Soto @ Beta.', 'Hi Carl Diaz @ Gamma, Inc.', 'Hi Dan Paz @ Delta\nLabs.']);
    expect(recovered[0]?.findings[0]?.message).toContain('line 2 runs on to line 4');

    const spanish = records(runCli(['generate', '--template', 'names.hbs', '--csv', 'merged.csv', '--locale', 'es'], { cwd: folder }).stdout);
    expect(spanish[0]?.findings[0]?.message).toBe('Una comilla abierta en la línea 2 sigue hasta la línea 3, por líneas que parecen filas: ciérrala o quítala. Esas líneas se leen como filas.');
  });

  it('flags a placeholder that came in with the data, naming the column', () => {
    const folder = fixture({ 'slots.csv': 'First Name,Company\n[First Name],Acme\nAna,{{company}}\n', 'offer.hbs': offerTemplate });
    const output = records(runCli(['generate', '--template', 'offer.hbs', '--csv', 'slots.csv'], { cwd: folder }).stdout);
    expect(output.map((record) => record.findings.map((finding) => finding.message))).toEqual([
      ['`firstName` holds a placeholder ([…]) instead of a value.'],
      ['`company` holds a placeholder ({{…}}) instead of a value.'],
    ]);
  });

  it('neutralises spreadsheet formulas in CSV output', () => {
    const template = '---\ndegree: 3\nvariables:\n  firstName: { required: true }\n---\n{{firstName}}, I put together a teardown of 30 onboarding flows. Happy to send it over.\n';
    // A NUL in the first 64 KB makes the file binary; further down, it is one cell's problem.
    const padding = 'Eva,Ruiz,Acme\n'.repeat(5000);
    const folder = fixture({ 'evil.csv': `First Name,Last Name,Company\n=HYPERLINK("http://x"),Gil,=cmd|calc\n+Sum,Paz,@x\n${padding}\u0000=1+1,Diaz,Acme\n`, 'evil.hbs': template });
    const result = runCli(['generate', '--template', 'evil.hbs', '--csv', 'evil.csv', '--format', 'csv'], { cwd: folder });
    // trimEnd: trim() would take the byte-order mark too.
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('\uFEFFFirst Name,Last Name,Company,connection_note,length,status,findings');
    // The input's cells are untrusted too: written back formula-safe.
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",Gil,'=cmd\|calc,"'=HYPERLINK\(""http:\/\/x""\), I put together.*",\d+,ok,$/);
    expect(lines[2]).toMatch(/^'\+Sum,Paz,'@x,"'\+Sum, I put together .*",\d+,ok,$/);
    // A NUL first is a formula start too, and a control character in the data makes the row an error.
    // eslint-disable-next-line no-control-regex -- the NUL is what the row carries
    expect(lines.at(-1)).toMatch(/^'\u0000=1\+1,Diaz,Acme,,\d+,error,.*control character \(NUL\)/);
  });

  it('flags control characters in values and a URL that is not a web address', () => {
    const folder = fixture({
      'contacts.csv': `${HEADER}\nAna,Gil,javascript:alert(1),,Acme,CTO,08 Feb 2026\nLuis,Paz\u001b]52;c;aGk=\u0007,https://www.linkedin.com/in/luis,,Globex,Dev,09 Feb 2026\nSofía,Cruz,https://www.linkedin.com/in/sofia,,Initech,Dev,10 Feb 2026\n`,
      'offer.hbs': offerTemplate,
    });
    const result = runCli(['generate', '--template', 'offer.hbs', '--csv', 'contacts.csv'], { cwd: folder });
    expect(records(result.stdout).map((record) => [record.status, record.findings.map((finding) => finding.ruleId)])).toEqual([
      ['error', ['unsafe-url']],
      ['error', ['control-character']],
      ['ok', []],
    ]);
  });

  it('never cuts a note over the limit: an error with its full length', () => {
    const folder = fixture({ 'long.csv': `First Name,Company\nAna,${'x'.repeat(10_240)}\n`, 'offer.hbs': offerTemplate.replace('maxLength: 40', 'maxLength: 20000') });
    const result = runCli(['generate', '--template', 'offer.hbs', '--csv', 'long.csv', '--account', 'free'], { cwd: folder });
    const [record] = records(result.stdout);
    expect(record?.status).toBe('error');
    const length = 'Hi Ana, I put together a teardown of 30 onboarding flows for '.length + 10_240 + '. Happy to send it over, no strings attached.'.length;
    expect(record?.length).toBe(length);
    expect(record?.note).toHaveLength(length);
    expect(record?.findings[0]?.message).toBe(`The note is ${length} characters, ${length - 200} over the 200-character limit (not cut).`);
    expect(result.stderr).toContain('Free accounts can add a note to only about 5 invitations a month');
  });

  it('warns when nearly every row gives the same note', () => {
    const rows = Array.from({ length: 12 }, (_, index) => `Ana,Gil${index}`).join('\n');
    const folder = fixture({ 'same.csv': `First Name,Last Name\n${rows}\n`, 'same.hbs': '---\ndegree: 3\n---\nHi {{firstName}}, I put together a teardown of 30 onboarding flows. Happy to send it over.\n' });
    const result = runCli(['generate', '--template', 'same.hbs', '--csv', 'same.csv'], { cwd: folder });
    expect(result.stderr).toContain('Warning: 100% of the rows give the very same note');
  });

  it.each([
    ['empty.csv', '', 'empty.csv is empty: it needs a header line and at least one row.'],
    ['workbook.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'is an Excel workbook, not CSV: save it as "CSV UTF-8" and try again.'],
    ['utf16.csv', Buffer.from('\ufeffFirst Name', 'utf16le'), 'is not UTF-8 text (UTF-16 or binary)'],
    ['preamble-only.csv', PREAMBLE, 'has no header line'],
    ['missing.csv', undefined, 'No such file'],
  ])('refuses %s with exit 2 and says why', (name, content, message) => {
    const folder = fixture(content === undefined ? { 'offer.hbs': offerTemplate } : { [name]: content, 'offer.hbs': offerTemplate });
    const result = runCli(['generate', '--template', 'offer.hbs', '--csv', name], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a --template over 2 MB, or endless, with exit 2', () => {
    const folder = fixture({ 'big.hbs': 'Hi {{firstName}}. '.repeat(130_000), 'c.csv': 'First Name\nAna\n' });
    expect(runCli(['generate', '--template', 'big.hbs', '--csv', 'c.csv'], { cwd: folder })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'invite-lint: --template big.hbs: The file is over 2 MB; a note or template is a few hundred characters, so it was not read.\n',
    });
    const endless = runCli(['generate', '--template', '/dev/zero', '--csv', 'c.csv', '--locale', 'es'], { cwd: folder });
    expect(endless).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--template /dev/zero: El archivo ocupa más de 2 MB') });
  });

  it('prints a template syntax error with file:line:column and exits 2', () => {
    const folder = fixture({ 'c.csv': 'First Name\nAna\n', 'bad.hbs': '---\ndegree: 3\n---\nHi {{#if firstName}}{{firstName}\n' });
    const result = runCli(['generate', '--template', 'bad.hbs', '--csv', 'c.csv'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bad.hbs');
    expect(result.stderr).toMatch(/4:\d+\s+error\s+Template syntax error/);
  });

  it('refuses a header with no rows: no contacts, exit 2, no output file', () => {
    const folder = fixture({ 'head.csv': `${HEADER}\r\n\r\n`, 'offer.hbs': offerTemplate });
    const result = runCli(['generate', '--template', 'offer.hbs', '--csv', 'head.csv', '-o', 'notes.jsonl'], { cwd: folder });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'invite-lint: No contacts in head.csv: it has a header and no rows; add one row per person under the header.\n' });
    expect(existsSync(join(folder, 'notes.jsonl'))).toBe(false);
    const spanish = runCli(['generate', '--template', 'offer.hbs', '--csv', 'head.csv', '--locale', 'es'], { cwd: folder });
    expect(spanish.stderr).toBe('invite-lint: No hay contactos en head.csv: tiene cabecera y ninguna fila; añade una fila por persona debajo de la cabecera.\n');
  });

  it.each([
    ['empty.hbs', ''],
    ['front-matter-only.hbs', '---\ndegree: 3\n---\n\n'],
  ])('refuses the empty template %s with exit 2 and writes no notes', (name, template) => {
    const folder = fixture({ 'c.csv': 'First Name\nAna\n', [name]: template });
    const result = runCli(['generate', '--template', name, '--csv', 'c.csv'], { cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/\d+:1\s+error\s+The template is empty: write the note it should produce\./);
  });

  it('makes a row whose note comes out empty an error', () => {
    const folder = fixture({ 'c.csv': 'First Name,Company\nAna,Acme\nBea,\n', 'if.hbs': '---\ndegree: 3\n---\n{{#if company}}Hi {{firstName}}, I put together a teardown of 30 onboarding flows for {{company}}.{{/if}}\n' });
    const result = runCli(['generate', '--template', 'if.hbs', '--csv', 'c.csv'], { cwd: folder });
    expect(records(result.stdout).map((record) => [record.status, record.findings.map((finding) => finding.message)])).toEqual([
      ['ok', []],
      ['error', ['The note is empty for this row: give the template text outside {{#if}}, or fill the values it needs.']],
    ]);
    expect(result.code).toBe(1);
  });

  it('refuses -o naming its own --csv or template, by any path or link, and touches nothing', () => {
    const folder = fixture({ 'Connections.csv': connections, 'offer.hbs': offerTemplate });
    symlinkSync(join(folder, 'Connections.csv'), join(folder, 'link.csv'));
    for (const [output, input] of [
      ['Connections.csv', './Connections.csv'],
      [join(folder, 'Connections.csv'), 'Connections.csv'],
      ['link.csv', 'Connections.csv'],
      ['./offer.hbs', 'Connections.csv'],
    ] as const) {
      const result = runCli(['generate', '--template', 'offer.hbs', '--csv', input, '-o', output], { cwd: folder });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^invite-lint: -o .* is the input file .*: writing there would erase it; give -o another file\.\n$/);
    }
    expect(readFileSync(join(folder, 'Connections.csv'), 'utf8')).toBe(connections);
    expect(readFileSync(join(folder, 'offer.hbs'), 'utf8')).toBe(offerTemplate);
    const spanish = runCli(['generate', '--template', 'offer.hbs', '--csv', 'Connections.csv', '-o', 'Connections.csv', '--locale', 'es'], { cwd: folder });
    expect(spanish.stderr).toBe('invite-lint: -o Connections.csv es el archivo de entrada Connections.csv: escribir ahí lo borraría; da a -o otro archivo.\n');
  });

  it('writes to a file with -o and prints nothing on stdout', () => {
    const folder = fixture({ 'Connections.csv': connections, 'offer.hbs': offerTemplate });
    const result = runCli(['generate', '--template', 'offer.hbs', '--csv', 'Connections.csv', '-o', 'notes.jsonl'], { cwd: folder });
    expect(result.stdout).toBe('');
    expect(records(readFileSync(join(folder, 'notes.jsonl'), 'utf8'))).toHaveLength(5);
  });
});

describe('odd templates: what lints clean generates, what cannot generate fails lint', () => {
  const odd = [
    '{{#if}}x{{/if}}', '{{#if a b}}x{{/if}}', '{{#unless}}x{{/unless}}', '{{"constructor"}}', '{{0}}', '{{true}}', '{{null}}', '{{undefined}}',
    '{{(first firstName)}}', '{{(lookup this "constructor")}}', '{{"firstName"}}', '{{> partial}}', '{{{{raw}}}} x {{{{/raw}}}}', '{{firstName "x"}}',
    '{{default}}', '{{nameCase}}', '{{default first "x"}}', '{{this}}', '{{@root.firstName}}', '{{#with firstName}}{{this}}{{/with}}',
    '{{default firstName "there"}}', '{{#if company}} at {{company}}{{/if}}', '{{nameCase firstName}}',
  ];
  const folder = fixture({
    'contacts.csv': 'First Name,Last Name,Company\nAna,Ruiz,Acme\nconstructor,__proto__,toString\n',
    ...Object.fromEntries(odd.map((tag, index) => [`t${index}.hbs`, `Hi, we met at Web Summit Lisbon and talked about onboarding. ${tag}\n`])),
  });
  it.each(odd.map((tag, index) => [tag, index] as const))('%s', (tag, index) => {
    const template = join(folder, `t${index}.hbs`);
    const lint = runCli([template], { cwd: folder });
    const generate = runCli(['generate', '--template', template, '--csv', join(folder, 'contacts.csv')], { cwd: folder });
    expect(`${lint.stderr}${generate.stderr}`).not.toMatch(/internal error/);
    if (lint.code === 0) expect(generate.code, `${tag}: ${generate.stderr}`).toBe(0);
    else expect([tag, lint.code, generate.code]).toEqual([tag, 1, 2]);
  });
});

describe("generate applies the project's config, as lint does", () => {
  const csv = 'First Name,Last Name,Company\nAna,Gil,Acme\nBartholomew-Maximilian,Okonkwo-Featherstonehaugh,Acme\n';
  const template = '---\nlang: en\n---\nHi {{firstName}}, I put together a teardown of 30 onboarding flows at companies like yours. Happy to send it over, no strings attached.\n';
  const generate = (config: object) => {
    const folder = fixture({ 'leads.csv': csv, 'offer.hbs': template, 'invite-lint.config.json': JSON.stringify(config) });
    const run = runCli(['generate', '--template', 'offer.hbs', '--csv', 'leads.csv'], { cwd: folder });
    return { run, output: records(run.stdout) };
  };

  it("checks every row with the config's account, severities and near-max-length's margin", () => {
    // 125 and 144 characters against a free account's 200: only the second is within a margin of 60.
    const { run, output } = generate({ account: 'free', rules: { 'near-max-length': ['error', { margin: 60 }] } });
    expect(output.map((record) => [record.length, record.status])).toEqual([[125, 'ok'], [144, 'error']]);
    expect(output[1]?.findings).toEqual([{ ruleId: 'near-max-length', severity: 2, message: 'The note is 144 characters, 56 short of the 200-character limit.' }]);
    expect(run.stderr).toContain('Longest note: 144 characters (limit 200); 1 within 60 characters of the limit.');
    expect(run.code).toBe(1);
  });

  it('checks no row with a rule the config turns off', () => {
    // 125 is near a limit of 130, 144 over it.
    const { run, output } = generate({ limit: 130, rules: { 'max-length': 'off', 'near-max-length': 'off' } });
    expect(output.map((record) => [record.length, record.status])).toEqual([[125, 'ok'], [144, 'ok']]);
    expect(run.code).toBe(0);
  });
});
