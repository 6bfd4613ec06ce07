import type { ReasonPhrases } from '../types.js';

export default {
  hooks: [
    // Come in inglese, tra chi si conosce e sul lavoro: un piacere collaborare o accompagnarli, le persone con cui si è lavorato, grazie per la raccomandazione, un caffè per aggiornarsi, il loro nuovo lavoro saputo, le slide da girare, la tesi discussa con loro, ex della stessa azienda, un'esperienza come la loro: «è stato un piacere collaborare con lei», «ci prendiamo un caffè per aggiornarci?», «ho visto che sei passato a…», «ho discusso con lei la tesi», «cerchiamo business angel con esperienza nel [settore] come la tua».
    '(e stato|e stata) un (piacere|onore|privilegio) (lavorare|collaborare|accompagnarla|accompagnarti|accompagnarvi|seguirla|seguirti|affiancarla|affiancarti)( con (lei|te|voi))? (su|sul|sulla|sui|sulle|a|al|alla|in|nel|nella|nei|negli|per|durante)(?!\\p{L})',
    '(persone|colleghi|colleghe|squadra|team) con (cui|i quali|le quali) ho (lavorato|collaborato)(?!\\p{L})',
    '(ringraziarla|ringraziarti|ringraziarvi|grazie) per (la sua|la tua|la vostra) (raccomandazione|segnalazione|referenza|buona parola|presentazione)(?!\\p{L})',
    '(caffe|aperitivo|pranzo|birra) per (aggiornarci|raccontarci|sentirci|rivederci)(?!\\p{L})',
    '(visto|saputo|letto|sentito) che (sei|e) (passat[oa]|entrat[oa]|arrivat[oa]|approdat[oa]) (a|in|da|al|alla|nel|nella)(?!\\p{L})',
    '(cosi|per|e) (ti|le|vi) (giro|mando|passo|invio|inoltro) (le|il|la|i|gli) (slide|presentazione|file|foto|documenti|materiali|link)(?!\\p{L})',
    '(discusso|scritto|preparato|fatto) con (lei|te) la (mia )?tesi(?!\\p{L})',
    '(anche tu|anche lei) ex(?!\\p{L})',
    '(sapere|sentire|raccontami|dimmi) come (ti trovi|ti stai trovando|si trova|va|ti va)(?!\\p{L})',
    '(ho visto|vedo) (sul|dal) (tuo |suo )?profilo che(?!\\p{L})',
    '(con esperienza|con un profilo|con competenze)( [\\p{L}-]+){0,4} come (la tua|la sua|il tuo|il suo)(?!\\p{L})',
    // Ciò che un altro ha riferito di loro, come «told me that your…» in inglese: «mi ha riferito che il Vostro stabilimento sta valutando…».
    "(mi ha|mi aveva|ci ha|ci aveva) (detto|riferito|raccontato|accennato|segnalato|anticipato) che (il vostro|la vostra|il tuo|la tua|il suo|la sua|i vostri|le vostre|i tuoi|le tue|i suoi|le sue|l'azienda|la sua azienda|la vostra azienda)(?!\\p{L})",
    // Lavoro che si passano due dello stesso mestiere: «potremmo passarci clienti quando siamo pieni».
    '(passarci|ci passiamo|mandarci|segnalarci|ci segnaliamo) (lavori|lavoro|clienti|progetti|incarichi|pazienti)(?!\\p{L})',
    // Ciò di cui si parlava, come «when we were talking about» in inglese: «mentre parlavamo di {{tema}}», «abbiamo parlato della migrazione».
    "(parlavamo|discutevamo|chiacchieravamo|abbiamo parlato|abbiamo discusso|stavamo parlando|stavamo discutendo) (di|del|della|dei|delle|dello|degli|sul|sulla|su|dell'\\p{L}+)(?!\\p{L})",
    // Un tema su cui il mittente lavora o vuole confrontarsi, da riempire: «sto lavorando su [argomento]», «confrontarmi su {tema}».
    '(sto|stiamo) (lavorando|studiando|esplorando|scrivendo|ricercando) (su|a|sul|sulla|di) <slot>',
    '(confrontarmi|confrontarci|scambiare idee|scambiare opinioni|scambiarci idee) (su|sul|sulla|sui|riguardo a|riguardo) <slot>',
    // Un loro tema di cui parlare, suggerito: «mi ha suggerito di parlarti della vostra fiera del libro».
    '(parlarti|parlarle|parlarvi|parlare|confrontarci|sentirci) (della|del|dei|delle|dello|degli|sulla|sul|sui|sulle) (vostra|vostro|vostri|vostre|tua|tuo|tuoi|tue|sua|suo|suoi|sue)(?!\\p{L})',
    // Domande su un tema: «vorrei farti due domande sul passaggio da agenzia a in-house».
    '(farti|farle|fare|chiederti|chiederle|porti|porle) (due|qualche|alcune|una|tre) domand[ae] (sul|sulla|sui|sulle|su|riguardo|circa)(?!\\p{L})',
    // Non sentiti da un tempo comune, il loro ruolo per chi scrive (1° grado): «non ci sentiamo dall'università», «sei stato il mio responsabile in TIM», «sono stata la sua stagista in Ferrero».
    "non ci (sentiamo|vediamo|siamo sentiti|siamo visti) (da|dai|dal|dalla|dall['’]\\p{L}+)",
    '(sei stato|sei stata|e stato|è stato|e stata|è stata) (il mio|la mia) (responsabile|capo|manager|mentore|tutor|professore|professoressa|allenatore|allenatrice|relatore|relatrice)(?!\\p{L})',
    '(sono stato|sono stata|ero) (il suo|la sua|il tuo|la tua) (stagista|tirocinante|praticante|assistente|allievo|allieva|studente|studentessa)(?!\\p{L})',
    // Un passato e un'occasione in comune (soprattutto 1° grado): «eravamo colleghi in Fiat», «grazie per la bella collaborazione sul cantiere», «serata fantastica ieri alla cena di squadra».
    '(eravamo|siamo stati|siamo state) (colleghi|colleghe|compagni|compagne|vicini|vicine|coinquilini|coinquiline)(?!\\p{L})',
    'grazie (ancora )?(per la|della|per questa|per la nostra) (bella |ottima |splendida )?collaborazione (sul|sulla|per|nel|nella|durante|al|alla|con)(?!\\p{L})',
    '(serata|giornata|cena|festa) (fantastica|bellissima|stupenda|divertente|splendida) (ieri |venerdi |sabato )?(alla|al|allo|a|in|durante)(?!\\p{L})',
    // Il loro passaggio a un'altra azienda, chi si era nel cantiere comune, come d'accordo: «ho visto che sei passato a [Nuova Azienda]», «quello del cantiere di via Mazzini», «ti mando il listino come d'accordo».
    '(sei passato|sei passata|sei approdato|sei approdata|ti sei spostato|ti sei spostata) (a|in|da|al|alla|nel|nella)(?!\\p{L})',
    '(quello|quella) (del|della|dello) (cantiere|progetto|corso|ufficio|reparto|turno|stand|tavolo)(?!\\p{L})',
    "(come d'accordo|come concordato|come promesso|come d'intesa)",
    // La scrivania condivisa (1° grado), la persona giusta per un tema: «hanno condiviso la scrivania in Accenture», «sei la persona da sentire per [tema]».
    "(condiviso|diviso|condividevamo|dividevamo) (la scrivania|l'ufficio|l’ufficio|la stanza|il desk|la postazione)",
    '(la persona|il riferimento) (giusta |giusto )?(da sentire|a cui chiedere|con cui parlare|da contattare) (per|su|sul|sulla|sui)(?!\\p{L})',
    // Un passato comune (1° grado), un contatto passato per qualcosa, ciò di cui si è parlato: «dai tempi dell'Occhialeria Cadorina», «compagni di banco al Poli», «ex collega di [Azienda]», «dopo la rimpatriata dell'ITIS Volta», «mi ha girato il tuo profilo x il bando sull'idrogeno», «per la demo di cui parlavate».
    "(dai tempi|dal tempo|dagli anni) (di|del|della|dello|dei|delle|dell['’]\\p{L}+)",
    '(compagni|compagne|compagno|compagna) (di banco|di classe|di corso|di stanza|di squadra|di universita|di studi|di master)',
    "(ex|ex-) ?(collega|compagno|compagna|coinquilino|coinquilina|capo) (di|da|in|del|della|dello|al|alla|dell['’]\\p{L}+)(?!\\p{L})",
    "(dopo|alla|dalla|dopo la) (rimpatriata|cena di classe|reunion|festa di classe) (del|della|di|dei|dell['’]\\p{L}+)",
    "(passato|girato|dato|inoltrato) (il tuo|il suo) (contatto|profilo|numero|nome) (per|x) (il|la|lo|i|le|un|una|l['’]\\p{L}+)(?!\\p{L})",
    // Il contatto passato perché il mittente cerca qualcosa: «mi ha passato il tuo contatto quando le ho detto che cerco un mentore».
    "(passato|girato|dato|inoltrato) (il tuo|il suo) (contatto|profilo|numero|nome) (quando|perche|dato che|visto che) (le|gli|ti)? ?ho (detto|raccontato|spiegato) che",
    '(di cui|della quale|del quale) (parlavate|avete parlato|parlavamo|abbiamo parlato|mi parlava|mi ha parlato)',
    // Un parere chiesto su qualcosa, documenti da girare come concordato, il loro team che assume: «avrei bisogno di un parere sui fornitori di acetato», «per poterle girare la documentazione tecnica», «il tuo team pubblica spesso annunci per data engineer».
    '(avrei|ho|avremmo|abbiamo) bisogno (di )?(un )?(parere|consiglio|confronto|aiuto) (su|sul|sulla|sui|sulle|sullo|per)(?!\\p{L})',
    // Un consiglio o una domanda su qualcosa, come "advice on" e «consejo sobre» (non consigli che si condividono o si pubblicano): «qualche consiglio su come farsi notare».
    '(consiglio|consigli|parere|domanda|domande|opinione|dubbio|dritta|dritte|suggerimento|suggerimenti)(?<!(condividere|condivido|condividiamo|condivide|pubblicare|pubblico|pubblica|scrivere|scrivo|scrive|dare|do|diamo)( [\\p{L}]+){0,2} (consiglio|consigli|parere|domanda|domande|opinione|dubbio|dritta|dritte|suggerimento|suggerimenti)) (su|sul|sulla|sullo|sui|sulle|riguardo|circa|in merito)(?!\\p{L})',
    '(poterle|poterti|potervi|per) (girare|inviare|mandare|passare) (la|il|i|le|lo) (documentazione|scheda|schede|offerta|preventivo|file|materiale|dettagli|specifiche)',
    '(il tuo|il suo|il vostro|la tua|la sua|la vostra) (team|azienda|reparto|ufficio|studio|societa) (pubblica|cerca|sta cercando|assume|sta assumendo|sta crescendo)',
    // Il loro nuovo lavoro chiesto, anni passati insieme, il loro trasloco (1° grado e oltre): «mi racconti com'è il nuovo lavoro», «dopo gli anni passati insieme in [Azienda]», «vedo che ti stai trasferendo ad Amsterdam».
    "(mi racconti|raccontami|come va|com'e|com’e)( [\\p{L}'’-]+){0,2} (il )?(tuo |suo )?nuovo (lavoro|ruolo|incarico|posto|progetto)",
    '(anni|mesi) (passati|trascorsi) insieme (in|a|da|nel|nella|al|alla|presso)',
    '(ti stai trasferendo|ti trasferisci|stai per trasferirti|ti sei appena trasferit[oa]|ti sei trasferit[oa]) (a|ad|in|nel|nella)(?!\\p{L})',
    // Contattarla su un tema, su consiglio di qualcuno: «mi ha consigliato di contattarti riguardo alla valutazione dei fornitori».
    '(contattarti|contattarla|scriverti|scriverle|sentirti|sentirla|parlarti|parlarle) (riguardo a|riguardo al|riguardo alla|riguardo ai|riguardo alle|riguardo|a proposito di|a proposito del|a proposito della|circa|su|sul|sulla|per parlare di)(?! (una |possibili |nuove )?(opportunita|collaborazioni?|sinergie|networking|linkedin)(?!\\p{L}))',
    // Il loro campo, detto per chi li indica: «mi ha indicato Lei come riferimento per il diritto societario».
    '(come|quale) (riferimento|punto di riferimento|esperto|esperta|persona giusta|la persona giusta) (per|in|su|sul|sulla|nel|nella)',
    // Idee per loro: «ho un paio di idee per aumentare le aperture».
    "(ho|abbiamo) (un paio di|alcune|qualche|due|tre) (idee|suggerimenti|proposte)(?!\\p{L})",
    // Domande su un tema, ciò che hanno fatto detto di loro: «avrei due domande sulla rendicontazione», «sei stato tu a riscrivere…».
    "(avrei|ho) (due|tre|alcune|qualche|un paio di) domand(e|a) (su|sulla|sul|sui|sugli|sulle|riguardo)",
    "(sei stat[oa] tu|e stat[oa] lei|eri tu|era lei) (a|che|quell[oa] che)",
    // Un loro traguardo, nominato: «complimenti per il round seed di Orbitalis».
    "(complimenti|congratulazioni) per (il |la |l')(round|raccolta|finanziamento|lancio|apertura|acquisizione|quotazione)",
    // La nomina o il premio, nominati: «congratulazioni per la nomina a Direttrice Acquisti di Barilla».
    "(complimenti|congratulazioni) per (il |la |l'|lo )(nomina|promozione|premio|riconoscimento|certificazione|vittoria|traguardo|incarico)( (a|come|di|da|in|presso) (<slot>|[\\p{L}&.-]+))",
    // Qualcosa di cui parlavano, una chiacchierata su un tema, come hanno fatto: «quel contatto del birrificio di cui parlavi», «scambiare due parole sulle operazioni mid-cap», «vorrei sapere come avete aperto le farmacie».
    'di cui (parlavi|mi parlavi|mi dicevi|parlavamo|parlava|mi parlava)',
    '(scambiare|fare) (due parole|quattro chiacchiere|una chiacchierata|un confronto|due chiacchiere) (su|sul|sulla|sugli|sulle|sui|riguardo)',
    '(sapere|capire|chiederti|chiederle|domandarti|domandarle) come (avete|hai|ha|siete|sei|e stato|e stata)',
    // Una candidatura da loro, il sogno di lavorare da loro, una domanda concreta, un passato in comune:
    // «mi piacerebbe candidarmi allo stage di {{azienda}}», «il mio sogno è lavorare nella cucina di {{azienda}}», «posso chiederti com'è strutturato…», «da quanto tempo, dall'ultimo anno di liceo».
    "(candidarmi|candidarsi|mi sono candidat[oa]|mi candido|mi sto candidando) (a|al|allo|alla|all'|per|presso)",
    "(sogno|vorrei|mi piacerebbe|desidero)( e)? (lavorare|entrare) (nella|nel|nello|in|per|presso|da|con)( [\\p{L}-]+){0,2}( di| da)? <slot>",
    "(posso|potrei) (chiederti|chiederle|domandarti|domandarle) (com'e|come|quale|quali|cosa|se|quanto)",
    "(da quanto tempo|quanto tempo),? (dall'\\p{L}+|dal|dalla|dai|dagli|dai tempi)",
    // Un tempo passato insieme, da quando è finito: «da quando abbiamo lasciato lo studio di Bergamo».
    'da quando (abbiamo|avete) (lasciato|finito|chiuso|venduto|smesso)',
    // Chi cercano per la loro attività: «cerco un fornitore di imballaggi compostabili».
    'cerco (un|una|uno) (fornitore|fornitrice|partner|distributore|distributrice|installatore|consulente|produttore|produttrice|grossista|collaboratore|collaboratrice|socio|socia|terzista)',
    // Un progetto comune proposto: «un pacchetto congiunto per l'estate».
    "(progetto|pacchetto|evento|offerta|iniziativa|proposta) (congiunt[oa]|comune|insieme)",
    // Una candidatura da loro, una notizia detta prima, un'apertura: «mi candido come sviluppatore in Satispay», «lo studio di cui ti parlavo».
    "(mi candido|mi sono candidat[oa]|vorrei candidarmi) (come|per|a)( il| la| lo| l'| un| una)? ([\\p{L}-]+ ){0,3}(in|da|presso|con|per) (<slot>|[\\p{L}&-]+)",
    "di cui ti (parlavo|avevo parlato|ho parlato)",
    "(ho|abbiamo) (finalmente |appena )?(aperto|lanciato|avviato|inaugurato) (il|la|lo|l'|un|una|uno|mio|mia|nostro|nostra|a|in)",
    // Quanto anticipato a voce: «come anticipato nella telefonata di stamattina» («come d'accordo» stands alone above).
    "come (anticipato|detto) (nella|durante la|al|alla|dopo la) (telefonata|telefono|chiamata|call|riunione|videochiamata)",
    // Un passato insieme, una persona cercata per un ruolo, il loro ruolo visto: «facevamo i turni di notte insieme», «cerco una brand manager per il mercato tedesco», «vedo che Lei coordina il blocco operatorio».
    "(facevamo|lavoravamo|studiavamo|giocavamo|eravamo)( [\\p{L}'-]+){0,4} insieme",
    "cerco (un|una|uno)( [\\p{L}-]+){1,3} per (il|la|lo|l'|i|le|un|una|il nostro|la nostra)",
    "(visto|vedo) che (lei|tu) (coordina|coordini|dirige|dirigi|guida|guidi|gestisce|gestisci)",
    // Un passato in comune ricordato: «ti ricordi del corso da elettricista a Modena?».
    '(ti ricordi|si ricorda|vi ricordate) (del|della|dello|dei|delle|di quando|quando)',
    // Un'intervista chiesta per un lavoro preciso: «accetterebbe una breve intervista?».
    '(accetterebbe|accetteresti|concederebbe|concederesti|sarebbe disponibile per|saresti disponibile per) (una|un) (breve |rapida |piccola )?(intervista|chiacchierata|colloquio)',
    // Volerli in un ruolo preciso: «mi piacerebbe tanto averti come contralto».
    '(averti|averla|avervi) (come(?! (contatto|contatti|collegamento|collegamenti|connessione|amic[oa]|parte)(?!\\p{L}))|in squadra|a bordo)',
    // Un tempo passato insieme: «ci siamo sentiti spesso durante il cantiere della metro».
    '(ci siamo sentiti|abbiamo lavorato|lavoravamo|eravamo)( [\\p{L}]+){0,2} (durante|nel|nella|sul|sulla|insieme)',
    // Quello che hanno fatto loro: «tu hai seguito la conversione al biologico di tre aziende».
    '(tu hai|lei ha|avete|voi avete) (seguito|guidato|ricostruito|fondato|lanciato|formato|organizzato|restaurato|gestito|avviato|riconvertito)',
    // Come ci sono riusciti; qualcosa saputo di loro: «come siete riusciti a…», «Francesca dice che sei tu ad aver scritto…».
    '(come|perche) (siete|sei|e|e stata|sono) (riuscit[oaie]|arrivat[oaie])',
    '(dice|mi ha detto|racconta|mi ha raccontato) che (sei|siete|e) (tu|lei|voi)',
    // Ciò che hanno fatto, raccontato da altri: «mi ha raccontato che hai aperto una seconda sede».
    '(mi ha|mi hanno|ci ha|ci hanno) (detto|raccontato|accennato) che (hai|avete|ha) \\p{L}{4,}',
    '(chiederti|chiederle|chiedervi) (il permesso|un parere|un consiglio|una referenza)',
    // «vorrei chiederle informazioni sul master che coordina».
    '(chiederti|chiederle|chiedervi) (informazioni|dettagli|qualche informazione) (su|sul|sulla|sui|sulle|sullo|riguardo|circa)',
    '(stai|state|sta) (lanciando|aprendo|assumendo|costruendo|cercando|preparando|organizzando)',
    // Invitarlo a qualcosa: «vorrei invitarti al nostro webinar su [tema]».
    '(invitarti|invitarla|invitarvi|ti invito|la invito|vi invito|ti invitiamo|la invitiamo) (a|al|alla|allo|ai|agli|alle|all)(?!( [\\p{L}-]+){0,4} (rete|contatti)(?!\\p{L})| (connettersi|connetterti|connetterci|collegarsi|collegarti|collegarci|unirsi|unirti|entrare|far parte|fare parte)(?!\\p{L}))',
    '(mi ha|ci ha) (consigliato|suggerito|detto) di (scriverti|scriverle|contattarti|contattarla)',
    '(sviluppo|sviluppiamo|produco|produciamo) [\\p{L}]+ per',
    '(come|perche) (hai|avete|ha) (fatto|gestito|affrontato|deciso|convinto|scelto|risolto)',
    '(sfide|problemi) (simili|comuni) (nel|nella|con|su|sul|sulla)',
    '(ti|le|vi) scrivo (perche|per|riguardo|in merito|a proposito)',
    '(organizziamo|cerchiamo|cercate|cerchi|cerca|stai cercando|sta cercando) (un|una|uno|qualcuno|dei|delle|degli|profili|persone)',
    '(sto|stiamo) (coordinando|avviando|sviluppando|valutando|migrando|scrivendo|realizzando)',
    // Citarli, la loro tecnologia con il suo scopo: «vorremmo citare la blockchain che usate», «la vostra tecnologia per recuperare il litio».
    '(vorrei|vorremmo|mi piacerebbe|ci piacerebbe) (citare|citarti|citarla|intervistarti|intervistarla|includere|menzionare)',
    '(la vostra|la tua|la sua|il vostro|il tuo|il suo) (tecnologia|piattaforma|soluzione|app|prodotto|software|strumento|tool|sistema|metodo) (per [\\p{L}]+(are|ere|ire)|che (usate|usa|producete|produce|gestite|gestisce|vendete|vende))',
    'dopo gli anni (in|da|a|alla|al)',
    '(eravamo|lavoravamo|abbiamo lavorato) insieme',
    // The recipient's role: "in your role as".
    '(nel suo|nel tuo|nella sua|nella tua) (ruolo|posizione|funzione|veste) (di|da|come)',
    // Anche chi seleziona per un incarico: «sto selezionando un Responsabile di Stabilimento per un'azienda metalmeccanica».
    '(state|stiamo|sto) (cercando|organizzando|lanciando|costruendo|preparando|selezionando|ricercando|reclutando)',
    '(vorrei|mi piacerebbe) (presentarle|presentarti|proporre|saperne di piu|capire)',
    '(vedo|ho visto|ho letto) che',
    '(mi ha detto|mi ha parlato)',
    // Not one for anyone, its interest all that is said: «una posizione molto interessante che potrebbe fare al caso tuo».
    '(posizione|ruolo|candidatura|progetto)(?!( molto| davvero)?( interessante| stimolante)? che (potrebbe|potrebbero) (interessarti|incuriosirti|interessarle|incuriosirla|esserti utile|fare al caso tuo|fare al caso suo|fare per te|fare per lei))',
    // Un profilo nuovo, il vecchio perso (primo grado): «ti riaggiungo dal nuovo profilo, il vecchio l'ho perso».
    "(dal|con il|dal mio|con il mio|da questo) nuovo (profilo|account)(?!\\p{L})",
    "(il vecchio|l'altro|il mio vecchio) (profilo|account) (l'ho perso|non lo uso piu|e stato bloccato|me l'hanno hackerato)",
    // Quello da organizzare insieme, già deciso: «ti aggiungo qui, così ci organizziamo per la demo di giovedì».
    "(cosi|per) (ci organizziamo|organizzarci|ci coordiniamo|coordinarci|ci accordiamo|accordarci) (per|sul|sulla|sulle|sui) (la|il|lo|l'|le|i|gli)? ?[\\p{L}]+",
    // Una conversazione da riprendere, con il suo tema: «continuare a parlare di [argomento]».
    '(continuare|proseguire|riprendere) (a parlare|la conversazione|il discorso|lo scambio|la chiacchierata) (di|su|sul|sulla|del|della)',
    // Le loro posizioni aperte, non «cerco lavoro»: «conoscere meglio {{company}} e le posizioni aperte».
    '(conoscere|sapere)( meglio| di piu su)? (<slot>|[\\p{L}&-]+) e le (posizioni|opportunita) (aperte|disponibili)',
    'quanto tempo (da|dal|dalla|dai|dalle|dagli|senza)',
    // Come lavorano loro: «mi piacerebbe sapere come gestite le prenotazioni dirette».
    '(confrontarmi|confrontarci|parlare|parlarti|chiacchierare)( con te| con lei| con voi)? (su|di) come',
    '(sapere|capire|chiederti|chiederle|scoprire) come (gestite|gestisci|gestisce|fate|fai|fa|avete|hai|ha|organizzate|organizzi|organizza|lavorate|lavori|lavora)',
  ],
  generic: [
    // Una posizione per chiunque, solo interessante: «ho una posizione molto interessante che potrebbe fare al caso tuo».
    "(ho|abbiamo) (una|un') ?(posizione|opportunita|offerta|proposta)( lavorativa| professionale)?( molto| davvero)? (interessante|stimolante|unica)(?!\\p{L})",
    // Lo stesso settore o ambito, detto in altri modi: «entrambi lavoriamo nel settore {{settore}}», «lo scambio tra studiosi dello stesso ambito».
    '(entrambi|entrambe|tutti e due|tutte e due) (lavoriamo|operiamo|siamo) (nel|nella|nello|in) (settore|campo|ambito|mondo)',
    // Il suo settore visto sul profilo, anche il mio: «vedo che anche Lei lavora nel settore moda a Milano».
    '(vedo|ho visto|noto) che anche (lei|tu) (lavora|lavori|opera|operi|e|sei) (nel|nella|nello|in) (settore|campo|ambito|mondo)(?!\\p{L})',
    '(studiosi|professionisti|colleghi|persone|esperti) (dello stesso|del mio|del nostro|della stessa) (ambito|settore|campo|area|disciplina)',
    // Lo stesso mondo, nient'altro: «siamo entrambi nel mondo [settore] a [città]: facciamo rete!».
    '(siamo|lavoriamo) (entrambi|entrambe|tutti e due|tutte e due) (nel|nella|nello|in) (mondo|settore|campo|ambito)',
    // Presentato a qualcuno della sua rete, chiunque sia: «se potrebbe presentarmi a qualcuno della Sua rete».
    '(presentarmi|presentarci|mettermi in contatto) (a|con) qualcuno (della|nella) (sua|tua|vostra) rete',
    // The sender's CV or profile to be passed around, whoever gets it.
    '(far girare|condividere|inoltrare|girare|diffondere) (il )?(mio|mia) (cv|curriculum|profilo)',
    // Il suo percorso lodato, un modello, e niente di più: «il Suo straordinario percorso professionale… rappresenta per me un modello».
    '(rappresenta|e) per me un (modello|esempio|punto di riferimento)',
    '(straordinario|impressionante|notevole|incredibile|brillante) percorso( professionale)?',
    // Tanto in comune, senza dire cosa: «penso che potremmo avere molti spunti in comune».
    '(molti|tanti|diversi) spunti in comune',
    // Lo stesso gruppo LinkedIn e nient'altro: «siamo entrambi nel gruppo LinkedIn «Marketing Italia»».
    '(nel|nello stesso|nella stessa) (gruppo|community) linkedin',
    // Il loro profilo ammirato e nient'altro: «ho ammirato il Suo profilo», «sarebbe un onore far parte della Sua rete».
    '(ho )?(ammirato|apprezzato|notato|visto) il (suo|tuo) (profilo|percorso)', 'sarebbe un onore (far parte della|entrare nella) (sua|tua) rete',
    // Entrare nella loro rete per il futuro: «mi farebbe piacere entrare nella sua rete per future opportunità».
    "entrare (nella|a far parte della) (sua|tua) rete",
    "per (future|eventuali|nuove) opportunita",
    "ampliare la (mia )?rete",
    // Dove lavorano, e basta: «Vedo che lavori in Prada. Bello!», «ho visto che lavori in Ferrari. Il mio sogno!».
    '(vedo|ho visto) che (lavori|lavora) (in|da|per|presso|alla|al) [\\p{L}&.-]+( [\\p{L}&.-]+)?(?=\\s*[.!?]|\\s*$)',
    '(il mio|e il mio) sogno(?=\\s*[.!?]|\\s*$)',
    // Restare in contatto, arricchirsi a vicenda: nessun tema.
    '(restare|rimanere|stare|tenerci|mantenerci|restiamo|rimaniamo) in contatto( anche qui| anche su linkedin| su linkedin| qui)?(?=\\s*[.!?]|\\s*$)',
    '(arricchirci|crescere|supportarci|aiutarci|imparare) (a vicenda|insieme)',
    // Costruire una rete qualsiasi: «sto iniziando a costruire la mia rete professionale».
    '(costruire|costruendo|creare|creando|far crescere) la mia rete',
    // Lo stesso lavoro o la stessa città: «anche io lavoro come UX designer a Milano».
    "(anche io|anch'io) (lavoro|sono|mi occupo|vivo)|(lavoro|sono) anch'io",
    // Lo stesso settore, detto di sé: «anch'io lavoro nel settore [Settore]».
    'anch\'io lavoro (nel|nella|in) (settore|campo|mondo|ambito)( [\\p{L}-]+| <slot>)?',
    // Chi cerca lavoro, da chiunque: «sto cercando lavoro… se avete posizioni aperte».
    '(cerco|sto cercando) (lavoro|un lavoro|impiego|un impiego|nuove opportunita)',
    '((se )?(avete|hai|ci sono|eventuali|nuove) posizioni aperte|qualcuno che assume)',
    '(congratulazioni|complimenti) per (il|il tuo|il suo) (nuovo )?(ruolo|incarico|lavoro|posto)( (in|da|presso) (<slot>|[\\p{L}&.-]+))?(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    '(ho visto|ho trovato) il tuo profilo',
    // Un'azienda seguita da lontano: «seguo da tempo le attività di [Azienda]».
    '(seguo|sto seguendo|ho seguito|seguiamo)( da tempo| con interesse| da vicino| da un po)? (le attivita|il lavoro|i progressi|la crescita|il percorso|l\'evoluzione) (di|della|del|dello) (<slot>|[\\p{L}&-]+)',
    // Un teaser che non dice nulla: «un progetto che potrebbe incuriosirti».
    '(un progetto|qualcosa|una cosa|una novita) che (potrebbe|potrebbero) (interessarti|incuriosirti|interessarle|incuriosirla|esserti utile)',
    // Not a company's sales or branch network: «[Azienda] sta ampliando la rete vendita in [Regione]».
    '(ampliare|allargare|ampliando|allargando|espandere|espandendo) ((la )?mia rete|il mio network|la rete)(?! (vendita|vendite|commerciale|di vendita|distributiva|di distribuzione|di agenti|dei distributori|di negozi|dei negozi|di punti vendita|logistica|di franchising|in franchising|di filiali|delle filiali|di sportelli|di assistenza)(?!\\p{L}))',
    '(connettermi|collegarmi) con te',
    'imparare da (te|lei|professionisti)',
  ],
  filler: [
    // Lo stesso gruppo di LinkedIn: «faccio parte anch'io del gruppo "Project Manager Italia"».
    "(faccio parte|sono|siamo|facciamo parte)( anch'io| anche io| entrambi)? (del|dello|della|nel|nello|nella) (gruppo|community|comunita)",
    // Un gruppo in comune non dice perché.
    '(nello|dello|allo|nel|del) stesso gruppo',
    'membri (dello stesso|del) gruppo',
    '(il tuo|il suo|la tua|la sua) (percorso|esperienza|carriera|profilo)[^.!?]{0,100} (e|sono) (davvero |molto )?(impressionante|notevole|ammirevole|straordinari[oa])',
    '(\\d+|oltre \\d+|piu di \\d+) anni di esperienza',
    'mi presento',
  ],
  newClause: [
    // Lo stesso soggetto va avanti con quel che vuole: «anch'io lavoro nel retail e vorrei sapere come avete…».
    '(e|ma|quindi|—|–|[\\p{L}\\p{N}]+;) (vorrei|volevo|mi piacerebbe|io|noi|ho|abbiamo|sto|stiamo|vedo|ho visto)',
    // Dopo i due punti, chi scrive parla di sé: «ti stai trasferendo ad Amsterdam: ci vivo da 5 anni e lavoro anch'io nel fintech».
    '[\\p{L}\\p{N}]+: (ci vivo|vivo|lavoro|io|noi|sono|siamo|ho|abbiamo|sto|stiamo)(?!\\p{L})',
  ],
  profileEcho: [
    // Un dato del profilo restituito e nient'altro: «vedo che sei responsabile HR in Barilla.».
    '(vedo|ho visto) che (sei|e|lavori come) [\\p{L}-]+( [\\p{L}-]+){0,2} (in|da|presso|di|a) [\\p{L}&.-]+( [\\p{L}&.-]+){0,2}(?=\\s*[.!?]|\\s*$)',
    '(vedo|ho visto) che (sei|e|lavori|lavora|guidi|guida|dirigi|dirige)( come| il| la| un| una)? <slot>( (in|presso|da|di|a) <slot>)?(?=\\s*[.!?,]|\\s*$)',
    '<slot> sta facendo un (ottimo|grande|gran|eccellente|fantastico) lavoro( (nel|nella|in) <slot>)?',
    'spero che (vada )?tutto (bene|ok) (in|da|presso) <slot>',
  ],
  referral: [
    'mi ha (suggerito|consigliato|detto) di (contattarti|scriverti|contattarla|scriverle|sentirti|sentirla)',
    '(pensava|diceva|ha detto) che (dovremmo|dovevamo) (conoscerci|sentirci|parlarci)',
  ],
  pitch: ["(aiutiamo|aiuto|supportiamo|accompagniamo|lavoriamo con|lavoro con)"],
  selfIntroduction: ["(sono|mi chiamo|il mio nome e) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2},( [\\p{L}&-]+){1,4} (di|da|presso|in|a) (<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2})", "(mi chiamo|il mio nome e) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2}(?=\\s*[,.!]| e )",
    // Il mestiere e il posto del mittente: «sono un artigiano falegname di Bellinzona», «lavoro in Barilla da poco».
    "(sono|lavoro come) (un|una|uno|l')( ?[\\p{L}'-]+){1,3} (di|da|a|in|presso)",
    "lavoro (in|da|presso) [\\p{L}&-]+ da (poco|qualche|un|una|pochi)",
    '(sono|mi chiamo|il mio nome e) (<slot>|[\\p{L}-]+)( [\\p{L}-]+)? (di|da|della|del|dello)',
    // Il mestiere e la città, senza articolo: «sono sommelier a Verona».
    'sono [\\p{L}-]+ (a|in|presso)'],
  noTopic: [
    // Visto solo che si conoscono le stesse persone: «vedo che abbiamo in comune Roberto Galli».
    'che (abbiamo|conosciamo|condividiamo)( [\\p{L}-]+| <slot>){0,4} (in comune|entrambi|entrambe|tutti e due)',
    'che (abbiamo|conosciamo) (in comune|entrambi|entrambe)',
    // Parlato di loro, lo stesso settore, e nient'altro: «un conoscente comune mi ha parlato di Lei», «ho visto che lavora nel settore farmaceutico come me».
    "(parlato|detto) di (te|lei|voi)(?=\\s*[.!?]|\\s*$)",
    "(visto|vedo) che (lavori|lavora) (nel|in|nella|nello)( [\\p{L}-]+){1,3} come me",
    // Che si conoscano, bene detto di loro, e nient'altro: «ho visto che conosci X», «mi ha parlato molto bene di Lei».
    "(visto|vedo|noto|notato) che (conosci|conosce|sei collegat[oa]|e collegat[oa])",
    "(visto|vedo|noto|notato) che [^.!?]{1,40} (e|è) tra i (nostri|tuoi|suoi) (collegamenti|contatti)",
    "parlato (molto |tanto |cosi )?bene di (te|lei|voi)",
    // Conoscere altra gente, in generale: «sto cercando di conoscere più produttori».
    'cercando di (conoscere|connettermi con|entrare in contatto con|ampliare)',
    // Si è visto solo il gruppo: «ho visto che siamo nello stesso gruppo».
    '(visto|notato|vedo|noto) che (siamo|facciamo parte) (entrambi )?(nello stesso|dello stesso|del) gruppo',
    "(su|di) tutto (cio|quello) che (riguarda|ha a che fare con|tocca)",
    "(su|via|qui su) (linkedin|qui)(?!\\p{L})",
  ],
} satisfies ReasonPhrases;
