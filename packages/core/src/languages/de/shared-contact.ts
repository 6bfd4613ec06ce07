import type { SharedContactPhrases } from '../types.js';

export default {
  referredBy: [
    // Der Name davor: „Herr Gmeiner hat vorgeschlagen, dass wir uns … abstimmen“.
    '(hat|hatte) (vorgeschlagen|angeregt|empfohlen|gemeint),? (dass wir uns|wir sollten uns|uns)(?!\\p{L})',
    // Der Name davor, was er über sie sagt: „Florian meint, du kennst dich mit BAFA-Anträgen aus“.
    '(meint|meinte|sagt|sagte|findet|fand|schreibt|schrieb),? (du|ihr) (kennst|kennt|weisst|wisst|suchst|sucht|arbeitest|arbeitet|planst|plant|hast|habt|bist|seid|baust|baut|machst|macht|brauchst|braucht)(?!\\p{L})',
    // Der Name davor: „Jan Brandt hat Ihnen sicher schon von mir erzählt“, „Paulas Mitbewohnerin“ (ein Genitiv auf -s, kein „als“ oder „des“).
    '(hat|hatte) (ihnen|dir|euch)( [\\p{L}-]+){0,3} von mir (erzahlt|berichtet|gesprochen)(?!\\p{L})',
    '(mitbewohner|mitbewohnerin|schwester|bruder|cousin|cousine|nachbar|nachbarin|tochter|sohn|doktorand|doktorandin|praktikant|praktikantin|kommilitone|kommilitonin|kollege|kollegin|freund|freundin|chef|chefin|mentor|mentorin)(?<=(?<!\\p{L})\\p{L}{2,}s [\\p{L}]+)(?<!(?<!\\p{L})(als|des|aus|bis|was|das|uns|eines|meines|deines|seines|ihres|unseres|eures|jedes|dieses|alles|etwas|nichts|bereits|damals|anders) [\\p{L}]+)(?!\\p{L})',
    // Der Name davor: «Julia Meier hat nur Gutes über Sie erzählt».
    '(hat|hatte) (mir |uns )?(nur |viel |so viel |schon viel )?(gutes|positives|tolles) (von|uber) (ihnen|dir|euch|sie|dich) (erzahlt|berichtet|gesagt)(?!\\p{L})',
    // Der Name davor: «Julia Meier (meine frühere Kollegin) meint, Sie seien die richtige Ansprechpartnerin».
    '(sagt|meint|meinte|sagte|findet|fand),? (sie seien|du seist|sie waren|du warst) (genau )?(die richtige|der richtige|die beste|der beste|die person|der ansprechpartner|die ansprechpartnerin|der experte|die expertin)',
    // Der Name davor: «Mirja hat gesagt, ich soll mich bei dir melden», «[Name der Freundin] meint, ich soll dich anschreiben».
    '((hat|hatte) )?(meint|meinte|gemeint|sagt|sagte|gesagt),? (ich (soll|solle|sollte|muss|musse)|dass ich (mich|dich|sie|ihnen|dir|euch))(?!\\p{L})',
    // «… hat mir nahegelegt, Sie zu kontaktieren».
    '(hat|hatte) (mir|uns) (nahegelegt|geraten|empfohlen),? (sie|dich|euch) (zu kontaktieren|anzuschreiben|anzusprechen|anzurufen)(?!\\p{L})',
    // Der Name davor: «er hat von Ihnen erzählt», «hat uns per Mail vorgestellt», «lässt Sie herzlich grüßen».
    '(hat|hatte) (mir )?(von|uber|über) (ihnen|dir|euch) (erzahlt|erzählt|berichtet|gesprochen)(?!\\p{L})',
    '(hat|hatte) (uns|mich) ([\\p{L}-]+ ){0,3}(vorgestellt|bekannt gemacht|zusammengebracht|vernetzt)(?!\\p{L})',
    '(lasst|lässt|laesst) (sie|dich|euch) ([\\p{L}]+ )?(grussen|grüßen|gruessen)(?!\\p{L})',
    // Der Name davor: «hat mich auf deine Ausschreibung aufmerksam gemacht», «hat mir viel von Ihren Erfahrungen erzählt».
    'hat mich auf (deine|ihre|eure|dein|ihr|euer|deinen|ihren|euren) [\\p{L}-]+( [\\p{L}-]+){0,6} aufmerksam gemacht(?!\\p{L})',
    'hat mir (viel|einiges|so viel|schon viel|oft|schon oft|so oft|immer wieder) (von|uber|über) (ihren|deinen|euren|ihrer|deiner|eurer|ihrem|deinem|eurem) [\\p{L}-]+( [\\p{L}-]+){0,4} (erzahlt|erzählt|berichtet)(?!\\p{L})',
    // Der Name davor: «Jan Becker spricht in den höchsten Tönen von Ihnen», «hat mich mit Ihnen in Kontakt gebracht», «fand, wir sollten uns kennenlernen».
    'spricht (in den hochsten tonen|in den höchsten tönen|sehr gut|nur gut|sehr positiv|begeistert) von (ihnen|dir|euch)(?!\\p{L})',
    '(hat|hatte) (mich|uns) mit (ihnen|dir|euch) in (kontakt|verbindung) gebracht(?!\\p{L})',
    '(fand|meinte|sagte|findet|meint),? (wir sollten|dass wir) uns( unbedingt| mal| dringend| endlich)? (kennenlernen|austauschen|vernetzen|unterhalten|treffen|abstimmen)(?!\\p{L})',
    // Der Name davor: «Markus sagt, du bist die Richtige für diese Frage».
    '(sagt|meint|meinte|sagte),? (du bist|sie sind|ihr seid) (genau )?(die richtige|der richtige|die richtigen|die beste|der beste|der typ|die person|der mann|die frau|der ansprechpartner|die ansprechpartnerin|der experte|die expertin)',
    'hat mir (beim|bei|im|am|auf) [\\p{L}-]+( [\\p{L}-]+)? (erzahlt|erzählt|gesagt|verraten|berichtet|erwahnt)(?!\\p{L})',
    // Der Name davor: «Sophie hat mir den Mitschnitt von deinem Talk geschickt», «Jan Hoffmann hat mir schon viel von Ihnen erzählt», «{Kontakt} hat dich als Ansprechpartnerin genannt».
    'hat mir (den|die|das|deinen|deine|dein|ihren|ihre|ihr|euren|eure|euer)( [\\p{L}-]+){0,8} (geschickt|weitergeleitet|gezeigt|empfohlen|gegeben)(?!\\p{L})',
    'hat mir (schon |bereits )?(viel|einiges|so viel|nur gutes) (von|uber|über) (ihnen|dir|euch) (erzahlt|berichtet|erzählt)',
    '(hat|hatte) (sie|dich|euch) als [^.!?]{1,60} (genannt|empfohlen|vorgeschlagen)(?!\\p{L})',
    // Der Name davor, nach „wie“: „wie Jan Becker bereits angekündigt hat“.
    '((bereits|schon) )?(angekundigt|erwahnt|angedeutet|geschrieben|gesagt|angekuendigt) (hat|hatte)(?<=(?<!\\p{L})wie( [\\p{L}.-]+){1,5} ((bereits|schon) )?(angekundigt|erwahnt|angedeutet|geschrieben|gesagt|angekuendigt) (hat|hatte))(?!\\p{L})',
    // Der Name davor, mit dem Absender: „Herr Schmidt von der IHK und ich haben heute über Ihr Programm gesprochen“.
    'und ich (haben|hatten) ((heute|gestern|kurz|lange|neulich) )?((uber|über|von) (sie|ihr|ihre|ihren|dich|dein|deine|deinen)|(sie|dich) (kennengelernt|getroffen|gesehen|gehort))(?!\\p{L})',
    // Der Name davor: „über Michael Braun sind wir ja indirekt verbunden“.
    'sind wir (ja |auch |indirekt |beide |schon )*(verbunden|vernetzt|bekannt)',
    // Davor genannt, als jemand, der sie kennt: „Anna Schulze, die Sie ja aus dem Beirat von Klimarad kennt“.
    '(die|der) (sie|dich|euch)( [\\p{L}-]+){0,6} (kennt|kennen|kannte)',
    // Vorher genannt: „Prof. Albrecht … gab mir Ihren Kontakt“, „Thomas Gruber, den Sie ja auch gut kennen“.
    '(gab|hat) mir (ihren|deinen|ihre|deine) (kontakt|namen|nummer|kontaktdaten)',
    'den (sie|du) (ja )?(auch )?(gut )?(kennen|kennst)', '(hat|hatte) (erzahlt|gesagt|erwahnt|berichtet),? (dass|das)', 'hat mir (erzahlt|empfohlen|gesagt|geraten|vorgeschlagen|verraten|deinen|ihren|von)', 'hat mir (gerade|neulich|gestern|kurz|eben|schon) (erzahlt|gesagt|verraten|berichtet|erwahnt)', '(meinte|erzahlte|empfahl|sagte)', '(hat|hatte) (mir )?gemeint', 'hat mich (gebeten|an (dich|sie|euch) verwiesen|an (dich|sie|euch) weitergeleitet|zu (dir|ihnen|euch) geschickt)', '(hat|hatte) (gesagt|gemeint|erzählt),? (du|sie|ihr)', 'hat (sie|dich|euch) mir( [\\p{L}]+){0,2}( als [^.!?]{1,90})? (genannt|empfohlen|vorgeschlagen|ans herz gelegt)',
    // Der Name davor: «mein Kollege Jan Wolters hat Ihnen ja schon angekündigt, dass ich mich melde».
    '(hat|hatte) (ihnen|dir|euch) (ja )?(schon |bereits )?(angekundigt|gesagt|erzahlt|geschrieben|mitgeteilt|bescheid gegeben),? dass ich'],
  inCommon: ['gemeinsame[rn]? (bekannte[rn]?|kontakt|kontakte|freund|freundin|kollegen?)'],
  knownThrough: [
    // Der Name danach, vor dem Verb: „…, hat mir Matze erzählt“.
    '(hat|hatte) (mir|uns)(?= [\\p{L}.-]+( [\\p{L}.-]+)? (erzahlt|gesagt|verraten|berichtet|gesteckt)(?!\\p{L}))',
    // Der Name danach: „Ihren Namen habe ich von Prof. Dietrich“, „Ihr Name fiel beim Mittagessen mit Birgit Lorenz“, „auf der Hochzeit von Camille und Anton“.
    '(ihren|deinen|euren) (namen|kontakt|nummer|kontaktdaten) (habe ich|hab ich|bekam ich|erhielt ich|hat mir) (von|uber|durch)(?!\\p{L})',
    '(ihr|dein|euer) name (fiel|ist gefallen|kam|tauchte)( [\\p{L}-]+){0,6} mit(?! (kollegen|kolleginnen|leuten|freunden|bekannten|kunden|vielen|einigen|mehreren|anderen|den|dem|der|einem|einer|meinen|meiner|meinem|unseren|unserem)(?!\\p{L}))(?!\\p{L})',
    '(hochzeit|geburtstag|geburtstagsfeier|feier|party|einweihungsparty|abschiedsfeier|grillfeier|taufe) (von|bei)(?!\\p{L})',
    // Der Name danach, vor dem Verb: „dass wir beide mit Claudia Meier vernetzt sind“, „wir haben beide mit Lukas Bauer gearbeitet“, „unter {{ehemaliger_chef}} gearbeitet“, „wir haben <Name> gemeinsam“, „über Lukas fast kennengelernt“.
    '(wir|uns|sie|du|ihr) (sind |seid )?(beide )?mit(?=( [\\p{L}\\p{N}.<>{}_-]+){1,3} (vernetzt|verbunden|befreundet|bekannt) (sind|bist|seid|waren)(?!\\p{L}))',
    '(wir )?(haben )?beide (mit|unter)(?=( [\\p{L}.-]+){1,3} (gearbeitet|zusammengearbeitet|studiert|trainiert|promoviert)(?!\\p{L}))',
    'unter(?=( [\\p{L}\\p{N}.<>{}_-]+){1,3} (gearbeitet|promoviert|gedient|gelernt)(?!\\p{L}))',
    '(wir haben|haben wir)(?=( (?!(kontakte|bekannte|freunde|verbindungen|kollegen|leute|viel|vieles|einiges|etwas|nichts)(?!\\p{L}))[\\p{L}\\p{N}.<>{}_-]+){1,3} gemeinsam(?!\\p{L}))',
    'uber(?=( [\\p{L}.-]+){1,2}( [\\p{L}-]+){0,5} (kennengelernt|getroffen|begegnet|kennenlernen)(?!\\p{L}))',
    // Der Name danach: «über Jan Becker habe ich erfahren, dass…».
    'uber(?=( [\\p{L}.-]+){1,3} (habe ich|hab ich) (erfahren|gehort|gehört|mitbekommen)(?!\\p{L}))',
    // Der Name danach: «ich habe Ihren Kontakt von Jan Becker».
    '(habe|hab|bekam|erhielt|habe ich|hab ich) (ihren|deinen|euren) (kontakt|namen|nummer|kontaktdaten) (von|uber|über|durch)(?!\\p{L})',
    // Der Name danach: „ich glaube, wir kennen uns über Jana Schulz".
    '(wir )?kennen uns (uber|über|durch|von)',
    // Der Name danach: „Über Markus Lindner bin ich auf Sie gestoßen", „Ihr Kollege Daniel Krämer und ich…".
    "uber(?=( [\\p{L}.-]+){1,3} (bin ich|habe ich|hab ich) (auf|von) (sie|dich|ihr|ihre|ihren|dein|deine|deinen|euch))",
    '(ihr|ihre|dein|deine) (ehemalige[rn]? |fruhere[rn]? |alte[rn]? )?(kollege|kollegin|teamkollege|teamkollegin|bruder|schwester|chef|chefin|geschaftspartner|geschäftspartner|mitgrunder|mitgründer|mitgrunderin|mitgründerin)',
    // Der Name danach: „mein Kommilitone Felix Engel hat bei Ihnen sein Praktikum gemacht“.
    '(mein|meine) (ehemaliger |ehemalige |alter |alte )?(kommilitone|kommilitonin|studienkollege|studienkollegin|mitbewohner|mitbewohnerin|freund|freundin|bruder|schwester|cousin|cousine)',
    // Der Name danach: „Das hat mir Dr. Hannah Vogt erzählt“.
    '(das|dies|davon) (hat|haben) mir',
    // Der Name danach: «die Schwester von Nils», «wir kennen beide Sabine Vogt», «Grüße von Hannes».
    '(bruder|schwester|cousin|cousine|freund|freundin|kumpel|kollege|kollegin|sohn|tochter|nachbar|nachbarin|schwager|schwagerin|teamkollege|teamkollegin) (von|vom)',
    '(wir )?kennen (beide|uns beide|beide gut)',
    // Beide über jemanden an etwas beteiligt: „da wir beide über Claudia Keller an der Ausschreibung beteiligt sind“.
    '(wir|uns) beide (über|durch|via)',
    '(viele |liebe |herzliche |beste )?(gru(ß|ss)e|gruss) (von|vom)',
    'auf (empfehlung|anraten|hinweis|vorschlag) von'],
  placedAt: [
    // Wo ein Bekannter ohne Namen ist, nicht wer: «ein gemeinsamer Bekannter aus der Münchner Medtech-Szene».
    '(bekannter|bekannte|bekannten|kontakt|kontakte|kollege|kollegin|kollegen|jemand)( [\\p{L}-]+)? (aus der|aus dem|von der|vom|bei der|beim)',
  ],
  // «Ich bin Yusuf aus Tobias' Laufgruppe. Er hat erzählt, dass…»: the verb in the third person right after makes «Sie» she.
  referrerPronouns: ['er', 'sie'],
  // «Ich arbeite mit Jan Becker bei der Allianz. Er hat von Ihnen erzählt».
  referrerCompanions: ['mit', 'und', 'an der seite von', 'neben'],
  signedThrough: ['(via|uber|auf empfehlung von|empfohlen von)(?<=[\\n,(—–|·-]\\s{0,2}(via|uber|auf empfehlung von|empfohlen von))'],
  countInCommon: ['(\\d+|<slot>) gemeinsame (kontakte|kontakten|verbindungen)', '(zwolf|zehn|viele|einige|mehrere|ein paar|zahlreiche) gemeinsame (kontakte|kontakten|verbindungen|bekannte)'],
} satisfies SharedContactPhrases;
