import type { CueLanguage } from '../types.js';

// The sender's act toward the reader in the preterite, «te pregunté», never after «que»: without
// its accent the preterite of an -ar verb is spelled as the subjunctive («¿quieres que te comente…?»).
const toReader = (verbs: string) => `(te|le) (${verbs})(?<!que (te|le) \\p{L}+)(?!\\p{L})`;

export default {
  meeting: {
    phrases: ["(me|nos) (contaste|comentaste|mencionaste|dijiste|explicaste|ensenaste|hablaste|platicaste|charlaste|propusiste|preguntaste)", "(tu|su) (pregunta|intervencion|comentario|respuesta|broma|demo|pitch) (en|durante|al final de)(?!\\p{L})", "(eras|fuiste|era|fue) (tu|vos|usted) (la|el) (que|de)", "nos (presento|presentaron|presentaste)", "nos sentamos (juntos|juntas|al lado|cerca)", "(estuvimos|estabamos) en (equipos|mesas|stands|puestos) (vecinos|vecinas|contiguos|contiguas|de al lado)", "(justo )?(antes|despues) (de la tuya|del tuyo|de la suya|del suyo)", "(usted|tu|vos) (explico|explicaste|presento|presentaste|conto|contaste|mostro|mostraste|expuso|expusiste|cito|citaste|menciono|mencionaste|comento|comentaste|planteo|planteaste)", "(estuvimos|estabamos) sentad[oa]s (juntos|juntas|al lado|uno al lado del otro|una al lado de la otra)", "(estuvimos|estabamos|fuimos) en (el|la) mism[oa](?= (webinar|charla|sesion|taller|conferencia|feria|congreso|jornada|meetup|curso|cena|comida|ponencia|mesa|panel))", "me sente (junto a|cerca de|detras de|delante de) (ti|usted|vos)", "(visitarte|visitarle|visitarles|visitaros|pasar por|pase por|pasamos por) (en )?(el|tu|su|vuestro) (stand|puesto|estand)(?!\\p{L})", "(fuimos|estuvimos) (invitad[oa]s )?(a|al|en) (el |la )?mism[oa](?= (episodio|programa|podcast|webinar|charla|panel|mesa|jornada|congreso|feria|taller)(?!\\p{L}))", "(yo )?(estaba|estuve) en (el|la) (jurado|publico|equipo de al lado|mesa de al lado|fila de (atras|delante)|stand de al lado)(?!\\p{L})", "(te sentaste|se sento usted|te sentabas) (detras|delante|al lado|cerca) de (mi|nosotros|nosotras)(?!\\p{L})", "nos toco (de pareja|juntos|juntas|en el mismo (equipo|grupo))(?!\\p{L})", toReader('pregunte|comente|conte|explique|ensene|mostre|presente|consulte'), "(me toco sentarme|me sente|me toco) (a tu lado|a su lado|junto a ti|junto a usted|al lado tuyo|al lado suyo)", "(me|nos) (ayudaste|ayudo usted|mentorizaste|asesoraste|orientaste|salvaste|cambiaste)(?!\\p{L})", "(mentorizaste|mentorizo|asesoraste|asesoro|juzgaste|evaluaste|orientaste)( a)? (mi|nuestro) equipo", "(tu|su) (punto|opinion|pregunta|comentario|intervencion|respuesta|consejo|pitch|demo) (sobre|de|acerca|en|a|al)", "(me quede con|me encanto|me gusto) (tu|su) (pregunta|dato|respuesta|comentario|intervencion|moderacion|resumen)", "(tu|su) (moderacion|dato|resumen|equipo|pitch)(?= (en|del|de la|de|sobre)(?!\\p{L}))", "(fui|fue usted|fuiste|era yo|eras tu|era usted) ((el|la) )?(mentor[a]?|jurado|voluntari[oa]|ponente|moderador[a]?|organizador[a]?|quien|(el|la) que)(?!\\p{L})", "(atendio|atendiste|atendias|atendia) (el|la|nuestro|nuestra|su|tu) (stand|mesa|puesto|mostrador|caseta)(?!\\p{L})", "(soy|fui) (el|la) que (te|le)", "te vi (el|la|en|ayer|anoche|el otro dia)(?!\\p{L})", "(ambos|ambas|los dos|las dos )?asistimos", "salimos juntos", "jugamos (contra|juntos|juntas|con)(?!\\p{L})", "(estuvimos|estabamos|salimos|participamos|coincidimos|hemos estado|hemos coincidido|hemos participado)( los dos| las dos| ambos| ambas)? (en|de)(?! (el|la|un|una|algun|alguna|algunos|algunas|varios|varias|muchos|muchas) (mism[oa]s? )?(evento|eventos|sitio|lugar|grupo|sector)(?!\\p{L}))(?! (\\p{N}+|<slot>|muchos|varios|bastantes|algunos|tantos) (contactos|conexiones|amigos|conocidos)(?!\\p{L}))(?!\\p{L})", "nos (escribimos|escribiamos|mandamos mensajes|hablamos)( por| en)", "(pasaste|paso usted|pasaron) por (nuestro|mi|el)(?= (stand|puesto|estand)(?!\\p{L}))", "te (prometi|habia prometido)", "le (prometi|habia prometido)", "al lado (de ti|de usted|de tu|de su|del tuyo|del suyo|uno del otro|una de la otra)", "(uno|una) al lado (del|de la) otr[oa]", "en persona", "vimos", "verte", "intercambio", "cruzamos", "me (ensenaste|mostraste|presentaste|pediste|preguntaste|recomendaste|hablaste de|dijiste)", "(la|el) (mesa|stand|asiento|puesto) de al lado", "(te|le) (pregunte|pregunto|preguntaba|discuti|discutio|rebati|rebatio)", "lo que (dijiste|contaste|explicaste|comentaste|respondiste|dijo usted)", "(el|la) de (las|la) preguntas?", "te (oi|escuche|vi|note)", "me sente (a su lado|a tu lado|al lado|junto a)", "(discutir|discutimos|debatir|debatimos|debatiendo|discutiendo)", "(terminamos|acabamos|quedamos) (primer|segund|tercer|cuart|quint|ultim)\\p{L}*", "(te acuerdas|te acordas|recuerdas|se acuerda) (de|del|de la|de los|de las)", "usted me (recomendo|enseno|mostro|presento|dijo|explico|conto|pregunto|paso)", "(me quede con|guarde|conservo) (tu|su) tarjeta", "(intercambiamos|nos dimos|nos pasamos|cambiamos) (las |nuestras )?tarjetas", "(hiciste|hizo usted|planteaste|diste|dio usted) (la|una|esa|aquella|el|un|ese|aquel)( [\\p{L}-]+){0,2} (intervencion|pregunta|presentacion|exposicion|ponencia|demo|discurso|brindis|comentario|aportacion)(?!\\p{L})", "(gracias|muchas gracias) por (las|el|tus|sus|tu|su)( [\\p{L}-]+){0,2} (palabras|discurso|brindis|bienvenida)(?!\\p{L})", "(tu|su) (pregunta|ejemplo|caso|anecdota|consejo|truco|comentario|respuesta|intervencion|punto|reflexion|demo)( [\\p{L}-]+)? (sobre|de|del|en|durante|acerca de)(?!\\p{L})", "(cuando|donde|mientras) (usted|tu|vos) (explico|explicaste|presento|presentaste|hablo|hablaste|conto|contaste|dijo|dijiste|mostro|mostraste|planteo|planteaste)(?!\\p{L})", "(mencionaste|presentaste|dijiste|mostraste|planteaste|compartiste|expusiste|citaste|contabas|explicabas|comentabas|mencionabas|decias)(?!\\p{L})", "(explico|presento|conto|mostro|expuso|menciono|comento|planteo|dijo|hablo) usted(?!\\p{L})", "(la|el) (del|de la)(?<=(^|[.!?¡] )(la|el) (del|de la))(?!\\p{L})"],
    words: ["compartimos", "corrimos", "grabamos", "reconocí", "conocer", "conocimos", "conocí", "coincidir", "hablar", "charlar", "platicar", "platicamos", "platiqué", "conversación", "conversar", "saludar", "pregunté", "consulté", "explicaste", "explicó", "comentaste", "contaste"],
    examples: ['Coincidimos en el stand', 'Nuestra charla sobre logística', 'hiciste la mejor intervención', 'gracias por tus palabras', 'tu ejemplo del equipo de soporte', "¿te acuerdas de mí? La del meetup de Women in Data"],
    not: ['Me encantaría conectar.'],
  },
  eventNoun: {
    phrases: ["reunion(es)? anual(es)?", "networking(?= (de|del) )", "mesa redonda", "(tu|su|la) mesa (en|de|del|sobre)", "comidas?", "charlas?", "demo ?days?", "clubs? de lectura", "turno de preguntas", "amas?", "(un|el|su|tu) (stream|directo|live)", "linkedin live", "carreras?( popular(es)?| solidarias?)?", "episodios?", "voluntariados?", "gran recogida", "recogida", "hackat[oó]n", "jam", "coros?", "ensayos?", "plenos?", "limpiezas?", "ligas?", "peñas?", "procesion(es)?", "verbenas?", "caminatas?", "asambleas?", "partid(o|os|azo|azos)", "romerias?", "trails?", "media maraton", "triatlon(es)?", "datat[oó]n", "ideat[oó]n", "semana de la ciencia", "noche de los investigadores", "bienal(es)?", "quedadas?"],
    words: ["plática", "mentoría", "masterclass", "juntada", "pabellón", "congreso", "conferencia", "evento", "feria", "break", "hackaton", "show", "jornada", "meetup", "encuentro", "foro", "forum", "cumbre", "taller", "webinar", "ponencia", "cena", "almuerzo", "desayuno", "afterwork", "stand", "hackathon", "recepcion", "panel", "seminario", "summit", "awards", "premios", "sesión", "expo", "exposición", "salón", "mercadillo", "rastro", "boda", "cumpleaños", "fiesta", "bautizo", "despedida", "gala", "concierto", "maratón", "torneo", "festival", "retiro", "ceremonia", "reencuentro", "keynote", "simposio", "symposium", "ctf"],
    examples: ['en el congreso', 'durante la cena', 'en la mentoría de Santander X'],
    not: ['nuestra hoja de ruta', 'como te decía', 'yo también soy arquitecta'],
  },
  locative: {
    // «En algún evento» no sitúa nada: un evento cualquiera.
    phrases: ['en(?! (algun|alguna|algunos|algunas|cualquier)(?!\\p{L}))', 'durante', 'tras', 'despues de', 'antes de', 'al final de', 'en el marco de'],
    examples: ['en la feria', 'tras la ponencia'],
    not: ['sobre la ruta'],
  },
  contentNoun: {
    phrases: ["charlas?", "entrevistas?(?! (informativas?|de trabajo|laboral(es)?))"],
    words: ["publicación", "post", "artículo", "hilo", "discusión", "entrada", "respuesta", "gist", "snippet", "newsletter", "boletín", "podcast", "episodio", "ponencia", "vídeo", "webinar", "webinario", "seminario", "taller", "masterclass", "curso", "tesis", "directo", "comentario", "presentación", "diagrama", "gráfico", "infografía", "esquema", "foto", "carrusel", "póster"],
    examples: ["el hilo", "la ponencia", "tu entrevista en la radio"],
    not: ["la página de precios"],
  },
  authored: {
    phrases: ["(que )?(escribiste|compartiste|publicaste|abriste|diste|grabaste|presentaste|hiciste|dejaste|subiste|colgaste|posteaste|moderaste|escribio|compartio|publico|subio|colgo|dio)"],
    examples: ["el hilo que abriste", "la charla que diste"],
    not: ["trabajas en Acme"],
  },
  shared: {
    phrases: ["(filas?|mesas?|asientos?|puestos?|bancos?) (delante|detras|al lado) de (mi|ti|usted|nosotros)", "(los|las|nosotros|nosotras) del", "tu y yo", "(los|las) dos", "ambos", "ambas", "mism[oa]", "junt[oa]s", "compañer[oa]s?", "vecin[oa]s(?= de (batch|cohorte|promocion|generacion|clase|aula|curso|residencia)(?!\\p{L}))", "coincidimos", "compartimos", "hemos (coincidido|compartido)", "compartiamos", "(al )?igual que (tu|usted|vos)", "(al )?igual que yo", "como yo", "otr[oa]s? (persona|personas|alumn[oa]s?|exalumn[oa]s?|ex alumn[oa]s?|egresad[oa]s?|graduad[oa]s?|compañer[oa]s?) (del|de la|de los|de las|de)", "como(?<!(profesionales|personas|gente|perfiles|expertos|expertas|lideres|alguien|otros|otras|colegas)( [\\p{L}]+){0,3} como) (tu|usted|vos)(?=\\s*[.,;!?]|\\s*$)"],
    examples: ["tú y yo coincidimos", "el mismo máster", "otra persona del batch de Le Wagon", "somos vecinas de batch en Rockstart"],
    not: ["yo también doy un curso"],
  },
  educationNoun: {
    phrases: ["mba", "university", "business school", "laboratorio", "universidad", "facultad", "escuela", "colegio(?! (oficial )?(de|del) (arquitectos|aparejadores|abogados|medicos|ingenieros|economistas|enfermeria|enfermeras|psicologos|periodistas|farmaceuticos|notarios|procuradores|administradores|agentes|gestores|veterinarios|odontologos|dentistas|fisioterapeutas|graduados|titulados|doctores|licenciados|geologos|biologos|quimicos|fisicos|delineantes|arquitectura|ingenieria)(?!\\p{L}))", "master", "grado", "carrera(?<!(desarroll\\p{L}*|impuls\\p{L}*|constru\\p{L}*|avanz\\p{L}*|centr\\p{L}*|enfoc\\p{L}*) (mi|tu|su|la|una) carrera)(?! (profesional|laboral)(?!\\p{L}))", "programa", "curso", "clase", "promocion", "cohorte", "camada", "diplomado", "diplomatura", "posgrado", "maestria", "becari[oa]s?", "bootcamp", "beca", "doctorado", "practicas", "erasmus", "batch", "aceleradora", "incubadora", "generacion", "tanda", "campus", "internado", "residencia", "rotatorio"],
    examples: ['los dos fuimos a la London Business School', "el mismo máster", "en la facultad", "la misma tanda de Lanzadera", "generación 2015"],
    not: ["el equipo de producto"],
  },
  offerVerb: {
    phrases: ["(te|le|les|os) (puedo|podria|paso|pasamos|envio|enviamos|mando|mandamos|comparto|compartimos|enseño|dejo|hago|hacemos|grabo|grabamos|ofrezco|ofrecemos|regalo|regalamos)", "(puedo|podria|encantad[oa] de) (pasarte|enviarte|mandarte|compartir|enseñarte)", "he preparado", "prepare", "(hice|hicimos|arme|armamos|monte|montamos|construi|construimos) (un|una) (mapa|dashboard|tablero|informe|comparativa|analisis|script|checklist|plantilla|hoja|prototipo)", "(te|le) (dejo|paso) el arreglo"],
    examples: ["te puedo pasar", "encantado de enviarte", "te hago un recorrido"],
    not: ["envíame un mensaje"],
  },
  offerNoun: {
    // "estudios?" written out: its stem is also "estudiante".
    phrases: ["notas", "datos", "hoja de calculo", "estudios?"],
    words: ["pdf", "csv", "excel", "ebook", "dossier", "análisis", "plantilla", "diapositivas", "presentación", "fotos", "checklist", "guía", "informe", "comparativa", "auditoría", "lista", "resumen", "repo", "repositorio", "conector", "script", "plugin", "benchmark", "plantillas", "loom", "vídeo", "grabación", "maqueta", "parche", "esquema", "diagrama", "planos", "tablero", "dashboard", "calculadora", "panel", "consulta", "macro", "desglose", "walkthrough", "recorrido", "auditoria", "revision", "template", "gist", "arreglo"],
    examples: ["nuestro análisis", "una plantilla"],
    not: ["tu equipo"],
  },
  personNoun: {
    phrases: ["amig[oa]s?", "compañer[oa]s?", "alguien", "colegas?", "conocid[oa]s?", "contactos?", "jef[ae]s?", "mentor(a|es)?", "profesor(a|es)?", "clientes?", "soci[oa]s?", "equipo", "inversor(a|es)?", "comun", "mi", "mis", "nuestr[oa]s?", "un", "una", "el", "la"],
    examples: ["un amigo", "mi jefa", "un contacto en común"],
    not: ["marta ruiz"],
  },
  together: {
    phrases: ['tambien', 'igual que tu', 'igual que usted', '(al )?igual que yo', 'como yo', 'mism[oa]', 'ambos', 'ambas', '(los|las) dos', 'compañer[oa]s?', 'juntos', 'juntas', 'aun me acuerdo', 'desde que (acabo|termino|acabamos|terminamos|salimos de)', '(los|las|nosotros|nosotras) del'],
    examples: ['Yo también estudié en [Universidad].', 'Hicimos el mismo [Programa].', 'Estudio en [Universidad], igual que tú.'],
    not: ['Estudio en [Universidad] y quiero aprender de profesionales como tú.', 'Estudio segundo de [Carrera] en [Universidad].'],
  },
  attending: {
    phrases: ["(eres|es usted|es|seras|sera|sere|soy)( tambien)? (ponente|speaker|conferenciante|panelista|expositor|expositora|jurado|moderador|moderadora|keynote) (en|del|de la)", "(yo )?tambien (hablo|presento|expongo|modero|participo)( ese dia| ahi| alli| alla)?(?=\\s*[.!?,;]|\\s*$)", "(figuramos|figuraremos)( [\\p{L}-]+){0,3} (en|como) (el|la|los|las) (jurado|cartel|programa|panel|lista de ponentes|agenda)", "estaremos en (el|la) (pabellon|stand|hall|zona|feria)", "tambien (vais|vas|va|van) a", "(usted|tu) (participo|participaste|hablo|hablaste|presento|presentaste|intervino|interviniste|moderaste|modero|explico|explicaste|expuso|expusiste|mostro|mostraste|conto|contaste)", "(asisti|participe|fui) (al|a la|en el|en la)", "(veo|vi|he visto) que (vas|va|vais|van) (a|al)(?!\\p{L})", "(yo )?tambien (voy|vamos)(?=\\s*[.!?,;]|\\s*$)", "(estuviste|estuvo|estuvisteis|estuvieron) en (el|la)(?!\\p{L})", "(yo )?tambien (asisti|fui|estuve|participe)(?!\\p{L})", "(estare|estaras|estara|ire|iras|ira|asistire|asistiras|asistira|asisto|asistes|asiste|participo|participas|participa|participare|participaras|participara|voy a estar|vas a estar|va a estar|voy a ir|vas a ir|va a ir|hablas|hablara|hablaras|expones|expondras|expondra)( tambien)? (en|a|al)", "nos vemos (alli|alla|en|por)", "(vas|vais|va usted) a ir", "(yo )?tambien (estare|ire|asistire|voy|estoy apuntad[oa])", "(estare|ire) (alli|alla|ahi)", "entre el publico", "(estoy|estas|esta|estamos) (tambien )?(inscrit[oa]s?|registrad[oa]s?|apuntad[oa]s?) (en|a|al)", "(nos )?(apuntamos|inscribimos|registramos) (los dos|las dos|ambos|ambas) (a|al|en)(?!\\p{L})", "(vi|he visto|veo) (tu|su) nombre en (la lista|el cartel|el programa|la agenda) de (ponentes|speakers|panelistas|expositores)(?!\\p{L})", "(ambos|ambas|los dos|las dos) (ponentes|panelistas|speakers|expositores|expositoras|finalistas|jurado|mentores|mentoras) (en|del|de la)(?!\\p{L})", "(ponentes|panelistas|expositores|expositoras|finalistas|premiad[oa]s|nominad[oa]s|jurado) (los dos|las dos|ambos|ambas) (en|del|de la)(?!\\p{L})"],
    examples: ['Estaré en el Mobile World Congress', 'vas a estar en la feria', 'nos vemos allí', 'también estás inscrita en el', 'eres ponente en la PyConES', 'yo también hablo ese día', 'vi que estuvo en el Congreso de Turismo Rural', 'yo también asistí'], not: ['Estaré encantado de ayudarte', 'Voy a escribirte', 'soy ponente habitual'],
  },
  relative: {
    phrases: ["(tu|usted) (un|una|dos|tres|unos|unas|\\d+) (anos?|cursos?|promociones?) (antes|despues)", "(antes|despues) que (tu|usted)", "cuando (tu|usted) (terminabas|terminaba|acababas|acababa|salias|salia|te ibas|se iba|estabas terminando|estaba terminando)"],
    examples: ["hicimos el mismo máster, tú un año antes", "entré en la carrera dos años después que tú", "empecé el bootcamp justo cuando tú terminabas"],
    not: ["te escribo antes de que termine el año", "cuando tú quieras hablamos"],
  },
  offerMade: {
    phrases: [
      // Publicado ya, o una entrada de sobra: «Publicamos un dataset abierto de calidad del aire», «tengo una entrada de sobra para la Ekoparty».
      "(publicamos|hemos publicado|publique|he publicado)( un| una)?( [\\p{L}-]+){0,2} (dataset|conjunto de datos|informe|estudio|guia|mapa|analisis|benchmark|comparativa|plantilla|planilla|repositorio|herramienta|calculadora)(?!\\p{L})",
      "(tengo|tenemos|me sobra|nos sobra) (una|un|dos|tres|\\d+) (entrada|entradas|pase|pases|invitacion|invitaciones|plaza|plazas|lugar|lugares|asiento|asientos|cupo|cupos)( de sobra| extra| libre| libres| sobrante| sobrantes)?(?!\\p{L})",
      // Lo probado o encontrado en lo suyo: «probé el chatbot de {{ web }}», «detecté que el sitemap…», «tengo apuntadas las 10 preguntas».
      '(probe|he probado|detecte|he detectado|agrupe|he agrupado|tengo apuntad[oa]s|tengo anotad[oa]s|tengo listad[oa]s)(?!\\p{L})',
      // Un estudio de lo suyo hecho ya: «hicimos sin costo una termografía rápida de la fachada de su planta».
      "(hice|hicimos|realice|realizamos|he hecho|hemos hecho|hemos realizado)( sin (costo|coste|cargo))? (un|una)( [\\p{L}-]+){0,2} (termografia|auditoria|analisis|revision|diagnostico|estudio|prueba|medicion|inspeccion|teardown|mapa|maqueta|mockup)(?!\\p{L})",
      // Algo escrito o armado ya, en pretérito como "I wrote a": «escribí un caso práctico sobre cómo [Empresa]…», «grabé un vídeo corto con ideas».
      "(escribi|escribimos|redacte|redactamos|prepare|preparamos|arme|armamos|monte|montamos|grabe|grabamos)( ya)? (un|una)( [\\p{L}-]+){0,2} (caso practico|caso de estudio|informe|analisis|guia|checklist|plantilla|planilla|resumen|comparativa|borrador|video|loom|mapa|tablero|hoja de calculo|documento|teardown|desglose|simulacion|prototipo)(?!\\p{L})",
      // Dicho con prisa, lo hecho de lo suyo: «Teardown gratis de vuestra página de precios», «Mockup de tu onboarding móvil».
      '(teardown|auditoria|mockup|mock-up|maqueta|diagnostico|analisis|informe)( gratis| gratuit[oa]| sin coste)? de (vuestr[oa]s?|tus?|sus?)(?!\\p{L})',
      // Lo encontrado en lo suyo, no a ellos ni su perfil: «encontré [problema] en la web de [Empresa]», «la URL correcta que encontré en tu web».
      '(encontre|he encontrado|encontramos|hemos encontrado)(?<!(te|le|lo|la|los|las|os) (encontre|he encontrado|encontramos|hemos encontrado))(?! (tu|su|vuestro|vuestra) (perfil|nombre|cuenta|contacto|post|publicacion|articulo)(?!\\p{L}))(?!\\p{L})', "(he|hemos)(?<!(me|nos) (he|hemos)) (recopilado|preparado|hecho|creado|montado|armado|escrito|documentado|elaborado|comparado|reunido|analizado|grabado|revisado|auditado|medido|traducido)", "(traduje|tradujimos)(?!\\p{L})", "(tenemos|tengo) (el|un|una|la)( [\\p{L}-]+)? (informe|parche|analisis|listado|reporte|excel|plantilla)", "(recopile|prepare|monte|arme|elabore|documente|compare|analice|grabe|hice|pase|corri|revise|medi|audite|recopilamos|preparamos|elaboramos|analizamos|grabamos|revisamos|medimos|comparamos|hicimos|auditamos)"],
    examples: ["he recopilado las tarifas de 30 agencias", "preparé una comparativa", "encontré un fallo en el formulario"],
    not: ["has hecho un gran trabajo", "me he preparado para la charla", "te encontré en LinkedIn", "encontré tu perfil"],
  },
  offerSend: {
    phrases: [
      // Útil para ellos, para pasárselo, suyo si lo quieren: «pensé que podría serle útil a su unidad», «te la quería pasar», «¿La querés?».
      "(podria|puede|pueda|podrian|pueden) (serle|serte|seros|serles|resultarle|resultarte|resultaros|resultarles) (util|utiles|de utilidad)(?!\\p{L})",
      "(te|le|os|les) (lo|la|los|las) (queria|quiero|queriamos|queremos) (pasar|mandar|enviar|compartir|regalar|dejar)(?!\\p{L})",
      "(la|lo|las|los) (quieres|queres|quiere|quereis|quieren|necesitas|necesitás|necesita)(?=\\s*[?])",
      // Ofrecido en concreto: «te mando capturas y cómo arreglarlo», «te paso la URL correcta», «puedo mostrarte cómo…», «sin pedirte nada a cambio» (no «sin compromiso», que es cortesía).
      '(te|le|os) (mando|paso|envio|dejo|muestro|preparo|agrupe|prepare|arme)( [\\p{L}\\p{N}]+){0,3} (captura|capturas|pantallazo|pantallazos|pasos|texto|linea|url|enlace|video|loom|documento|doc|hoja|plantilla|mock-?up|comentarios|resenas|ajustes|mejoras|recomendaciones|sugerencias|cambios|pdf|informe|analisis|auditoria|imagenes|fotos|resultados|datos|mediciones|planos)(?!\\p{L})',
      // Lo hecho, dejado a mano: «Aquí el PDF: {{enlace}}», «aquí tienes el informe».
      '(aqui|aca) (tienes |tiene |te dejo |le dejo )?(el|la|los|las) (pdf|informe|enlace|analisis|documento|plantilla|auditoria|video|loom|resumen|listado)(?!\\p{L})',
      '(puedo|podria|podemos) (mostrarte|mostrarle|explicarte|explicarle|prepararte|prepararle|ensenarte|ensenarle|pasarte|pasarle)(?!\\p{L})',
      '(te|se) lo explico(?!\\p{L})',
      // «te explico cómo añadirlas», «llevarle el análisis que preparamos», «para que la cambies», «para que el equipo las ajuste».
      '(te|le|os) explico como(?!\\p{L})',
      '(llevarle|llevarte|traerle|traerte|dejarle|dejarte|enviarle|enviarte|mandarle|mandarte|pasarle|pasarte) (el|la|los|las|un|una)( [\\p{L}-]+){0,2} (analisis|informe|estudio|texto|url|enlace|captura|capturas|pasos|plantilla|mock-?up|video|documento|hoja|lista|listado|resumen|comparativa|auditoria|propuesta)(?!\\p{L})',
      'para que ((el|tu|su|vuestro) equipo )?(la|lo|las|los) (cambies|corrijas|ajustes|arregles|pegues|uses|cambie|corrija|ajuste|arregle|pegue|use|cambien|corrijan|ajusten|arreglen|usen)(?!\\p{L})',
      'sin (pedirte|pedirle|pediros) nada a cambio(?!\\p{L})',
      // Dicho con prisa: «¿Lo envío?», «Sin coste; solo curiosidad por tu opinión».
      '(te |se |os )?(lo|la|los|las) (envio|mando|paso|comparto)(?=\\s*\\?)',
      '(te|se|os|le) (lo|la|los|las) (mandamos|enviamos|pasamos|compartimos)(?!\\p{L})',
      '(sin coste|gratis)(?=\\s*[;.,!]|\\s*$)',
      'si (te|le|os) (sirve|sirven)(?!\\p{L})', "(te|se|os|le) (lo|la|los|las) (puedo|podemos|podria|podriamos) (configurar|montar|instalar|adaptar|preparar|personalizar|armar|ajustar)", "(te|se|os|le) (lo|la|los|las) (configuro|monto|instalo|preparo|personalizo|armo|ajusto|configuramos|montamos|instalamos|preparamos)", "(es|son) (tuy[oa]s?|suy[oa]s?|vuestr[oa]s?)(?=\\s*[:.!,]|\\s*$| si)", "(te|se|os) (lo|la) regalo", "(se|te|os|le) (lo|la|los|las) (hacemos|hago|haremos|podemos hacer|puedo hacer) llegar", "por si (te|os|le|les) (sirve|sirven|resulta util)", "(lista|listo|listas|listos) para (revisar|enviar|compartir|pasarte|pasaros)", "(te|se|os) (lo|la|los|las) (paso|pase|envio|envie|mando|mande|comparto|comparta|hago llegar|haga llegar|dejo|puedo pasar|puedo enviar|puedo mandar)", "(pasartel[oa]s?|enviartel[oa]s?|mandartel[oa]s?|compartirl[oa]s? contigo|pasarsel[oa]s?|enviarsel[oa]s?|mandarsel[oa]s?)", "(te|le) (paso|dejo|mando|envio|comparto|puedo pasar|puedo mandar|puedo enviar|puedo compartir) (el|la|los|las) (excel|diagrama|reporte|informe|video|analisis|mapa|enlace|link|archivo|documento|resultado|captura|pantallazo|grabacion|hallazgo|ejemplo)(s|es)?", "(te|le) (interesa|interesaria|gustaria|apetece) (verlo|verla|verlos|recibirlo|recibirla)", "(te|le) (seria|serviria|vendria bien|resultaria)( (util|utiles|de ayuda))?( [\\p{L}-]+){0,2} (el|un|una|la|ese|esa) (informe|resumen|listado|lista|documento|pdf|archivo|excel|analisis|hallazgos?)"],
    examples: ["¿Te serviría un informe breve?", "si te sirve, te lo paso", "encantado de enviártela", "se la puedo mandar", "te explico cómo añadirlas", "para que la cambies"],
    not: ["pásame tu correo", "te paso a buscar"],
  },
  sharedMoment: {
    phrases: [
      "(me|nos) (prestaste|diste|ensenaste|mostraste|ayudaste|salvaste|explicaste|contaste|arreglaste|dejaste|pasaste|regalaste)(?!\\p{L})",
      "(tu|vos|usted) (tenias|tenia|llevabas|llevaba|estabas|estaba|preguntaste|pregunto|presentaste|presento|diste|dio|moderaste|modero)(?!\\p{L})",
      "nos (sentamos|reimos|peleamos|turnamos|cruzamos)(?!\\p{L})",
      // Lo que quien escribe le hizo, como "I asked you" (no verle ni oírle, que es ser su público): «te compré la muestra en la feria…».
      toReader('compre|pregunte|conte|mostre|ensene|pase|vendi|ayude|entreviste|salude|pedi|regale|preste|deje|devolvi'),
      // Any past "tú" done to the sender or with them: "me contestaste en un issue", "te cruzaste conmigo".
      "(me|nos) \\p{L}{2,}(?<!(contr|desg|eng))aste(?!\\p{L})", "(me|nos) \\p{L}{2,}(?<!(s|x|tr|ch|qu|alp|desp))iste(?!\\p{L})",
      "\\p{L}{2,}(aste|iste) conmigo(?!\\p{L})",
      "usted me (atendio|ayudo|explico|enseno|mostro|presento|dio|recibio|contesto|respondio|escribio|recomendo)(?!\\p{L})",
      // Who they were there, or what they did to the sender's group: «eras la tutora de mi grupo», «fuiste la de "¿y quién audita al auditor?"», «mentoreaste a mi squad».
      "(fuiste|eras) (el|la) (que|de|del|tutor|tutora|profe|profesor|profesora|ponente|moderador|moderadora|instructor|instructora|mentor|mentora|coordinador|coordinadora|organizador|organizadora)(?!\\p{L})",
      "\\p{L}{3,}(?<!(contr|desg|eng))aste a (mi|mis|nuestro|nuestra|nuestros|nuestras)(?!\\p{L})",
    ],
    examples: ["me prestaste el boli", "tú llevabas la camiseta de Python", "nos sentamos juntos al fondo", "me contestaste en un issue", "te cruzaste conmigo en la juntada", "usted me atendió en el stand", "eras la tutora de mi grupo", "mentoreaste a mi squad"],
    not: ["te presto el boli", "tú tienes razón"],
  },
  sharedScene: {
    // Not "hablamos" or "charlamos": as often a proposal ("¿Charlamos en el Mobile World?") as a
    // memory; not "coincidimos": "coincidimos en el grupo" is a membership, "en que" an agreement;
    // not "nos conocimos", a meeting, which the meeting phrases judge ("nos conocimos hace poco").
    phrases: [
      "((los dos|las dos|ambos|ambas|tu y yo|vos y yo) )?(estuvimos|estabamos|eramos|respondimos|debatimos|nos (sentamos|cruzamos|metimos|turnamos))(?!\\p{L})",
      "(tu|vos|usted) en (el|la|los|las)( [\\p{L}\\p{N}-]+){1,4},? y yo en(?!\\p{L})",
      // Los dos, en un mismo sitio escrito: «los dos comentamos en el issue de…», «ambos opinamos en la discusión que abrió…».
      "(los dos|las dos|ambos|ambas|tu y yo|vos y yo) (comentamos|contestamos|opinamos|participamos|escribimos|preguntamos|votamos)(?!\\p{L})",
      // The same shift or course done: «hicimos el mismo turno con la brigada de Médicos del Mundo».
      "(hicimos|compartimos|tuvimos) (el mismo|la misma) (turno|curso|taller|programa|voluntariado|brigada|equipo|grupo|viaje|campamento|proyecto|rotacion|guardia)(?!\\p{L})",
      // Done together: "anillamos flamencos juntas en el voluntariado de SEO/BirdLife" (not "¡trabajemos juntos!").
      "\\p{L}{3,}(amos|imos)( \\p{L}+)? (juntos|juntas)(?!\\p{L})",
      // Both of them, ending up doing something: «los dos terminamos comentando en el hilo» (a
      // verb alone may be the present: «los dos laburamos con fibra de llama» is a trade in common).
      "(los dos|las dos|ambos|ambas|tu y yo|vos y yo) (terminamos|acabamos) \\p{L}{2,}(ando|iendo)(?!\\p{L})",
      // A talk had somewhere, not one proposed: «conversamos brevemente en la FISA», not «¿conversamos en la feria?».
      "(hablamos|charlamos|conversamos|platicamos)(?<!si (hablamos|charlamos|conversamos|platicamos))( brevemente| un rato| un momento| un poco)? (en|durante|tras|despues de|al final de|de|sobre)(?![^.!?\\n]*[?])(?!\\p{L})",
    ],
    examples: ["respondimos casi a la vez en la conversación", "tú en el sector Grey y yo en Pehoé", "estuvimos en la misma mesa", "anillamos flamencos juntas", "los dos terminamos comentando", "conversamos brevemente en la FISA", "hicimos el mismo turno con la brigada", "hablamos de usar drones"],
    not: ["coincidimos en el grupo de LinkedIn", "¿charlamos en la feria?", "¡trabajemos juntos!", "¿Conversamos en la feria de la semana que viene?", "los dos laburamos con fibra de llama", "si hablamos de precios, hay que decir…", "tú en San Vicente y yo en Jerez"],
  },
  readerActed: {
    // Not "existe", "despiste", "chiste": words that end as a past "tú" does; nor what a profile tells
    // of a career («trabajaste en Google», «te uniste a Acme», «estudiaste en la Complutense»).
    phrases: ["(tu|vos|usted) \\p{L}{2,}ias(?!\\p{L})", "((tu|vos) )?(?!(trabajaste|trabajabas|estudiaste|estudiabas|uniste|fundaste|cofundaste|mudaste|empezaste|entraste|dejaste|lanzaste|levantaste|creaste|montaste|cambiaste|llegaste|pasaste|viviste|vivias|naciste|creciste|diriges|dirigiste|dirigias|estuviste|fuiste)(?!\\p{L}))(estabas|eras|\\p{L}{2,}abas|\\p{L}{2,}(?<!(contr|desg|eng))aste|\\p{L}{2,}(?<!(s|x|tr|ch|qu|alp|desp))iste)(?!\\p{L})"],
    examples: ["eras la que más preguntaba", "tú no estabas en la generación 14", "arreglaste el fallo", "tú coordinabas las cuadrillas"],
    not: ["eso no existe", "fue un despiste", "contraste", "hace unos días", "vi que trabajaste en Google", "te uniste a Acme"],
  },
  senderActed: {
    // The sender in that scene, not their own career («yo era ingeniero en Amazon», «yo trabajaba en una startup»).
    phrases: ["yo (estaba|estuve|iba|(?!(trabajaba|estudiaba|vivia|dirigia|llevaba)(?!\\p{L}))\\p{L}{2,}aba|(era|fui) (el|la|uno|una|quien|de los|de las))(?!\\p{L})", toReader('pregunte|comente|conte|ensene|mostre|presente|devolvi|escribi|respondi|conteste|ayude|prometi|reporte|avise|corregi|sugeri')],
    examples: ["te reporté un error", "yo iba con Algalia", "te pregunté por los datos"],
    not: ["yo trabajo en Madrid", "yo era ingeniero en Amazon", "yo trabajaba en una startup", "¿quieres que te comente cómo lo hicimos?"],
  },
  recalled: {
    phrases: ["(aquella|aquel|aquellas|aquellos) (semana|noche|viaje|verano|fiesta|cena|finde|fin de semana)(?!\\p{L})", "(tu|vosotros|vosotras|ustedes|usted|vos) con (el|la|los|las|tu|vuestro|vuestra|su)", "\\p{L}{2,}(?<!s)(iste|isteis)(?!\\p{L})", "\\p{L}{2,}(?<!(contr|desg|eng))(aste|asteis)(?!\\p{L})", "(fuimos|estuvimos|compartimos|ganamos|perdimos|quedamos|hicimos|sacamos|montamos|presentamos|dormimos|vivimos|coincidimos|hemos (coincidido|compartido|estado))(?!\\p{L})", "(el|la|los|las|nuestro|nuestra|tu|vuestro|vuestra) (equipo|grupo|mesa|piso|clase|seccion|banco|stand|panel|aula) (que|donde|con|de al lado)", "(misma|mismo) (mesa|equipo|aula|clase|grupo|piso|planta|fila|seccion)", "(tu|vuestro|su) (equipo|grupo) (gano|quedo|se llevo|presento|perdio)(?!\\p{L})", "(yo )?(estaba|estuve) en (el|la) (jurado|publico|equipo de al lado|mesa de al lado)(?!\\p{L})", "(te acuerdas|te acordas|recuerdas|se acuerda|os acordais)", "(yo )?(era|fui) (el|la|uno de los|una de las) (que|del|de la|de los|de las)", "yo (era|fui) (el|la) \\p{L}+ (que|de|del|con)(?!\\p{L})", "yo (era|fui) (el|la) de(?!\\p{L})", "(el|la) (del|de la|de los|de las|que (trajo|llevo|gano|hizo|canto|pregunto))(?<=(^|[,.!:—–¡] |¡)(el|la) (del|de la|de los|de las|que [\\p{L}]+))", "(yo )?(fui|era) (uno|una) de (los|las) \\p{N}+ (del|de la|de los|de las|que)(?!\\p{L})", "(eramos|estabamos) (los|las) (dos|unicos|unicas)(?!\\p{L})", "(el|la) que (siempre |nunca )?\\p{L}+(aba|ia)(?!\\p{L})", "aun me acuerdo", "(me|nos) (diste|disteis)(?!\\p{L})", "(tu|vos) \\p{L}{2,}(abas|ias)(?!\\p{L})"],
    examples: ["Me arreglaste el portátil la víspera de la entrega.", "yo era la de los mapas de calor", "quedamos terceros", "la misma mesa"],
    not: ["Arreglo portátiles."],
  },
  eventTime: {
    phrases: ["durante(?! (el |la |los |las |mi |nuestra |nuestro |tu |su )?(covid|covid-19|pandemia|confinamiento|navidad|navidades|semana santa|ramadan|verano|invierno|primavera|otono|vacaciones|puente|q[1-4]|black friday|semana|fin de semana|dia|noche|curso|cuatrimestre|semestre)(?!\\p{L}))"],
    examples: ["durante el Startup Grind de Valencia hablamos de precios"],
    not: ["durante la pandemia los dos teletrabajamos"],
  },
  othersWork: {
    // Un compañero, un jefe o un directivo suyo, dueño de lo anterior: «la charla de tu compañero Pablo», «la ponencia de vuestro CEO».
    phrases: ["(de|del) (tu|su|vuestro|vuestra) (compañero|compañera|jefe|jefa|ceo|cto|director|directora|socio|socia|colega|fundador|fundadora|cofundador|cofundadora|presidente|presidenta)(?!\\p{L})"],
    examples: ['la charla de tu compañero Pablo en [Evento]', 'la ponencia de vuestro CEO en el Foro'],
    not: ['la charla de tu equipo', 'tu charla en el Foro'],
  },
  sender: {
    phrases: ["(yo|me|mi|mis|mio|mia|nosotros|nosotras|nos|nuestro|nuestra|nuestros|nuestras|soy|somos)", '(como|siendo) (estudiante|alumn[oa]|egresad[oa]|graduad[oa])'],
    examples: ["Soy del Tec, generación 2015.", 'Como estudiante de la UNAM, generación 2022'],
    not: ["Tec campus Puebla, generación 2015."],
  },
  addressee: {
    // Or a verb in the second person, the pronoun left out as Spanish does: "¿Seguís buscando…?", "¿Cómo lo resolvisteis?".
    phrases: ['(me|nos) \\p{L}{2,}rias(?!\\p{L})',
      '(tu|tus|tú|te|ti|contigo|usted|ustedes|vos|vosotros|vosotras|os|vuestr[oa]s?|su|sus)',
      '(has|habéis|estás|estáis|tienes|tenéis|tenés|sigues|seguís|eres|sois|sos|vas|vais|puedes|podéis|podés|sabes|sabéis|sabés|usas|usáis|usás|utilizas|utilizáis|trabajas|trabajáis|trabajás|buscas|buscáis|buscás|llevas|lleváis|llevás|hacéis|hacés|pensáis|pensás|piensas|crees|creéis|creés|soléis)',
      '\\p{L}{2,}(?<!s)(iste|isteis)', '\\p{L}{2,}(?<!(contr|desg|eng))(aste|asteis)',
      // The imperfect of vosotros ("¿cómo gestionabais los turnos?"), and a verb with "le" or "te" for them ("quería preguntarle si…").
      '\\p{L}{3,}(abais|iais)(?!\\p{L})', '(preguntar|consultar|comentar|contar|proponer|ofrecer|mostrar|enseñar|ensenar|plantear|escribir|pedir)(le|te|les|os)(?!\\p{L})',
    ],
    examples: ['¿Cómo organizasteis vuestro equipo?', '¿Usted lleva la parte de compras?', '¿Seguís buscando perfiles de datos?', '¿Cómo resolviste lo del almacén de Getafe?'],
    not: ['¿Cómo se organizó el equipo?', '¿En qué consiste el programa?'],
  },
  notAboutThem: {
    phrases: [
      "(\\d+|cinco|diez|quince|veinte|treinta)( |-)?(min|mins|minutos?)", "(una|un|la|el)( breve| corta| rápida)? (llamada|videollamada|reunión|demo|call|zoom|café virtual)", "(cuándo|qué día|qué hora) (te|le|os) (va|viene|cuadra|encaja)", "(la semana que viene|la próxima semana|esta semana|el lunes|el martes|el miércoles|el jueves|el viernes)", "calendly", "agend\\p{L}*",
      "(te|le|os) (interesaría|interesa|gustaría saber|parece si|apetece)", "(estarías|estaría|estás|está|estaríais) (abiert[oa]s?|interesad[oa]s?|disponible)", "(puedo|podría|podemos|quieres que) (mostrarte|enseñarte|contarte|presentarte|enviarte|mandarte|mostrarle|enseñarle|contarle|enviarle)", "(sabías|sabía usted|sabíais) que", "(te has|se ha|os habéis) preguntado", "(te|le) cuesta", "cansad[oa] de",
      "qué tal(?! (os|te|le|les) (fue|salió|funcionó|ha ido|han ido)| (es|son)(?!\\p{L}))", "cómo (estás|está usted|estáis|va todo|te va|andas|va la cosa|le va)", "(espero que )?(todo|estés|esté) bien", "(te acuerdas|se acuerda|os acordáis) de mí", "me recuerdas",
      "(tú|usted|vos) también", "también (estás|trabajas|eres|vives|estás en|trabajás|sos)",
      "(conectamos|te agrego|te añado|me aceptas|conectemos|te sumo)",
    ],
    examples: ['¿Tienes 15 minutos la semana que viene?', '¿Te interesaría una demo?', 'Y por Sevilla, ¿cómo va todo?', '¿Tú también estás en Monterrey?', '¿Conectamos?'],
    not: ['¿Cómo resolvisteis la migración a Snowflake?', '¿Qué tal os fue con el cambio a Holded?', '¿Qué tal os ha ido con la implantación de SAP?', '¿Qué tal es trabajar en remoto desde Valencia?'],
  },
  eventModifier: {
    // Cuándo, de qué tamaño o de qué en general: «en el congreso de marketing del año pasado».
    phrases: ["(de )?(ayer|hoy|anoche)", "(la semana|el mes|el año|el finde|el fin de semana) pasad[oa]", "(de|del) (la )?(semana|mes|año) pasad[oa]"],
    words: ["ultimo", "reciente", "proximo", "anual", "mensual", "gran", "grande", "pequeño", "enorme", "genial", "local", "regional", "nacional", "internacional", "online", "virtual", "hibrido", "mismo", "otro", "primer", "primero", "final", "oficial", "gratuito", "tech", "tecnologico", "networking", "negocios", "empresa", "equipo", "startups", "marketing", "ventas", "producto", "diseño", "datos", "ia", "finanzas", "fintech", "empleo", "antiguos", "alumnos", "comunidad", "benefico", "familia", "navidad", "verano", "invierno", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "mañana", "tarde", "noche", "cierre", "apertura", "sector", "industria"],
    examples: ['en el gran congreso de marketing de la semana pasada', 'en el evento de networking de ayer'],
    not: ['en el South Summit'],
  },
  networkTalk: {
    // Conectar y redes, buscar empleo, su contenido en general: "ampliar mi red de contactos".
    phrases: ["nuevos? (retos?|desafíos?)", "nuevas oportunidades", "oportunidad(es)? (laboral|laborales|de empleo|de trabajo)", "(ofertas|vacantes) de (empleo|trabajo)", "vacantes", "nuevo (trabajo|empleo)", "(gente|personas|profesionales) como (tú|vos|usted)"],
    words: ["conectar", "conexión", "red", "contacto", "networking", "linkedin", "contenido", "perfil", "sinergia", "gente", "conocerse"],
    examples: ['me gustaría ampliar mi red de contactos en logística', 'busco un nuevo reto en ventas', 'me encanta tu contenido', 'sería un gusto conectar'],
    not: ['tu informe sobre la planta de Tarragona me sirvió mucho'],
  },
  opening: {
    // Un puesto abierto o por cubrir: "¿hay vacantes en [Empresa]?", "¿están contratando en La Fe?".
    // O buscado por quien escribe: "estoy buscando trabajo como administrativa", "mi próximo puesto".
    phrases: ["vacantes?", "contratando", "(plazas?|puestos?) (vacantes?|libres?|abiertos?)", "ofertas? de (empleo|trabajo)", "buscan (gente|personal)", "postular(me|se|te)? (a|al|para)", "postulacion (a|al|para)", "aplicar (a|al|para) (la|el|una|un) (vacante|puesto|plaza|residencia|beca|programa|equipo)", "(buscando|busco|en busca de) (trabajo|empleo|(un |mi )?(nuevo |proximo |siguiente )?(puesto|trabajo|empleo)) (como|de|en)(?!\\p{L})(?! equipo(?!\\p{L}))", "(optar|aplicar|postular|postularme) a (puestos|vacantes|ofertas|una vacante|un puesto|plazas)(?!\\p{L})", "(mi|un) (proximo|siguiente) (puesto|trabajo|empleo)", "(abiert[oa]s?|disponibles?) a (nuevas )?(oportunidades|propuestas|ofertas)( laborales| profesionales| de (empleo|trabajo))?"],
    examples: ['¿Hay alguna vacante en [Empresa]?', 'estoy abierta a nuevas oportunidades', '¿Sabes si en La Fe están contratando?', 'estoy buscando trabajo como administrativa contable', 'busco mi próximo puesto en logística'],
    not: ['me contrataron el año pasado', 'buscando trabajo en equipo'],
  },
  eventOf: {
    // Lo que lleva del evento a su nombre: "la feria de san isidro".
    phrases: ["de", "del"],
    examples: ['la feria de san isidro', 'el encuentro del colegio de arquitectos'],
  },
  exemplar: {
    // Antes de un ejemplo de un tipo: «empresas de logística como Ardent», «marcas tipo Zara».
    phrases: ['como( la| el)?', 'tales como', 'tipo'],
    examples: ['Ayudamos a empresas de logística como Ardent a reducir costes', 'marcas tipo Zara'],
  },
  vagueGain: {
    phrases: ["(crecer|escalar)( mas| rapido| de forma (sostenible|escalable))?(?=\\s*[.!?,;:]|\\s*$| (and|y|e|et|und|en|with us|con nosotros|com a gente)(?!\\p{L}))", "(crecer|escalar|hacer crecer) (su|tu|vuestro|vuestra) (negocio|empresa|marca|facturacion)", '(mas|nuevos) (clientes|leads|ventas|ingresos|reuniones)', 'vender mas', '(aumentar|multiplicar|duplicar|impulsar) (sus |tus |las |los )?(ventas|ingresos|resultados|facturacion|crecimiento)', '(mejorar|optimizar) (sus |tus |las |los )?(resultados|procesos|rendimiento|eficiencia|productividad)(?=\\s*[.!?,;:]|\\s*$|[\\s,]+y[\\s,]+(mejorar|optimizar|aumentar|impulsar)(?!\\p{L}))', 'al siguiente nivel', 'aportar valor'],
    examples: ['ayudo a empresas como Ardent a crecer', 'conseguir más clientes', 'llevar tu negocio al siguiente nivel', 'a optimizar sus procesos y mejorar resultados.'],
    not: ['reducir costes de envío hasta un 30 %'],
  },
  askingWhether: {
    phrases: ["(quisiera|queria|me gustaria|quiero|quisieramos|queriamos) (preguntarle|preguntarte|preguntaros|preguntarles|consultarle|consultarte|saber) (si|como|que|cual|cuando|donde|quien)(?!\\p{L})", "(le|te|les|os) (queria|quisiera|quiero) (preguntar|consultar) (si|como|que|cual|cuando|donde|quien)(?!\\p{L})", "me pregunto (si|como)(?!\\p{L})", "me preguntaba (si|como|que|cual|cuando|donde|quien|por que)(?!\\p{L})", "(me interesaria|me encantaria|me gustaria|tengo curiosidad por|queria|quisiera) saber (si|como|que|cual|cuando|donde|quien|por que)(?!\\p{L})"],
    examples: ['quisiera preguntarle si su laboratorio recibe estudiantes', 'te quería preguntar cómo lo resolvisteis'],
    not: ['quisiera conectar contigo', 'me gustaría saber más'],
  },
  congratulation: {
    phrases: ['(enhorabuena|felicidades|felicitaciones)(?!\\p{L})'],
    examples: ['¡Enhorabuena por el nuevo puesto!', 'vi que has empezado en Glovo, ¡felicidades!'],
    not: ['te felicito la Navidad'],
  },
  meetUp: {
    phrases: ['(a ver si )?(quedamos|nos vemos|nos tomamos algo|tomamos algo|cenamos|comemos)( pronto| un dia de estos| cuando vuelvas| para celebrarlo)?(?!\\p{L})', '(un|una) (cafe|cerveza|caña|cena|comida|birra)( pronto| cuando vuelvas| un dia de estos| para celebrarlo)?(?=\\s*[?!.]|\\s*$)', 'hay que celebrarlo'],
    examples: ['a ver si quedamos pronto para un café', '¿Un café cuando vuelvas?', 'Hay que celebrarlo'],
    not: ['el café de especialidad que vendemos'],
  },
} satisfies CueLanguage;
