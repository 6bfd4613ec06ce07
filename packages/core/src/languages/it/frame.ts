import type { FramePhrases } from '../types.js';

export default {
  greetings: ['ciao', 'salve', 'buongiorno', 'buonasera', 'gentile', 'egregi[oa]', 'car[oa]', 'hey'],
  signOffs: ['(cordiali |distinti )?saluti', 'un saluto', 'grazie( mille| in anticipo)?', 'buona (giornata|serata)', 'a presto', 'un abbraccio'],
  notNames: [
    'io', 'mi', 'mio', 'mia', 'tu', 'ti', 'tuo', 'tua', 'lei', 'le', 'suo', 'sua', 'lui', 'noi', 'nostro', 'il', 'lo', 'la', 'i', 'gli', 'un', 'una',
    'di', 'del', 'della', 'in', 'con', 'e', 'o', 'ma', 'ciao', 'grazie', 'ho', 'sono', 'linkedin', 'dott', 'dottor', 'dottoressa', 'sig', 'sig.ra', 'ing', 'avv',
  ],
  nounMarkers: [],
  abbreviations: ["Sig", "Sig.ra", "Dott", "Dott.ssa", "Ing", "Avv", "Prof", "ca"],
  functionWords: ['il', 'lo', 'gli', 'di', 'che', 'con', 'per', 'sono', 'mi', 'ti', 'tuo', 'tua', 'suo', 'sua', 'del', 'della', 'delle', 'dei', 'un', 'una', 'è', 'ciao', 'grazie', 'anche', 'molto'],
} satisfies FramePhrases;
