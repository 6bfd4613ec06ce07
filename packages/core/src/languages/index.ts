import type { Language } from '../settings.js';
import dePlaceholders from './de/placeholders.js';
import deCues from './de/cues.js';
import deHeadings from './de/headings.js';
import deFrame from './de/frame.js';
import deStock from './de/stock.js';
import deContext from './de/context.js';
import deReason from './de/reason.js';
import deSharedContact from './de/shared-contact.js';
import deReasonModel from './de/reason-model.js';
import enPlaceholders from './en/placeholders.js';
import enCues from './en/cues.js';
import enHeadings from './en/headings.js';
import enFrame from './en/frame.js';
import enStock from './en/stock.js';
import enContext from './en/context.js';
import enReason from './en/reason.js';
import enSharedContact from './en/shared-contact.js';
import enReasonModel from './en/reason-model.js';
import esPlaceholders from './es/placeholders.js';
import esCues from './es/cues.js';
import esHeadings from './es/headings.js';
import esFrame from './es/frame.js';
import esStock from './es/stock.js';
import esContext from './es/context.js';
import esReason from './es/reason.js';
import esSharedContact from './es/shared-contact.js';
import esReasonModel from './es/reason-model.js';
import frPlaceholders from './fr/placeholders.js';
import frCues from './fr/cues.js';
import frHeadings from './fr/headings.js';
import frFrame from './fr/frame.js';
import frStock from './fr/stock.js';
import frContext from './fr/context.js';
import frReason from './fr/reason.js';
import frSharedContact from './fr/shared-contact.js';
import frReasonModel from './fr/reason-model.js';
import itPlaceholders from './it/placeholders.js';
import itCues from './it/cues.js';
import itHeadings from './it/headings.js';
import itFrame from './it/frame.js';
import itStock from './it/stock.js';
import itContext from './it/context.js';
import itReason from './it/reason.js';
import itSharedContact from './it/shared-contact.js';
import itReasonModel from './it/reason-model.js';
import nlPlaceholders from './nl/placeholders.js';
import nlCues from './nl/cues.js';
import nlHeadings from './nl/headings.js';
import nlFrame from './nl/frame.js';
import nlStock from './nl/stock.js';
import nlContext from './nl/context.js';
import nlReason from './nl/reason.js';
import nlSharedContact from './nl/shared-contact.js';
import nlReasonModel from './nl/reason-model.js';
import ptPlaceholders from './pt/placeholders.js';
import ptCues from './pt/cues.js';
import ptHeadings from './pt/headings.js';
import ptFrame from './pt/frame.js';
import ptStock from './pt/stock.js';
import ptContext from './pt/context.js';
import ptReason from './pt/reason.js';
import ptSharedContact from './pt/shared-contact.js';
import ptReasonModel from './pt/reason-model.js';
import type { ContextPhrases, CueLanguage, FramePhrases, HeadingLanguage, PlaceholderLanguage, ReasonPhrases, SharedContactPhrases, StockTextPhrases, WordModelData } from './types.js';

/** What invite-lint knows of one language: its data files, one folder per language. */
export interface LanguageData {
  /** Words that give a placeholder its role. */
  placeholders: PlaceholderLanguage;
  /** Cue lists for frames, with examples and near misses. */
  cues: CueLanguage;
  /** What a playbook's headings say about the notes under them. */
  headings: HeadingLanguage;
  /** Greetings, sign-offs, words that are never names. */
  frame: FramePhrases;
  /** LinkedIn's stock invitation sentences, and openings to suggest instead. */
  stock: StockTextPhrases;
  /** Phrases that give a 3rd-degree context. */
  context: ContextPhrases;
  /** Phrases that give a reason, and stock networking talk. */
  reason: ReasonPhrases;
  /** How likely a note gives a reason, by its words: learned from labelled notes, not written. */
  reasonModel: WordModelData;
  /** Phrases around the person both know. */
  sharedContact: SharedContactPhrases;
}

/** Each language's data: a new language is a new folder and an entry here. */
export const languageData: Readonly<Record<Language, LanguageData>> = {
  en: { placeholders: enPlaceholders, cues: enCues, headings: enHeadings, frame: enFrame, stock: enStock, context: enContext, reason: enReason, reasonModel: enReasonModel, sharedContact: enSharedContact },
  es: { placeholders: esPlaceholders, cues: esCues, headings: esHeadings, frame: esFrame, stock: esStock, context: esContext, reason: esReason, reasonModel: esReasonModel, sharedContact: esSharedContact },
  fr: { placeholders: frPlaceholders, cues: frCues, headings: frHeadings, frame: frFrame, stock: frStock, context: frContext, reason: frReason, reasonModel: frReasonModel, sharedContact: frSharedContact },
  pt: { placeholders: ptPlaceholders, cues: ptCues, headings: ptHeadings, frame: ptFrame, stock: ptStock, context: ptContext, reason: ptReason, reasonModel: ptReasonModel, sharedContact: ptSharedContact },
  de: { placeholders: dePlaceholders, cues: deCues, headings: deHeadings, frame: deFrame, stock: deStock, context: deContext, reason: deReason, reasonModel: deReasonModel, sharedContact: deSharedContact },
  it: { placeholders: itPlaceholders, cues: itCues, headings: itHeadings, frame: itFrame, stock: itStock, context: itContext, reason: itReason, reasonModel: itReasonModel, sharedContact: itSharedContact },
  nl: { placeholders: nlPlaceholders, cues: nlCues, headings: nlHeadings, frame: nlFrame, stock: nlStock, context: nlContext, reason: nlReason, reasonModel: nlReasonModel, sharedContact: nlSharedContact },
};

export {
  PLACEHOLDER_ROLES,
  type ContextPhrases,
  type CueLanguage,
  type CueList,
  type FramePhrases,
  type HeadingLanguage,
  type PlaceholderLanguage,
  type PlaceholderRole,
  type ReasonPhrases,
  type RoleWords,
  type SharedContactPhrases,
  type StockTextPhrases,
  type WordModelData,
} from './types.js';
