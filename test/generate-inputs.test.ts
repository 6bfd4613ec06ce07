import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, fixture, runCli } from './support/cli.js';
import { connections, records } from './support/linkedin.js';

const CONNECTIONS_NOTICE =
  'invite-lint generate: Connections.csv is a LinkedIn Connections.csv: its people are already connected to whoever exported it. From a colleague, they are your 2nd degree and the colleague is the person you have in common: pass --set mutualContact="Their Name" with a mutual-contact template (invite-lint templates show mutual-contact/en-1). Your own export is your 1st degree: not people to invite.\n';

describe('generate --set: one value for every row', () => {
  const folder = fixture({ 'Connections.csv': connections });
  const generate = (...args: string[]) => runCli(['generate', '--template', 'mutual-contact/en-1', '--csv', 'Connections.csv', ...args], { cwd: folder });

  it("fills a colleague's export with the person in common, each row checked as usual", () => {
    const run = generate('--set', 'mutualContact=Dana Ruiz', '--set', 'topic=data platforms = fun');
    const output = records(run.stdout);
    expect(output[0]?.note).toBe("Hi Ana, Dana Ruiz suggested I reach out about data platforms = fun. I'm working on something similar and would value your perspective.");
    expect(output.map((record) => record.status)).toEqual(['ok', 'error', 'warning', 'warning', 'ok']);
    expect(output.every((record) => record.note === null || record.note.includes('Dana Ruiz'))).toBe(true);
    expect(run.code).toBe(1);
  });

  it.each([
    [['--set', 'mutualContac=Dana Ruiz', '--set', 'topic=x'], 'invite-lint: --set mutualContac: the template has no variable `mutualContac` (did you mean `mutualContact`?). It uses `firstName`, `mutualContact`, `topic`.\n'],
    [['--set', 'mutualContact'], 'invite-lint: --set takes "variable=value", not "mutualContact": for example --set mutualContact="Dana Ruiz".\n'],
    [['--set', '=Dana'], 'invite-lint: --set takes "variable=value", not "=Dana": for example --set mutualContact="Dana Ruiz".\n'],
    [['--set', 'mutualContact= ', '--set', 'topic=x'], 'invite-lint: --set mutualContact is empty and the template needs it: give it a value.\n'],
    [['--set', 'mutualContact=[Mutual Connection]', '--set', 'topic=x'], 'invite-lint: --set mutualContact holds a placeholder ([…]) instead of a value.\n'],
  ])('refuses %j before any row is written, exit 2', (args, message) => {
    const run = generate(...args, '-o', 'notes.jsonl');
    expect(run).toEqual({ code: 2, stdout: '', stderr: message });
    expect(existsSync(join(folder, 'notes.jsonl'))).toBe(false);
  });

  it('says a value over the maximum the template allows once, and checks each note against the limit', () => {
    const long = 'María de los Ángeles Fernández-Villaverde Ruiz';
    const run = generate('--set', `mutualContact=${long}`, '--set', 'topic=x', '--account', 'free');
    expect(run.stderr.match(/--set mutualContact is 46 characters, over the 40 the template allows it/g)).toHaveLength(1);
    expect(records(run.stdout)[0]?.note).toContain(long);
  });

  it('speaks Spanish', () => {
    const run = generate('--set', 'tema=x', '--locale', 'es');
    expect(run.stderr).toBe('invite-lint: --set tema: la plantilla no tiene la variable `tema`. Usa `firstName`, `mutualContact`, `topic`.\n');
  });
});

