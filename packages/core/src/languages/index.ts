import type { Language } from '../settings.js';
import deCues from './de/cues.js';
import dePlaceholders from './de/placeholders.js';
import enCues from './en/cues.js';
import enPlaceholders from './en/placeholders.js';
import esCues from './es/cues.js';
import esPlaceholders from './es/placeholders.js';
import frCues from './fr/cues.js';
import frPlaceholders from './fr/placeholders.js';
import itCues from './it/cues.js';
import itPlaceholders from './it/placeholders.js';
import nlCues from './nl/cues.js';
import nlPlaceholders from './nl/placeholders.js';
import ptCues from './pt/cues.js';
import ptPlaceholders from './pt/placeholders.js';
import type { CueLanguage, PlaceholderLanguage } from './types.js';

/** Each language's data, one folder per language: a new language is a new folder and a line here. */
export const languageData: Readonly<Record<Language, { placeholders: PlaceholderLanguage; cues: CueLanguage }>> = {
  en: { placeholders: enPlaceholders, cues: enCues },
  es: { placeholders: esPlaceholders, cues: esCues },
  fr: { placeholders: frPlaceholders, cues: frCues },
  pt: { placeholders: ptPlaceholders, cues: ptCues },
  de: { placeholders: dePlaceholders, cues: deCues },
  it: { placeholders: itPlaceholders, cues: itCues },
  nl: { placeholders: nlPlaceholders, cues: nlCues },
};

export { PLACEHOLDER_ROLES, type CueLanguage, type CueList, type PlaceholderRole, type PlaceholderLanguage, type RoleWords } from './types.js';
