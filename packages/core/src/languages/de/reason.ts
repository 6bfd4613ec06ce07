import type { ReasonPhrases } from '../types.js';

export default {
  hooks: [
    // Ihr Unternehmen oben auf der Liste, an wen man sich wendet, aus den Augen verloren, ihr Inserat, wie im Englischen: „Ihr Unternehmen steht ganz oben auf meiner Liste“, „an wen ich mich am besten wende“, „seit der Diplomprüfung … aus den Augen verloren“, „sucht laut Inserat eine Polisseurin“.
    '(steht|stehen|ist|sind) (dabei )?(ganz oben|an erster stelle|weit oben) auf (meiner|unserer) liste(?!\\p{L})',
    'an wen ich mich( [\\p{L}-]+)? (am besten )?(wende|wenden sollte|wenden kann)(?!\\p{L})',
    '(uns|dich|sie|euch) (ja )?(vollig |total |ganz |etwas |leider )?aus den augen verloren(?!\\p{L})',
    '(laut|gemass|gemäß) (ihrem |eurem |deinem |dem )?(inserat|stelleninserat|stellenanzeige|anzeige|ausschreibung|stellenausschreibung)(?!\\p{L})',
    // Wie im Englischen unter Bekannten und im Beruf: zusammen gearbeitet oder begleitet, acht Jahre auf dem gleichen Flur, Dank für ihre Empfehlung, ein Kaffee zum Austauschen, ihr neuer Job gehört, wer sich meldet und woher, was sie fertigen, ihr Werdegang passt: „es war mir eine Freude, Sie … zu begleiten“, „die Menschen, mit denen ich so gern gearbeitet habe“, „hier ist Lars vom Segelverein“, „ich habe gehört, du bist bei Satispay angefangen“, „Was genau fertigt ihr bei…?“, „Ihr Werdegang bei ZF und Mahle passt sehr gut“ (nicht „dein Profil passt zu dem, was ich mache“).
    '(eine freude|ein vergnugen|eine ehre|schon|toll),? (mit (ihnen|dir|euch)|sie|dich|euch)(?= (bei|beim|an|am|auf|in|im|fur|wahrend) [^.!?]{1,80}(zu arbeiten|zusammenzuarbeiten|zu begleiten|zu betreuen|zu unterstutzen|gearbeitet|zusammengearbeitet)(?!\\p{L}))',
    '(menschen|leute|kollegen|kolleginnen|team),? mit (denen|dem) ich( so| sehr)? (gern|gerne) (gearbeitet|zusammengearbeitet)(?!\\p{L})',
    '(\\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|vielen|einigen) jahren? (auf dem (gleichen|selben) flur|im (gleichen|selben) (team|buro)|seite an seite|nebeneinander)(?!\\p{L})',
    '(danke|bedanken|dank|danken) (fur|für) (ihre|deine|eure) (empfehlung|fursprache|vermittlung|referenz|einfuhrung|vorstellung)(?!\\p{L})',
    '(fur|für) (ihre|deine|eure) (empfehlung|fursprache|vermittlung|referenz|einfuhrung|vorstellung)( [^.!?]{0,40})? (bedanken|danken)(?!\\p{L})',
    '(kaffee|bier|mittagessen)( trinken)?( gehen)? (und|um) (uns )?(austauschen|auszutauschen|zu quatschen|quatschen|tauschen uns aus)(?!\\p{L})',
    '(gehort|gesehen|mitbekommen|erfahren|gelesen),? (dass )?(du|sie|ihr)( [\\p{L}\\p{N}&.-]+){0,4} (angefangen|eingestiegen|gewechselt|gestartet)(?!\\p{L})',
    '(du bist|sie sind|ihr seid) jetzt (bei|in|im|an der)(?!\\p{L})',
    '(hier ist|ich bins|ich bin\'s|ich bin) [\\p{L}-]+ (vom|von der|aus dem|aus der)(?!\\p{L})',
    '(was|wie) (genau )?(fertigt|macht|produziert|baut|liefert|entwickelt|bietet|vertreibt) (ihr|sie|du)(?!\\p{L})',
    '(ihr|dein|ihre|deine) (werdegang|hintergrund|erfahrung|[\\p{L}]+-erfahrung) (bei|in|als|im)( [\\p{L}\\p{N}&.-]+){1,5} (passt|passen)(?!\\p{L})',
    // Arbeit, die sich zwei aus einem Fach zuschieben: „wir könnten uns gegenseitig Aufträge zuschieben“.
    '(uns )?gegenseitig (auftrage|kunden|projekte|jobs|arbeit|mandate|patienten) (zuschieben|zuspielen|weiterleiten|weitergeben|empfehlen|vermitteln)(?!\\p{L})',
    // Worüber man sprach, wie „when we were talking about“ im Englischen: „als wir über {{thema}} gesprochen haben“, „als wir uns über die Umstellung unterhalten haben“.
    '(wir|uns) uber (<slot>|[\\p{L}\\p{N}-]+)( [\\p{L}\\p{N}-]+){0,3} (gesprochen|geredet|unterhalten|geplaudert|diskutiert)(?!\\p{L})',
    // Dank für ihre Hilfe bei etwas, wie "thanks for your help with": «danke nochmal für deine Hilfe beim Büroumzug».
    "(danke|vielen dank|herzlichen dank|nochmals danke)( nochmal| noch mal| nochmals)? fur (die|deine|ihre|eure|den|das)( [\\p{L}-]+)? (hilfe|unterstutzung|tipp|tipps|empfehlung|einfuhrung|vorstellung|rat|vermittlung|referenz) (bei|beim|mit|zu|zur|zum)(?!\\p{L})",
    // Lange nicht gesprochen, wie "we haven't spoken since": «wir haben seit {{jahr}} nicht mehr gesprochen».
    "(wir haben|haben wir) (uns )?seit( [\\p{L}\\p{N}<>{}_-]+){1,3} nicht (mehr )?(gesprochen|gesehen|gehort|ausgetauscht)(?!\\p{L})",
    // Beide an etwas, wie "we're both working on": «wir arbeiten beide an <Projekt/Thema>».
    "(wir arbeiten|arbeiten wir) (beide|gerade beide|beide gerade) (an|am|mit|uber)(?!\\p{L})",
    // Ein Thema, an dem der Absender arbeitet, als Platzhalter: «ich arbeite gerade an [Thema]».
    '(ich arbeite|wir arbeiten|ich beschaftige mich|wir beschaftigen uns|ich schreibe) (gerade |derzeit |aktuell )?(an|mit|uber) <slot>',
    // Die richtige Ansprechperson für ein Thema: «Sie seien die richtige Ansprechpartnerin für Cyberversicherungen».
    '(die richtige|der richtige|die beste|der beste) (ansprechpartnerin|ansprechpartner|ansprechperson|person|adresse|expertin|experte) (fur|bei|zum thema|wenn es um)(?!\\p{L})',
    // Von ihnen erzählt, oder was sie suchen: «hat mir von Ihrem Genossenschaftsprojekt erzählt», «weil Sie einen freien Grafiker suchen».
    '(hat|hatte) (mir|uns) (von|uber) (ihrem|ihrer|ihren|deinem|deiner|deinen|eurem|eurer|euren) [\\p{L}-]+( [\\p{L}-]+){0,3} (erzahlt|berichtet|vorgeschwarmt)(?!\\p{L})',
    '(weil|da) (sie|du|ihr) (gerade |aktuell |derzeit )?(einen|eine|ein|nach|jemanden)( [\\p{L}-]+){0,3} (suchen|suchst|sucht|brauchen|brauchst|braucht)(?!\\p{L})',
    // Ihre Rolle für den Absender, lange her seit einer gemeinsamen Zeit (1. Grad): «Sie waren mein Chef bei der Telekom», «lange her seit dem Fußballverein».
    '(sie waren|du warst) (mein|meine) (chef|chefin|vorgesetzter|vorgesetzte|mentor|mentorin|betreuer|betreuerin|ausbilder|ausbilderin|lehrer|lehrerin|professor|professorin|trainer|trainerin|teamleiter|teamleiterin)(?!\\p{L})',
    '(lange her|ewig her|eine ewigkeit) seit (dem|der|unserem|unserer)(?!\\p{L})',
    // Eine gemeinsame Zeit und ein Anlass (vor allem 1. Grad): «wir haben zusammen im Unichor gesungen», «toller Abend gestern beim Teamessen».
    '(wir haben|haben wir)( [\\p{L}\\p{N}-]+){0,3} (zusammen|gemeinsam) (im|in der|in einem|in einer|beim|bei der|am|an der|auf der)( [\\p{L}-]+){1,3} (gesungen|gespielt|gerudert|trainiert|getanzt|musiziert|gekocht|gewohnt|gearbeitet|gelernt)(?!\\p{L})',
    '(toller|schoner|schöner|netter|super|gelungener|lustiger) (abend|tag|nachmittag) (gestern |am freitag |am samstag )?(beim|bei der|auf der|auf dem|am|im)(?!\\p{L})',
    // Fotos von einem gemeinsamen Anlass: «Ich schick dir die Fotos vom Sommerfest».
    '(die|den|das) (fotos|bilder|video|videos|aufnahmen)( [\\p{L}-]+)? (vom|von der|von unserem|von unserer|von dem)(?!\\p{L})',
    // Eine gemeinsame Zeit von damals (1. Grad), was sie für einen taten, ihr Projekt erzählt: «wie damals beim Lauftreff vom TSV Murnau», «ich war Hilfskraft an Ihrem Lehrstuhl», «Sie haben mich 2017 als Werkstudentin eingestellt», «Sie haben mir damals so viel beigebracht», «von eurem Projekt zu {{thema}} erzählt», «von nebenan».
    'wie damals (beim|bei|im|in der|auf der|an der|am)(?!\\p{L})',
    '(ich war|war ich)( [\\p{L}\\p{N}-]+){0,6} (an|in|bei) (ihrem|deinem|eurem|ihrer|deiner|eurer) (lehrstuhl|institut|team|abteilung|praxis|kanzlei|klinik|station|firma|redaktion|labor|schule)(?!\\p{L})',
    '(sie haben|du hast) mich( [\\p{L}\\p{N}-]+){0,8} (eingestellt|ausgebildet|betreut|eingearbeitet|gefördert|gefordert|unterrichtet|angeleitet)(?!\\p{L})',
    '(sie haben|du hast) mir( [\\p{L}\\p{N}-]+){0,12} (beigebracht|gezeigt|geholfen)(?!\\p{L})',
    '(von|uber|über) (eurem|ihrem|deinem|eurer|ihrer|deiner) (projekt|vorhaben|startup|idee|produkt|plan|umzug|umbau)( (zu|zum|zur|uber|über) (<slot>|[\\p{L}-]+))? (erzahlt|erzählt|berichtet)',
    '(von nebenan|aus der nachbarschaft|(ihr|ihre|dein|deine) (nachbar|nachbarin))(?!\\p{L})',
    // Eine Rolle für sie, ihre ausgeschriebene Stelle, ein Interview zu dem, was sie verantworten: «ich hätte da was Passendes», «Sie haben die Stelle Senior Category Manager ausgeschrieben», «wäre ein Interview mit Ihnen».
    '(ich hatte|ich hätte|hatte ich|hätte ich) (da )?(was|etwas|eine stelle|eine rolle|ein projekt) (passendes|spannendes|interessantes|passende|spannende)',
    '(die|eine|ihre|eure|deine) (stelle|position)( [\\p{L}&-]+){0,6} (ausgeschrieben|zu besetzen)',
    '(ware|wäre|waere) ein (interview|experteninterview|gesprach|gespräch) mit (ihnen|dir)(?!\\p{L})',
    // Auf eine Stelle bei ihnen beworben: „Ich habe mich auf die Stelle als Controller in Ihrem Team beworben“.
    '(habe mich|hab mich|bewerbe mich|bewarb mich) (auf|um) (die|eine|ihre|deine|eure) (stelle|position|ausschreibung|stellenanzeige)',
    // Sie zu einem Thema ansprechen, auf jemandes Rat: „hat mir geraten, dich wegen der Lieferantenbewertung zu kontaktieren“.
    '(dich|sie|euch) wegen (der|des|dem|den|ihrer|ihres|deiner|deines|eurer) [\\p{L}-]+( [\\p{L}-]+){0,3} (zu )?(kontaktieren|anzusprechen|anschreiben|anzuschreiben|ansprechen)',
    '(mit dir|mit ihnen|mit euch) uber (?!(mogliche |eine |neue )?(chancen|kooperationen?|zusammenarbeit|synergien|networking|linkedin)(?!\\p{L}))[\\p{L}-]+( [\\p{L}-]+){0,3} (zu )?(sprechen|reden|austauschen)',
    // Ihre Perspektive gesucht, ihre Frage beantwortet, Fragen zu etwas, nach einem Termin: „genau die Perspektive, die wir suchen", „Ihre Frage zur DATEV-Schnittstelle habe ich geklärt", „hätte zwei konkrete Fragen zu Term Sheets", „nach unserem Demo-Termin am Dienstag".
    'genau die (perspektive|erfahrung|expertise|person|kompetenz),? (die|nach der) (wir|ich)',
    '(ihre|deine|eure) frage (zur|zum|zu|nach|uber|über)',
    '(hatte|hätte|habe|hab) (zwei|drei|ein paar|einige|eine) (konkrete |kurze )?fragen? (zu|zur|zum|uber|über)',
    'nach unserem( [\\p{L}-]+)? (termin|demo-termin|gesprach|gespräch|telefonat|call|treffen|austausch)',
    // Sie als Expertin gewinnen; ihre Erfahrung, gesehen; ihre Rolle, die den Aufwand kennt: „würde Sie gern als Expertin für einen Workshop gewinnen", „gesehen, dass du Erfahrung mit Energiespeichern hast", „als Geschäftsführer eines Autohauses kennen Sie den Aufwand…".
    '(wurde|würde|mochte|möchte|wurden|würden|mochten|möchten) (sie|dich|euch) (gern|gerne) als (expertin|experten|experte|referentin|referenten|speaker|speakerin|gast|mentorin|mentor|jurorin|juror|partnerin|partner)',
    '(gesehen|bemerkt|gelesen|entdeckt),? dass (du|sie) (viel )?(erfahrung|expertise) (mit|in|im|bei)',
    'als ([\\p{L}-]+ ){1,4}(kennen sie|kennst du) (den|die|das)',
    // Etwas an ihnen bemerkt: „Mir ist aufgefallen, dass %COMPANY% gerade fünf Stellen ausschreibt“.
    "(mir ist aufgefallen|ich habe gesehen|habe gesehen|ich sehe|wie ich sehe),? dass (<slot>|ihr|sie|du|euer|eure|ihre|deine|dein)(?!\\p{L})",
    // Was sie getan haben oder schrieben, worauf man aufbaut, eine Frage an sie: „du warst es, der…“, „baut auf Ihrem Messaufbau auf“, „Ihre Dissertation über…“, „dürfte ich Sie nach dem Handwerker fragen?“, „hat uns zwei Tage gespart“.
    "(warst du|du warst|waren sie|sie waren) (es|derjenige|diejenige)",
    "(baut|bauen|basiert|basieren|stutzt sich|stutzen sich) auf (ihr|ihre|ihrem|ihrer|ihren|dein|deine|deinem|deiner|deinen|eure|eurem|eurer|euren)(?!\\p{L})",
    "(meine|unsere) (masterarbeit|bachelorarbeit|doktorarbeit|dissertation|studie) (uber|zu|zum|zur)",
    "(ihre|deine|eure) (dissertation|doktorarbeit|masterarbeit|studie|veroffentlichung|publikation) (uber|zu|zum|zur)",
    "(durfte|darf|konnte|kann) ich (sie|dich|euch)( [\\p{L}-]+){1,5} fragen(?=[^.!?\\n]*\\?)",
    "(hat|haben) (uns|mir)( [\\p{L}-]+){0,5} (gespart|erspart|gerettet)",
    "an wen (darf|kann|konnte|sollte|soll) ich mich wenden",
    // Was den Absender an ihrem Vorgehen interessiert; ein Angebot für Betriebe wie ihren: „Mich würde interessieren, wie Sie … aufgesetzt haben“, „Wir helfen Werken wie Ihrem“.
    '(mich würde interessieren|mich interessiert|würde mich interessieren),? wie (sie|du|ihr)',
    // Nicht mit einem Gewinn, den jeder Verkäufer verspricht: „ich unterstütze Unternehmen wie Ihres dabei, nachhaltig zu wachsen“.
    '(werken|firmen|unternehmen|teams|betrieben|kliniken|praxen|häusern) wie (ihrem|ihres|deinem|eurem|ihrer|ihres)(?![^.!?]{0,40}(wachsen|skalieren|erfolgreich|mehrwert|nachste level)(?!\\p{L}))',
    // Was der Absender wissen will, womit er kämpft, was sie brauchen könnten: „wüsste gern, ob Sie Kooperationen eingehen“, „kämpfen seit dem Brexit mit den Ursprungsnachweisen“, „Habt ihr bei Pixelwerk gerade Bedarf?“, „bräuchten Infos zur Verbundausbildung“, „Wie rechnen Sie bei Ihren Projekten die Förderung ab?“.
    '(wüsste|würde) gern(e)?( wissen)?,? ob',
    '(kämpfen|kämpfe|ringen|hadern)( seit [^.!?,]{1,30})? mit',
    '(habt ihr|haben sie|hast du)( bei [\\p{L}&.-]+)?( gerade| aktuell| derzeit| momentan)? (bedarf|kapazität|interesse|platz)',
    '(bräuchten|brauchen|benötigen|bräuchte|brauche) (infos|informationen|rat|hilfe|unterstützung|tipps|input) (zur|zum|zu|über|bei|für)',
    'wie [\\p{L}]+ (sie|du|ihr) (bei|in|mit|für) (ihren|ihrem|ihrer|deinen|deinem|deiner|euren|eurem|eurer)',
    // Gefragt, ob; Nachbarn oder Kollegen gewesen; wer man ihnen war; Dank für ihre Unterstützung: „wollte fragen, ob du noch Kontakt … hast“, „wir waren zehn Jahre Nachbarn“, „Ihre ehemalige Azubine“, „Sucht ihr bei SAP noch Werkstudenten?“.
    '(wollte|möchte|würde gern|will) (dich |sie |euch )?(fragen|bitten),? ob',
    'wir waren( [\\p{L}\\p{N}]+){0,2} (nachbarn|kollegen|kolleginnen|kommilitonen|mitschüler|teamkollegen|mitbewohner|klassenkameraden)',
    '(ihre|deine|eure) (ehemalige|frühere|alte)[rn]? (azubine|azubi|praktikantin|praktikant|kollegin|kollege|studentin|student|mitarbeiterin|mitarbeiter|schülerin|schüler)',
    '(mich|uns) für (ihre|deine|eure) (unterstützung|hilfe|geduld|zeit) (bedanken|danken)',
    '(sucht|suchen) (ihr|sie)( [^.!?]{1,40})? noch [\\p{L}-]+',
    // Wie sie etwas machen, zu hören oder zu besprechen: „würde gern mal hören, wie ihr die Sendungsdaten aufbereitet“, „lass uns austauschen, wie ihr onboardet“.
    '(hören|wissen|erfahren|fragen|lernen|verstehen|austauschen|unterhalten|sprechen|quatschen|reden),? wie (ihr|sie|du|es dir|es ihnen|euer|eure|ihr team|<slot>)(?!\\p{L})',
    // Ein gemeinsamer Arbeitsalltag, eine Zusammenarbeit, gedankt (1. Grad): „wir saßen 2018 zusammen im Controlling bei Bosch“, „Dank für die gute Zusammenarbeit beim Umbau“.
    '(wir|ich) (saßen|arbeiteten|waren|studierten|spielten|wohnten|lernten|trainierten)( \\d{4}| damals| früher)? (zusammen|gemeinsam) (im|in|bei|an|auf|am)',
    '(dank|danke) für die (gute |tolle |schöne |angenehme )?zusammenarbeit (beim|bei|an|im|am|auf|in)',
    // Wen man sucht, wofür, oder was sie suchen: „ich suche jemanden, der bei unserem React-Projekt aushilft“, „suche für einen Zulieferer einen Teamleiter“, „Personio sucht gerade eine Lösung“.
    '(ich suche|wir suchen|suche ich|suchen wir) (jemanden|eine[nr]?|ein)( [\\p{L}-]+){0,3} (für|der|die|das|mit|zur|zum)',
    '(suche|suchen)( ich| wir)? für (einen|eine|ein|unseren|unsere|unser|meinen|meine)( [\\p{L}-]+){1,4} (einen|eine|ein|eine[nr])',
    '(sucht|suchen|suchst)( ihr| sie| du)? (gerade|aktuell|derzeit|momentan|noch) (eine|einen|ein|jemanden)',
    '(dass|falls|wenn|ob) (sie|du|ihr)( [^.!?,]{1,80})? (suchen|sucht|suchst|einstellen|einstellt)(?!\\p{L})',
    // Ihre Erfahrungen mit etwas, ihr Thema bei ihrer Firma, der Anlass genannt: „zu Ihren Erfahrungen mit dem IPCEI-Verfahren austauschen“, „dass Sie bei den Stadtwerken das Thema Smart Metering leiten“, „es geht um die Rahmenvereinbarung“.
    '(ihren|deinen|euren|ihre|deine|eure) erfahrungen (mit|bei|im|in|zu(?! (lernen|profitieren|hören|erfahren)(?!\\p{L})))',
    'dass (sie|du)( [^.!?,]{1,80})? (leiten|leitest|verantworten|verantwortest|betreuen|betreust|treiben|treibst|aufbauen|aufbaust)(?!\\p{L})',
    'es geht um (die|den|das|ihre|ihren|ihr|eure|euren|deine|deinen|unsere|einen|eine)',
    // Der Anlass bei ihrer Firma, gratuliert: „Glückwunsch zur Series A von {{firma}}“, „zur Eröffnung Ihres zweiten Standorts“.
    // Ihr Sieg oder Preis bei etwas mit Namen, wie "congrats on the win at…": „Glückwunsch zum Sieg bei den Dutch Startup Awards“.
    '(gluckwunsch|glueckwunsch|gratulation|gratuliere|herzlichen gluckwunsch) (zum|zu deinem|zu ihrem|zu eurem) (sieg|gewinn|preis|award|titel|ersten platz) (bei|beim|auf|in)(?!\\p{L})',
    '(glückwunsch|glueckwunsch|gratulation|gratuliere|herzlichen glückwunsch) (zur|zum|zu) (series [a-d]|finanzierungsrunde|seed-runde|seed-finanzierung|eröffnung|übernahme|launch|expansion|neuen standort|[\\p{L}-]*runde|auszeichnung|börsengang)(?!\\p{L})',
    // Wie sie etwas lösen, gefragt; wie ihr Team etwas macht: „würde gern hören, wie ihr das bei Scalable löst“, „Wie qualifiziert Ihr Team Leads?“.
    'wie (ihr|sie|du) (das|es|dies|diese|solche)( [\\p{L}&.-]+){0,3} (löst|lösen|macht|machen|handhabt|handhaben|regelt|regeln|angeht|angehen|organisiert|organisieren|umsetzt|umsetzen|gelöst habt|gelöst haben)',
    'wie [\\p{L}]+ (ihr|euer|dein) (team|vertrieb|einkauf|unternehmen|abteilung|marketing|recruiting|hr|controlling)(?=[^.!?\\n]*\\?)',
    // Was sie denken oder zuletzt gemacht haben: „Ihr Gedanke zur Vier-Tage-Woche“, „hab mitbekommen, dass du jetzt bei SAP bist“.
    '(ihr|dein|euer) (gedanke|punkt|hinweis|einwand|argument|ansatz|impuls|tipp|vorschlag|vergleich) (zur|zum|zu|uber|über)',
    '(hab|habe) (mitbekommen|gehört|gesehen|gelesen),? dass (du|sie|ihr) (jetzt|nun|inzwischen|seit kurzem|mittlerweile)',
    '(lange|ewig|eine ewigkeit) nicht (gesehen|gehört|gesprochen) seit (dem|der|unserem|unserer)',
    // Ihre ausgeschriebene Stelle: „habe ich Ihre Stellenausschreibung für die Leitung … gelesen“.
    '(ihre|deine|eure) (stellenausschreibung|stellenanzeige|ausschreibung|vakanz|offene stelle|jobanzeige)',
    // Zu einem Thema austauschen, als Platzhalter: „würde mich gern zu [Thema] austauschen“.
    '(zu|zum|zur|über) <slot> (austauschen|auszutauschen|sprechen|unterhalten|reden|plaudern)',
    // Eine Bewerbung bei ihnen, eine Frage aus der Praxis, ihr Weg in eine Stelle, etwas über ihre Firma gesehen, eine Zeit zusammen:
    // „bewerbe mich gerade auf das Werkstudium bei {firma}“, „kurze Frage aus der Praxis:“, „wie sind Sie damals zur Prüfungsgruppe gekommen?“,
    // „und habe gesehen, dass {firma} zwei weitere Werke betreibt“, „seit dem Zivildienst in Kassel“, „wir haben 2019 zusammen … gearbeitet“.
    "bewerbe mich( gerade| aktuell| derzeit)? (auf|um|fur) (das|die|den|ein|eine|einen) ([\\p{L}-]+ ){0,5}(bei|in|fur) <slot>",
    '(kurze|konkrete|schnelle) frage( aus der praxis| vorab| vorweg)?:',
    '(habe|hab) (gesehen|gelesen|mitbekommen),? dass <slot>',
    '(wie|warum) (sind|bist) (sie|du) (damals |eigentlich |seinerzeit )?(zu|zur|zum|in die|in den|ins|an die) [\\p{L}-]+',
    '(seit|nach) (dem|der|unserem|unserer) (zivildienst|wehrdienst|fsj|schulzeit|ausbildung|lehre|erasmus|austausch|traineeprogramm|trainee-programm|studium|praktikum)',
    "(wir haben|wir hatten|wir waren)( \\d{4}| damals| fruher)?( [\\p{L}\\p{N}-]+){0,4} zusammen( [\\p{L}\\p{N}-]+){0,5} (gearbeitet|studiert|gespielt|gewohnt|trainiert|gelernt|gesessen)",
    // Ausgeschriebene Stellen, Fragen dazu, ihre Praxis gefragt: „dass Ihr Team zwei Stellen ausgeschrieben hat“, „Darf ich Ihnen dazu ein paar Fragen stellen?“, „Ihre Praxis arbeitet noch mit Papier?“.
    '(stellen|stelle|positionen|position) (in der [\\p{L}-]+ )?(ausgeschrieben|zu besetzen)',
    'darf ich (ihnen|dir|euch) (dazu )?(ein paar|einige|zwei|drei|kurz) fragen stellen',
    '(ihre|deine|eure) (praxis|firma|kanzlei|klinik|schule|abteilung|werkstatt|apotheke|gemeinde)( in [\\p{L}-]+)? (arbeitet|nutzt|setzt|macht|plant) (noch|immer noch|gerade|bereits)',
    // Eine gemeinsame Zeit, lange her: „lang ist's her seit dem Erasmus in Lyon“.
    '(seit|nach) (dem|der|unserem|unserer) (erasmus|studium|praktikum|auslandssemester|austausch|ausbildung|projekt|volontariat|referendariat)( [\\p{L}-]+)? (in|bei|an|am)',
    // Was der Absender für sein Unternehmen sucht: „ich suche für unser Food-Startup einen Co-Packer“.
    "(ich suche|wir suchen) (fur|für) (unser|unsere|unseren|mein|meine|meinen) [\\p{L}-]+ (einen|eine|ein)",
    // Wen sie suchen, was der Absender aufbaut, wen er sucht: „er sagt, du suchst für dein Team einen Embedded-Entwickler“, „baue gerade eine Photovoltaik-Sparte auf“, „ich suche für unsere Kanzlei eine Expertin“.
    "(du suchst|sie suchen|ihr sucht|suchst du|suchen sie|sucht ihr)( [\\p{L}-]+){0,4} (einen|eine|ein|nach)",
    "(baue|bauen|baut) (gerade |derzeit )?(eine|einen|ein|unsere|meine|mein|unser)( [\\p{L}-]+){0,3} auf",
    "(ich suche|wir suchen|suche ich|suchen wir)( [\\p{L}-]+){0,4} (einen|eine) [\\p{L}-]+ (als|fur|mit|die|der)",

    // Was sie suchen, eine Frage dazu, eine Abschlussarbeit: „dass ihr bei Nordex einen Schichtleiter sucht“, „weißt du, wer das Team führt?“, „ich schreibe meine Masterarbeit über Lieferkettenrisiken“.
    "(gesehen|gelesen|gehort),? dass (ihr|sie|du|ihre firma|euer team|ihr team)( [\\p{L}-]+){0,6} (sucht|einstellt|einstellen|plant|aufbaut|eroffnet|umstellt)",
    "(weißt|weisst) du,? (wer|wie|ob|wo|was)",
    "(ich schreibe|schreibe ich) (meine|eine|gerade meine) (masterarbeit|bachelorarbeit|doktorarbeit|dissertation|studie|abschlussarbeit) (uber|zu|zum|zur)",
    // Eine Stelle bei ihnen, auf die man sich bewirbt: „ich bewerbe mich als Projektleiter bei Bosch“, „interessiere mich für die Werkstudentenstelle bei [Firma]“.
    "(ich bewerbe mich|ich habe mich beworben|ich mochte mich bewerben|ich möchte mich bewerben)( gerade| aktuell| derzeit)? (als|auf|um)( die| den| eine| einen)? ([\\p{L}-]+ ){0,5}(bei|in|fur|für) (<slot>|[\\p{L}&-]+)",
    "(interessiere mich|interessiere ich mich) fur (die|den|eine|einen|ihre|eure)( [\\p{L}-]+){0,2} [\\p{L}-]*(stelle|position|rolle|praktikum|ausbildung|trainee[\\p{L}-]*)( [\\p{L}-]+){0,3} (bei|in) (<slot>|[\\p{L}&-]+|ihrem|eurem|deinem)",
    // Ein Angebot, an ihre Firma gebunden, mit dem, wobei es hilft: „wir unterstützen Kanzleien wie [Firma] bei der Umstellung auf die E-Akte“.
    "(wir helfen|ich helfe|wir unterstutzen|unterstutzen wir|helfen wir|wir begleiten|begleiten wir) ([\\p{L}&-]+ ){0,3}wie (<slot>|ihre|ihres|ihrem|ihrer|ihnen|deine|deins|deinem|deiner|dir),? (bei|mit) (der|dem|den|ihrer|ihrem|ihren|eurer|eurem)",
    // Gemeinsame Zeit danach wiedergefunden: «nach dem Studium an der {Hochschule}».
    '(nach dem|seit dem|seit unserem|nach unserem) (studium|abitur|abi|examen|praktikum|referendariat|volontariat|auslandssemester)',
    // Was sie erzählt hatten; die Stelle bei ihnen, auf die man sich bewirbt.
    "(du hattest|Sie hatten|du hast|Sie haben)( [\\p{L}\\p{N}'-]+){0,4} (erzahlt|erwahnt|gesagt|berichtet),? (dass|das)",
    '(ich )?bewerbe mich (auf|um) (die|eine|eure|Ihre|deine) (stelle|position|ausschreibung)',
    // Eine konkrete Frage nach dem Doppelpunkt; was sie betreuen: «Kurze Frage: Mit welchem Klebstoff…», «betreuen Sie solche Mandate?».
    '(kurze|konkrete|eine) frage: (mit welche[mnrs]?|welche[mnrs]?|wie|was|wo|wann|warum|wer|arbeiten|nutzen|haben|sind|gibt|machen)',
    '(betreuen|ubernehmen|bearbeiten|bieten|machen) (Sie|du) (solche|auch|noch|diese)',
    // Wie abgemacht: «schick mir die Nummer, wie besprochen».
    '(wie|so wie)( [\\p{L}\\p{N}-]+){0,6} (besprochen|versprochen|vereinbart|abgemacht|ausgemacht)',
    // Ihre Zeit für etwas Bestimmtes: «hätten Sie im September Kapazitäten?».
    '(hätten|haben|hättest|hast) (Sie|du) (im|ab|in der|nächste|diese|am)( [\\p{L}]+)? (Kapazität|Kapazitäten|Zeit|Luft)',
    // Was sie tun, als Grund: «da Sie an der PTA-Schule unterrichten».
    '(da|weil) (Sie|du) (an|bei|in) (der|dem|den)( [\\p{L}-]+){1,3} (unterrichten|unterrichtest|lehren|lehrst|arbeiten|arbeitest|leiten|leitest)',
    // Eine gemeinsame Zeit, für die man dankt: «vielen Dank für die Zusammenarbeit in meinem Praktischen Jahr».
    '(zusammenarbeit|zeit) (in|bei|an|im|wahrend) (meinem|meiner|unserem|unserer|der|dem|den)',
    // Was sie geschrieben haben, mit einer Frage dazu; eine gemeinsame Zeit von damals.
    '(sie haben|du hast|ihr habt) ([\\p{L}\\p{N}-]+ ){0,12}(geschrieben|veroffentlicht|verfasst|vorgetragen|gehalten)',
    '(erinnerst du dich|erinnern sie sich|weisst du noch|wissen sie noch)( noch)? (an|wie)',
    '(hattest du|hatten sie|hast du|haben sie) (zeit|lust)',
    // Eine Frage zu etwas von ihnen, was sie aufgebaut haben, was man von ihnen nutzt oder gehört hat, ein Rat zu etwas Bestimmtem.
    '(hat|haben) sich ([\\p{L}\\p{N}-]+ ){1,8}(gehalten|bewahrt|bewahrheitet|durchgesetzt|gelohnt|eingespielt)',
    '(sie haben|du hast|ihr habt) ([\\p{L}\\p{N}-]+ ){0,8}(aufgestellt|aufgebaut|umgebaut|eingefuhrt|gegrundet|gerettet|saniert|restauriert|organisiert|ausgebildet|umgestellt)',
    '(fahren|arbeiten|nutzen|verwenden|benutzen|liefern)( [\\p{L}\\p{N}-]+){0,4} mit (ihren|ihrem|ihrer|deinen|deinem|deiner|euren|eurem)',
    '(ich habe|wir haben) (ihr|ihre|ihren|dein|deine|deinen|euer|eure)( [\\p{L}\\p{N}-]+){1,5} (geforkt|gekauft|getestet|installiert|gelesen|benutzt|nachgebaut|eingesetzt|ubernommen)',
    '(sagte|meinte|erzahlte|erwahnte), (das|dass|ihr|sie|du)',
    '(deinen|ihren|euren) (rat|tipp|input|blick|erfahrungswert) (zu|zur|zum|bei|fur)',
    // Etwas aus ihrem Betrieb, und wie es lief: «Ihre Spedition hat den Nahverkehr auf E-Lkw umgestellt», «wie lief das mit…».
    '(ihre|deine|eure|ihr|dein|euer) [\\p{L}-]+( in [\\p{L}-]+)? (hat|haben|ist) ([\\p{L}\\p{N}-]+ ){0,10}(umgestellt|eroffnet|veroffentlicht|geschafft|gestartet|eingefuhrt|abgeschafft|gewonnen|ubernommen|gegrundet|erweitert|verlegt|eingestellt|gekauft|gebaut|entwickelt|verdoppelt|ausgebaut|modernisiert|digitalisiert|zertifiziert)',
    // Ihr Werkzeug mit seinem Zweck, derselbe Schritt wie ihrer, eine Frage nach dem, was ihnen half, eine gesuchte Rolle.
    '(euer|eure|ihr|ihre|dein|deine) (tool|produkt|app|software|plattform|losung|system|verfahren) (fur|zur|zum) [\\p{L}-]+',
    '(sie haben|du hast|ihr habt) (genau )?(diesen|den|denselben|den gleichen|einen ahnlichen) (schritt|wechsel|weg)',
    '(welche|welcher|welches) [\\p{L}-]+ (hat|haben|hatte|hatten) (ihnen|dir|euch)',
    '(suchen wir|wir suchen|ich suche|suche ich) (einen|eine|ein)( [\\p{L}-]+){0,2} (beirat|berater|beraterin|mentor|mentorin|referent|referentin|speaker|mitgrunder|mitgrunderin|gutachter|gutachterin|expertin|experten|pilotkunden|pilotpartner)',
    '(wie|warum) (lief|lauft|habt|haben|hat|bekommt|schafft|macht|geht|ging|klappt|klappte) (das|ihr|sie|man|es|du)',
    // Wie sie mit etwas umgehen: «wie ihr mit Abhängigkeiten zwischen vielen Teams umgeht».
    '(wie|ob) (ihr|du) (mit|bei|eure|euren|eurem|eurer|deine|deinen|deinem|deiner) [\\p{L}-]+',
    // Ein Fehler in ihrer Software, ein Team von damals, etwas über sie gehört, eine Referenz erbeten.
    '(in|bei) (deiner|ihrer|eurer|deinem|ihrem|eurem) (bibliothek|library|app|software|anwendung|tool|plugin|paket)',
    '(wir haben|wir hatten|wir waren) (damals|fruher|vor [\\p{L}\\p{N}]+ jahren)( [\\p{L}-]+){0,3} zusammen',
    '(sassen|arbeiteten|waren|standen) wir( [\\p{L}-]+){0,3} (in denselben|im selben|in derselben|zusammen)',
    '(hat|hatte) (erzahlt|gesagt|berichtet|erwahnt), dass (ihr|du|sie)',
    // Ohne „dass", wie man tippt: „er hat gesagt du verkaufst deinen Transporter".
    '(hat|hatte) (erzahlt|gesagt|berichtet|erwahnt|gemeint),? (du|ihr)(?= \\p{L})',
    '(brauche|benotige|suche) (ich )?(eine|einen) (referenz|empfehlung|gutachter|ansprechpartner)',
    // Wie sie arbeiten, als Thema: «darüber austauschen, wie Sie bei [Firma] die Dienstpläne erstellen».
    '(daruber|darüber) (auszutauschen|austauschen|zu sprechen|sprechen|zu reden|reden), wie',
    // Ein Team im Aufbau, bei dem man an sie dachte: «ich baue gerade ein Datenschutz-Team auf und dachte an dich».
    '(ich baue|wir bauen) (gerade |derzeit |aktuell )?(ein|eine|unser|unsere|mein|meine)( [\\p{L}-]+){0,3} (team|abteilung|bereich)',
    '(dachte|dachten) (sofort |gleich |direkt )?an (dich|sie|euch)',
    // Ihre Beiträge gelesen, aus ihrer Rolle heraus: ein Grund, noch kein gemeinsamer Kontext.
    '(ihre|ihren|deine|deinen|ihrer|deiner|eure|euren|eurer)(?<!(jedem|jeder|jeden|allen|all) (ihre|ihren|deine|deinen|ihrer|deiner|eure|euren|eurer))( [\\p{L}-]+){0,2} (linkedin-)?(beitrage|beitrag|posts|post|\\p{L}*artikel|\\p{L}*vortrag|studie)(?! (schon|seit|regelmassig|immer|gerne|gern)(?!\\p{L}))',
    '(linkedin-)?(beitrage|posts|artikel)[^.!?]{0,40} (verfasst|veroffentlicht|geschrieben|geteilt), die ich (gelesen|verfolgt)',
    '((sie|du) (veroffentlichen|veroffentlichst|posten|postest|schreiben|schreibst|teilen|teilst)|(veroffentlichen|posten|schreiben|teilen) sie|(veroffentlichst|postest|schreibst|teilst) du)( [\\p{L}-]+){0,6} (linkedin-)?(beitrage|posts|artikel)',
    // Eine Einladung zu etwas Eigenem: «ich würde Sie gerne zu unserem Webinar über [Thema] einladen».
    '(sie|dich|euch) (gerne |gern |herzlich )?(zu|zur|zum) (unserem|unserer|unseren|meinem|meiner|einem|einer|dem|der)( [\\p{L}-]+| <slot>){1,5} (einladen|einzuladen)',
    '(lade|laden) (sie|dich|euch) (gerne |gern |herzlich )?(zu|zur|zum|ein)(?!( [\\p{L}-]+){0,4} (netzwerk|kontakte)(?!\\p{L}))',
    // Ihr Name, an bestimmter Stelle gefallen: «Ihr Name fiel, als ich mit unserem CTO sprach».
    '(ihr|dein) name (fiel|ist gefallen|kam auf|wurde genannt) (als|wahrend|bei|in)',
    '(weil|da) wir',
    "wie (lauft|lauft's|laufts|geht es|ist es) (es )?(in|mit|bei|im|an)",
    '(sucht|suchen|sucht ihr|suchst du|suchen sie) (eine|einen|ein|noch)',
    'wie (habt ihr|haben sie|hast du|gehen sie|gehst du|geht ihr|lost ihr|losen sie|lost du|macht ihr|machen sie)',
    '(an|mit|vor) ahnlichen (herausforderungen|problemen|fragestellungen|themen)',
    // Was gerade ansteht: «wir planen die Einführung…», «wir stehen vor…».
    'wir (planen|suchen|stehen vor|kampfen|bauen|starten|migrieren|evaluieren|entwickeln)',
    '(wegen|bezuglich) (eures|eurer|ihres|ihrer|deines|deiner|der|des|dem)',
    '(ihre|deine|eure) [\\p{L}-]+ (stellt|plant|sucht|baut|wachst|expandiert|migriert|wechselt)',
    '(wende ich mich|ich wende mich|mich) an (sie|dich)( zu wenden)?',
    '(du kennst dich|sie kennen sich) (mit|in|bei)',
    'seit (dem|unserem|unserer) (studium|studienzeit|praktikum|abschluss)',
    // Ein gemeinsames Projekt von früher: «nach dem Projekt Nordlicht».
    '(nach|seit|wahrend|von|aus) (dem|unserem|unserer|der) (gemeinsamen )?(projekt|zeit|team)',
    '(unser|unsere|unserem|unseren) (gemeinsames? |gemeinsamen )?(projekt|team|zeit)',
    // The recipient's role: "in your role as".
    '(in ihrer|in deiner) (rolle|funktion|position|eigenschaft) als', 'als (verantwortliche[rn]?|leiter(in)?|leitung|direktor(in)?|geschaftsfuhrer(in)?) (fur|von|der|des|im)',
    '(suche|suchen|sucht|suchst) (gerade )?[\\p{L}-]*(entwickler|ingenieur|designer|verstarkung|mitarbeiter)',
    '(hat mir erzahlt|meinte|hat mir gesagt)',
    '(uber|zu) (die|den|das|dem|der|ihre|deine) [\\p{L}-]+ (austauschen|sprechen|unterhalten)',
    '(austauschen|austausch) (uber|zu)',
    '(ich habe|hab) (das|sechs|\\d+|bei)',
    '(ich habe gesehen|ich sehe|ich habe gelesen), dass',
    '(ihres|deines) (unternehmens|teams)',
    // Was man für ihr Vorhaben prüfen will, wovon man mehr hören will, worüber man schon sprach: «prüfen, ob wir für Ihre neue Produktlinie infrage kommen», «mehr über euer Agritech-Projekt hören», «wir hatten letzte Woche über die Datenmigration gesprochen».
    '(prufen|klaren|schauen|sehen|besprechen|ausloten|herausfinden),? ob (wir|ich)( [\\p{L}-]+){0,3} (fur|bei) (ihre|ihren|ihr|ihrem|ihrer|deine|deinen|dein|deinem|deiner|eure|euren|euer|eurem|eurer)(?!\\p{L})',
    '(uber|von) (euer|eure|eurem|eurer|ihr|ihre|ihrem|ihrer|dein|deine|deinem|deiner) [\\p{L}-]*(projekt|projekte|vorhaben|initiative|programm|pilot|pilotprojekt|produkt|plattform|app|launch|umstellung|migration|expansion|standort|werk)(?!\\p{L})( [\\p{L}-]+){0,2} (horen|erfahren|wissen|lernen)',
    '(wir hatten|wir haben|hatten wir|haben wir)( [\\p{L}\\p{N}-]+){0,6} (uber|von) (die|den|das|eure|euren|ihre|ihren|deine|deinen|unsere|unseren)( [\\p{L}-]+){1,4} (gesprochen|geredet|diskutiert|gequatscht|ausgetauscht)',
    // Jahre in ihrem Team (1. Grad): «drei Jahre lang in Ihrem Team am Klinikum».
    '(jahre|jahr|monate|jahren|monaten) (lang )?(in|bei|unter|mit) (ihrem|ihrer|ihnen|deinem|deiner|dir|eurem|eurer|euch)(?!\\p{L})',
  ],
  generic: [
    // Ihnen gefolgt und die Beiträge gelobt, ohne einen zu nennen: „ich folge Ihnen schon lange und finde Ihre Beiträge super“.
    '(ich folge|folge ich) (ihnen|dir|euch) (schon |bereits )?(lange|langer|seit langem|seit jahren|seit einiger zeit|eine weile)',
    '(finde|mag|liebe) (ihre|deine|eure) (beitrage|posts|inhalte|artikel|videos) (super|toll|klasse|grossartig|spannend|inspirierend|genial)',
    // Dieselbe Szene, und nichts weiter: „wir sind beide in der Münchner Fintech-Szene unterwegs“.
    '(wir sind|sind wir) (beide |auch beide )?in der( [\\p{L}-]+){0,2} (szene|branche|community) (unterwegs|aktiv|zuhause|zu hause)',
    // The sender's CV or profile to be passed around, whoever gets it.
    '(meinen|mein) (lebenslauf|profil|cv) (weiterleiten|teilen|weitergeben|weiterreichen|streuen)',
    // Ihre Beiträge und ihr Weg verfolgt, ohne einen zu nennen: „mit großem Interesse verfolge ich Ihre Beiträge und Ihren beruflichen Weg“.
    '(mit (großem|grossem|viel) interesse )?(verfolge ich|ich verfolge)( schon (lange|länger|langer|eine weile|seit langem|seit jahren))? (deine|ihre|eure) (beiträge|posts|inhalte|aktivitäten|karriere|werdegang)( und (deinen|ihren|euren)( [\\p{L}-]+){0,2} (weg|werdegang))?(?! (zu|zum|zur|über|uber|rund um) (?!(linkedin|allem)(?!\\p{L}))\\p{L})',
    // Ähnliche Kreise, von ihrer Expertise lernen: „wir bewegen uns offenbar in ähnlichen Kreisen“, „von Ihrer Expertise zu lernen“.
    '(in )?(ahnlichen|denselben|gleichen) (kreisen|branchen|bereichen|netzwerken)',
    'von (ihrer|deiner|eurer) (expertise|erfahrung|kompetenz) (zu )?(lernen|profitieren)',
    // Mehrwert und das nächste Level, jedem versprochen: „ich bin sicher, dass ich auch dir einen Mehrwert bieten kann“.
    '(dir|ihnen|euch|ihrem haus|ihrem unternehmen|ihrem team|eurem team)( und (ihrem|deinem|eurem) (haus|unternehmen|team))? (einen |echten |großen |grossen )?(echten )?mehrwert (bieten|liefern|schaffen|bringen)',
    '(welchen|was fur einen|wie viel) mehrwert (ich|wir) (ihnen |dir |euch )?(bieten|liefern|schaffen|bringen)',
    'auf (das|ein) (nachste|neues|hoheres) level( zu)? (bringen|heben)',
    // Das eigene Netzwerk ausbauen: „Ich baue gerade mein Netzwerk im Bereich … aus".
    '(baue|erweitere|vergrößere|vergroessere|vergrossere) (gerade |aktuell |momentan )?mein (berufliches )?netzwerk',
    // Eine Ehre, vernetzt zu sein: nichts über sie.
    '(es wäre|wäre es) mir eine (ehre|freude|große ehre)',
    // Dieselbe Stadt, dasselbe Feld, und nichts weiter: „dass Sie auch in Stuttgart leben und im Vertrieb arbeiten“.
    'dass (sie|du) auch in [\\p{L}-]+ (leben|lebst|wohnen|wohnst|arbeiten|arbeitest)( und (im|in der) [\\p{L}-]+ (arbeiten|arbeitest|tätig sind|tätig bist))?(?=\\s*[.!?]|\\s*$)',
    // Dieselbe Branche, von sich gesagt: „auch ich arbeite in der [Branche]“.
    'auch ich arbeite in (der|dem) (<slot>|[\\p{L}-]+)( in <slot>)?',
    '(herzlichen )?(gluckwunsch|glueckwunsch|gratulation) (zur|zu deiner|zu ihrer) (neuen )?(position|rolle|stelle|beforderung)( bei (<slot>|[\\p{L}&.-]+))?(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    '(auf|uber) (ihr|dein) profil (gestossen|gestoßen|aufmerksam)',
    '(mein|unser) netzwerk( [\\p{L}-]+){0,5} (erweitern|ausbauen|vergrossern|vergroßern|starken|stärken)',
    '(mit ihnen|mit dir) vernetzen',
    'von (ihnen|dir) lernen',
    // Dieselbe Branche, als Nebensatz: «da wir beide in der {{branche}} unterwegs sind».
    '(wir|da wir|weil wir) (beide |ja beide )?(in der|im|in einer|in einem) (<slot>|[\\p{L}-]+)( [\\p{L}-]+)? (unterwegs|aktiv|tatig) (sind|waren)',
    'mit (menschen|leuten|personen|experten|expertinnen) wie (ihnen|dir)(?!\\p{L})',
    // Dasselbe Netzwerk, sonst nichts: «da wir offenbar im selben Netzwerk unterwegs sind».
    '(im selben|im gleichen|in demselben|in denselben|in ahnlichen|in den gleichen) (netzwerk|netzwerken|kreisen|umfeld) (unterwegs|aktiv)',
  ],
  filler: [
    // Eine Stelle gesucht, nichts von ihnen: „auf der Suche nach neuen beruflichen Möglichkeiten“.
    'auf der suche nach (einer |neuen |einer neuen )?(beruflichen |spannenden )?(möglichkeiten|moglichkeiten|herausforderung|herausforderungen|chance|chancen)',
    // Eine gemeinsame Gruppe sagt nicht, warum.
    '(in|aus) (derselben|der gleichen|der selben) (linkedin-)?gruppe',
    'mitglieder (derselben|der gleichen|der) (linkedin-)?gruppe',
    // Beide in einer benannten Gruppe, und nicht mehr: «wir sind beide in der LinkedIn-Gruppe „Industrie 4.0 DACH“ aktiv», «wir sind beide Mitglied der Gruppe …».
    '(wir sind|sind wir) (beide|beides|zusammen) (in der|in einer|mitglied der|mitglied in der|mitglieder der) (linkedin-)?gruppe',
    '(mitglied|mitglieder) (in|der) (derselben|der gleichen|der selben|der) (linkedin-)?gruppe',
    '(ihr|dein|ihre|deine) (werdegang|lebenslauf|karriere|erfahrung|profil)[^.!?]{0,100} (ist|sind) (wirklich |sehr |absolut )?(beeindruckend|bemerkenswert|inspirierend)',
    '(\\d+|uber \\d+|mehr als \\d+) jahre(n)? (berufs)?erfahrung',
  ],
  newClause: [],
  profileEcho: [
    // Ihre Verantwortung ausgeschrieben, der Satz endet dort: „Sie verantworten die Instandhaltung bei den Stadtwerken Kiel.“
    '(sie verantworten|du verantwortest|sie leiten|du leitest|sie fuhren|du fuhrst) (die|den|das) [\\p{L}-]+ (bei|in|von) (der |den |dem )?[\\p{L}&.-]+( [\\p{L}&.-]+){0,2}(?=\\s*[.!?]|\\s*$)',
    '(ich sehe|ich habe gesehen|wie ich sehe),? dass (sie|du) <slot> (bei|in|von) <slot> (sind|bist)',
    '<slot> leistet (großartige|grossartige|tolle|hervorragende|beeindruckende) arbeit( in (der|dem) <slot>)?',
    'ich hoffe,? (bei <slot> )?(lauft|läuft|ist) alles gut( bei <slot>)?',
  ],
  referral: [
    '(hat|hatte) mir (empfohlen|geraten|vorgeschlagen|gesagt),? (dich|sie|euch|mich bei (dir|ihnen|euch)|dass wir (uns|mal))',
    '(meinte|sagte|fand),? (wir|ich) (sollten|sollte|mussten|musste) (uns|mich|dich|sie)',
  ],
  pitch: ["(wir|ich) (bieten|biete|liefern|liefere|entwickeln|entwickle|bauen|baue|rusten|ruste|installieren|installiere|verkaufen|vertreiben|fertigen|produzieren|automatisieren|digitalisieren|programmieren|beraten|berate)(?!\\p{L})", "(bieten wir|liefern wir|wir helfen|ich helfe|wir unterstutzen|wir unterstützen|wir begleiten|wir arbeiten mit|helfen wir|unterstutzen wir|unterstützen wir|begleiten wir)"],
  selfIntroduction: ["(ich bin|mein name ist|ich heisse|ich heiße) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2},( [\\p{L}&-]+){1,4} (bei|von) (<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2})", "(mein name ist|ich heisse|ich heiße) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2}(?=\\s*[,.!]| und )", '(ich bin|mein name ist|hier ist|ich heisse|ich heiße) (<slot>|[\\p{L}-]+)( [\\p{L}-]+)? (von|bei|aus)'],
  noTopic: [
    // Ihre Beiträge im Allgemeinen verfolgt: „ich verfolge Ihre Beiträge zur Energiewende schon lange“.
    "(verfolge|lese|folge) (ihre|deine|eure) (beitrage|posts|artikel|inhalte)( [\\p{L}-]+){0,3} (schon lange|seit langem|regelmaßig|regelmassig|gerne|immer)",
    // Gesehen wurde nur dasselbe Feld: «ich habe gesehen, dass du auch in der agilen Szene unterwegs bist».
    '(gesehen|bemerkt|festgestellt),? dass (du|sie|ihr) (auch|ebenfalls) (in der|im|in) [\\p{L}-]+( [\\p{L}-]+)? (unterwegs|tatig|aktiv|zuhause|zu hause)',
    // Gesehen wurde nur die Gruppe: «ich habe gesehen, dass wir in derselben Gruppe sind».
    '(habe|hab) gesehen,? dass wir (beide )?(in derselben|in der gleichen|in der selben|in einer) (linkedin-)?gruppe',
    "(auf|uber|über|via|hier auf) (linkedin)(?!\\p{L})",
  ],
} satisfies ReasonPhrases;
