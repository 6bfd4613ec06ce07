import { closest, distance } from 'fastest-levenshtein';
import { LINKEDIN_COLUMNS } from './linkedin.js';

/** Header names → variable names: LinkedIn's columns renamed, the others kept, `--map` on top. */
export function variableNames(header: readonly string[], map: Readonly<Record<string, string>> = {}): string[] {
  return header.map((column) => map[column] ?? LINKEDIN_COLUMNS[column] ?? column);
}

/** Parse `--map "Column Name=variable"` values. */
export function parseColumnMap(entries: readonly string[]): Record<string, string> {
  const map: Record<string, string> = Object.create(null);
  for (const entry of entries) {
    const equals = entry.lastIndexOf('=');
    if (equals <= 0 || equals === entry.length - 1) throw new Error(`--map takes "column=variable", not "${entry}".`);
    map[entry.slice(0, equals).trim()] = entry.slice(equals + 1).trim();
  }
  return map;
}

const comparable = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * For a variable the CSV lacks: a header that is probably it ("Event Name" for `eventName`,
 * "Evento" for `event`), to suggest `--map "Header=variable"`; undefined when none is close.
 */
export function closestColumn(variable: string, header: readonly string[]): string | undefined {
  if (header.length === 0) return undefined;
  const wanted = comparable(variable);
  const candidate = closest(wanted, header.map(comparable));
  const index = header.map(comparable).indexOf(candidate);
  const close = candidate.includes(wanted) || wanted.includes(candidate) || distance(candidate, wanted) <= Math.max(1, Math.floor(wanted.length / 4));
  return close && candidate !== '' ? header[index] : undefined;
}
