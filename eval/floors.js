// @ts-check
// Accuracy floors: the lowest precision and recall the tests accept, per labelled set (named as
// in evaluate.js's LABELLED_SETS), on its non-borderline rows in all languages (`all`) and in
// each language (`byLanguage`). Borderline rows have no floors: their labels are judgement calls.
//
// Each floor sits at the step of 0.05 just under what the rules reached when it was set, so a
// regression fails the test and an improvement does not. Raise a floor when a rule improves;
// lowering one to make the test pass hides the regression it exists to catch.

import { EVALUATED_RULES } from './evaluate.js';

/**
 * @typedef {{ precision: number, recall: number }} Floor
 * @typedef {Record<string, Floor>} RuleFloors by rule id
 * @typedef {{ all: RuleFloors, byLanguage: Record<string, RuleFloors> }} SetFloors
 */

/**
 * A floor applies only where the slice has at least this many positives (rows expecting the
 * rule): on fewer, a single note moves recall by a quarter or more, too coarse a measure to hold
 * a floor to. Slices under it today have no entry.
 */
export const MIN_SUPPORT = 5;

/**
 * Where a slice has fewer positives than MIN_SUPPORT, a rule may have at most this many false
 * positives and this many misses there: a rule that is unsure stays silent, even on few notes.
 */
export const MAX_MISSES_UNDER_MIN_SUPPORT = 1;

/**
 * The usual floor, 0.95 precision and recall, for each of `ids` (every evaluated rule unless
 * told), then `exceptions` over it.
 * @param {readonly string[]} [ids] @param {RuleFloors} [exceptions] @returns {RuleFloors}
 */
function floorsFor(ids = EVALUATED_RULES, exceptions = {}) {
  return { ...Object.fromEntries(ids.map((id) => [id, { precision: 0.95, recall: 0.95 }])), ...exceptions };
}

