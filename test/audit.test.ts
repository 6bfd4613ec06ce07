import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fixture, root, runCli } from './support/cli.js';

interface AuditedInvitation {
  row: number;
  from: string;
  to: string;
  sentAt: string | null;
  direction: 'incoming' | 'outgoing';
  message: string;
  length: number;
  score: number;
  findings: { ruleId: string; severity: number; message: string }[];
  why: string;
}

interface Report {
  summary: {
    rows: number;
    header: 'current' | 'old';
    outgoing?: { total: number; empty: number; stockText: number; noReason: number; over200: number; over300: number; openings: { opening: string; count: number }[]; byMonth: Record<string, number>; flagged: number };
    incoming?: { total: number; empty: number; stockText: number; withReason: number; withSharedContactOrContext: number; byMonth: Record<string, number> };
    lengths: Record<string, number>;
    skipped: { row: number; line: number; reason: string }[];
    undated: { row: number; line: number; reason: string }[];
  };
  invitations: AuditedInvitation[];
}

const EXAMPLE = join(root, 'examples/Invitations.csv');
const audit = (args: string[], cwd?: string) => runCli(['audit', ...args], cwd ? { cwd } : {});
const jsonReport = (args: string[], cwd?: string): Report => {
  const run = audit([...args, '--format', 'json'], cwd);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Report;
};

const long = 'Hi Sam, we met at the Data Council meetup in Austin where you presented the lakehouse migration at Fernway. I am planning the same move at Stackly and would value your view on the cut-over plan, the rollback rules and the costs. Alex';

/** The older export: no URL columns, a BOM, CRLF, a note over several lines, empty notes, and bad rows. */
const OLD_EXPORT = [
  '\uFEFFFrom,To,Sent At,Message,Direction',
  'Alex Morgan,Sam Lee,"1/5/26, 9:00 AM",I\'d like to add you to my professional network on LinkedIn.,OUTGOING',
  `Alex Morgan,Ana Gil,"12/30/25, 11:59 PM","Hi Ana, Dana Ruiz suggested I reach out.\r\nShe said you run the data team at Acme; I'd love to compare notes on dbt.\r\nAlex",OUTGOING`,
  'Alex Morgan,Bo Chen,"1/7/26, 12:05 PM",,OUTGOING',
  `Alex Morgan,Sam Lee,"1/8/26, 3:00 PM","${long}",OUTGOING`,
  'Zoe Park,Alex Morgan,"1/9/26, 8:00 AM","Hi Alex, I\'d like to connect.",INCOMING',
  'Nobody,Alex Morgan,,"Hi Alex, we met at PyCon US after your talk on typing; I\'d love your view on our migration to mypy. Nobody",INCOMING',
  'Lost Row,Alex Morgan,"1/10/26, 8:00 AM",Hi,',
  'Kim Wu,Alex Morgan,"1/12/26, 8:00 AM","Hi Alex, Dana Ruiz mentioned your work on Stackly\'s search; I\'m rebuilding ours at Acme and would value your advice on ranking. Kim",INCOMING',
  'Broken,Alex Morgan,"1/11/26, 8:00 AM","Hi Alex, this quote never closes,INCOMING',
].join('\r\n');

/** Notes that a CSV writer quotes: commas, quotes, line breaks, letters of several bytes. */
const QUOTED_NOTES = [
  "I'd like to add you to my professional network on LinkedIn.",
  '',
  'Hi Alex, Dana Ruiz suggested I reach out.\r\nShe said you run the data team at Acme; I\'d love to compare notes on dbt.\r\nKim',
  'Hola Alex, nos conocimos en T3chFest después de tu charla sobre "feature flags". Me encantaría comparar notas. Lucía',
  'Hi {{firstName}}, we help SaaS companies 10x their pipeline. Let\'s connect! 🚀',
  long,
];
/** Notes a CSV writer leaves bare: after an unclosed quote no quote may follow, or it would close it. */
const BARE_NOTES = ["I'd like to add you to my professional network on LinkedIn.", 'Hi Alex we met at PyCon US after your talk on typing; I would love your view on our move to mypy. Sam', ''];

