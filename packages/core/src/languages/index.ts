import type { Language } from '../settings.js';
import de from './de/placeholders.js';
import en from './en/placeholders.js';
import es from './es/placeholders.js';
import fr from './fr/placeholders.js';
import it from './it/placeholders.js';
import nl from './nl/placeholders.js';
import pt from './pt/placeholders.js';
import type { PlaceholderLanguage } from './types.js';

/** Each language's data, one folder per language: a new language is a new folder and a line here. */
export const languageData: Readonly<Record<Language, { placeholders: PlaceholderLanguage }>> = {
  en: { placeholders: en },
  es: { placeholders: es },
  fr: { placeholders: fr },
  pt: { placeholders: pt },
  de: { placeholders: de },
  it: { placeholders: it },
  nl: { placeholders: nl },
};

export { PLACEHOLDER_ROLES, type PlaceholderRole, type PlaceholderLanguage, type RoleWords } from './types.js';
