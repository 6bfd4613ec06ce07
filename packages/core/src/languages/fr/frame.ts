import type { FramePhrases } from '../types.js';

export default {
  greetings: ['bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'hey', 'hi', 'allo', 'maitre', 'cher', 'chere', 'madame,? monsieur', 'monsieur,? madame', "(madame|monsieur) (la |le |l')[\\p{L}-]+( (des |du |de la |de l'|de )[\\p{L}-]+){0,2}", 'madame', 'monsieur'],
  mailFooters: ['envoye (de|depuis) mon (iphone|ipad|android|mobile|telephone|smartphone|samsung)', 'envoye (de|depuis) (outlook|mail) pour (ios|android)', '(avertissement|confidentiel|confidentialite)[:.][^\\n]*', '(ce|le present) (message|courriel|e-?mail)( et (ses|toutes les|les) (pieces jointes|annexes))? (est|sont|peut contenir|contient|est destine)[^\\n]{0,60}(confidentiel|destinataire)[^\\n]*', 'pensez a l\'environnement avant d\'imprimer[^\\n]*'],
  signOffs: ['cordialement', 'bien (a vous|cordialement)', 'merci( beaucoup| d\'avance| par avance)?', 'a bientot', 'belle journee', 'bonne (journee|soiree|semaine|fin de semaine|fin de journee)', '(meilleures|sinceres) salutations', '(salutations|sentiments) (distinguees|distingues|respectueuses|respectueux|les meilleurs|les meilleures)', '(avec )?mes (salutations|sentiments) (distinguees|distingues|respectueuses|respectueux|les meilleurs|les meilleures)', 'respectueusement', 'tres cordialement', '(bien |tres )?amicalement', 'au plaisir', 'bonne continuation',
    // The whole formula of a formal letter: «Je vous prie d'agréer, Monsieur le Directeur, l'expression de mes salutations distinguées».
    "(je vous prie d'agreer|veuillez agreer|je vous prie de recevoir|veuillez recevoir)(,? [\\p{L}'-]+){0,8},? (l'expression de )?(mes|nos) (salutations|sentiments|respects)( [\\p{L}-]+){0,3}", '(bien )?confraternellement', 'je vous remercie( par avance)?'],
  addressees: ['professeur', 'professeure', 'docteur', 'docteure', 'maître', 'madame', 'monsieur', 'mademoiselle', 'équipe', 'tous'],
  nameParticles: ['de', 'du', 'des', 'le', 'la'],
  notNames: [
    // Qui a fait quelque chose, sans nom : « qui m'a parlé de vous ».
    'qui', 'quiconque',
    // Les démonstratifs ne sont jamais des noms : « à ce salon ».
    'ce', 'cet', 'cette', 'ces',
    'je', "j'ai", 'moi', 'mon', 'ma', 'mes', 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'il', 'nous', 'notre', 'on', 'le', 'la', 'les',
    'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'mais', 'bonjour', 'merci', 'linkedin', 'madame', 'monsieur', 'mme', 'm', 'dr', 'tout', 'toute', 'tous', 'toutes',
  ],
  nounMarkers: [],
  abbreviations: ["M", "Mme", "Mlle", "Dr", "Pr", "Me", "env", "cf"],
  functionWords: ['le', 'les', 'et', 'des', 'du', 'vous', 'votre', 'vos', 'je', "j'ai", 'nous', 'pour', 'avec', 'une', 'est', 'sur', 'au', 'aux', 'mon', 'ce', 'cette', 'suis', 'dans', 'pas', 'ne', 'moi', 'toi', 'ici', 'était', "c'est", 'salut', 'ravi', 'ravie', 'bonjour', 'merci'],
  grammar: {
    definiteArticles: ['le', 'la', 'les'],
    indefinites: ['un', 'une'],
    possessives: ['mon', 'ma', 'mes'],
    someone: ["quelqu'un"],
    and: ['et'],
    or: ['ou'],
    clauseOpeners: ['que', "qu'"],
    questionTags: ['non'],
    questionVerbs: [],
    topicMarkers: ['à propos de', 'au sujet de'],
    nameJoiners: ['de', 'du', 'des', 'la', 'le'],
    workplaceMarkers: ['chez'],
    originMarkers: ['de'],
    organisationMarkers: ['chez', 'pour', 'de'],
    anyEvent: ['événement', 'événements'],
    nameArticles: [],
    selfHere: ['ici'],
    recentTimes: ['hier', 'hier soir', 'la semaine dernière', 'le mois dernier', "l'année dernière", 'ce matin', 'cette semaine'],
  },
} satisfies FramePhrases;
