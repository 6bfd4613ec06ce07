import type { ContextPhrases } from '../types.js';

export default {
  metAt: [
    // Vu parler là, son intervention là, l'expéditeur au jury, dans la salle ou là aussi, comme en anglais : « je t'ai vu parler hier à Techorama », « j'étais dans le jury », « j'étais dans la salle », « j'y étais aussi ».
    "(je t'ai|je vous ai|je l'ai) (vu|vue|entendu|entendue) (parler|presenter|intervenir|pitcher|jouer|animer)( [\\p{L}-]+){0,2} (a|au|aux|lors de|pendant|sur)(?!\\p{L})",
    "(j'etais|j'ai ete|j'etais assis|j'etais assise) (dans le jury|au jury|dans la salle|dans le public|au premier rang|parmi le public)(?!\\p{L})",
    "(j'y etais|j'etais la|j'y ai ete) (aussi|egalement|moi aussi)(?!\\p{L})",
    // Leur stand manqué, une course finie ensemble, un échange à un salon nommé : « passer sur votre stand au SIAL Paris », « On a fini quasiment ensemble au Marathon de Bordeaux », « Nous avons échangé brièvement à VivaTech ».
    '(passer|passe|passee) (sur|a|par) (votre|ton) stand(?!\\p{L})',
    "(on a|nous avons) (fini|termine|couru|franchi la ligne)( [\\p{L}-]+)? ensemble (au|a la|aux|a l(?='))",
    '(nous avons|on a) (echange|discute|parle)( brievement| rapidement| longuement| un moment)? (a|au|lors du|lors de|pendant)(?!\\p{L})',
    // À la même table, dans la même équipe d'une course nommée : « on était assises à la même table au déjeuner de VivaTech », « on a couru le relais des 20 km de Lausanne ».
    '(on etait|nous etions)( assis| assises)? a la meme table (au|a la|du|de la|lors du|lors de la|pendant)',
    '(on a|nous avons) (couru|nage|pedale|rame|dispute) (le|la|les|un|une) (relais|marathon|semi-marathon|course|tournoi|trail|triathlon|regate)',
    "(nous )?(intervenons|parlons|presentons|exposons|animons) tous les deux (a|au|aux|sur|lors de|pendant)", "nous (serons|sommes) tous les deux (intervenants|intervenantes|speakers|panelistes|exposants|orateurs) (a|au|aux|sur|lors de)",
    "(tu etais|vous etiez|tu es alle|tu es allee|vous etes alle|vous etes allee) (aussi|egalement) (a|au|aux|sur)",
    // Intervenants ou exposants au même événement nommé : « nous intervenions tous les deux aux Rencontres HealthTech de Lyon ».
    '(nous )?(intervenions|etions|exposions|parlions|animions) tous les deux (a|au|aux|a la|lors)',
    '(nous intervenons|on intervient)( tous les deux| toutes les deux)? (au|a la|a l\'|aux|lors du|lors de la)',
    // Tous deux au programme d'un événement nommé : « j'interviens moi aussi au Salon des Entrepreneurs de Lyon ».
    "(j'interviens|je parle|j'anime|j'expose) (moi )?aussi (au|a la|a l'|aux|lors du|lors de la)",
    // Leur intervention à un événement nommé : « j'ai vu que vous interveniez au Forum de l'emploi public ».
    "(vous intervenez|vous interveniez|vous intervenez aussi|tu interviens|tu intervenais|vous parlez|vous parliez|vous animez|vous animiez) (au|a la|a l'|aux|lors du|lors de la|pendant le|pendant la)",
    // Jurés ensemble, dans la même salle d'un événement nommé : « nous étions tous les deux jurés au Startup Weekend Rennes », « on codait dans la même salle à la Nuit de l'Info ».
    "(nous etions|on etait) (tous les deux|toutes les deux|tous deux|toutes deux) (jures|jurys|membres du jury|intervenants|intervenantes|speakers|mentors|coachs|benevoles) (au|a la|a l'|aux|du|de la|lors)",
    "(on|nous) (codait|codions|travaillait|travaillions|etait|etions) dans la meme (salle|equipe|piece|table) (a|au|lors|pendant)",
    // Ensemble à un événement, ou un échange près d'un stand : « on a codé ensemble au hackathon Hack'Santé », « nous avons échangé près de l'espace innovation du SIAL ».
    "(on a|nous avons) (code|travaille|bosse|participe|concouru|gagne|developpe|monte|pitche) ensemble (au|aux|a la|a l'|a|lors du|lors de|pendant)",
    "(nous avons|on a) (echange|discute|parle|bavarde)( [\\p{L}'-]+){0,2} (pres de|a cote de|au|aux|lors du|lors de|pendant|sur le stand)",
    // À la même table, au même atelier d'un salon : « nous étions à la même table ronde au salon VivaTech ».
    "(nous etions|on etait|nous etions tous les deux|on etait tous les deux) (a|dans|sur) (la meme|le meme) (table ronde|table|panel|atelier|session|conference|stand)",
    "(partager|partageons|partagerons|partageant|partage) (la scene|l'affiche|le panel|la tribune) (a|au|de|du|lors)",
    // Un moment partagé à un événement nommé: le dîner des intervenants, la file d'attente de l'accueil.
    '(au|lors du|pendant le|apres le) (diner|dejeuner|cocktail|petit-dejeuner|apero) (des|de) (intervenants|speakers|participants|exposants|orateurs)',
    '(on faisait|nous faisions|on a fait|nous avons fait) la queue( ensemble)?',
    "(je t'ai|je vous ai) (vu|vue|croise|croisee|rencontre|rencontree|ecoute|ecoutee) (au|aux|a la|a l'|lors|pendant)",
    '(nous etions|on etait) (tous|toutes) (les )?deux (a|au|aux|lors|pendant|dans la (meme )?salle|dans le public)',
    '(nous avons|on a|on avait|nous avions) (echange|discute|parle)( [\\p{L}]+){0,3} (a|au|aux|lors de|lors du|pendant|devant|apres|en marge de|en marge du)',
    '(nous nous sommes|on s\'est) (croise|croises|rencontre|rencontres|parle|vus)e?s? (a|au|aux|lors|pendant|sur)',
    '(ravi|ravie|heureux|heureuse|enchante|enchantee) de (vous |t\'|te )(avoir )?(rencontre|croise|parle|voir)e?s?',
    '(rencontre|croise)e?s? (a|au|aux|lors de|pendant)',
    // Un échange d'hier à un événement, dit autrement : « super échange hier pendant [Salon] », « la conversation que nous avons eue hier à l'occasion de … ».
    "(echange|discussion|conversation|rencontre) (d'hier|hier|de ce matin|ce matin)( soir)? (pendant|lors de|lors du|a l'occasion de|en marge de|en marge du|au|a la|a)",
    "(la|notre|cette) (conversation|discussion) que nous avons eue( hier| ce matin| la semaine (derniere|passee))? (a l'occasion de|lors de|lors du|pendant|au|a la)",
    // L'échange qu'on a eu, à l'occasion de ce qu'il nomme : « l'échange que nous avons eu hier à l'occasion de [Sujet] ».
    "(l'echange|la discussion|la conversation|la rencontre) (que nous avons eu|que nous avons eue|qu'on a eu|qu'on a eue)( hier( soir)?| ce matin| la semaine (derniere|passee))? (a l'occasion de|a l'occasion du|lors de|lors du|pendant|au|a)(?!\\p{L})",
    "(notre|nos) (echange|discussion|conversation|rencontre)s?( d'hier( soir)?| de ce matin| de la semaine (derniere|passee)| de (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))? (a l'occasion de|a l'occasion du|lors de|lors du|pendant|au|a)",
  ],
  studiedTogether: [
    // Diplômé du même endroit, dit avant : « Comme vous, je suis diplômé(e) de [Nom de l'école] », « je suis moi aussi diplômée de l'ESSEC ».
    "(comme vous|comme toi|tout comme vous|tout comme toi),? (je suis|j'ai ete)( moi aussi| aussi| egalement)? (diplome|diplomee|diplome\\(e\\)|ancien|ancienne|ancien\\(ne\\)|sorti|sortie|passe|passee)( eleve)? (de|du|des|d(?=')|par)",
    "(je suis|j'ai ete) (moi aussi|aussi|egalement) (diplome|diplomee|diplome\\(e\\)|ancien|ancienne|ancien\\(ne\\))( eleve)? (de|du|des|d(?='))",
    // Étudié comme eux à un lieu nommé : « comme vous, j'ai étudié le droit à Göttingen ».
    "(comme vous|comme toi|tout comme vous|tout comme toi),? (j'ai|moi aussi j'ai) (etudie|fait mes etudes|fait mon (master|doctorat|droit|mba))( [\\p{L}-]+){0,3} (a|au|en|chez)(?!\\p{L})",
    // La même cohorte ou le même programme, dit « comme toi » ou « après la vôtre » : « je suis aussi passé par le Founders Program de Station F (promo printemps 2022), comme toi ».
    "(je suis|j'ai) (aussi |egalement )?(passe|passee|fait|suivi)( par)? (le|la|l')[^.!?\\n]{1,80}(,|) comme (toi|vous)(?!\\p{L})",
    "(je suis|j'etais) dans la (cohorte|promo|promotion|batch|classe)[^.!?\\n]{0,50} (un an|deux ans|\\p{N}+ ans?|un semestre) (apres|avant) la (votre|tienne)(?!\\p{L})",
    // Tous les deux dans la même formation : « nous étions tous les deux en BTS Comptabilité au lycée [Nom du lycée] ».
    "(nous etions|on etait) (tous les deux|toutes les deux|tous deux|toutes deux) (en|au|a la|a l'|dans (le|la|les|notre)) ?(bts|dut|but|licence|master|mba|prepa|classe|promo|promotion|formation|ecole|lycee|fac|faculte|universite|iut|cursus|alternance|<slot>)(?!\\p{L})",
    // Le même Erasmus : « on a fait notre Erasmus à Porto la même année ».
    '(on a fait|nous avons fait) (notre|nos|le meme|la meme) (erasmus|echange|master|stage|alternance|prepa|service civique)',
    // Ensemble dans une formation : « nous étions ensemble au DU de médecine du sport à Paris-Descartes ».
    "(nous etions|on etait)( tous les deux| toutes les deux)? ensemble (au|a la|a l'|en|dans|a)( (le|la|l'|un|une|notre))? ?(du|d\\.u\\.|diplome|master|mba|licence|promo|promotion|classe|cursus|formation|prepa|ecole|iut|bts|bootcamp|alternance|fac|faculte|universite|lycee|college|stage)(?!\\p{L})",
    // En alternance ou en résidence au même moment : « nous étions en alternance au même moment chez Airbus », « en résidence dans la même saison du Founders Program ».
    "(nous etions|on etait) en (alternance|stage|apprentissage|internat|erasmus|residence) (au meme moment|en meme temps|ensemble|dans la meme (saison|promo|promotion|cohorte))",
    // Passés par la même école : « nous sommes tous les deux passés par l'INSA de Rennes ».
    "(nous sommes|on est|nous etions|on etait) (tous les deux|toutes les deux|tous deux|toutes deux) (passes|passees|alles|allees|sortis|sorties|diplomes|diplomees|etudiants|etudiantes) (par|de|a|en)",
    // Diplômés de la même école : « nous sommes tous deux diplômés de l'ESSEC ».
    "(nous sommes|on est) (tous (les )?deux|toutes (les )?deux|tous les 2) (diplome|diplomes|diplomee|diplomees|anciens eleves|anciennes eleves|alumni|passes par) (de|d'|du|des|par)",
    // Le même programme la même année : « nous avons fait le Founders Program de Station F la même année ».
    "(on a fait|nous avons fait|on a suivi|nous avons suivi|on etait dans|nous etions dans) (le |la |les |l')[\\p{L}\\p{N}&'-]+( [\\p{L}\\p{N}&'-]+){0,5} (la meme annee|la meme promo|en meme temps|ensemble)",
    // En stage ou en formation ensemble : « on était en stage ensemble à la DREAL ».
    "(on etait|nous etions|on a ete|nous avons ete|on a fait|nous avons fait) (en )?(stage|formation|master|prepa|classe|promo|internat|licence|apprentissage|alternance|these|residanat) ensemble",
    // Professeur et élève, d'un côté ou de l'autre : « vous m'avez enseigné le droit des contrats ».
    "(vous m'avez|tu m'as) (enseigne|forme|encadre|appris|eu comme)",
    "(j'ai ete|j'etais) (votre|ton|ta) (eleve|etudiant|etudiante|stagiaire|apprenti|apprentie|doctorant|doctorante)",
    "(vous etiez|tu etais|vous avez ete|tu as ete) (mon|ma) (professeur|prof|professeure|enseignant|enseignante|tuteur|tutrice|maitre de stage|formateur|formatrice|directeur de these|directrice de these)",
    // La même promotion : « Promo 2014. ESSEC. ».
    'promo(tion)? (\\d{4}|<slot>)',
    // La même école, avant eux : « en M1 à Sciences Po Bordeaux comme vous à l'époque ».
    "comme (vous|toi) (a l'epoque|avant moi|en son temps|il y a)",
    "(ancien|ancienne|diplome|diplomee|alumni?) (de|du|des|d')[^.!?]{0,60} (moi aussi|comme (vous|toi))",
    // D'autres anciens d'une école nommée, quand on l'est aussi : « toujours un plaisir de croiser des anciens de la Solvay Brussels School ! J'y étais en MBA ».
    "(croiser|rencontrer|retrouver|voir) (des|d'autres|un autre|une autre|un|une) (anciens|anciennes|ancien|ancienne|alumni) (de la|de l(?=')|du|des|de|d(?='))",
    '(nous avons|on a) (tous|toutes) (les )?deux (etudie|fait|suivi)',
    // A cohort before or after theirs: «two intakes behind you».
    '(promos?|promotions?) (avant|apres) (toi|vous)',
    '(nous avons|on a) (fait|etudie|suivi) (notre |nos |le meme |la meme |ensemble)',
    '(meme|notre) (promo|promotion|ecole|master|formation|prepa|universite|programme|classe)',
    '(ancien|ancienne|anciens)s? (eleves?|etudiants?|camarades?)',
    'camarades? de (promo|classe)',
    // L'école de qui écrit, où ils ont étudié aussi : « étudiante en deuxième année à Sciences Po Lyon, où vous avez aussi étudié ».
    "(etudiant|etudiante|eleve|diplome|diplomee|ancien|ancienne|stagiaire|doctorant|doctorante|en (master|licence|mba|m1|m2|l3|prepa|bts|but|dut|alternance))( [\\p{L}\\p{N}-]+){0,3} (a|au|aux|de|du|des|en|d(?='))[^.!?\\n]{1,60} ou (vous avez|tu as) (aussi |egalement |vous-meme |toi-meme )?(etudie|fait (vos|tes) etudes|obtenu (votre|ton) diplome|ete (forme|formee|diplome|diplomee))(?!\\p{L})",
  ],
  interaction: [
    // Leur LinkedIn Live ou leur intervention avec son sujet : « votre LinkedIn Live sur la marque employeur ».
    '(votre|ton|ta) (linkedin live|live|livestream|masterclass|keynote|conference|intervention|presentation|atelier|webinaire|talk) (sur|de la semaine|d\'hier|au|a)(?!\\p{L})',
    // Sa session, avec la question ou la présence de qui écrit : « j'ai posé une question pendant votre webinaire… », « j'étais dans le public de votre masterclass au Marché du Film ».
    "j'ai pose une question (pendant|lors de|a la fin de|durant) (votre|ton|ta)(?!\\p{L})",
    "(j'etais|j'ai ete) dans le public de (votre|ton|ta)(?!\\p{L})",
    // Tous les deux sous le même post : « nous avons toutes les deux commenté le post de Julien ».
    "(nous avons|on a) (toutes les deux |tous les deux |tous deux |toutes deux )?commente (le|la|un|une) (post|publication|article|billet)",
    "(nous avons|on a) commente (toutes les deux|tous les deux|tous deux|toutes deux)",
    // Leur webinaire suivi : « j'ai suivi votre webinaire sur la paie ».
    "(j'ai suivi|j'ai regarde|j'ai ecoute|j'ai vu) (votre|ton|ta) (webinaire|webinar|conference|masterclass|formation|podcast|episode|interview|live|talk|intervention)",
    // Leur communication à un congrès nommé : « J'ai eu le plaisir d'assister à votre communication lors du congrès de l'AFSP ».
    "(assister|assiste|assistee) a (votre|ta) (communication|intervention|conference|presentation|keynote|table ronde|atelier|soutenance)",
    // Leur partage du post de l'expéditeur : « j'ai publié un post … et vous l'avez partagé avec un commentaire ».
    "(vous l'avez|tu l'as) (partage|commente|relaye|repris|cite|reposte)",
    // Leur geste envers ce que l'expéditeur a publié, remercié : « merci d'avoir partagé mon article ».
    "merci (d'avoir|pour avoir|de) (partage|commente|relaye|repris|cite|mentionne|recommande|repartage) (mon|ma|mes|notre|nos)",
    // Leur réponse ou leur correction sous ce que l'on a publié : « votre réponse à ma question », « vous avez été la seule à pointer l'erreur dans mon graphique ».
    "(votre|ta|ton) (reponse|remarque|commentaire|correction|precision|objection) (a|sous|sur) (ma|mon|mes)",
    "(vous avez ete|tu as ete) (la seule|le seul|la premiere|le premier) a (pointer|signaler|corriger|relever|repondre|remarquer|citer|donner|apporter|trouver)",
    "(vous aviez|vous avez|tu avais|tu as) pris le temps de me repondre",
    // Leur passage dans un podcast, leur démo remerciée : « votre passage dans le podcast … où vous racontez », « merci pour la démo de Flutter au meetup GDG Nantes ».
    '(votre|ton) passage (dans|sur|a|au)',
    '(merci|bravo) pour (la|le|ta|votre|ton) (demo|talk|presentation|intervention|keynote|atelier|conference) (de|sur|au|a la|a l(?=\'))',
    // Les avoir écoutés quelque part : « je vous ai écoutée dans l'épisode de Génération Do It Yourself ».
    "(je vous ai|je t'ai) (ecoute|ecoutee|entendu|entendue|vu|vue) (dans|sur|a|au|lors)",
    // Leur relecture de la PR de l'expéditeur : « merci pour ta relecture de ma PR sur le dépôt Docusaurus ».
    "(ta|votre) (relecture|review|revue|lecture) (de|sur) (ma|mon|notre|nos|mes) (pr|pull request|article|code|billet|post|these|memoire|manuscrit)",
    // Débloqué par eux sur un Slack : « tu m'as débloquée la semaine dernière sur le Slack de Ladies of Code ».
    "(tu m'as|vous m'avez) (debloque|debloquee|aide|aidee|repondu|depanne|depannee)( [\\p{L}-]+){0,3} (sur|dans) (le|la|l'|un|une)",
    // Leur réponse à ce que l'expéditeur a écrit : « merci pour votre réponse à mon commentaire ».
    "(votre|ta) reponse a (mon|ma|notre) (commentaire|message|post|publication|article|question)",
    // Sous le post de quelqu'un, ensemble : « on s'est écharpées sous le post de Bruno ».
    "(sous|dans les commentaires (du|de)) (le |la )?(post|publication|article|fil) (de [\\p{L}-]+|d'[\\p{L}-]+)",
    '(merci|merci beaucoup) pour (la|le|votre|ta|ton|cette|ce)( [\\p{L}-]+){0,2} (conference|intervention|publication|post|article|presentation|webinar|atelier|podcast)',
    // Leur partage, comme on dit d'un post sur LinkedIn : « votre partage sur les retours en vente à distance », « merci pour ton partage ».
    '(votre|ton)( dernier| recent)? partage (sur|autour|concernant|a propos|au sujet)(?!\\p{L})', 'merci (beaucoup )?pour (votre|ton) partage',
    '(votre|ta|ton|sa|son)( [\\p{L}-]+)? (publication|post|article|commentaire|intervention|conference|presentation|demo|podcast|webinar|atelier|keynote|talk|newsletter|episode|chronique|tribune|video|carrousel|remarque|question|fil|sondage|etude|analyse)',
    '(dans|sous) les commentaires',
    // Ce qu'ils ont publié sur un sujet : « ce que vous avez partagé sur la logistique e-commerce », « la publication que vous avez partagée sur… » (pas « si vous avez publié sur… »).
    "(vous avez|tu as) (partage|publie|ecrit|poste|raconte)(e|es|s)?(?<!(si|quand|lorsque|des que) (vous avez|tu as) [\\p{L}]+) (sur|a propos (de|du|des|d(?='))|au sujet (de|du|des|d(?='))|concernant)(?!\\p{L})",
    // Their reaction to the sender's content: « vous avez commenté mon article sur… ».
    '(vous avez|tu as) (commente|aime|partage|repondu a|reagi a|cite) (mon|ma|mes)',
    // Their content read or heard, not their profile seen: « j'ai vu votre profil » is no exchange.
    '(j\'ai (lu|vu|ecoute|regarde)) (votre|ton|ta)(?! (profil|parcours|cv|page))',
  ],
  valueOffer: [
    // Une vidéo faite pour eux : « j'ai enregistré une courte vidéo sur votre tunnel de commande ».
    "(j'ai enregistre|j'ai fait|j'ai prepare|j'ai tourne|j'ai realise) (une|un) ([\\p{L}-]+ )?(video|loom|capsule|analyse|audit|teardown) (sur|de) (votre|ton|ta|vos|tes)(?!\\p{L})",
    // Une analyse faite pour eux, à transmettre : « Je serais heureux de vous transmettre cette analyse de trois pages ».
    "(vous|te) (transmettre|envoyer|faire parvenir|partager|adresser) (cette |cet |ce |mon |ma |notre |l'|la |le )(analyse|etude|comparatif|rapport|audit|synthese|benchmark|grille|fichier|liste|diagnostic)(?!\\p{L})",
    // Leur propre audit envoyé : « je vous envoie celui de {{companyName}} ».
    '(je vous envoie|je t\'envoie|je peux vous envoyer) (celui|celle|ceux|celles) (de|du|de la)',
    // Un modèle passé, une mise en relation : « je peux te passer le modèle de contrat », « je vous mets en relation avec plaisir ».
    "je (peux|pourrais) (te|vous) (passer|envoyer|transmettre|partager|donner) (le|la|les|mon|ma|mes) (modele|template|fichier|contrat|checklist|trame|tableau|guide|pdf)",
    "je (vous|te) (mets|mettrai) en (relation|contact)",
    // Une démo de ce qui leur sert, offerte : « je peux vous en faire une démo de 20 minutes, sans engagement ».
    "je (peux|pourrais|serais ravi de|serais ravie de) vous (en )?(faire|montrer|presenter) une (demo|demonstration|visite guidee)",
    // Des candidats pour leur poste ouvert, comptés : « je vous envoie volontiers deux profils de candidats anonymisés ».
    "je (vous |t')(envoie|transmets|propose|presente) (volontiers |avec plaisir )?(\\p{N}+|deux|trois|quatre|cinq) (profils|cv)( de candidats?| anonymises| qualifies)?(?!\\p{L})",
    // Le travail fait, envoyé : « je vous envoie le PDF si ça vous intéresse ».
    "je (vous |t')(envoie|transmets|partage|fais suivre) (volontiers |avec plaisir )?(le|la|les|mon|ma|mes|ce|cet|cette) (pdf|fichier|audit|rapport|analyse|document|tableau|liste|enregistrement|video|maquette|checklist|comparatif|benchmark|diagnostic)",
    // Fait pour eux : « je vous ai préparé une liste de 18 fournisseurs ».
    "je (vous |t')ai (prepare|compile|fait|cree|redige|rassemble|monte|enregistre) (une|un|la|le|les|des)",
    // Un travail préparé pour eux : « je peux vous préparer un visuel pour la devanture ».
    "(je peux|je pourrais|je vous propose de) (vous|te) (preparer|faire|envoyer|montrer|realiser) (un|une)( [\\p{L}-]+){0,2} (visuel|maquette|devis|audit|analyse|proposition|plan|video|diagnostic)",
    '(j\'ai prepare|j\'ai redige|j\'ai realise) (un|une)',
    // Not their own offer or firm presented: a pitch («je serais ravi de vous présenter notre offre»).
    '(je peux|je serais ravie? de) vous (envoyer|partager|presenter|montrer)(?! (notre|nos|mon|mes) (offre|offres|solution|solutions|produit|produits|service|services|societe|entreprise|agence|cabinet|plateforme|outil|gamme|catalogue)(?!\\p{L}))',
    '(modele|guide|audit|checklist) gratuit',
    // Une tribune offerte à l'événement ou l'émission de qui écrit : « vous inviter à intervenir », « vous compter parmi nos intervenants », « vous recevoir comme invitée dans notre podcast ».
    "(vous |t'|te )(inviter|accueillir|recevoir|avoir) (a (intervenir|prendre la parole|parler|animer|temoigner)|comme (intervenant|intervenante|speaker|conferencier|conferenciere|panelist|paneliste|invite|invitee)|en tant qu'(intervenant|intervenante|invite|invitee))(?!\\p{L})(?! (un jour|un de ces jours|a l'avenir)(?!\\p{L}))",
    "(vous|te) compter parmi (nos|les) (intervenants|intervenantes|speakers|conferenciers|invites|panelistes)(?!\\p{L})",
  ],
  followingInGeneral: ['(je vous suis|je te suis) depuis', '(je suis|je lis|j\'ecoute) (votre|ton|ta) (contenu|newsletter|podcast)'],
} satisfies ContextPhrases;
