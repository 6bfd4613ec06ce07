import type { CueLanguage } from '../types.js';

export default {
  meeting: {
    // "Croisé" spelled out: its stem is also "je crois" (I think).
    phrases: ["(je vous ai|je t'ai) (vu|vue|vus|vues|entendu|entendue)(?= (presenter|parler|pitcher|intervenir|animer)(?!\\p{L}))", "(tu m'as|tu nous as|vous m'avez|vous nous avez) (dit|raconte|mentionne|explique|montre)", "(super|excellent|tres bon|bon|beau|chouette|genial|top|merci pour (le|ton|votre|ta|la)) (talk|talks|conference|intervention|presentation|expose|atelier|demo|keynote|pitch)", "(ton|ta|votre) (point|avis|question|remarque|commentaire|intervention|reponse|conseil|pitch|demo) (sur|a propos|au sujet|concernant|a|au|lors)", "(je )?(t'|vous )(avais|ai) promis", "a cote (de toi|de vous|de ton|de votre|du tien|du votre|l'un de l'autre)", "cote a cote", "crois(e|es|ee|ees|er|ions|ons|iez|ait|aient)", "cote a cote", "(nous etions|on etait) (assis |places )?(voisins|a la meme table|ensemble)", "(on|nous) partagea(it|ions)", "vus", "en personne", "(voisins|voisines|voisin|voisine) de (table|stand|siege|rangee)", "c'est (vous|toi) qui (avez|as) (demande|pose|interroge|interpelle)", "(deux|trois|quelques|\\d+) rangs? (derriere|devant)"],
    words: ["rencontrer", "rencontré", "échanger", "échangé", "échange", "discuter", "discuté", "discussion", "conversation", "parler", "parlé", "jaser", "jasé", "placoter"],
    examples: ['Nous nous sommes croisés', 'notre échange'],
    not: ['Je serais ravi de vous ajouter.'],
  },
  eventNoun: {
    phrases: ["petit-dejeuner", "table ronde", "pause(-| )cafe", "coffee ?break"],
    words: ["pavillon", "awards", "salon", "conférence", "congrès", "forum", "événement", "atelier", "webinaire", "meetup", "soirée", "déjeuner", "dîner", "stand", "sommet", "séminaire", "session", "keynote", "hackathon", "hackaton", "afterwork", "masterclass", "brocante", "foire", "summit", "cocktail"],
    examples: ['au salon', 'lors du dîner'],
    not: ['votre feuille de route'],
  },
  locative: {
    phrases: ['a', 'au', 'aux', 'devant', 'lors de', 'lors du', 'lors des', 'durant', 'au cours de', 'pendant', 'apres', 'sur'],
    examples: ['au salon', 'lors de la conférence'],
    not: ['de la route'],
  },
  contentNoun: {
    phrases: [],
    words: ["publication", "post", "article", "fil", "billet", "newsletter", "podcast", "épisode", "conférence", "intervention", "vidéo", "commentaire", "présentation", "thèse", "étude", "interview", "webinaire", "atelier", "tribune", "livre"],
    examples: ["l'article", "votre publication"],
    not: ["la page tarifs"],
  },
  authored: {
    phrases: ["que (vous avez|tu as) (ecrit|partage|publie|lance|donne|presente)(e|es|s)?", "(votre|ta) reponse (a|au|aux|sous)"],
    examples: ["l'article que vous avez écrit", "la publication que vous avez partagée"],
    not: ["vous travaillez chez Acme"],
  },
  shared: {
    phrases: ["vous et moi", "toi et moi", "tous (les )?deux", "toutes (les )?deux", "meme", "ensemble", "camarades?", "comme moi", "moi aussi"],
    examples: ["la même promo", "tous les deux"],
    not: ["je donne aussi un cours"],
  },
  educationNoun: {
    phrases: ["mba", "university", "business school", "erasmus", "batch", "ecole", "universite", "promo", "promotion", "master", "formation", "programme", "cours", "classe", "labo", "laboratoire", "prepa", "bootcamp", "these", "cohorte", "incubateur", "accelerateur"],
    examples: ['ancienne de Boston University moi aussi', "la même promo", "le même master"],
    not: ["l'équipe produit"],
  },
  offerVerb: {
    phrases: ["(je peux|je pourrais|je serais ravie? de) (vous|te) (envoyer|partager|transmettre|montrer)", "j'ai prepare", "j'ai redige", "(je|nous) (vous|te) (envoie|envoyons|transmets|transmettons|partage|partageons) (volontiers|avec plaisir|bien volontiers)"],
    examples: ["je peux vous envoyer", "je vous envoie volontiers"],
    not: ["envoyez-moi un message"],
  },
  offerNoun: {
    phrases: ["notes", "donnees"],
    words: ["analyse", "modèle", "checklist", "guide", "rapport", "étude", "comparatif", "audit", "liste", "note", "vidéo", "fiche", "corrections"],
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
    phrases: ["(je serai|je vais etre|tu seras|vous serez|je participe|vous participez|tu participes|je participerai|vous participerez|tu participeras|vous intervenez|tu interviens|j'assiste|vous assistez|tu assistes)( aussi| egalement)? (a|au|aux|la)", "on se voit (la-bas|a|au)", "(j'ai vu|je vois) que (vous allez|tu vas|vous serez|tu seras) (a|au|aux)(?!\\p{L})", "j'y (serai|vais|participe|suis inscrit|suis inscrite)( aussi| egalement)?(?!\\p{L})"],
    examples: ['Je serai au Salon VivaTech', 'vous intervenez aussi à la conférence'], not: ['Je serai ravi de vous aider'],
  },
  relative: {
    phrases: ["(un|une|deux|trois|\\d+) (ans?|annees?) (avant|apres) (toi|vous)", "(avant|apres) (toi|vous)(?=\\s*[,.;:)!?]|\\s*$)", "quand (tu|vous) (terminais|terminiez|finissais|finissiez|partais|partiez)"],
    examples: ["dans la même école, deux promos après vous", "j'ai commencé le master quand vous terminiez"],
    not: ["je vous écris avant la fin du mois", "après vous avoir écouté"],
  },
  offerMade: {
    phrases: ["(j'ai|nous avons|on a)( pris)? (quelques|des|plusieurs|de belles|de bonnes|\\p{N}+)( belles| bonnes| jolies| tres belles)? (photos|images|cliches|prises de vue|videos) (de|du|des) (votre|ton|ta|vos|tes)(?!\\p{L})", "(j'ai|nous avons|on a) compare", "(j'ai|nous avons|on a) (decortique|epluche|audite|teste|passe en revue|analyse|releve)", "(je tiens|nous tenons|on tient) a jour", "(mon|ma|notre|mes|nos) (modele|template|fichier|tableau|gabarit|checklist|outil|script|kit|guide)", "(j'ai|nous avons|on a) passe( [\\p{L}\\p{N}'-]+){1,7} au crible", "(j'ai|nous avons|on a|je (t'|vous )ai|nous (t'|vous )avons|on (t'|vous )a) (compile|prepare|rassemble|cree|realise|redige|monte|construit|ecrit|documente|elabore|recense|compare|enregistre|filme|analyse|audite|mesure|teste|chronometre|verifie|scanne)", "(j'ai|nous avons|on a) fait (une|un)( [\\p{L}-]+){0,2} (analyse|audit|video|comparatif|benchmark|etude|diagnostic|maquette)"],
    examples: ["j'ai quelques belles photos de votre stand", "j'ai comparé les tarifs de 20 fournisseurs", "j'ai compilé les tarifs de 25 agences", "nous avons préparé un comparatif", "je t'ai préparé une grille"],
    not: ["vous avez fait un super travail", "j'ai fait la connaissance de Paul"],
  },
  offerSend: {
    phrases: ["(voulez-vous|veux-tu|souhaitez-vous|aimeriez-vous) que je (vous|te) (les|le|la|l')(?!\\p{L})", "(je|nous) (vous |te )?(le |la |les )?partage(ons)? (volontiers|avec plaisir|bien volontiers)", "(dites|dis)-moi si (vous|tu) (le|la|les) (voulez|veux|souhaitez)", "(vous|te) (l'|le |la |les )(envoie|envoyer|transmets|transmettre|partage|partager|passe|passer|fais suivre|faire suivre)", "(vous|te) (envoie|transmets|partage|passe) (le|la|les|mon|ma|mes|notre|nos)( [\\p{L}-]+)? (pdf|fichier|rapport|document|lien|tableau|audit|video|liste|resultats|grille|version|modele|template|adaptation|maquette|synthese|analyse|etude|comparatif|benchmark|diagnostic|resume|compte-rendu)"],
    examples: ["voulez-vous que je vous les envoie", 'je partage volontiers le tableau', "je vous l'envoie volontiers", "je peux te les transmettre", "je vous envoie la synthèse d'une page"],
    not: ["envoyez-moi votre CV", "je vous envoie une invitation"],
  },
  sharedMoment: {
    phrases: ["(tu m'as|vous m'avez|tu nous as|vous nous avez) (prete|aide|montre|explique|donne|sauve|appris|passe)(?!\\p{L})", "(tu avais|vous aviez|tu portais|vous portiez) (le|la|les|un|une|ce|cette|ton|ta|tes|votre|vos)(?!\\p{L})"],
    examples: ["vous m'avez prêté votre chargeur", "tu avais le prototype"],
    not: ["je vous prête mon chargeur", "comment vous aviez décroché votre premier poste"],
  },
  sharedScene: {
    phrases: ["(vous et moi|toi et moi|nous deux|nous|on) (etions|etait|avons (discute|echange|partage|parle|debattu|bavarde)|a (discute|echange|partage|parle|debattu|bavarde)|nous sommes (croises|croisees|assis|assises|parle)|s'est (croises|croisees|assis|parle))(?!\\p{L})"],
    examples: ["nous étions à la même table", "on a discuté de vos pompes au Salon"],
    not: ["nous sommes ravis", "Camille m'a parlé de toi"],
  },
  readerActed: {
    phrases: ["(vous|tu) (etiez|etais|aviez (pose|repondu|demande|gagne|presente|anime|modere)|avez (pose|repondu|demande|gagne|presente|anime|modere|corrige|fusionne|merge|relu)|as (pose|repondu|demande|gagne|presente|anime|modere|corrige|fusionne|merge|relu))(?!\\p{L})"],
    examples: ["vous avez répondu à ma question", "tu étais à la table"],
    not: ["vous avez une belle équipe"],
  },
  senderActed: {
    phrases: ["(j'ai|j'avais) (pose|repondu|demande|gagne|presente|anime|modere|signale|ouvert|envoye|soumis|propose|ecrit)(?!\\p{L})", "j'etais (le|la|l'|un|une|celui|celle)(?!\\p{L})"],
    examples: ["j'ai signalé deux bugs", "j'étais le modérateur"],
    not: ["j'ai vu votre post", "j'ai lu votre article"],
  },
  recalled: {
    phrases: ["(cette|ces|ce) (semaine|soiree|nuit|journee|annee|fois|voyage|week-end|ete)(?!\\p{L})", "(toi|vous) avec (le|la|les|ton|ta|tes|votre|vos)", "(tu te souviens|vous vous souvenez|tu t'en souviens)", "(tu as|vous avez|nous avons|on a) (\\p{L}+e|fait|pris|mis|dit|ecrit)(?!\\p{L})", "(meme|la meme) (table|equipe|salle|classe|promo|rangee)", "(tu te souviens|vous vous souvenez)"],
    examples: ["Vous avez corrigé mon mémoire.", "la même table"],
    not: ["Je corrige des mémoires."],
  },
  sender: {
    phrases: ["(je|j'|moi|mon|ma|mes|nous|notre|nos|suis|sommes)"],
    examples: ["Je suis de l'ESSEC, promo 2015."],
    not: ["ESSEC, promo 2015."],
  },
  addressee: {
    phrases: ['(vous|votre|vos|tu|te|toi|ton|ta|tes)'],
    examples: ['Comment votre équipe a-t-elle géré la migration ?'],
    not: ["Comment l'équipe a-t-elle géré la migration ?"],
  },
  notAboutThem: {
    phrases: [
      "(\\d+|cinq|dix|quinze|vingt|trente)( |-)?(min|minutes?)", "(un|une|le|la)( petit| court| bref| rapide)? (appel|échange|rendez-vous|démo|visio|call|café)", "(la semaine prochaine|cette semaine|lundi|mardi|mercredi|jeudi|vendredi)", "calendly",
      "(seriez|serais|êtes|es)-(vous|tu) (intéressée?s?|ouverte?s?|disponibles?)", "(cela|ça) (vous|te) (intéresse|intéresserait|dirait)", "(puis|pourrais|pouvons)-(je|nous) (vous|te) (montrer|présenter|envoyer|proposer)", "(saviez|savais)-(vous|tu)",
      "comment (allez-vous|vas-tu|ça va)", "(tout|ça) va bien", "(vous|tu) aussi",
      "(on se connecte|connectons-nous|puis-je vous ajouter)",
    ],
    examples: ['Auriez-vous 15 minutes la semaine prochaine ?', 'Seriez-vous intéressé par une démo ?', 'Comment allez-vous ?'],
    not: ['Comment votre équipe a-t-elle géré la migration vers Snowflake ?'],
  },
  eventModifier: {
    // Quand, quelle taille, de quoi en général : « au grand salon de l'emploi de la semaine dernière ».
    phrases: ["(d')?hier", "(de )?(la semaine|le mois|l'année) derni[eè]re?"],
    words: ["dernier", "derniere", "recent", "prochain", "annuel", "grand", "grande", "petit", "petite", "super", "local", "regional", "national", "international", "virtuel", "meme", "autre", "premier", "premiere", "final", "officiel", "tech", "networking", "affaires", "entreprise", "equipe", "startup", "marketing", "vente", "produit", "design", "donnees", "ia", "finance", "emploi", "alumni", "communaute", "famille", "soir", "matin", "ete", "hiver", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "secteur"],
    examples: ['au grand salon de la semaine dernière', "à l'afterwork networking d'hier"],
    not: ['au salon VivaTech'],
  },
  networkTalk: {
    // Se connecter et les réseaux, chercher un poste, leur contenu en général : « élargir mon réseau ».
    phrases: ["nouveaux? défis?", "nouvelles opportunités", "postes? ouverts?", "(connectons|connectez)", "(personnes|profils|professionnels) comme (vous|toi)"],
    words: ["connecter", "connexion", "réseau", "contact", "networking", "linkedin", "contenu", "profil", "synergie", "gens"],
    examples: ["j'aimerais élargir mon réseau dans la logistique", 'je cherche un nouveau défi', "j'apprécie beaucoup votre contenu", 'connectons-nous'],
    not: ['votre étude sur le port du Havre m\'a beaucoup servi'],
  },
  opening: {
    // Un poste ouvert ou à pourvoir : « est-ce que Bioréalités recrute ? ».
    phrases: ["recrut(e|ez|ent|ons)", "postes? (ouverts?|à pourvoir|vacants?)", "offres? d'emploi"],
    examples: ['Est-ce que Bioréalités recrute en ce moment ?', 'des postes ouverts chez [Entreprise] ?'],
    not: ['ma recrue de septembre'],
  },
  eventOf: {
    // Ce qui mène de l'événement à son nom : « au forum emploi de la cité des métiers ».
    phrases: ["de", "du", "des", "d(?=')"],
    examples: ['au forum emploi de la cité des métiers', "au salon d'automne"],
  },
  exemplar: {
    // Avant un exemple d'un type : « des industriels comme Ardent », « des enseignes telles que Darty ».
    phrases: ['comme', '(tel|tels|telle|telles) que'],
    examples: ['Nous aidons des industriels comme Ardent à réduire leurs rebuts', 'des enseignes telles que Darty'],
  },
  vagueGain: {
    phrases: ["accelerer (leur|votre|ta|sa|notre) croissance", "(croitre|grandir|se developper)( plus vite)?(?=\\s*[.!?,;:]|\\s*$| (and|y|e|et|und|en|with us|con nosotros|com a gente)(?!\\p{L}))", "(developper|faire grandir|faire croitre) (leur|votre|son|ton) (activite|entreprise|business|marque)", '(plus de|nouveaux) (clients|leads|ventes|rendez-vous)', 'vendre plus', '(augmenter|booster|doubler|developper) (leur |votre |son |ses |leurs )?(ventes|chiffre d\'affaires|ca|croissance|activite)', 'au niveau superieur', 'apporter de la valeur'],
    examples: ['nous aidons des PME comme Ardent à booster leurs ventes', 'plus de clients'],
    not: ['réduire leurs rebuts de moitié'],
  },
  askingWhether: {
    phrases: ["(je voulais|je voudrais|j'aimerais|je souhaitais|je souhaiterais) (vous |te )?(demander|savoir) (si|s'|comment|quand|ou|quel|quelle|quels|quelles)", "je me demandais (si|s'|comment)"],
    examples: ['je voulais vous demander si votre laboratoire accueille des stagiaires', 'je me demandais comment vous avez géré la migration'],
    not: ['je voulais vous demander de rejoindre mon réseau'],
  },
  congratulation: {
    phrases: ['(felicitations|bravo)(?!\\p{L})'],
    examples: ['Félicitations pour ton nouveau poste !', 'tu as repris la boulangerie, bravo !'],
    not: ['je félicite votre équipe'],
  },
  meetUp: {
    phrases: ['on se (fait|prend|boit) (un|une) (cafe|verre|dejeuner|diner|apero|biere)', '(un|une) (cafe|verre|dejeuner|apero|biere)( bientot| un de ces jours| pour feter ca)(?!\\p{L})'],
    examples: ['On se fait un café quand tu passes à Lyon ?', 'un verre pour fêter ça ?'],
    not: ['notre café de spécialité'],
  },
} satisfies CueLanguage;
