import { fillSlots, isLocale, LOCALES, localeOfTag, type Locale } from '@invite-lint/core/internal';
import { STRINGS, type StringId } from './strings.js';

/** The interface's language: the one chosen before, else the browser's (Spanish for any `es-*`), else English. */
export function initialLocale(stored: string | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  return localeOfTag(browserLanguages[0]) ?? LOCALES[0];
}

export type Say = (id: StringId, data?: Record<string, string | number>) => string;

export function sayer(locale: Locale): Say {
  return (id, data) => fillSlots(STRINGS[locale][id], data);
}

/**
 * The page's fixed text in `locale`: elements name their string with `data-text` (content),
 * `data-label` (aria-label) or `data-placeholder`.
 */
export function translatePage(root: ParentNode, say: Say): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = say(element.dataset.text as StringId);
  for (const element of root.querySelectorAll<HTMLElement>('[data-label]')) element.setAttribute('aria-label', say(element.dataset.label as StringId));
  for (const element of root.querySelectorAll<HTMLElement>('[data-placeholder]')) element.setAttribute('placeholder', say(element.dataset.placeholder as StringId));
}
