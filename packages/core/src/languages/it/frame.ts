import type { FramePhrases } from '../types.js';

export default {
  greetings: ['ciao', 'ehi', 'ehila', 'salve', 'buongiorno', 'buonasera', 'gentile', 'gentilissim[oa]', 'egregi[oa]', 'spett\\.?(le)?', 'illustre', 'stimat[oa]', 'car[oa]', 'hey', 'hi', 'hello'],
  mailFooters: ['inviato da( mio| il mio)? (iphone|ipad|android|smartphone|cellulare|samsung)', 'inviato da (outlook|posta) per (ios|android)'],
  signOffs: ['(cordiali |distinti )?saluti', 'con (i )?(piu )?(distinti|cordiali) saluti', '(un )?(caro|cordiale) saluto', 'cordialmente', 'con ossequi', 'distintamente', 'un saluto', 'grazie( mille| in anticipo)?', 'buona (giornata|serata)', 'a presto', 'un abbraccio'],
  addressees: ['professore', 'professoressa', 'prof', 'dottore', 'dottoressa', 'ingegnere', 'avvocato', 'avvocata', 'signore', 'signor', 'signora', 'signorina', 'team', 'tutti'],
  nameParticles: ['de', 'del', 'della', 'di', 'da', 'lo', 'la'],
  notNames: [
    'io', 'mi', 'mio', 'tu', 'ti', 'tuo', 'tua', 'le', 'suo', 'sua', 'lui', 'noi', 'nostro', 'il', 'lo', 'la', 'i', 'gli', 'un', 'una',
    'di', 'del', 'della', 'in', 'con', 'e', 'o', 'ma', 'ciao', 'grazie', 'ho', 'sono', 'linkedin', 'dott', 'dottor', 'dottoressa', 'sig', 'sig.ra', 'ing', 'avv',
  ],
  nounMarkers: [],
  abbreviations: ["Sig", "Sig.ra", "Dott", "Dott.ssa", "Ing", "Avv", "Prof", "Geom", "Arch", "sig", "sig.ra", "dott", "dott.ssa", "ing", "avv", "prof", "geom", "arch", "ca"],
  functionWords: ['il', 'gli', 'di', 'che', 'per', 'sono', 'ti', 'tuo', 'tua', 'della', 'delle', 'dei', 'è', 'ciao', 'grazie', 'anche', 'molto', 'piacere', 'vorrei', 'sarebbe', 'questo', 'questa', 'sei'],
} satisfies FramePhrases;
