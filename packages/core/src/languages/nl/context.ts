import type { ContextPhrases } from '../types.js';

export default {
  metAt: [
    // Hen daar zien spreken, hun presentatie daar, de afzender in jury, zaal of er ook bij: „ik zag je gisteren spreken op Techorama“, „gaf u een presentatie over…“, „ik zat in de jury“, „ik zat in de zaal“, „ik was er ook bij“.
    '(ik zag|zag ik|ik heb) (je|jou|u|jullie)( [\\p{L}-]+){0,2} (spreken|presenteren|optreden|pitchen|spelen|modereren) (op|bij|tijdens|in)(?!\\p{L})',
    '(gaf|gaven|hield|hielden) (u|je|jij|jullie)( [\\p{L}-]+){0,3} (een|de|je|uw) (presentatie|lezing|talk|workshop|keynote|pitch|masterclass)(?!\\p{L})',
    '(ik zat|zat ik|ik was|ik stond) (in de jury|in de zaal|in het publiek|tussen het publiek|op de eerste rij|in de tent)(?!\\p{L})',
    '(ik was|was ik) er (ook|zelf) bij(?!\\p{L})',
    // Elkaar ontmoet op een genoemd evenement, allebei vrijwilliger: «we hebben elkaar vorige week op de Horecava ontmoet», «we waren allebei vrijwilliger op Lowlands».
    '(we hebben|wij hebben|hebben we) elkaar( (vorige|afgelopen|deze) week| gisteren| laatst| onlangs)? (op|bij|tijdens)( de| het)?(?= [^.!?]{1,60} (ontmoet|gesproken|leren kennen)(?!\\p{L}))',
    '(we waren|wij waren|waren we) (allebei|beiden|samen) (vrijwilliger|vrijwilligers|spreker|sprekers|deelnemer|deelnemers|standhouder|standhouders|jurylid|juryleden) (op|bij|tijdens)(?!\\p{L})',
    // Aan dezelfde tafel op een genoemd evenement: «we zaten gisteren aan dezelfde tafel tijdens de lunch op Flanders Technology & Innovation».
    '(we|wij) zaten( [\\p{L}\\p{N}-]+){0,2} aan dezelfde tafel(?!\\p{L})',
    // Allebei gelopen, allebei in een finale, ook op een beurs: «wij liepen vorige zondag allebei de 20 km door Brussel», «wij zaten allebei in de finale van de Hack the Harbour-hackathon», «dat je ook op Vakbeurs Energie stond».
    '(wij|we) (liepen|fietsten|zwommen|roeiden|reden|renden)( [\\p{L}\\p{N}-]+){0,3} (allebei|beiden|samen) (de|het|in de|in het|mee)(?!\\p{L})',
    '(wij|we) (zaten|waren|stonden) (allebei|beiden|samen|alle twee) (op|bij|in|tijdens)(?!\\p{L})',
    '(je|jij|u) ook (op|bij)(?=[^.!?]{1,60} (stond|stonden|was|waart|exposeerde|sprak|pitchte))',
    // Naast elkaar, allebei sprekers, aan de praat geraakt op een genoemd evenement: «we zaten naast elkaar bij de keynote op TNW», «dat wij op 12 april allebei spreken», «Op Flanders Technology raakten wij aan de praat».
    '(zaten|stonden) (naast elkaar|bij elkaar|tegenover elkaar) (bij|op|tijdens|in)',
    '(wij|we) ([\\p{L}\\p{N}-]+ ){0,4}(allebei|beiden|alle twee) (spreken|presenteren|optreden|pitchen)',
    '(raakten|raakte) (wij|we|ik)( [\\p{L}\\p{N}-]+){0,3} (aan de praat|in gesprek)',
    // Beiden op een genoemd evenement, wie men daar was: «vorige week zaten we allebei op de Hackathon van de Gemeente Amsterdam», «ik ben die gast die op Web Summit jouw lader leende».
    '(zaten|waren|stonden|liepen) (we|wij) (allebei|beiden|samen|alle twee|ook allebei) (op|bij|in|tijdens)',
    '(ik ben|ik was) (die|de|dat) (gast|man|vrouw|persoon|jongen|meid|meisje|collega) die (op|bij|tijdens)',
    "(jij|je|u) (was|waren) ook (op|bij)", "(jij|je|u) ook (op|bij)(?= [^.!?]{1,40} (was|bent|waren)(?!\\p{L}))",
    // Samen op een genoemd podium: „We stonden vorige maand allebei op het podium bij Women in Tech Rotterdam".
    '(we|wij) (stonden|zaten|spraken)( vorige [\\p{L}]+| laatst| allebei| samen| beiden){0,2} (op het podium|in het panel|op de beurs|op het congres|op de conferentie)',
    // Op iemands feest: «super gezellig op de bruiloft van Daan en Fleur».
    '(op|bij|na) (de|het) (bruiloft|verjaardag|borrel|feestje|bbq|reunie|diner|etentje) van',
    // Elkaar gesproken bij een evenement met naam; allebei op weg erheen: «we hebben elkaar gesproken bij de Horecava», «ik zag dat je ook naar de Dutch Design Week gaat».
    '(we hebben|hebben we) elkaar (gesproken|ontmoet|gezien) (bij|op|tijdens)',
    '(dat )?(je|jij|u) ook naar (de|het)(?=( [\\p{L}&-]+){1,4} (gaat|komt))',
    // Allebei op het programma, nu of straks; gezien of gesproken op een evenement met naam: «we spreken allebei volgende maand op Frontend Developer Love», «leuk je gezien te hebben op de borrel van de Dutch Fintech Week».
    '(we|wij) (spreken|speken|staan|presenteren) (allebei|beiden|samen)( [\\p{L}]+){0,3} (op|bij|tijdens)',
    '(je|jou|u) (gezien|gesproken|ontmoet) te hebben (op|bij|tijdens)',
    // In een bijzin: „leuk dat we elkaar spraken op de Dutch Dairy Days“.
    '(we|wij) elkaar (weer |opnieuw |even |toevallig |kort |laatst |vorige week |gisteren )?(spraken|ontmoetten|zagen|tegenkwamen|troffen) (op|bij|tijdens|na)',
    // Gesproken op een beurs met naam: „we spraken dinsdag op de Vakbeurs Energie bij uw stand“.
    "(we spraken|we hebben gesproken|spraken we|ik sprak u|ik sprak je)( [\\p{L}]+){0,2} (op|tijdens|bij) (de|het)",
    // Samen in de zaal: «we zaten allebei bij de keynote over AI op The Next Web».
    '(we|wij) (zaten|waren|stonden) (allebei |beiden |samen )?(bij|op|in) (de|het) (keynote|talk|sessie|workshop|lezing|presentatie|borrel|lunch|diner|paneldiscussie|panel)',
    '(we )?raakten (aan de praat|in gesprek)',
    '(we )?(ontmoetten|spraken|zagen) elkaar( kort| even| eventjes| uitgebreid)? (op|bij|tijdens|na)',
    '(we )?(stonden|spraken|waren) (allebei|beiden|samen)( op het podium)? (op|bij|tijdens)',
    '(we|wij) (stonden|zaten) (op|bij) (de|het)',
    '(leuk|fijn) (je|u) (te )?(ontmoeten|spreken) (op|bij|tijdens)',
  ],
  studiedTogether: [
    // Samen in een cohort, cursus, opleiding, stage, studie: „we zitten samen in het voorjaarscohort van…“, „studeerde net als u rechten in Göttingen“, „volgden allebei de opleiding tot…“, „we liepen allebei stage bij…“, „als mede-deelnemer van batch…“, „we studeerden allebei … in Delft“, „zat jij niet ook bij ICT op Fontys?“.
    '(we zitten|zitten we|we zaten|zaten we) (samen|allebei|beiden) in (het |de |een )?[\\p{L}-]*(cohort|jaargang|cursus|batch|klas|opleiding|programma|lichting)(?!\\p{L})',
    '(net als|net zoals|evenals|zoals) (u|jij|jou|je)( [\\p{L}\\p{N}-]+){1,4} (gestudeerd|studeerde|studeerden|gepromoveerd|afgestudeerd)(?!\\p{L})',
    '((net als|net zoals|evenals) (u|jij|jou|je),? (studeerde|studeerden|promoveerde)|(studeerde|studeerden|promoveerde) (net als|net zoals|evenals) (u|jij|jou|je))(?!\\p{L})',
    '(volgden|deden|volgen|doen) (we |wij )?(allebei|beiden|samen) (de|het|een) [\\p{L}-]*(opleiding|cursus|training|leergang|programma|bootcamp|traineeship)(?!\\p{L})',
    '(liepen|liep|lopen) (we |wij )?(allebei|beiden|samen) stage(?!\\p{L})',
    '(mede-deelnemer|mededeelnemer|medecursist|mede-oprichter van batch|medestudent|medestudente) (van|in|uit) (batch|cohort|jaargang|lichting|het programma)(?!\\p{L})',
    '(we|wij) (studeerden|studeren|hebben) (allebei|beiden|samen)( [\\p{L}\\p{N}-]+){1,3} (in|aan|op)(?! (het|de) (zelfde|algemeen)(?!\\p{L}))(?!\\p{L})',
    '(zat|zaten|was|waren) (jij|je|u) (niet )?(ook )?(bij|op|in)(?=[^.!?]{0,40}(lichting|jaargang|opleiding|studie|cohort|klas|school|hogeschool|universiteit|fontys|hbo|mbo))',
    // Allebei aan dezelfde school gestudeerd: «we hebben allebei aan de TU Delft gestudeerd».
    '(we|wij) hebben (allebei|beiden|samen) (aan|op|bij) (de|het)( [\\p{L}-]+){1,4} (gestudeerd|afgestudeerd|les gehad|college gelopen)(?!\\p{L})',
    // Allebei dezelfde leergang: «Wij volgden allebei de leergang Publiek Leiderschap».
    '(wij|we) (volgden|deden|studeerden) (allebei|beiden|samen) (de|het|een) [\\p{L}-]*(leergang|opleiding|cursus|master|training|programma|traject|minor)',
    // Ook alumnus, in dezelfde batch, deel van hetzelfde programma: «ook HoGent-alumnus hier», «we zaten allebei in de Rockstart-batch van 2022», «Wij maakten allebei deel uit van <programmanaam>».
    '(ook|eveneens|net als (jij|u)) [\\p{L}-]*(alumnus|alumna|alumni|oud-student|oud-studente)',
    '((we|wij) (zaten|waren)|(zaten|waren) (we|wij)) (allebei|beiden|samen) in (de|het|dezelfde|hetzelfde) [\\p{L}-]*(batch|cohort|klas|jaargang|lichting|programma|traject)',
    '(wij|we) (maakten|maken) (allebei|beiden|samen) deel uit van',
    // Samen stage gelopen, samen een opleiding gevolgd: «we liepen in 2019 samen stage op het kabinet», «we hebben samen het postgraduaat Digitale Marketing gevolgd».
    '(we|wij) (liepen|deden|volgden)( [\\p{L}\\p{N}-]+){0,2} samen (stage|een opleiding|de opleiding|les|lessen|een cursus|de cursus|een traineeship)',
    '(we hebben|wij hebben|hebben we) samen (het|de|een)( [\\p{L}-]+)? (postgraduaat|opleiding|studie|cursus|master|bachelor|traject|programma|bootcamp|training|traineeship)',
    // Dezelfde lichting: «we zaten allebei in de Young Professionals-lichting van 2020».
    '(zaten|waren) (allebei|beiden|samen) in (de|het)( [\\p{L}-]+)? [\\p{L}-]*(lichting|jaargang|klas|cohort|traineeship|programma)',
    // Ook oud-student van dezelfde school: „ook een oud-student van de Hogeschool Utrecht“.
    "ook (een )?(oud-student|oud-studente|oud-leerling|alumnus|alumna|afgestudeerde) (van|aan)",
    // Samen gedaan: «we deden samen het Rijkstraineeship».
    '(deden|volgden|liepen|doorliepen) samen (het|de|een|onze)( [\\p{L}-]+)? [\\p{L}]*(traineeship|opleiding|stage|master|studie|minor|cursus|coschappen|leergang|promotie)',
    // Hun lessen gevolgd: «ik volgde uw lessen boekhouden aan de hogeschool».
    '(ik volgde|volgde ik|ik heb)( [\\p{L}\\p{N}-]+){0,2} (uw|jouw|je) (lessen|les|colleges|college|cursus|vak|training|workshop|werkcollege)',
    // Docent en leerling, van beide kanten; dezelfde lichting: «u was mijn docent Nederlands», «we zaten in dezelfde lichting».
    '(u was|je was|jij was|was u|was je)( [\\p{L}\\p{N}-]+){0,4} mijn (docent|docente|leraar|lerares|mentor|begeleider|begeleidster|stagebegeleider|scriptiebegeleider|trainer|coach|professor|juf|meester|promotor)',
    '(ik was|was ik)( [\\p{L}\\p{N}-]+){0,3} (uw|jouw|je) (student|studente|leerling|stagiair|stagiaire|promovendus|trainee)',
    '(zaten|zat) (in|bij) (dezelfde|hetzelfde) (lichting|jaargang|klas|cohort|traineeship|programma|opleiding)',
    '(wij|we) zaten samen (in|op) (de|het)',
    // «Ook Rockstart-batch 2022 hier»: dezelfde batch, van hun kant gezegd.
    'ook [\\p{L}0-9-]+(-| )(batch|cohort|lichting|jaargang)( \\d{4})? hier',
    // A cohort before or after theirs: «two intakes behind you».
    'jaargang(en)? (boven|onder|voor|na) (jou|u)',
    '(samen|allebei) (gestudeerd|stage gelopen)',
    // Allebei gevolgd, elk in een eigen jaar: «wij hebben beiden de leergang Toezicht in de Zorg van Nyenrode gevolgd».
    '(wij|we) hebben (allebei|beiden|samen) (de|het|een)( [\\p{L}-]+)? [\\p{L}]*(traineeship|opleiding|master|studie|minor|cursus|leergang|programma|mba|bootcamp)',
    '(wij|we) hebben (allebei|beiden|samen)( [\\p{L}-]+){1,3} (gedaan|gestudeerd|gevolgd|afgerond) (aan|op|bij) (de|het)',
    '(zelfde|dezelfde) (opleiding|studie|klas|jaargang|bootcamp|universiteit)',
  ],
  studiedElsewhere: [
    // Niet hetzelfde op verschillende plekken: „alleen bij verschillende bedrijven“.
    '(verschillende|andere|een ander|een andere) (bedrijven|bedrijf|scholen|school|universiteiten|universiteit|hogescholen|hogeschool|cohorten|lichtingen|opleidingen|vestigingen)(?!\\p{L})',
  ],
  interaction: [
    // Hun optreden met onderwerp, een like en reactie onder de post van de afzender, zijn whitepaper door hen becommentarieerd: „je masterclass over TikTok Ads“, „uw LinkedIn Live over employer branding“, „dank voor de like en de reactie onder mijn post“, „je reageerde op onze whitepaper“.
    '(je|jouw|uw|jullie) (masterclass|keynote|sessie|presentatie|demo|lezing|talk|workshop|webinar|speech|linkedin live|livestream|panel) (over|op|bij|tijdens|van|vorige|gisteren)(?!\\p{L})',
    '(dank|bedankt|dankjewel|dank je) (voor|voor de|voor je|voor uw|voor het)( [\\p{L}-]+){0,4} (like|likes|reactie|reacties|comment|antwoord) (onder|op|bij) (mijn|onze)(?!\\p{L})',
    '(je|jij|u|jullie) (reageerde|reageerden|reageerden|hebt gereageerd|heeft gereageerd|deelde|deelden|likete|liket) op (mijn|onze) (whitepaper|post|bericht|artikel|video|studie|rapport|nieuwsbrief|webinar|podcast|aflevering|peiling)(?!\\p{L})',
    // Hun interview beluisterd: «ik luisterde naar je interview in de podcast».
    '(ik luisterde|ik heb geluisterd|ik keek|ik heb gekeken) (naar )?(je|jouw|uw) (interview|aflevering|podcast|webinar|talk|lezing|presentatie|video)(?!\\p{L})',
    // Hun stuk gelezen, een like van hen, allebei gereageerd: «ik las uw stuk in De Tijd over de personeelskrapte», «dat je mijn post over NIS2 hebt geliket», «wij reageerden allebei op het artikel», «Jouw comment over [punt]».
    '(ik las|las ik|ik heb) (uw|je|jouw) (stuk|artikel|column|opiniestuk|interview|blog|post|bericht)( in [\\p{L}&-]+( [\\p{L}&-]+)?)? over(?!\\p{L})',
    '(je|jij|u) (mijn|onze) (post|bericht|artikel|video|stuk)( [^.!?]{0,60})? (hebt|heeft|had) (geliket|geliked|gedeeld|becommentarieerd|gereageerd|doorgestuurd)(?!\\p{L})',
    '(wij|we) (reageerden|reageren|reageerde) (allebei|beiden|ook allebei) op(?!\\p{L})',
    '(jouw|je|uw) (comment|reactie|opmerking) (over|op|onder)(?!\\p{L})',
    // Hun draadje, post of stuk over iets: «jouw draadje over vage klantbriefings».
    '(jouw|je|uw) (draadje|post|bericht|artikel|thread|column|blog|stuk|opiniestuk|presentatie|talk|lezing|keynote) (over|van gisteren|van vorige week)(?!\\p{L})',
    // Iets van hen dat de afzender gebruikt: «ik gebruik jouw Notion-template voor OKR's».
    '(ik gebruik|gebruik ik|wij gebruiken|we gebruiken) (al )?(jouw|je|uw|jullie) [\\p{L}-]*(template|tool|plugin|library|bibliotheek|app|repo|boek|methode|framework|cursus|checklist)(?!\\p{L})',
    // Hun pitch of talk op een genoemd evenement, geprezen: «wat een sterke pitch gisteren op Horecava!».
    '(sterke|mooie|goede|geweldige|inspirerende|leuke|boeiende|interessante|knappe|toffe) (pitch|talk|lezing|presentatie|keynote|demo|sessie|workshop)( [\\p{L}-]+){0,2} (op|bij|tijdens)',
    // Hun optreden op een genoemd evenement: «Jij sprak vorige week op Emerce eDay over first-party data».
    '(jij sprak|je sprak|u sprak|sprak je|sprak u|jij gaf|je gaf|u gaf)( [\\p{L}\\p{N}-]+){0,3} (op|bij|tijdens)',
    // Hun reactie op je eigen stuk: „dank voor uw scherpe reactie op mijn artikel over netcongestie“.
    "(uw|jouw|je) ([\\p{L}-]+ )?(reactie|opmerking|comment|vraag|aanvulling) (op|onder|bij) (mijn|ons|onze)",
    // Hun opmerking onder je eigen bericht: „u wees mij er onder mijn bericht op dat…“.
    "(u|je|jij)( [\\p{L}\\p{N}-]+){1,4} onder mijn (bericht|post|artikel|stuk|reactie)",
    // Hun antwoord of correctie onder wat je zelf plaatste: „gaf je antwoord op mijn vraag“, „van alle reacties op mijn peiling“, „jij rekende het voor me uit“.
    "(gaf|gaf je|gaf jij|gaf u)( je| u)? antwoord op mijn",
    "(jouw|uw|je) (antwoord|reactie|opmerking|correctie) (op|onder) mijn",
    "(reacties|antwoorden) op mijn (peiling|post|bericht|vraag|artikel|stuk)",
    "(jij|u) (rekende|rekenden|legde|legden) (het|dat) (voor me|voor mij|me) uit",
    '(je|jouw|uw) (blog|nieuwsbrief|column|vlog|whitepaper) (over|met|van)',
    // Hun optreden gezien of gevolgd, hun aflevering: «ik zag je pitch op de demo day», «volgde ik uw keynote op het congres», «uw podcastaflevering van 'De Zorgzaak'».
    '(ik zag|zag ik|ik volgde|volgde ik|ik hoorde|hoorde ik|ik bekeek|bekeek ik) (je|jouw|uw) (pitch|presentatie|talk|demo|lezing|keynote|sessie|workshop|webinar|optreden)',
    '(je|jouw|uw) (podcastaflevering|aflevering|uitzending|column|vlog)',
    // Hen gehoord of gezien ergens: «ik hoorde je in de podcast van De Tijd».
    '(ik hoorde|ik zag|ik las|ik heb) (je|jou|u)( [\\p{L}]+)? (in|op|bij) (de|het|een) (podcast|webinar|uitzending|aflevering|panel|talkshow|video|livestream|interview)',
    // Samen in de reacties onder iemands post: „we hadden een flinke discussie onder de post van Jeroen“.
    '(discussie|gesprek|discussieerden|reageerden|reacties|comments) onder (de|het|jouw|je|uw|zijn|haar) (post|bericht|artikel|update)',
    // Hun reactie op iets van de afzender: «u reageerde gisteren op mijn post».
    '(u reageerde|je reageerde|jij reageerde|u gaf|je gaf)( gisteren| vorige week| laatst| onlangs)? (op|onder|bij) (mijn|ons|onze) (post|bericht|artikel|video|vraag)',
    '(bedankt|dank je|dank u) (wel )?voor (je|jouw|uw|de|het|die|dat)( [\\p{L}-]+){0,2} (lezing|presentatie|artikel|post|bericht|webinar|workshop|podcast|talk)',
    '(je|jouw|uw) (post|artikel|talk|presentatie|podcast|webinar|workshop|keynote|lezing|gastcollege|opiniestuk|blogpost|onderzoek|scriptie)',
    '(je|jouw|uw) comment (onder|bij|op)',
    // Hun verhaal ergens, met waarover: «op de Vakbeurs Energie sprak u over netcongestie».
    '(sprak|spraken|presenteerde|vertelde) (u|je|jij) over',
    // "Ik kijk uit naar je reactie" sluit een bericht af: een reactie of bericht van hen telt met waarop of waarover.
    '(je|jouw|uw) (bericht|reactie) (op|onder|over|bij)', '(in|onder) de reacties'],
  valueOffer: [
    // Iets voor hen gemaakt, dan gevraagd of het mag komen: «een korte checklist gemaakt met vijf verbeterpunten… Mag ik die naar u sturen?».
    '(een|de)( korte| kleine| beknopte)? (checklist|analyse|audit|scan|benchmark|teardown|vergelijking|quickscan|lijst)( [^.!?]{0,60})? (gemaakt|opgesteld|samengesteld)(?=[^?]{0,120}mag ik (die|deze|het|hem) (naar (u|je|jou) )?(sturen|mailen|toesturen|doorsturen))',
    // Een video voor hen opgenomen: «ik heb een korte video over je bestelproces opgenomen».
    '(ik heb|heb ik) (een )?([\\p{L}-]+ )?(video|loom|screencast|analyse|audit) (over|van) (je|jouw|uw|jullie)( [\\p{L}-]+){1,3} (opgenomen|gemaakt|gedraaid)(?!\\p{L})',
    '(stuur|bezorg|mail) (ik )?(u|je|jou) (deze|die|dit|het|hem) graag( kosteloos| gratis| vrijblijvend)? (toe|door)(?!\\p{L})',
    // Iets gemaakts, toegestuurd: «Dat stuur ik u graag kosteloos toe», «ik bezorg u graag de resultaten».
    '(dat|die|het|dit) (stuur|bezorg|mail|geef) ik (u|je|jou) graag( kosteloos| gratis| vrijblijvend)? (toe|door)',
    '(ik )?(bezorg|stuur|mail) (u|je|jou) graag (de|het|onze|ons|mijn) (resultaten|rapport|presentatie|slides|analyse|stappenplan|overzicht|checklist|template)',
    // Iets voor hen gemaakt, door te sturen: «ik heb een gratis quickscan gedaan van {{website}} … Zal ik het rapportje doorsturen?».
    '(zal ik|kan ik|mag ik) (het|de|je|u|jou) ([\\p{L}-]+ )?(rapport|rapportje|verslag|analyse|scan|quickscan|overzicht|checklist|template|resultaten|presentatie|slides)( [\\p{L}-]+)? (doorsturen|sturen|mailen|toesturen|delen)',
    '(ik heb|heb ik) (een )?(gratis |korte |snelle )?[\\p{L}-]*(quickscan|scan|analyse|audit|check|teardown) (gedaan|gemaakt|uitgevoerd|gedraaid) (van|op)',
    '(ik )?(stuur|bezorg|mail) (je|u|jou) (het|de) ([\\p{L}-]+ )?(rapport|rapportje|verslag|analyse|overzicht|checklist|resultaten|presentatie|slides|stappenplan) graag (door|toe)(?!\\p{L})',
    // Iets voor hen maken, gratis: „Graag maak ik gratis een quickscan van de toegankelijkheid van uw website".
    '(graag )?(maak|doe|schrijf|stuur|draai) ik (gratis |vrijblijvend |kosteloos )?(een|de) (quickscan|scan|analyse|audit|rapport|check|vergelijking|benchmark|teardown)',
    // Een rapport over iets van hen, aangeboden: «zal ik u het rapport sturen?».
    '(zal|kan|mag) ik (u|je|jou) (het|de|een|mijn|ons|onze)( [\\p{L}-]+)? (rapport|lijst|overzicht|analyse|checklist|sheet|document|verslag|resultaten) (sturen|mailen|toesturen|doorsturen)',
    '(stuur|geef|mail) (je|u|jou) graag (mijn|ons|onze|de|het)(?! (cv|curriculum|profiel|portfolio|gegevens|contactgegevens|nummer)(?!\\p{L}))', '(ik heb|heb) (een)( [\\p{L}-]+){0,3} (template|checklist|analyse|overzicht) (gemaakt|opgesteld)', '(kan|zou) (je|u) (graag )?(sturen|laten zien)'],
  followingInGeneral: ['(volg|lees) (je|jouw|uw) (content|nieuwsbrief|podcast|posts) (al|sinds)', '(volg|lees) (al )?(een tijdje|lang|jaren|sinds [\\p{L}\\p{N}]+) (je|jouw|uw) (berichten|posts|content|nieuwsbrief|artikelen|columns|blogs)', '(groot|grote|echt een|een grote) fan van (je|jouw|uw) (werk|content|posts|berichten|columns|blogs)'],
} satisfies ContextPhrases;
