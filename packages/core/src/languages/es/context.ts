import type { ContextPhrases } from '../types.js';

// One piece of theirs, in the singular: «tu última newsletter», «su entrada de blog» (not «tus
// publicaciones», following in general; not a job interview).
const THEIR_PIECE = "(tu|su)( (ultim[oa]|reciente|nuev[oa]|gran|excelente|estupend[oa]|brillante|genial|magnific[oa]|interesante))? (publicacion|post|articulo|hilo|newsletter|boletin|episodio|charla|ponencia|entrevista(?! (de trabajo|laboral))|video|webinar|webinario|carrusel|entrada (de|del) blog|columna|podcast|presentacion|libro|tutorial|reel|directo|masterclass|keynote|conferencia)";

export default {
  metAt: [
    // Su producto probado en una feria con nombre, su enseñanza allí: «probé su café de Villa Rica en la Feria Taza de Selva Central», «donde usted enseñó a…».
    '(probe|cate|compre|deguste) (su|tu|vuestro|vuestra)( [\\p{L}-]+){1,4} en (la|el)(?!\\p{L})',
    '(donde|cuando|en el que|en la que) (usted|tu|vos) (enseno|ensenaste|explico|explicaste|presento|presentaste|mostro|mostraste|hablo|hablaste)(?!\\p{L})',
    // Lo que se llevó de allí: «me traje dos cosas: una torta del Casar y tu tarjeta».
    'me traje( [^.!?]{0,50})? (tu|su) tarjeta(?!\\p{L})',
    // En el público o el jurado, como en inglés: «yo estaba en el público», «estaba en el jurado cuando…».
    '(yo )?(estaba|estuve|me sente) (en el jurado|en el publico|en la sala|entre el publico|en primera fila)(?!\\p{L})',
    // Uno de su público, contado: «fui uno de los 300 del webinar de {{org}} sobre {{tema}}».
    "(fui|era) (uno|una) de (los|las) (\\p{N}+|\\p{N}+\\.\\p{N}+|cientos|miles)( asistentes| participantes| inscritos| inscritas| oyentes)? (del|de la|en el|en la|al|a la)(?!\\p{L})",
    // Su pieza en una ocasión, felicitada: «enhorabuena por el póster sobre úlceras por presión en el Congreso de…».
    "(enhorabuena|felicidades|felicitaciones|felicitarte|felicitarle|te felicito|le felicito) por (el|la|tu|su)( [\\p{L}-]+){0,2} (poster|charla|ponencia|presentacion|comunicacion|panel|taller|pitch|demo|keynote)[^.!?\\n]{0,60} (en|durante) (el|la)(?!\\p{L})",
    // Uno de quienes estuvieron: «fui uno de los participantes del webinar «Remesas y microcrédito rural» de FUSADES».
    "(fui|era) (uno|una) de (los|las) (participantes|asistentes|alumnos|alumnas|inscritos|inscritas|oyentes|voluntarios|voluntarias) (del|de la|de los|de las|en el|en la)(?!\\p{L})",
    // La mano levantada en la sesión de otro: «levantaste la mano cuando el ponente de Big Data Spain preguntó…».
    '(levantaste|levanto usted|levantamos|levante) la mano (cuando|en|durante|mientras)(?!\\p{L})',
    // En el mismo cartel, o el otro ponente de la mesa: «tocamos en el mismo cartel del BBK Live», «soy el otro ponente de la mesa sobre IA en educación de SIMO Educación».
    '(tocamos|actuamos|estuvimos|coincidimos|compartimos) (en el mismo cartel|cartel) (del|de la|de|en)(?!\\p{L})',
    '(soy|era|fui) (el|la) otr[oa] (ponente|panelista|moderador|moderadora|speaker|jurado|mentor|mentora|invitad[oa]) (de|del|en) (la|el) (mesa|panel|sesion|charla|jornada|taller|ponencia|debate)(?!\\p{L})',
    // En el mismo programa de un evento con nombre: «me tocó exponer justo después de ti en el Congreso…».
    '(expuse|exponer|hable|hablar|presente|presentar|intervine|intervenir) justo (despues|antes) de (ti|usted)(?!\\p{L})',
    // Su ponencia en un curso al que asistió quien escribe, un barco o un turno en una campaña con nombre: «Usted fue ponente en el curso de AVEPA en Sevilla al que asistí», «compartimos barco en el «Sarmiento de Gamboa»».
    '(fue usted|usted fue|fuiste|tu fuiste) (ponente|profesor|profesora|docente|instructor|instructora|formador|formadora|tutor|tutora) (en|del|de la)(?!\\p{L})',
    'compartimos (barco|buque|campaña|expedicion|guardia|turno|camarote|stand|escenario) en(?!\\p{L})',
    // Los dos en el programa de un evento con nombre: «Ambos estamos en el panel de cross-border del Ecommerce Day Santiago».
    '(ambos|ambas|los dos|las dos) (estamos|estaremos|vamos|hablamos|hablaremos) en (el|la) (panel|mesa|mesa redonda|cartel|programa|jurado|sesion)(?!\\p{L})',
    // En su mesa o su charla de un evento con nombre: «estuve en vuestra mesa del Encuentro Estatal de…».
    '(estuve|estuvimos) en (vuestra|tu|su) (mesa|charla|ponencia|taller|stand|sesion|presentacion|mesa redonda)(?!\\p{L})',
    // En el mismo grupo de un taller con nombre: «Estuviste en mi grupo del taller de heridas de las Jornadas…».
    '(estuviste|estuvo usted|estuvimos|coincidimos) en (mi|el mismo|tu|su|nuestro) (grupo|equipo|mesa|sala|aula|turno)( de trabajo)? (del|de la|de)(?!\\p{L})',
    // Los dos en el mismo programa o al lado en un evento con nombre: «ambos intervenimos en el Encuentro de…», «estuvimos puerta con puerta en Salón Gourmets».
    '(ambos|ambas|los dos|las dos) (intervenimos|participamos|expusimos|hablamos|ponenciamos|presentamos) en',
    '(intervenimos|participamos|expusimos) (ambos|ambas|los dos|las dos|juntos|juntas) en',
    '(estuvimos|estabamos) (puerta con puerta|pared con pared|stand con stand|codo con codo|uno al lado del otro|una al lado de la otra) en',
    // En el mismo cartel, uno antes que el otro: «el viernes tocamos antes que vosotros en Razzmatazz».
    '(tocamos|actuamos|salimos|cantamos|presentamos) (antes|despues) (que|de) (vosotros|vosotras|ustedes|ti|usted|vos)(?!\\p{L})',
    // Su charla y la de quien escribe, una tras otra en un evento con nombre: «di una charla justo antes que tú en Codemotion Madrid».
    '(di|dimos|presente|presentamos|hable|hablamos) (una |mi |nuestra )?(charla|ponencia|taller|keynote|presentacion)( justo)? (antes|despues) (que|de) (tu|ti|usted|vos|la tuya|la suya) en(?!\\p{L})',
    // Los dos en el mismo programa de un evento con nombre: «vamos a estar en el mismo panel en la Feria Aeroespacial México», «ambas exponemos en el pabellón de diseño de Bogotá Fashion Week».
    '(vamos a estar|estaremos|estamos) en (el mismo|la misma) (panel|mesa|escenario|stand|pabellon|sesion)(?!\\p{L})',
    '(ambas|ambos|las dos|los dos) (exponemos|presentamos|participamos|desfilamos) en (el|la)(?!\\p{L})',
    // Al mismo encuentro con nombre, o en la misma mesa que el lector: «fuimos al mismo retiro de Nómadas Digitales en Playa del Carmen», «presenté en la misma mesa que usted en las Jornadas STIC».
    '(fuimos|estuvimos|coincidimos) (al|en el) mismo (retiro|encuentro|campamento|festival|congreso|evento|hackaton|meetup|curso|taller|bootcamp) (de|del|en)(?!\\p{L})',
    '(presente|hable|participe|estuve|coincidi|estuvimos|coincidimos) en (la misma|el mismo) (mesa|sesion|charla|panel|ponencia|mesa redonda|bloque) que (usted|tu|vos)(?!\\p{L})',
    // Stands o mesas vecinas en un evento con nombre: «Stand vecino en la Feria de Empleo de la UC3M».
    '(stand|stands|mesa|mesas|puesto|puestos|caseta|casetas) (vecino|vecina|vecinos|vecinas|contiguo|contigua|de al lado) en(?!\\p{L})',
    '(fuimos|eramos) (vecinos|vecinas) de (stand|mesa|puesto|caseta) en(?!\\p{L})',
    // Rivales o vecinos en un evento con nombre: «fuimos rivales en la final de la Hackatón BBVA», «presentamos pósteres uno al lado del otro en la reunión de la SAIB»,
    // «te vi ganar el pitch de Endeavor Córdoba».
    "(fuimos|eramos|somos) (rivales|contrincantes|finalistas|competidores)( directos)? en(?!\\p{L})",
    "(presentamos|expusimos|tuvimos|colgamos) (posteres|posters|stands|mesas|puestos)( [\\p{L}-]+){0,2} (uno al lado del otro|juntos|juntas|pegados|pegadas|enfrentados|enfrentadas)(?!\\p{L})",
    "te vi (ganar|presentar|competir|exponer|defender) (el|la|un|una) (pitch|final|concurso|premio|competicion|demo day|hackaton|hackathon|demo)(?!\\p{L})",
    // Los dos en el programa de un evento con nombre, antes de que empiece: «nos asignaron stands enfrentados en la Expo Café», «soy la moderadora de tu mesa en el Congreso…»,
    // «estamos las dos en la mesa de ciberseguridad del DES», «y yo soy tu ayudante de sala», «nuestros stands están pegados en Expoagro», «su proyecto está en mi grupo».
    "(nos|les) (asignaron|tocaron|pusieron|sentaron|emparejaron|juntaron) (stands|mesas|salas|puestos|casetas|en el mismo|en la misma|el mismo|la misma)(?!\\p{L})",
    "soy (la|el|una de las|uno de los) (voluntari[oa]s?|organizador(a|es|as)?|moderador(a)?|ayudante de sala|presentador(a)?|coordinador(a)?)( de (tu|su) (mesa|sala|panel|charla|taller|sesion))? (de|del|en)(?!\\p{L})",
    "(estamos|estaremos) (los dos|las dos|ambos|ambas) en (la|el) (mesa|panel|cartel|programa|sala|track)(?!\\p{L})",
    "y yo (soy|sere) (tu|su) (ayudante|moderador|moderadora|presentador|presentadora|voluntario|voluntaria|traductor|traductora|interprete|tecnico|tecnica)(?!\\p{L})",
    "(nuestros|nuestras) (stands|puestos|mesas|casetas) (estan|quedan|estaran) (pegad[oa]s|junt[oa]s|enfrentad[oa]s|al lado)(?!\\p{L})",
    "(su|tu) (proyecto|startup|equipo|charla|ponencia|empresa) (esta|estan) en mi (grupo|mesa|sala|lista|panel|bloque)(?!\\p{L})",
    "(moderas|presentas|impartes|das|modera usted|presenta usted|imparte usted) (la|el|una|un) (mesa|charla|taller|panel|ponencia|keynote|sesion)(?!\\p{L})",
    // Lo que contó o dio allí, con el evento nombrado antes o después: «en la Ekoparty 2023 hablaste de phishing», «me diste tu tarjeta en el BIME».
    "(hablaste|presentaste|interviniste|moderaste|explicaste|expusiste|mostraste|contaste|impartiste|dictaste)(?= (de|sobre|acerca|como|el|la|los|las|un|una|tu|que)(?!\\p{L}))",
    "(me|nos) (diste|dio usted|pasaste|paso usted|dejaste|dejo usted) (tu|su) (tarjeta|contacto|numero|correo|email|mail|whatsapp)(?!\\p{L})",
    // Su taller o su charla en un evento con nombre: «tras el taller de BIM que impartió en CONSTRUMAT», «el workshop de Terraform que diste en la AWS Summit».
    "(taller|charla|ponencia|curso|sesion|masterclass|webinar|workshop|panel|mesa redonda|keynote)( (de|sobre) [\\p{L}\\p{N}-]+){0,2} que (impartio|impartiste|dio|diste|dicto|dictaste|presento|presentaste|moderaste|modero|condujiste|condujo) en(?!\\p{L})",
    // En el mismo jurado, con su nombre: «compartimos jurado en los Premios Laus 2024», «ambos formamos parte del jurado del Concurso Nacional de Quesos».
    '(compartimos|coincidimos en el) (jurado|tribunal|comite|panel)( de| del| en)(?!\\p{L})',
    '(ambos|ambas|los dos|las dos) (formamos|formabamos|fuimos|eramos) parte del (jurado|tribunal|comite|panel|equipo) (de|del)(?!\\p{L})',
    '(estuvimos|estabamos|coincidimos) en el (jurado|tribunal|comite organizador|comite) (de|del)(?!\\p{L})',
    // La misma carrera, casi a la vez: «terminamos la Behobia-San Sebastián casi a la vez».
    "(terminamos|acabamos|corrimos|llegamos)(?= (la|el|los|las)( [\\p{L}\\p{N}&'-]+){1,5} (casi |practicamente )?(a la vez|juntos|juntas|al mismo tiempo|codo con codo)(?!\\p{L}))",
    // Quién era, por lo que llevaba en un evento con nombre: «el de la camiseta de Python en la PyConES de Granada».
    '(soy )?(el|la) de (la|el) (camiseta|gorra|sudadera|chaqueta|pregunta|pancarta|acreditacion|mochila)( de [\\p{L}\\p{N}]+)? en (el|la)(?!\\p{L})',
    // El mismo equipo en un evento con nombre: «en el Hackatón de Ruta N quedamos en el mismo equipo».
    '(quedamos|estuvimos|caimos|coincidimos|jugamos|competimos) en el mismo (equipo|grupo|mesa|squad|turno)(?!\\p{L})',
    // La del taller, dicho de sí: «(La del taller de cerámica de la Fundación Telefónica, ¡te acordarás!)».
    '(soy )?(el|la) (del|de la) (taller|curso|clase|charla|congreso|feria|master|bootcamp|jornada|seminario|workshop|mesa redonda)( de| del| en)(?!\\p{L})',
    // Ponente también en el mismo evento: «Ponente también en #CongresoRH2024».
    '(ponente|asistente|expositor|expositora|participante|voluntario|voluntaria|jurado|mentor|mentora)s? (tambien|igual que tu|como tu|como usted) en(?!\\p{L})',
    // La misma carrera, corrida cerca: «yo llegué dos minutos detrás», «crucé la meta un puesto por delante de ti».
    '(llegue|entre|cruce la meta|termine|acabe|sali)( [\\p{L}\\p{N}-]+){0,2} (minutos?|segundos?|puestos?|posiciones|metros|dorsales) (detras|antes|despues|por delante|por detras)( de (ti|usted|vos))?(?!\\p{L})',
    // En el mismo cartel de un evento con nombre: «tocamos la misma noche en el Cosquín Rock».
    '(tocamos|actuamos|expusimos|presentamos|competimos|corrimos|jugamos|coincidimos) (la misma noche|el mismo dia|la misma tarde|la misma jornada|el mismo fin de semana|el mismo finde) en',
    // Dicho con cortesía: «Tuve el gusto de coincidir con usted en Expoalimentaria 2024».
    '(tuve el gusto de|tuve el placer de|fue un gusto|fue un placer|me alegro|me alegro mucho|me encanto|que gusto|un gusto|un placer|encantado de|encantada de) (coincidir|conocerle|conocerla|conocerlo|conocerte|saludarle|saludarla|saludarlo|saludarte|conversar|charlar|escucharle|escucharla|escucharlo|escucharte|haberle escuchado|haberla escuchado|haberlo escuchado|haberte escuchado|haberle conocido|haberla conocido|haberlo conocido|haberte conocido|haber coincidido)( con usted| contigo)? (en|durante)(?!\\p{L})',
    "(tu|usted) tambien (estuviste|estuvo|estabas|estaba|fuiste|fue) (en|a|al)", "(estuviste|estuvo|estabas|estaba|fuiste) tambien (en|a|al)",
    // Los dos en el programa de un evento con nombre: «ambos estaremos como ponentes en el Foro del Agua».
    '(ambos|ambas|los dos|las dos) (estaremos|vamos a estar|seremos|participaremos|hablaremos|expondremos|figuramos|aparecemos|vamos|iremos|vamos a ir|asistiremos|asistimos)( como (ponentes|speakers|panelistas|conferencistas|jurado|mentores))? (en|al|en el|en la)',
    // Las dos presentando en un evento nombrado: «Las dos presentamos póster en las Jornadas Nacionales de Enfermería».
    '(las dos|los dos|ambas|ambos) (presentamos|expusimos|hablamos|participamos|ponenciamos|estuvimos)( [\\p{L}-]+){0,2} (en|al|a la)',
    // Verles conducir algo, escucharles, sentarse a su lado en un evento con nombre: «te vi moderar el panel de hidrógeno en el Congreso Smart Energy», «tuve ocasión de escucharle en la jornada de la Cámara», «me tocó a tu lado en el taller».
    '(te|le|la|lo) (vi|vimos|escuche|escuchamos) (moderar|presentar|dar|conducir|dinamizar|abrir|cerrar) (el|la|un|una) (panel|mesa|charla|ponencia|sesion|taller|keynote|jornada|debate)',
    '(escucharte|escucharle|escucharla|escucharlo|verte|verle|oirte|oirle)( hablar| presentar| exponer)? (en|durante)',
    'me toco (a tu lado|a su lado|contigo|con usted|al lado)',
    // Los dos en el cartel de un evento con nombre, quedar detrás de su equipo: «los dos estamos en el cartel de ponentes de la JSDay», «quedamos segundos en la Copa Kaggle».
    '(los dos|las dos|ambos|ambas) (estamos|vamos|hablamos|salimos) en el (cartel|programa|lineup|line-up)( de ponentes| de speakers)? de',
    '(quedamos|quede) (primer[oa]s?|segund[oa]s?|tercer[oa]s?|finalistas) en',
    '(vuestro|tu|su) (stand|puesto|caseta) (de|en|del)',
    // Oído o visto en un evento con nombre, el tema entre medias o no: «la escuché en Perumin, en Arequipa», «te vi hablar de observabilidad en la PyConES».
    '(te|la|lo|le|os) (escuche|escuchamos|vi|vimos|oi) ((hablar|presentar|exponer)( (de|sobre)( [\\p{L}\\p{N}-]+){1,4})? |en el panel )?(en|durante)',
    // Lo suyo presentado allí: «te vi presentar tu proyecto final en el Demo Day de [Bootcamp]».
    '(te|le) (vi|vimos|escuche|oi) (presentar|exponer|pitchear|defender) (tu|su) [\\p{L}]+( [\\p{L}]+)? (en|durante)',
    // Ya hablaron o les presentaron allí: «estuvimos charlando en Construmat», «nos presentaron en la inauguración…».
    '(estuvimos|estabamos) (charlando|hablando|platicando|conversando|comentando) (en|durante|tras)',
    'nos (presentaron|presento|presentaste|presentamos)( fugazmente| brevemente| un momento| rapidamente| por fin)? (en|durante|tras)',
    // Lo que dijo en un evento con nombre: «lo dijiste en el Congreso de Energía de Valencia».
    '(lo |eso )?(dijiste|dijo|comentaste|comento|contaste|conto|explicaste|explico|anunciaste|anuncio|mencionaste|menciono|mostraste|mostro|prometiste|prometio) (usted )?en (el|la|los|las)',
    // Juntos en un panel o una mesa con nombre: «estuvimos juntas en el panel del Chile Fintech Forum 2023».
    '(bailamos|tocamos|cantamos|actuamos|competimos|corrimos|jugamos|expusimos|desfilamos|remamos) (juntos|juntas) en (el|la|los|las)',
    '(estuvimos|estabamos|coincidimos|participamos) (juntos|juntas) en (el|la) (panel|mesa|stand|taller|sesion|ponencia|jurado|equipo|charla|evento|feria|congreso|foro)',
    // En el mismo cartel, con quien se comparte dicho o no: «vamos a compartir cartel en el Codemotion», «compartir panel con usted en el Foro de RR. HH.».
    '(compartir|compartimos|compartiremos|compartiendo) (cartel|escenario|panel|mesa redonda)( (con (usted|ustedes|vos|vosotros|vosotras|ti)|contigo))? (en|del|de la|de)',
    // Lo compartido en un evento con nombre: mesa, vuelo, cena de ponentes, una charla dada allí.
    '(compartimos|nos toco|nos tocó|nos sentaron en) (la misma |el mismo )?(mesa|stand|panel|fila|grupo(?! de (whatsapp|telegram|linkedin|facebook|slack|discord|signal)(?!\\p{L}))|equipo)( en| durante| del| de la)?',
    '(ibamos|fuimos|viajamos|volamos|estuvimos) en el mismo (vuelo|tren|bus|autobus|avion|taxi|micro)',
    'nos sentaron (juntos|juntas|al lado)',
    '(en|durante) la (cena|comida|fiesta|recepcion|cena de gala) de (ponentes|speakers|asistentes|expositores|bienvenida)',
    // Los dos en el cartel: «yo también doy una charla en…», «vi que también das una charla en…», «los dos damos charla en…».
    '(yo |tu |usted |vos )?tambien (di|daba|doy|presente|presento|voy a dar|das|da|diste|dio|vas a dar|va a dar|presentas|presenta) (una |un )?(charla|ponencia|taller|keynote) en',
    '(los dos|las dos|ambos|ambas) (damos|daremos|dimos|vamos a dar|presentamos|presentaremos) (una |un |la )?(charla|charlas|ponencia|ponencias|taller|talleres|keynote) en',
    '(estuvimos|coincidimos|compartimos) (en )?(la misma|el mismo) (mesa|panel|sesion|charla|taller|stand|ponencia|cena)',
    // El mismo equipo en un evento con nombre: «estuvimos en el mismo equipo en el NASA Space Apps Challenge».
    '(estuvimos|estabamos|coincidimos|competimos) en (el mismo|la misma) (equipo|grupo) (en|del|de la)',
    '(estuvimos|asistimos|participamos|coincidimos|fuimos) (los dos|las dos|ambos|ambas) (en|a|al)',
    // El sujeto delante: «las dos corrimos la Behobia-San Sebastián», «ambos expusimos en Fruit Attraction».
    // Sentados juntos en un sitio nombrado después: «nos sentamos juntos en la sala de prensa del Mobile World Congress».
    '(nos sentamos|estuvimos sentad[oa]s|compartimos mesa|compartimos fila) (juntos |juntas |al lado |cerca )?en (la|el)(?!\\p{L})',
    // Donde estaban, con lo que preguntaron allí: «el lunes estuviste en la rueda de prensa de la Conselleria y preguntaste por las listas de espera».
    '(estuviste|estuvo usted|estuvisteis) en (la|el)(?=( [\\p{L}.-]+){1,8} (y|e) (preguntaste|pregunto usted|interviniste|intervino usted|hablaste|comentaste)(?!\\p{L}))',
    '(los dos|las dos|ambos|ambas) (dabamos|dimos|impartimos|teniamos) (charla|charlas|ponencia|ponencias|taller|talleres) en(?!\\p{L})',
    '(los dos|las dos|ambos|ambas) (viajamos|fuimos) (con|en) (la|el) (mision|delegacion|expedicion|viaje)(?!\\p{L})',
    // Rivales en un torneo nombrado: «nos enfrentamos en cuartos del torneo de Tekken de la Japan Weekend».
    '(nos enfrentamos|nos cruzamos|nos medimos|jugamos contra|competimos contra) en(?!\\p{L})',
    // A la vez en un sitio nombrado, o encontrados allí: «en 2019 estábamos a la vez en Lanzadera», «nos topamos en el DevFest Costa Rica».
    '(estabamos|estuvimos|coincidimos|coincidiamos) a la vez en(?!\\p{L})',
    '(nos topamos|nos encontramos) en( el| la)?(?!\\p{L})',
    '(los dos|las dos|ambos|ambas) (corrimos|jugamos|competimos|participamos|estuvimos|fuimos|asistimos|coincidimos|expusimos|tocamos|actuamos|presentamos) (en |a )?(la|el|al)(?!\\p{L})',
    // El remitente también allí, con un evento dicho en la frase: «yo también estaba en Zabaltegi este año en el Festival de San Sebastián».
    '(yo )?tambien (estaba|estuve|fui|asisti|participe|expuse|competi|toque|concursaba|competia|corri) en(?=[^.!?\\n]{0,60}(festival|feria|congreso|conferencia|encuentro|salon|muestra|bienal|cumbre|foro|jornadas|maraton|torneo|carrera|evento|summit|meetup|seccion oficial))',
    // En su stand: «estuve en vuestro stand del Mobile World Congress».
    '(estuve|pase|me pase|me acerque) (en|por|a) (vuestro|tu|su|el|la) (stand|puesto|mesa|charla|taller|sesion)',
    '(lista|listado|programa) de (ponentes|asistentes|expositores|participantes|finalistas) (de|del)',
    '(competimos|participamos|presentamos|expusimos)( juntos| uno contra otro)? en',
    // «Coincidimos en el sector» es estar en el mismo sector, no haberse visto.
    // Tras su intervención en un evento nombrado: «le escribo tras su plenaria en el Congreso Mexicano de Ecología».
    // En la misma misión o delegación nombrada: «vamos en la misma misión comercial de ICEX a Vietnam».
    '(vamos|iremos|estamos|estaremos|fuimos|estuvimos) en la misma (mision|expedicion|delegacion|visita|ruta)( comercial| empresarial| institucional)? (de|del|a)(?!\\p{L})',
    // En la misma terna o final de un premio nombrado: «estamos en la terna del Premio Obras Cemex».
    '(estamos|quedamos|fuimos|somos|estabamos) (ambos |ambas |los dos |las dos )?(en la terna|en la final|en la shortlist|en la lista de finalistas|finalistas|nominad[oa]s) (de|del|en)(?!\\p{L})',
    // Su charla en un evento nombrado, celebrada: «¡enhorabuena por la ponencia en el Congreso de la AUI!».
    '(enhorabuena|felicidades|felicitaciones|gracias) por (la|tu|su) (ponencia|charla|presentacion|keynote|intervencion|conferencia|plenaria|mesa redonda) (en|del|de la)(?!\\p{L})',
    // Escrito tras un evento, nombrado después: «te escribo tras la sesión de mentorías del Premio Gabo».
    '(te|le|les|os) escribo (tras|despues de|luego de|a raiz de)(?= (el|la|los|las|nuestro|nuestra) )',
    // Su respuesta en el post de otro: «vi tu respuesta al post de Martina Sosa sobre los despachantes».
    '(tu|su) (respuesta|comentario|replica|aportacion) (al|en el|a la|en la|bajo el) (post|publicacion|hilo|articulo|debate)(?!\\p{L})',
    // Lo suyo citado por quien escribe: «te cité en mi artículo sobre herramientas de rank tracking».
    '(te|le|os) (cite|mencione|enlace|nombre|cito|menciono|enlazo|he citado|he mencionado|he enlazado) en (mi|nuestro|nuestra|un|una) (articulo|post|blog|hilo|newsletter|video|podcast|charla|tesis|informe|estudio|publicacion)(?!\\p{L})',
    // Los vio presentar en un evento nombrado: «en FIESA te vi presentar el programa PILA».
    '(te|le|la|lo) (vi|escuche|oi) (presentar|hablar|exponer|moderar|dar una charla|dar la charla|dar la ponencia)(?!\\p{L})',
    '(tras|despues de|luego de|a raiz de) (su|tu) (plenaria|charla|ponencia|conferencia|keynote|presentacion|intervencion|mesa redonda|participacion|sesion) (en|del|de la)(?!\\p{L})',
    // La misma categoría o edición de un evento nombrado: «sacamos mención en la misma categoría del hackathon BBVA».
    '(en|de) la misma (categoria|edicion|ronda|final|mesa|sala|track|convocatoria) (del|de la|de)(?!\\p{L})',
    // Los dos en el cartel de un evento nombrado, uno tras otro: «coincidimos como ponentes en PyData Barcelona», «hablé justo después de ti».
    'coincidimos (como|de) (ponentes|speakers|panelistas|jurado|jurados|mentores|mentoras|voluntarios|voluntarias|expositores|finalistas) (en|del|de la)(?!\\p{L})',
    '(hable|presente|expuse|toque|actue) (justo )?(despues|antes) (de ti|de usted|que tu|que usted)(?!\\p{L})',
    // En la misma sesión de un evento nombrado: «estuvimos en la misma cata de quesos del Salón Gourmets».
    '(estuvimos|coincidimos|estabamos) en (el mismo|la misma) (cata|charla|taller|sesion|mesa|jornada|visita|stand|pabellon|panel|cena|comida|degustacion|demo|masterclass)(?!\\p{L})',
    // Lo que presentó en un evento nombrado, y el remitente entre el público: «en el Encuentro de Fotógrafas presentaste tu serie… yo estaba en la tercera fila».
    '(presentaste|expusiste|mostraste|leiste|proyectaste|presento usted|expuso usted) (tu|su|una|la|el) (serie|charla|ponencia|obra|proyecto|libro|trabajo|investigacion|documental|corto|pelicula|coleccion)(?!\\p{L})',
    '(yo )?estaba en la (primera|segunda|tercera|cuarta|ultima|misma) fila(?!\\p{L})',
    // Lo que el remitente presentó en un evento nombrado: «soy del equipo que presentó el póster de baterías de segunda vida en el congreso de Enerclub».
    '(presento|presentamos|presente|presentaba|expusimos|expuse|expuso) (el|un|nuestro|mi|su) (poster|panel|stand|trabajo|proyecto|prototipo)( [\\p{L}-]+){0,6} en (el|la)(?!\\p{L})',
    // La pregunta que hizo en un evento nombrado: «en el último Codemotion Madrid hiciste la pregunta sobre testing».
    '(hiciste|hizo|has hecho|ha hecho|hicisteis) (la|una|esa|aquella|tu|su) pregunta(?!\\p{L})',
    // Quien escribe los conoció, nombrado después: «te conocí en Madrid Fusión», «la conocí en la cata vertical de… en Madrid Fusión».
    '(te|le|la|lo|os|les) (conoci|salude|escuche)( brevemente| un momento| de pasada)? (en|durante)(?! (algun|alguna|cualquier)(?!\\p{L}))',
    // Sala o grupo compartido en algo nombrado: «compartimos sala en la supervisión grupal de Alberto Rubio».
    '(compartimos|compartiamos) (sala|aula|clase|grupo|mesa|turno|guardia|grupo de trabajo)( [\\p{L}-]+){0,2} (en|durante) (el|la|los|las)(?!\\p{L})',
    '(nos )?(conocimos|coincidimos|vimos|hablamos|charlamos|platicamos|cruzamos|saludamos)( brevemente| un rato| un momento| un buen rato| largo y tendido)?( el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)| ayer| anoche| la semana pasada| el otro dia| el mes pasado)?( —[^—\\n]{1,60}—|, [^,.!?;\\n]{1,40},)? (en|durante|tras|despues de|al final de)(?! (algun|alguna|algunos|algunas|cualquier)(?!\\p{L})| (\\p{N}+|<slot>|muchos|varios|bastantes|tantos) (contactos|conexiones|amigos|conocidos)(?!\\p{L})| (el |la |este |esta |lo |muchas |muchos |varios |varias |los |las )?(mismo |misma |mismos |mismas )?(sector|industria|mundo|ambito|campo|mercado|vision|intereses|valores|que|cosas|ideas|grupo|grupos|comunidad|comunidades|red|redes))',
    '(un placer|fue un placer|encantad[oa] de|genial|un gusto|me alegro de|me alegro de haber) (conocerte|conocerle|conocerla|conocerlo|coincidir|hablar contigo|charlar contigo|verte)',
    // Una charla tenida allí, o lo bien que lo pasaron: «la charla que tuvimos en la Nerdearla», «¡qué bien lo pasamos en el Mobile World Congress!».
    '(la|una|esa|aquella) (charla|conversacion|platica|chachara) que (tuvimos|mantuvimos|echamos) (en|durante|tras)(?!\\p{L})',
    '(lo|la) (pasamos|pasamos tan|pasamos muy) (bien|genial|increible|de lujo|bomba|en grande) (en|durante)(?!\\p{L})',
    '(que )?bien (lo|la) pasamos (en|durante)(?!\\p{L})',
    '(conocerte|conocerle|conocerla|conocerlo|conocerlos|conocerlas|conocernos|verte|verla|verlo|vernos|saludarte|saludarla|saludarlo|coincidir|haberte conocido|haberle conocido|habernos conocido|haberte visto|habernos visto|haber coincidido) (en|durante|tras)',
    '(los dos|las dos|ambos|ambas) (estuvimos|asistimos|participamos|hablamos) en',
    '(los dos|las dos|ambos|ambas) (fuimos|somos|seremos|estuvimos como) (ponentes|asistentes|expositores|mentores|jurado|patrocinadores|voluntarios|finalistas|participantes) (en|de|del)',
    '(asisti|participe|estuve) (en|a) (tu|su|la|el)',
    "(asisti|asistimos) (al|a los|a las)(?!\\p{L})",
    '(los dos|las dos|ambos|ambas) (hablamos|participamos|estaremos|iremos|vamos|asistiremos|ponemos|presentamos) (en|a)',
    '(nos vemos|verte|vernos) en',
    // Verle allí, con nombre o sin él: «te vi presentar en el South Summit», «te vi en el evento» no nombra nada.
    '(te|le) (vi|vimos|escuche|escuchamos|oi)( (presentar|hablar|exponer|pitchear|presentando|hablando|exponiendo|tocar|tocando|cantar|cantando|actuar|actuando|bailar|pinchar|competir|jugar|cocinar)( con (tu|su|vuestra|la) [\\p{L}]+)?)? (en|durante)',
    // Ayudar a llevar el evento: «fui mentora en el hackatón de Junction».
    // Los dos en un papel, o el remitente también: no «soy voluntario en varias ONG», del remitente solo.
    '((fuimos|seremos|estuvimos como)|(fui|soy|sere|estuve como) tambien|tambien (fui|soy|sere|estuve como)) (mentor|mentora|mentores|mentoras|jurado|voluntari[oa]s?|organizador(a|es|as)?|ponente|ponentes|patrocinador(a|es|as)?) (en|del|de la)',
    '(en )?(la misma|el mismo) (mesa|panel|sesion|charla|taller|stand|ponencia|cena|sala|fila|vuelo|tren|mesa redonda) (en|del|de la|de)',
    // "nuestra conversación en el MWC": the meeting is the conversation.
    '(nuestra|la|esa|aquella) (conversacion|charla) (en|durante|tras|despues de)',
    '(pasarte|pasaste|te pasaste|pasar|pasarse|se paso) por (nuestro|nuestra|el|la|mi) (stand|puesto|taller|mesa|caseta)',
    // Lo que mostró allí, a su lado allí: «la mesa de datos abiertos donde mostraste el mapa», «te tocó a mi lado en el taller de cata».
    '(donde|en (la|el) que) (usted )?(mostraste|presentaste|explicaste|hablaste|contaste|mostro|presento|explico|hablo|conto)',
    '(te|le) (toco|sentaron|pusieron) (a mi lado|al lado|conmigo|justo detras|justo delante)',
    // Quien le preguntó allí: «soy el que te preguntó por las comisiones en la mesa de e-commerce del foro de la AMVO».
    '(soy|era|fui) (el|la|quien) (que )?(te|le) (pregunto|pregunte|hizo una pregunta|pidio|paro|abordo)',
    // Los dos allí, señalados por algo que hacían: «éramos las dos que nos quejábamos de la cola del café en el BIME Live».
    '(eramos|fuimos) (los dos|las dos|los unicos|las unicas|ambos|ambas)( unic[oa]s)? (que|quienes)[^.!?;]{1,80}? (en|durante) (el|la|los|las)',
    // Su intervención escuchada en un evento con nombre: «fue un honor escuchar su panel en la Feria de Empleo para Veteranos».
    "(escuchar|escuche|oir|oi|ver|vi|asisti a|segui) (su|tu) (panel|charla|ponencia|conferencia|presentacion|intervencion|taller|keynote|mesa|exposicion|participacion|entrevista|episodio) (en|de|durante)(?!\\p{L})",
    // Algo hecho juntos en un evento con nombre: «corrimos juntas los últimos kilómetros de la Behobia-San Sebastián».
    '(corrimos|jugamos|competimos|participamos|estuvimos|remamos|pedaleamos|nadamos|bailamos|cantamos|tocamos|voluntariamos|trabajamos) (juntos|juntas)(?!\\p{L})',
  ],
  studiedTogether: [
    // Lo mismo dicho antes: «como tú, soy egresada del ITAM».
    "(como tu|como usted|como vos|al igual que tu|al igual que usted|igual que tu|igual que usted),? (yo )?(tambien )?(soy|fui) (egresad[oa]|exalumn[oa]|ex alumn[oa]|graduad[oa]|titulad[oa]|licenciad[oa]|alumn[oa]) (de|del|por|en)(?!\\p{L})",
    // Brigadistas o voluntarios en un programa con nombre: «fuimos brigadistas voluntarios en el programa de verano de CONAF».
    '(fuimos|eramos) (voluntari[oa]s|brigadistas( voluntari[oa]s)?|becari[oa]s|monitores|monitoras|residentes|practicantes) (en|del|de la) (el |la )?(programa|campaña|campana|temporada|proyecto|beca|brigada|cuadrilla|voluntariado)( de [\\p{L}-]+)?(?= [^.!?]{0,40}\\p{L})(?!\\p{L})',
    // Voluntarios o brigadistas juntos, su mentor o tutor de un programa: «fuimos voluntarios juntos con la Cruz Roja en Mocoa», «usted fue el mentor voluntario de SECOT que asesoró a nuestra cooperativa».
    '(fuimos|eramos|estuvimos como) (voluntari[oa]s|brigadistas|becari[oa]s|monitores|monitoras|scouts|residentes|internos|internas)( [\\p{L}-]+)? (juntos|juntas)(?!\\p{L})',
    '(usted fue|tu fuiste|vos fuiste|fue usted|fuiste) (el|la|mi|nuestr[oa]) (mentor|mentora|tutor|tutora|asesor|asesora|profesor|profesora|formador|formadora)( voluntari[oa])? (de|del|en|que)(?!\\p{L})',
    // De la misma cohorte numerada, o su alumno o alumna: «vi que también eres de la cohorte 5 de Mujeres que Exportan», «fuiste mi formadora en el programa de voluntariado de…».
    "tambien (eres|sos|es usted|fuiste|fue usted) (de|del) (la|el) (generacion|promocion|promo|camada|cohorte|tanda|batch|edicion) \\p{N}+(?!\\p{N})",
    "(fuiste|fue usted|eras|era usted) mi (formador|formadora|profesor|profesora|profe|tutor|tutora|mentor|mentora|instructor|instructora|docente|maestro|maestra|coach|supervisor|supervisora) (en|de|del|durante)(?!\\p{L})",
    // Su alumno fue: «fuiste uno de los alumnos más activos en mi curso de [tema]».
    '(fuiste|fue usted) (uno|una) de (los|las|mis)( [\\p{L}-]+){0,2} (alumnos|alumnas|estudiantes|participantes)(?!\\p{L})',
    // Pareja o grupo en un curso; quien escribe, de su mismo programa: «me tocaste de pareja en el role-play del curso de negociación», «soy Diego, del Executive MBA de ESADE».
    '(me tocaste|te toque|nos toco|nos tocó|fuimos|eramos) (de )?(pareja|compañer[oa]s?|equipo|grupo)( de [\\p{L}-]+)? en (el|la)( [\\p{L}\\p{N}-]+){0,3} (curso|clase|taller|master|mba|bootcamp|seminario|grado|diplomado|posgrado|practica|practicas|asignatura)(?!\\p{L})',
    '(soy|te escribe|le escribe) (<slot>|[\\p{L}-]+)( [\\p{L}-]+)?, (del|de la) (executive mba|mba|emba|master|grado|bootcamp|promocion|curso|diplomado|posgrado|doctorado|generacion|cohorte) (de|del|en)(?!\\p{L})',
    // Un curso compartido, recordado: «¿te acuerdas del bootcamp de UX de Ironhack en Barcelona?».
    '(te acuerdas|te acordas|recuerdas|se acuerda|os acordais) (del|de la|de nuestro|de nuestra) (bootcamp|curso|master|grado|programa|taller|promocion|clase|carrera|seminario|diplomado|posgrado|erasmus|intercambio|residencia|internado)(?!\\p{L})',
    // Recordado de una formación: «Te recuerdo del curso de bienestar animal… de la Universidad de Zaragoza».
    '(te|le|la|lo) recuerdo del (curso|master|taller|programa|seminario|diplomado|posgrado|grado)(?!\\p{L})',
    // Con el lector en una formación: «hice contigo el curso de conservación de fotografía del GEIIC».
    '(hice|curse|estudie|hicimos) contigo (el|la|los|las)( [\\p{L}-]+)? (curso|master|taller|programa|diplomado|posgrado|grado|carrera|formacion|seminario)(?!\\p{L})',
    // Lo que compartieron en una formación, preguntado: «¿te acuerdas del grupo 3 del Programa de Liderazgo…?».
    '(te acuerdas|recuerdas|se acuerda|recuerda usted|te suena) del? (grupo|equipo|aula|clase|turno|promocion|cohorte)(?!\\p{L})',
    // El mismo preparador o profesor: «preparé las oposiciones con el mismo preparador que tú».
    '(con )?(el mismo|la misma) (preparador|preparadora|profesor|profesora|tutor|tutora|director de tesis|directora de tesis|mentor|mentora|entrenador|entrenadora|coach) que (tu|usted|vos)(?!\\p{L})',
    // Lo mismo, unos años antes o después: «Máster en Comercio Internacional de la UB (promo 2019, un año después de la tuya)».
    '(un|una|un par de|unos|unos pocos|dos|tres|cuatro|cinco|\\p{N}+) (año|años|curso|cursos|edicion|ediciones|promocion|promociones) (despues|antes|detras) (de la tuya|de la suya|de la vuestra|que tu|que usted|de ti|de usted)(?!\\p{L})',
    // Egresados de lo mismo, dicho con «como tú»: «soy egresado de Ingeniería en Energías Renovables de la UNAM como tú».
    "(soy|somos) (egresad[oa]|exalumn[oa]|graduad[oa]|titulad[oa]|licenciad[oa])s? (de|por|en)(?=[^.!?\\n]{1,80}(?<!(profesionales|personas|gente|expert[oa]s|lideres|perfiles|referentes)( [\\p{L}]+){0,2}) (como tu|como usted|como vos|igual que tu|igual que usted)(?!\\p{L}))",
    // Pares en un curso: «somos del mismo grupo de tutoría de la UNED», «fuiste mi par evaluador en la tarea del módulo 2», «fuimos juntas al taller de fotografía de Efti».
    '(somos|eramos|fuimos) del mismo grupo de (tutoria|estudio|practicas|repaso|laboratorio|trabajo)(?!\\p{L})',
    '(fuiste|fue usted|fuiste vos) mi (par evaluador|par evaluadora|par|companer[oa] de (grupo|equipo|practicas))(?!\\p{L})',
    '(fuimos|estuvimos) (juntas|juntos) (al|en el|en la|a la) (taller|curso|master|bootcamp|campamento|programa|escuela|academia)(?!\\p{L})',
    // Prácticas hechas a la vez en el mismo sitio: «hicimos la pasantía de verano en el CERT.ar en 2018».
    '(hicimos|compartimos) (la|las) (pasantia|pasantias|practicas|residencia|beca)( de (verano|invierno))? (en|de)(?!\\p{L})',
    // Donde el lector enseñaba o tutorizaba: «fui alumno del Diplomado en Salud Pública del INSP en 2019, donde usted era tutora».
    'donde (usted|tu|vos) (era|eras|fue|fuiste) (tutora|tutor|profesora|profesor|docente|coordinadora|coordinador|mentora|mentor)(?!\\p{L})',
    // Una estancia en su laboratorio o su grupo: «hice una estancia de verano en su laboratorio del Cinvestav».
    "(hice|realice|estuve de|estuve haciendo) (una |mi |mis )?(estancia|practicas|pasantia|rotacion|residencia|beca)( [\\p{L}-]+){0,3} en (su|tu|vuestro) (laboratorio|grupo|equipo|servicio|departamento|lab)(?!\\p{L})",
    // La misma edición de un programa, dicha de uno mismo: «soy de la segunda edición de Lanzadera, como tú».
    "(soy|fui|era) de la (primera|segunda|tercera|cuarta|quinta|sexta|ultima) (edicion|promocion|cohorte|generacion|convocatoria) de( [\\p{L}\\p{N}-]+){1,3},? como (tu|usted|vos)(?!\\p{L})",
    // Su promoción dicha con «también»: «también soy de la 7.ª promoción del bootcamp de Ironhack».
    "tambien (soy|fui|era|estuve) (de|en) la (\\d+\\.?[ªºao]?|primera|segunda|tercera|cuarta|quinta|sexta|septima|octava|novena|decima|ultima) (edicion|promocion|cohorte|generacion|camada|convocatoria) (de|del)(?!\\p{L})",
    // Su mentoría o sus clases en un programa con nombre, agradecidas: «gracias por la mentoría en la aceleradora Wayra».
    "(gracias por|te agradezco|le agradezco|agradecerte|agradecerle) (la|tu|su|las|tus|sus) (mentoria|mentorias|tutoria|tutorias|clase|clases|formacion|curso|taller) en (la|el)( [\\p{L}]+)? (aceleradora|incubadora|programa|bootcamp|master|escuela|universidad|facultad|curso|residencia)(?!\\p{L})",
    // Dicho como lo dicen los antiguos alumnos: «ambos pasamos por Deusto», «mismo grupo de investigación, distinta década», «vecina de pasillo en la residencia Erasmus»,
    // «PUCP Economía, tú 2015 y yo 2018», «el profesor Lázaro nos dirigió la tesis a los dos».
    "(ambos|ambas|los dos|las dos|tu y yo|usted y yo) pasamos por (la |el )?[\\p{L}\\p{N}-]+,? (usted|tu|vos|uno|una|los dos|ambos)(?!\\p{L})",
    "(mismo|misma) (grupo de investigacion|laboratorio|lab|departamento|residencia|colegio mayor|director de tesis|directora de tesis|tutor de tesis|tutora de tesis)(?!\\p{L})",
    "(vecin[oa]s?|compañer[oa]s?) de (pasillo|planta|piso|habitacion|cuarto|rellano) en (la|el) (residencia|colegio mayor|residencia universitaria)(?!\\p{L})",
    "(tu|usted|vos)( de la| de)?( (promo|promocion|generacion|clase))? (\\d{4}|'\\d{2}),? y yo( de la| de)?( (promo|promocion|generacion|clase))? (\\d{4}|'\\d{2})(?!\\p{N})",
    "(promo|promocion|promociones|generacion|generaciones) (\\d{4}) y (\\d{4})(?!\\p{N})",
    "nos (dirigio|dirigio la tesis|superviso|tutorizo|dio clase|enseño|formo)( la tesis)? a (los dos|las dos|ambos|ambas)(?!\\p{L})",
    // Alumno de su asignatura: «fui alumno de tu asignatura de Data Engineering en el máster de la UPM».
    "(fui|soy|era|he sido) (alumno|alumna|estudiante|oyente)( tuy[oa]| suy[oa])? (de|en) (tu|su) (asignatura|clase|curso|materia|catedra|seminario|taller|modulo|master|diplomado|grupo)(?!\\p{L})",
    // Su curso, nombrado antes de quien lo dio: «hice el curso de Geoestadística que dictaste en Ingeniería UC».
    // Su cohorte o curso, que el lector mentoreó o impartió: «estoy en la cohorte 12 de Laboratoria que mentoreaste».
    "(la|el) (cohorte|promocion|generacion|edicion|curso|grupo|clase|camada)( [\\p{L}\\p{N}&'-]+){0,4} que (mentoreaste|mentoreo usted|impartiste|impartio usted|diste|tutorizaste|tutorizo usted|coordinaste|dirigiste|acompañaste)(?!\\p{L})",
    "(hice|curse|tome|segui|complete|asisti a|estuve en|me apunte a|me inscribi en)( (el|la|los|las|un|una|su|tu))?( [\\p{L}\\p{N}&'-]+){0,4} (curso|clase|clases|asignatura|materia|taller|seminario|diplomado|modulo|catedra|masterclass|bootcamp|formacion)( (de|del|sobre|en) [\\p{L}\\p{N}&'-]+( [\\p{L}\\p{N}&'-]+){0,3})? (que|donde) (dictaste|dicto|impartiste|impartio|diste|dio|coordinaste|coordino|dirigiste|dirigio)(?!\\p{L})",
    // Las prácticas o los estudios en el mismo sitio y a la vez: «hice la pasantía en el Canal de Panamá el mismo verano que vos».
    "(hice|estudie|trabaje|estuve|entre|empece)( [\\p{L}\\p{N}&.'-]+){1,8} (el mismo|la misma) (verano|ano|semestre|cuatrimestre|trimestre|temporada|promocion|convocatoria|edicion) que (tu|vos|usted)(?!\\p{L})",
    // En la misma cohorte, dicho con su número: «estamos en la primera cohorte de la aceleradora de Ciudad del Saber».
    '(estamos|estuvimos|estabamos) en la (primera|segunda|tercera|cuarta|quinta|ultima|actual|nueva) (cohorte|promocion|edicion|generacion|convocatoria) (de|del)(?!\\p{L})',
    // Egresados de la misma escuela, dicho de ellos: «vi que usted también es egresado de EAFIT».
    '(usted|tu|vos) tambien (es|eres|sos) (egresado|egresada|exalumno|exalumna|ex alumno|ex alumna|graduado|graduada|alumni) (de|del)(?!\\p{L})',
    // Lo compartido en clase o en la residencia, recordado: «¿te suena la práctica de Termodinámica del grupo B…? Compartíamos banco», «¿Te acuerdas de la resi de Erasmus en Bolonia?».
    '(compartiamos|compartimos) (banco|pupitre|mesa|aula|laboratorio|lab|resi|residencia|habitacion|grupo de practicas|practicas|piso de estudiantes)(?!\\p{L})',
    '(te acuerdas de|te suena|recuerdas|se acuerda de|le suena) (la|el) (resi|residencia|practica|clase|grupo|curso|master|promo|promocion|asignatura|seminario|colegio mayor) (de|del)(?!\\p{L})',
    // Sin el pronombre, que el verbo ya dice: «Vi que también sos egresada de Diseño Industrial de la UNC», «veo que también es usted egresado de la UPC».
    '((vi|veo|note|noto|me fije|me di cuenta de) que )?tambien (eres|sos|es usted) (egresado|egresada|exalumno|exalumna|ex alumno|ex alumna|graduado|graduada|alumni) (de|del)(?!\\p{L})',
    '(vi|veo|note|noto|me fije|me di cuenta de) que tambien es (egresado|egresada|exalumno|exalumna|ex alumno|ex alumna|graduado|graduada|alumni) (de|del)(?!\\p{L})',
    // Un programa nombrado en el que participó: «soy mentor del programa Impulsa de la Fundación Princesa de Girona, en el que participaste».
    '(programa|curso|master|bootcamp|diplomado|taller|aceleradora|incubadora|beca|residencia)( [\\p{L}&.-]+){1,8},? en (el|la) que (participaste|estuviste|estudiaste|te formaste|participo usted|estuvo usted|participaron|participasteis)(?!\\p{L})',
    "(ambos|ambas|los dos|las dos) (egresamos|nos graduamos|nos titulamos|nos recibimos|nos licenciamos) (de|en|del)(?!\\p{L})",
    // Egresado del mismo sitio, dicho de uno mismo ante el otro: «egresada de la Ibero por aquí (Comunicación, generación 2015)».
    '(egresad[oa]|exalumn[oa]|ex alumn[oa]|graduad[oa]|titulad[oa]) (de|del) (la |el )?(<slot>|[\\p{L}&.-]+)( [\\p{L}&.-]+)? (por aqui|tambien|como tu|como usted|como vos|igual que tu)(?!\\p{L})',
    // Los dos de la misma casa: «somos alumni de {universidad}», «también soy exalumna de la UdeA».
    '(somos|fuimos|ambos somos|ambas somos|los dos somos|las dos somos|(yo )?tambien soy|tambien fui) (alumni|alumn[oa]s|exalumn[oa]s?|ex alumn[oa]s?|ex-alumn[oa]s?|egresad[oa]s?|graduad[oa]s?|titulad[oa]s?) (de|del)(?!\\p{L})',
    // De la misma casa, con la promoción dicha: «somos de {programa}, generación {año}», «también soy de Ingeniería Química de la UCV (promo 2015)».
    "((yo )?tambien soy|somos|eramos|fuimos) (de|del)( la| el)? (<slot>|[\\p{L}&.-]+)( [\\p{L}&.-]+){0,5}(?=,? \\(?(promo|promocion|generacion|camada|cohorte|clase de)(?!\\p{L}))",
    // Egresadas de la misma casa: «egresadas de la misma facu (Comunicación, UBA)».
    '(egresad|graduad|exalumn|ex alumn|ex-alumn)(o|a|os|as) (de|del) (la misma|el mismo) (facu|facultad|uni|universidad|carrera|escuela|instituto|colegio|master|programa|grado)',
    // El mismo programa, cada uno en su edición: «veo que también pasaste por el bootcamp de Ironhack Barcelona».
    '(tambien|igual que yo) (pasaste|paso|estudiaste|estudio|hiciste|hizo|cursaste|curso|hicistes) (por )?(el|la) (bootcamp|master|maestria|programa|curso|grado|carrera|diplomado|mba|posgrado|doctorado|residencia|aceleradora)(?!\\p{L})',
    // Las prácticas o clases de los dos, recordadas: «¿te acuerdas de las prácticas de verano en Deloitte?».
    '(te acuerdas|te acordas|se acuerda|recuerdas|recuerda|os acordais) de (las|los|la|el|nuestras|nuestros|nuestra|nuestro|aquellas|aquellos|aquella|aquel) (visita|visitas|salida|excursion|viaje|practicas|pasantias|becas|clases|cursos|master|promocion|bootcamp|residencia|beca|curso|maestria)(?!\\p{L})',
    // La misma escuela que la suya, dicho de uno mismo: «soy estudiante de Ingeniería en la PUCP, como lo fuiste tú», «como fuiste vos».
    "como (tu|usted|vos)(?<=(alumn[oa]|exalumn[oa]|egresad[oa]|titulad[oa]|graduad[oa])( (?!(y|e|pero|porque|que)(?!\\p{L}))[\\p{L}\\p{N}.'-]+){1,6},? como (tu|usted|vos))(?!\\p{L})",
    "(como (lo )?(fuiste|fue|hiciste|hizo) (tu|usted|vos)|igual que (tu|usted|vos)|al igual que (tu|usted|vos))(?<=(estudiante|egresad[oa]|alumn[oa]|estudie|estudio|me gradue|me licencie|curse|curso)( [\\p{L}\\p{N}.'-]+){1,14},? (como (lo )?(fuiste|fue|hiciste|hizo) (tu|usted|vos)|igual que (tu|usted|vos)|al igual que (tu|usted|vos)))",
    // El mismo grupo o clase: «estábamos en el mismo grupo de inglés en el ITAM».
    '(estabamos|estuvimos|ibamos|fuimos) (juntos |juntas )?(en|a) (el mismo|la misma) (grupo|clase|curso|aula|seccion|turno|promo|promocion|generacion)',
    // Al mismo colegio o facultad, juntos: «fuimos juntos al Nacional Buenos Aires (promo 2010)», «íbamos juntas al insti».
    "(fuimos|ibamos|estudiamos) (juntos|juntas) (al|a la|a|en el|en la|en)(?= (cole|colegio|instituto|insti|liceo|uni|universidad|facu|facultad|escuela|master|bootcamp|curso|nacional)(?!\\p{L}))",
    "(fuimos|ibamos|estudiamos) (juntos|juntas) (al|a la|a|en el|en la|en)(?=( [\\p{L}\\p{N}.'-]+){1,5} \\(?(promo|promocion|generacion|camada|clase de) ('?\\d{2}|\\d{4}))",
    // Quien se presenta por el programa que compartieron: «soy yo, lucía, la del máster de periodismo».
    '(soy|era)( yo)?,? [\\p{L}]+,?( el| la)? (del|de la) (master|grado|mba|curso|bootcamp|carrera|promo|promocion|clase|erasmus|diplomado|posgrado|semillero|seminario|ciclo)',
    // El mismo programa, cursado también: «he visto que también cursaste el Máster en Energías Renovables».
    '(tambien|tu tambien|usted tambien) (cursaste|estudiaste|hiciste|terminaste|curso|estudio|hizo|termino) (el|la|un|una)( mismo| misma)? (master|grado|carrera|mba|doctorado|bootcamp|diplomado|posgrado|programa|curso)',
    // Estudiar lo mismo las dos, un curso por detrás: «estudiamos las dos Ingeniería Agronómica», «yo iba un curso por detrás», «hicimos juntos Química en la UBA».
    'estudiamos (las dos|los dos|ambos|ambas|juntos|juntas)',
    '(iba|fui|estaba|ibas|ibais|iba usted|estabas) (un|dos|tres) (curso|cursos|ano|anos) (por detras|por delante|por encima|por debajo|adelante|atras)',
    '(hicimos|cursamos) (juntos|juntas) \\p{L}+',
    // Juntos en un grupo, un turno, un voluntariado, una convocatoria; alumna suya; residente antes: «coincidimos en el grupo de Neurociencia del CIMCYC», «fuimos voluntarias de Techo», «ambos fuimos seleccionados en Endeavor», «fui alumna suya de Microbiología», «eras R2 cuando yo entré».
    'coincidimos en (el|la|los|las) (grupo de investigacion|laboratorio|lab|departamento|master|doctorado|programa|curso|carrera|facultad|residencia|erasmus|intercambio|promocion|bootcamp|aceleradora|instituto|colegio|universidad|escuela)',
    // Un grupo de una universidad, un hospital o un centro de investigación es un sitio en común, no un grupo de LinkedIn.
    "(coincidimos|estuvimos|estabamos|trabajamos|trabajabamos) (juntos |juntas )?en el (mismo )?grupo de( [\\p{L}\\p{N}'-]+){1,6} (de la|del|de) (universidad|universitat|facultad|hospital|instituto|centro|laboratorio|departamento|csic)",
    '(estuvimos|coincidimos|trabajamos|eramos|estabamos) (en el|del) mismo (turno|equipo|grupo de investigacion|proyecto|voluntariado|programa|laboratorio)',
    '(fuimos|eramos) (voluntari[oa]s|becari[oa]s|alumn[oa]s|residentes|internos|internas|practicantes|pasantes) (de|en)',
    '(ambos|ambas|los dos|las dos) (fuimos|estuvimos) (seleccionad[oa]s|admitid[oa]s|becad[oa]s|aceptad[oa]s) (en|para)',
    '(fui|era) (alumn[oa]|estudiante|becari[oa]|residente) (suy[oa]|tuy[oa])|(fui|era) (su|tu) (alumn[oa]|estudiante|becari[oa]|residente)',
    '(eras|era usted|eras vos) (r\\d|residente|becari[oa]|intern[oa]|alumn[oa]) (de|en)',
    // Otra persona de la misma promoción, unas prácticas compartidas de las que hace tiempo: «otra persona de la promo [Año] por aquí», «¡cuánto tiempo desde las prácticas en Telefónica!».
    '(otr[oa]|un[oa] mas) (persona|companer[oa]|egresad[oa]|exalumn[oa]|alumn[oa]|ex ?alumn[oa]) de (la|el) (promo|promocion|generacion|camada|cohorte|master|grado|bootcamp)',
    '(cuanto tiempo|mucho tiempo|\\d+ anos) desde (las|nuestras|aquellas) (practicas|pasantias|becas|residencias)',
    // Compañeras en un programa: «fuimos compañeras en Start-Up Chile (Gen 14)».
    // No un aparte sobre otro: «Joaquín (fuimos compañeros en Globant) me habló de vos».
    '(fuimos|eramos)(?<!\\(\\s*(fuimos|eramos)) (compañer[oa]s|compas|compis) (en|de|del)',
    // Otro de la misma escuela: «otra egresada de la UNAM» (un exalumno, por la entrada de abajo).
    '(otr[oa]|tambien) (egresad[oa]|graduad[oa]|ex|exalumn[oa]|ex alumn[oa]) (de|del)',
    '(egresad[oa]|graduad[oa]|exalumn[oa]|titulad[oa]) tambien (de|del)(?!\\p{L})',
    // Alumnos de lo mismo, en el mismo sitio: «coincidimos como alumnos del PDD», «yo hice allí el de datos».
    '(coincidimos|estuvimos|estabamos) como (alumn[oa]s|estudiantes|becari[oa]s|residentes|participantes|asistentes)(?!\\p{L})',
    '(yo )?(hice|curse|estudie|saque|termine) (alli|ahi|aca|alla) (el|la|los|las|mi)(?!\\p{L})',
    // También de la misma casa, con su año de egreso: «vi que también sos de la UTN Regional Bahía (yo me recibí en 2019)».
    'tambien (sos|eres|es usted|fuiste|fue usted) (de la|del|de)( [\\p{L}&.-]+){1,4} \\((yo )?(me recibi|me gradue|egrese|me titule|termine|sali)(?!\\p{L})',
    // El mismo programa desde el otro lado: «el programa de mentoría del que fuiste tutora».
    '(del|de la|en el|en la) que (fuiste|tu fuiste|fue usted|usted fue|eras|era usted|usted era) (tutor|tutora|mentor|mentora|profesor|profesora|docente|coordinador|coordinadora|ponente|alumn[oa])',
    // El mismo programa, una edición antes o después; donde el otro también estudió.
    '(una|dos|tres|\\d+) (edicion|ediciones|promocion|promociones|generacion|generaciones|cohorte|cohortes|convocatoria|convocatorias) (despues|antes|detras|delante) de (la tuya|la suya|ti|usted)',
    'donde (tu|usted|vos) tambien (estudiaste|estudio|hiciste|hizo|te graduaste|se graduo|cursaste|curso|te recibiste|se recibio)',
    // El mismo programa, dicho como hecho compartido: «los dos somos egresados del MBA del IAE», «hicimos el bootcamp de Ironhack».
    '(los dos|las dos|ambos|ambas) (somos|fuimos) (egresad[oa]s|exalumn[oa]s|alumn[oa]s|graduad[oa]s)',
    '(hicimos|cursamos|estudiamos|preparamos|compartimos) (el|la|los|las) (mismo |misma )?(erasmus|intercambio|bootcamp|master|fp|grado|carrera|curso|diplomado|mba|doctorado|programa|posgrado|maestria|residencia|especialidad|mir|eir|oposicion|oposiciones)',
    '(fui|soy) (alumn[oa]|egresad[oa]|exalumn[oa])( [\\p{L}\\p{N}-]+){1,8} (generacion|promocion|promo) (\\d{4}|<slot>)',
    // «Estudiamos en [Universidad]»: los dos, allí.
    '(estudiamos|cursamos)( [\\p{L}-]+){0,4} en (la|el|<slot>)',
    'tambien (egrese|egresaste|egreso|estudie|estudiaste|estudio|me gradue|te graduaste|se graduo|me recibi|te recibiste|hice|hiciste) (de|en|el|la)',
    '(cohorte|clase|promocion|programa|curso|master) contigo',
    '(fui|era) (tu|su) (profesor|profesora|tutor|tutora|companer[oa] de laboratorio)',
    // Su alumno, dicho así: «le escribe Andrés, su alumno de Contabilidad de Costos en la Javeriana».
    '(su|tu) (ex ?|antigu[oa] )?(alumno|alumna|estudiante|becario|becaria|discipulo|discipula|exalumno|exalumna) (de|en)(?!\\p{L})',
    '(fuiste|eras|fue usted) (mi) (profesor|profesora|tutor|tutora|companer[oa] de laboratorio)',
    '(los dos|las dos|ambos|ambas) (estudiamos|hicimos|cursamos|nos formamos|hicimos practicas)',
    '(estudiamos|estudie|cursamos|hicimos practicas) (juntos|juntas|en el mismo|en la misma|el mismo|la misma)',
    '(mismo|misma) (master|grado|carrera|promocion|promo|curso|programa|bootcamp|universidad|escuela|clase|aula|academia|aceleradora|beca|convocatoria|edicion|hornada|cohorte|generacion|residencia|comision|catedra|materia|asignatura|camada|quinta)',
    // Allí a la vez, o de profe en su cohorte: «hice las prácticas en el CNIO el verano que tú empezabas el doctorado allí», «vos estabas como TA en la 10».
    '(el|aquel) (verano|ano|curso|semestre|trimestre|otono|invierno|cuatrimestre) (que|en que|en el que) (tu|usted|vos) (empezabas|empezaste|empezaba|estabas|estaba|hacias|hacia|terminabas|acababas|entraste|entrabas|llegaste|llegabas)(?!\\p{L})',
    '(vos|tu|usted) (estabas|estuviste|eras|fuiste|estaba|fue)( como| de)? (ta|tutor|tutora|mentor|mentora|profe|profesor|profesora|ayudante|docente|monitor|monitora)(?!\\p{L})',
    // Quien le enseñó o le acompañó en su programa: «fui tu mentor en la cohorte de primavera», «fui profesor en el diplomado que usted cursó».
    '(fui|era|soy) (tu|su) (profesor|profesora|mentor|mentora|tutor|tutora|docente|instructor|instructora|coach)',
    '(fui|era) (profesor|profesora|docente|tutor|tutora|mentor|mentora|instructor|instructora|coordinador|coordinadora) (en|de) (el|la)( [\\p{L}0-9.-]+){0,8} (que|donde) (tu|usted) (cursaste|curso|estudiaste|estudio|hiciste|hizo)',
    'promocion( de)? (\'?\\d+|<slot>)',
    // Años de diferencia en un mismo programa: «tú un año antes», «dos promociones por detrás de ti».
    '(un|una|dos|tres|cuatro|\\d) (años?|promociones|promocion|cursos?|cohortes?) (antes|despues|por delante|por detras) (que yo|que tu|de ti|de mi|de usted)',
    '(tu|usted) (un|una|unos|unas|algunos|un par de|dos|tres|\\d) (años?|promociones?|cursos?|ediciones?) (antes|despues|por delante|por detras)',
    '(los dos|las dos|ambos|ambas) (pasamos|estuvimos) por (el|la|<slot>)',
    '(estudiamos|cursamos|hicimos) (los dos|las dos|ambos|ambas) (en|el|la)',
    '(preparamos|estudiamos|opositamos|hicimos|cursamos) (juntos|juntas) (el|la|los|las|en)',
    '(yo )?tambien (estudie|hice|curse|me forme|pase por|me gradue)',
    // No «profesionales como tú»: gente como él, no lo mismo que él.
    '(estudio|estudie|curso|curse|hago|hice)[^.!?]{1,80}(?<!(profesionales|personas|gente|perfiles|expert[oa]s|lideres|referentes) )(igual que tu|como tu|igual que usted|como usted)',
    // De la misma promoción: «soy de la promo 2019 del Máster de ESIC, como tú»; «ambos formamos parte de la generación 2015 del MBA».
    '(soy|fui|era) de la (misma )?(promo|promocion|generacion|cohorte|edicion)[^.!?]{0,80}(como tu|como usted|igual que tu|igual que usted)',
    '(ambos|ambas|los dos|las dos) (formamos|formabamos|fuimos|eramos|somos) parte de la (misma )?(promo|promocion|generacion|cohorte|edicion)',
    'compañer[oa]s? de (clase|promocion|promo|generacion|master|carrera|universidad|facu|facultad|practicas|curso|bootcamp|cohorte|doctorado|residencia|erasmus)',
    // El mismo director de tesis, la misma optativa: «a los dos nos dirigió la tesis Manuel Ortega», «compartimos alguna optativa».
    '(a los dos|a las dos|a ambos|a ambas) nos (dirigio|dirigieron|dio clase|dieron clase|tutelo|supervisaron|superviso)',
    '(compartimos|compartiamos) (alguna |una |varias |un par de )?(optativas?|asignaturas?|materias?|alma mater|universidad|facultad|facu|escuela)(?!\\p{L})',
    // Alumnas del mismo profesor: «fuiste alumna del profesor Fraguas en la Autónoma, igual que yo».
    '(fuiste|fue usted|eras) (alumn[oa]|tesista|doctorand[oa]) (del|de la) (profesor|profesora|profe|doctor|doctora|dr|dra)[^.!?]{1,80}(igual que yo|como yo)(?!\\p{L})',
    // Preparado en el mismo grupo: «preparamos el CFA Level I en el mismo grupo de la EFA».
    '(preparamos|estudiamos|cursamos|hicimos)( [\\p{L}\\p{N}-]+){1,5} en (el mismo|la misma) (grupo|clase|aula|turno|academia)(?!\\p{L})',
    // Uno de ellos, no «otros antiguos alumnos» en general ni su red en LinkedIn («la red de exalumnos»).
    '(antigu[oa]s?|ex)(?<!(otr[oa]s|(red|grupo|comunidad|asociacion) de) (antigu[oa]s?|ex)) ?alumn[oa]s?',
    'hicimos (las )?practicas', 'hicimos la practica( profesional| profesionalizante| supervisada)? (juntos|juntas|en el mismo|en la misma)',
    // Su seminario o su curso, tomado: «tomé su seminario de Historia Económica como oyente».
    '(tome|curse|hice|segui|asisti a) (su|tu) (seminario|curso|clase|taller|asignatura|catedra|materia|diplomado|master|modulo)',
    // Los dos en el mismo programa, en ediciones distintas o no; egresado de lo mismo; la misma academia: «estuvimos en el bootcamp de Ironhack», «yo también soy egresado de la PUCP», «compartimos academia cuando preparábamos las opos».
    '(estuvimos|estabamos|coincidimos) (los dos |las dos |ambos |ambas )?en (el|la) (mismo |misma )?(bootcamp|master|grado|carrera|curso|programa|posgrado|diplomado|academia|aceleradora|residencia|promocion|cohorte|mba|doctorado|semillero|grupo de investigacion|laboratorio)',
    '(yo )?tambien (soy|fui) (egresad[oa]|exalumn[oa]|alumn[oa]|graduad[oa]|ex ?alumn[oa]) (de|del)',
    '(compartimos|compartiamos) (academia|clase|clases|aula|promocion|curso|master|profesor|profesora|tutor|tutora|residencia|laboratorio|beca)',
    // El mismo director de tesis: «compartimos directora de tesis».
    '(compartimos|compartiamos|tuvimos) (el mismo |la misma )?(director|directora|codirector|codirectora|tutor|tutora|supervisor|supervisora) de (tesis|doctorado|tfm|tesina)(?!\\p{L})',
    // Un intercambio en el mismo sitio, una asignatura con el mismo profesor, la generación dicha por su año: «coincidimos de intercambio en la Sorbona», «llevamos Investigación de Operaciones con el profe Lozada», «Generación 2012 de Ingeniería Industrial del Tec».
    '(coincidimos|estuvimos|estabamos|fuimos) (los dos |las dos |ambos |ambas )?de (intercambio|erasmus)',
    '(llevamos|cursamos|tomamos|tuvimos|compartimos)( [\\p{L}\\p{N}-]+){1,6} con (el|la) (profe|profesor|profesora|maestro|maestra|doctor|doctora|dr|dra|catedratico|catedratica)',
    '(generacion|camada|cohorte|promo|promocion)( de)? (\\d{4}|\'\\d{2}|<slot>) (de|del)(?! (nuestra|nuestro|nuestras|nuestros|mi|mis)(?!\\p{L}))',
    '(yo )?tambien (estoy|estuve|estaba) en (la|el)( [\\p{L}0-9-]+){0,4} (cohorte|promocion|programa|bootcamp|aceleradora|master|curso|clase|batch)',
    // Un programa al que se suma quien escribe y en el que ellos enseñan: «me sumé a la cohorte de [Programa], donde eres mentora».
    "(donde|en la que|en el que|en el cual|en la cual) (eres|es usted|fuiste|sigues siendo|das clase|das clases|impartes|ensenas|participas como) (mentora?|profesora?|tutora?|ponente|coach|docente|instructora?|jurado|coordinadora?|directora?)(?!\\p{L})",
    // Del mismo sitio, dicho de los dos: «somos ex UC (Ingeniería Comercial)», «los dos somos de la Complutense (Periodismo)» (no «somos de la misma ciudad»), «compañeros de la UNAM (FCA) por aquí».
    "(somos|los dos somos|las dos somos|ambos somos|ambas somos) (ex|exalumn[oa]s de|egresad[oa]s de) (la |el )?(<slot>|[\\p{L}&.-]+)(?!\\p{L})",
    "(los dos|las dos|ambos|ambas) somos de (la|el) (<slot>|[\\p{L}&.-]+)( [\\p{L}&.-]+)? \\([^)]{1,40}\\)",
    "(compañer[oa]s|exalumn[oa]s|egresad[oa]s) (de|del) (la |el )?(<slot>|[\\p{L}&.-]+)( [\\p{L}&.-]+)?( \\([^)]{1,40}\\))? por (aqui|aca)(?!\\p{L})",
    // Una promoción por su número: «Compañera de Le Wagon Barcelona #1150 aquí».
    "(compañer[oa]|companer[oa]|exalumn[oa]|alumn[oa]|egresad[oa]) (de|del) (la |el )?(<slot>|[\\p{L}&.-]+)( [\\p{L}\\p{N}&.-]+){0,3} #\\p{N}+ (por )?(aqui|aca)(?!\\p{L})",
    // Cursada o clase compartida: «compartimos cursada en la FIUBA».
    "compartimos (cursada|clase|clases|aula|carrera|curso|materia|catedra|promocion|generacion|cohorte|residencia|practicas)(?!\\p{L})",
    // Tú también estudiaste, con la carrera en medio: «también estudiaste Ingeniería Industrial en la PUCP»; «Como usted, estudié en el ITAM».
    'tambien (estudie|estudiaste|estudio|curse|cursaste|curso|me gradue|te graduaste|se graduo|egrese|egresaste|egreso)( [\\p{L}\\p{N}.-]+){1,3} (en|de|por)(?!\\p{L})',
    'como (tu|usted|vos), (yo )?(tambien )?(estudie|me forme|me gradue|egrese|hice|curse|pase por)',
    // Tú también estuviste en la misma generación, con su número o su nombre: «vi que también estuviste en la generación 12 de Laboratoria».
    'tambien (estuviste|estuve|fuiste|fui|estudiaste|hiciste|hice|pasaste|pase|saliste|sali|egresaste|egrese)( por)?( en)? (la|el|del|de la) (generacion|promocion|promo|camada|cohorte|tanda|edicion|batch|clase|bootcamp|master|maestria|diplomado|programa)',
    // De la misma casa, con su año de promoción: «también soy de la PUCP, ing industrial promo 2017».
    'tambien soy (de la|del|de|egresad[oa] de la|egresad[oa] del|egresad[oa] de) [^.!?]{1,50} (promo|promocion|generacion|camada|cohorte|clase|class) (de |del )?(\\d+|\\p{L}+ \\d+)',
    // Prácticas bajo ellos: «Fui becario en su departamento de Fiscal en PwC Valencia en 2010».
    '(fui|estuve de|estuve como|hice (las )?practicas como|entre como) (becari[oa]|practicante|intern[oa]|en practicas) (en|de) (su|tu|vuestro|vuestra) (departamento|equipo|area|despacho|oficina|grupo|laboratorio)(?!\\p{L})',
    // Lo que estudió, igual que el remitente: «vi que estudiaste Economía en la PUCP, igual que yo».
    '(estudiaste|estudio usted|te graduaste|te titulaste|hiciste|cursaste)( [\\p{L}\\p{N}.\'-]+){1,6},? (igual que|como|al igual que) yo(?!\\p{L})(?!,? (aunque|pero|solo que) (en|de) otr[oa])',
    // Quien escribe, de la misma generación numerada, dicho de sí o de las dos empresas: «soy Iván, de la generación 8 de la incubadora…», «nuestras empresas formaron parte de la generación 7 de…».
    "(soy|somos) [\\p{L}'-]+( [\\p{L}'-]+)?,? (de|del) (la|el) (generacion|camada|cohorte|tanda|batch) \\p{N}{1,2}(?!\\p{N})",
    "(formamos|formaron|formabamos|fuimos|estuvimos)( los dos| las dos| ambos| ambas)? (parte de|en) (la|el) (misma |mismo )?(generacion|camada|cohorte|tanda|batch) \\p{N}{1,2}(?!\\p{N})",
  ],
  interaction: [
    // Su mensaje en un grupo o un canal, sobre algo: «tu mensaje sobre cómo priorizáis el backlog abrió un hilo».
    '(tu|su) (mensaje|comentario|respuesta|pregunta) (sobre|acerca de|en el (grupo|canal|chat|foro|hilo|servidor|slack|discord))(?!\\p{L})',
    // Un hilo que los dos recuerdan, un bug que el remitente les reportó, lo que se quedó de su charla: «¿te acuerdas del hilo sobre…?», «soy la que te reportó el bug…», «me quedo con tu gráfica de Ansó».
    '(te acuerdas|recuerdas|se acuerda|te acordas) (del|de la) (hilo|post|debate|discusion|issue|conversacion|publicacion)(?!\\p{L})',
    '(soy|fui) (el|la) que (te|le) (reporto|reporte|abrio|abri|mando|envio|propuso|propuse) (el|la|un|una)( [\\p{L}-]+)? (bug|error|fallo|issue|pr|pull request|parche|mejora|traduccion)(?!\\p{L})',
    'me (quedo|quede) con (tu|su) (grafica|grafico|dato|ejemplo|frase|diapositiva|slide|mapa|tabla|reflexion|comentario)(?!\\p{L})',
    // Su foto o publicación que subió, un proyecto libre que mantienen: «esa foto … que subiste el lunes», «vi que sos uno de los que mantiene OpenTambo en GitHub».
    '(foto|post|video|publicacion|hilo|carrusel|reel|articulo)( [^.!?]{0,60})? que (subiste|publicaste|compartiste|colgaste|posteaste|subio usted|publico usted)(?!\\p{L})',
    '(uno|una) de (los|las) que (mantiene|mantienen|desarrolla|desarrollan|lleva|llevan|programa|programan)( (el|la|los|las))?(?!\\p{L})',
    // Su directo o su intervención con su tema, como en inglés: «tu LinkedIn Live sobre employer branding».
    '(tu|su) (linkedin live|directo|live|livestream|masterclass|keynote|intervencion|ponencia|presentacion|webinar|taller) (sobre|de la semana|de ayer|del (lunes|martes|miercoles|jueves|viernes|sabado|domingo))(?!\\p{L})',
    // Lo que abrió en el proyecto de quien escribe: «vi que abriste el issue #{{numero}} con el fallo en Windows».
    "(abriste|reportaste|mandaste|enviaste|subiste|abrio usted|reporto usted) (el|un|una|la|tu|su) (issue|pr|pull request|merge request|bug|ticket|incidencia|parche)(?!\\p{L})",
    // Lo suyo en un hilo o su respuesta a lo de quien escribe: «te vi contestar en el mismo hilo que yo», «gracias por la respuesta a mi comentario sobre…».
    "(te|le) (vi|he visto) (contestar|comentar|responder|preguntar|opinar|escribir|debatir) (en|bajo)(?!\\p{L})",
    "gracias por (la|tu|su) (respuesta|comentario|mencion|aporte|reaccion) (a|en|sobre|de) (mi|nuestro|nuestra) (comentario|publicacion|post|articulo|pregunta|hilo|video|charla)(?!\\p{L})",
    // Gracias por su herramienta, por su nombre o como suya: «gracias por Cuentaclara, tu plugin de WooCommerce».
    "gracias por ([^.!?,\\n]{1,40}, )?(tu|su)( [\\p{L}\\p{N}'-]+){0,2} (plugin|libreria|biblioteca|paquete|extension|app|aplicacion|herramienta|repo|repositorio|proyecto libre|plantilla|modulo|script|bot|integracion|dataset)(?!\\p{L})",
    // Una pieza suya, en singular, con su tema detrás o algo dicho en ella: «tu entrada de blog sobre…», «lo que contabas… en tu última newsletter» (no «tus publicaciones», seguirle en general, ni «me encantó tu último post» sin más; ni salir en su pódcast).
    `${THEIR_PIECE}(?= (sobre|acerca|de|del|con|en|para)(?!\\p{L}))`,
    `en(?<!(aparecer|participar|salir|colaborar|hablar|estar|ir|invitad[oa]|entrevistad[oa]) en) ${THEIR_PIECE}(?!\\p{L})`,
    // Su pregunta o comentario en algún sitio, como "your question at…" en inglés: «tu pregunta en el LinkedIn Live de…», «tu pregunta al final del curso».
    "(tu|su) (pregunta|comentario|respuesta|intervencion|aporte|aportacion)( de ayer| del otro dia| de la semana pasada)? (en|sobre|durante|acerca de|tras|al final de|al final del|al final de la)(?!\\p{L})",
    // Su parte en la obra abierta del otro: «soy una de las personas que traducen al gallego tu app libre», «colaboré en el proyecto de OpenStreetMap… que coordinas».
    "((soy|somos) (uno|una|unos|unas) de (los|las)( [\\p{L}-]+)? que (traducen|mantienen|empaquetan|contribuyen|colaboran)|traduje|tradujimos|he traducido|hemos traducido|contribui|he contribuido|hemos contribuido|colabore|he colaborado|hemos colaborado|empaquete)( [\\p{L}-]+){0,4} (tu|su) (app|aplicacion|proyecto|libreria|biblioteca|plugin|herramienta|paquete|repositorio|repo|programa|extension)(?!\\p{L})",
    "(colabore|colaboro|he colaborado|participe|participo|he participado|contribui|contribuyo|he contribuido|ayude|ayudo|he ayudado)( [\\p{L}-]+){0,2} (en|con|a) (el|la|los|las)[^.!?\\n]{1,80} que (coordinas|coordinás|diriges|dirigis|lideras|liderás|mantienes|mantenés|organizas|organizás|llevas|llevás|usted (coordina|dirige|lidera|mantiene|organiza|lleva))(?!\\p{L})",
    // Lo que publicó, sin nombrar la pieza: «lo que publicaste ayer del afinador que te armaste».
    "lo que (publicaste|compartiste|subiste|colgaste|escribiste|posteaste) (ayer|anoche|hace|el|la|sobre|en|de|del)(?!\\p{L})",
    // Su último número leído: «lo del régimen simplificado del último número me ahorró una consulta».
    '(el|del|en el|tu|su) (ultimo|penultimo|mas reciente) (numero|episodio|boletin|capitulo)(?!\\p{L})',
    // Su nota o columna leída: «leí tu nota en El Diario de Cuyo sobre la escasez de agua».
    '(lei|leo|vi|escuche|leyendo) (tu|su) (nota|columna|cronica|reportaje|entrevista|articulo)( [\\p{L}\\p{N}-]+){0,6} (sobre|acerca de|de|en)(?!\\p{L})',
    // Lo suyo usado, ampliado, bifurcado o traducido; su reseña o su voto de lo de quien escribe; su respuesta en un foro; el hilo donde contestaba:
    // «estoy usando la checklist de seguridad que publicaste», «hiciste un fork de nuestro repositorio», «traduje al español la documentación de [proyecto]»,
    // «tu reseña de mi libro en Goodreads», «valoraste con 2 estrellas nuestra app», «Gracias por la reseña de {{app_name}}», «Su respuesta en Quora sobre…», «el hilo donde le contestabas a…».
    '(usando|uso|use|usamos|probe|probamos|adapte|adaptamos|ampliamos|amplie)( en mi equipo| en el equipo| en produccion)? (la|el|tu|su|vuestro|vuestra)( [\\p{L}-]+){0,5} que (publicaste|publico|publicasteis|compartiste|compartio|escribiste|escribio|subiste|subio)(?!\\p{L})',
    '(hiciste|hizo usted|hicisteis|hicieron) un fork (de|del)(?!\\p{L})',
    '(traduje|tradujimos|hemos traducido|he traducido|adapte|adaptamos|arregle|arreglamos|corregi|corregimos)( al [\\p{L}]+)? (la|el|los|las)( [\\p{L}-]+){0,3} (de|del) (tu|su|vuestro|vuestra|<slot>)(?!\\p{L})',
    '(tu|su) (resena|valoracion|opinion|respuesta|critica) (de|del|sobre|en) (mi|nuestro|nuestra|<slot>|quora|reddit|stack overflow|goodreads|la app store|google play|github)(?!\\p{L})',
    '(valoraste|valoro usted|puntuaste|reseñaste|resenaste|reportaste|reporto usted) (con [\\p{L}\\p{N}]+ estrellas? )?(nuestra|nuestro|mi|<slot>)(?!\\p{L})',
    '(gracias|muchas gracias) por (la|tu|su) (resena|valoracion|opinion|critica|reporte) (de|del|sobre) (<slot>|nuestr[oa]|mi)(?!\\p{L})',
    '(el|un) hilo (donde|en el que) (le |les )?(contestabas|contestaste|respondias|respondiste|comentabas|comentaste|explicabas|explicaste)(?!\\p{L})',
    '(vi|vimos) por el fork(?!\\p{L})',
    // Un issue o un PR a lo suyo, lo suyo citado, el sender citándole, su informe con título: «Abrí un issue (#{{issue}}) con un caso raro», «te mandé hace un mes un PR con traducciones»,
    // «Citamos tu análisis sobre el precio del alquiler», «te cité en mi charla de…», «el informe «[título]» que publicó su equipo».
    '(abri|mande|envie|te mande|te envie|le mande|le envie|hice|propuse|subi)( hace [\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+)?)? (un|una) (pr|pull request|issue|parche|fix|merge request)( \\(#?[^)\\n]{1,20}\\))? (con|para|en|a|sobre)(?!\\p{L})',
    '(citamos|cite|mencionamos|mencione|enlazamos|enlace|recomendamos|recomende|destacamos|destaque|reseñamos|resenamos) (tu|su|vuestro|vuestra) (analisis|articulo|estudio|informe|post|publicacion|hilo|trabajo|investigacion|grafico|mapa|dataset|podcast|charla|libro|paper)(?!\\p{L})',
    '(te|le|os) (cite|mencione|nombre|enlace|etiquete|recomende|cito|menciono) en (mi|nuestra|nuestro) (charla|ponencia|articulo|post|publicacion|podcast|newsletter|video|clase|libro|tesis|informe|hilo)(?!\\p{L})',
    // Con su tema entre medias: «el artículo sobre la reforma al régimen de maquila que publicó la semana pasada».
    '(el|la) (informe|articulo|estudio|post|publicacion|paper|guia|hilo|analisis)( «[^»\\n]{1,80}»| "[^"\\n]{1,80}"| <slot>| (sobre|acerca de|de) [\\p{L}\\p{N}-]+( [\\p{L}\\p{N}-]+){0,8}?)? que (publico|publicaste|publicasteis|publicaron|escribio|escribiste|presento|presentaste|compartio|compartiste|subio|subiste|grabo|grabaste)(?!\\p{L})',
    // Su reacción a algo de quien escribe: «gracias por el like en mi artículo sobre…».
    '(el|tu|su|vuestro) (like|me gusta|reaccion|comentario) (en|a) (mi|nuestro|nuestra) (articulo|post|publicacion|video|hilo|entrada)(?!\\p{L})',
    // Su charla, dicha con el posesivo detrás: «¡qué charla la tuya en Talent Land!».
    '(charla|ponencia|presentacion|intervencion|keynote|demo|masterclass|sesion|taller|pitch) (la )?(tuya|suya)( de ayer| del otro dia| del jueves| del viernes)? (en|del|de la|de)(?!\\p{L})',
    // Su comentario en lo de quien escribe, su pieza reciente: «a raíz del comentario que dejó en mi publicación del lunes», «he leído su reciente artículo en [Revista]».
    '(comentario|comentarios|respuesta|aportacion)( [\\p{L}-]+){0,2} que (usted |tu )?(dejo|dejaste|hizo|hiciste|escribio|escribiste|puso|pusiste) en (mi|nuestro|nuestra) (articulo|post|publicacion|video|hilo|entrada)(?!\\p{L})',
    '(tu|su) (reciente|ultim[oa]|nuev[oa]|excelente|interesante|magnific[oa]|brillante|estupend[oa]) (publicacion|post|articulo|charla|ponencia|entrevista|libro|informe|estudio|paper|columna|tribuna|hilo|video|podcast|episodio|newsletter|conferencia|webinar)(?= (sobre|acerca|en|de|del|para|con)(?!\\p{L}))',
    '(has|ha|habeis|han|hayas|haya) (compartido|comentado|reaccionado a|guardado|recomendado|citado|difundido|republicado) (mi|nuestro|nuestra|el|la) (articulo|post|publicacion|video|hilo|entrada|guia|informe|newsletter|podcast)(?!\\p{L})',
    "(comente|he comentado|respondi|conteste|vote|vi) (tu|su) (notebook|kernel|cuaderno|solucion|solucionario)(?!\\p{L})",
    // Lo que publicaron, o su write-up, leído: «vi que publicaste los resultados de vuestra encuesta de clima», «vi tu write-up del reto».
    '(vi|he visto|lei|he leido) que (publicaste|publico usted|compartiste|compartio usted|presentaste|presento usted) (los|las|el|la|vuestr[oa]s?|tus?|sus?)(?!\\p{L})',
    '(vi|he visto|lei|he leido|segui) (tu|su) (write-?up|writeup|solucion|solucionario)(?!\\p{L})',
    // Lo que hizo en la clase o el proyecto de quien escribe: «nos diste una clase en el MBA del IE», «usted fue jurado de nuestro TFM», «impartiste {{ asignatura }} en {{ escuela }}», «explicaste {clase} en nuestro grupo», «me tocó presentarte en el ciclo…», «Usted dirigió el taller de escritura académica del Doctorado…».
    '(nos|me) (diste|dio usted|dio) (una )?(clase|charla|sesion|taller|masterclass) (en|a) (el|la|nuestro|nuestra|mi)(?!\\p{L})',
    '(fuiste|fue usted|usted fue) (jurado|tribunal|mentor|mentora|tutor|tutora) (de|del|en) (nuestro|nuestra|mi|el|la)(?!\\p{L})',
    '(impartiste|impartio usted|dictaste|dicto usted|explicaste|explico usted) <slot> en(?!\\p{L})',
    '(me toco|tuve el honor de|tuve el gusto de) (presentarte|presentarle|moderarte|moderarle) en(?!\\p{L})',
    '(usted )?(dirigio|dirigiste|impartio|impartiste|coordino|coordinaste) (el|la) (taller|curso|seminario|modulo|asignatura|clase|practicum)( [\\p{L}-]+){0,6} (del|de la|en el|en la)(?!\\p{L})',
    // Lo suyo en una comunidad con nombre: «en el Slack de Product Hispano compartiste tu framework», «Compartió usted en el grupo de Telegram de QGIS Colombia un script», «el enlace que dejaste en {{ canal }}», «tu respuesta en {hilo}».
    "en (el|la) (slack|discord|hilo|foro|servidor|telegram)( [\\p{L}\\p{N}#&«»'-]+){1,10} (compartiste|dejaste|publicaste|preguntaste|respondiste|explicaste|compartio usted|dejo usted|publico usted|pregunto usted|respondio usted)(?!\\p{L})",
    "en #[\\p{L}\\p{N}_-]+( [\\p{L}\\p{N}&«»'-]+){0,6} (compartiste|dejaste|publicaste|preguntaste|respondiste|explicaste)(?!\\p{L})",
    "(compartio usted|compartiste|dejaste|publicaste|dejo usted|publico usted) en (el|la) (slack|discord|grupo|canal|hilo|foro|comunidad|servidor)(?!\\p{L})",
    "(el|la|los|las) (enlace|link|guia|script|plantilla|recurso|respuesta|comentario)( [\\p{L}-]+){0,2} que (dejaste|compartiste|publicaste|pasaste|subiste|dejo usted|compartio usted) en(?!\\p{L})",
    "(tu|su) (respuesta|comentario|mensaje|aporte|guia|script) (en|del) (<slot>|el hilo|el canal|el foro|el grupo|el slack|el discord)(?!\\p{L})",
    // La encuesta de quien escribe, contestada: «contestaste la encuesta que publicamos sobre herramientas de diseño».
    '(contestaste|respondiste|contesto usted|respondio usted) (la|nuestra|mi) (encuesta|consulta|votacion)( que (publicamos|hicimos|lanzamos|compartimos|publique|hice|lance))?(?!\\p{L})',
    // Su vacante publicada, nombrada antes del verbo: «la vacante de Frontend que publicaste en tu perfil», «la oferta que compartiste ayer en tu feed».
    "(vacante|oferta|puesto|convocatoria|busqueda|posicion)( de [\\p{L}\\p{N}-]+( [\\p{L}\\p{N}-]+){0,2})? que (publicaste|compartiste|publico usted|compartio usted|colgaste)(?!\\p{L})",
    // Su trabajo leído, con el tema: «he leído su trabajo sobre [tema] publicado en [revista]».
    "(lei|he leido|leimos|hemos leido) (su|tu|vuestro) (trabajo|articulo|estudio|paper) (sobre|acerca de|publicado en|en)(?!\\p{L})",
    // Lo que escribió en una red, leído o citado: «te lo leí en Twitter», «usted escribió en X que…», «tu tuit», «en tu primera slide».
    "(te|se) lo (lei|vi|escuche|oi) en (twitter|x|linkedin|bluesky|mastodon|threads|instagram|tu blog|su blog|tu newsletter|su newsletter|tu post|su post|un post|un tuit|tu tuit|su tuit)(?!\\p{L})",
    "(escribiste|escribio usted|usted escribio|dijiste|publicaste|tuiteaste|pusiste) en (twitter|x|linkedin|bluesky|mastodon|threads|tu blog|su blog|tu newsletter|su newsletter)(?!\\p{L})",
    "(tu|su) (tuit|tuits|tweet|tweets|diapositiva|diapo|slide)(?!\\p{L})",
    "en (tu|su) (primera |ultima |penultima )?(slide|diapositiva|diapo|lamina|transparencia)(?!\\p{L})",
    // Un intercambio en línea fuera de LinkedIn, dicho desde quien escribe: «soy quien abrió el PR 412 en el repo», «soy el forero que te preguntó en Forocoches»,
    // «soy el del comentario del etcd», «la pregunta que hice en el Discord de Supabase la contestaste tú».
    "(soy|era) (quien|el que|la que) (abrio|abri|hizo|envio|mando|reporto|propuso|subio) (el|la|un|una) (pr|pull request|issue|bug|ticket|pregunta|parche|hilo)(?!\\p{L})",
    "(soy|era) (quien|el que|la que|el|la)( [\\p{L}-]+){0,2} (que )?(te|le) (pregunto|comento|escribio|respondio|contesto|pidio)( [\\p{L}\\p{N}-]+){0,3} (en|sobre|por|bajo)(?!\\p{L})",
    "(soy )?(el|la) del (comentario|issue|pr|pull request|parche|bug|hilo)( del| de| sobre)(?!\\p{L})",
    "(la|lo) (contestaste|respondiste|resolviste|revisaste|aprobaste|cerraste|arreglaste|corregiste) (tu|usted|vos)(?!\\p{L})",
    "(tu|usted|vos) (lo|la) (revisaste|reviso|aprobaste|aprobo|fusionaste|mergeaste|cerraste|contestaste|respondiste|arreglaste|corregiste)(?!\\p{L})",
    // Su respuesta o su ayuda en un sitio con nombre: «leí su respuesta en Stack Overflow sobre transacciones», «me echaste un cable en el canal #ayuda del Discord de Astro».
    "(tu|su)( [\\p{L}-]+){0,2} (respuesta|solucion|explicacion|aporte|parche|workaround) (en|del|de) (stack ?overflow|reddit|github|gitlab|discord|slack|telegram|forocoches|hacker news|el hilo|el foro|el issue|el grupo|el canal|el servidor|mi issue|mi pregunta)(?!\\p{L})",
    "(me|nos) (echaste|echo usted|echasteis|diste|dio usted|disteis) (un cable|una mano|un capote)( [\\p{L}\\p{N}-]+){0,4} en (el|la) (canal|grupo|hilo|foro|servidor|issue|chat|directo|discord|slack)(?!\\p{L})",
    "(en|por) (el|la) (grupo|canal|hilo|foro|servidor|issue|chat|directo)( [\\p{L}\\p{N}#&'-]+){1,6} (me|nos) (explicaste|explico usted|ayudaste|ayudo usted|respondiste|respondio usted|contestaste|contesto usted|resolviste|aclaraste|corregiste)(?!\\p{L})",
    "(me|nos) (explicaste|ayudaste|respondiste|contestaste|resolviste|aclaraste|corregiste)( [\\p{L}\\p{N}-]+){0,6} en (el|la) (canal|grupo|hilo|foro|servidor|issue|chat|directo)(?!\\p{L})",
    "en (stack ?overflow|reddit|github|gitlab|hacker news|forocoches)( [\\p{L}\\p{N}-]+){0,3} (explicaste|explico usted|respondiste|respondio usted|contestaste|contesto usted|comentaste|publicaste|escribiste|resolviste|me ayudaste|me explicaste|me respondiste)(?!\\p{L})",
    "(dejaste|comentaste|respondiste|contestaste|pusiste|escribiste|dejo usted)( [^.!?]{1,30})? en mi (issue|pr|pull request|post|publicacion|hilo|pregunta|video|repo|repositorio)(?!\\p{L})",
    "(comentamos|respondimos|contestamos|participamos|opinamos) (los dos|las dos|ambos|ambas)(?!\\p{L})",
    // Su comentario en lo publicado por el remitente: «publiqué un artículo sobre comisiones y usted dejó un comentario muy acertado».
    '(usted|tu|vos) (dejo|dejaste|escribio|escribiste|hizo|hiciste|puso|pusiste) (un|una) (comentario|respuesta|pregunta)(?!\\p{L})',
    // Oírles hablar de algo: «en los Premios Ortega y Gasset te oí hablar de la precariedad de los freelance».
    '(te|le|os) (oi|escuche|vi|he oido|he escuchado) (hablar|presentar|exponer|contar|explicar) (de|sobre|acerca de)(?!\\p{L})',
    // Su último post, con lo visto en un hueco: «en tu último post vi [observación concreta sobre su trabajo]».
    '(tu|su|vuestro|vuestra) (ultimo|ultima|mas reciente|reciente) (articulo|post|posteo|publicacion|hilo|video|newsletter|carrusel|podcast|episodio)( (vi|lei|note|comentas|cuentas|dices|explicas))? ?<slot>',
    // Su respuesta a una duda del remitente: «usted moderaba el foro y me resolvió una duda clave».
    '(me|nos) (resolvio|resolviste|contesto|contestaste|respondio|respondiste|aclaro|aclaraste) (una|la|mi|aquella|esa|nuestra) (duda|pregunta|consulta)(?!\\p{L})',
    // Su proyecto o su shot en una red de portfolios, su foto subida: «tu último proyecto de Behance», «comenté tu shot de Dribbble», «subiste una foto del stand».
    '(tu|su) (ultimo |nuevo |reciente )?(proyecto|shot|diseño|caso) (de|en) (behance|dribbble|github|gitlab|instagram|tiktok|youtube|medium|figma|artstation)(?!\\p{L})',
    '(subiste|publicaste|compartiste|colgaste) (una|la|esa) (foto|imagen|story|historia|video|galeria)(?!\\p{L})',
    // Gracias por lo que compartió, su búsqueda publicada: «gracias por compartir lo de {tema}», «publicaste la búsqueda de frontend en Despegar».
    '(gracias|mil gracias|muchas gracias) por (compartir|publicar|escribir|subir|contar) (lo de|lo que|tu|su|el|la|los|las|ese|esa|aquel|aquella)(?!\\p{L})',
    '(publicaste|compartiste|publico usted|compartio usted|subiste) (la|una|el|un|tu|su) (busqueda|oferta|vacante|convocatoria)(?!\\p{L})',
    // Lo suyo en lo del remitente, agradecido: «gracias por la estrella y el issue en {{ repo }}».
    '(gracias|mil gracias|muchas gracias) por (la estrella|tu estrella|el issue|tu issue|los issues|el pr|tu pr|el review|tu review|la review|el code review|el pull request|tu pull request|tu contribucion|la contribucion|tu parche|tu sugerencia|tu comentario|tus comentarios|tu revision|la revision)(?!\\p{L})',
    // Su charla elogiada donde fue: «gran charla ayer en la BcnRust».
    '(gran|buena|muy buena|excelente|genial|tremenda|brutal|buenisima|magnifica) (charla|ponencia|presentacion|keynote|intervencion|taller|demo)( de ayer| ayer| de hoy| hoy| de esta manana| del (lunes|martes|miercoles|jueves|viernes|sabado|domingo)| el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))? (en|del|de la)(?!\\p{L})',
    // Lo que mandaron, elegido: «tu propuesta 'Kubernetes sin lágrimas' quedó seleccionada».
    '(tu|su) (propuesta|charla|ponencia|abstract|resumen|candidatura|articulo|poster|paper|proyecto)( [^.!?]{1,60})? (quedo|fue|ha sido|ha quedado|resulto) (seleccionad[oa]|aceptad[oa]|elegid[oa]|admitid[oa]|finalista|ganador[a]?)(?!\\p{L})',
    // Lo hecho por su equipo, visto: «vi en GitHub el prototipo de tu equipo para medir turbidez».
    '(vi|he visto|probe|he probado|revise|he revisado)( en [\\p{L}-]+)? (el|la|los|las) (prototipo|proyecto|demo|app|aplicacion|repo|repositorio|herramienta|libreria|solucion)( [\\p{L}-]+){0,2} de (tu|su|vuestro) equipo(?!\\p{L})',
    // Una pieza destacada entre todas: «sigo tu contenido, sobre todo el post sobre precios», «en especial el último número».
    '(sobre todo|especialmente|en especial|en particular) (el|la|ese|esa|aquel|aquella|tu|su)( ultimo| ultima| reciente| primer| primera)? (post|publicacion|articulo|hilo|episodio|numero|video|charla|entrevista|carrusel|directo|boletin|newsletter|ponencia|podcast)( ultimo| ultima| reciente)? (sobre|de|acerca de|del|donde|en (el|la) que|que (publicaste|escribiste|compartiste|grabaste|diste|publico|escribio|compartio))(?!\\p{L})',
    // Lo suyo dicho por lo que subieron, su encuesta, su demo vista, o su comentario en lo del remitente: «el carrusel que subiste con…», «tu encuesta de la semana pasada sobre…», «vi tu demo de fuzzing», «gracias por comentar en nuestro artículo».
    '(el|la|tu|su) (making of|corto|spot|carrusel|post|video|publicacion|articulo|hilo|reel|encuesta|infografia|newsletter|podcast|charla|guia|sondeo|directo) que (subiste|publicaste|compartiste|colgaste|escribiste|grabaste|hiciste|diste|lanzaste|subio usted|publico usted)(?!\\p{L})',
    // La suya, respondida, con su tema en medio: «respondí la encuesta sobre IA en las redacciones que publicaste».
    '(respondi|conteste|rellene|complete|he respondido|he contestado|he rellenado|vote en|participe en) (la|el|tu|su) (encuesta|sondeo|votacion|cuestionario)( [\\p{L}\\p{N}-]+){0,8} que (publicaste|compartiste|lanzaste|hiciste|subiste|publico usted|compartio usted|lanzo usted)(?!\\p{L})',
    '(tu|su) (encuesta|sondeo|votacion)( de (la semana pasada|ayer|hoy|esta semana|este mes|el otro dia|hace unos dias))? (sobre|de|acerca de)(?!\\p{L})',
    '(vi|vimos|segui|escuche) (tu|su) (demo|charla|ponencia|presentacion|taller|keynote|pitch|directo)(?!\\p{L})',
    '(gracias|te agradezco|le agradezco|agradecemos) (por )?(comentar|responder|contestar|reaccionar|tu comentario|su comentario|el comentario|tu respuesta|su respuesta) (en|a|sobre) (mi|nuestro|nuestra|el|la)(?!\\p{L})',
    // Lo suyo señalado, con el posesivo detrás: «ese post tuyo del viernes sobre…», «leí ese hilo tuyo sobre…».
    '(ese|este|el|aquel|un) (post|posteo|hilo|carrusel|articulo|video|reel|newsletter|podcast|episodio|comentario|directo|publicacion) (tuyo|suyo|vuestro)(?!\\p{L})',
    // Su respuesta a alguien en un post, lo suyo que llevó al perfil: «tu respuesta a Gonzalo en el post de los sueldos», «vi tu perfil por el carrusel de los 7 errores».
    '(tu|su) (respuesta|replica|comentario) (a [\\p{L}]+ )?(en|bajo) (el|la|un|una) (post|posteo|hilo|publicacion|articulo|video)(?!\\p{L})',
    '(por|gracias a|a traves de) (el|tu|su|ese) (carrusel|hilo|post|posteo|articulo|video|reel|podcast|episodio) (de|sobre|del)(?!\\p{L})',
    // Su comentario en el post de otro: «vi que comentaste el post de Nieves Ortega sobre facturación electrónica».
    '(comentaste|comento usted|comentasteis|comentaron) (el|la|un|una|en el|en la) (post|publicacion|posteo|articulo|hilo|video)( de| sobre)(?!\\p{L})',
    // Su pieza más reciente, dicho de qué: «tu último artículo, el de la huella de carbono», «me re gustó tu último posteo sobre…».
    '(tu|su|vuestro|vuestra) (ultimo|ultima|mas reciente|reciente) (articulo|post|posteo|publicacion|hilo|video|charla|ponencia|newsletter|podcast|episodio|carrusel|columna|entrevista)(,? (el|la) (de|del|sobre|que)| sobre| acerca de| de| del)(?!\\p{L})',
    // Los dos comentaron el mismo post: «los dos comentamos en el post de Agexport», «los dos dejamos comentarios en el post de {autor}».
    '(los dos|las dos|ambos|ambas) (comentamos|respondimos|contestamos|preguntamos|opinamos)( en| a)? (el|la|un|una) (post|publicacion|posteo|hilo|articulo|video|directo)(?!\\p{L})',
    '(los dos|las dos|ambos|ambas) (dejamos|escribimos|pusimos|hicimos) (comentarios|un comentario|una pregunta|preguntas) en (el|la|un|una) (post|publicacion|hilo|articulo|video|directo)',
    // Algo suyo compartido o escrito en un grupo: «vi que compartiste el informe de DigitalES», «he leído tus aportaciones sobre absentismo».
    '(compartiste|compartio|publicaste|publico|subiste|subio) (el|la|un|una|tu|su) (informe|articulo|post|estudio|publicacion|hilo|video|encuesta|analisis|grafico)',
    '(tus|sus) (aportaciones|intervenciones|comentarios|respuestas) (sobre|acerca de|en torno a|de)',
    // Lo suyo nombrado con el posesivo detrás: «¡qué buen hilo el tuyo sobre cómo negociar el salario!».
    '(hilo|post|articulo|publicacion|charla|ponencia|video|podcast|newsletter|columna|entrevista|episodio|carrusel|comentario) (el|la) (tuyo|tuya|suyo|suya|vuestro|vuestra) (sobre|de|acerca de|del|de la)',
    // Su gesto con lo del remitente, agradecido: «¡gracias por compartir mi artículo sobre precios!».
    '(gracias|agradezco|quiero agradecerte|quiero agradecerle|queria agradecerte|queria agradecerle) (por|el|la) (compartir|comentar|difundir|recomendar|citar|mencionar|repostear|compartido|comentario (a|en|sobre)|mencion (de|a|en)) (mi|mis|nuestro|nuestra|nuestros|nuestras)',
    // Su respuesta a lo que uno escribió: «ayer me respondiste un comentario sobre pricing».
    '(me|nos) (respondiste|contestaste|respondio|contesto|respondieron|contestaron|corregiste|corrigio) (un|mi|el|a mi|a un|nuestro) (comentario|post|hilo|mensaje|pregunta|publicacion|articulo)',
    // Su réplica a lo del remitente, su frase de un hilo: «tu réplica a mi comentario sobre…», «tu frase del hilo del viernes».
    "(tu|su) (replica|respuesta|comentario|correccion) (a|en|bajo) (mi|mis|nuestro|nuestra) (comentario|post|publicacion|articulo|hilo|pregunta|encuesta)",
    "(tu|su) (frase|cita|idea|comentario|pregunta|reflexion) (del|de tu|de su|en el|en tu|en su) (hilo|post|publicacion|articulo|charla|video|podcast|newsletter|directo)",
    // Lo que escribieron, citado: «lo de «los dashboards que nadie abre» que escribiste el lunes».
    "que(?<=\" que) (escribiste|dijiste|publicaste|compartiste|posteaste|soltaste|escribio usted|dijo usted)",
    // Algo suyo en lo del remitente: «el error que me señalaste en mi artículo», «me corregiste en un comentario», «fuiste la única persona que contestó a mi encuesta».
    "(me|nos) (senalaste|senalo|corregiste|corrigio|contestaste|contesto|respondiste|respondio|rebatiste|rebatio)( [\\p{L}-]+){0,3} (en|a|bajo|sobre) (mi|mis|nuestra|nuestro|nuestros|nuestras|un|una|el|la) (articulo|post|publicacion|hilo|comentario|encuesta|pregunta|video|charla)",
    "(contestaste|contesto|respondiste|respondio|comentaste|comento)( usted)?( en [^.!?]{1,30})? (a|en) (mi|mis|nuestra|nuestro) (encuesta|post|publicacion|articulo|hilo|comentario|pregunta|video|consulta|duda|issue|pr|pull request)",
    // Su repositorio o su issue; su última publicación, con el adjetivo por medio: «vi tu repo y la discusión del issue», «en tu última publicación sobre los turnos de 12 horas», «tu sesión de unit economics».
    '(tu|su|vuestro) (repo|repositorio|issue|fork|libreria|pull request|pr)',
    '(tu|su) (ultima|ultimo|reciente|penultima|penultimo) (publicacion|post|articulo|hilo|video|newsletter|entrada|charla|ponencia) (sobre|de|acerca de|en la que|en el que|donde)',
    '(tu|su) (sesion|masterclass|clase|mentoria|taller|webinar) (de|sobre|en)',
    // Su presentación en algo, con tema: «la presentación de {{empresa}} sobre logística inversa».
    '(la presentacion|la charla|el pitch|la ponencia|la demo) de (<slot>|tu empresa|vuestra empresa|su empresa|tu equipo) (sobre|en|de)',
    // Su respuesta, su ponencia, su revisión de lo del remitente: «vi tu respuesta en el issue #912», «tu respuesta a mi pregunta en el Slack», «tu comunicación en el Congreso…», «hiciste el code review de mi PR».
    '(tu|su) (respuesta|comentario|aporte) (en|a) (el|la|mi|un|una) (issue|hilo|post|publicacion|foro|repo|discusion|pr|pregunta|comentario)',
    '(tu|su) (comunicacion|ponencia|charla|presentacion|poster|intervencion|keynote|taller) (en|del|de la)',
    '(revisaste|reviso|hiciste el (code )?review de|hizo el (code )?review de|comentaste) (mi|el) (pr|pull request|merge request|commit|codigo)',
    // Quien respondía a todos en el foro de un curso: «en el curso de Platzi eras tú la que respondía todas las dudas del foro».
    '(eras|fuiste|era usted|fue usted) (tu |vos |usted )?(el|la) que (respondia|respondio|respondiste|contestaba|contesto|contestaste|resolvia|resolviste|explicaba|explicaste|ayudaba|ayudaste)',
    // Entre el público de su sesión: «fui uno de los asistentes a tu sesión en el DES».
    '(fui|era) (uno|una) de (los|las) (asistentes|oyentes|participantes|alumnos|alumnas) (a|de|en) (tu|su) (sesion|charla|ponencia|taller|conferencia|webinar|clase|curso|keynote|masterclass|mesa redonda)',
    // «La charla» sin más puede ser la que tuvieron los dos («gracias por la charla de hoy»): suya, o con su tema o su sitio.
    '(gracias|muchas gracias) por (la|el|tu|su|esa|esta)( [\\p{L}-]+){0,2} (charla(?<!(la|el|esa|esta)( [\\p{L}-]+){0,2} charla)|ponencia|publicacion|post|articulo|presentacion|webinar|taller|podcast|entrevista|conferencia)',
    '(gracias|muchas gracias) por (la|esa|esta)( [\\p{L}-]+){0,2} charla (sobre|en|acerca|que (diste|dio|impartiste|impartio))(?!\\p{L})',
    "(tu|su) (publicacion|post|articulo|comentario|comentarios|hilo|thread|demo|podcast|episodio|entrevista|charla|lightning talk|talk|keynote|ponencia|presentacion|taller(?! (esta|queda|de (carpinteria|coches|motos|chapa|reparacion|costura|ceramica)|mecanico)(?!\\p{L}))|conferencia|webinar|intervencion|newsletter|video|directo|libro|boletin|posteo|columna|tribuna|reportaje|cronica|postmortem|post-mortem|corto|cortometraje|documental|largometraje|videoclip|fotolibro|carrusel|reel|tiktok|story|stories|historia de instagram|encuesta|short|tutorial|curso|guia|plantilla|checklist|conjunto de datos|dataset|atlas|manual|metodologia|caso de estudio|investigacion|estudio(?= (sobre|acerca|de (los|las|la|el))(?!\\p{L}))|repositorio|canal|canal de youtube|blog|preprint|paper|informe|tesis|mapas?|exposicion|muestra|retrospectiva|instalacion|concierto|montaje|espectaculo)",
    "(lei|he leido|vi|he visto) (vuestro|vuestra|vuestros|tu|su) (preprint|paper|articulo|estudio|informe|publicacion|tesis)",
    // Su caso en algo del remitente: «en el último episodio te citamos como caso».
    '(te|le|os|les) (citamos|citabamos|mencionamos|nombramos|pusimos|usamos|tomamos) como (caso|ejemplo|referente|caso de estudio)',
    // Su pregunta en una charla: «usted fue quien preguntó por los aranceles en la mesa de la tarde».
    '(fue|fuiste|eras|era)( usted| tu)? (quien|el que|la que) (pregunto|preguntaste|hablo|hablaste|comento|comentaste|intervino|interviniste|cerro|acepto|reviso|aprobo|fusiono|respondio|contesto|corrigio|arreglo|resolvio)',
    // Reacting to what they said: "me encantó lo que escribiste sobre…", "tu visión sobre … me pareció acertada".
    '(lo que|todo lo que) (escribiste|compartiste|publicaste|comentaste|escribio|compartio|publico|comento)( usted)? (sobre|acerca|de|en)',
    '(tu|su) (vision|opinion|reflexion|punto de vista|perspectiva|lectura|analisis) (sobre|de|acerca de)[^.!?]{1,80} (me parecio|me parecieron|me resulto|fue|es) (muy )?(acertad[oa]|brillante|genial|interesante|util|clave|clarisim[oa]|inspirador[a]?)',
    '(la|esa|esta|(?<!(compartir|compartas|compartieras|compartiera|compartiese|difundir|difundas|comentar|comentes|reaccionar a|darle like a|dar like a|mover|muevas) )mi) (publicacion|post|entrada)( de| sobre| en)',
    '(en|entre) los comentarios',
    '(te|le) (escuche|oi|lei) en',
    '(comentaste|respondiste|reaccionaste) (en|a)',
    // Su respuesta a una pregunta de uno, un comentario dejado en lo suyo.
    'la pregunta que (te |le )?(hice|hicimos)',
    'gracias por (contestarla|responderla|contestarme|responderme|tu respuesta|su respuesta)',
    '(te|le) (deje|he dejado|escribi|puse) un comentario',
    '(intercambiamos|cruzamos) (algunos |unos |un par de )?(comentarios|respuestas) (en|bajo)',
    '(te gusto|compartiste|comentaste|revisaste|respondiste|contestaste|aprobaste|(contesto|respondio|comento|compartio|reviso) usted) mi',
    // Su voto en una encuesta de uno: «votaste en mi encuesta sobre facturación».
    '(votaste|voto usted|participaste|participo usted) en (mi|nuestra|nuestro) (encuesta|sondeo|votacion)(?!\\p{L})',
    '(te|le) (respondi|conteste|comente|escribi)( ayer| hace poco| la semana pasada)? (en|bajo)',
    '(en|bajo) el hilo (de|sobre)',
    '(escribiste|publicaste|compartiste|subiste|escribio usted|publico usted) (un|una|el|la) (hilo|post|publicacion|articulo|video|carrusel|newsletter|entrada)',
    // Lo que contaron en su publicación, dicho por lo que contaba: «publicaste hace poco que buscáis {{ puesto }}».
    '(publicaste|posteaste|compartiste|escribiste|anunciaste|colgaste|publico usted|compartio usted|anuncio usted)( hace poco| hace unos dias| ayer| recientemente| esta semana| el otro dia| la semana pasada)? (que|sobre|acerca de)(?!\\p{L})',
    // Una respuesta a lo que uno escribió: «gracias por responder a mi comentario en el post de…».
    '(responder|responderme|contestar|contestarme|respondio|contesto|respondieras|contestaras) (a )?mi (comentario|pregunta|publicacion|post|respuesta)',
    '(mi|tu|su) (comentario|respuesta|pregunta) (en|a|bajo) (el|la|tu|su|un|una|ese|esa|este|esta) (post|publicacion|articulo|hilo|video|entrada)',
    // Un PR o un issue mandado a lo suyo: «te mandé un PR con el dígito de verificación».
    '(te|le) (mande|envie|abri|hice|deje|propuse) (un|una|la|el) (pr|pull request|issue|parche|fix|merge request)',
    // Lo suyo revisado por el remitente, lo que subió, visto: «fui uno de los revisores de su manuscrito», «vi el vídeo que colgaste explicando…».
    '(fui|era) (uno|una) de (los|las) (revisores|revisoras|evaluadores|evaluadoras|referees|dictaminadores) de (su|tu)',
    '(vi|lei|escuche|mire) (el|la|tu|su) (video|post|publicacion|articulo|hilo|podcast|charla|entrada|reel) que (colgaste|subiste|publicaste|compartiste|grabaste|escribiste|diste|colgo|subio|publico)',
    '(mande|envie|abri|hice|propuse) (un|una) (pr|pull request|issue|parche|fix|merge request) (a|en|para) (tu|su|vuestro|vuestra)',
    // En su sesión: «fui al recorrido de obra que usted guió en la Bienal».
    "(fui|asisti|estuve) (a|al|en) (la |el )?(recorrido|visita|visita guiada|taller|charla|sesion|masterclass|ponencia|tour|clase|seminario|webinar|webinario|conferencia|directo|formacion|curso|workshop)( [\\p{L}\\p{N}«»\"'-]+){0,6} que ((usted|tu|vos) )?(guio|guiaste|diste|dio|impartio|impartiste|dicto|dictaste|presento|presentaste|moderaste|modero)(?!\\p{L})",
    // Lo suyo revisado o respondido, una ayuda suya en un foro, un truco que pasó: «gracias por revisar mi PR», «me ayudaste en el Discord de Godot Hispano», «en el Slack de DataTalks me pasaste el truco», «tu respuesta fue la única que funcionó».
    '(gracias|muchas gracias) por (revisar|aprobar|mergear|fusionar|responder|contestar|comentar) (mi|nuestro|nuestra|mis) (pr|pull request|issue|pregunta|publicacion|post|comentario|parche|codigo|traduccion|duda|consulta)',
    '(me|nos) (ayudaste|ayudo|echaste una mano|echo una mano|resolviste|resolvio)( [\\p{L}\\p{N}-]+){0,6} en (el|la|tu|su|un|una) (canal|hilo|foro|discord|slack|servidor|subreddit|comunidad|issue|grupo|repo|repositorio)',
    '(me|nos) (pasaste|paso|diste|dio|explicaste|explico|ensenaste|enseno|compartiste|compartio) (el|un|la|una|ese|aquel|aquella) (truco|consejo|tip|dato|enlace|link|script|snippet|atajo|fix|parche|workaround)',
    '(tu|su) (respuesta|solucion|consejo|sugerencia|truco|comentario)( [\\p{L}\\p{N}-]+){0,4} (fue|fueron) (la unica|el unico|clave|oro|lo unico|justo lo)',
    // Lo que aportaron en un grupo, leído: «vi tu aporte en el grupo «RRHH Perú» sobre la nueva ley».
    "(tu|su) (aporte|comentario|post|publicacion|intervencion|respuesta|pregunta) en el (grupo|foro|hilo|canal)(?!\\p{L})",
    // Visto comentando en una publicación: «te vi comentando en el post de %AUTOR% sobre %TEMA%».
    "(te|le|los|las) vi (comentando|opinando|respondiendo) en (el|la|un|una) (post|publicacion|hilo|articulo|debate)(?!\\p{L})",
    // Se inscribió en el evento del remitente: «vi que te inscribiste a nuestro webinar», «…al webinar de mañana; yo lo organizo».
    'te (inscribiste|registraste|apuntaste|anotaste) (a|al|en) (mi|nuestro|nuestra) (webinar|webinario|taller|curso|charla|sesion|masterclass|jornada|evento|seminario|meetup|directo|live|clase)',
    'te (inscribiste|registraste|apuntaste|anotaste) (a|al|a la|en el|en la) (webinar|webinario|taller|curso|charla|sesion|masterclass|jornada|evento|seminario|meetup|directo|clase)[^.!?]{0,80}(yo|nosotros|nosotras) (lo|la) (organizo|organizamos|imparto|impartimos|doy|damos|modero|moderamos|presento|presentamos)',
    // Su publicación con su tema, sin «tu»: «muy buen post el de ayer sobre el alza del dólar»; leído en ella: «leí en tu último post que…».
    '(muy )?(buen|buenisimo|gran|excelente|genial|tremendo|lindo|bueno) (post|articulo|hilo|video|podcast|episodio|newsletter|carrusel)( el| la)?( de (ayer|hoy|anoche|esta semana|la semana pasada|el lunes|el martes|el miercoles|el jueves|el viernes))? sobre',
    '(lei|vi|he leido|he visto) en (tu|su) (ultimo |ultima |reciente )?(post|publicacion|articulo|hilo|newsletter|blog|carrusel|video) (que|sobre)',
    // Lo visto allí, entre medias: «vi [observación concreta] en tu último post», «me quedé con lo que contabas en su publicación».
    '(lei|vi|he leido|he visto|me quede con|me llamo la atencion)( <slot>| lo que (contabas|contaste|decias|dijiste|explicabas|explicaste|compartiste|escribiste|comentabas|comentaste|contaba|decia|explicaba|compartio|escribio)) (en|de) (tu|su) (ultimo |ultima |reciente )?(post|publicacion|articulo|hilo|newsletter|blog|carrusel|video)(?!\\p{L})',
    // Lo suyo que sacó de un apuro al remitente o que ya usa: «tu respuesta en Stack Overflow sobre encoding de CSV me sacó de un apuro», «tu plantilla de Figma ya la usamos en producción», «estamos usando tu dataset de precios».
    '(tu|su) (respuesta|solucion|post|hilo|articulo|guia|tutorial|video|plantilla|libreria|biblioteca|repo|repositorio|dataset|script|plugin|paquete|curso|libro|newsletter|episodio|charla)[^.!?\\n]{0,90} (me|nos) (saco|sacaron|salvo|salvaron|ahorro|ahorraron|resolvio|resolvieron|desbloqueo|cambio|ayudo|ayudaron)(?!\\p{L})',
    '(tu|su) (plantilla|libreria|biblioteca|repo|repositorio|dataset|script|plugin|paquete|herramienta|framework|api|modelo)[^.!?\\n]{0,80} (ya )?(la|lo|las|los) (usamos|uso|usan|utilizamos|utilizo|tenemos|aplicamos)(?!\\p{L})',
    '(estamos usando|estoy usando|usamos|uso|utilizamos|utilizo)( [\\p{L}-]+){0,3} (tu|su) (plantilla|libreria|biblioteca|repo|repositorio|dataset|script|plugin|paquete|herramienta|framework|api|modelo|curso|metodo|guia)(?!\\p{L})',
  ],
  pieceSingledOut: [
    // La suya entre todas: «de todas las charlas de la Semana del Mar, la tuya sobre redes fantasma…».
    "(de|entre) (todas las|todos los) (charlas|ponencias|publicaciones|posts|comentarios|respuestas|articulos|sesiones|paneles|talleres|presentaciones|posters|episodios)[^.!?]{0,80}(,|—|–) (la tuya|el tuyo|la suya|el suyo|la de usted|el de usted) (sobre|de|del|fue|era|es)(?!\\p{L})",
    // Un número de su boletín, no el boletín en general: «el número sobre la digitalización de los protocolos».
    "(el|ese|aquel|tu|su|vuestro) (ultimo |penultimo |primer )?numero (sobre|dedicado a)(?!\\p{L})",
    "(la|esa|aquella|tu|su|vuestra) (ultima |penultima |primera )?(entrega|edicion) (sobre|dedicada a)(?!\\p{L})",
  ],
  valueOffer: [
    // Una tribuna ofrecida en el evento o el programa de quien escribe: «invitarte a dar una charla», «contar con usted como ponente», «tenerte como invitada en el pódcast».
    "(invitarte|invitarle|invitaros|invitarla|invitarlo|tenerte|tenerle|tenerla|tenerlo|teneros|contar contigo|contar con usted|contar con vos) (a (hablar|exponer|presentar|moderar|dar una (charla|ponencia|conferencia|keynote|masterclass))|(como|de) (ponente|panelista|speaker|conferencista|conferenciante|moderador|moderadora|invitado|invitada|keynote)|en (nuestro|nuestra|mi) (panel|mesa|podcast|programa|escenario))(?!\\p{L})(?! (algun dia|alguna vez|en algun momento|en el futuro)(?!\\p{L}))",
    // Una presentación a alguien, ofrecida: «Mi socia Juliana Ospina lleva diez años en arriendos allá y con gusto te la presento», «Conozco a Esteban Rojas…; si quieres, les hago la intro».
    "(te|le|les|os) (la|lo|las|los) (presento|puedo presentar|podria presentar|presentamos)(?!\\p{L})",
    "(te|le|les|os) (hago|hacemos|puedo hacer|podria hacer) (la|una) (intro|presentacion)(?!\\p{L})",
    // Una llamada o visita para mostrar cómo lo hacen, sin cargo: «Le puedo hacer una videollamada de 20 minutos mostrando cómo configuramos las tarifas», «te ofrezco una visita de medio día para mostrarte cómo armamos los turnos».
    '(videollamada|llamada|sesion|visita|demo|reunion)( de [^.!?]{1,25})? (mostrando|para mostrarte|para mostrarle|para ensenarte|para ensenarle|para explicarte|para explicarle|explicando|ensenando) (como|lo que)(?!\\p{L})',
    // Una prueba de su trabajo o una muestra gratis, no una sesión o demo de venta: «te propongo una sesión de prueba gratis en tu sala».
    '((sesion|sesion de fotos|reportaje|cata) de prueba|muestra|muestras) (gratis|gratuita|gratuitas|sin coste|sin costo)(?!\\p{L})',
    // Un estudio de lo suyo propuesto sin coste (no una reunión ni una demostración de lo propio): «le propongo una auditoría SEO gratuita de su web».
    "(le|te|les|os) (propongo|proponemos|ofrezco|ofrecemos) (un|una)( [\\p{L}-]+){0,2} (auditoria|revision|analisis|diagnostico|informe|estudio|comparativa|evaluacion)( [\\p{L}-]+){0,2} (gratis|gratuit[oa]|sin coste|sin costo|sin cargo)(?!\\p{L})",
    // Mostrarles cómo, sobre algo suyo, sin cobrar: «te puedo mostrar en una videollamada cómo armamos el control de barricas, sin venderte nada».
    "(te|le|les|os) (puedo|podemos|podria|podriamos) (mostrar|ensenar|explicar)(?=[^!?]{0,160}(gratis|sin coste|sin costo|sin cargo|sin compromiso|sin venderte nada|sin venderle nada|sin venderles nada|sin venta|ni venta|sin cobrar|no (te|le|les|os) cobro))",
    // Algo concreto ofrecido o compartido ya: «te propongo un walkthrough de 20 min de cómo automatizamos…», «comparto con usted, sin costo, la plantilla en Excel que usamos…».
    '(te|le|os) (propongo|ofrezco|regalo) (un|una)( [\\p{L}\\p{N}-]+){0,3} (walkthrough|demo|auditoria|revision|diagnostico|repaso) de(?!\\p{L})',
    '(comparto|te comparto|le comparto|les comparto|te paso|le paso|te envio|le envio)( con (usted|vos|ustedes|ti))?,?( sin costo,| gratis,| sin compromiso,)? (la|el|mi|nuestra|nuestro) (plantilla|checklist|guia|hoja de calculo|excel|informe|analisis|auditoria|calculadora)(?!\\p{L})',
    // Algo hecho en casa que se puede pasar: «Te puedo pasar el banco de preguntas que hemos montado».
    '(te|le|os|les) (puedo|podria|podría) (pasar|enviar|mandar|compartir) (el|la|los|las|nuestro|nuestra|nuestros|nuestras|mi|mis) [\\p{L}-]+( de [\\p{L}-]+)? (que|de) (hemos|he|tenemos|tengo|montado|preparado|hecho|usamos|use|presentamos|presente|nos (aprobaron|aceptaron|concedieron|financiaron|funciono|sirvio))',
    // Un arreglo concreto hecho gratis: «te explico el arreglo gratis; son diez minutos», «se las puedo tomar yo gratis esta semana».
    '(te|le|os) (explico|hago|mando|preparo|monto) (el|la|un|una) (arreglo|cambio|ajuste|diagnostico|revision) gratis(?!\\p{L})',
    '(se las|se los|se lo|se la|te las|te los|te lo|te la) puedo (tomar|hacer|arreglar|preparar|revisar|montar)( yo)? gratis(?!\\p{L})',
    // Algo hecho, enviado ya: «te mando un glosario EN-ES de 400 términos de energía solar que he compilado».
    "(te|le|os|les) (mando|envio|paso|comparto|dejo|adjunto) (un|una|el|la|mi)( [\\p{L}\\p{N}-]+){0,2} (glosario|plantilla|guia|checklist|informe|analisis|hoja de calculo|excel|mapa|listado|resumen|dossier|manual|modelo)(?!\\p{L})",
    // Un arreglo para lo suyo, ya hecho: «encontré un error en la función de remuestreo; tengo el arreglo listo».
    "tengo (el|un|una) (arreglo|parche|fix|pr|pull request|correccion) (listo|lista|preparado|preparada|hecho|hecha)(?!\\p{L})",
    // Algo hecho ya para su producto o su empresa: «hice un teardown de la página de precios de {{empresa}}», «grabé una comparativa de 10 minutos usando tu mismo flujo».
    "(grabe|he grabado|prepare|he preparado|hice|he hecho|arme|he armado|monte|he montado|escribi|he escrito|saque|he sacado|tengo) (un|una|unos|unas|\\d+|dos|tres|cuatro|cinco)( [\\p{L}\\p{N}-]+){0,4} (video|videos|loom|comparativa|analisis|auditoria|teardown|benchmark|maqueta|mockup|capturas|plantilla|checklist|prototipo)( [\\p{L}\\p{N}-]+){0,8} (de|para|sobre|con|usando|en|frente a) (tu|su|tus|sus|vuestro|vuestra|vuestros|vuestras|<slot>)(?!\\p{L})",
    // Un candidato o un contacto ofrecido: «si te sirve, te paso su CV».
    '(te|le|os) (paso|envio|mando|reenvio|hago llegar) su (cv|curriculum|perfil|portfolio|portafolio)(?!\\p{L})',
    // Lo que pedían en su último post, respondido: «en tu último post preguntabas por alternativas a Zapier».
    'en (tu|su) (ultimo|ultima|reciente) (post|publicacion|hilo|video|articulo) (preguntabas|pregunta usted|preguntaba usted|pedias|pedia usted|buscabas|buscaba usted)(?!\\p{L})',
    // Un recorrido por lo que usan, propuesto: «te propongo un recorrido de 20 min por el ATS que usan en {{ empresa }}».
    '(te|le|os|les) propongo (un|una) (recorrido|demo|revision|auditoria|repaso|diagnostico)( (rapido|rapida|gratis|gratuito|gratuita))?( de \\p{N}+ ?(min|minutos))? (por|de|sobre|a) (el|la|los|las|tu|su|vuestro|vuestra)(?!\\p{L})',
    // Una demo con sus propios datos: «una demo de nuestro software cargada con los datos de una campaña real de tu cooperativa».
    '(demo|prueba|piloto|simulacion)( [\\p{L}-]+){0,5} (cargad[oa]|hech[oa]|montad[oa]|preparad[oa]) con (los |sus |tus )?datos( [\\p{L}-]+){0,4} (de )?(tu|su|vuestra|vuestro)(?!\\p{L})',
    // Un recorrido o una demo de lo que usan, ofrecidos: «con gusto le haría un recorrido de 15 minutos por cómo…».
    '(le|te|os) (haria|hago|puedo hacer|podria hacer|ofrezco|enseño|enseñaria|muestro|mostraria|preparo|prepararia) (un|una) (recorrido|tour)( (rapido|breve|gratuito|gratis|express))?( de \\d+ (minutos|min))? por (como|lo que|el|la|los|las|su|tu|vuestro|vuestra)(?!\\p{L})',
    // Algo hecho para ellos o una plaza guardada: «te armé una plantilla de pipeline», «me tomé la libertad de hacer un mock-up», «tengo una plaza gratis reservada para [Empresa]», «te dejo los pasos para renovarlo», «te puedo mostrar cómo comprobarlo».
    '(te|le|os) (arme|prepare|hice|he armado|he preparado|he hecho|monte|he montado|agrupe|he agrupado) (un|una|el|la|los|las) (plantilla|mock-?up|maqueta|analisis|informe|checklist|guia|dashboard|tablero|demo|prototipo|comparativa|resumen|comentarios|resenas|calendario|presupuesto)(?!\\p{L})',
    'me tome la libertad de (hacer|preparar|armar|grabar|montar|revisar|redactar)(?!\\p{L})',
    '(tengo|tenemos|te guardo|te guarde|le guardo|te reserve|le reserve|hemos reservado) (una|dos|tres|\\d+) (plaza|plazas|entrada|entradas|invitacion|invitaciones|pase|pases)( gratis| gratuitas?| libres?)?( reservadas?)? (para|gratis|gratuitas?)(?!\\p{L})',
    '(te|le|os) (dejo|paso|mando|envio) los pasos (para|de)(?!\\p{L})',
    '(te|le|os) (puedo|podria|podemos) (mostrar|ensenar|explicar) (como|cómo|donde|dónde)(?!\\p{L})(?! (trabajamos|lo hacemos|hacemos|funciona|podemos|te podemos|le podemos|ayudamos|te ayudamos|le ayudamos)(?!\\p{L}))',
    // Algo grabado o hecho para ellos: «te grabé un vídeo de 3 minutos mostrando cómo integraríamos…».
    '(te|le|os) (grabe|he grabado|hice|he hecho|prepare|he preparado|arme|he armado) (un|una) (video|loom|audio|mockup|maqueta|prototipo|boceto|analisis|informe|demo|auditoria)(?!\\p{L})',
    // Lo hecho con sus datos o para lo suyo, ofrecido: «he montado un dashboard con los datos abiertos de vuestras líneas», «te mando capturas y cómo arreglarlo».
    '(montado|hecho|armado|creado|preparado|construido) (un|una) (dashboard|tablero|panel|analisis|informe|plantilla|calculadora|mapa|prototipo|demo|auditoria|simulacion|modelo)( [\\p{L}-]+){0,4} (con|sobre|de) (los datos|datos|el trafico|la web|las resenas)( [\\p{L}-]+){0,2} (de|del) (vuestr[oa]s?|tus?|sus?)(?!\\p{L})',
    '(te|le|os) (mando|envio|paso|cuento|explico)( [\\p{L}]+){0,3} (como|cómo) (arreglarlo|arreglarla|solucionarlo|solucionarla|corregirlo|corregirla|resolverlo|resolverla)(?!\\p{L})',
    // Un trabajo concreto ofrecido gratis: «puedo revisar gratis su sección de impacto».
    '(puedo|podria|podemos|me ofrezco a|le ofrezco|te ofrezco) (revisar|auditar|analizar|evaluar|leer|corregir|traducir|diagnosticar|testear|probar|revisarle|revisarte|auditarle|auditarte) (gratis|sin coste|sin costo|sin cargo) (su|tu|sus|tus|el|la|los|las|vuestro|vuestra)(?!\\p{L})',
    // Ofrecido con la fórmula de cortesía: «Me permito compartirle, sin compromiso, un diagnóstico de la huella de carbono de su flota», «…y me permito compartírsela».
    '(me permito|quisiera|quiero|me gustaria|permitame) (compartirle|compartirte|ofrecerle|ofrecerte|enviarle|enviarte|hacerle llegar|hacerte llegar)(,? sin compromiso,?)? (un|una|el|la|nuestro|nuestra|mi)( [\\p{L}\\p{N}-]+){0,3} (diagnostico|video|plantilla|estudio|guia|informe|comparativa|analisis|auditoria|checklist|modelo|presentacion|simulacion|calculadora|muestra|mapa|resumen)(?!\\p{L})',
    '(me permito|quisiera|quiero|me gustaria|permitame|sera un gusto) (compartirsela|compartirselo|compartirselas|compartirselos|enviarsela|enviarselo|hacersela llegar|hacerselo llegar)(?!\\p{L})',
    // Un candidato para su vacante: «tengo una candidata para tu vacante de Jefe/a de Planta».
    '(tengo|tenemos) (un|una) (candidat[oa]|perfil|profesional) (para|que encaja con|ideal para) (tu|su|vuestra|vuestro) (vacante|puesto|posicion|proceso|oferta|busqueda)',
    // Un candidato con su CV ofrecido: «Tengo una candidata que ocupó el mismo rol… ¿Te comparto su CV?».
    "(tengo|tenemos) (un|una|dos|tres) (candidat[oa]s?|perfil|perfiles)(?=[^.!?]{0,160}([.!?]\\s*[^.!?]{0,60})?(te|le|les|os) (comparto|paso|envio|mando|reenvio|hago llegar) (su|sus) (cv|curriculum|perfil|perfiles|cvs)(?!\\p{L}))",
    // Hacerles algo concreto, gratis o para que vean cómo trabaja: «te propongo reescribir gratis la página de vuestra bodega».
    '(te|le|os) (propongo|ofrezco) (reescribir|revisar|auditar|analizar|grabar|diseñar|preparar|traducir|redactar|optimizar|rehacer)( gratis| sin coste)? (la|el|los|las|tu|su|sus|tus|vuestr[oa]s?)',
    // Algo que tienen ganas de tener, que el remitente tiene: «tengo la grabación completa del taller … y vi que la estabas buscando».
    '(tengo|te paso|te puedo pasar|te mando|te envio|te comparto) (la|el|una|un) (grabacion|video|presentacion|plantilla|informe|analisis|hoja de calculo|comparativa|checklist|resumen|manual|guia|protocolo|kit|dossier)( completa| completo)?',
    // Lo hecho, suyo, dicho al revés: «si te sirve, es tuyo».
    'si (te|le|os) (sirve|interesa|vale),? (es|son) (tuyo|tuya|tuyos|tuyas|suyo|suya|suyos|suyas)',
    // Cómo lo hizo el remitente, enseñado: «te enseño en una videollamada cómo montamos el control de horas».
    '(te|le|os) (enseño|ensenio|muestro|explico|cuento) (en (una|un) (videollamada|llamada|reunion|zoom) )?como (montamos|hicimos|organizamos|resolvimos|hacemos|llevamos|gestionamos)',
    '(os|te|le) (los|las|lo|la) (cedemos|cedo|prestamos|presto|regalamos|regalo)',
    // Un trabajo de muestra, gratis: «te traduzco gratis una página de la guía».
    '(te|le|os) (traduzco|hago|preparo|reviso|audito|analizo|diseño|grabo|redacto|escribo|optimizo)( [\\p{L}]+){0,4} (gratis|sin coste|sin costo|sin compromiso)',
    // Algo hecho por quien escribe, que les pasa gratis: «armé una plantilla de trazabilidad que te puedo pasar gratis».
    '(te|le|os) (puedo|podria|podemos|podriamos) (pasar|enviar|mandar|compartir|regalar)( [\\p{L}]+){0,2} (gratis|sin coste|sin costo|sin cargo)',
    // Horas de trabajo regaladas en algo suyo: «puedo dedicar 4 horas semanales a mejorar vuestra web».
    '(puedo|podria|me ofrezco a|quiero|encantad[oa] de) (dedicar|donar|aportar|regalar|ofrecer)( [\\p{L}\\p{N}]+){0,3} (horas|dias|tardes|mananas)( [\\p{L}\\p{N}]+){0,3} (a|para) (mejorar|revisar|redisenar|actualizar|traducir|montar|arreglar|optimizar) (vuestr[oa]s?|tu|tus|su|sus)',
    // Presentarle a alguien concreto: «le puedo presentar a Julián Ortega».
    '(te|le) (puedo|podria|quiero|quisiera) presentar a',
    '(he preparado|prepare|tengo|hice|elabore) (una|un|unas|unos)( [\\p{L}0-9-]+){0,4} (plantilla|guia|checklist|informe|auditoria|analisis|comparativa|calculadora|hoja de calculo|presentacion|lista|chuleta)',
    '(te|se|le) (la|lo|las|los) (paso|envio|mando|comparto|muestro|enseno|ensenio|regalo|presto)',
    '(antes de|para) (abrir|mandar|enviar|proponer) (la|el|una|un) (pr|pull request|merge request|parche)',
    '(lo|la|los|las) (puedo|podemos|podria|podriamos) (compartir|pasar|enviar|mandar|prestar|ceder)',
    '(te|le|les) (paso|envio|mando|comparto|preparo) (el|la|los|las|un|una|mi|mis|nuestro|nuestra) (detalle|informe|analisis|listado|lista|resumen|datos|plantilla|planilla|excel|tabla|comparativa|benchmark|guia|hoja|archivo|presentacion|borrador|codigo|script)',
    // Algo que enviar, no consejos en general: «encantado de compartirte algunos consejos» no ofrece nada concreto.
    '(puedo|podria|encantad[oa] de) (enviarte|pasarte|mandarte|compartirte|compartir contigo|ensenarte|presentarte)(?! (algunos |unos |mis |nuestros )?(consejos|ideas|trucos|experiencias?|conocimientos|opiniones|reflexiones|buenas practicas)|( mi| mis)? (cv|curriculum|hoja de vida|portfolio|portafolio|carta de presentacion)(?!\\p{L}))',
    '(puedo|podria|encantad[oa] de|me ofrezco a) (revisarte|revisar) (tu|su|el|la|tus|sus)',
    '(plantilla|guia|auditoria|checklist|analisis|informe) gratuit[oa]',
    // Algo hecho sobre lo suyo: «grabé un Loom corto repasando vuestra landing».
    '(grabe|he grabado|hice|he hecho|prepare|escribi|monte|arme) (un|una)( [\\p{L}\\p{N}-]+){0,3} (loom|video|auditoria|analisis|teardown|revision|maqueta|mockup|critica)( [\\p{L}-]+){0,3} (de|sobre|para|repasando|analizando|revisando) (vuestr[oa]s?|tu|tus|su|sus)',
    // Lo hecho, ya suyo; alguien concreto presentado: «Es tuyo si te sirve», «Conozco a Javiera Muñoz, que compra para 30 cafeterías; si quieres, te la presento», «ponerte en contacto con ella».
    '(es|son) (tuyo|tuya|tuyos|tuyas|suyo|suya|suyos|suyas) si (te|le|os) (sirve|sirven|interesa|interesan|vale|valen)',
    '(conozco|conocemos) a [^.!?]{1,150}(te|le|os) (la|lo) (presento|puedo presentar|presentaria|presentare)',
    // Preguntado, tras nombrarle: «Conozco a Jaime Ortiz, que invierte en economía circular. ¿Te lo presento?», «¿quieres que te la presente?».
    '(te|le|os) (lo|la|los|las) presento(?=\\s*\\?)', '(quieres|quiere|queres|quereis|te gustaria|le gustaria|os gustaria) que (te|le|os) (lo|la|los|las) (presente|ponga en contacto)(?!\\p{L})',
    // Lo publicado, entero, ofrecido: «acabamos de publicar el informe de salarios… Si quieres te envío la versión completa».
    '(si quieres|si te interesa|si te sirve|si le interesa|si lo desea),? (te|le|os) (envio|mando|paso|comparto) (la|el) (version|pdf|documento|informe|estudio) (completa|completo|entera|entero|integra|integro|final)(?!\\p{L})',
    '(si te interesa|si quieres|si queres|si te encaja|si te sirve|si le interesa|si lo ve bien|si le parece|si te parece|si te viene bien|si os viene bien|si le viene bien),? ((os|les) (la |lo |los |las )?|(te|le) (la|lo) )(presento|pongo en contacto|conecto)( (encantad[oa]|con gusto|gustos[oa]))?(?=\\s*[.!?;]|\\s*$)',
    // Lo propio de quien vende no es una oferta: «¿Podría enviarle la ficha técnica?», «presentarle nuestra propuesta».
    '(puedo|podria|encantad[oa] de) (enviarle|pasarle|mandarle|compartirle|ensenarle)(?! (mi|mis|nuestr[oa]s?|la|el|los|las|una|un) (cv|curriculum|hoja de vida|portfolio|portafolio|fichas? tecnicas?|propuestas?|productos?|servicios?|solucion|soluciones|catalogos?|presupuestos?|cotizacion|cotizaciones|tarifas?|brochure|plataforma|demo|dossier|presentacion)(?!\\p{L}))',
    // Un sitio guardado en el evento de quien escribe: «me encantaría reservarte una», «¿te guardo plaza?».
    '((reservarte|guardarte|reservarle|guardarle|reservaros|guardaros) (una|uno|un|1)|(te|le|os) (reservo|guardo) (una |un )?(plaza|sitio|lugar|asiento|entrada))(?!\\p{L})',
    '(ponerte|ponerle|poneros|ponerles|te pongo|le pongo|os pongo) en contacto con (ella|ellos|ellas|el(?=\\s*[.,;!?]|\\s*$|\\s+(si|cuando|y)(?!\\p{L})))',
    // Plazas apartadas para ellos, o lo que el remitente ya resolvió, enseñado: «te reservo diez plazas para la próxima visita», «te puedo mostrar en 20 minutos cómo hicimos allí el alta fiscal».
    '(te|le|os|les) (reservo|guardo|aparto|regalo|cedo|consigo) (\\p{L}+ )?(plazas|entradas|invitaciones|pases|sitios|lugares|asientos|una plaza|una entrada|un pase)(?!\\p{L})',
    '(te|le|os|les) (puedo|podemos|podria|podriamos) (mostrar|ensenar|contar|explicar)( en \\d+ minutos)? como (hicimos|resolvimos|montamos|armamos|conseguimos|logramos|lo hicimos|automatizamos|organizamos|gestionamos|coordinamos|digitalizamos)(?!\\p{L})',
    // Personas para su vacante, ofrecidas: «conozco a dos perfiles muy buenos de mi antigua empresa y, si quieres, te los presento».
    '(conozco|tengo|tenemos) (a )?(un|una|dos|tres|varios|varias|un par de)( [\\p{L}-]+){0,4} (candidat[oa]s?|perfil|perfiles|profesionales|personas)( [\\p{L}-]+| y| si quieres| si te sirve| si te interesa| de <slot>){0,10},? (te|se|os) (lo|la|los|las) (presento|paso|presentaria|paso el contacto|puedo presentar|mando)(?!\\p{L})',
  ],
  studiedElsewhere: [
    // No partes distintas de lo mismo: «aunque en talleres distintos».
    '(aunque|pero|solo que|si bien)( yo)? (en|de|por)(?! (la misma|el mismo|tu|su)(?!\\p{L}))(?!( [\\p{L}-]+)? (distint[oa]s|diferentes|separad[oa]s)(?!\\p{L}))',
    'y no (en|de|por) (la|el)(?!\\p{L})',
    // Cada cual en su universidad: «(yo de la Universidad de Salamanca)».
    '(tu|usted|vos|yo) (en|de|por) la (universidad|uni)(?!\\p{L})',
    '(otra|otro|distinta|distinto|diferente) (universidad|facultad|facu|escuela|master|bootcamp|aceleradora|laboratorio|promocion|edicion|campus|carrera)(?!\\p{L})',
    '(hice|curse|estudie) (otro|otra)(?!\\p{L})',
    '(pase|pasaste|paso) por (una|un) (aceleradora|bootcamp|master|universidad|escuela|academia|incubadora)(?!\\p{L})',
  ],
  followingInGeneral: [
    // Su programa o su canal en general, sin nada en concreto: «tu pódcast me acompaña en cada viaje en metro», «pasé por tu canal de YouTube».
    '(tu|su) (podcast|canal|programa|newsletter|blog|columna|contenido) (me acompana|me acompano|es mi favorito|me encanta|me inspira)( [\\p{L}\\p{N}-]+){0,6}(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    '(pase|he pasado|me pase|estuve viendo) por (tu|su) (canal|perfil|pagina|web|instagram|cuenta|blog)( de [\\p{L}-]+)?(?!\\p{L})',
    '(sigo|leo|escucho|veo) (tu|su) (contenido|newsletter|podcast|blog|canal)', '(estoy|soy) suscrit[oa]s? a (tu|su) (newsletter|canal|podcast|blog|boletin|contenido)(?!\\p{L})(?! (de|sobre) )', '(te|le) sigo (leyendo|escuchando|viendo) (en|por) (tu|su) (blog|newsletter|podcast|canal|columna|perfil|web)(?!\\p{L})', '(soy|somos) (muy )?(fan|fans|seguidor|seguidora|seguidores|seguidoras|lector|lectora|lectores|lectoras|suscriptor|suscriptora|suscriptores|oyente|oyentes) (fiel |fieles |asidu[oa]s? |habitual |habituales |incondicional |incondicionales |constante )?(de|del) (tu|su) (newsletter|podcast|blog|canal|contenido|columna|programa|publicaciones|posts)(?=\\s*[.!?¡]|\\s*$|\\s*\\p{Extended_Pictographic})', '(te|le) sigo desde hace', '(me encanta|disfruto) (tu|su) contenido', '(me encanta|disfruto|me gusta mucho|me gusta) (tu|su) (podcast|canal|newsletter|blog)(?=\\s*[,.!?¡]|\\s*$)'],
} satisfies ContextPhrases;
