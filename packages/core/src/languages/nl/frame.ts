import type { FramePhrases } from '../types.js';

export default {
  greetings: ['hoi', 'hallo', 'hey', 'hi', 'hello', 'he', 'beste( heer| mevrouw)?', '(zeer )?geachte( heer| mevrouw)?', 'goede(morgen|middag|navond)', 'dag', 'lieve', 'liefste'],
  mailFooters: ['verzonden (vanaf|met|van) (mijn )?(iphone|ipad|android|smartphone|telefoon|samsung)', 'verzonden (vanuit|met) (outlook|mail) voor (ios|android)', '(disclaimer|vertrouwelijk)[:.][^\\n]*', '(dit|deze) (e-?mail|bericht)( en (eventuele|de) bijlagen)? (is|zijn|kan|bevat)[^\\n]{0,60}(vertrouwelijk|geadresseerde)[^\\n]*'],
  signOffs: ['(met )?(vriendelijke|hartelijke|beste|collegiale) groet(en)?( uit [\\p{L}-]+)?', 'hoogachtend', 'groet(jes|en)?( uit [\\p{L}-]+)?', 'bedankt', 'dank je( wel)?', 'dank u( wel)?', 'tot (snel|ziens)', 'liefs', 'gr\\.?', 'mvg', 'groetjes'],
  addressees: ['professor', 'dokter', 'heer', 'mevrouw', 'meneer', 'team', 'allemaal', 'tante', 'oom'],
  nameParticles: ['van', 'de', 'der', 'den', 'ter', 'ten', 'het'],
  notNames: [
    // Aanwijzende woorden zijn nooit namen: „op dat congres“.
    'dat', 'die', 'deze', 'dit', 'daar', 'hier',
    'ik', 'mij', 'mijn', 'je', 'jij', 'jou', 'jouw', 'u', 'uw', 'hij', 'zij', 'wij', 'we', 'ons', 'onze', 'de', 'het', 'een', 'en', 'of', 'maar',
    'hoi', 'hallo', 'bedankt', 'linkedin', 'meneer', 'mevrouw', 'dhr', 'mevr',
  ],
  nounMarkers: [],
  // Titles are written in lower case in running Dutch text ("met dr. Peeters", "mevr. Jansen").
  abbreviations: ["Dhr", "Mevr", "Dr", "Ir", "Drs", "Prof", "Mr", "dhr", "mevr", "dr", "ir", "drs", "prof", "mr", "bijv", "o.a", "ca"],
  functionWords: ['het', 'een', 'ik', 'jij', 'jouw', 'uw', 'van', 'met', 'voor', 'op', 'wij', 'niet', 'bij', 'dat', 'graag', 'om', 'ook', 'heel', 'hoi', 'bedankt', 'zijn', 'naar', 'wil', 'kan', 'mijn', 'jullie'],
  grammar: {
    definiteArticles: ['de', 'het'],
    indefinites: ['een'],
    possessives: ['mijn'],
    someone: ['iemand'],
    // Not "en": a note of no clear language reads every language's words, and there it is Spanish
    // and French for "in", before a place ("como nosotros en Lumen" would read as a new subject).
    and: [],
    or: ['of'],
    clauseOpeners: ['dat'],
    questionTags: [],
    questionVerbs: [],
    topicMarkers: ['over'],
    nameJoiners: ['van', 'der', 'de', 'en'],
    workplaceMarkers: ['bij'],
    originMarkers: ['van'],
    organisationMarkers: ['bij', 'voor', 'van'],
    anyEvent: ['evenement', 'evenementen'],
    nameArticles: [],
    selfHere: ['hier'],
    recentTimes: ['gisteren', 'gisteravond', 'vorige week', 'vorig weekend', 'vorige maand', 'vorig jaar', 'vanochtend', 'deze week'],
  },
} satisfies FramePhrases;
