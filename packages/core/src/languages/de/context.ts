import type { ContextPhrases } from '../types.js';

export default {
  metAt: [
    // Sie dort sprechen gesehen, ihr Vortrag dort, der Absender in Jury, Publikum oder ebenfalls dabei: „ich habe dich auf der Techorama sprechen sehen“, „haben Sie einen Vortrag über … gehalten“, „ich saß in der Jury“, „ich war auch dabei“.
    '(ich habe|hab ich|ich hab) (dich|sie|euch)( [\\p{L}-]+){0,3} (auf|bei|beim|am) (der|dem|den)?(?=[^.!?]{1,80} (sprechen|vortragen|prasentieren|auftreten|moderieren|pitchen|spielen) (sehen|gesehen|gehort|erlebt)(?!\\p{L}))',
    '(haben sie|hast du|habt ihr)( [\\p{L}-]+){0,3} (einen|den|ihren|deinen|euren) (vortrag|talk|workshop|keynote|impuls|impulsvortrag|beitrag|pitch)( [^.!?]{0,80})? (gehalten|gegeben)(?!\\p{L})',
    '(ich sass|ich saß|ich war|ich stand|war ich|sass ich|saß ich) (in der jury|im publikum|im saal|unter den zuschauern|in der zuschauermenge|in der (ersten|zweiten|dritten|letzten|vordersten|hintersten|vorderen|hinteren) reihe)(?!\\p{L})',
    '(ich war|war ich) (auch|ebenfalls|selbst) (dabei|vor ort|am start|mitgelaufen)(?!\\p{L})',
    // Dort kennengelernt, mit einer Zeit dazwischen: «wir haben uns letzte Woche auf der Hannover Messe kennengelernt».
    '(wir haben uns|haben wir uns)( (letzte|vorige|diese) woche| gestern| neulich| vorgestern)? (auf|bei|beim|am)( der| dem| den)?(?= [^.!?]{1,60} (kennengelernt|getroffen|gesprochen|unterhalten)(?!\\p{L}))',
    // Dort etwas geteilt, dort ebenfalls: «wir haben uns beim Hackathon „Code for Dresden“ ein Whiteboard geteilt», «dass Sie ebenfalls auf der re:publica sind».
    '(haben wir uns|wir haben uns) (beim|bei der|auf der|auf dem|am)(?=[^.!?]{1,80} (geteilt|gesehen|getroffen|kennengelernt|unterhalten|gesprochen|ausgetauscht)(?!\\p{L}))',
    '(dass )?(sie|du) (ebenfalls|auch) (auf|bei|beim|am) (der|dem|den)(?=[^.!?]{1,60} (sind|bist|seid|sein werden|ausstellen|sprechen))',
    "(du|sie) (warst|waren) auch (auf|bei|beim|am)", "(du|sie) auch (auf|bei|beim|am)(?= [^.!?]{1,40} (warst|waren)(?!\\p{L}))",
    // Beide bei einem genannten Event dabei: „wir haben beide beim Hackathon „Code for Graz" mitgemacht".
    "(beide|zusammen|gemeinsam) (beim|bei der|bei dem|am|an der|auf der)(?=( [\\p{L}\\p{N}„“\"'.-]+){1,6} (mitgemacht|teilgenommen|ausgestellt|gesprochen|gepitcht|vorgetragen|gestartet|gelaufen|angetreten|gerudert|geradelt))",
    // Beide auf der Sprecherliste, ein Gespräch auf einer Messe mit Namen, im selben Team bei einem Hackathon: „wir stehen beide auf der Sprecherliste der Data Days Hamburg“, „wir hatten am Dienstag auf der Hannover Messe … gesprochen“.
    '(stehen|sind) (wir )?beide auf der (sprecherliste|speakerliste|rednerliste|agenda|bühne)',
    '(wir hatten|hatten wir|wir haben|haben wir)( am [\\p{L}]+| letzte woche| gestern| neulich)? (auf|bei|beim) (der|dem|den)?(?=[^.!?]{0,80} (gesprochen|unterhalten|ausgetauscht|getroffen|kennengelernt))',
    '(beim|bei der|auf dem|auf der) [^.!?]{1,60} im (selben|gleichen) team',
    // Beide Aussteller auf einer Messe mit Namen: „wir stellen beide nächste Woche auf der Hannover Messe aus“.
    '(wir stellen|stellen wir) (beide|ebenfalls|auch)( [\\p{L}\\p{N}]+){0,3} (auf|bei|an) (der|dem|den)',
    // Am Stand geführt: „danke für die Führung über euren Stand“.
    '(fuhrung|rundgang|demo|verkostung) (uber|durch|an|auf) (euren|ihren|deinen|eurem|ihrem|deinem) stand',
    // Dort gesprochen, das Verb am Ende: «wir haben auf der LogiMAT in Stuttgart über Shuttle-Systeme gesprochen».
    '(wir )?haben (uns )?(auf|bei|beim|am) (der|dem|den)(?=( [\\p{L}\\p{N}&-]+){1,8} (gesprochen|geredet|unterhalten|ausgetauscht|gefachsimpelt|kennengelernt))',
    // Beide dort: «Wir waren beide beim Bosch Hackathon 2023».
    '(wir waren|waren wir) (beide|zusammen)( [\\p{L}-]+)? (bei|beim|auf der|auf dem|am|im)',
    // Dort verpasst, beide dort gestartet: «leider haben wir uns auf der bauma verpasst».
    '(haben wir uns|wir haben uns) (auf|bei|beim) (der|dem) ([\\p{L}-]+ )?verpasst',
    // Dort nebeneinander: «wir standen auf der Internorga zusammen in der Schlange».
    'wir (standen|saßen|sassen|warteten) (bei|beim|auf der|auf dem|am|im)',
    '(haben uns|hatten uns) (auf|bei|in|wahrend|nach)',
    // Beide dort auf der Bühne, dort dabei gewesen: «wir sprechen beide im Herbst auf der JAX», «Sie haben am Dienstag an unserem Webinar „…“ teilgenommen».
    '(wir sprechen|sprechen wir|wir referieren|referieren wir|wir sind|sind wir) (beide|ebenfalls|auch beide)( [\\p{L}\\p{N}-]+){0,3} (auf|bei|beim|an) (der|dem|den)',
    '(sie haben|du hast|ihr habt)( [\\p{L}\\p{N}-]+){0,3} (an|bei) (unserem|unserer|meinem|meiner)(?=( [\\p{L}\\p{N}„“"\'.-]+){1,8} (teilgenommen|mitgemacht))',
    '(kennengelernt|getroffen|unterhalten|gesprochen) (auf|bei|in|wahrend|nach)',
    '(schon|schoen|toll|nett|freut mich), (dich|sie) (auf|bei|in)',
  ],
  studiedTogether: [
    // Dieselbe Hochschule, vorweg gesagt: „wie Sie habe ich an der [Hochschule] studiert".
    "(genau )?wie (sie|du),? (habe|bin) ich( auch| ebenfalls| selbst)? (an|am|auf|in) (der|dem|die|den)(?= [^.!?\\n]{1,60} (studiert|absolviert|abgeschlossen|promoviert))",
    // Zusammen einen Kurs besucht: „wir haben zusammen den CAS Datenschutz an der ZHAW besucht“.
    '(wir haben|haben wir) (zusammen|gemeinsam|beide) (den|die|das) [\\p{L}-]+( [\\p{L}-]+){0,3} (an der|am|bei der|beim|bei|in der|im)( [^.!?]{0,40})? (besucht|absolviert|gemacht|belegt)(?!\\p{L})',
    // Zusammen in einer Kohorte, einem Kurs, einer Weiterbildung, als Praktikanten, im selben Fach: „wir sind zusammen in der Frühjahrskohorte des Reforge-Kurses“, „habe wie Sie in Göttingen Jura studiert“, „beide an der Weiterbildung … teilgenommen“, „wir waren beide [Jahr] Praktikanten bei [Firma]“, „als Mitteilnehmerin in Batch [Nummer]“, „wir haben beide … in Delft studiert“, „warst du nicht auch im ICT-Studiengang an der Fontys?“.
    '(wir sind|sind wir|wir waren|waren wir) (zusammen|gemeinsam|beide) (in|im) (der |dem |einer |einem )?[\\p{L}-]*(kohorte|jahrgang|kurs|batch|klasse|lehrgang|programm|studiengang)(?!\\p{L})',
    '(wie sie|wie du|genau wie sie|genau wie du|ebenso wie sie)( [\\p{L}\\p{N}-]+){0,3} (in|an der|an dem|am|bei)( [\\p{L}\\p{N}-]+){1,3} (studiert|promoviert|absolviert)(?!\\p{L})',
    '(wir haben|haben wir)( [\\p{L}\\p{N}-]+){0,3} beide an (der|dem|einer|einem) [\\p{L}-]*(weiterbildung|fortbildung|schulung|lehrgang|kurs|seminar|training|programm|ausbildung)(?!\\p{L})',
    '(wir waren|waren wir) beide( [\\p{L}\\p{N}-]+)? (praktikanten|praktikantinnen|werkstudenten|werkstudentinnen|trainees|azubis|stipendiaten|stipendiatinnen|volontare)(?!\\p{L})',
    '(mitteilnehmer|mitteilnehmerin|mitstreiter|mitstreiterin) (in|im|aus|von)( der| dem)? (batch|kohorte|jahrgang|programm|kurs)(?!\\p{L})',
    '(wir haben|haben wir) beide( [\\p{L}\\p{N}-]+){1,3} (in|an der|an dem|am)( [\\p{L}\\p{N}-]+){1,3} studiert(?!\\p{L})',
    '(warst du|waren sie|bist du|sind sie) (nicht )?(auch|ebenfalls) (im|in der|an der|auf der)(?=[^.!?]{0,60}(studiengang|jahrgang|studium|kurs|klasse|schule|uni|hochschule|kohorte))',
    // Denselben Master gemacht: «wir haben denselben Master an der Uni Mannheim gemacht».
    '(wir haben|haben wir) (denselben|dasselbe|dieselbe|den gleichen|das gleiche|die gleiche) (master|bachelor|studium|studiengang|mba|kurs|lehrgang|programm|ausbildung)( [\\p{L}\\p{N}-]+){0,5} (gemacht|absolviert|studiert|besucht|abgeschlossen)(?!\\p{L})',
    // Beide dieselbe Schule besucht: «wir haben beide 2016 die Meisterschule für das Kfz-Handwerk besucht».
    '(wir haben|haben wir) (beide|zusammen|gemeinsam)( [\\p{L}\\p{N}-]+){0,2} (die|den|das)( [\\p{L}-]+)? [\\p{L}-]*(schule|kurs|lehrgang|seminar|programm|studium|hochschule|universitat|akademie)(?=[^.!?]{0,60} (besucht|absolviert|gemacht|abgeschlossen))',
    // In derselben Lerngruppe: «wir sind im Coursera-Kurs in derselben Lerngruppe gelandet».
    '(in derselben|in der gleichen|in der selben) (lerngruppe|arbeitsgruppe|projektgruppe|ubungsgruppe|übungsgruppe|kohorte|klasse)',
    // Auch Alumni, dasselbe Programm durchlaufen: «auch WHU-Alumni hier», «dass auch Sie das Programm durchlaufen haben».
    '(auch|ebenfalls|wie du|wie sie) [\\p{L}-]*(alumni|alumnus|alumna|absolvent|absolventin)(?!\\p{L})',
    '(auch sie|auch du|sie auch|du auch|sie ebenfalls|du ebenfalls) (das|den|die|dieses|diesen|dieselbe|denselben|dasselbe) (programm|studium|studiengang|mba|master|kurs|bootcamp|traineeprogramm|lehrgang) (durchlaufen|absolviert|gemacht|abgeschlossen|studiert|besucht)',
    // Zusammen in einem Seminar: «wir hatten im Wintersemester 2016 zusammen das Seminar Spieltheorie».
    '(wir hatten|hatten wir|wir besuchten|wir belegten)( [\\p{L}\\p{N}-]+){0,4} (zusammen|gemeinsam) (das|den|die) (seminar|kurs|vorlesung|praktikum|modul|tutorium|projektseminar|ubung)',
    // Wie die Absenderin an derselben Hochschule: „dass du wie ich an der {uni} {studiengang} studiert hast".
    '(du|sie) (wie ich|genau wie ich|ebenfalls|auch) (an der|am|an dem|auf der|an)(?=( [\\p{L}\\p{N}.-]+){1,4} (studiert|promoviert|abgeschlossen|gelernt))',
    // Zusammen im Batch, an der Schule maturiert: „Wir waren zusammen im 12. Batch des Accelerators", „wir haben 2014 zusammen an der HTL maturiert".
    '(wir waren|waren wir) (zusammen|gemeinsam|beide) (im|in der|in einem|in einer|am|an der)( [\\p{L}\\p{N}.-]+){0,2} (batch|jahrgang|kurs|programm|studiengang|klasse|kohorte|semester|seminar|lehrgang)',
    '(zusammen|gemeinsam) (an der|am|auf der|auf dem)( [\\p{L}\\p{N}.-]+){1,3} (maturiert|studiert|abgeschlossen|gelernt|promoviert|abitur gemacht|die matura gemacht)',
    // Zur selben Zeit dasselbe Jahr gemacht: „wir haben 2017 zeitgleich unser FSJ beim DRK gemacht“.
    'wir haben( [\\p{L}\\p{N}]+){0,2} (zeitgleich|gleichzeitig|zusammen|gemeinsam) (unser|unsere|das|die|den) [\\p{L}-]+ (bei|an|in|am|beim)',
    // Wie sie an derselben Hochschule: „wie Sie habe ich an der [Hochschule] Wirtschaftsinformatik studiert“.
    "wie (sie|du) (habe|hab) ich (an|in|bei)( der| dem| den)? (<slot>|[\\p{L}-]+)( [\\p{L}-]+){0,4} (studiert|gelernt|promoviert|meinen abschluss gemacht|die ausbildung gemacht)",
    // Zusammen gemacht, im selben Jahrgang: «wir haben zusammen das Referendariat gemacht», «im selben Ausbildungsjahrgang».
    '(wir haben|haben wir|wir machten)( [\\p{L}\\p{N}-]+){0,3} (zusammen|gemeinsam) (das|den|die|unser|unsere|unseren)( [\\p{L}-]+)? (ausbilderschein|fortbildung|weiterbildung|lehrgang|meisterkurs|zertifikat|referendariat|studium|ausbildung|praktikum|volontariat|master|examen|staatsexamen|traineeprogramm|trainee-programm|facharztausbildung|promotion)',
    '(im|in der|in dem) (selben|gleichen) [\\p{L}]*(jahrgang|kurs|semester|studiengang|klasse|lehrgang|seminar)',
    // Ihre Lehrveranstaltung besucht: «ich habe 2018 Ihr Seminar zum Wettbewerbsrecht besucht».
    // Der Titel in Anführungszeichen dazwischen: «Ihre Vorlesung „Operations Research“ an der TU Dresden besucht».
    '(ihr|ihre|ihren|dein|deine|deinen) (seminar|vorlesung|kurs|unterricht|lehrgang|tutorium|praktikum|training)( ["„“]?[\\p{L}\\p{N}-]+["“”]?){0,6} (besucht|belegt|gehort|absolviert)',
    // Lehrer und Schüler, von beiden Seiten: «Sie waren meine Ausbilderin bei der Sparkasse».
    '(sie waren|du warst|waren sie|warst du)( [\\p{L}\\p{N}-]+){0,4} (mein|meine) (ausbilder|ausbilderin|lehrer|lehrerin|dozent|dozentin|professor|professorin|betreuer|betreuerin|mentor|mentorin|trainer|trainerin|tutor|tutorin|doktorvater|doktormutter)',
    '(ich war|war ich)( [\\p{L}\\p{N}-]+){0,4} (ihr|ihre|dein|deine) (schuler|schulerin|student|studentin|azubi|auszubildender|auszubildende|praktikant|praktikantin|doktorand|doktorandin)',
    // Dienst oder Ausbildung zusammen: «wir hatten 2015 zusammen Nachtdienst auf der 4B».
    '(wir hatten|wir haben|wir machten|wir waren)( [\\p{L}\\p{N}-]+){0,2} zusammen (im |in der |auf der )?(dienst|nachtdienst|schicht|ausbildung|praktikum|studium|lehre|einsatz)',
    // Dasselbe Studium, früher: «ich studiere wie du damals Wirtschaftsinformatik».
    '(wie du|wie sie) (damals|fruher|früher|vor mir|seinerzeit)',
    '(wir )?(haben|hatten) beide( [\\p{L}0-9-]+){0,6} (studiert|promoviert|gelernt|absolviert)',
    // A cohort before or after theirs: «two intakes behind you».
    '(jahrgang|jahrgange|jahrgangen) (vor|nach|uber|unter) (dir|ihnen)',
    '(zusammen|gemeinsam) (studiert|gelernt|ein praktikum)',
    '(gleichen|selben) (jahrgang|studiengang|kurs|programm|bootcamp|uni|universitat|hochschule|klasse)',
    '(ehemalige[rn]?|alte[rn]?) (kommiliton\\w*|klassenkamerad\\w*|mitschuler\\w*)',
  ],
  studiedElsewhere: [
    // Nicht dasselbe an verschiedenen Orten: „allerdings bei verschiedenen Firmen“.
    '(verschiedenen|unterschiedlichen|anderen|einer anderen|einem anderen) (firmen|firma|unternehmen|schulen|schule|unis|uni|hochschulen|hochschule|standorten|kohorten|kursen|jahrgangen|programmen)(?!\\p{L})',
  ],
  interaction: [
    // Kommentare gewechselt, wo auch immer: „wir haben gestern unter dem Post von Marta ein paar Kommentare ausgetauscht".
    '(ein paar|einige|zwei|drei|mehrere|kurz) (kommentare|nachrichten|antworten) (ausgetauscht|gewechselt)(?!\\p{L})',
    // Ihr Auftritt im Genitiv: „die Aufzeichnung Ihres JAX-Talks“.
    '(ihres|deines|eures) [\\p{L}-]*(talks|vortrags|vortrages|beitrags|artikels|podcasts|interviews|webinars|workshops|panels|romans|buches|buchs|albums|films|songs|liedes|horbuchs|horbuches)(?!\\p{L})',
    // Ihr Auftritt mit Thema, ein Like und Kommentar unter dem Beitrag des Absenders, sein Whitepaper von ihnen kommentiert: „deine Masterclass zu TikTok Ads“, „Ihr LinkedIn Live zum Thema…“, „danke für das Like und den Kommentar unter meinem Beitrag“, „du hast unser Whitepaper kommentiert“.
    '(deine|ihre|eure|dein|ihr|euer) (masterclass|keynote|session|prasentation|demo|vortrag|talk|workshop|webinar|rede|linkedin live|livestream|panel) (zu|zum|zur|uber|beim|bei|auf|vom|von|letzte|gestern)(?!\\p{L})',
    '(danke|vielen dank|merci) fur (das|dein|ihr|den|deinen|ihren|die|deine|ihre)( [\\p{L}-]+){0,4} (like|likes|kommentar|kommentare|reaktion|antwort|ruckmeldung) (unter|auf|zu) (meinem|meinen|meiner|meine|unserem|unseren|unserer|unsere)(?!\\p{L})',
    '(du hast|sie haben|ihr habt) (unser|unseren|unsere|mein|meinen|meine) (whitepaper|beitrag|post|artikel|video|studie|report|newsletter|webinar|podcast|folge|umfrage)( [^.!?]{0,60})? (kommentiert|geteilt|geliked|gelikt|beantwortet|zitiert)(?!\\p{L})',
    // Beide unter demselben Beitrag: «wir haben beide den Beitrag von Julian kommentiert».
    '(wir haben|haben wir) beide( [\\p{L}\\p{N}-]+){1,8} kommentiert',
    // Ihre Antwort auf den Kommentar des Absenders: «Sie hatten auf meinen Kommentar zum Fachkräftemangel geantwortet».
    '(sie hatten|du hattest|sie haben|du hast|ihr hattet) auf (meinen|meine|mein|unseren|unsere|unser) (kommentar|beitrag|post|artikel|frage)( [^.!?]{0,80})? (geantwortet|reagiert)',
    // In ihrem Thread, unter ihrem Beitrag: „in Ihrem Thread zu … hatte ich gefragt“.
    "(in|unter) (ihrem|deinem|eurem) (thread|beitrag|post|artikel|kommentar|video)",
    // Ihre Antwort oder Korrektur unter dem eigenen Text: „Ihr Hinweis unter meinem Text“, „deine Antwort auf meine Frage“, „kam die Frage … von mir“.
    "(ihr|ihre|dein|deine|euer|eure) (antwort|hinweis|kommentar|korrektur|anmerkung|einwand) (auf|unter|zu) (meine|meinen|meinem|meiner)",
    "kam die frage( [\\p{L}\\p{N}.-]+){0,6} von mir",
    "(sie hatten|du hattest|ihr hattet) mir( [\\p{L}\\p{N}.-]+){0,8} (gestellt|geantwortet|geschrieben|erklart)",
    // Ihr Repo, ihr Newsletter: „einen Pull Request für dein Repo eingereicht“, „in Ihrem Newsletter vom März“.
    '(dein|ihr|euer|deinem|ihrem|eurem|deines|ihres) (repo|repository|newsletter|blog|kolumne)',
    // Ihr Newsletter verlinkte den Artikel des Absenders, ihr Kommentar oder Review zu dessen Workaround oder PR, ihre Keynote auf einer Messe: „hat meinen Artikel verlinkt“, „du hast meinen Workaround kommentiert“, „danke für dein Review zu meinem Pull Request“, „Ihre Keynote auf der Bett“.
    '(hat|haben|hast) ([^.!?]{0,60} )?(meinen|meine|mein|unseren|unsere) (artikel|beitrag|post|text|studie|report|podcast|workaround|pr|pull request|kommentar|frage|code)( [^.!?]{1,50})? (verlinkt|geteilt|zitiert|erwahnt|empfohlen|kommentiert|reviewt|beantwortet)',
    '(dein|ihr|euer) (review|feedback|kommentar|antwort|hinweis) (zu|auf|unter) (meinem|meinen|meiner|unserem|unserer) (pull request|pr|beitrag|post|artikel|issue|code|frage)',
    '(ihre|deine|eure) (keynote|vortrag|rede|session|prasentation|talk|workshop) (auf|bei|beim|an) (der|dem|den)',
    // Ihr Beitrag dort, wie man in der Schweiz sagt: „Ihr Input an der Fachtagung Spitex Schweiz in Bern zum Fachkräftemangel“.
    '(ihr|dein|euer|ihren|deinen|euren) (input|impuls|impulsvortrag|referat|fachvortrag|kurzvortrag) (an|auf|bei|in) (der|dem)(?!\\p{L})',
    // Ihr Fachartikel gelesen: „ich habe Ihren Fachartikel in der Wirtschaftswoche zur Lieferkettensorgfaltspflicht gelesen“.
    '(ihren|deinen|euren|ihr|dein|euer) (fachartikel|gastbeitrag|gastartikel|blogartikel|blogbeitrag|fachbeitrag|linkedin-artikel|linkedin-beitrag)(?!\\p{L})',
    // Ihre Antwort unter dem Beitrag des Absenders: „danke für Ihre Antwort unter meinem Beitrag zur E-Rechnungspflicht“.
    '(ihre|deine|eure) (antwort|kommentar|reaktion|ruckmeldung|rückmeldung|frage) (unter|auf|zu) (meinem|meinen|meine|unserem|unseren|ihrem|deinem) (beitrag|post|artikel|video|thread|newsletter)',
    '(danke|vielen dank|herzlichen dank|besten dank) fur (den|die|das|ihren|ihre|ihr|deinen|deine|dein)( [\\p{L}-]+){0,2} (vortrag|referat|beitrag|artikel|post|webinar|workshop|keynote|talk|podcast|interview|impuls)',
    '(deinem|deinen|deiner|ihrem|ihren|ihrer|dein|ihr)( [\\p{L}-]+)? (vortrag|beitrag|post|artikel|kommentar|podcast|interview|talk|workshop|webinar|keynote|panel)',
    // Eine Folge mit ihnen: „ich hab deine Folge im Podcast ‚Startup Insider‘ gehört“.
    '(deine|ihre|eure) (folge|episode|ausgabe|sendung) (im|in|bei|von|des|beim)',
    '(deiner|ihrer|eurer) (session|präsentation|rede|masterclass|keynote|demo) (zu|zum|zur|über|beim|bei|auf)',
    // Auf ihrem Blog gelesen: „ich hab auf eurem Engineering-Blog den Artikel zur Migration gelesen“.
    '(eurem|ihrem|deinem|eurer|ihrer|deiner) [\\p{L}-]*(blog|newsletter|podcast|kanal) (den|die|das|einen|eine) (artikel|beitrag|post|folge|text|ausgabe)',
    '(in|unter) den kommentaren',
  ],
  valueOffer: [
    // Eine eigene Auswertung zu ihrer Branche, zugeschickt: „Gerne würde ich Ihnen unseren Benchmark zu Risikoanalysen in der Branche zuschicken“.
    '(ihnen|dir|euch) (unseren|unsere|unser|meinen|meine|mein) (benchmark|leitfaden|checkliste|vorlage|auswertung|analyse|studie|report|marktuberblick|whitepaper)( [^.!?]{0,60})? (zuschicken|schicken|senden|zusenden|mailen|zukommen lassen)(?!\\p{L})',
    // Kandidaten für ihre offene Stelle, gezählt: «gern schicke ich Ihnen zwei anonymisierte Kandidatenprofile».
    '(schicke|sende|maile|stelle) ich (ihnen|dir|euch) (gern |gerne )?((\\p{N}+|zwei|drei|vier|funf) )(passende |anonymisierte |geprufte )?(kandidatenprofile|profile|lebenslaufe|kandidaten|kandidatinnen)(?!\\p{L})',
    // Ein fertiges Stück angeboten: „Soll ich sie Ihnen schicken?“ nach „in einer kurzen Bildschirmaufnahme festgehalten“.
    '(soll|darf|kann|mochte) ich (sie|es|ihn|die|das|diese|diesen|dieses) (ihnen|dir|euch) (schicken|senden|zuschicken|mailen|zukommen lassen)(?!\\p{L})',
    // Ein Video für sie aufgenommen, eine Berechnung geschickt: «Ich nehme Ihnen gern ein kurzes Video mit allen drei Punkten auf», «Die Rechnung schicke ich Ihnen gern».
    '(nehme|zeichne) ich (ihnen|dir|euch) (gern|gerne) (ein|eine)( [\\p{L}-]+)? (video|loom|aufnahme|screencast)',
    '(die|eine) (berechnung|kalkulation|rechnung|simulation)( [\\p{L}-]+){0,4} (schicke|sende|maile) ich (ihnen|dir|euch)',
    '(die|den|das) ich (dir|ihnen|euch) (gern|gerne)( kostenlos| gratis| unverbindlich)? (schicke|sende|zeige|gebe|maile)(?!\\p{L})',
    // Ein Teardown für sie gebaut, angeboten: «ein kurzes Teardown mit 5 Ideen gebaut – magst du's haben?».
    '(ein|eine|einen)( [\\p{L}-]+){0,2} (teardown|analyse|audit|auswertung|vorlage|checkliste|loom|video|mockup|konzept)( [\\p{L}\\p{N}-]+){0,4} (gebaut|erstellt|gemacht|aufgenommen|zusammengestellt|gebastelt)',
    // Etwas für sie Gemachtes, angeboten: «Das kurze PDF schicke ich gern», «Den Screenshot mit allen Klickdaten schicke ich dir gern», «Soll ich Ihnen die Auswertung schicken?», «ich teile sie gern mit Ihnen».
    '(das|den|die)( [\\p{L}-]+){0,2} (pdf|datei|auswertung|analyse|liste|vorlage|checkliste|screenshot|screenshots|report|bericht|video|notizen|ergebnisse|aufzeichnung|folien|foliensatz|slides|unterlagen)( [\\p{L}-]+){0,4} (schicke|sende|teile|maile) ich (ihnen |dir |euch )?(gern|gerne)',
    '(soll|darf|kann) ich (ihnen|dir|euch) (die|den|das|eine|einen|meine|unsere)( [\\p{L}-]+){0,2} (auswertung|analyse|liste|vorlage|checkliste|screenshot|pdf|datei|report|bericht|notizen|ergebnisse) (schicken|senden|mailen|zeigen|geben|teilen)',
    '(ich teile|teile ich) (sie|ihn|es|die|den|das)( [\\p{L}-]+){0,2} (gern|gerne) mit (ihnen|dir|euch)',
    // Jemanden vorgestellt, die Aufzeichnung geschickt: „Ich kann Sie mit Dr. Henrik Saß bekannt machen“, „Gern schicke ich Ihnen die Aufzeichnung samt Folien“.
    '(sie|dich|euch) mit( [\\p{L}.-]+){1,6} (bekannt machen|vernetzen|zusammenbringen|in kontakt bringen)',
    '(schicke|sende|maile) ich (ihnen|dir|euch) (gern |gerne )?(die|den|das|unsere|unseren|unser|meine|meinen|mein) [\\p{L}-]*(leitfaden|guide|whitepaper|e-book|ebook|aufzeichnung|folien|präsentation|auswertung|vorlage|checkliste|studie|analyse|slides)',
    // Den Kontakt hergestellt, etwas Gemachtes geschickt: „stelle ich gern den Kontakt her“, „ich schicke Ihnen gern eine kurze Auswertung“.
    '(stelle ich|ich stelle) (gern |gerne )?(den |einen )?kontakt her',
    '(ich )?(schicke|sende) (ihnen|dir|euch) (gern |gerne )?(eine|einen|die|den|das) ([\\p{L}-]+ ){0,2}(auswertung|analyse|liste|vorlage|checkliste|datei|tabelle|audit|report|bericht|zusammenfassung|video)',
    '(ich habe|hab|wir haben|haben wir) (dafur |hierfur )?(eine|einen|ein)( [\\p{L}-]+){0,3} (vorlage|checkliste|leitfaden|analyse|vergleich|ubersicht|template)( [\\p{L}-]+){0,3} (erstellt|zusammengestellt|vorbereitet|gebaut|entwickelt)',
    '(kann|konnte) (dir|ihnen) (gerne )?(schicken|zeigen|senden|vorstellen)',
    'kostenlose[nrs]? (vorlage|checkliste|analyse|audit)',
  ],
  followingInGeneral: ['(verfolge|lese|hore) (deinen|ihren|deine|ihre) (inhalte|newsletter|podcast|beitrage) (schon|seit)', '(verfolge ich|lese ich|höre ich) (deine|ihre|eure) (beiträge|posts|inhalte|artikel|newsletter|podcast)(?=\\s*[.!?,]|\\s*$)', '(mit (großem|grossem|viel) interesse )?(verfolge ich|ich verfolge) (deine|ihre|eure) (beiträge|posts|inhalte|aktivitäten) und'],
} satisfies ContextPhrases;
