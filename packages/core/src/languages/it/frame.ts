import type { FramePhrases } from '../types.js';

export default {
  greetings: ['ciao', 'ehi', 'ehila', 'salve', 'buongiorno', 'buonasera', 'gentile', 'gentilissim[oa]', 'egregi[oa]', 'spett\\.?(le)?', 'illustre', 'stimat[oa]', 'car[oa]', 'hey', 'hi', 'hello'],
  mailFooters: ['inviato da( mio| il mio)? (iphone|ipad|android|smartphone|cellulare|samsung)', 'inviato da (outlook|posta) per (ios|android)', '(avviso di riservatezza|riservatezza|riservato)[:.][^\\n]*', '(questo|il presente) (messaggio|e-?mail)( e (i suoi|gli eventuali) allegati)? (e|sono|contiene|puo contenere)[^\\n]{0,60}(riservat|confidenzial|destinatari)[^\\n]*'],
  signOffs: ['(cordiali |distinti )?saluti', 'con (i )?(piu )?(distinti|cordiali) saluti', '(un )?(caro|cordiale) saluto', 'cordialmente', 'con ossequi', 'distintamente', 'un saluto', 'grazie( mille| in anticipo)?', 'buona (giornata|serata)', 'a presto', 'un abbraccio'],
  addressees: ['professore', 'professoressa', 'prof', 'dottore', 'dottoressa', 'ingegnere', 'avvocato', 'avvocata', 'signore', 'signor', 'signora', 'signorina', 'team', 'tutti'],
  nameParticles: ['de', 'del', 'della', 'di', 'da', 'lo', 'la'],
  notNames: [
    // Chi ha fatto qualcosa, senza nome: «chi mi ha passato il tuo contatto».
    'chi', 'chiunque',
    // Dimostrativi, mai nomi: «a quel meetup».
    'quel', 'quella', 'quello', 'quei', 'quelle', 'quegli',
    'io', 'mi', 'mio', 'tu', 'ti', 'tuo', 'tua', 'le', 'suo', 'sua', 'lui', 'noi', 'nostro', 'il', 'lo', 'la', 'i', 'gli', 'un', 'una',
    'di', 'del', 'della', 'in', 'con', 'e', 'o', 'ma', 'ciao', 'grazie', 'ho', 'sono', 'linkedin', 'dott', 'dottor', 'dottoressa', 'sig', 'sig.ra', 'ing', 'avv',
    // La forma di cortesia, maiuscola per rispetto («Posso contare su di Lei?», «la Sua rete»), e parole che aprono una frase: non sono nomi.
    'lei', 'suoi', 'sue', 'loro', 'vostro', 'vostra', 'vostri', 'vostre', 'mia', 'miei', 'mie', 'tuoi', 'tue', 'nostra', 'nostri', 'nostre', 'ci', 'vi', 'si',
    'questo', 'questa', 'se', 'che', 'per', 'da', 'al', 'alla', 'nel', 'nella', 'come', 'anche', 'non', 'complimenti', 'congratulazioni', 'vorrei', 'sarebbe', 'posso', 'abbiamo', 'siamo', 'dr', 'dr.ssa', 'prof', 'arch', 'geom',
    // Cariche e titoli, maiuscoli nelle firme e nelle presentazioni («sono Ingegnere Gestionale»): non sono nomi.
    'ingegnere', 'ingegnera', 'dottore', 'professore', 'professoressa', 'avvocato', 'avvocata', 'architetto', 'direttore', 'direttrice', 'responsabile', 'fondatore', 'fondatrice',
    'cofondatore', 'cofondatrice', 'consulente', 'sviluppatore', 'sviluppatrice', 'presidente', 'titolare', 'amministratore', 'delegato', 'delegata', 'manager', 'ceo', 'cto',
  ],
  nounMarkers: [],
  abbreviations: ["Sig", "Sig.ra", "Dott", "Dott.ssa", "Dr", "Dr.ssa", "dr", "dr.ssa", "Ing", "Avv", "Prof", "Geom", "Arch", "sig", "sig.ra", "dott", "dott.ssa", "ing", "avv", "prof", "geom", "arch", "ca"],
  functionWords: ['il', 'gli', 'di', 'che', 'per', 'sono', 'ti', 'tuo', 'tua', 'della', 'delle', 'dei', 'è', 'ciao', 'grazie', 'anche', 'molto', 'piacere', 'vorrei', 'sarebbe', 'questo', 'questa', 'sei'],
  grammar: {
    definiteArticles: ['il', 'lo', 'la', 'i', 'gli', 'le'],
    indefinites: ['un', 'uno', 'una', 'qualche'],
    possessives: ['mio', 'mia', 'miei', 'mie'],
    someone: ['qualcuno'],
    and: ['e', 'ed'],
    or: ['o', 'oppure'],
    clauseOpeners: ['che'],
    questionTags: ['vero', 'no'],
    questionVerbs: [],
    topicMarkers: ['riguardo a'],
    nameJoiners: ['di', 'del', 'della', 'e'],
    workplaceMarkers: ['presso'],
    originMarkers: ['di', 'da'],
    organisationMarkers: ['presso', 'per', 'di'],
    anyEvent: ['evento', 'eventi'],
    nameArticles: ['la'],
    selfHere: ['qui'],
    recentTimes: ['ieri', 'ieri sera', 'la settimana scorsa', 'lo scorso weekend', 'il mese scorso', "l'anno scorso", 'stamattina', 'questa settimana'],
  },
} satisfies FramePhrases;
