import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: [
    // Nommé avant : « Julie Pelletier a partagé ton épisode de balado ».
    "a (partage|transfere|fait suivre|envoye|relaye) (ton|ta|tes|votre|vos)(?!\\p{L})",
    // Nommé avant : « Jean Dupont vous a sans doute parlé de moi », « m'a souvent parlé de votre reconversion », « que vous connaissez bien », « m'a encouragé à vous écrire ».
    "(vous a|t'a)( sans doute| surement| certainement| probablement| deja| peut-etre)* parle de moi(?!\\p{L})",
    "m'a (souvent |beaucoup |tant |si )?(parle|dit du bien|dit beaucoup de bien) de (votre|ton|ta|vos|tes)(?!\\p{L})",
    'que (vous|tu) (connaissez|connais|connaissiez|connaissais)( (bien|sans doute|probablement|certainement|aussi|deja))?(?!\\p{L})',
    "m'a (encourage|encouragee|pousse|poussee|incite|incitee|invite|invitee) a (vous|te) (contacter|ecrire|joindre|solliciter)(?!\\p{L})",
    // Nommé avant : « Julie Martin (mon ancienne collègue) pense que vous êtes la bonne personne ».
    "(pense|pensait|trouve|estime) que (vous etes|tu es) (la bonne personne|le bon interlocuteur|la bonne interlocutrice|la personne a qui|l'expert|l'experte)",
    // Nommé avant : « Julien Morel vous salue bien ».
    '(vous|te) (salue|saluait|passe le bonjour|embrasse)(?!\\p{L})',
    // Nommé avant : « Comme Quentin a dû te le dire », « qui a siégé avec vous au conseil ».
    '(a du|a dû|aura|avait) (te|vous) (le )?(dire|prevenir|parler|annoncer)(?!\\p{L})',
    'qui a (siege|travaille|collabore|etudie|joue|milite) avec (vous|toi)(?!\\p{L})',
    // Nommé avant : « parle de vous en termes très élogieux », « m'a mis en relation avec vous », « pensait que nous devrions nous rencontrer ».
    'parle de (vous|toi) en (termes )?(tres |si )?(elogieux|flatteurs|bons termes)(?!\\p{L})',
    "m'a (mis|mise) en (relation|contact|lien) avec (vous|toi)",
    '(pensait|pense|trouvait|trouve|estimait|estime) que nous (devrions|devions|devons) nous (rencontrer|connaitre|parler|voir)(?!\\p{L})',
    // Nommé avant : « Karim dit que tu cherches un dev React », « Agnès Morel nous a présentées lors du cocktail ».
    "(dit|disait|m'a dit|me disait) que (tu|vous) (cherches|cherchez|recrutes|recrutez|as|avez|es|etes|montes|montez|lances|lancez|prepares|preparez)(?!\\p{L})",
    "nous a (presente|presentes|presentee|presentees|mis en contact|mises en contact|mis en relation|mises en relation)(?!\\p{L})",
    // Nommé avant ce qu'il a soufflé ou glissé : « Benoît Lagarde me souffle que vous… », « Thomas m'avait glissé votre nom ».
    "me (souffle|soufflait|glisse|glissait|jure|jurait|assure|assurait) que (vous|tu|t'|c'est (vous|toi))",
    "(m'a|m'avait) (glisse|donne|passe|souffle|transmis|file) (votre|ton) (nom|contact|numero|profil)",
    // Nommé avant : « Hélène Garnier m'a appris ta nouvelle fonction », « Sylvain m'a fait écouter votre épisode ».
    "m'a (appris|annonce|fait savoir|fait suivre|fait ecouter|fait lire|fait decouvrir|fait passer|transfere)",
    // Nommé avant : « Florian Le Goff m'assure que vous êtes la bonne personne ».
    "(m'assure|m'a assure|me confirme|m'a confirme|me dit|m'a dit|m'indique|m'a indique|me signale|m'a signale|me precise|m'a precise) que",
    // Nommé avant : « c'est Toto (Antoine Lambert) qui m'a passé ton numéro ».
    "qui m'a (oriente|conseille|passe|donne|recommande|parle)",
    // Nommé avant : « je vois que Karim Benali fait partie de nos relations communes ».
    '(fait partie de|est dans|figure parmi|est parmi) (nos|vos|mes|tes) (relations|contacts|connexions)',
    // Le nom avant : « Isabelle Fontaine m'a souvent parlé de vous ».
    "m'a (souvent |beaucoup |tant |si )?(parle|dit du bien|dit beaucoup de bien) de (vous|toi)",
    'en commun(?!e)', "m'en a (parle|dit|touche un mot)", "(me dit|m'a dit|m'a raconte|me raconte) que (vous|tu|ton|ta|votre)", "m'a (parle|dit|conseille|recommande|suggere|donne|transmis|presente|oriente|indique|signale|confie|glisse|souffle|explique|transfere|envoye|partage|montre)(?! (envie|l'envie|le gout|l'idee|des idees|matiere)(?!\\p{L}))", "avec qui (tu as|vous avez|tu avais|vous aviez) (bosse|travaille|etudie|collabore|joue|fait|cosigne|co-signe|signe|plaide|negocie|monte|lance|cree|cofonde|co-fonde|publie|ecrit|enseigne|organise|code)", "qui (te|vous) connait", "(te|vous) passe le bonjour", 'nous a (presentes|mis en contact)'],
  inCommon: ['(ami|amie|contact|connaissance|relation|collegue|partenaire|client|cliente)s? (en )?commune?s?', 'nous connaissons( tous les deux| toutes les deux| tous deux| toutes deux)?', '(nous sommes|on est)( tous les deux| toutes les deux| tous deux| toutes deux)? (en lien|en contact|connecte(e)?s) avec'],
  knownThrough: [
    // Le nom après, de qui les a présentés, ou un proche de l'expéditeur : « suite à l'intro de Léa », « ma sœur Camille a été votre stagiaire ».
    "(suite a|apres|grace a|merci pour|merci a) (l'intro|l'introduction|la mise en relation|la presentation|la recommandation) (de|d(?='))",
    '(ma|mon) (soeur|sœur|frere|cousine|cousin|fille|fils|femme|mari|compagne|compagnon|mere|pere|tante|oncle|belle-soeur|belle-sœur|beau-frere|niece|neveu)(?!\\p{L})',
    // Le nom après : « je tiens votre nom du professeur Martin », « votre nom est revenu au déjeuner avec Brigitte Laurent », « au mariage de Camille et Antoine ».
    '(je tiens|je tenais) (votre|ton) (nom|contact|numero|adresse) (de|du|des|d(?=\'))',
    '(votre|ton) nom (est revenu|est sorti|a ete cite|a ete mentionne|revient|sort)( [\\p{L}-]+){0,6} avec(?! (plusieurs|des|quelques|mes|nos|les|une|un|d\'autres)(?!\\p{L}))(?!\\p{L})',
    "(mariage|anniversaire|pot de depart|cremaillere|fete|soiree|bapteme|barbecue) (de|d(?='))(?! (la|le|les|l'|notre|nos|votre|vos|mon|ma|mes|ton|ta|tes|fin|rentree|lancement|l'entreprise)(?!\\p{L}))",
    // Le nom après : « nous étions toutes deux en relation avec Claudia Meier », « j'ai vu que vous étiez en contact avec [Nom] ».
    "(nous sommes|nous etions|on est|on etait|vous etes|vous etiez|tu es|tu etais)( tous les deux| toutes les deux| tous deux| toutes deux)? (en relation|en lien|en contact|connecte|connectee|connectes|connectees|relie|reliee|relies|reliees) (avec|a)(?! (plusieurs|beaucoup|de nombreux|de nombreuses|des|quelques|pas mal|tant|tous|toutes|la plupart|certains|certaines|d'autres|mes|vos|nos|les|une|un)(?!\\p{L}))(?!\\p{L})",
    // Le nom après, entre les deux : « nous avons <Nom> en commun ».
    "(nous avons|on a)(?=( (?!(contacts?|amis?|amies|relations?|connaissances?|connexions?|personnes|gens|points?|choses?)(?!\\p{L}))[\\p{L}\\p{N}.<>{}_-]+){1,3} en commun(?!\\p{L}))",
    // Le nom après : « j'ai travaillé sous la direction de Paul Martin », « on a failli se rencontrer plusieurs fois via Lucas ».
    "(sous la direction|sous la houlette|sous les ordres) (de|d(?='))",
    "(rencontrer|rencontres|rencontrees|croiser|croises|croisees|connus|connues)( [\\p{L}-]+){0,4} via(?!\\p{L})",
    // Le nom après : « c'est par Julien Morel que j'ai appris… ».
    "c'est (par|via|grace a|grâce à)(?!\\p{L})",
    // Le nom après : « suite à notre échange avec Olivier Mercier ».
    '(notre|nos) (echange|echanges|discussion|conversation|dejeuner|diner|rendez-vous|reunion) avec(?!\\p{L})',
    // Le nom après : « j'ai eu votre contact par Julien Morel ».
    "(j'ai eu|j'ai recu|j'ai obtenu|j'ai trouve) (votre|ton) (contact|nom|numero|adresse|profil) (par|de la part de|grace a|via|aupres de)",
    // Le nom après : « nous avons tous les deux travaillé avec Olivier Besson ».
    '(nous avons|on a) (tous|toutes) (les )?deux (travaille|bosse|etudie|collabore|joue|milite) avec',
    // Le nom après : « notre ami Sylvain », « notre collègue Nadia ».
    '(notre|nos) (ami|amie|amis|amies|collegue|collegues|connaissance|contact)( commune?s?)?',
    // Le nom après : « ton pote [Nom] de la promo 2019 », « votre ancienne collègue Chloé ».
    '(ton|ta|votre) (ancien |ancienne )?(pote|ami|amie|copain|copine|collegue|associe|associee|binome)',
    // Nommé après : « c'est en déjeunant avec Géraldine Moreau que votre nom est sorti ».
    "en (dejeunant|discutant|parlant|echangeant|travaillant) avec",
    // Le nom après : « j'ai vu que vous connaissiez Paul Martin ».
    "(vu|vois|remarque) que (tu|vous) (connais|connaissais|connaissez|connaissiez)",
    // Le nom après : « le frère de Julien », « nous connaissons toutes les deux Hélène Besson ».
    '(frere|s(oe|œ)ur|cousin|cousine|ami|amie|pote|copain|copine|collegue|associe|associee|fils|fille|femme|mari|compagne|compagnon|beau-frere|belle-s(oe|œ)ur|voisin|voisine|coloc|colocataire|binome|doctorant|doctorante|stagiaire|eleve|mentore) (de|d(?=\'))',
    '(nous|on) (connaissons|connait|connaissons bien) (tous|toutes)? ?(les deux|tous deux|toutes deux)',
    // Le nom après : « grâce à Manon on a fini dans le même groupe », « nous avons en commun Jean-Baptiste Leroy ».
    "grace a(?! (notre|nos|mon|ma|mes|votre|vos|ton|ta|tes|leur|leurs|la|le|les|l'|un|une|des|ce|cet|cette|ces)(?!\\p{L}))", '(nous avons|on a) en commun',
    '(vous connaissez|tu connais|connaissez-vous|connais-tu)', 'de la part (de|d(?=\'))', "(par l'intermediaire|par le biais|sur les conseils|sur la recommandation) d(e|u|(?='))"],
  countInCommon: ['(partageons|avons|partage|a) (plusieurs|beaucoup de|de nombreuses|de nombreux|quelques|pas mal de) (connaissances|relations|contacts|connexions)', '(\\d+|<slot>) (relations|contacts|connexions)( en commun)?', '(plusieurs|beaucoup de|de nombreuses|de nombreux|quelques) (relations|contacts|connexions)( en commun)'],
  referrerPronouns: ['elle', 'il'],
  // « J'ai travaillé sept ans aux côtés de Stéphane Guérin chez Equip'Auto, et il m'a souvent parlé de vous ».
  referrerCompanions: ['avec', 'aux cotes de', 'et'],
  signedThrough: ['(via|de la part de|grace a|recommande par|recommandee par)(?<=[\\n,(—–|·-]\\s{0,2}(via|de la part de|grace a|recommande par|recommandee par))'],
  placedAt: [
    // Une équipe ou des gens d'un lieu, nommé après, pas quelqu'un : « L'équipe de Station F m'a orienté », « ancien de chez Decathlon », « des contacts communs chez Airbus ».
    "(equipe|equipes|service) (de la|de l(?=')|de|du|des|d(?='))",
    "(ancien|ancienne|anciens|anciennes|collegues?|contacts?|relations?|gens|personnes|quelqu'un)( communs?)? (de )?chez",
  ],
} satisfies SharedContactPhrases;
