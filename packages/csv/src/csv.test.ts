import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { closestColumn, mapColumns, parseColumnMap } from './columns.js';
import { exportKind, preambleLines } from './linkedin.js';
import { plainRecord } from './plain-record.js';
import { PARSE_OPTIONS, readCsvFile, swallowsRows, type CsvEvent } from './read.js';
import { CsvRecordReader } from './reread.js';
import { formulaSafe } from './write.js';

describe('formulaSafe', () => {
  it.each(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(formulaSafe(cell)).toBe(`'${cell}`);
  });
  it.each(['Ana', '', 'a=b', '3 + 4', "'quoted"])('leaves %j alone', (cell) => {
    expect(formulaSafe(cell)).toBe(cell);
  });
});

describe("LinkedIn's exports", () => {
  it('recognises the preamble of exports since 2022', () => {
    expect(preambleLines(['\uFEFFNotes:', '"When exporting your connection data…"', '', 'First Name,Last Name'])).toBe(3);
    expect(preambleLines(['First Name,Last Name', 'Ana,Gil'])).toBe(0);
  });

  it('tells connections, invitations and other files apart, old headers included', () => {
    expect(exportKind(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'])).toBe('connections');
    expect(exportKind(['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'])).toBe('connections');
    expect(exportKind(['From', 'To', 'Sent At', 'Message', 'Direction'])).toBe('invitations');
    expect(exportKind(['Name', 'Email'])).toBe('other');
  });
});

describe('columns', () => {
  it("renames LinkedIn's columns, keeps others, and applies --map on top", () => {
    expect(mapColumns(['First Name', 'Company', 'Event'], parseColumnMap(['Event=event'])).names).toEqual(['firstName', 'company', 'event']);
    expect(mapColumns(['Nombre'], parseColumnMap(['Nombre = firstName'])).names).toEqual(['firstName']);
  });

  it("reads lead lists' spellings, first column first, and says every renaming", () => {
    const header = ['first_name', 'LAST NAME', 'companyName', 'jobTitle', 'LinkedIn URL', 'Title', 'Notes'];
    expect(mapColumns(header)).toEqual({
      names: ['firstName', 'lastName', 'company', 'position', 'url', 'Title', 'Notes'],
      mapped: [
        { column: 'first_name', variable: 'firstName' },
        { column: 'LAST NAME', variable: 'lastName' },
        { column: 'companyName', variable: 'company' },
        { column: 'jobTitle', variable: 'position' },
        { column: 'LinkedIn URL', variable: 'url' },
      ],
    });
    // A column named as the variable is, wins over a spelling of it.
    expect(mapColumns(['Nombre', 'Empresa', 'Cargo', 'profileUrl', 'firstName']).names).toEqual(['Nombre', 'company', 'position', 'url', 'firstName']);
    // --map wins over a spelling; the column it displaces keeps its header.
    expect(mapColumns(['First Name', 'Apodo'], parseColumnMap(['Apodo=firstName']))).toEqual({
      names: ['First Name', 'firstName'],
      mapped: [{ column: 'Apodo', variable: 'firstName' }],
    });
  });

  it('gives headers that name Object.prototype members no special meaning', () => {
    expect(mapColumns(['constructor', '__proto__', 'toString', 'hasOwnProperty']).names).toEqual(['constructor', '__proto__', 'toString', 'hasOwnProperty']);
    expect(parseColumnMap(['constructor=firstName']).get('toString')).toBeUndefined();
  });

  it('rejects a --map without both sides', () => {
    expect(() => parseColumnMap(['Event'])).toThrow('--map takes "column=variable", not "Event".');
    expect(() => parseColumnMap(['=event'])).toThrow();
  });

  it('suggests a column only when it is close', () => {
    expect(closestColumn('eventName', ['First Name', 'Event Name'])).toBe('Event Name');
    expect(closestColumn('topic', ['Topics', 'Company'])).toBe('Topics');
    expect(closestColumn('topic', ['First Name', 'URL'])).toBeUndefined();
  });
});

describe('swallowsRows', () => {
  it('suspects a value over several lines with a line that splits like a row', () => {
    expect(swallowsRows(['Ana', '"Ruiz,Acme\nBea,"Soto', 'Beta'], 3)).toBe(true);
    expect(swallowsRows(['Ana', 'Ruiz,Acme\nBea,Soto,Beta\r\nCarl,Diaz,Gamma'], 3)).toBe(true);
  });

  it('leaves notes and addresses over several lines alone, and files of one column', () => {
    const note = "Hi Ana, Dana Ruiz suggested I reach out.\r\nShe said you run the data team at Acme; I'd love to compare notes.\r\nAlex";
    expect(swallowsRows(['Alex Morgan', 'Ana Gil', '12/30/25, 11:59 PM', note, 'OUTGOING'], 5)).toBe(false);
    expect(swallowsRows(['Dan', 'Paz', 'Delta\nLabs'], 3)).toBe(false);
    expect(swallowsRows(['Ana\nBea'], 1)).toBe(false);
  });
});

describe('CsvRecordReader', () => {
  it('reads rows again from their places, in any order, with the values and line ending of the pass that read them', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'invite-lint-csv-')), 'rows.csv');
    // CRLF, a quoted line break, blank lines, a stray quote that swallows a row, then an unclosed
    // quote after which the rest is read again, with LF; the last row has no line break.
    writeFileSync(path, 'a,b,c\r\n1,"x\r\ny",z\r\n\r\n2,"q,r\r\n3,s,t\r\n"4",u,v\r\n5,"never closed,w\n6,é,ü\n\n7,8,9');
    const rows: Extract<CsvEvent, { kind: 'row' }>[] = [];
    for await (const event of readCsvFile(path)) if (event.kind === 'row') rows.push(event);
    expect(rows.map((row) => row.values[0])).toEqual(['1', '3', '4', '6', '7']);
    expect(rows.map((row) => row.recordDelimiter)).toEqual(['\r\n', '\r\n', '\r\n', '\n', '\n']);
    const reader = new CsvRecordReader(path);
    const backwards = [...rows].reverse();
    expect(reader.read(backwards.map((row) => ({ start: row.start, end: row.bytes, recordDelimiter: row.recordDelimiter })))).toEqual(backwards.map((row) => row.values));
    reader.close();
  });
});

describe('plainRecord', () => {
  it('splits a plain record to the values csv-parse reads', () => {
    const records = ['a,b', 'a,,', ',', '"a,b",c', '"say ""hi""",""', 'Zoë,"line\r\nbreak, and more","x"', '"",é', '  a , b  ', '"\n",\t'];
    for (const record of records) expect(plainRecord(record), record).toEqual(parse(`${record}\n`, { ...PARSE_OPTIONS, bom: false, record_delimiter: '\n' })[0]);
  });

  it('leaves to csv-parse a record with a stray or unclosed quote, a bare line break, or one field', () => {
    for (const record of ['a"b,c', '"a"b,c', '"a,b', 'a,b\r', '\na,b', 'a', '"a"', '']) expect(plainRecord(record), record).toBeUndefined();
  });
});
