import type { ReasonPhrases } from '../types.js';

export default {
  hooks: [
    // Comme en anglais : la suite d'un rendez-vous, ce qui leur a servi, un contact suggéré pour un but, un passé partagé, leur annonce vue : « suite à notre rendez-vous du… », « votre jeu de rôle … m'a beaucoup servi » (pas « votre profil m'a beaucoup inspirée »), « m'a suggéré de vous contacter pour coordonner… », « on avait bien rigolé chez… », « j'ai vu passer l'annonce pour… ».
    '(suite a|suite à|pour faire suite a) (notre|nos|votre|ton) (rendez-vous|rdv|echange|echanges|appel|reunion|entretien|conversation|rencontre)(?!\\p{L})',
    "(votre|ton|ta|vos|tes)(?! (profil|parcours|travail|carriere|personnalite|energie|histoire|reseau|contenu|contenus|publications|posts|experience|expertise|engagement)(?!\\p{L}))( [\\p{L}-]+){1,6} (m'a|m'ont|nous a|nous ont) (beaucoup |vraiment |tellement )?(servi|aide|aidee|inspire|inspiree|marque|marquee)(?!\\p{L})",
    "(m'a|m'avait) (suggere|conseille|recommande|propose) de (vous|te) (contacter|ecrire|joindre|appeler) (pour|au sujet|a propos)(?!\\p{L})",
    "(on avait|on a|nous avions|nous avons) (bien |tellement |beaucoup )?(rigole|bosse|travaille|galere|ri) (ensemble )?(chez|a|au|sur|pendant)(?!\\p{L})",
    "(vu passer|vu|lu) (l'annonce|l'offre|votre annonce|ton annonce|votre offre|ton offre|vos offres)(?!\\p{L})",
    // Comme en anglais, entre gens qui se connaissent : des années dans le même couloir, un café pour se raconter les nouvelles, un plaisir de collaborer sur quelque chose, des slides à envoyer : « après huit ans dans le même couloir », « on se prend un café pour se raconter les nouvelles ? », « ce fut un plaisir de collaborer avec vous sur… », « je t'ajoute ici pour t'envoyer les slides ».
    '(\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|de nombreuses) ans (dans le meme (couloir|bureau|service|open space|etage)|cote a cote|a travailler ensemble)(?!\\p{L})',
    "(cafe|verre|dejeuner|appel) pour (se raconter|se donner|prendre|echanger|faire le point|se tenir au courant)( des| les)? (nouvelles|news)(?!\\p{L})",
    "(plaisir|bonheur|honneur) de (collaborer|travailler) avec (vous|toi) (sur|a|au|aux|chez|pour|lors)(?!\\p{L})",
    "pour (t'|vous )(envoyer|transmettre|partager|passer) (les|la|le|mes|nos) (slides|presentation|fichier|fichiers|photos|documents|supports|liens?)(?!\\p{L})",
    // Du travail que se passent deux du même métier : « on pourrait se passer des clients ».
    "(se passer|nous passer|on se passe|se refiler|se recommander|s'envoyer) (du travail|des clients|des missions|des projets|des contrats|des patients)(?!\\p{L})",
    // Ce dont on parlait, comme « when we were talking about » en anglais : « quand nous parlions de {{sujet}} », « on a discuté de la migration ».
    "(nous|on)(?<!que nous|qu'on) (parlions|discutions|echangions|parlait|discutait|echangeait|avons parle|a parle|avons discute|a discute|avons echange|a echange) (de|du|des|sur|autour de|d'\\p{L}+)(?!\\p{L})",
    // Un travail fait ensemble, un départ, une recommandation pour un besoin, comme en anglais : « on a bossé ensemble chez {{company}} », « je quitte {{entreprise}} vendredi », « m'a recommandé votre cabinet pour un audit RGPD ».
    "(on a|nous avons|j'ai) (bosse|travaille|collabore) (ensemble|avec (toi|vous)) (chez|sur|a|pour|au|aux|dans)(?!\\p{L})",
    "je (quitte|viens de quitter) (<slot>|[\\p{L}&.-]+)( [\\p{L}&.-]+){0,2} (vendredi|demain|ce mois|la semaine|apres|fin|le mois)(?!\\p{L})",
    "m'a (recommande|conseille) (votre|ton|ta|vos|tes) (cabinet|entreprise|agence|societe|equipe|service|travail|atelier|studio) pour(?!\\p{L})",
    // Un sujet sur lequel l'expéditeur travaille, laissé à remplir : « je travaille sur [sujet] et votre avis m'intéresse ».
    "(je travaille|nous travaillons|je reflechis|j'ecris|je me penche) (sur|a|en ce moment sur) <slot>",
    // La bonne personne pour un sujet : « vous êtes la bonne personne pour parler d'assurance cyber ».
    "(la bonne personne|le bon interlocuteur|la bonne interlocutrice|la personne ideale) (pour|a qui) (parler|poser|demander|echanger|discuter)(?!\\p{L})",
    // Un sujet à eux dont parler, suggéré : « m'a suggéré qu'on parle de votre salon du livre ».
    "(qu'on parle|que nous parlions|qu'on discute|que nous discutions|qu'on echange|que nous echangions|de parler|d'echanger|de discuter) (de|du|de la|des|sur) (votre|vos|ton|ta|tes)(?!\\p{L})",
    // Leur contact passé pour quelque chose : « c'est Maxime qui m'a filé ton contact pour le tournoi de foot ».
    "(m'a|m'ont|nous a|nous ont) (file|donne|passe|transmis|refile|communique|envoye) (ton|votre|tes|vos) (contact|coordonnees|nom|numero|profil|mail|adresse) (pour|au sujet de|a propos de|concernant)(?= \\p{L})",
    // Pas parlé depuis un temps commun, leur rôle auprès de l'expéditeur (1er degré) : « on ne s'est pas parlé depuis la fac », « vous étiez mon manager chez Orange ».
    "(on ne s'est pas|nous ne nous sommes pas|on s'est pas) (parle|vus|revus|croises) depuis",
    '(vous etiez|tu etais) (mon|ma) (manager|responsable|cheffe|chef|mentor|tuteur|tutrice|professeur|professeure|prof|coach|maitre de stage)(?!\\p{L})',
    // Un partenariat avec les leurs : « nos échanges sur le partenariat avec votre réseau de franchisés ».
    '(le|la|notre|un|une|ce|cette) (partenariat|collaboration|projet commun|cooperation) (avec|entre|pour) (votre|vos|ton|ta|tes)(?!\\p{L})',
    // Un passé et une occasion en commun (1er degré surtout) : « on chantait ensemble dans la chorale », « merci pour la belle collaboration sur le chantier », « super soirée hier au pot ».
    '(on|nous) [\\p{L}]+(ait|ions) ensemble (dans|a|au|aux|chez|en|pour)(?!\\p{L})',
    '(merci|mille mercis) (encore )?(pour|de) (la|cette|notre) (belle |bonne |super |excellente |chouette )?(collaboration|cooperation) (sur|pour|lors|dans|avec|autour|au|a)(?!\\p{L})',
    "(super|belle|chouette|excellente|bonne|sympa) (soiree|journee|rencontre|fete) (hier |samedi |vendredi |la semaine derniere )?(au|a la|a l'|lors du|lors de la|pendant le|pendant la)",
    // Un passé commun (1er degré) : « nous étions voisins à [ville] », « vos conseils pendant mon alternance ».
    '(nous etions|on etait) (voisins|voisines|collegues|colocataires|coequipiers|coequipieres|camarades|binomes)(?!\\p{L})',
    '(vos|tes) conseils (pendant|lors de|durant) (mon|ma|notre|nos|mes)(?!\\p{L})',
    // Longtemps depuis un lieu commun, leur recherche comme objet, revus à une occasion (1er degré) : « Ça fait une paye depuis Capgemini », « pour votre recherche de locaux à Nantes », « content de t'avoir revu au pot de départ de {{collegue}} ».
    "(une paye|un bail|longtemps|une eternite|des lustres|des annees) depuis (chez |le |la |l'|notre |nos )?(<slot>|[\\p{L}&'-]+)",
    "(pour|concernant|au sujet de|a propos de) (votre|ta|ton|vos|tes) (recherche|projet|besoin|appel d'offres|levee|recrutement|demenagement|ouverture) (de|d'|du|des)(?!\\p{L})",
    "(revu|revue|revus|revues|recroise|recroisee|croise|croisee) (au|a la|lors du|lors de la|pendant le|pendant la) (pot|soiree|diner|dejeuner|mariage|anniversaire|seminaire|fete|afterwork)(?!\\p{L})",
    // Leur aide remerciée, un départ d'un lieu commun, ce qui fut dit en réunion : « merci encore pour ton aide sur le dossier Berthier », « après ton départ de chez Decathlon », « comme évoqué lors de notre réunion de lundi ».
    "(merci|mille mercis) (encore |beaucoup |encore une fois )?(pour|de) (ton|ta|tes|votre|vos) (aide|conseils?|coup de main|retours?|soutien|relecture|introduction|temps) (sur|pour|avec|dans|concernant|lors)",
    "(apres|depuis) (ton|votre) depart (de chez|de|du|d(?='))",
    '(comme )?(evoque|convenu|discute|promis|prevu|annonce) (lors de|pendant|a|au cours de) (notre|la|cette) (reunion|rencontre|call|appel|echange|dejeuner|rdv|rendez-vous|visio)',
    // Leur recrutement, le poste nommé ; une candidature envoyée : « vous recrutez un chef de projet CRM », « j'ai postulé hier ».
    "(vous recrutez|tu recrutes|votre equipe recrute|ton equipe recrute) (un|une|des) [\\p{L}-]+", "(j'ai postule|je viens de postuler|j'ai candidate|je viens de candidater|ma candidature)( hier| aujourd'hui| ce matin| cette semaine)?(?=\\s*[.;,!?]| a| au| pour| chez)",
    // Vous écrire à un sujet, sur le conseil de quelqu'un : « m'a suggéré de vous contacter au sujet de la gestion des fournisseurs ».
    "(vous|te) (contacter|ecrire|joindre|solliciter|parler) (au sujet (de|du|des|d')|a propos (de|du|des|d')|concernant|sur)(?! ?(une |d'eventuelles |eventuelles |possibles )?(opportunites?|collaborations?|synergies|partenariats?|networking|linkedin)(?!\\p{L}))",
    // Le même, dit « me rapprocher de vous » : « m'a recommandé de me rapprocher de vous concernant la facturation électronique ».
    "(me rapprocher|me mettre en relation|prendre contact|entrer en contact|echanger) (de|avec) (vous|toi) (au sujet (de|du|des|d')|a propos (de|du|des|d')|concernant|sur)(?! ?(une |d'eventuelles |eventuelles |possibles )?(opportunites?|collaborations?|synergies|partenariats?|networking|linkedin)(?!\\p{L}))",
    // Ce qu'ils ont fait, dit d'eux, et le même problème : « c'est toi qui as réécrit le moteur », « le même bug d'arrondi ».
    "c'est (toi|vous) qui",
    "(le|la) meme( [\\p{L}-]+){0,2} (bug|probleme|souci|defi|galere|casse-tete|difficulte)",
    // Le même sujet en cours, un passé commun rappelé : « on réfléchit à la même intégration agenda », « comme au bon vieux temps du master ».
    '(on|nous|je) (reflechit|reflechissons|reflechis|travaille|travaillons) (a|sur) (la meme|le meme|les memes)',
    'au bon vieux temps (du|de la|de l\'|des|de)',
    // Leur projet, leur retour d'expérience, leur avis sur une question précise : « toujours sur ton projet de drone agricole ? », « votre retour d'expérience avec la méthanisation », « quelle est selon vous la principale difficulté… ».
    '(toujours|encore) sur (ton|ta|votre|tes|vos) (projet|startup|these|idee|appli|application|produit|chantier)',
    // Leur maison qui fait quelque chose de précis : « votre maison d'édition publie en mooré », « ta boîte recrute des devs Rust ».
    "(votre|ta) (entreprise|societe|boite|maison( d'edition)?|equipe|agence|cabinet|startup|marque|boutique|fondation|association|ecole|clinique|usine) (publie|fabrique|produit|vend|distribue|developpe|construit|recrute|ouvre|lance|exporte|importe|forme|finance|organise)",
    // Quelque chose d'eux lu, acheté, essayé ou visité : « je suis tombé sur ta thèse », « j'ai commandé deux de vos chaises ».
    "(lu|achete|commande|teste|essaye|installe|visite|ecoute|regarde|termine|utilise|tombee? sur) ((deux|trois|quelques-uns|quelques-unes|un|une|plusieurs) (de |d'))?(ton|ta|tes|votre|vos)(?! (profil|parcours|cv|bio|publication|publications|contenu|contenus|fil|actualite|actualites|posts?|message|messages|invitation)(?!\\p{L}))",
    "(votre|ton|ta) retour d'experience (avec|sur|de|en|dans)",
    "(quelle est|quel est|quelles sont|quels sont) (selon vous|a votre avis|d'apres vous|pour vous|selon toi|a ton avis)",
    // Une échéance de leur côté : « le renouvellement de vos contrats en 2026 ».
    "(le renouvellement|l'echeance|la fin|l'expiration|la renegociation|la migration) de (vos|votre) [\\p{L}-]+",
    // Ce qui, chez eux, intéresse l'expéditeur : «je m'intéresse de près à l'extension de votre entrepôt».
    "(je m'interesse|je suis interessee?|nous nous interessons|nous sommes interesses)( de (tres )?pres| beaucoup| vivement)? (a|au|aux) (l'|la |le |les )?[\\p{L}-]+ (de|du|des) (votre|vos)",
    // Des questions annoncées sur un sujet : « que je vous pose deux questions sur le métier ».
    "(que je vous pose|vous poser|te poser|que je te pose) (deux|trois|quelques|une) (petites )?questions? (sur|au sujet de|concernant|a propos de)",
    // Leur travail montré par quelqu'un : « Benoît Carré m'a montré votre tableau de bord ».
    "m'a (montre|partage|transmis|envoye|fait suivre|fait decouvrir) (votre|ton|ta|vos|tes) (?!(nom|contact|profil|numero|coordonnees|email|mail|adresse)(?!\\p{L}))\\p{L}+",
    // Une candidature chez eux, leur équipe au quotidien : « je postule aux offres de data analyst chez [Entreprise] ».
    "je (postule|candidate|me porte candidat|me porte candidate) (aux|a|au|pour|chez)",
    "comment (votre|ton|ta|vos|tes) (equipe|service|entreprise|societe|cabinet|agence) (travaille|fonctionne|s'organise|gere|recrute)",
    // Une question précise, un logiciel que l'on développe : « j'aurais une question précise sur la clause… ».
    "question (precise|concrete|rapide|technique|pointue) (sur|concernant|a propos)",
    "(je developpe|nous developpons|je construis|nous construisons) (un|une)",
    // Un passé commun, une boîte que l'expéditeur monte : « depuis notre passage chez [Ancienne entreprise] », « je monte une boîte dans la logistique ».
    "(notre|nos) (passage|annees|temps|epoque|aventure|stage|stages|alternance|mission|missions|projet|equipe|promo|master|these) (commune? |ensemble )?(chez|a|au|a la|en|ensemble)",
    "(je monte|je lance|je cree|nous montons|nous lancons|nous creons|on monte|on lance) (une|un|ma|mon|notre)",
    // Leur nouvelle, félicitée : « félicitations pour la levée de fonds de {{entreprise}} ».
    "(felicitations|bravo) pour (la|votre|ta|ton|le|l'|vos|tes) ?(levee de fonds|levee|nomination|promotion|prix|recompense|lancement|ouverture|rachat|acquisition|certification|label|titre|victoire|medaille|selection|these|diplome|nouveau poste|nouvelle fonction)",
    // Une promesse tenue ; ce dont on se souvient d'eux ; ce qu'ils prendraient ; leur maison qui vient d'ouvrir.
    "comme (promis|convenu|prevu|annonce|discute)",
    "(je me suis souvenu|je me suis souvenue|je me souviens|je me rappelle) que (tu|vous)",
    "(tu prendrais|vous prendriez|tu ferais|vous feriez) (des|un|une|en|a)",
    "(votre|ton|ta|vos|tes) [\\p{L}-]+ (vient|viennent) d'(ouvrir|lancer|publier|adopter|obtenir|remporter|annoncer|recruter|embaucher|inaugurer)",
    // Un succès à eux, avec son objet : « félicitations pour l'arrêt obtenu dans l'affaire… » ; une question sur leur pratique.
    "(felicitations|bravo) pour (l'|le |la |les |votre |ton |ta )([\\p{L}'-]+ ){0,3}(obtenu|obtenue|gagne|gagnee|remporte|remportee|publie|publiee|dans l'affaire|pour)",
    '(acceptez-vous|prenez-vous|faites-vous|travaillez-vous|accepteriez-vous) (de|des|encore|toujours)',
    // Une question sur une chose à eux, ce qu'ils ont fait : « la tournée a-t-elle survécu à… », « vous avez formé trois générations d'apprentis ».
    "(a-t-elle|a-t-il|ont-elles|ont-ils|est-elle|est-il|sont-elles|sont-ils) (survecu|tenu|marche|passe|resiste|change|fonctionne|reussi)",
    "(vous avez|tu as) (forme|reconstruit|monte|lance|dirige|restaure|cree|fonde|organise|relance|sauve|repris|transforme|conduit)",
    // Un fait de leur maison, et la question qui suit : « votre hôtel vient de passer à la semaine de quatre jours ».
    "(votre|ton|ta|vos|tes) [\\p{L}-]+ (vient de|viennent de|a|ont) ([\\p{L}'-]+ ){0,6}(passer|passe|lance|lancer|ouvert|ouvrir|supprime|supprimer|adopte|adopter|publie|publier|gagne|obtenu|obtenir|remporte)",
    "est-ce que (ca|cela) (a|vous a|t'a) (change|aide|marche|fonctionne)",
    "(tu aurais|vous auriez|aurais-tu|auriez-vous) (un|une|des) (contact|piste|conseil|nom|adresse)",
    // L'inviter à quelque chose: « j'aimerais vous inviter à notre webinar sur [sujet] ».
    "(vous inviter|t'inviter|je vous invite|je t'invite|nous vous invitons) (a|au|aux) (notre|nos|mon|ma|un|une|la|le|l'|participer|rejoindre|intervenir)(?!( [\\p{L}'-]+){0,4} (reseau|reseaux|contacts)(?!\\p{L}))",
    // Ce qu'on lui a dit de vous, et à quel sujet: « m'a dit que tu cherchais… », « au sujet de votre projet ».,
    "m'a (dit|explique|raconte|appris) que (tu|vous)",
    '(au sujet|a propos) de (votre|vos|ton|ta|tes)',
    // Des questions à leur poser, sur un sujet: « vous poser mes questions sur le métier de chargée d'affaires ».
    '(vous|te) poser (mes|ma|quelques|des|une|deux|trois)( petites?)? questions? (sur|au sujet|a propos|concernant)',
    '(tu cherches|tu cherchais|vous cherchez|vous cherchiez|tu montes|tu montais|vous montez|vous montiez|tu lances|vous lancez)',
    '(nous developpons|nous lancons|nous cherchons|je cherche|nous recrutons|je recrute)',
    'suite a (notre|nos|ton|votre) (echange|rencontre|discussion|conversation|appel|rendez-vous|dejeuner|diner|cafe|visio|reunion|entretien)s?',
    '(perdus?|perdues?) de vue( depuis)?',
    '(comment|pourquoi) (avez-vous|as-tu|gerez-vous|geres-tu|vous y etes-vous pris|t\'y es-tu pris|avez-vous fait|as-tu fait)',
    '(defis|problematiques|enjeux|difficultes) (similaires|communs|communes) (dans|sur|avec|autour)',
    // The recipient's role: "in your role as".
    "(dans|en) (votre|ton|ta) (role|fonction|poste|qualite) (de|d'|en tant que)",
    '(je prepare|nous preparons|je recrute|nous recrutons|je cherche un|nous cherchons un|je lance|nous lancons|je travaille sur)',
    // Le métier de l'expéditeur n'en est pas un : « consultante en recrutement chez {{cabinet}} ».
    '(poste|offre d\'emploi|(?<!(consultante?|chargee?|cabinet|agence|responsable|specialiste|societe|chasseur|chasseuse|partenaire) (en|de|du) )recrutement|candidature|projet similaire)',
    // Not where: « échanger avec vous sur LinkedIn » names the platform, not a subject.
    "(echanger|discuter|parler) (avec (vous|toi) )?(sur|de|au sujet|a propos)(?! (linkedin|ce reseau|cette plateforme|ici)(?!\\p{L}))",
    // Ce qu'on partage sur un sujet: « échanger nos retours sur la méthanisation ».
    '(partager|echanger|comparer) (des|nos|mes|quelques) (informations|idees|experiences|notes|retours|bonnes pratiques|conseils|impressions) (sur|autour|a propos|concernant)',
    '(vos|tes) (enjeux|besoins|projets|travaux)',
    // Something seen about them; their field alone ("je vois que vous travaillez dans la cybersécurité.") is everyone's.
    "(je vois|j'ai vu|j'ai lu|j'ai appris) que (vous|votre|vos|tu|ton|ta|tes|<slot>)(?! (travaillez|travailles|etes|es) (dans|en) (le |la |les )?[\\p{L}'-]+(?=\\s*[.!?]|\\s*$))",
    // Le problème de leur métier, supposé : « vous êtes sans doute confronté(e) à l'écart entre ROAS et marge nette ».
    "(vous etes|tu es) (sans doute |probablement |certainement |surement |vous aussi |aussi )?(confronte|confrontee|confronte\\(e\\)|confrontes|confrontees) (a|au|aux)(?!\\p{L})",
    "(vous dirigez|vous pilotez|vous travaillez(?! (dans|en) (le |la |les |l')?[\\p{L}'-]+(?=\\s*[.!?]|\\s*$| comme (moi|nous)))|vous gerez|vous (preparez|menez|lancez|conduisez|planifiez) (la|le|les|l'|un|une|votre|vos))",
    'votre (travail|experience|equipe|entreprise|projet) (sur|chez|dans|en)',
    'm\'a parle de',
    '(ca fait|cela fait) (une eternite|longtemps) (depuis|que)',
    'ensemble a',
  ],
  generic: [
    // Le même métier ou la même ville, rien de plus : « on bosse tous les deux dans la tech à Lyon ».
    "(on bosse|on travaille|nous travaillons|on est|nous sommes) (tous|toutes) (les )?deux (dans|en|chez|a|au|sur)(?!\\p{L})",
    // Des opportunités pour n'importe qui de leur métier : « j'ai régulièrement des opportunités intéressantes dans votre domaine ».
    "(j'ai|nous avons|je dispose de|nous disposons de) (regulierement |souvent |parfois |actuellement )?(des|plusieurs|de nombreuses|quelques) (opportunites|offres|postes|missions)( [\\p{L}-]+){0,2} (dans|pour|sur|correspondant a) (votre|ton|vos|tes) (domaine|secteur|metier|profil|expertise)",
    // Le même milieu ou la même région, rien de plus : « étant tous deux actifs dans la banque privée à Genève », « on vient tous les deux du Saguenay ».
    "(etant|nous sommes|on est|etant donne que nous sommes) (tous deux|tous les deux|toutes deux|toutes les deux) (actifs|actives|presents|presentes|dans|du|de la|en)",
    "(on vient|nous venons|on est originaires|nous sommes originaires) (tous|toutes) (les )?deux (du|de|d'|de la|des)",
    // Leur parcours en général, qui a interpellé : « votre parcours chez {{entreprise}} m'a interpellé ».
    "(votre|ton) (parcours|profil|experience|expertise)( (chez|en|dans) (<slot>|[\\p{L}&-]+))? (m'a|m’a|a) (interpelle|interpellee|impressionne|impressionnee|marque|marquee|inspire|inspiree|parle)",
    // The sender's CV or profile to be passed around, whoever gets it.
    '(faire tourner|faire circuler|partager|transmettre|diffuser|relayer) mon (cv|profil)',
    // De la valeur promise, sans dire laquelle : « je suis convaincu que je pourrais vous apporter de la valeur ».
    "(vous |t'|lui )?(apporter|ajouter|creer) (de la|beaucoup de|une vraie|une reelle) valeur( ajoutee)?",
    // Réactiver son LinkedIn, retrouver tout le monde : rien pour eux.
    "(reactiver|relancer)( un peu)? mon linkedin",
    '(retrouver|reprendre contact avec) tout le monde',
    // Un appel à rejoindre son réseau, le même secteur : « Rejoignez mon réseau ! », « vous travaillez dans l'agroalimentaire comme moi ».
    '(rejoignez|rejoins) (mon|notre) reseau',
    "(vous travaillez|tu travailles|vous etes|tu es) (dans|en) (le |la |les |l')?[\\p{L}'-]+ comme (moi|nous)",
    // Une invitation solennelle à son réseau, et l'honneur de le compter parmi ses relations : rien sur le pourquoi.
    "(j'ai l'honneur|j'ai le plaisir|je me permets|je souhaite|je souhaiterais) de vous inviter a (rejoindre|faire partie de|integrer) mon reseau",
    '(ce serait|ce sera|c\'est) (un|une) (privilege|honneur|plaisir|joie) de (vous )?compter',
    'une (personnalite|personne|professionnelle?) de votre (envergure|calibre|qualite|stature)',
    // Un projet qui pourrait intéresser n'importe qui ; rencontrer d'autres professionnels.
    "(un projet|quelque chose|une idee|une opportunite|une offre) qui (pourrait|peut|devrait|va|pourra) vous (interesser|plaire|parler)",
    "(rencontrer|connaitre|echanger avec|entrer en contact avec|me connecter avec) d'autres (professionnels|personnes|passionnes|acteurs|experts|entrepreneurs)",
    // Le même secteur, dit de soi : « comme vous, je travaille dans le secteur de [Secteur] ».
    '(comme vous|moi aussi),? (je travaille|je suis) (dans|en) (le secteur|l\'industrie|le domaine)( de| du| des)? ?(<slot>|[\\p{L}\'-]+)',
    '(vous travaillez|tu travailles|vous etes|tu es) (aussi|egalement) (dans|en|sur)',
    '(felicitations|bravo) pour (votre|ton|ta|le) (nouveau )?(poste|role|fonction|promotion)( chez (<slot>|[\\p{L}&.-]+))?(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    '(developper|agrandir|elargir|etoffer) (mon|notre) reseau',
    'je developpe mon reseau',
    '(compter parmi|faire partie de) (mes|mon|votre) (contacts|reseau)',
    '(vu|consulte|parcouru) votre profil',
    '(profil|parcours) (impressionnant|interessant|inspirant)',
    'apprendre de (vous|professionnels)',
    'vous aider a',
    // Le réseau, les projets et l'actualité de chacun, suivis en général.
    '(vous|te) compter (dans|parmi) (mon|mes) (reseau|contacts|relations)',
    "(je me rejouis|j'ai hate|je serais ravie?|ravie?|heureux|heureuse|au plaisir) (de|d') ?(me connecter|nous connecter|connecter|rejoindre votre reseau|echanger)( avec (vous|toi))?(?=\\s*[.!?]|\\s*$)",
    '(decouvrir|en savoir plus sur|suivre) (les|vos|tes) (projets|activites|actualites|idees|initiatives|publications)( et (les|vos|tes) [\\p{L}]+)?',
    '(je suis|je lis|je suis avec (grand )?interet) (vos|tes) (posts|publications|articles|contenus|videos)',
    '(suivre|je suis|je suis de pres) (votre|ton|ta) (activite|actualite|parcours)',
  ],
  filler: [
    // Le même domaine : « actif comme vous dans la fiduciaire à Lausanne », « on est dans le même domaine à Québec ».
    "(actif|active|present|presente) comme (vous|toi) dans",
    "(on est|nous sommes) dans le meme (domaine|secteur|milieu|metier)",
    // Un groupe en commun ne dit pas pourquoi.
    "(dans|du|au) (le |du )?meme groupe",
    // Un groupe en commun : « je fais partie du groupe RH & Transformation comme vous ».
    "(je fais|nous faisons|on fait)( tous les deux| toutes les deux| tous deux)? partie (du|d'un|des) (meme )?groupe",
    "(nous sommes|on est|sommes)( tous les deux| toutes les deux| tous deux)? membres (du|d'un) (meme )?groupe",
    // Des gens cherchés en général : « nous recherchons des partenaires stratégiques ».
    "(recherchons|cherchons|recherche|cherche) des (partenaires|profils|talents|experts|expertes|intervenants|intervenantes|ambassadeurs|investisseurs) (strategiques|inspirants|inspirantes|ambitieux|ambitieuses|engages|engagees|passionnes|passionnees|de talent|comme vous|comme toi)",
    '(votre|ton) (parcours|experience|carriere|profil)[^.!?]{0,100} (est|sont) (vraiment |tres |particulierement )?(remarquable|impressionnant|inspirant|admirable|exemplaire)',
    "(\\d+|plus de \\d+) ans d'experience",
    'je me presente',
    '(vos|tes) (reflexions|publications|posts|contenus|analyses|idees)[^.!?]{0,60} (sont|est) (vraiment |tres |particulierement )?(captivantes?|passionnantes?|inspirantes?|interessantes?|pertinentes?)',
  ],
  newClause: [],
  profileEcho: [
    // Un fait de son profil rendu tel quel : « je vois que vous êtes directeur d'usine chez Michelin à Clermont-Ferrand depuis 2019. »
    "(je vois|j'ai vu|je constate) que (vous etes|tu es) [\\p{L}'-]+( [\\p{L}'-]+){0,3} (chez|a|au|dans|de) [\\p{L}&.'-]+( [\\p{L}&.'-]+){0,3}( depuis \\p{N}+)?(?=\\s*[.!?]|\\s*$)",
    '(je vois|j\'ai vu|je constate) que (vous etes|tu es|vous travaillez|tu travailles|vous dirigez|vous pilotez)( comme| en tant que)?( le| la| l\')? ?<slot>( (chez|a|au|de|dans) <slot>)?(?=\\s*[.!?,]|\\s*$)',
    '<slot> fait un (travail|boulot) (remarquable|formidable|incroyable|genial|excellent)( (dans|en) <slot>)?',
    'j\'espere que tout (se passe|va) bien (chez|a) <slot>',
  ],
  referral: [
    'm\'a (suggere|conseille|recommande|propose|dit) de (vous|te) (contacter|ecrire|joindre|solliciter|parler)',
    '(suggere|conseille|recommande|propose) que (nous|on) (echangions|echange|nous parlions|parle|nous rencontrions)',
  ],
  pitch: ["(nous accompagnons|nous aidons|j'aide|j'accompagne|nous travaillons avec|je travaille avec)", "(notre|mon) (solution|plateforme|outil|logiciel|produit|service|application|agence|equipe) (aide|permet|reduit|automatise|simplifie|fait gagner|accompagne)"],
  selfIntroduction: ["(je suis|je m'appelle|mon nom est) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2},( [\\p{L}&-]+){1,4} (chez|de|du|a|au) (<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2})", "(je m'appelle|mon nom est) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2}(?=\\s*[,.!]| et )",
    "(je suis )?(un |une )?(consultant|consultante|avocat|avocate|ingenieur|ingenieure|developpeur|developpeuse|expert|experte|specialiste|artisan|infirmier|infirmiere|medecin|comptable|commercial|commerciale|recruteur|recruteuse|architecte|designer|chef de projet)(?<!(recrutez|recrute|recrutons|recrutent|cherchez|cherche|cherchons|recherchez|recherche|recherchons|embauchez|embauche) (un |une )?[^.!?;]{1,40})( [\\p{L}-]+){0,3} (depuis|a|au|chez|dans|en|de|du)", "(je suis|je m'appelle|ici) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+)? (de|d'|chez)"],
  noTopic: [
    // Une recherche d'emploi sans poste ni lieu à eux ; quelqu'un qui a parlé d'eux, sans plus : « je cherche un job en ce moment », « un ami commun m'a parlé de toi ».
    "je cherche (un|une|du) (job|poste|emploi|travail|stage|alternance|cdi|cdd|boulot|nouveau (poste|defi|challenge|job)|nouvelle (opportunite|aventure|mission))(?!\\p{L})",
    "(m'a|m'ont|m'avait) (parle|beaucoup parle) de (toi|vous)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?;,]|$))",
    // Échanger sur le métier en général : « au plaisir d'échanger sur nos métiers ».
    "echanger sur (nos|vos|nos deux|vos deux) (metiers|activites|experiences|parcours|pratiques|secteurs)",
    // Qu'ils se connaissent, du bien dit d'eux, et rien d'autre : « j'ai vu que tu connaissais X », « m'a parlé de vous en très bons termes ».
    "(vu|vois|remarque) que (tu|vous) (connais|connaissais|connaissez|connaissiez|es connecte|etes connecte)",
    "parle de (vous|toi) en (tres |si )?(bons|excellents) termes",
    "(dit|dire) (beaucoup de |le plus grand |tant de )?bien de (vous|toi)",
    // Des bonnes pratiques, se connecter à des professionnels : rien de précis.
    "(sur|de) (les )?bonnes pratiques",
    "(me connecter|entrer en contact|echanger) avec des (professionnels|personnes|experts|acteurs)",
    // On n'a vu que le groupe : « j'ai vu que nous sommes dans le même groupe ».
    "(vu|remarque|constate) que (nous sommes|nous faisons partie|on est|on fait partie) (dans|du) (le )?meme groupe",
    "sur (les |des )?(opportunites|synergies|collaborations)( possibles| que (nous pourrions|je pourrais) vous proposer)?(?=\\s*[.!?]|\\s*$)",
    "sur (nos|vos|des) (enjeux|defis|problematiques) (communs|communes|partages|respectifs)",
    "sur (votre|ta|ton) (vision|parcours|experience|metier|activite|trajectoire)( et (vos|tes) projets)?(?=\\s*[.!?]|\\s*$)",
    "(sur|de) tout ce qui (touche|concerne|a trait|tourne autour)",
    "(sur|via|par) (linkedin|ce reseau|cette plateforme|ici)(?!\\p{L})",
    "pour la premiere fois",
    "(de|sur) (tout et (de )?rien|tout|n'importe quoi)(?=\\s*[.!?]|\\s*$)",
  ],
} satisfies ReasonPhrases;
