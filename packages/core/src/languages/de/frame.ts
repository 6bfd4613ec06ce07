import type { FramePhrases } from '../types.js';

export default {
  greetings: ['hallo', 'hi', 'hey', 'hello', 'guten (tag|morgen|abend)', 'liebe[rs]?( herr| frau)?', 'sehr geehrte[rs]?( herr| frau| dr\\.?)?', 'servus', 'moin', 'gruss gott', 'gruezi', 'grüezi'],
  mailFooters: ['von meinem (iphone|ipad|android|smartphone|handy|samsung|mobiltelefon) gesendet', 'gesendet von meinem (iphone|ipad|android|smartphone|handy|samsung)', 'von (outlook|mail) fur (ios|android) gesendet', '(haftungsausschluss|vertraulichkeitshinweis|vertraulich)[:.][^\\n]*', 'diese (e-?mail|nachricht)( (und|einschliesslich) (ihre|alle|etwaige) anhange)? (ist|enthalt|kann|konnte)[^\\n]{0,60}(vertraulich|empfanger)[^\\n]*', 'bitte denken sie an die umwelt[^\\n]*'],
  signOffs: ['(viele|beste|liebe|freundliche|herzliche|sonnige) gru(ß|ss)e( aus [\\p{L}-]+)?', 'mit freundlichen gru(ß|ss)en', 'mit (besten|herzlichen|kollegialen|freundlichem) gru(ß|ss)(en)?', 'mfg', 'hochachtungsvoll', 'vg', 'lg', 'danke( schon| im voraus)?', 'vielen dank', 'bis bald', 'gru(ß|ss)( aus [\\p{L}-]+)?'],
  addressees: ['professor', 'professorin', 'doktor', 'herr', 'frau', 'team'],
  nameParticles: ['von', 'van', 'zu', 'der', 'de'],
  givenNames: ['flo', 'flori', 'florian', 'felix', 'max', 'maxi', 'michi', 'michael', 'steffi', 'stefan', 'steffen', 'sepp', 'seppi', 'hansi', 'hannes', 'franzi', 'franz', 'lena', 'anna', 'jana', 'julia', 'jule', 'laura', 'lisa', 'sarah', 'hannah', 'lea', 'leonie', 'marie', 'sophie', 'sophia', 'emma', 'mia', 'lukas', 'luki', 'jonas', 'leon', 'paul', 'paula', 'ben', 'finn', 'elias', 'noah', 'luis', 'tim', 'tom', 'tobi', 'tobias', 'jan', 'niklas', 'nico', 'niko', 'jakob', 'moritz', 'philipp', 'simon', 'sebastian', 'basti', 'thomas', 'markus', 'martin', 'matthias', 'matze', 'christian', 'chrissi', 'daniel', 'dani', 'alexander', 'alex', 'andreas', 'andi', 'peter', 'klaus', 'jurgen', 'uwe', 'dieter', 'wolfgang', 'sabine', 'petra', 'andrea', 'claudia', 'susanne', 'monika', 'birgit', 'karin', 'katharina', 'kathi', 'resi', 'vroni', 'domi', 'jojo', 'sandra', 'nicole', 'melanie', 'katrin', 'anja', 'silke', 'heike', 'kerstin', 'tanja', 'nina', 'vanessa', 'lina', 'clara', 'ida', 'greta', 'ole', 'fritz', 'karl', 'heinz', 'gunter', 'bernd', 'holger', 'sven', 'jens', 'lars', 'dirk', 'torsten', 'ralf', 'rolf', 'gerd', 'helmut', 'manfred', 'gabi', 'ulli', 'uli', 'jorg', 'olaf', 'vera', 'eva', 'ute', 'ina', 'pia', 'johanna', 'theresa', 'amelie', 'luisa', 'frieda', 'mila', 'emil', 'anton', 'oskar', 'theo', 'ludwig', 'vincent', 'lotte', 'marlene', 'jonathan', 'david', 'benni', 'jonny'],
  notNames: [
    // Wer etwas tat, ohne Namen: „wer mir Ihren Namen gab“.
    'wer',
    // Demonstrativa sind nie Namen: „auf dieser Messe“.
    'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'dem', 'den',
    'ich', 'mich', 'mir', 'mein', 'meine', 'du', 'dich', 'dir', 'dein', 'deine', 'sie', 'ihnen', 'ihr', 'ihre', 'ihrem', 'ihren', 'wir', 'uns', 'unser',
    'er', 'es', 'der', 'die', 'das', 'ein', 'eine', 'und', 'oder', 'aber', 'hallo', 'danke', 'gerne', 'gern', 'linkedin', 'herr', 'frau', 'dr', 'prof',
    // Job titles written as acronyms ("unser CEO"): not names.
    'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'hr',
  ],
  nounMarkers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine',
    'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'mein', 'meine', 'meinen',
    'meinem', 'meiner', 'unser', 'unsere', 'unseren', 'unserem', 'euer', 'eure', 'euren', 'eurem', 'zum', 'zur', 'beim', 'vom', 'im', 'am',
  ],
  abbreviations: ["Hr", "Fr", "Dr", "Prof", "Dipl", "Ing", "bzw", "z.B", "ca", "ggf"],
  functionWords: ['haben', 'wird', 'moin', 'servus', 'grüße', 'viele', 'noch', 'auch', 'schon', 'der', 'die', 'das', 'und', 'ich', 'sie', 'ihr', 'ihnen', 'ihre', 'dich', 'dir', 'mit', 'für', 'auf', 'ein', 'eine', 'einen', 'ist', 'zu', 'wir', 'nicht', 'bei', 'den', 'dem', 'sehr', 'gerne', 'hallo'],
  grammar: {
    definiteArticles: ['der', 'die', 'das', 'dem', 'den', 'des'],
    indefinites: ['ein', 'eine', 'einem', 'einer', 'einen', 'eines'],
    possessives: ['mein', 'meine', 'meinem', 'meinen', 'meiner'],
    someone: ['jemand'],
    and: ['und'],
    or: ['oder'],
    clauseOpeners: ['dass'],
    questionTags: ['nicht', 'oder'],
    questionVerbs: [],
    topicMarkers: ['über'],
    nameJoiners: ['der', 'von', 'und'],
    workplaceMarkers: ['bei'],
    originMarkers: ['von'],
    organisationMarkers: ['bei', 'für', 'von'],
    anyEvent: ['veranstaltung', 'veranstaltungen'],
    nameArticles: ['der', 'die'],
    selfHere: ['hier'],
    // Lower case only, as every grammar word: nouns such as „letzte Woche“ are spelled with a capital.
    recentTimes: ['gestern', 'vorgestern'],
  },
} satisfies FramePhrases;
