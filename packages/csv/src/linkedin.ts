/** What kind of file a CSV header says it is. */
export type ExportKind = 'connections' | 'invitations' | 'other';

/** LinkedIn's column names and the variable each becomes (DESIGN.md). */
export const LINKEDIN_COLUMNS: Readonly<Record<string, string>> = {
  'First Name': 'firstName',
  'Last Name': 'lastName',
  URL: 'url',
  'Email Address': 'email',
  Company: 'company',
  Position: 'position',
  'Connected On': 'connectedOn',
};

const CONNECTIONS = ['First Name', 'Last Name', 'Company', 'Position', 'Connected On'];
const INVITATIONS = ['From', 'To', 'Sent At', 'Message', 'Direction'];

export function exportKind(header: readonly string[]): ExportKind {
  const has = (names: readonly string[]) => names.every((name) => header.includes(name));
  if (has(CONNECTIONS)) return 'connections';
  if (has(INVITATIONS)) return 'invitations';
  return 'other';
}

/**
 * Lines before the header in exports since about 2022: `Notes:`, one quoted sentence about
 * missing e-mail addresses, a blank line. Returns how many lines to skip (0 when absent).
 */
export function preambleLines(firstLines: readonly string[]): number {
  if (firstLines[0]?.replace(/^\uFEFF/, '').trim() !== 'Notes:') return 0;
  const blank = firstLines.findIndex((line, index) => index > 0 && line.trim() === '');
  return blank === -1 ? 0 : blank + 1;
}
