import type { Language } from '../settings.js';

const languageKeys = new WeakMap<readonly Language[], string>();

/** A set of languages as a cache key, built once per array (settings hand out the same few arrays). */
export function languagesKey(languages: readonly Language[]): string {
  let key = languageKeys.get(languages);
  if (key === undefined) {
    key = languages.join(',');
    languageKeys.set(languages, key);
  }
  return key;
}
