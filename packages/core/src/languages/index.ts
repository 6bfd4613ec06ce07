import type { Language } from '../settings.js';
import deCues from './de/cues.js';
import deHeadings from './de/headings.js';
import dePlaceholders from './de/placeholders.js';
import enCues from './en/cues.js';
import enHeadings from './en/headings.js';
import enPlaceholders from './en/placeholders.js';
import esCues from './es/cues.js';
import esHeadings from './es/headings.js';
import esPlaceholders from './es/placeholders.js';
import frCues from './fr/cues.js';
import frHeadings from './fr/headings.js';
import frPlaceholders from './fr/placeholders.js';
import itCues from './it/cues.js';
import itHeadings from './it/headings.js';
import itPlaceholders from './it/placeholders.js';
import nlCues from './nl/cues.js';
import nlHeadings from './nl/headings.js';
import nlPlaceholders from './nl/placeholders.js';
import ptCues from './pt/cues.js';
import ptHeadings from './pt/headings.js';
import ptPlaceholders from './pt/placeholders.js';
import type { CueLanguage, HeadingLanguage, PlaceholderLanguage } from './types.js';

/** Each language's data, one folder per language: a new language is a new folder and a line here. */
export const languageData: Readonly<Record<Language, { placeholders: PlaceholderLanguage; cues: CueLanguage; headings: HeadingLanguage }>> = {
  en: { placeholders: enPlaceholders, cues: enCues, headings: enHeadings },
  es: { placeholders: esPlaceholders, cues: esCues, headings: esHeadings },
  fr: { placeholders: frPlaceholders, cues: frCues, headings: frHeadings },
  pt: { placeholders: ptPlaceholders, cues: ptCues, headings: ptHeadings },
  de: { placeholders: dePlaceholders, cues: deCues, headings: deHeadings },
  it: { placeholders: itPlaceholders, cues: itCues, headings: itHeadings },
  nl: { placeholders: nlPlaceholders, cues: nlCues, headings: nlHeadings },
};

export { PLACEHOLDER_ROLES, type CueLanguage, type CueList, type HeadingLanguage, type PlaceholderRole, type PlaceholderLanguage, type RoleWords } from './types.js';