/** @type {Record<string, SetFloors>} */
export const FLOORS = {
  written: {
    all: floorsFor(),
    byLanguage: {
      en: floorsFor(),
      es: floorsFor(['require-reason', 'require-shared-contact', 'max-length']),
    },
  },
  real: {
    all: floorsFor(['require-reason', 'require-shared-contact', 'max-length']),
    byLanguage: {
      en: floorsFor(['require-reason', 'require-shared-contact', 'max-length']),
      es: floorsFor(['require-shared-contact']),
    },
  },
  'holdout-blind': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'require-context']),
    byLanguage: {
      en: floorsFor(['require-reason', 'require-shared-contact', 'require-context']),
    },
  },
  'holdout-blind-2': {
    all: floorsFor(),
    byLanguage: {
      en: floorsFor(['require-reason', 'require-shared-contact', 'require-context']),
      es: floorsFor(['require-reason']),
    },
  },
  'holdout-blind-3': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'require-context']),
    byLanguage: {
      en: floorsFor(['require-shared-contact'], { 'require-reason': { precision: 0.9, recall: 0.95 } }),
      es: floorsFor(['require-shared-contact'], { 'require-reason': { precision: 0.95, recall: 0.85 } }),
    },
  },
  'holdout-blind-4': {
    all: floorsFor(['require-reason', 'require-shared-contact', 'require-context']),
    byLanguage: {
      en: floorsFor(['require-reason', 'require-shared-contact', 'require-context']),
      es: floorsFor(['require-reason', 'require-shared-contact']),
    },
  },
  'holdout-blind-5': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact'], { 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {
      en: floorsFor(['require-reason'], { 'require-shared-contact': { precision: 0.9, recall: 0.95 }, 'require-context': { precision: 0.85, recall: 0.95 } }),
      // One row calls a LinkedIn group in common a reason; most labelled rows, in both languages, do not, and the rules follow them.
      es: floorsFor(['require-shared-contact', 'require-context'], { 'require-reason': { precision: 0.85, recall: 0.95 } }),
    },
  },
  'holdout-blind-6': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'require-context']),
    byLanguage: {
      en: floorsFor(['require-shared-contact', 'require-context'], { 'require-reason': { precision: 0.95, recall: 0.9 } }),
      es: floorsFor(['require-reason', 'require-shared-contact']),
    },
  },
  'holdout-blind-7': {
    all: floorsFor(),
    byLanguage: {
      de: floorsFor(['require-reason']),
      fr: floorsFor(['require-reason', 'require-shared-contact']),
      it: floorsFor(['require-reason']),
      nl: floorsFor(['require-reason']),
      pt: floorsFor(['require-reason']),
    },
  },
  'holdout-blind-8': {
    all: floorsFor(['no-default-text', 'require-shared-contact', 'require-context'], { 'require-reason': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {
      en: floorsFor(['require-shared-contact', 'require-context'], { 'require-reason': { precision: 0.95, recall: 0.85 } }),
      es: floorsFor(['require-reason', 'require-shared-contact']),
    },
  },
  'holdout-blind-9': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'max-length'], { 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {
      en: floorsFor(['require-reason']),
      es: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'max-length'], { 'require-context': { precision: 0.9, recall: 0.95 } }),
    },
  },
  'holdout-blind-10': {
    all: floorsFor(['no-default-text', 'require-shared-contact', 'require-context'], { 'require-reason': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {
      en: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'require-context']),
      es: floorsFor(['require-context'], { 'require-reason': { precision: 0.85, recall: 0.95 } }),
    },
  },
  'holdout-blind-11': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'require-context']),
    byLanguage: {},
  },
  'holdout-blind-12': {
    all: floorsFor(['no-default-text', 'require-shared-contact', 'max-length'], { 'require-reason': { precision: 0.9, recall: 0.95 }, 'require-context': { precision: 0.85, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-13': {
    all: floorsFor(['require-reason', 'require-shared-contact', 'require-context']),
    byLanguage: {},
  },
  'holdout-blind-14': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-15': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-16': {
    all: floorsFor(['no-default-text', 'require-shared-contact', 'require-context', 'max-length'], { 'require-reason': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-17': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-18': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-19': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-20': {
    all: floorsFor(['no-default-text', 'require-shared-contact', 'require-context', 'max-length'], { 'require-reason': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  'holdout-blind-21': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-22': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-23': {
    all: floorsFor(['no-default-text', 'require-reason', 'max-length'], { 'require-shared-contact': { precision: 0.85, recall: 0.85 }, 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-24': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-25': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-26': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.9 }, 'require-shared-contact': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  'holdout-blind-27': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.9 }, 'require-context': { precision: 0.9, recall: 0.9 } }),
    byLanguage: {},
  },
  'holdout-blind-30': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-31': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-32': {
    all: floorsFor(EVALUATED_RULES, { 'require-shared-contact': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-33': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.95 }, 'require-context': { precision: 0.7, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-34': {
    all: floorsFor(EVALUATED_RULES),
    byLanguage: {},
  },
  'holdout-blind-35': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-36': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-37': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-38': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.9 }, 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-39': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-40': {
    all: floorsFor(EVALUATED_RULES, { 'require-shared-contact': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-41': {
    all: floorsFor(EVALUATED_RULES, { 'require-shared-contact': { precision: 0.95, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-42': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-43': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-44': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-45': {
    all: floorsFor(EVALUATED_RULES, { 'require-shared-contact': { precision: 0.9, recall: 0.95 }, 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-46': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Three of its Spanish, French and Portuguese rows call "intercambiar ideas sobre {{sector}}" no
  // reason; a real published row labels the same wording a reason, and the rules follow it.
  'holdout-blind-47': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  'holdout-blind-48': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-49': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-50': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-context']),
    byLanguage: {
      en: floorsFor(['require-reason', 'require-context'], { 'require-reason': { precision: 0.9, recall: 0.95 } }),
      es: floorsFor(['require-reason', 'require-context']),
    },
  },
  // Two of its misses are referrals the rules read as the real notes' labels do: someone both
  // know named, and the sender saying who they are or what they offer, is a reason.
  'holdout-blind-51': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'max-length'], { 'require-reason': { precision: 0.95, recall: 0.9 }, 'require-shared-contact': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  'holdout-blind-52': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  'holdout-blind-53': {
    all: floorsFor(),
    byLanguage: {},
  },
  'holdout-blind-54': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  'holdout-blind-55': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-shared-contact', 'require-context'], {
      'require-reason': { precision: 0.9, recall: 0.95 },
      'require-shared-contact': { precision: 0.9, recall: 0.95 },
      'require-context': { precision: 0.9, recall: 0.95 },
    }),
    byLanguage: {},
  },
  // Published-template style, labelled as the real notes are: a pitch tied to their role or company by its slot is a reason.
  'holdout-blind-56': {
    all: floorsFor(),
    byLanguage: {},
  },
  // One false alarm left: a congratulation on a new job and a coffee, to someone the sender knows (degree 1).
  'holdout-blind-57': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Third-degree English notes, half with a context. Two false alarms left: the energy at an unnamed summit, a pitch promising to scale their marketing.
  'holdout-blind-58': {
    all: floorsFor(['no-default-text', 'require-reason', 'require-context'], { 'require-reason': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // French, German, Portuguese, Dutch and Italian templates. One false alarm left: a congratulation on a new role (the real notes call that stock talk).
  'holdout-blind-59': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Spanish third-degree notes, half with a context.
  'holdout-blind-60': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Formal notes with honorifics and signatures of several lines, English and Spanish.
  'holdout-blind-61': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Templates heavy on template syntax (spintax, conditionals, defaults, many slot styles), English, Spanish and French.
  'holdout-blind-62': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Sales and business-development notes, where a pitch stops being stock talk. One miss left: "…to drive growth and efficiency. Would love to connect and share how!" ("share how" read as a hook).
  'holdout-blind-63': {
    all: floorsFor(),
    byLanguage: {},
  },
  // German (Germany, Austria, Switzerland) and Dutch notes of every purpose. One miss left: "wir haben uns gestern auf dem Event kurz gesehen" read as a weak reason (an unnamed event, as the guidelines' "met at the conference last week").
  'holdout-blind-64': {
    // With the language withheld, "leuk je gisteren te ontmoeten op het event!" is too short to tell Dutch, and some other language's data reads a reason in it.
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  // Second-degree notes, English and Spanish, half naming a person in common in many ways.
  'holdout-blind-65': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Portuguese, Brazil and Portugal, every purpose.
  'holdout-blind-66': {
    all: floorsFor(),
    byLanguage: {},
  },
  // French and Italian, every purpose.
  'holdout-blind-67': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Job seekers, students, new graduates and career changers, English.
  'holdout-blind-68': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Spanish second-degree notes of every purpose, half naming a person in common.
  'holdout-blind-69': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English notes of every purpose, 64 of the 80 with a reason, many of them inside stock networking talk.
  'holdout-blind-70': {
    all: floorsFor(),
    byLanguage: {},
  },
  // The same in Spanish.
  'holdout-blind-71': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Third-degree notes, English and Spanish, four in five with a context said in many shapes.
  'holdout-blind-72': {
    all: floorsFor(),
    byLanguage: {},
  },
  // French, German, Portuguese, Dutch and Italian, most with a reason. One false alarm left: a person in common named only as someone the reader was with on a panel, "(minha ex-colega)" beside her name.
  'holdout-blind-73': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Long, careful English notes from recruiters, sellers, founders and consultants, the reason wrapped in courtesy and stock talk.
  'holdout-blind-74': {
    all: floorsFor(),
    byLanguage: {},
  },
  // The same in Spanish, second and third degree, formal and informal.
  'holdout-blind-75': {
    // With the language withheld, a formal Peruvian note of acronyms and place names ("la PUCP e iniciamos…", "Ica", "Concytec") has too few function words to tell Spanish, and every language's lists together find no reason in it.
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // English third-degree notes, four in five with a context (events, schools, exchanges, offers) said in many shapes.
  'holdout-blind-76': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Second-degree notes in English, Spanish, Portuguese and French naming, or not, a person in common in many turns. One false alarm left of three: the referrer named in the signature line ("Tiago (via @Mariana Costa)") now counts.
  'holdout-blind-77': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Short English templates as outreach tools ship them and playbooks list them, three in four with a reason.
  'holdout-blind-78': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Spanish third-degree notes, four in five with a context; value offers said in many ways.
  'holdout-blind-79': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English job seekers, students and career changers, three in four with a reason.
  'holdout-blind-80': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English third-degree templates from event, alumni, creator and community guides, four in five with a context.
  'holdout-blind-81': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English third-degree notes as published, three in four with a context: stages offered at the sender's event or show, their posts read, value offers.
  'holdout-blind-82': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.85, recall: 0.95 } }),
    byLanguage: {},
  },
  // English and Spanish second-degree notes with modest reasons as templates carry them: topics, their work, pitches to their role or company.
  'holdout-blind-83': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // Spanish notes as Spanish guides and playbooks publish them, second and third degree, three in four giving what their degree asks for.
  'holdout-blind-84': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English templates as open-source outreach and AI-agent repositories keep them, one per scenario, with Jinja and Handlebars defaults.
  'holdout-blind-85': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English third-degree notes as code keeps them (automation defaults, agent prompts, docs), three in four with a context.
  'holdout-blind-86': {
    all: floorsFor(),
    byLanguage: {},
  },
  // French, Italian, German and Portuguese notes as published, every degree, three in four giving what their degree asks for.
  'holdout-blind-87': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English third-degree notes from senders of every kind, three in four with a value offer or an exchange around their content.
  'holdout-blind-88': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.75, recall: 0.85 }, 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // English written in a second language or in a hurry: grammar, chat spellings, names in lower case.
  'holdout-blind-89': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.8, recall: 0.95 }, 'require-context': { precision: 0.7, recall: 0.95 } }),
    byLanguage: {},
  },
  // English third-degree notes from trades and professions, three in four with a value offer, an exchange or a shared past in the trade's words.
  'holdout-blind-90': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.75, recall: 0.95 }, 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // English second-degree and first-degree notes whose reason is news about them or their company, or only congratulations.
  'holdout-blind-91': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English third-degree notes from fundraising and research: investors, founders, nonprofits, academics, journalists. One miss left: a reporter's request to someone who ran a service "as you did at Tri-Valley Ambulance" read as a meeting there.
  'holdout-blind-92': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  // Spanish from Latin America, second and third degree, every purpose. Left: a pitch for "sus despachos desde Paita" (their operations at a named port), an unnamed fair placed by its city.
  'holdout-blind-93': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.95 }, 'require-context': { precision: 0.95, recall: 0.8 } }),
    byLanguage: {},
  },
  // English notes whose purpose is a request or a question, specific or vague. Left: "the Product Roundtable Lisbon was great; I asked about your experiment backlog" (an event named before what was done there).
  'holdout-blind-94': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.85, recall: 0.95 } }),
    byLanguage: {},
  },
  // Templates as sales-automation tools keep them, English and Spanish: slots, fallbacks, spintax, conditionals, AI first lines.
  'holdout-blind-95': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English and Spanish notes with emoji, line breaks, bullets, a P.S., signature blocks and hashtags.
  'holdout-blind-96': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English third-degree notes whose context is an event named in every way (hashtags, abbreviations, meetups by number, a host's dinner), or not named. Left: "#pycon2024 sprint table buddy here", "#GDC2025: you demoed … at the indie showcase" (a hashtag as the event's name).
  'holdout-blind-97': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // Spanish third-degree notes from Spain, every sector.
  'holdout-blind-98': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Pitches tied to the recipient or to nobody, second and third degree. Its misses are a person in common named and a pitch to anyone, which the set labels no reason and the real notes' labels call one (see holdout-blind-51); names in lower case.
  'holdout-blind-99': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.7 }, 'require-context': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  // Portuguese (Brazil, Portugal) and Italian, every degree and purpose.
  'holdout-blind-100': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Formal English from healthcare, education, government, law and the military. Left: their posts on leadership followed (the real notes' labels call posts on a topic a reason), a shared interest named after a referral read as no reason.
  'holdout-blind-101': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.85 }, 'require-shared-contact': { precision: 0.95, recall: 0.9 }, 'require-context': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  // Very short notes, English and Spanish, every degree. One false alarm left: "we're both in Priscilla's founder circle — would love to swap edtech GTM notes".
  'holdout-blind-102': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // English third-degree notes from developers, data people and designers, three in four with a value offer phrased every way (a question, a conditional, an aside, a past action). One miss left: a demo of the sender's own tool "sometime" read as an offer.
  'holdout-blind-103': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.8 }, 'require-context': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  // French and German, every degree and purpose. Left: a teammate's question for a physio (degree 1), "t'étais aussi à l'UCLouvain en ingé civil", a person in common in the German genitive after "auf" ("auf Lisas Geburtstag").
  'holdout-blind-104': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.9 }, 'require-shared-contact': { precision: 0.8, recall: 0.95 }, 'require-context': { precision: 0.85, recall: 0.95 } }),
    byLanguage: {},
  },
  // English second-degree notes from recruiters and job seekers, half naming a person in common.
  'holdout-blind-105': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Spanish second-degree notes, half naming a person in common in every Spanish turn.
  'holdout-blind-106': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English notes from creators, communities and open source. Left: a newsletter followed "for two years", "a fellow course creator … swap notes".
  'holdout-blind-107': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.9 }, 'require-context': { precision: 0.95, recall: 0.8 } }),
    byLanguage: {},
  },
  // Notes reconnecting or following up after meeting, every degree. Left: "It was a pleasure meeting you" and "great meeting you IRL finally!" to someone the sender knows.
  'holdout-blind-108': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.85 } }),
    byLanguage: {},
  },
  // English third-degree notes whose context is an exchange outside LinkedIn (a Discord thread, a GitHub issue, an AMA, a newsletter reply), and following in general.
  'holdout-blind-109': {
    all: floorsFor(),
    byLanguage: {},
  },
  // Spanish third-degree notes around their content (comments, newsletters, streams, groups). Left: their posts on a topic followed (a reason, as the real labels read it), a stream's chat.
  'holdout-blind-110': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  // English and Spanish studies in common said in unusual forms, and the same degree at another school. Left: the sender's school named alone ("I also studied mechanical engineering (Purdue '16)"), which the set calls elsewhere, and a report of theirs read, which it calls no context.
  'holdout-blind-111': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.75 }, 'require-context': { precision: 0.95, recall: 0.65 } }),
    byLanguage: {},
  },
  // English customers, users and vendors, every degree.
  'holdout-blind-112': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English and Spanish typed fast: lower case, no punctuation, chat spellings. Left: a pitch to "tu estudio", analyst openings "en tu área" (es), a person in common typed in lower case.
  'holdout-blind-113': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.9, recall: 0.95 }, 'require-shared-contact': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // English notes on the recipient's book, course, newsletter, podcast or library, and generic fandom.
  'holdout-blind-114': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English second-degree notes naming the person in common in unusual places. Left: "my boss … has never met you but quotes your article", a speaker who mentioned their startup.
  'holdout-blind-115': {
    all: floorsFor(EVALUATED_RULES, { 'require-shared-contact': { precision: 0.95, recall: 0.9 } }),
    byLanguage: {},
  },
  // Spanish reconnections and follow-ups, degrees 1 and 2.
  'holdout-blind-116': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English value offers from trades outside tech, concrete or vague. Left: a mock-up "for the cost of materials", an availability calendar, a consistent set of headshots mocked up.
  'holdout-blind-117': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.85, recall: 0.95 } }),
    byLanguage: {},
  },
  // Spanglish and English from Spanish speakers, every degree.
  'holdout-blind-118': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English notes from virtual and small events. Left: "the 15 minutes at your Tuesday office hours for the Buildfast S5 folks".
  'holdout-blind-119': {
    all: floorsFor(EVALUATED_RULES, { 'require-context': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // French, German, Portuguese and Italian, mostly third degree.
  'holdout-blind-120': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English third-degree templates as blogs publish them, with instruction slots; following in general beside one piece singled out.
  'holdout-blind-121': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English long notes whose reason comes late or never. Left: a pitch of the sender's firm to anyone, a "mission to connect with 1,000 minds", a person in common named beside praise of their profile (a reason, as the real labels read it).
  'holdout-blind-122': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.85 } }),
    byLanguage: {},
  },
  // Spanish third-degree templates from Spanish-language guides.
  'holdout-blind-123': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English second-degree sales and partnership notes. Left: "Tobi and I had dinner … and he said", "Felix Brandt and I were just saying…", a name in lower case.
  'holdout-blind-124': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.85 }, 'require-shared-contact': { precision: 0.9, recall: 0.95 } }),
    byLanguage: {},
  },
  // English from second-language writers in South Asia, West Africa, the Philippines and the Middle East.
  'holdout-blind-125': {
    all: floorsFor(),
    byLanguage: {},
  },
  // English notes around community roles: mentoring programmes, volunteering, associations, clubs. Left: volunteering or serving at the same named place, which the set calls a group and the rules a shared past.
  'holdout-blind-126': {
    all: floorsFor(EVALUATED_RULES, { 'require-reason': { precision: 0.95, recall: 0.85 }, 'require-context': { precision: 0.9, recall: 0.85 } }),
    byLanguage: {},
  },
  'holdout-notes': {
    all: floorsFor(['require-reason', 'require-shared-contact', 'require-context']),
    byLanguage: {
      en: floorsFor(['require-reason', 'require-context']),
    },
  },
};
