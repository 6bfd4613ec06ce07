import type { CueLanguage } from '../types.js';

export default {
  meeting: {
    phrases: ["(habe|hab) (sie|dich|euch)(?=( [\\p{L}-]+){0,8} (vorstellen|sprechen|prasentieren|pitchen|auftreten|moderieren) (sehen|gesehen|horen|gehort)(?!\\p{L}))", "(sie haben|haben sie|du hast|hast du|sie hatten|hatten sie|hattest du)( mir| uns)? (erzahlt|erwahnt|gesagt|berichtet|gezeigt)", "(danke|vielen dank|merci) fur (die|den|das|deine|deinen|ihre|ihren|eure|euren|dein|ihr) (demo|vortrag|talk|workshop|session|einblicke?|tipps?|pitch|keynote|panel|fuhrung|input|impuls)", "(dein|deine|deinen|ihr|ihre|ihren) (punkt|frage|einwand|kommentar|hinweis|tipp|antwort|pitch|demo|folien) (zu|zum|zur|uber|an|auf|bei|beim)", "(dir|ihnen) versprochen", "nebeneinander", "neben (dir|ihnen|euch|deinem|ihrem|eurem)", "(frage|fragen) (gestellt|stellte|gestellt hatte)", "nach (meinem|ihrem|deinem|eurem) (slot|vortrag|talk|panel)", "getroffen", "trafen", "kennengelernt", "gesprochen", "sprachen", "ausgetauscht", "begegnet", "gesehen", "wiedergesehen", "wiederzusehen", "wiedersehen", "personlich", "(sassen|saßen|standen)( zusammen| beide| nebeneinander)?", "(am )?nachbartisch", "nebeneinander"],
    words: ["treffen", "kennenlernen", "sprechen", "unterhalten", "austauschen", "Gespräch", "Austausch", "begegnen"],
    examples: ['wir hatten kurz gesprochen', 'unser Gespräch'],
    not: ['Ich würde mich gern vernetzen.'],
  },
  eventNoun: {
    // Compounds end in their event: "Fachkonferenz", "Digitalgipfel", "ESG-Gipfel".
    phrases: ["\\p{L}*abend", "vortragen", "\\p{L}+-(stand|messe|konferenz|workshop|meetup|treffen|empfang|dinner|tagung|stammtisch)", "\\p{L}+(konferenz|konferenzen|kongress|kongresse|gipfel|messe|tagung|tagungen|forum|treffen|stammtisch|feier|empfang|fruhstuck|gala)"],
    words: ["Konferenz", "Messe", "Kongress", "Gipfel", "Tagung", "Meetup", "Veranstaltung", "Event", "Workshop", "Webinar", "Panel", "Vortrag", "Stand", "Forum", "Foren", "Summit", "Seminar", "Mittagessen", "Abendessen", "Frühstück", "Hackathon", "Barcamp", "Festival", "Gala", "Awards", "Preisverleihung", "Stammtisch", "Flohmarkt", "Weihnachtsmarkt", "Wochenmarkt", "Kaffeepause"],
    examples: ['beim Kundenabend', 'auf der Messe', 'beim Digitalgipfel', 'auf dem ESG-Gipfel'],
    not: ['unsere Roadmap'],
  },
  locative: {
    phrases: ['auf', 'bei', 'beim', 'am', 'im', 'in', 'nach', 'wahrend', 'vor'],
    examples: ['auf der Messe', 'beim Kundenabend'],
    not: ['uber die Roadmap'],
  },
  contentNoun: {
    phrases: [],
    words: ["Beitrag", "Beiträge", "Artikel", "Post", "Thread", "Newsletter", "Podcast", "Folge", "Vortrag", "Vorträge", "Video", "Kommentar", "Präsentation", "Interview", "Carousel", "Karussell", "Studie"],
    examples: ["den Artikel", "Ihr Beitrag"],
    not: ["die Preisseite"],
  },
  authored: {
    phrases: ["(den|die|das) (du|sie) (geschrieben|geteilt|veroffentlicht|gehalten|gestartet) (hast|haben)", "(ihre|deine|eure) (ausfuhrliche |schnelle |kurze )?(antwort|reaktion) (auf|unter|zu)", "(danke|dank|vielen dank) fur (dein|deinen|ihr|ihren|euer|euren) (like|kommentar|feedback)"],
    examples: ["den Artikel, den du geschrieben hast", "Ihre Antwort auf meinen Kommentar", "danke für dein Like und den Kommentar"],
    not: ["Sie arbeiten bei Acme"],
  },
  shared: {
    phrases: ["du und ich", "sie und ich", "wir beide", "beide", "gleiche[nmr]?", "selbe[nmr]?", "zusammen", "gemeinsam", "(neben|hinter|vor) (euch|dir|ihnen)", "(genau )?wie ich"],
    examples: ["im selben Jahrgang", "wir beide"],
    not: ["ich gebe auch einen Kurs"],
  },
  educationNoun: {
    phrases: ["university", "business school", "erasmus", "uni", "universitat", "hochschule", "\\p{L}*(studiengang|studium|lehrgang|kurs|programm)", "jahrgange?n?", "labor", "lehrstuhl", "bootcamp", "ausbildung", "master", "mba", "semester", "batch", "kohorte", "accelerators?", "inkubators?"],
    examples: ['wir waren beide an der Boston University', "im selben Jahrgang", "am gleichen Lehrstuhl"],
    not: ["das Produktteam"],
  },
  offerVerb: {
    phrases: ["(kann|konnte) (dir|ihnen) (gerne )?(schicken|senden|zeigen|geben)", "(habe|hab) ich (eine|einen|ein)", "(schicke|sende|gebe|zeige|schicken|senden) (dir|ihnen|euch) (gern|gerne)", "(ich )?(schick|schick'|send|maile|zeig) (dir|ihnen|euch)"],
    examples: ["ich kann Ihnen gerne schicken", "ich schicke dir gern"],
    not: ["schreiben Sie mir"],
  },
  offerNoun: {
    phrases: ["daten"],
    words: ["Analyse", "Vorlage", "Checkliste", "Leitfaden", "Bericht", "Studie", "Vergleich", "Übersicht", "Liste", "Video", "Notiz", "Anleitung", "Aufnahme", "Report", "Audit", "Mockup", "Entwurf", "Skript"],
    examples: ["unsere Analyse", "eine Vorlage"],
    not: ["Ihr Team"],
  },
  personNoun: {
    phrases: ["freund(in|e|innen)?", "kolleg(e|in|en|innen)", "jemand", "kontakte?", "chef(in)?", "mentor(in)?", "professor(in)?", "kunden?", "partner(in)?", "team", "gemeinsame[rn]?", "mein(e|en)?", "ein(e|en)?", "der", "die"],
    examples: ["ein Freund", "meine Kollegin"],
    not: ["anna schmidt"],
  },
  together: {
    phrases: ['auch', 'ebenfalls', 'gleiche[nmr]?', 'selbe[nmr]?', 'beide', 'zusammen', 'gemeinsam'],
    examples: ['Ich habe auch an der [Universität] studiert.', 'Wir waren im selben [Jahrgang].'],
    not: ['Ich studiere an der [Universität] und möchte von Expertinnen wie Ihnen lernen.', 'Ich studiere an der [Hochschule] und suche ein Praktikum.'],
  },
  attending: {
    phrases: ["(ich bin|wir sind|ich werde|wir werden)( [\\p{L}-]+){1,3} (auch|ebenfalls) (auf der|auf dem|bei der|beim|zur|zum)", "(ich bin|ich werde|wir sind|wir werden|sie sind|sind sie|werden sie|bist du|du bist|wirst du|ich komme|kommen sie)( auch| ebenfalls)?( auf der| auf dem| auf| bei der| bei| beim| zur| zum| am| dabei| vor ort)", "(sehen uns|treffen uns) (auf|bei|beim|dort|da)"],
    examples: ['ich bin nächste Woche auch auf der ProWein', 'Ich bin auch auf der Logimat', 'sind Sie beim Kundenabend dabei', 'wir sehen uns dort'], not: ['ich bin Ingenieur'],
  },
  relative: {
    phrases: ["(ein|eine|zwei|drei|\\d+) (jahr|jahre|semester) (vor|nach|uber|unter) (dir|ihnen)", "(vor|nach) (dir|ihnen)"],
    examples: ["ich war zwei Jahrgänge nach dir im Studium", "im selben Studiengang, ein Jahr vor Ihnen"],
    not: ["ich melde mich nach dem Urlaub", "ich habe nach einem Kontakt gesucht"],
  },
  offerMade: {
    phrases: ["(habe ich|hab ich|ich habe|ich hab)[^!?\\n]{0,120}? (zusammengeschrieben|zusammengefasst|durchgerechnet|laufen lassen)(?!\\p{L})", "(ich habe|ich hab|wir haben)( [\\p{L}\\p{N}-]+){1,6} verglichen", "(ich habe|ich hab|wir haben) (mir|uns)( [\\p{L}\\p{N}-]+){1,6} (angesehen|angeschaut|durchgesehen|gemessen|getestet|gepruft)", "(ich habe|wir haben) (einen|eine|ein)( [\\p{L}-]+){0,3} (audit|analyse|video|vergleich|auswertung|ubersicht|check)", "(ich habe|ich hab|wir haben|habe ich|hab ich|haben wir)[^!?\\n]{0,160}? (erstellt|zusammengestellt|vorbereitet|geschrieben|gebaut|gesammelt|dokumentiert|ausgewertet|verglichen|aufgenommen|gedreht|notiert|getestet|analysiert|gepruft|markiert|aufgeschrieben|gemacht|durchgefuhrt|geforkt|erganzt|durchgemessen|gemessen|durchleuchtet|auditiert|umgeschrieben|uberarbeitet|übersetzt|ubersetzt|optimiert|neu geschrieben)"],
    examples: ['ich habe die Preise von 20 Lieferanten verglichen', "ich habe eine Checkliste für Handwerksbetriebe erstellt", "wir haben die Preise von 30 Tools verglichen"],
    not: ["Sie haben ein tolles Team aufgebaut", "ich habe Ihr Profil gesehen"],
  },
  offerSend: {
    phrases: ["(schick|schick'|sende|maile) ich (dir|ihnen|euch)(?! (eine )?einladung)(?!\\p{L})", "(magst|mochtest|willst|wollen|mogen|mochten) (du|sie) (sie|es|ihn|die|das|den)( dir| sich)?( mal| gern| gerne)? (anschauen|ansehen|haben|testen|ausprobieren|sehen)(?!\\p{L})", "kostet (dich |sie |euch )?(nichts|nix)(?!\\p{L})", "ohne verkaufsgesprach(?!\\p{L})", "(nehme|drehe) (ich )?(ihnen|dir|euch) (gern |gerne )?(ein|einen|eine)( [\\p{L}-]+){0,2} (video|loom|screencast|aufnahme|walkthrough)(?!\\p{L})", "teile (ich )?(die|den|das|sie|es|ihn|diese|diesen|dieses)( [\\p{L}-]+)? (gern|gerne)", "(liegt|liegen)( [\\p{L}-]+){0,3} bereit", "(gern|gerne) (schreibe|schicke|sende|gebe|mache) ich (ihnen|dir|euch)", "(soll|darf|kann) ich (ihnen|dir|euch|sie|es|ihn)( [\\p{L}\\p{N}-]+){0,4} (schicken|senden|zukommen lassen|mailen|zuschicken)", "(schicke|sende|maile) ich (ihnen|dir|euch) (gern|gerne)", "(gern|gerne) (schicke|sende|maile) ich (ihnen|dir|euch) (diesen|diese|dieses|ihn|sie|es)", "(den|die|das) ich (ihnen|dir|euch) (gern|gerne) (schicke|sende|maile|zuschicke)", "(willst|wollen|möchtest|möchten) (du|sie) (sie|es|ihn|die|das|den)( mal| gern| gerne)? (testen|ausprobieren|haben|sehen|nutzen)", "((schicke|sende|gebe|leite) ich|ich (schicke|sende|gebe|leite)) (ihnen|dir|euch) (gern |gerne )?(den|die|das|einen|eine|meinen|meine|mein|unseren|unsere|unser)( [\\p{L}-]+)? (pull-request|pull request|bericht|report|datei|link|liste|tabelle|fix|patch|entwurf|vorlage|auswertung|analyse|ergebnisse|checkliste|code|messwerte|daten)", "(schicke|sende|gebe|leite) ich (sie|es|ihn|die|das|diese|diesen)( [\\p{L}]+)? (ihnen|dir)", "(schicke|sende|gebe) (sie|es|ihn) (ihnen|dir)", "(schicke|sende|maile|gebe|leite) ich (ihnen|dir|euch) (gern |gerne )?(die|das|den|meine|meinen|mein|eine|einen|ein)", "(soll|darf) ich (es|sie|ihn) (ihnen|dir) (schicken|senden|zeigen)", "(ihnen|dir) (sie|es|ihn) (gern |gerne )?(zu)?(schicken|senden|weiterleiten)"],
    examples: ['teile die Tabelle gern mit Ihnen', "schicke ich sie Ihnen gern", "den ich Ihnen gern schicke", "Willst du sie mal testen?", "Gerne sende ich Ihnen diesen kostenfrei zu", "ich kann dir es gerne schicken", "ich schicke es dir"],
    not: ["schicken Sie mir Ihren Lebenslauf", "ich schicke Ihnen eine Einladung"],
  },
  sharedMoment: {
    phrases: ["(du hast|sie haben) (mir|uns)(?=( [\\p{L}-]+){0,6} (geholfen|gezeigt|erklart|geliehen|gegeben|gerettet)(?!\\p{L}))"],
    examples: ["Sie haben mir damals Ihr Ladekabel geliehen"],
    not: ["Ich habe Ihnen mein Ladekabel geliehen"],
  },
  sharedScene: {
    phrases: ["(wir|du und ich|sie und ich)( beide| zwei)? (waren|sa(ss|ß)en|standen|haben uns( (?!(nicht|nie|noch)(?!\\p{L}))[\\p{L}-]+){0,4} (unterhalten|ausgetauscht|gestritten))(?!\\p{L})"],
    examples: ["wir saßen am selben Tisch", "wir haben uns auf der Logimat kurz unterhalten"],
    not: ["wir freuen uns auf den Austausch", "wir haben uns noch nicht persönlich kennengelernt"],
  },
  recalled: {
    phrases: ["(diese|dieser|jene|jener|die) (woche|nacht|reise|tour|kanutour|exkursion)(?!\\p{L})", "(du hattest|sie hatten|ihr hattet)(?!\\p{L})", "(du|ihr|sie) mit (dem|der|den|eurem|eurer|deinem|deiner|ihrem|ihrer)", "(weisst|weißt) du noch", "wisst ihr noch", "(du hast|sie haben|ihr habt|wir haben|wir waren|du warst|sie waren)(?!\\p{L})", "(gleiche[nmr]?|selbe[nmr]?) (tisch|team|raum|gruppe|klasse|reihe)", "(erinnerst du dich|erinnern sie sich)"],
    examples: ["Du hast meinen Code gerettet.", "am gleichen Tisch"],
    not: ["Ich rette Code."],
  },
  sender: {
    phrases: ["(ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem|unserer|bin)"],
    examples: ["Ich bin von der TU München, Jahrgang 2015."],
    not: ["TU München, Jahrgang 2015."],
  },
  addressee: {
    phrases: ['(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|ihr|euch|euer|eure|euren|eurem|eurer|sie|ihnen|ihre|ihren|ihrem|ihrer|ihres)'],
    examples: ['Wie habt ihr die Migration gelöst?', 'Wie hat Ihr Team das gelöst?'],
    not: ['Wie wurde die Migration gelöst?'],
  },
  notAboutThem: {
    phrases: [
      "(\\d+|fünf|zehn|fünfzehn|zwanzig|dreißig)( |-)?(min|minuten)", "(ein|einen|eine)( kurzes| kurzen| kurze)? (call|telefonat|gespräch|termin|demo|meeting|austausch|kaffee)", "(nächste|diese) woche", "calendly",
      "(hätten|hättest|wären|wärst|sind|bist) (sie|du) (interessiert|offen|bereit|verfügbar)", "(darf|kann|könnte) ich (ihnen|dir) (zeigen|schicken|senden|vorstellen)", "(wussten|wusstest) (sie|du)",
      "wie geht('s| es)", "alles (gut|klar)", "(sie|du) auch(?=\\s*\\?)",
      "(vernetzen|verbinden) wir uns",
    ],
    examples: ['Hätten Sie 15 Minuten nächste Woche?', 'Wie geht es Ihnen?'],
    not: ['Wie habt ihr die Migration auf Snowflake gelöst?'],
  },
  eventModifier: {
    // Wann, wie groß, worüber im Allgemeinen: „auf der großen Marketing-Konferenz letzte Woche".
    phrases: ["(von )?gestern", "(letzte|vergangene|nächste) woche", "(letzten|vergangenen|nächsten) monat"],
    words: ["letzte", "letzten", "letzter", "kommende", "jährliche", "große", "großen", "kleine", "kleinen", "tolle", "tollen", "lokale", "lokalen", "regionale", "nationale", "internationale", "virtuelle", "gleiche", "gleichen", "selbe", "selben", "andere", "erste", "ersten", "offizielle", "tech", "networking", "firmen", "team", "startup", "marketing", "vertrieb", "produkt", "design", "daten", "ki", "finanz", "karriere", "alumni", "familie", "abend", "sommer", "winter", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "branchen"],
    examples: ['auf der großen Konferenz letzte Woche', 'beim Networking-Abend von gestern'],
    not: ['auf der Logimat'],
  },
  networkTalk: {
    // Vernetzen und Netzwerke, eine Stellensuche, Inhalte im Allgemeinen: „mein Netzwerk erweitern".
    phrases: ["neue herausforderung(en)?", "offene(n)? stellen", "neuen? (job|stelle)", "(menschen|leute) wie (sie|du|dich|ihnen|dir)", "connecten", "(lass|lasst|lassen) (uns|sie uns) (vernetzen|verbinden)"],
    words: ["vernetzen", "vernetzung", "netzwerk", "kontakt", "networking", "linkedin", "inhalte", "profil", "synergie", "Menschen", "Leute"],
    examples: ['ich möchte mein Netzwerk in der Logistik erweitern', 'ich suche eine neue Herausforderung', 'ich folge Ihren Inhalten', 'ich würde mich gerne vernetzen'],
    not: ['Ihre Studie zum Hamburger Hafen hat mir sehr geholfen'],
  },
  opening: {
    // Eine offene oder zu besetzende Stelle: „Sucht ihr bei den Stadtwerken gerade Leute?".
    phrases: ["(gibt es|habt ihr|haben sie|hast du)( [\\p{L}-]+){0,3} (moglichkeiten|einstiegsmoglichkeiten|vakanzen|bedarf an verstarkung)", "offene(n)? stellen?", "stellenangebote?", "stell(t|en) (ihr|sie) (gerade )?(leute )?ein", "sucht ihr( [\\p{L}-]+){0,4} (leute|personal|verstärkung|mitarbeiter)"],
    examples: ['Gibt es bei Bosch offene Stellen?', 'Sucht ihr bei den Stadtwerken gerade Leute?', 'Gibt es dort Einstiegsmöglichkeiten?'],
    not: ['ich stelle mich kurz vor'],
  },
  eventOf: {
    // Was vom Ereignis zu seinem Namen führt: „beim Sommerfest der Stadtwerke".
    phrases: ["der", "des", "von", "vom"],
    examples: ['beim sommerfest der stadtwerke', 'auf dem stammtisch vom ux-verein'],
  },
  exemplar: {
    // Vor einem Beispiel einer Art: „Hersteller wie Ardent“, „Händler wie etwa Globus“.
    phrases: ['wie( etwa| zum beispiel)?', 'beispielsweise'],
    examples: ['Wir helfen Herstellern wie Ardent, Ausschuss zu senken', 'Händler wie etwa Globus'],
  },
  vagueGain: {
    phrases: ["(wachsen|skalieren)( schneller)?(?=\\s*[.!?,;:]|\\s*$| (and|y|e|et|und|en|with us|con nosotros|com a gente)(?!\\p{L}))", "(ihr|dein|euer) (geschaft|business|unternehmen) (wachsen lassen|skalieren)", 'mehr (kunden|umsatz|leads|anfragen|termine)', '(umsatz|vertrieb|wachstum) (steigern|ankurbeln|verdoppeln)', 'auf das nächste level', 'mehrwert (bieten|liefern|schaffen)'],
    examples: ['wir helfen Firmen wie Ardent zu wachsen', 'mehr Kunden gewinnen'],
    not: ['den Ausschuss halbieren'],
  },
  askingWhether: {
    phrases: ["(ich wollte|ich würde gerne|ich möchte|ich wollte gerne|ich wollte ihnen|ich wollte dich) ((sie|dich|ihnen|dir) )?(fragen|wissen|nachfragen),? (ob|wie|wann|wo|welche|welcher|welches|wer)(?!\\p{L})", "(ich frage mich|ich habe mich gefragt),? (ob|wie)(?!\\p{L})"],
    examples: ['ich wollte Sie fragen, ob Ihr Labor Gastforscher aufnimmt', 'ich habe mich gefragt, wie ihr die Migration gelöst habt'],
    not: ['ich wollte Sie fragen um Ihre Meinung'],
  },
  congratulation: {
    phrases: ['(herzlichen )?gluckwunsch(e)?( zu| zum| zur)?(?!\\p{L})', 'gratuliere(?!\\p{L})'],
    examples: ['Herzlichen Glückwunsch zur neuen Rolle!', 'ich gratuliere dir'],
    not: ['Glückwunschkarten drucken wir'],
  },
  meetUp: {
    phrases: ['(auf )?(einen|ein) (kaffee|bier|feierabendbier|mittagessen)( bald| demnachst| zum anstoßen)?(?=\\s*[?!.]|\\s*$)', 'lass uns (bald )?(mal )?(treffen|anstoßen|einen kaffee trinken)'],
    examples: ['Auf einen Kaffee bald?', 'Lass uns bald mal anstoßen!'],
    not: ['unser Kaffee aus eigener Röstung'],
  },
} satisfies CueLanguage;
