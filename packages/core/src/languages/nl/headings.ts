import type { HeadingLanguage } from '../types.js';

export default {
  invitation: {
    phrases: ['uitnodiging(en)?', '(connectie|verbindings|contact)verzoek(en)?', 'verzoek(en)? (om|tot) (te connecten|te verbinden|connecten|verbinden)'],
    examples: ['Connectieverzoeken', 'Uitnodigingen', 'Verzoek om te connecten'],
    not: ['Notities', 'Databaseverbinding'],
  },
  afterAccepting: {
    phrases: ['na (acceptatie|het accepteren|het connecten)', 'nadat (hij|zij|ze) (heeft|hebben) geaccepteerd', 'opvolging', 'follow-?ups?', 'welkomstbericht(en)?', 'bedankbericht(en)?', 'eerste bericht', 'eerstegraads', 'eerste graad', 'al verbonden'],
    examples: ['Na acceptatie', 'Opvolging', 'Welkomstbericht', 'Eerstegraads connecties'],
    not: ['Alumni', 'Na de beurs'],
  },
  inMail: {
    phrases: ['in-?mails?'],
    examples: ['InMail aan recruiters'],
    not: ['Mailinglijst'],
  },
  email: {
    phrases: ['e-?mails?', 'mails?'],
    examples: ['E-mail aan prospects'],
    not: ['Mailinglijst'],
  },
  reply: {
    phrases: ['antwoord(en)?', 'reacties?', 'als (hij|zij|ze) (antwoordt|antwoorden|reageert|reageren)'],
    examples: ['Antwoorden', 'Als ze reageert'],
    not: ['Verantwoordelijk'],
  },
  context: {
    phrases: ['alumni', 'oud-?studenten', '(dezelfde|zelfde) (universiteit|hogeschool|opleiding)', 'evenement(en)?', 'events?', 'conferenties?', 'beurzen?', 'beurs', 'meetups?', 'webinars?', 'congres(sen)?', 'derdegraads'],
    examples: ['Oud-studenten', 'Na een conferentie', 'Beurs'],
    not: ['Eventueel'],
  },
  sharedContact: {
    phrases: ['(gemeenschappelijke|gedeelde|wederzijdse) (connecties?|contacten?|kennissen?)', 'aanbeveling(en)?', 'aanbevolen door', 'doorverwezen', '(voorgesteld|geintroduceerd) door', 'tweedegraads'],
    examples: ['Gemeenschappelijke connectie', 'Aanbevolen door een collega', 'Voorgesteld door Sanne'],
    not: ['Gemeente'],
  },
} satisfies HeadingLanguage;