describe('generate on a LinkedIn Connections.csv: whose connections they are', () => {
  const folder = fixture({ 'Connections.csv': connections, 'leads.csv': 'First Name,Company\nAna,Acme\n' });

  it('says once, before the rows, what degree they are and how to invite them; statuses and exit code do not change', () => {
    const command = `"${bin}" generate --template value-offer/en-1 --csv Connections.csv --set offer="a teardown of 30 onboarding flows" 2>&1`;
    const both = spawnSync('sh', ['-c', command], { cwd: folder, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', NO_COLOR: '1' } });
    expect(both.stdout.startsWith(CONNECTIONS_NOTICE)).toBe(true);
    expect(both.stdout.split(CONNECTIONS_NOTICE)).toHaveLength(2);

    const run = runCli(['generate', '--template', 'value-offer/en-1', '--csv', 'Connections.csv', '--set', 'offer=a teardown of 30 onboarding flows'], { cwd: folder });
    expect(records(run.stdout).map((record) => record.status)).toEqual(['ok', 'error', 'warning', 'warning', 'ok']);
    expect(run.code).toBe(1);
  });

  it('is not said of other files, and is said in Spanish', () => {
    const leads = runCli(['generate', '--template', 'value-offer/en-1', '--csv', 'leads.csv', '--set', 'offer=a teardown'], { cwd: folder });
    expect(leads.code).toBe(0);
    expect(leads.stderr).not.toContain('Connections.csv');
    const spanish = runCli(['generate', '--template', 'value-offer/es-1', '--csv', 'Connections.csv', '--set', 'offer=un análisis', '--locale', 'es'], { cwd: folder });
    expect(spanish.stderr).toContain('Connections.csv es un Connections.csv de LinkedIn: sus personas ya están conectadas con quien lo exportó.');
  });
});

describe('generate on lead lists as they come', () => {
  const folder = fixture({
    // A lead-list export: a BOM, CRLF, quoted commas, spellings of its own, and a column of ours.
    'leads.csv': '\uFEFFfirst_name,companyName,jobTitle,LinkedIn URL,status\r\nAna,"Acme, Inc.",CTO,https://www.linkedin.com/in/ana,new\r\nBea,,"Head of Data, EMEA",https://www.linkedin.com/in/bea,new\r\nCarl,Globex,,https://www.linkedin.com/in/ana,contacted\r\n',
    'spanish.csv': 'Nombre,Empresa,Cargo\nLucía,Cabify,CTO\n',
    'nothing.csv': 'Name,Email,Phone\nAna,ana@example.com,555\n',
    'proto.csv': 'constructor,__proto__,toString,firstName\nx,y,z,Ana\n',
    'offer.hbs': '---\ndegree: 3\n---\nHi {{firstName}}, as {{default position "a leader"}} at {{default company "your team"}} you may like the teardown of 30 onboarding flows I put together. Happy to send it over.\n',
  });
  const generate = (csv: string, ...args: string[]) => runCli(['generate', '--template', 'offer.hbs', '--csv', csv, ...args], { cwd: folder });

  it('maps common spellings without --map and lists each mapping in the summary', () => {
    const run = generate('leads.csv');
    expect(records(run.stdout).map((record) => record.note?.slice(0, 48))).toEqual([
      'Hi Ana, as CTO at Acme, Inc. you may like the te',
      'Hi Bea, as Head of Data, EMEA at your team you m',
      'Hi Carl, as a leader at Globex you may like the ',
    ]);
    expect(run.stderr).toContain('\n  Columns read as: first_name → firstName, companyName → company, jobTitle → position.\n');
    expect(records(generate('spanish.csv').stdout)[0]?.note).toMatch(/^Hi Lucía, as CTO at Cabify /);
  });

  it('stops with exit 2, before any row, when no column of the header is one the template uses', () => {
    expect(generate('nothing.csv')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'invite-lint: nothing.csv: no column of its header (Name, Email, Phone) is a variable the template uses (firstName, position, company). Is the first line a header? Rename its columns or map them: --map "Name=firstName".\n',
    });
    expect(generate('nothing.csv', '--map', 'Name=firstName').code).toBe(0);
  });

  it("gives headers named after Object.prototype's members no special meaning", () => {
    const run = generate('proto.csv');
    expect(run.code).toBe(0);
    expect(records(run.stdout)[0]?.note).toMatch(/^Hi Ana, as a leader at your team /);
  });

  it('lists the rows to look at as ranges, the first 20, then counts the rest', () => {
    const rows = Array.from({ length: 45 }, (_, index) => (index % 2 === 0 ? ',Acme' : `Ana${index},Acme`)).join('\n');
    const many = fixture({ 'many.csv': `First Name,Company\n${rows}\n` });
    const run = runCli(['generate', '--template', 'value-offer/en-1', '--csv', 'many.csv', '--set', 'offer=a teardown of 30 onboarding flows'], { cwd: many });
    const listed = Array.from({ length: 20 }, (_, index) => 2 * index + 1).join(', ');
    expect(run.stderr).toContain(`\n  Rows to look at: ${listed} and 3 more.\n`);
    expect(runCli(['generate', '--template', 'value-offer/en-1', '--csv', 'leads.csv', '--set', 'offer=x', '--locale', 'es'], { cwd: folder }).stderr).toContain('\n  Filas que revisar: 3.\n');
  });

  it('writes CSV an outreach tool imports: the input columns, then connection_note (only for ok rows), length, status, findings', () => {
    const run = generate('leads.csv', '--format', 'csv', '-o', 'out.csv');
    const text = readFileSync(join(folder, 'out.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\n');
    // The input has a `status` column: ours is prefixed rather than written over it.
    expect(lines[0]).toBe('first_name,companyName,jobTitle,LinkedIn URL,status,connection_note,length,invite_lint_status,findings');
    expect(lines[1]).toMatch(/^Ana,"Acme, Inc\.",CTO,https:\/\/www\.linkedin\.com\/in\/ana,new,"Hi Ana, as CTO at Acme, Inc\. you may like .*\. Happy to send it over\.",\d+,ok,$/);
    expect(lines[3]).toMatch(/^Carl,Globex,,https:\/\/www\.linkedin\.com\/in\/ana,contacted,,\d+,warning,duplicate-profile: The same profile URL as row 1: this person would get two invitations\.$/);
    expect(run.stderr).toContain('\n  Rows to look at: 3.\n');
  });
});

describe('generate flags names a note should not say, with the value it would use, never rewritten', () => {
  it.each([
    ['"Gil, Ana"', 'Gil, Ana', '`firstName` reads "Last, First" in this row, and the note uses it as it is: "Gil, Ana". Put the first name alone in the column.'],
    ['Zoë 🚀', 'Zoë 🚀', '`firstName` holds an emoji in this row, and the note uses it as it is: "Zoë 🚀". Remove it from the column unless you want it sent.'],
    ['Dr. Priya', 'Dr. Priya', '`firstName` holds a title or credential in this row, and the note uses it as it is: "Dr. Priya". Keep only the name in the column.'],
    ['"Ana, PhD"', 'Ana, PhD', '`firstName` holds a title or credential in this row, and the note uses it as it is: "Ana, PhD". Keep only the name in the column.'],
  ])('%s', (cell, value, message) => {
    const folder = fixture({ 'c.csv': `First Name,Company\r\n${cell},Acme\r\nDrew,Beta\r\n` });
    const run = runCli(['generate', '--template', 'value-offer/en-1', '--csv', 'c.csv', '--set', 'offer=a teardown of 30 onboarding flows'], { cwd: folder });
    const [flagged, plain] = records(run.stdout);
    expect(flagged).toMatchObject({ status: 'warning', note: expect.stringMatching(new RegExp(`^Hi ${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, I put together`)) });
    expect(flagged?.findings).toEqual([{ ruleId: 'name-format', severity: 1, message }]);
    expect(plain).toMatchObject({ status: 'ok', findings: [] });
    expect(run.code).toBe(0);
  });
});
