import type { ReasonPhrases } from '../types.js';

export default {
  hooks: [
    // Hun berichten over een genoemd onderwerp: „ik lees uw berichten over vermogensbeheer en duurzaamheid”.
    "(je|jouw|uw) (posts|berichten|artikelen|stukken|blogs|video's) (over|rond|omtrent) (?!(linkedin|hier|alles)(?!\\p{L}))\\p{L}[\\p{L}-]+",
    // Zoals in het Engels, tussen mensen die elkaar kennen: met wie men graag samenwerkte, jaren op dezelfde gang, dank voor hun aanbeveling, een koffie om bij te praten, samengewerkt aan iets, een scriptie bij hen verdedigd: „de mensen met wie ik zo graag heb samengewerkt“, „na acht jaar op dezelfde gang“, „u bedanken voor uw aanbeveling“, „een koffie drinken om bij te praten“, „het was een genoegen met u samen te werken aan…“, „bij u mijn scriptie verdedigd“.
    '(mensen|collega\'s|team) met wie ik( zo| heel)? (graag|fijn|prettig) (heb )?(samengewerkt|gewerkt)(?!\\p{L})',
    '(\\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|vele|een paar) jaar (op dezelfde (gang|afdeling|verdieping)|zij aan zij|naast elkaar|samen gewerkt)(?!\\p{L})',
    '(bedanken|danken|dank|bedankt) (voor|voor uw|voor je|voor jouw) (aanbeveling|voorspraak|referentie|introductie|goede woord)(?!\\p{L})',
    '(koffie|biertje|lunch)( drinken| doen)? om bij te (praten|kletsen)(?!\\p{L})',
    '(genoegen|plezier|eer) (met u|met jou|met je|met jullie) samen te werken (aan|bij|op|in)(?!\\p{L})',
    'bij (u|jou|je) (mijn|de) (scriptie|thesis|proefschrift|afstudeerscriptie)( [\\p{L}-]+){0,3} (verdedigd|gepresenteerd|geschreven)(?!\\p{L})',
    // Werk dat twee uit één vak elkaar toespelen: «we kunnen elkaar klanten doorsturen».
    'elkaar (werk|klanten|opdrachten|projecten|klussen|patienten) (toespelen|doorsturen|gunnen|aanraden|doorgeven)(?!\\p{L})',
    // Waarover men het had, zoals «when we were talking about» in het Engels: «toen we het hadden over {{onderwerp}}», «we spraken over de verbouwing».
    '(we|wij) (het )?(hadden|spraken|praatten|kletsten)( het)? over(?!\\p{L})',
    // Getagd onder een post, uit het oog verloren, iets gevraagd, zoals in het Engels: «@[Mutual] tagde je onder mijn post over…», «sinds… hebben we elkaar niet meer gesproken», «zou je kunnen vertellen hoe…».
    '(tagde|taggede|noemde) (je|jou|u) (onder|in|bij) (mijn|een|zijn|haar|die|de) (post|bericht|reactie|artikel)(?!\\p{L})',
    '(hebben we|hadden we) elkaar( [\\p{L}-]+)? niet meer (gesproken|gezien)(?!\\p{L})',
    '(je|jou|u) (helemaal |een beetje |wat )?uit het oog verloren(?!\\p{L})',
    '(zou je|zou u|kun je|kunt u|zou jij)( [\\p{L}-]+){0,5} (vertellen|uitleggen) (hoe|wat|of|waarom)(?!\\p{L})',
    // Gefeliciteerd met iets van hen, als «félicitations pour la levée de fonds»: «gefeliciteerd met de investeringsronde».
    '(gefeliciteerd|proficiat|felicitaties|van harte gefeliciteerd) met (de|je|jullie|uw) (winst|overwinning|prijs|award|eerste plaats) (bij|op|tijdens|in)(?!\\p{L})',
    '(gefeliciteerd|proficiat|felicitaties|van harte gefeliciteerd) met (de |het |je |jullie |uw )?(nieuwe )?(investeringsronde|financieringsronde|ronde|lancering|promotie|benoeming|prijs|award|overname|opening|functie|rol|certificering|publicatie|serie a)(?!\\p{L})',
    // Hun kijk gevraagd, als «your perspective as»: «ik zou graag je kijk horen als [Functie]».
    '(je|jouw|uw) (kijk|visie|mening|perspectief|advies)( (horen|weten|lezen|krijgen|vragen))?(?= (op|over|als)(?!\\p{L}))',
    // Hen schrijven over iets van hen: «raadde me aan je te schrijven over je wervingsproject».
    '(je|u|jullie) te (schrijven|mailen|benaderen|contacteren|spreken) over (je|jouw|uw|jullie)(?!\\p{L})',
    // Een onderwerp waar de afzender aan werkt of over wil sparren, als plaatshouder: «ik werk aan [onderwerp]», «graag wissel ik van gedachten over {onderwerp}».
    '(ik werk|we werken|wij werken|ik schrijf|ik verdiep me) (aan|over|in) <slot>',
    '(van gedachten|ideeen|ervaringen) (wisselen |uitwisselen )?over <slot>',
    'sparren over <slot>',
    // Iets van hen om over te praten of te schrijven, of wat ze zoeken: «stelde voor dat we het over jullie boekenbeurs hebben», «schrijf ik je over jullie projectoproep», «omdat je een ontwerper zoekt».
    '(het )?over (jullie|je|jouw|uw) [\\p{L}-]+( [\\p{L}-]+)? (hebben|praten|spreken|hadden)(?!\\p{L})',
    '(schrijf ik|ik schrijf|mail ik|ik mail) (je|u|jullie) (over|naar aanleiding van|in verband met) (jullie|je|jouw|uw)(?!\\p{L})',
    'omdat (je|jij|u|jullie)( [\\p{L}-]+){1,5} (zoekt|zoeken|nodig hebt|nodig heeft|nodig hebben)(?!\\p{L})',
    // Vragen over een onderwerp: «ik wil je graag twee vragen stellen over de overstap van bureau naar inhouse».
    '(twee|een paar|enkele|drie|wat) vragen( stellen| voorleggen)? (over|rond)(?= \\p{L})',
    // Hun gegevens doorgegeven voor iets: «Julian gaf me je contactgegevens voor de banenbeurs».
    '(gaf|gaven|stuurde|gaf mij) (me |mij |ons )?(je|jouw|uw) (contactgegevens|gegevens|naam|nummer|mailadres|profiel)( door)? (voor|vanwege|over)(?= \\p{L})',
    // Hun rol voor de afzender (1e graad): «je was mijn manager bij KPN».
    "(je was|jij was|u was) (mijn|m'n) (manager|leidinggevende|baas|mentor|begeleider|stagebegeleider|docent|leraar|lerares|coach|trainer|teamleider)(?!\\p{L})",
    // Hun verhuizing, hulp op weg: «dat je naar Kopenhagen verhuist voor je nieuwe baan», «help je graag op weg».
    '(je|jij|u) (naar [\\p{L}-]+ )?(verhuist|verhuisd bent|gaat verhuizen|emigreert)(?!\\p{L})',
    'help (je|u|jou) graag (op weg|verder|mee)(?!\\p{L})',
    // Een gedeeld verleden en een gelegenheid (vooral 1e graad): «we waren collega's bij Philips», «we zongen samen in het studentenkoor», «dank voor de fijne samenwerking bij de verbouwing», «super gezellig gisteren op de teamborrel».
    "(we waren|wij waren|waren we) (collega's|klasgenoten|studiegenoten|teamgenoten|buren|huisgenoten|kamergenoten)",
    '(we|wij) (zongen|speelden|roeiden|voetbalden|hockeyden|dansten|trainden|studeerden|woonden|werkten|sportten|liepen) samen(?!\\p{L})',
    '(dank|bedankt) (nog )?(voor )?(de|onze) (fijne |goede |prettige |leuke |fantastische )?samenwerking (bij|tijdens|aan|op|in|rond)(?!\\p{L})',
    '(super |heel |erg )?(gezellig|leuk|fijn|mooi) (gisteren|vorige week|zaterdag|vrijdag) (op|bij|tijdens) (de|het)(?!\\p{L})',
    // De stack die zij gebruiken, een gesprek over iets van hen, hun paper die aansluit: «over de stack die jullie daarvoor gebruiken», «met u spreken over de regionale energiestrategie», «Uw recente paper in New Media & Society sluit daar nauw bij aan».
    '(over|met) de [\\p{L}-]+ die (jullie|u|je) (daarvoor |hiervoor |daar )?(gebruiken|gebruikt|inzetten|inzet)(?!\\p{L})',
    '(met u|met jou|met je) (spreken|praten|sparren|van gedachten wisselen) over (de|het|uw|jullie|je) (?!(mogelijkheden|samenwerking|kansen|netwerk)(?!\\p{L}))[\\p{L}-]+',
    '(uw|je|jouw) (recente )?(paper|artikel|publicatie|studie|onderzoek|boek)( in [\\p{L}&-]+( [\\p{L}&-]+){0,3})? (sluit|past|raakt)(?!\\p{L})',
    // Een gedeeld verleden (1e graad): «bedankt voor de [product] die jullie bij ons geleverd hebben», «die app die we tijdens de minor in elkaar hebben gezet», «lang geleden sinds {{gedeelde_werkgever}}», «als uw voormalige stagiair», «wat ik toen van u heb geleerd».
    '(bedankt|dank) (nog )?(eens )?voor (de|het) (<slot>|[\\p{L}-]+) die (jullie|u|je|jij)(?!\\p{L})',
    '(die|dat) (we|wij)( [\\p{L}\\p{N}-]+){1,8} (hebben gezet|hebben gebouwd|hebben gemaakt|hebben opgezet|hebben georganiseerd|bouwden|maakten|organiseerden)(?!\\p{L})',
    '(lang geleden|tijd geleden|jaren geleden|jaar geleden) sinds (<slot>|[\\p{L}&.-]+)',
    '(uw|je|jouw) (voormalige |vroegere |oud-)(stagiair|stagiaire|collega|student|studente|werknemer|medewerker|leerling)',
    '(van u|van jou|van je) (heb )?(geleerd|mocht leren)',
    // Een oud-collega, hun nieuwe baan, een onderwerp, wat zij weten, waarvoor zij werden aangeraden, een rol voor hen, hun vacatures: «oud-collega van [vorige werkgever] hier», «net gezien dat je bij Coolblue bent begonnen», «je eens te benaderen over [onderwerp]», «zegt dat jij alles weet over de KMO-portefeuille», «raadde jou aan voor ons panel», «een mooie rol als [functietitel]», «ik zag dat Brouwer Installatietechniek vijf vacatures heeft openstaan».
    '(oud-collega|oud collega|ex-collega|oud-klasgenoot|oud-studiegenoot|oud-teamgenoot) (van|bij|uit)(?!\\p{L})',
    '(je|jij|u) (bij|aan|voor) (<slot>|[\\p{L}&.-]+)( [\\p{L}&.-]+)? (bent|zijt) (begonnen|gestart)',
    '(benaderen|contacteren|spreken|mailen|bellen|vragen) over <slot>',
    '(zegt|zei|vertelde|vertelt) dat (jij|je|u) (alles|veel|het meest) (weet|kent) (over|van)',
    '(mag|kan) ik (je|u|jou) (daar|er|hier) (eens |even )?(iets|wat|een vraag|een paar vragen) over (vragen|stellen)',
    '(raadde|raadt|tipte|tipt|noemde|noemt) (jou|je|u) (aan )?(voor|als) (ons|onze|een|het|de|mijn) (panel|podcast|event|evenement|rol|functie|project|opdracht|congres|webinar|boek)',
    '(een|mooie|leuke|interessante|uitdagende) (rol|functie|vacature|positie|opdracht) (als|voor) (<slot>|[\\p{L}-]+)',
    '(ik zag|ik zie|ik las) dat ([\\p{L}&.-]+ ){1,3}(momenteel |nu |op dit moment )?([\\p{L}\\p{N}]+ )?(vacatures|vacature)(?!\\p{L})',
    // Wat zij daar doen, een uitnodiging om te spreken, nieuws van hun bedrijf, een tijd samen: «ik zag dat jij daar bij Picnic veel mee doet», «Zin in een lightning talk?», «mooi nieuws over de overname van [bedrijf]», «van onze tijd samen».
    '(ik zag|ik zie|ik las|ik hoorde) dat (jij|je|u) (daar|hier|er)( bij (<slot>|[\\p{L}&.-]+))?( veel| ook| al)? mee (doet|bezig bent|bezig zijt|werkt)',
    '(zin in|interesse in|tijd voor) (een )?(lightning talk|talk|presentatie|gastcollege|gastles|podcast|panel|interview|workshop)(?=[^.!?\\n]*\\?)',
    'nieuws over (de|het|jullie|uw|je) (overname|fusie|lancering|uitbreiding|beursgang|financiering|investering|opening|verhuizing)',
    '(onze|ons) (tijd|jaren) samen',
    // Vacatures bij hen gevraagd: «Zijn er bij u op de afdeling vacatures?».
    '(zijn er|heeft u|hebben jullie|heb je|hebt u)( [\\p{L}-]+){0,6} (vacatures|vacature|openstaande functies|stageplekken|stageplaatsen|plek voor)(?=[^.!?\\n]*\\?)',
    // Hun stuk of voorbeeld over iets, hulp bij iets bedankt, gesprekspartners met hun ervaring gezocht: «je stuk in het FD over de woningmarkt», «je voorbeeld over het opt-inpercentage», «bedankt voor je hulp bij de subsidieaanvraag», «zoek gesprekspartners met jouw ervaring als uitvoerder».
    '(je|jouw|uw) (stuk|artikel|column|post|bericht|blog|interview|boek|podcast|talk|lezing|presentatie|voorbeeld|punt|betoog|verhaal)( (in|op|bij) [\\p{L}&-]+( [\\p{L}&-]+)?)? over',
    '(bedankt|dank|dankjewel|dank je|dank u) (nog )?voor (je|jouw|uw) (hulp|advies|tip|tips|input|feedback|introductie|steun) (bij|met|aan|voor|rond)',
    "(zoek|zoeken) (gesprekspartners|respondenten|deelnemers|experts|mensen|professionals)( [\\p{L}-]+){0,3} (met|zoals) (jouw|uw|je)(?!\\p{L})",
    // Contact over een onderwerp, op iemands aanraden: „raadde me aan contact met je op te nemen over leveranciersbeoordeling“.
    '(contact|kontakt) met (je|jou|u) (op te nemen|opnemen|te zoeken|zoeken) (over|rond|omtrent|aangaande)(?! (een |mogelijke )?(kansen|samenwerking|synergie|netwerken|linkedin)(?!\\p{L}))',
    // Hun vragen uitgezocht, iets wat hun organisatie publiceerde: „heb ik je vragen over de koppeling met AFAS uitgezocht", „dat uw gemeente de aanbesteding … heeft gepubliceerd".
    '(je|jouw|uw) vra(ag|gen) (over|rond|omtrent|bij|aan)',
    '(uw|jouw|je) (gemeente|organisatie|bedrijf|afdeling|school|ziekenhuis|provincie|team)( [\\p{L}\\p{N}-]+){0,6} (heeft |hebben )?(gepubliceerd|uitgeschreven|aangekondigd|gelanceerd|geopend)',
    // Hun kijk op een genoemd onderwerp: „Ik hoor graag hoe jij naar circulaire bouw kijkt".
    'hoe (jij|je|u) (naar|over)( [\\p{L}\\p{N}-]+){1,4} (kijkt|denkt|aankijkt)',
    // Hun werk naast dat van de afzender: „Jij bouwt drones voor de landbouw, ik maak software voor precisielandbouw".
    '(jij|je|u) (bouwt|maakt|ontwikkelt|levert|verkoopt|runt|leidt|plant)( [\\p{L}\\p{N}-]+){1,3} (voor|in|bij|met|op|aan)( [\\p{L}\\p{N}.-]+){1,3}[,;]? (en )?(ik|wij|we) (maak|maken|bouw|bouwen|ontwikkel|ontwikkelen|lever|leveren|verkoop|verkopen)',
    // Wat ze voorbereiden of opzetten, gehoord: „weet ik dat u de aanbesteding voor de nieuwe sporthal voorbereidt".
    '(weet ik|hoorde ik|las ik|zag ik|begreep ik) dat (u|je|jij|jullie)( [\\p{L}\\p{N}-]+){1,7} (voorbereidt|voorbereiden|organiseert|organiseren|opzet|opzetten|lanceert|lanceren|bouwt|bouwen|uitbreidt|uitbreiden|aanbesteedt)',
    // Een gesprek waarop de notitie volgt, met wat: „zoals vanochtend bij de koffieautomaat besproken: … de planning voor de klantdag".
    'zoals (vanochtend|gisteren|eerder|vorige week|net|laatst)( [\\p{L}-]+){0,4} (besproken|afgesproken)',
    // Wat zij zoeken, wat ze deden, wat de afzender zoekt of hen vraagt: „Je zoekt een Scrum Master", „Jij hebt … de uitrol naar Duitsland begeleid", „wij zoeken een partner voor de koelketen", „mag ik je drie vragen stellen over…", „graag zou ik u daarover interviewen", „zijn er daar vacatures?".
    '(je zoekt|jij zoekt|u zoekt|jullie zoeken|zoeken jullie|zoek je|zoekt u) (een|nog een|iemand|mensen)',
    '(jij hebt|u hebt|u heeft|je hebt)( [\\p{L}\\p{N}-]+){1,8} (begeleid|gebouwd|opgezet|geleid|gelanceerd|ontwikkeld|geschreven|georganiseerd|geinvesteerd|geïnvesteerd)',
    '(wij|we|ik|en) (zoeken|zoek) (een|nog een|iemand)( [\\p{L}-]+){0,2} (partner|leverancier|aannemer|specialist|expert|ontwikkelaar|designer|adviseur|mentor|cofounder|medeoprichter) (voor|om|die)',
    '(je|u|jou) (een paar|enkele|twee|drie|wat|een aantal) vragen (stellen )?(over|rond|omtrent)',
    '(zou ik|wil ik|mag ik) (u|je|jou)( daarover| graag| eens){0,2} interviewen',
    '(zijn er|hebben jullie|heeft u|heb je) (daar |bij jullie |op dit moment )?(vacatures|openstaande functies|openstaande vacatures)',
    'mentorgesprek',
    // Wat ze bouwden of wonnen, een vergelijkbaar traject, benaderd over een onderwerp: „heb jij die laadpalen-app gebouwd“, „u te benaderen over zettingsmetingen“, „uw bedrijf won de aanbesteding“.
    "(heb|had|hebt) (jij|je|u) (die|dat|de|het)( [\\p{L}-]+){0,4} (gebouwd|gemaakt|ontwikkeld|geschreven|opgezet|bedacht|ontworpen)",
    "(jij|u) (was|bent|bleek) (degene|de persoon|diegene) die",
    "(u|je|jou) te (benaderen|contacteren|mailen|bellen|spreken) over",
    "(een )?vergelijkba(ar|re) (traject|project|probleem|vraagstuk|situatie)",
    "(uw|jouw|jullie|je) (bedrijf|team|organisatie|firma|afdeling) (won|wint|lanceerde|opende|bouwde|heeft( [\\p{L}-]+){0,3} gewonnen)",
    // Waarover een collega hen sprak: «mijn collega sprak u vorige week kort over de koelinstallaties».
    '(sprak|belde|mailde) (u|je|jou)( [\\p{L}]+){0,3} over',
    // Hoe zij iets doen, hun ervaring, waar ze verstand van hebben: «benieuwd hoe jullie de thuiswerkvergoeding hebben geregeld», «je ervaring met het opzetten van een Scrum-team», «wie er verstand heeft van [onderwerp]».
    'benieuwd hoe (jullie|je|jij|u|<slot>)',
    '(je|jouw|uw) ervaring(en)? (met|bij|in)',
    '(verstand heeft|verstand hebt|ervaring heeft|expert is) (van|met|in) (<slot>|[\\p{L}]+)',
    // Wat een ander over hen vertelde; hulp voor organisaties zoals de hunne; gevraagd om te spreken: «gaf aan dat jij bij {{ company }} verantwoordelijk bent», «help ik organisaties als {{bedrijfsnaam}}», «zou jij iets over technische SEO willen vertellen?».
    '(gaf aan|vertelde|zei|liet weten|wees (me|mij) erop|wees (me|mij) er op) (me |mij )?dat (jij|je|u|jullie)',
    '(help|helpen) (ik|wij|we)( [\\p{L}-]+){1,2} (als|zoals) (<slot>|jullie|de uwe|het uwe)',
    'zou (jij|je|u)( [\\p{L}-]+){0,5} willen (vertellen|spreken|presenteren|delen|geven|meedoen|aanschuiven)',
    // Een concrete vraag, werken bij hen, vacatures in hun team, een gedeeld verleden: «korte vraag:», «zou graag bij [bedrijf] werken»,
    // «zijn er binnenkort vacatures in jouw team?», «na al die jaren bij de roeivereniging in Delft».
    '(korte|concrete|snelle) vraag( voor je| voor u| vooraf)?:',
    '(zou|wil|wilde) (heel |erg )?graag bij (<slot>|[\\p{L}&.-]+)( aan [^.!?]{1,40})? (werken|aan de slag|solliciteren)',
    'zijn er( binnenkort| nu| momenteel)? vacatures (in|bij) (jouw|uw|jullie|je)',
    '(na al die jaren|sinds onze tijd|sinds de tijd) (bij|op|in|van) (de|het|onze|ons)',
    // Een stuk van de afzender in de maak: „ik schrijf een artikel over mediation“.
    '(ik schrijf|ik werk aan|ik maak|ik onderzoek) (een|mijn|ons) (artikel|boek|stuk|scriptie|onderzoek|podcast|rapport|reportage)',
    // Iets van hen nagevraagd, een uitnodiging voor iets concreets: „klopt het dat jullie gasverbruik is gedaald?“, „neemt uw kantoor zulke opdrachten aan?“, „wil jullie graag uitnodigen voor het voorjaar“.
    'klopt het dat (jullie|u|je|jouw|uw)',
    '(neemt|doet|levert|heeft|biedt) (uw|jullie|je|jouw) (kantoor|bedrijf|team|praktijk|organisatie|afdeling|winkel|studio|bureau)',
    '(wil|willen|zou|zouden) (jullie|u|je|jou) (graag )?(uitnodigen|vragen) (voor|als)',
    "(een|naar een) [\\p{L}-]+ (zoek|zoeken) (voor|bij|in|om)",
    "noemde (hij|zij|ze) (meteen |direct |gelijk )?(jou|u|je naam|uw naam)",
    "(ik solliciteer|ik heb gesolliciteerd)( [\\p{L}-]+){0,3} (op|naar) (de|een) (functie|vacature|baan|rol|positie)",

    // Een baan bij hen waarop gesolliciteerd wordt; wat hun bedrijf doet, gehoord: „ik solliciteer als data-analist bij [Bedrijf]“, „vertelde dat [Bedrijf] een nieuw datawarehouse bouwt“.
    "(ik solliciteer|ik heb gesolliciteerd|ik reageer) (als|naar|op)( de| een)? ([\\p{L}-]+ ){0,3}(bij|op|voor) (<slot>|[\\p{L}&-]+)",
    "(vertelde|zei|hoorde|las|zag) dat (<slot>|[\\p{L}&-]+|uw bedrijf|jullie) (een |het |de )?([\\p{L}-]+ ){0,5}(bouwt|zoekt|opent|lanceert|opzet|uitbreidt|invoert|overstapt|verhuist)",
    // Een aanbod aan hun bedrijf gebonden, hun rol als reden, een gedeeld verleden: „wij helpen aannemers als {{bedrijf}} met…“, „omdat u bij {{bedrijf}} inkoop leidt“, „sinds ons stageproject bij [Bedrijf]“.
    "(wij helpen|we helpen|ik help|wij ondersteunen|we ondersteunen|helpen wij|ondersteunen wij|ik zoek|wij zoeken|we zoeken) ([\\p{L}&-]+ ){0,3}(als|zoals) (<slot>|u|jou|jullie),? (met|bij)",
    "omdat (u|je|jij) (bij|in|op|voor) (<slot>|[\\p{L}&-]+)( [\\p{L}-]+){0,3} (leidt|beheert|aanstuurt|coordineert|verantwoordelijk bent|werkt)",
    "(sinds|na) (ons|onze) [\\p{L}-]+ (bij|op|in|aan)",
    // Samen in een bestuur of team gezeten; iets van hen gezien, met een vraag erover.
    '(we hebben|wij hebben|we zaten|wij zaten|we hebben ooit) samen (in|op|bij)',
    '(zag|las|hoorde|merkte) dat (uw|jouw|je|jullie) [\\p{L}-]+ (stageplekken|vacatures|een vacature|opleidingen|cursussen|workshops|biedt|aanbiedt|zoekt|werkt met|gebruikt|gaat|is gestart|heeft)',
    // Hun product in gebruik, met een vraag erover: «ik gebruik jullie planningstool en loop vast op…».
    '(ik gebruik|we gebruiken|wij gebruiken) (jullie|uw|je|jouw)',
    // Zoals toegezegd: «zoals beloofd stuur ik u de link».
    'zoals (beloofd|afgesproken|besproken|toegezegd)',
    // Een vraag over iets van hen, iets dat bij hen verandert: «draait de kaasmakerij nog steeds op…», «de verhuizing van jullie atelier».
    '(draait|werkt|loopt|is|zijn|heeft|hebben|staat|staan) (de|het|jullie|je|uw) ([\\p{L}\\p{N}-]+ ){0,4}(nog steeds|nog altijd)',
    '(verhuizing|opening|overname|lancering|verbouwing|fusie|uitbreiding) van (jullie|je|uw)',
    // Gevraagd als gast of spreker bij iets van de afzender: «en zou jou graag als eerste gast hebben».
    '(jou|u|je) (graag )?als (eerste )?(gast|spreker|spreekster|mentor|adviseur|jurylid)',
    '(ik start|ik begin|we starten|wij starten|ik lanceer|we lanceren)( [\\p{L}\\p{N}-]+){0,3} (een|mijn|onze|ons) (podcast|nieuwsbrief|bedrijf|project|onderzoek|boek|vereniging)',
    // Iets gehoord over hen: «via Pieter hoorde ik dat jullie een nieuwe huisstijl zoeken»; niet dat ze «ook» in Delft wonen.
    '(hoorde|las|zag|begreep) ik dat (jullie|je|u|<slot>)(?! ook(?!\\p{L}))',
    '(ik hoorde|ik las|ik zag|ik begreep) dat (jullie|je|u|<slot>)(?! ook(?!\\p{L}))',
    // Waarover, concreet: «inzake de stadsreiniging in {{city}}».
    '(inzake|betreffende|met betrekking tot) (de|het|uw|jullie|onze)',
    // Hun berichten gelezen, vanuit hun rol: een reden, nog geen gedeelde context.
    '(uw|je|jouw)(?<!(volg|lees)( al)?( een tijdje| lang| jaren)? (uw|je|jouw))( [\\p{L}-]+){0,2} (linkedin-)?(posts|berichten|artikelen)(?! (al|sinds|regelmatig|graag)(?!\\p{L}))',
    // Een vraag over hoe zij het doen: «hoe vinden jullie op dit moment chauffeurs?».
    'hoe (vinden|doen|pakken|regelen|houden|werven|organiseren|plannen|meten) (jullie|u|je)',
    '(mag ik|kan ik) (je|u|jou) (een paar|enkele|een|twee|wat) (vraag|vragen)', 'sinds (de|onze) (opleiding|studie|studietijd|stage)', '(ik zoek|we zoeken|wij zoeken) (iemand|een)', '(vertelde|zei|vertelt)( me)? dat (je|jij|u|jullie)', 'op zoek (bent|is|zijn|was) naar', '(we|wij|ik) (zoeken|zoek|ontwikkelen|ontwikkel|bouwen|bouw) (een|naar)', '(hoe|waarom) (heb|ben|hebben|zijn|doe|doen|pak|pakken|pakte|pakten|deed|deden) (je|jij|u|jullie)', 'bevalt (het|je|jou|u)', '(vergelijkbare|soortgelijke) (uitdagingen|problemen|vraagstukken) (in|bij|met|rond)', 'in (uw|jouw|je) (hoedanigheid|rol|functie|positie) (als|van)', 'als (verantwoordelijke|hoofd|directeur|manager) (voor|van)', '(ik zie|ik las|ik hoorde) dat', '(ervaringen|ideeen) (uitwisselen|delen)', '(vacature|functie|rol) (bij|voor)', 'vertelde me'],
  generic: [
    // Een aanbod aan iedereen, met groei die elke verkoper belooft: „wij helpen bedrijven groeien met SEO, SEA en social media“.
    '(help|helpen|helpt) (bedrijven|ondernemers|merken|teams|organisaties|mkb-bedrijven|u|jou|je|jullie)( [\\p{L}]+)? (groeien|opschalen|succesvol worden|verder groeien)(?!\\p{L})',
    // The sender's CV or profile to be passed around, whoever gets it.
    '(mijn|m\'n) (cv|profiel)( [\\p{L}-]+){0,3} (doorsturen|delen|doorzetten|rondsturen|verspreiden)',
    // Hun profiel tegengekomen, gelijkgestemden, toegevoegde waarde: «ik kwam je profiel tegen», «altijd fijn om gelijkgestemden te leren kennen».
    '(kwam|stuitte|stuit|kom)( ik)? (je|jouw|uw) profiel tegen|(op )?(je|jouw|uw) profiel (gestuit|tegengekomen)',
    'gelijkgestemden',
    '(organisaties|bedrijven) zoals (de|het) uwe',
    '(van )?toegevoegde waarde',
    // Dezelfde stad of sector, die van iedereen is: „ik zie dat jij ook in Groningen in de zorg werkt“.
    '(ik zie|ik zag) dat (jij|je|u) ook (in|bij)( [\\p{L}-]+){1,5} (werkt|woont|zit|actief bent|werkzaam bent)',
    // Hun content in het algemeen, bewonderd; op de hoogte blijven; samen groeien: „ik volg je content al een tijdje", „ik ben onder de indruk van wat {{ company }} doet", „Laten we samen groeien!".
    '(ik )?(volg|lees) (je|jouw|uw) (content|posts|berichten|updates)(?! (over|rond|omtrent) (?!(linkedin|hier|alles)(?!\\p{L}))\\p{L})', '(vind|vond) (je|jouw|uw|ze|die) (posts|content|berichten)?( over <slot>)? ?(echt |heel |erg |super |altijd )?(inspirerend|interessant|waardevol|top|goed|leerzaam)', '(ik )?volg (je|jou|u) (al )?(een tijdje|een tijd|lang|jaren)',
    '(al )?(uw|je|jouw) (posts|berichten) (gelezen|bekeken)', 'onder de indruk van wat (<slot>|[\\p{L}-]+|jullie|je|u) (doet|doen|bereikt)', 'op de hoogte (te )?blijven', '(laten we )?samen groeien',
    // Waarde beloofd en acceptatie gevraagd: „ik kan zeker waarde toevoegen“, „ik kijk uit naar uw acceptatie“.
    "waarde (toevoegen|toe te voegen|bieden)",
    "(uit naar|op) (uw|je|jouw) acceptatie",
    // Hun carrière, hun foto: «wat een mooie carrière heb je opgebouwd!», «vette profielfoto».
    '(mooie|indrukwekkende|prachtige|knappe) (carriere|loopbaan)',
    'profielfoto',

    // Dezelfde stad, hetzelfde vak, en verder niets: «ik zag dat je ook in Utrecht woont en in de IT zit».
    '(je|jij|u) ook in [\\p{L}-]+ (woont|werkt|zit)( en (in|bij) (de |het )?[\\p{L}-]+ (zit|werkt))?(?=\\s*[.!?]|\\s*$)', '(mensen|professionals) zoals (jij|u)', 'mooi profiel', '(we )?(allebei|beiden|ook) in de [\\p{L}-]+( in [\\p{L}-]+)? werken', '(allebei|beiden|ook) in de( [\\p{L}-]+){0,2}(-| )(sector|branche|industrie|wereld)', '(mijn|ons) netwerk (uitbreiden|vergroten)', '(je|uw) profiel (gezien|tegengekomen)', 'leren van (jou|u)',
    // Een LinkedIn-groep samen zegt niet waarom.
    '(zitten|zijn) (allebei|beiden|samen|ook) (lid van|in) (de|dezelfde)( [\\p{L}\'-]+){0,3} (linkedin-)?groep', '(lid van|in) dezelfde (linkedin-)?groep'],
  filler: [
    // Ondernemers uit de streek, elkaar ooit helpen, fan van hun werk: «contacteer graag ondernemers uit de streek», «Misschien kunnen we elkaar ooit verder helpen», «een grote fan van uw werk».
    '(contacteer|ontmoet|leer|spreek) (ik )?graag (ondernemers|professionals|mensen|collega\'s) (uit|in) (de|het|mijn)',
    '(kunnen|kunnen we) (we )?elkaar (ooit |misschien |later )?(verder )?(helpen|versterken)',
    '(een )?(grote|enorme|echte) fan van (uw|je|jouw) werk',
    // Hun berichten in het algemeen gevolgd, leren van mensen zoals zij: «Al enige tijd volg ik met bewondering uw berichten over duurzaam ondernemen», «van mensen zoals u leren».
    '(volg ik|ik volg)( al( enige tijd| een tijdje| lang| jaren)?)?( met (bewondering|interesse|plezier))? (uw|je|jouw) (berichten|posts|updates|werk|carriere|loopbaan)',
    'van mensen (zoals|als) (u|jij|jou)',
    // Raakvlakken en synergieën zonder te zeggen welke; hun posts in de tijdlijn: «ik zie veel raakvlakken tussen wat jij doet en mijn werk», «je komt regelmatig voorbij in mijn tijdlijn».
    '(veel |wat |mooie )?raakvlakken (tussen|met)',
    "welke synergie(e|ë)n er (liggen|zijn|kunnen ontstaan)",
    "(je|jij|u) (komt|kwam) (regelmatig|vaak|steeds|geregeld) voorbij (in|op) (mijn|m'n) (tijdlijn|feed)",
    "(je|jouw|uw) (posts|berichten|stukken) (zijn|waren) (altijd|steeds|vaak|echt|telkens)( [\\p{L}-]+){0,4}(?=\\s*[.!?]|\\s*$)",
    // Hun naam overal gezien, meer contacten met wie dan ook: «ik kom je naam steeds tegen bij…», «meer contacten leggen met ondernemers in de regio».
    '(kom|zie|hoor) (ik )?(je|jouw|uw) naam (steeds|vaak|regelmatig|overal|telkens)( weer)? tegen',
    "(meer )?(contacten|connecties) (leggen|maken) met ([\\p{L}-]+ ){0,2}(ondernemers|professionals|mensen|collega's|vakgenoten|gelijkgestemden)",
    // Een baan gezocht zonder iets van hen: «ik zoek een bijbaan naast mijn studie».
    'ik (zoek|ben op zoek naar) (een )?(bijbaan|baan|stage|stageplek|job|nieuwe baan|nieuwe uitdaging|nieuwe job)(?!\\p{L})',
    // Het netwerk uitbreiden, kennis delen, dezelfde groep of branche: „ben mijn netwerk aan het uitbreiden“, „ik zit ook in de groep“.
    '(mijn )?netwerk (hier )?(in de [\\p{L}-]+ )?(opnieuw )?(aan het )?(opbouwen|uitbreiden|uitbouwen|vergroten)',
    '(altijd )?op zoek naar (interessante|leuke|nieuwe|inspirerende) (mensen|contacten|professionals)',
    '(meer )?mensen (uit|in) (de|het) [\\p{L}-]+ (leren kennen|ontmoeten)',
    '(kennis|ervaringen) (delen|uitwisselen) met (collega\'s|vakgenoten|professionals|mensen)',
    '(zit|ben) ook (lid )?(in|van) de groep',
    // Dezelfde plek of branche: „we werken allebei in de Rotterdamse haven“, „… en werken allebei in de machinebouw“.
    '(werken|wonen|zitten) (allebei|beiden|alle twee) in (de|het)',
    '(we|wij) (werken|wonen|zitten) (allebei|beiden|alle twee|ook allebei) in (de|het)', '(meer dan )?\\d+ jaar (werk)?ervaring', 'gecertificeerd'],
  newClause: [],
  selfIntroduction: ["(ik ben|mijn naam is|ik heet) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2},( [\\p{L}&-]+){1,4} (bij|van) (<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2})", "(mijn naam is|ik heet) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2}(?=\\s*[,.!]| en )", '(ik ben|mijn naam is|ik heet|met) (<slot>|[\\p{L}-]+)( [\\p{L}-]+)? (van|bij)', 'ik ben (een )?(zelfstandig |freelance |zzp )?[\\p{L}-]+ (in|uit)'],
  // Hun rol teruggelezen en een aanbod daarop: „u bent verantwoordelijk voor de facilitaire dienst bij {{organisatie}}. Wij verzorgen…“.
  profileEcho: ['(ik zie dat |ik zag dat )?(u|je|jij) (bij|voor) <slot> (werkt|werkzaam bent|zit)( als <slot>)?', 'als [\\p{L}-]+( [\\p{L}-]+)? (bij|van) <slot>', '(ik zie dat )?(u bent|je bent|jij bent) (verantwoordelijk voor|eindverantwoordelijk voor|manager|hoofd|directeur|teamleider)( [\\p{L}-]+){0,4} (bij|van) <slot>'],
  referral: [
    'raadde (me|mij) aan (om )?(je|jou|u|contact)',
    '(vond|zei) dat (we|wij|ik) (eens )?(moesten|moest|zouden|zou) (kennismaken|connecten|praten|bellen)',
  ],
  pitch: ['(wij|we|ik) (verzorgen|verzorg|helpen|help|leveren|lever|ondersteunen|ondersteun|bouwen|bouw|bouwden|maken|maak|maakten|ontwikkelen|ontwikkelden|installeren|installeer)', '(daar|daarmee|hierbij|hiermee) (help|helpen) (ik|wij|we)'],
  noTopic: [
    // Alleen gezien dat ze dezelfde mensen kennen: „ik zie dat we allebei Joost Bakker kennen“.
    'dat (we|wij|jij en ik|u en ik) (allebei|beiden|ook)?( [\\p{L}-]+| <slot>){1,4} (kennen|gemeen hebben|gemeenschappelijk hebben)',
    "(op|via) (linkedin|hier)(?!\\p{L})",
    // Uitgenodigd voor het eigen netwerk, niet voor iets: «Ik wil u graag uitnodigen voor mijn professionele netwerk op LinkedIn».
    "(voor|in|tot) (mijn|m'n|ons) (professionele |zakelijke )?(netwerk|linkedin-netwerk)(?!\\p{L})",
  ],
} satisfies ReasonPhrases;
