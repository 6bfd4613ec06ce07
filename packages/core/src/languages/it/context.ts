import type { ContextPhrases } from '../types.js';

export default {
  metAt: [
    // Visto parlare lì, il suo intervento lì, il mittente in giuria, in sala o lì anche lui, come in inglese: «ti ho visto parlare ieri al Techorama», «ero in giuria», «ero in sala», «c'ero anch'io».
    '(ti ho|l\'ho|vi ho) (visto|vista|sentito|sentita) (parlare|presentare|intervenire|suonare|moderare)( [\\p{L}-]+){0,2} (al|alla|allo|ai|a|durante|in)(?!\\p{L})',
    '(ero|stavo|sedevo) (in giuria|nella giuria|in sala|tra il pubblico|in prima fila|nel pubblico)(?!\\p{L})',
    "(c'ero|c'ero anch'io|ero presente) (anch'io|anche io|pure io)?(?!\\p{L})",
    '(lei|tu) (ha presentato|hai presentato|ha tenuto un intervento|hai tenuto un intervento|ha tenuto una relazione|ha parlato|hai parlato)(?!\\p{L})',
    // Volontari insieme a un evento con nome: «eravamo entrambe volontarie al Lucca Comics».
    "(eravamo|siamo stati|siamo state) (entrambi|entrambe|tutti e due|tutte e due) (volontari|volontarie|relatori|relatrici|espositori|espositrici|giurati) (al|alla|allo|a|all['’]\\p{L}+)",
    // Parlati ieri a una fiera con nome, presentato entrambi a un convegno: «Ci siamo parlati ieri a Vinitaly», «abbiamo presentato entrambi al convegno SIBBM».
    "(ci siamo parlati|ci siamo conosciuti|ci siamo visti|ci siamo incrociati|abbiamo parlato) (ieri |oggi |giovedi |la settimana scorsa |lo scorso anno )?(a|al|alla|allo|all['’]\\p{L}+)(?!\\p{L})",
    "(abbiamo presentato|abbiamo parlato|siamo intervenuti|siamo intervenute) (entrambi|entrambe|tutti e due) (al|alla|allo|a|all['’]\\p{L}+)",
    // Tutti e due a un evento con nome, in squadre diverse, tra il pubblico, al loro stand: «eravamo in due team diversi all'hackathon di TIM», «abbiamo partecipato entrambi alla [Nome Gara]», «ero tra il pubblico al meetup di Python Milano», «non sono riuscita a passare dal vostro stand».
    "(eravamo|abbiamo partecipato|abbiamo gareggiato) (in due team diversi|in squadre diverse|entrambi|tutti e due|nella stessa squadra|insieme) (al|alla|allo|a|all['’]\\p{L}+)",
    "(ero|eravamo) tra il pubblico (al|alla|allo|del|della|a|all['’]\\p{L}+)",
    '(passare|passato|passata) (dal|al|presso il) (vostro|tuo|suo) stand(?!\\p{L})',
    // Al loro stand in una fiera con nome: «il tempo che mi ha dedicato presso il Vostro stand all'AgriTech Expo di Bologna».
    "(presso il|al) (vostro|suo|tuo) stand (al|alla|allo|a|all['’]\\p{L}+)",
    // Allo stesso tavolo, a un evento con nome: «ero al tuo tavolo al Codemotion di Roma».
    '(ero|eravamo|ero sedut[oa]|eravamo sedut[ie]) (al tuo|al suo|allo stesso|nello stesso|nella stessa) (tavolo|gruppo|team|panel|workshop|stand|squadra) (al|alla|allo|a|del|della|durante)',
    "(anche tu|anche lei) (eri|era|sei stato|sei stata|e stato|e stata) (a|al|alla|allo|in)", "(eri|era) anche (tu|lei) (a|al|alla|allo|in)",
    // Due parole scambiate a un evento nominato: «ci siamo scambiati due parole al Cibus di Parma».
    "scambiat[ie] (due|quattro|qualche) (parole|chiacchiere) (al|alla|allo|all'|a|durante|in occasione)",
    // Sedute vicine a un evento con nome: «eravamo sedute vicine alla plenaria del Salone del Risparmio».
    '(eravamo|siamo stat[ie]) (sedut[ieoa]|seduti) (vicin[ieoa]|accanto)',
    // Al loro stand, fianco a fianco: «dopo la degustazione al vostro stand al #Vinitaly2025».
    '(degustazione|visita|demo|chiacchierata|assaggio) al (vostro|tuo|suo) stand',
    // All'inaugurazione di una mostra, il luogo dopo: «all'inaugurazione della mostra al MAXXI».
    "(all'|alla |durante l'|dopo l')inaugurazione (della|del|dello|di) [\\p{L}]+ (al|alla|allo|all'|a|di|in)",
    '(condividere|condivideremo|condividiamo|condividendo) (il palco|il panel|la scena) (a|al|alla|del|della|di)',
    // Entrambi sul palco di un evento con nome: «siamo entrambi speaker allo SMAU Milano».
    '(siamo|saremo|eravamo) entrambi (speaker|relatori|relatrici|ospiti|espositori|partecipanti) (a|al|allo|alla|all|ai|agli)',
    '(ero|eravamo|stavo|stavamo) in (fila|coda) con (te|lei|voi)',
    '(abbiamo|avevamo) (parlato|chiacchierato|discusso)( brevemente| a lungo| un po\'| tanto)? (al|alla|allo|ai|agli|all\'|durante|dopo)',
    '(ci siamo|ci eravamo) (conosciut|incontrat|incrociat|vist|sentit|parlat)[ioae] (al|alla|allo|ai|agli|alle|a|all\'|durante|dopo|in|nel|nella|nello|sul|sulla)',
    '(piacere|bello|e stato un piacere) (di )?(conoscerti|conoscerla|incontrarti|parlare con te)',
    '(conosciut|incontrat)[oa] (al|alla|a|durante)',
  ],
  studiedTogether: [
    // Studiato come loro in un luogo nominato, insieme in una coorte o un corso, lo stesso stage: «come lei, ho studiato giurisprudenza a Gottinga», «siamo insieme nella coorte di primavera del corso…», «abbiamo fatto entrambi lo stage in…», «abbiamo frequentato entrambi il corso…», «abbiamo studiato entrambi … a Delft», «compagna di batch».
    '(come lei|come te|proprio come lei|proprio come te),? (anch\'io )?(ho studiato|ho fatto|mi sono laureat[oa])( [\\p{L}-]+){0,3} (a|in|al|alla|presso)(?!\\p{L})',
    '(siamo|eravamo) (insieme|entrambi|entrambe) (nella|nel|nello) (coorte|corso|batch|edizione|classe|programma)(?!\\p{L})',
    'abbiamo (fatto|frequentato|seguito|studiato) (entramb[ie]|tutti e due|tutte e due|insieme)( [\\p{L}\\p{N}\'-]+){0,4} (in|a|al|alla|presso|il corso|lo stage|la formazione)(?!\\p{L})',
    '(compagn[oa]|colleg[ae]) di (batch|coorte|corso|classe|stage)(?!\\p{L})',
    // Lo stage o il batch in comune: «abbiamo fatto entrambi lo stage estivo in [Azienda]», «anche tu nel batch di primavera di Spinta Lab?», «ho fatto lo stage in [Azienda] nello stesso periodo in cui lei era…».
    "abbiamo fatto (entrambi|tutti e due|tutte e due|insieme) (lo|il|la|l')( [\\p{L}-]+)? (stage|tirocinio|master|corso|erasmus|dottorato|praticantato|bootcamp)(?!\\p{L})",
    // Lo stesso stage nello stesso anno, detto dopo: «abbiamo fatto lo stage estivo in Ferrero ad Alba nello stesso anno».
    "(abbiamo|avevamo) fatto (lo |il |la |l')(stage|tirocinio|master|corso|erasmus|dottorato|praticantato|bootcamp|servizio civile)( [\\p{L}\\p{N}'-]+){0,6},? (nello stesso (anno|periodo|semestre)|negli stessi (anni|mesi)|contemporaneamente|in contemporanea)(?!\\p{L})",
    "(anche tu|pure tu|anche lei) (nel|nella|in) (batch|cohort|coorte|corso|master|classe|edizione|programma)(?!\\p{L})",
    "(stage|tirocinio|praticantato)[^.!?\\n]{0,40} nello stesso periodo(?!\\p{L})",
    // Lo stesso anno di corso: «eravamo nello stesso anno di Ingegneria Gestionale a Palermo».
    '(eravamo|siamo stati|siamo state) (nello stesso|nella stessa) (anno|corso|classe|sezione|facolta|master|aula) (di|del|della|a|al|alla|in)',
    // Lo stage fatto insieme: «abbiamo fatto lo stage in Ferrero ad Alba insieme nel 2017».
    "(abbiamo fatto|facevamo) (lo|il|la|l'|l’) ?(stage|tirocinio|master|corso|erasmus|praticantato|servizio civile)( [\\p{L}-]+){0,4} insieme",
    // Preparato insieme: «abbiamo preparato insieme l'esame PMP».
    '(abbiamo|avevamo) (preparato|studiato|frequentato|seguito) insieme',
    // Un corso in cui insegnavano: «il corso SNA su appalti in cui Lei era docente».
    '(in cui|dove) (lei|tu) (era|eri) (docente|relatore|relatrice|insegnante|professore|professoressa|tutor)',
    // Lo stesso percorso, chiesto con «anche tu»: «anche tu hai frequentato il master in Food Innovation?».
    "(anche tu|anche lei|pure tu|pure lei) (hai|ha) (frequentato|fatto|seguito|studiato|concluso|terminato) (il|la|lo|l(?=')|un|una|al|alla|allo|all(?='))",
    // Lo stesso ateneo appena nominato, detto «lì»: «sono uno studente del Politecnico di Torino… ho visto che anche tu hai studiato lì».
    "(anche tu|anche lei|pure tu|pure lei) (hai|ha) (studiato|frequentato|fatto l'universita|fatto il master) (li|la|proprio li|proprio la)(?!\\p{L})",
    // Nella stessa sede, in Erasmus lo stesso semestre: «il Servizio Civile nella stessa sede di Legambiente», «eravamo in Erasmus a Lovanio nello stesso semestre», «nella stessa squadra all'hackathon».
    '(nella stessa|nello stesso) (sede|ufficio|classe|corso|reparto|laboratorio|squadra|team|semestre|anno accademico)',
    'eravamo in (erasmus|scambio|stage|tirocinio|servizio civile)',
    // Ex studenti come loro, laureati entrambi: «siamo ex studenti come te», «siamo entrambi laureati in Ingegneria gestionale al Politecnico».
    "(siamo|sono) (ex studenti|ex studentesse|ex alunni|ex allievi|alumni|laureati|laureate)( [\\p{L}-]+){0,3} come (te|lei|voi)",
    // Uno solo, con la scuola e l'anno tra parentesi: «sono un ex alunno della Bocconi (CLEAM 2021) come lei».
    "sono (anch'io |anche io )?(un|una|un') ?(ex studente|ex studentessa|ex alunno|ex alunna|ex allievo|ex allieva|alumnus|alumna|laureato|laureata)( [\\p{L}\\p{N}().'-]+){1,8} come (te|lei|voi)(?!\\p{L})",
    "(siamo|eravamo) (entrambi|entrambe|tutti e due|tutte e due) (laureati|laureate|diplomati|diplomate|ex studenti|alumni|specializzati)",
    // Laureati nello stesso ateneo: «anch'io mi sono laureata a [Università]».
    "(anch'io|anche io|pure io) mi sono (laureat[oa]|diplomat[oa]|specializzat[oa]) (a|alla|al|all'|presso|in)",
    "(anch'io|anche io|pure io) ho studiato (a|al|alla|all'|allo|presso|in)",
    // Laureati nello stesso posto, detto di loro dopo averlo detto di sé: «ho visto che anche Lei si è laureato al Poli».
    "(anche lei|anche tu|pure lei|pure tu) (si e laureat[oa]|ti sei laureat[oa]|ha studiato|hai studiato|si e diplomat[oa]|ti sei diplomat[oa]) (a|al|alla|all'|allo|presso|in)(?!\\p{L})",
    // Fatto insieme: «abbiamo fatto la specializzazione in Cardiologia insieme al Gemelli».
    "(abbiamo fatto|facevamo|abbiamo frequentato) (la |il |lo |l'|i |gli )?(specializzazione|master|corso|dottorato|tirocinio|praticantato|scuola|liceo|universita|specialistica|triennale|magistrale|erasmus)( [\\p{L}'-]+){0,4} insieme",
    // La stessa scuola, insieme: «eravamo insieme all'alberghiero di Cervia».
    "(eravamo|siamo stati|siamo state|studiavamo|abbiamo studiato) insieme (all'|al |alla |allo |a |in |nella |nello |nel )?(alberghiero|istituto|liceo|universita|scuola|corso|master|its|accademia|conservatorio|politecnico|dottorato|specializzazione)",
    // Docente e studente, da una parte o dall'altra; lo stesso batch: «ho frequentato il suo corso di Statistica», «anch'io ho fatto parte del batch 2023».
    '(ho frequentato|ho seguito) (il suo|il tuo|la sua|la tua|i suoi|i tuoi) (corso|corsi|lezione|lezioni|laboratorio|seminario|master|classe)',
    '(sono stato|sono stata|ero) (suo|sua|tuo|tua) (studente|studentessa|allievo|allieva|tesista|stagista|dottorando|dottoranda)',
    '(lei era|eri|era) (il mio|la mia) (professore|professoressa|docente|relatore|relatrice|tutor|insegnante|maestro|maestra)',
    "(anch'io|anche io) ho fatto parte (del|della|dello) (batch|coorte|cohort|classe|edizione|programma)",
    // Lo stesso banco di laboratorio: «la cappa che dividevamo al secondo piano di chimica».
    '(dividevamo|condividevamo|dividevo con te|condividevo con te) (la|il|lo|l) ?(cappa|banco|laboratorio|stanza|ufficio|scrivania|aula|postazione)',
    '(la|il|lo|l) ?(cappa|banco|laboratorio|stanza|ufficio|scrivania|aula|postazione) che (dividevamo|condividevamo)',
    '(abbiamo|avevamo) (entrambi|entrambe|tutti e due) (studiato|frequentato|fatto)',
    '(abbiamo|avevamo) (fatto|studiato|frequentato) (insieme|lo stesso|la stessa)',
    '(stesso|stessa) (master|corso|universita|classe|programma|bootcamp|scuola|batch|acceleratore|percorso)',
    '(ex compagn[ioae]|compagn[ioae] di (corso|classe|universita|studi|master))',
    // Studiavamo entrambe, eravamo al corso, alumna come loro: «studiavamo entrambe Lingue all'Orientale», «eravamo al corso di Project Management», «anch'io sono alumna di [Università]».
    '(studiavamo|frequentavamo|abbiamo studiato|abbiamo frequentato) (entrambi|entrambe|tutti e due|tutte e due|insieme)',
    "(eravamo|siamo stati|siamo state) (entrambi |entrambe |insieme )?(al |alla |allo |all'|nello stesso |nella stessa )(corso|master|bootcamp|laboratorio|classe|programma|percorso|scuola)",
    "(anch'io|anche io|pure io) sono (alumn[aoie]|ex studente|ex studentessa|ex alunn[oa]|ex allievo|ex allieva) (di|del|della|dell'|dello|al|alla|a|in|presso)",
    // Lo stesso corso detto di sé, «come te»: «anche io ho frequentato il corso di … come te».
    "(anche io|anch'io) ho (frequentato|fatto|studiato|seguito) (il |la |lo |l'|un |una )[\\p{L}\\p{N}'-]+( [\\p{L}\\p{N}'-]+){0,11}(,? come te)?",
  ],
  interaction: [
    // La loro masterclass o il loro live con il tema, il whitepaper del mittente commentato: «la tua masterclass sulle TikTok Ads», «il suo LinkedIn Live sull'employer branding», «hai commentato il nostro whitepaper».
    "(la tua|la sua|il tuo|il suo) (masterclass|live|linkedin live|presentazione|keynote|intervento|workshop|webinar|talk) (sul|sulla|sui|sulle|sull'\\p{L}+|al|alla|di ieri)(?!\\p{L})",
    '(hai|ha|avete) (commentato|condiviso|risposto a) (il nostro|la nostra|il mio|la mia) (whitepaper|post|articolo|video|studio|report|newsletter|webinar|podcast|episodio)(?!\\p{L})',
    // Entrambi sotto lo stesso post: «abbiamo commentato entrambe il post di Giulio», «ho ascoltato la tua puntata del podcast…».
    'abbiamo commentato (entrambi|entrambe|tutti e due|tutte e due|tutti e due) (il|lo|la|l\'|un|una) ?(post|articolo|pubblicazione)',
    '(ho ascoltato|ho sentito|ho visto|ho guardato) (la tua|il tuo|la sua|il suo|la vostra|il vostro) (puntata|episodio|intervista|podcast|talk|intervento|webinar|diretta)',
    // La loro risposta o correzione sotto ciò che si è pubblicato: «la tua risposta alla mia domanda», «la Sua precisazione sotto il mio articolo».
    "(la tua|la sua|il tuo|il suo) (risposta|precisazione|commento|correzione|osservazione|nota) (alla mia|al mio|sotto il mio|sotto la mia|nella mia|nel mio|ai miei|alle mie)",
    "(risposte|commenti|reazioni) (al mio|alla mia|ai miei) (sondaggio|post|articolo|domanda|thread|video)",
    // Una loro puntata, demo o relazione, nominata col tema; un evento dove sono intervenuti: «la tua puntata sul fundraising», «hai fatto la demo su Flutter», «hai citato il caso delle case popolari», «il webinar in cui sei intervenuta».
    '(la tua|la sua) (puntata|intervista|ospitata) (su|sul|sulla|sui|sugli|sulle|di|nel|al)',
    '(hai|ha) (fatto|tenuto|presentato) (la|una|il|un) (demo|talk|presentazione|intervento|keynote|workshop|relazione|lezione) (su|sul|sulla|sui|sugli|sulle|di)',
    '(hai|ha) (citato|raccontato|presentato|mostrato) il caso',
    '(in cui|dove) (sei|e) (intervenut[oa]|stat[oa] (relatore|relatrice|ospite))',
    '(il suo|il tuo) (paper|saggio|libro|studio|report|articolo|working paper)',
    '(la sfilata|lo stand|la collezione|il lancio) del (tuo|suo) (brand|marchio|studio|atelier)',
    // Una risposta a ciò che uno ha scritto: «grazie per aver risposto al mio post».
    '(grazie|grazie mille) (per|di) (aver|avere) (risposto|commentato|condiviso|letto|rilanciato) (al|il|la|alla|ai|alle|a) (mio|mia|miei|mie|nostro|nostra)',
    // La loro sessione, un numero della loro newsletter: «ho partecipato al webinar che hai tenuto», «l'ultimo numero della tua newsletter».
    '(ho partecipato|ho assistito|ero) (al |alla |a |all\'|allo )(webinar|seminario|workshop|talk|intervento|corso|lezione|evento|incontro) (che|in cui) (hai tenuto|ha tenuto|hai organizzato|ha organizzato|hai moderato|ha moderato|hai presentato|ha presentato)',
    '(numero|puntata|episodio|uscita|edizione) (della|del) (tua|sua) (newsletter|podcast|rubrica|serie)',
    '(al|sul|nel|del|il) (tuo|suo) (commento|post|articolo|intervento|sondaggio|thread)',
    '(ho risposto|ho commentato|ho reagito|ho votato) (al|alla|sotto il|sotto la|nel|nella) (tuo|tua|suo|sua|vostro|vostra)',
    // Il loro annuncio o post commentato, anche al plurale: «ho commentato il vostro annuncio di ieri».
    "(ho commentato|ho condiviso|ho rilanciato|ho risposto a) (il|la|lo|l') ?(tuo|tua|suo|sua|vostro|vostra) (post|annuncio|articolo|video|sondaggio|intervento|thread|carosello)(?!\\p{L})",
    '(grazie) per (il|la|lo|tuo|tua|suo|sua|questo|questa)( [\\p{L}-]+){0,2} (intervento|talk|articolo|post|presentazione|webinar|workshop|podcast|intervista)',
    // Il loro commento sotto un post del mittente: «grazie per il commento che hai lasciato sotto il mio post».
    '(commento|commenti|risposta|like)( [\\p{L}\'-]+){0,3} (sotto|su|al|sul) (il |un )?(mio|mia) (post|articolo|video|domanda|commento)',
    // Un aggettivo in mezzo: «il tuo ultimo post su…».
    '(il tuo|la tua|il suo|la sua) (ultimo|ultima|recente|nuovo|nuova) (post|articolo|intervento|video|podcast|talk)',
    '(il tuo|la tua|il suo|la sua) (post|articolo|commento|intervento|talk|podcast|presentazione|workshop|webinar|keynote|intervista|newsletter|video|libro|ricerca|sondaggio|thread|carosello)',
    '(nei|tra i) commenti',
  ],
  valueOffer: [
    // Un video fatto per loro: «ho registrato un breve video sul tuo checkout».
    '(ho registrato|ho fatto|ho preparato|ho girato) (un|una) ([\\p{L}-]+ )?(video|loom|analisi|audit) (sul|sulla|sui|sulle|del|della|dei) (tuo|tua|tuoi|tue|vostro|vostra|suo|sua)(?!\\p{L})',
    // Una sessione gratuita proposta: «Le propongo una sessione gratuita di trenta minuti».
    '(le|ti|vi) propongo (una|un) (sessione|demo|call|audit|analisi|check|consulenza|prova)( [\\p{L}-]+)? (gratuita|gratuito|gratis|omaggio)',
    // Un audit fatto su di loro, da mandare: «ho fatto un audit SEO gratuito del vostro blog … Vuoi che ti mandi il file?».
    '(ho fatto|ho preparato|ho realizzato|abbiamo fatto|abbiamo preparato)( un| una)? (audit|analisi|check|teardown|report|confronto)( [\\p{L}-]+){0,2} (del|della|dei|delle|sul|sulla|sui|per il|per la) (vostro|vostra|tuo|tua|suo|sua|vostri|tuoi|vostre|tue)',
    '(vuoi|vuole|ti va|le va) (che|se) (ti|le) (mandi|invii|giri|passi|mando|invio|giro|passo) (il|la|lo|l)',
    // Una presentazione offerta: «se ti interessa, vi metto in contatto».
    '(vi|ti|la|le) metto in contatto',
    // Qualcosa di fatto per loro, da mandare: «ti mando lo screenshot con le correzioni?».
    "(ti|le|vi) (mando|invio|giro|passo|preparo) (lo|la|il|i|le|gli|l')( ?)(screenshot|file|foto|report|analisi|checklist|modello|elenco|lista|video|registrazione|bozza|correzioni|audit|confronto|tabella)",
    // Una correzione pronta per il loro codice: «ho già pronta una correzione: preferisce una pull request?».
    '(ho|abbiamo) (gia )?(pronta|pronto|scritto|scritta|preparato|preparata) (una|un) (correzione|patch|fix|soluzione)',
    '(ho preparato|ho creato|ho scritto) (un|una)',
    // Non il proprio deck o listino: un pitch.
    '(posso|potrei) (mandarti|inviarti|condividere|mostrarti)(?! (il|la|lo|un|una|i nostri|il nostro|la nostra) (deck|pitch|pitch deck|brochure|catalogo|listino|preventivo|presentazione aziendale)(?!\\p{L}))',
    '(template|guida|checklist|analisi) gratuit[ao]',
  ],
  followingInGeneral: ['(seguo|leggo|ascolto) (il tuo|i tuoi|la tua) (contenuti|newsletter|podcast|post)'],
} satisfies ContextPhrases;
