import type { CueLanguage } from '../types.js';

export default {
  meeting: {
    phrases: ['rencontre(e|s|es)?', 'croise(e|s|es)?', 'echange', 'echanges', 'echange(e|s|es)?', 'discute', 'discussion', 'conversation', 'parle', 'vus', 'en personne'],
    examples: ['Nous nous sommes croisés', 'notre échange'],
    not: ['Je serais ravi de vous ajouter.'],
  },
  eventNoun: {
    phrases: ['salons?', 'conferences?', 'congres', 'forums?', 'evenements?', 'ateliers?', 'webinaires?', 'meetups?', 'soirees?', 'dejeuners?', 'diners?', 'petit-dejeuner', 'stands?', 'table ronde', 'sommets?', 'seminaires?', 'sessions?', 'keynotes?'],
    examples: ['au salon', 'lors du dîner'],
    not: ['votre feuille de route'],
  },
  locative: {
    phrases: ['a', 'au', 'aux', 'lors de', 'lors du', 'pendant', 'apres', 'sur'],
    examples: ['au salon', 'lors de la conférence'],
    not: ['de la route'],
  },
  contentNoun: {
    phrases: ["publications?", "posts?", "articles?", "fils?", "newsletter", "podcasts?", "episodes?", "conferences?", "interventions?", "videos?", "commentaires?", "presentations?"],
    examples: ["l'article", "votre publication"],
    not: ["la page tarifs"],
  },
  authored: {
    phrases: ["que (vous avez|tu as) (ecrit|partage|publie|lance|donne|presente)"],
    examples: ["l'article que vous avez écrit"],
    not: ["vous travaillez chez Acme"],
  },
  shared: {
    phrases: ["vous et moi", "toi et moi", "tous (les )?deux", "toutes (les )?deux", "meme", "ensemble", "camarades?"],
    examples: ["la même promo", "tous les deux"],
    not: ["je donne aussi un cours"],
  },
  educationNoun: {
    phrases: ["ecole", "universite", "promo", "promotion", "master", "formation", "programme", "cours", "classe", "labo", "laboratoire", "prepa", "bootcamp", "these"],
    examples: ["la même promo", "le même master"],
    not: ["l'équipe produit"],
  },
  offerVerb: {
    phrases: ["(je peux|je pourrais|je serais ravie? de) (vous|te) (envoyer|partager|transmettre|montrer)", "j'ai prepare", "j'ai redige"],
    examples: ["je peux vous envoyer"],
    not: ["envoyez-moi un message"],
  },
  offerNoun: {
    phrases: ["analyses?", "modeles?", "checklists?", "guides?", "rapports?", "etudes?", "comparatifs?", "audits?", "listes?", "notes", "donnees"],
    examples: ["notre analyse", "un modèle"],
    not: ["votre équipe"],
  },
  personNoun: {
    phrases: ["ami(e|s|es)?", "collegues?", "quelqu'un", "contacts?", "relations?", "manager", "patron(ne)?", "mentor", "professeur", "clients?", "associe(e|s)?", "equipe", "commun(e|s)?", "mon", "ma", "mes", "un", "une", "le", "la"],
    examples: ["un ami", "ma collègue"],
    not: ["paul martin"],
  },
  together: {
    phrases: ['aussi', 'egalement', 'meme', 'tous (les )?deux', 'toutes (les )?deux', 'ensemble', 'camarades?'],
    examples: ["J'ai aussi étudié à [École].", 'Nous avons fait la même [Formation].', 'Vous et moi sommes passés tous les deux par la même école.'],
    not: ['J’étudie à [École] et j’aimerais apprendre de professionnels comme vous.', "J'étudie à [École] et je cherche un stage."],
  },
  attending: {
    phrases: ["(je serai|je vais etre|tu seras|vous serez|je participe|vous participez|tu participes|je participerai|vous participerez|tu participeras|vous intervenez|tu interviens|j'assiste|vous assistez|tu assistes)( aussi| egalement)? (a|au|aux|la)", "on se voit (la-bas|a|au)"],
    examples: ['Je serai au Salon VivaTech', 'vous intervenez aussi à la conférence'], not: ['Je serai ravi de vous aider'],
  },
} satisfies CueLanguage;
