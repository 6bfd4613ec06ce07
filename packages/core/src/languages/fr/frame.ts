import type { FramePhrases } from '../types.js';

export default {
  greetings: ['bonjour', 'bonsoir', 'salut', 'coucou', 'hello', 'hey', 'allo', 'maitre', 'cher', 'chere', 'madame,? monsieur', 'monsieur,? madame', 'madame', 'monsieur'],
  signOffs: ['cordialement', 'bien (a vous|cordialement)', 'merci( beaucoup| d\'avance| par avance)?', 'a bientot', 'belle journee', 'bonne (journee|soiree|semaine|fin de semaine|fin de journee)', '(meilleures|sinceres) salutations', '(bien )?confraternellement', 'je vous remercie( par avance)?'],
  addressees: ['professeur', 'professeure', 'docteur', 'docteure', 'maître', 'madame', 'monsieur', 'mademoiselle', 'équipe', 'tous'],
  notNames: [
    'je', "j'ai", 'moi', 'mon', 'ma', 'mes', 'vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'il', 'nous', 'notre', 'on', 'le', 'la', 'les',
    'un', 'une', 'des', 'de', 'du', 'et', 'ou', 'mais', 'bonjour', 'merci', 'linkedin', 'madame', 'monsieur', 'mme', 'm', 'dr',
  ],
  nounMarkers: [],
  abbreviations: ["M", "Mme", "Mlle", "Dr", "Pr", "Me", "env", "cf"],
  functionWords: ['le', 'les', 'et', 'des', 'du', 'vous', 'votre', 'vos', 'je', "j'ai", 'nous', 'pour', 'avec', 'une', 'est', 'sur', 'au', 'aux', 'mon', 'ce', 'cette', 'suis', 'dans', 'pas', 'ne', 'moi', 'toi', 'ici', 'était', "c'est", 'salut', 'ravi', 'ravie', 'bonjour', 'merci'],
} satisfies FramePhrases;
