import type { HeadingLanguage } from '../types.js';

export default {
  invitation: {
    phrases: ['invitations?', 'demandes? de (connexion|contact|mise en relation)', "notes? (d'invitation|de connexion)"],
    examples: ['Demandes de connexion', "Notes d'invitation"],
    not: ['Notes', 'Connexion au serveur'],
  },
  afterAccepting: {
    phrases: ["apres (l'acceptation|acceptation|avoir accepte|la connexion)", "(une fois|quand|lorsqu'(il|elle)) (accepte|acceptee|connectes?)", 'suivi', 'relances?', 'messages? de (bienvenue|remerciement)', 'merci (de|pour) (la connexion|avoir accepte)', 'premier message', 'premier degre', 'deja connecte(e)?s?'],
    examples: ["Suivi après l'acceptation", 'Message de bienvenue', 'Relance'],
    not: ['Anciens élèves', 'Après le salon'],
  },
  inMail: {
    phrases: ['in-?mails?'],
    examples: ['InMail aux recruteurs'],
    not: ['Liste de diffusion'],
  },
  email: {
    phrases: ['e-?mails?', 'courriels?', 'mails?'],
    examples: ['E-mail de prospection', 'Courriel'],
    not: ['Courrier du cœur'],
  },
  reply: {
    phrases: ['reponses?', 'repondre', "s'(il|ils|elle|elles) (repond|repondent)"],
    examples: ['Réponses', "S'il répond"],
    not: ['Responsable commercial'],
  },
  context: {
    phrases: ['anciens? eleves?', 'alumni', 'meme (ecole|universite|promo|promotion)', 'evenements?', 'conferences?', 'salons?', 'meetups?', 'webinaires?', 'webinars?', 'troisieme degre', '3e degre'],
    examples: ['Anciens élèves', 'Après une conférence', 'Salon professionnel'],
    not: ['Éventuellement'],
  },
  sharedContact: {
    phrases: ['(contacts?|relations?|amis?) (en commun|communs?|communes?)', 'en commun', 'mutuel(le)?s?', 'recommande(e)?s? par', 'recommandations?', '(presente|presentee|introduit|introduite)s? par', 'de la part de', 'deuxieme degre', '2e degre'],
    examples: ['Relation en commun', 'Recommandé par un collègue', 'De la part de Marc'],
    not: ['Communication'],
  },
} satisfies HeadingLanguage;
