import type { Locale } from '@invite-lint/core/internal';
import type { Say } from './locale.js';
import { STRINGS, type StringId } from './strings.js';

/** A language's name in the interface's language, from the browser's own data ("Inglés", "French"). */
export function languageName(code: string, locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  return name.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase(locale));
}

/** "3rd: no one in common" for 3. */
export function degreeName(degree: number | string, say: Say): string {
  return say(`degree${degree}` as StringId);
}

/** A scenario's name, or its id for a scenario the table does not know yet. */
export function scenarioName(scenario: string, say: Say): string {
  const id = `scenario.${scenario}`;
  return Object.hasOwn(STRINGS.en, id) ? say(id as StringId) : scenario;
}
