import type { Language } from '../../../settings.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import it from './it.js';
import nl from './nl.js';
import pt from './pt.js';
import type { ContextPhrases } from './types.js';

export const contextPhrases: Readonly<Record<Language, ContextPhrases>> = { en, es, fr, pt, de, it, nl };
export type { ContextPhrases } from './types.js';
