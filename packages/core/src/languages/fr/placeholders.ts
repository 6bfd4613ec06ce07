import type { PlaceholderLanguage } from '../types.js';

export default {
  senderPossessives: { words: ['mon', 'ma', 'mes', 'votre', 'vos', 'notre', 'nos'], examples: ['[Votre Nom]', '[Votre fonction]', '{ma_societe}', '{mon_titre}'] },
  roles: {
    sender: { words: ['expediteur*', 'commercial'], examples: ['[Expéditeur]'] },
    'shared-contact': { words: ['commun', 'commune', 'communs', 'communes', 'mutuel*', 'ami', 'amis', 'amie', 'recommand*', 'parrain*'], examples: ['[Contact commun]', '[Relation commune]', '[ami mutuel]'], not: ['[Nom]', '[Communauté]'] },
    event: {
      words: ['evenement*', 'salon*', 'conference*', 'congres', 'forum*', 'webinaire*', 'atelier*', 'rencontre*', 'soiree*', 'sommet*', 'seminaire*'],
      examples: ['[Événement]', '[Nom du congrès]', '{{conférence}}', '[Atelier]'],
    },
    school: { words: ['ecole*', 'universite*', 'formation*', 'promo', 'promotion*', 'programme*', 'cursus', 'master*', 'diplome*', 'licence*'], examples: ['[École]', '[Université]', '[Promo]', '[Formation]'] },
    specific: {
      words: ['personnalis*', 'accroche*', 'specifique*', 'detail*', 'projet*', 'realisation*', 'initiative*', 'point*', 'question*', 'defi*', 'probleme*', 'chose', 'aspect*', 'objectif*', 'actualite*', 'nouvelle*', 'succes', 'lancement*', 'recent*', 'reference*', 'raison*'],
      examples: ["[actualité récente]", '[Point précis]', '[projet]', '[détail précis]', '[réalisation récente]', '[raison de la prise de contact]'],
    },
    content: { words: ['publication*', 'article*', 'post', 'posts', 'billet*', 'intervention*', 'podcast*', 'video*', 'commentaire*', 'newsletter*', 'livre*', 'contenu*'], examples: ['[Publication]', '[article]', '[titre de l’intervention]'], not: ['[Poste]'] },
    offer: { words: ['offre*', 'ressource*', 'guide*', 'modele*', 'benefice*', 'avantage*', 'proposition*'], examples: ['[Offre]', '[ressource gratuite]', '[avantage]'] },
    topic: { words: ['sujet*', 'theme*', 'thematique*', 'interet*', 'passion*', 'loisir*'], examples: ["[centre d'intérêt commun]", '[Sujet]', '[sujet]', '[thème]'] },
    company: { words: ['entreprise*', 'societe*', 'organisation*', 'client*', 'marque*', 'cabinet*', 'agence*', 'equipe'], examples: ['[Entreprise]', '{entreprise}', '[Nom de la société]'] },
    field: { words: ['secteur*', 'domaine*', 'industrie*', 'specialite*', 'marche*', 'metier*'], examples: ['{secteur}', '[Domaine/Rôle]', '[industrie]'] },
    place: { words: ['ville*', 'pays', 'region*', 'lieu'], examples: ['[Ville]', '[Pays]'] },
    group: { words: ['groupe*', 'communaute*', 'association*', 'reseau'], examples: ['[Nom du groupe]', '[Communauté]'] },
    date: { words: ['date*', 'jour*', 'annee*', 'mois', 'semaine*', 'aujourd', 'hier'], examples: ['[Date]', '[Année]', '[hier/aujourd’hui]'] },
    role: { words: ['poste*', 'fonction*', 'role*', 'titre*', 'profession*'], examples: ['[Poste]', '[Fonction]', '[Rôle]'] },
    person: { words: ['personne', 'personnes', 'contact', 'contacts', 'relation', 'relations', 'connexion', 'connexions', 'candidat*', 'investisseur*', 'intervenant*', 'confrere*', 'consoeur*', 'collegue*'], examples: ['[Personne]', '[Intervenant]', '[Nom du confrère]'] },
    name: { words: ['nom', 'noms', 'prenom*', 'civilite*', 'destinataire*'], examples: ['[Prénom]', '{nom}', '{civilite}', '[Nom]'] },
  },
  bothHave: { words: ['commun', 'commune', 'communs', 'communes'], examples: ['[projet commun]', '[point commun]'] },
} satisfies PlaceholderLanguage;
