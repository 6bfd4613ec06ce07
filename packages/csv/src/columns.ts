import { closest, distance } from 'fastest-levenshtein';
import { LINKEDIN_COLUMNS } from './linkedin.js';

/** A column that fills a variable other than its own header, by `--map` or a spelling we know. */
export interface ColumnMapping {
  column: string;
  variable: string;
}

export interface Columns {
  /** The variable each column fills, in the header's order. */
  names: string[];
  /** The columns whose variable is not their header, in the header's order. */
  mapped: ColumnMapping[];
}

const comparable = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Header spellings lead lists use for the variables LinkedIn's export gives, besides the
 * export's own (LINKEDIN_COLUMNS), compared with case, spaces and punctuation left out:
 * `First Name`, `first_name` and `firstName` are one spelling.
 */
const OTHER_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  firstName: ['Given Name', 'Nombre'],
  lastName: ['Surname', 'Family Name', 'Apellido', 'Apellidos'],
  company: ['Company Name', 'Organization', 'Empresa'],
  position: ['Title', 'Job Title', 'Cargo', 'Puesto'],
  url: ['Profile URL', 'LinkedIn URL', 'LinkedIn Profile URL', 'LinkedIn Profile', 'LinkedIn'],
  email: ['Email', 'E-mail', 'Correo'],
};

const VARIABLE_BY_SPELLING = new Map([
  ...Object.entries(LINKEDIN_COLUMNS).map(([column, variable]) => [comparable(column), variable] as const),
  ...Object.entries(OTHER_SPELLINGS).flatMap(([variable, spellings]) => spellings.map((spelling) => [comparable(spelling), variable] as const)),
]);

const KNOWN_VARIABLES = new Set(VARIABLE_BY_SPELLING.values());

/**
 * Header names → variable names: `--map` first, then a column named exactly as a variable,
 * then the spellings above, each variable filled by the first column that names it; any other
 * column keeps its header as its name. Every renaming is returned so that callers can say it
 * (nothing is mapped silently).
 */
export function mapColumns(header: readonly string[], map: ReadonlyMap<string, string> = new Map()): Columns {
  const taken = new Set([...map.values(), ...header.filter((column) => KNOWN_VARIABLES.has(column) && !map.has(column))]);
  const mapped: ColumnMapping[] = [];
  const names = header.map((column) => {
    const chosen = map.get(column);
    if (chosen !== undefined) {
      if (chosen !== column) mapped.push({ column, variable: chosen });
      return chosen;
    }
    const known = VARIABLE_BY_SPELLING.get(comparable(column));
    if (known === undefined || known === column || taken.has(known)) return column;
    taken.add(known);
    mapped.push({ column, variable: known });
    return known;
  });
  return { names, mapped };
}

/** Parse `--map "Column Name=variable"` values. */
export function parseColumnMap(entries: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries) {
    const equals = entry.lastIndexOf('=');
    if (equals <= 0 || equals === entry.length - 1) throw new Error(`--map takes "column=variable", not "${entry}".`);
    map.set(entry.slice(0, equals).trim(), entry.slice(equals + 1).trim());
  }
  return map;
}

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