interface ExportRow {
  from: string;
  to: string;
  sentAt: string | null;
  direction: 'incoming' | 'outgoing';
  message: string;
}

/**
 * A long export as LinkedIn writes it (BOM, preamble, CRLF), with what a big export meets: a
 * stray quote that swallows the next rows (they are read again on their own), then an unclosed
 * quote after which the file is read again with another line ending (LF). The rows it holds are
 * given too, numbered as the audit numbers them, bad rows included.
 */
function bigExport(rows: number): { text: string; invitations: (ExportRow & { row: number })[]; skippedRows: number[]; undatedRows: number[] } {
  const pad = (value: number) => String(value).padStart(2, '0');
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const invitations: (ExportRow & { row: number })[] = [];
  const skippedRows: number[] = [];
  const undatedRows: number[] = [];
  const lines: string[] = [];
  const tail = Math.floor(rows * 0.75);
  for (let index = 0; index < rows; index++) {
    const row = index + 1;
    const bare = index > tail;
    if (index === Math.floor(rows / 3)) {
      // The quote in To runs on to the next quote in the file, two lines down.
      lines.push('Stray Row,"Alex Morgan,2025-03-01 10:00,Hi,INCOMING');
      skippedRows.push(row);
      continue;
    }
    if (index === tail) {
      lines.push('Broken Row,Alex Morgan,2025-03-01 10:00,"this quote never closes,INCOMING');
      skippedRows.push(row);
      continue;
    }
    const direction = index % 3 === 0 ? 'outgoing' : 'incoming';
    const person = `Zoë Ñúñez-${index % 700}`;
    const notes = bare ? BARE_NOTES : QUOTED_NOTES;
    const message = notes[index % notes.length]!;
    const [month, day, hour, minute] = [(index % 12) + 1, (index % 28) + 1, index % 24, index % 60];
    const undated = index % 250 === 7 || index % 251 === 9;
    const sentAt = undated ? null : `2025-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
    if (undated) undatedRows.push(row);
    const sentAtCell = undated ? (index % 250 === 7 ? '' : 'someday') : bare ? `2025-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}` : `${month}/${day}/25, ${hour % 12 || 12}:${pad(minute)} ${hour < 12 ? 'AM' : 'PM'}`;
    const [from, to] = direction === 'incoming' ? [person, 'Alex Morgan'] : ['Alex Morgan', person];
    // The first row after the stray quote quotes its From: that quote closes the stray one.
    const fromCell = index === Math.floor(rows / 3) + 2 ? `"${from}"` : quote(from);
    lines.push([fromCell, quote(to), quote(sentAtCell), quote(message), direction.toUpperCase(), '', ''].join(','));
    invitations.push({ row, from, to, sentAt, direction, message: message.replace(/\r\n/g, '\n') });
  }
  const head = ['\uFEFFNotes:', '"When exporting your connection data, you may notice that some of the email addresses are missing."', '', 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'];
  const text = `${[...head, ...lines.slice(0, tail)].join('\r\n')}\r\n${lines.slice(tail).join('\n')}\n`;
  return { text, invitations, skippedRows, undatedRows };
}

describe('invite-lint audit (subprocess, real files)', () => {
  it('reviews the outgoing notes of the current export: figures, openings, months, flagged notes', () => {
    const { summary, invitations } = jsonReport([EXAMPLE]);
    expect(summary.header).toBe('current');
    expect(summary.rows).toBe(12);
    expect(summary.outgoing).toMatchObject({ total: 6, empty: 1, stockText: 1, noReason: 2, over200: 0, over300: 0, flagged: 3 });
    expect(summary.outgoing?.openings).toEqual([{ opening: "hi [name] i'd like", count: 2 }]);
    expect(summary.outgoing?.byMonth).toEqual({ '2026-01': 2, '2026-02': 3, '2026-03': 1 });
    const outgoing = invitations.filter((invitation) => invitation.direction === 'outgoing');
    expect(outgoing.map((invitation) => invitation.sentAt)).toEqual([...outgoing.map((invitation) => invitation.sentAt)].sort());
    expect(outgoing.find((invitation) => invitation.to === 'Tom Becker')?.findings.map((finding) => finding.ruleId)).toEqual(['no-default-text', 'require-reason']);
    expect(outgoing.find((invitation) => invitation.to === 'Priya Natarajan')?.findings).toEqual([]);
  });

  it('ranks the incoming invitations best first, each with why', () => {
    const { summary, invitations } = jsonReport([EXAMPLE, '--direction', 'incoming']);
    expect(summary.outgoing).toBeUndefined();
    expect(summary.incoming).toMatchObject({ total: 6, empty: 1, stockText: 1, withReason: 2, withSharedContactOrContext: 2 });
    expect(invitations.map((invitation) => invitation.from)).toEqual(['Elena Rossi', 'Nadia Haddad', 'Pablo Ortega', 'Jordan Lee', 'Kenji Sato', 'Growth Bot']);
    const scores = invitations.map((invitation) => invitation.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(invitations[0]?.why).toContain('names a person you both know');
    expect(invitations[1]?.why).toContain('names an event');
    expect(invitations.find((invitation) => invitation.from === 'Growth Bot')?.why).toContain('placeholder');
    expect(invitations.find((invitation) => invitation.from === 'Jordan Lee')?.why).toBe("LinkedIn's stock text");
  });

  it('reads the older header with a BOM, CRLF and multi-line notes, and accounts for every row', () => {
    const folder = fixture({ 'Invitations.csv': OLD_EXPORT });
    const run = audit(['Invitations.csv', '--format', 'json'], folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    const { summary, invitations } = report;
    expect(summary.header).toBe('old');
    expect(summary.rows).toBe(9);
    expect(summary.outgoing!.total + summary.incoming!.total + summary.skipped.length).toBe(summary.rows);
    // Row 2 spans lines 3–5, so row 7 is on line 10.
    expect(summary.skipped.map((row) => [row.row, row.line])).toEqual([
      [7, 10],
      [9, 12],
    ]);
    expect(summary.skipped[0]?.reason).toBe('Direction is empty: expected INCOMING or OUTGOING');
    expect(summary.skipped[1]?.reason).toBe('a quote opened in this row is never closed');
    expect(summary.undated).toEqual([{ row: 6, line: 9, reason: 'Sent At is empty' }]);
    expect(run.stderr).toContain('row 7 (line 10): Direction is empty');
    const multiLine = invitations.find((invitation) => invitation.to === 'Ana Gil');
    expect(multiLine?.message).toBe("Hi Ana, Dana Ruiz suggested I reach out.\nShe said you run the data team at Acme; I'd love to compare notes on dbt.\nAlex");
    expect(multiLine?.sentAt).toBe('2025-12-30T23:59');
    expect(summary.outgoing).toMatchObject({ total: 4, empty: 1, stockText: 1, over200: 1, over300: 0 });
    expect(summary.outgoing?.byMonth).toEqual({ '2025-12': 1, '2026-01': 3 });
    // Outgoing in date order: December before January.
    expect(invitations.filter((invitation) => invitation.direction === 'outgoing').map((invitation) => invitation.to)).toEqual(['Ana Gil', 'Sam Lee', 'Bo Chen', 'Sam Lee']);
    expect(invitations.filter((invitation) => invitation.direction === 'incoming').map((invitation) => invitation.from)).toEqual(['Kim Wu', 'Nobody', 'Zoe Park']);
  });

  it('lists a row whose stray quote swallowed the rows after it, and reads those rows', () => {
    const folder = fixture({
      'Invitations.csv': [
        'From,To,Sent At,Message,Direction',
        'Alex,"Sam,2026-01-05,Hi Sam,OUTGOING',
        'Alex,Ana,2026-01-06,Hi Ana,OUTGOING',
        'Zoe,"Alex",2026-01-09,Hi Alex,INCOMING',
        '',
      ].join('\n'),
    });
    const run = audit(['Invitations.csv', '--format', 'json'], folder);
    expect(run.code).toBe(0);
    const { summary, invitations } = JSON.parse(run.stdout) as Report;
    expect(summary.rows).toBe(3);
    expect(summary.skipped).toEqual([{ row: 1, line: 2, reason: 'a quote opened here runs on to line 4, over lines that read as rows of their own (they are read as rows)' }]);
    expect(invitations.map((invitation) => [invitation.row, invitation.from, invitation.to, invitation.direction])).toEqual([
      [3, 'Zoe', 'Alex', 'incoming'],
      [2, 'Alex', 'Ana', 'outgoing'],
    ]);
    expect(run.stderr).toContain('row 1 (line 2): a quote opened here runs on to line 4');
  });

  it('writes a 20,000-row export, in every format, as the whole report assembled at once would read', () => {
    const rows = 20_000;
    const big = bigExport(rows);
    // What each note is worth, from an export of one row per note.
    const notes = [...QUOTED_NOTES, ...BARE_NOTES];
    const small = fixture({ 'Invitations.csv': ['From,To,Sent At,Message,Direction', ...notes.map((note, index) => `Someone ${index},Alex Morgan,2025-01-01,"${note.replace(/"/g, '""')}",INCOMING`)].join('\r\n') });
    const verdicts = new Map(jsonReport(['Invitations.csv'], small).invitations.map(({ message, length, score, findings, why }) => [message, { length, score, findings, why }]));
    const audited = big.invitations.map(({ row, from, to, sentAt, direction, message }) => ({ row, from, to, sentAt, direction, message, ...verdicts.get(message)! }));
    const date = (invitation: AuditedInvitation, undated: string) => invitation.sentAt ?? undated;
    const incoming = audited.filter((invitation) => invitation.direction === 'incoming').sort((a, b) => b.score - a.score || (date(a, '') < date(b, '') ? 1 : date(a, '') > date(b, '') ? -1 : 0) || a.row - b.row);
    const outgoing = audited.filter((invitation) => invitation.direction === 'outgoing').sort((a, b) => (date(a, '~') < date(b, '~') ? -1 : date(a, '~') > date(b, '~') ? 1 : 0) || a.row - b.row);
    const expected = [...incoming, ...outgoing];

    const folder = fixture({ 'Invitations.csv': big.text });
    const written = (format: string) => {
      const run = audit(['Invitations.csv', '--format', format, '-o', `report.${format}`], folder);
      expect(run.code, run.stderr).toBe(0);
      return readFileSync(join(folder, `report.${format}`), 'utf8');
    };

    const json = written('json');
    const { summary, invitations } = JSON.parse(json) as Report;
    expect(invitations).toEqual(expected);
    expect(json).toBe(`${JSON.stringify({ summary, invitations }, null, 2)}\n`);
    expect(summary.rows).toBe(rows);
    expect(summary.skipped.map((row) => row.row)).toEqual(big.skippedRows);
    expect(summary.undated.map((row) => row.row)).toEqual(big.undatedRows);
    expect([summary.incoming?.total, summary.outgoing?.total]).toEqual([incoming.length, outgoing.length]);

    const csv = parse(written('csv'), { columns: true }) as Record<string, string>[];
    let rank = 0;
    expect(csv.map((row) => [row.rank, Number(row.row), row.from, row.message, Number(row.score)])).toEqual(
      expected.map((invitation) => [invitation.direction === 'incoming' ? String(++rank) : '', invitation.row, invitation.from, invitation.message, invitation.score]),
    );

    const unescape = (html: string) => html.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
    const tableRows = [...written('html').matchAll(/<tr class="(?:incoming|outgoing)">((?:<td[^>]*>[^<]*<\/td>)+)<\/tr>/g)].map((match) => [...match[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((cell) => unescape(cell[1]!)));
    expect(tableRows.map((cells) => [cells[2], cells[8]])).toEqual(expected.map((invitation) => [invitation.from, invitation.message]));

    const stylish = written('stylish');
    expect([...stylish.matchAll(/^ +\d+\. \[ *\d+\] row (\d+) ·/gm)].map((match) => Number(match[1]))).toEqual(incoming.map((invitation) => invitation.row));
    expect([...stylish.matchAll(/^ {4}row (\d+) ·/gm)].map((match) => Number(match[1]))).toEqual(outgoing.filter((invitation) => invitation.findings.length > 0).map((invitation) => invitation.row));
    // Five runs over 20,000 rows: more than the default 20 s on a busy 2-core machine.
  }, 120_000);

  it('gives each note of a large export, linted in worker threads, the verdict it gets alone', () => {
    const people = ['Ana Gil', 'Kenji Sato', 'Priya Natarajan', 'Omar Haddad', 'Zoë Ñúñez'];
    const templates = [
      (name: string, n: number) => `Hi ${name}, we met at KubeCon Paris after your talk on canary releases. I'm rolling them out at Acme ${n} and would value your view. Omar`,
      (name: string, n: number) => `Hi ${name}, Dana Ruiz suggested I reach out: she said you led the move to Postgres at Globex ${n}.`,
      (name: string, n: number) => `Hola ${name}, vi que Initech ${n} está contratando ingenieros de datos y me gustaría saber más. Un saludo`,
      (name: string, n: number) => `Hi {{firstName}}, we help SaaS companies like Stark ${n} 10x their pipeline. Let's connect! ${name}`,
      (name: string, n: number) => `Hi ${name}, I'd like to connect with you and the Umbrella ${n} team.`,
    ];
    const notes = Array.from({ length: 750 }, (_, index) => templates[index % templates.length]!(people[index % people.length]!, index));
    const row = (note: string, index: number) => `Someone ${index},Alex Morgan,"${(index % 12) + 1}/${(index % 28) + 1}/25, 9:${String(index % 60).padStart(2, '0')} AM","${note.replace(/"/g, '""')}",${index % 4 === 0 ? 'OUTGOING' : 'INCOMING'}`;
    const header = 'From,To,Sent At,Message,Direction';
    // Each note twice: again a few rows on (while the first may still be linted) and again at the end.
    const rows = [...notes.flatMap((note, index) => (index % 5 === 4 ? [note, notes[index - 3]!] : [note])), ...notes.slice(0, 50)];
    const large = jsonReport(['Invitations.csv'], fixture({ 'Invitations.csv': [header, ...rows.map(row)].join('\n') }));
    // Exports small enough to be linted without workers, a few notes each.
    const alone = new Map<string, Omit<AuditedInvitation, 'row' | 'from' | 'to' | 'sentAt' | 'direction'>>();
    for (let first = 0; first < notes.length; first += 250) {
      const small = jsonReport(['Invitations.csv'], fixture({ 'Invitations.csv': [header, ...notes.slice(first, first + 250).map(row)].join('\n') }));
      for (const { message, length, score, findings, why } of small.invitations) alone.set(message, { message, length, score, findings, why });
    }
    expect(large.invitations).toHaveLength(rows.length);
    expect(new Set(large.invitations.map((invitation) => invitation.why)).size).toBeGreaterThan(3);
    for (const { message, length, score, findings, why } of large.invitations) expect({ message, length, score, findings, why }).toEqual(alone.get(message));
  }, 60_000);

  it('checks the degree rules only when told the degree', () => {
    const without = jsonReport([EXAMPLE, '--direction', 'outgoing']);
    const withDegree = jsonReport([EXAMPLE, '--direction', 'outgoing', '--degree', '2']);
    const ruleIds = (report: Report) => report.invitations.flatMap((invitation) => invitation.findings.map((finding) => finding.ruleId));
    expect(ruleIds(without)).not.toContain('require-shared-contact');
    expect(withDegree.invitations.find((invitation) => invitation.to === 'Marta Gil')?.findings.map((finding) => finding.ruleId)).toEqual(['require-shared-contact']);
    expect(withDegree.invitations.find((invitation) => invitation.to === 'Priya Natarajan')?.findings).toEqual([]);
  });

  it('ignores inline directives in messages: strangers cannot switch rules off', () => {
    const header = 'From,To,Sent At,Message,Direction';
    const folder = fixture({
      'Invitations.csv': `${header}\nSpammer,Alex Morgan,"1/9/26, 8:00 AM","<!-- invite-lint-disable --> I'd like to add you to my professional network on LinkedIn.",INCOMING\n`,
    });
    const [invitation] = jsonReport(['Invitations.csv'], folder).invitations;
    expect(invitation?.findings.map((finding) => finding.ruleId)).toContain('no-default-text');
  });

  it('prints no control character a stranger wrote in From, To or Message', () => {
    const folder = fixture({
      'Invitations.csv': 'From,To,Sent At,Message,Direction\n"Eve\u001b]8;;https://evil.example\u0007",Alex Morgan,"1/9/26, 8:00 AM","Hi\u001b]52;c;aGk=\u0007 Alex \u009b2J, let us connect.",INCOMING\n',
    });
    const run = audit(['Invitations.csv'], folder);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Eve\u241b]8;;https://evil.example\u2407');
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('writes formula-safe CSV in report order', () => {
    const folder = fixture({
      'Invitations.csv': 'From,To,Sent At,Message,Direction\n"=HYPERLINK(""http://x.test"")",Alex Morgan,"1/9/26, 8:00 AM","@SUM(1+1) Hi Alex, I\'d like to connect.",INCOMING\nAlex Morgan,Bo Chen,"1/7/26, 12:05 PM",,OUTGOING\n',
      'out/.keep': '',
    });
    const run = audit(['Invitations.csv', '--format', 'csv', '-o', 'out/report.csv'], folder);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const rows = parse(readFileSync(join(folder, 'out/report.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.rank, row.direction])).toEqual([
      ['1', 'incoming'],
      ['', 'outgoing'],
    ]);
    expect(rows[0]?.from).toBe(`'=HYPERLINK("http://x.test")`);
    expect(rows[0]?.message).toBe("'@SUM(1+1) Hi Alex, I'd like to connect.");
  });

  it('escapes every value in the HTML report and loads nothing from outside', () => {
    const folder = fixture({
      'Invitations.csv': 'From,To,Sent At,Message,Direction\n"<img src=x onerror=alert(1)>",Alex Morgan,"1/9/26, 8:00 AM","<script>alert(1)</script> Hi Alex & co",INCOMING\n',
    });
    const run = audit(['Invitations.csv', '--format', 'html'], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Hi Alex &amp; co');
    expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(run.stdout).not.toMatch(/<script|<img|<link|src=["']http|url\(/i);
  });

  it('speaks Spanish with --locale es', () => {
    const run = audit([EXAMPLE, '--locale', 'es']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Enviadas: 6 invitaciones');
    expect(run.stdout).toContain('Recibidas: 6 invitaciones');
    expect(run.stdout).toContain('nombra a alguien que conocéis los dos');
  });

  it('refuses a file that is not an invitations export, naming the header it expected', () => {
    const folder = fixture({ 'Connections.csv': 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Gil,,,Acme,CTO,08 Feb 2026\n' });
    const run = audit(['Connections.csv'], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Connections.csv is not LinkedIn\'s Invitations.csv: expected the header "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"');
    expect(run.stdout).toBe('');
  });

  it('refuses -o naming the export it reads, and leaves the export as it was', () => {
    const folder = fixture({ 'Invitations.csv': OLD_EXPORT });
    const run = audit(['Invitations.csv', '--format', 'csv', '-o', join(folder, 'Invitations.csv')], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`invite-lint: -o ${join(folder, 'Invitations.csv')} is the input file Invitations.csv: writing there would erase it; give -o another file.\n`);
    expect(readFileSync(join(folder, 'Invitations.csv'), 'utf8')).toBe(OLD_EXPORT);
  });

  it('exits 2 on a missing file and on an unknown format', () => {
    const missing = audit(['nowhere/Invitations.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No such file');
    const format = audit([EXAMPLE, '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('pdf');
  });
});
