import type { HelperDelegate } from 'handlebars';
import nameCase from 'namecase';

const MAX_CASED_NAMES = 50_000;
const isBlank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';
const text = (value: unknown) => (isBlank(value) ? '' : String(value).trim());

/** A name in ALL CAPS or all lower case, cased as people write it ("marco bellini" → "Marco Bellini"); mixed case is kept. */
export function caseName(name: string): string {
  return nameCase.checkName(name) ? nameCase(name) : name;
}

/**
 * The helpers' implementations. Handlebars passes an options object last; every helper here
 * takes plain strings and returns a string, so the last argument is ignored.
 */
export function helperImplementations(lang: string): Record<string, HelperDelegate> {
  // Made on first use: creating it loads locale data that most templates never need.
  let list: Intl.ListFormat | undefined;
  // A contacts file repeats first names: fix each spelling once (namecase runs dozens of patterns).
  const casedNames = new Map<string, string>();
  return {
    /** `{{default company "your team"}}`: the value, or the fallback when the value is empty. */
    default: (value: unknown, fallback: unknown) => (isBlank(value) ? text(fallback) : text(value)),
    /** `{{first fullName}}`: the first name of a full name ("Jean-Luc Picard" → "Jean-Luc"). */
    first: (value: unknown) => text(value).split(/\s+/)[0] ?? '',
    /** `{{nameCase firstName}}`: fixes ALL CAPS and all-lowercase names, leaves mixed case alone. */
    nameCase: (value: unknown) => {
      const name = text(value);
      let cased = casedNames.get(name);
      if (cased === undefined) {
        cased = caseName(name);
        if (casedNames.size < MAX_CASED_NAMES) casedNames.set(name, cased);
      }
      return cased;
    },
    /** `{{join topics}}`: "a; b; c" → "a, b and c" (in the template's language). */
    join: (value: unknown) =>
      (list ??= new Intl.ListFormat(lang, { type: 'conjunction' })).format(
        text(value)
          .split(/\s*[;|]\s*/)
          .filter(Boolean),
      ),
  };
}
