/** LinkedIn's exports as they come, and generate's output read back, for the tests of `generate`. */

export const PREAMBLE =
  'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will ONLY see email addresses for connections who have allowed their connections to see or download their email address."\r\n\r\n';
export const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** LinkedIn's Connections.csv as a spreadsheet re-save leaves it: BOM, CRLF, preamble, quotes. */
export const connections = [
  `\uFEFF${PREAMBLE}${HEADER}`,
  'Ana,Gil,https://www.linkedin.com/in/ana-gil,,"Acme, Inc.",CTO,08 Feb 2026',
  ',,,,,,09 Feb 2026',
  'MARÍA,RUIZ,https://www.linkedin.com/in/maria-ruiz,,Initech,"Head of Data, EMEA",10 Feb 2026',
  'Luis,Paz,https://www.linkedin.com/in/ana-gil,,Globex,Dev,11 Feb 2026',
  'Sofía,"de la Cruz",https://www.linkedin.com/in/sofia,,,,12 Feb 2026',
].join('\r\n');

export interface GeneratedRecord {
  row: number;
  status: string;
  note: string | null;
  length: number | null;
  findings: { ruleId: string; severity: number; message: string }[];
  url?: string;
}

/** generate's JSON Lines, parsed. */
export const records = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as GeneratedRecord);
