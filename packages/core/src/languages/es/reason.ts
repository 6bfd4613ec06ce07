import type { ReasonPhrases } from '../types.js';

// A quien se escribe entre muchos y cómo se le describe sin decir nada: «socios estratégicos», «voces referentes».
const GENTE_EN_GENERAL = '(socios|partners|perfiles|personas|gente|talento|voces|referentes|fundadores|fundadoras|lideres|expertos|expertas|profesionales|mentores|mentoras|ponentes|invitados|invitadas|early adopters|emprendedores|emprendedoras|colaboradores|aliados|inversores|inversoras|desarrolladores|desarrolladoras|empresarios|empresarias|empresas|marcas|opiniones|candidatos|candidatas)';
const CUALIDAD_VAGA = '(inspiradores|inspiradoras|referentes|ambiciosos|ambiciosas|estrategicos|estrategicas|destacados|destacadas|talentosos|talentosas|de primer nivel|top|con vision( de futuro)?|con experiencia|con talento|con mucho que aportar|con una vision interesante|apasionad[oa]s|comprometid[oa]s|de prestigio|de referencia|innovador(es|as)|afines( a nuestros valores)?|diversas|diversos|senior|que (compartan|comparten) nuestra vision|que apoyen nuestra causa|con (los|las) que crecer juntos|como tu|como usted|como la tuya|como la suya|como el tuyo|como el suyo)(?!\\p{L})';
// Lo que se construye o se organiza, dicho solo con un adjetivo de folleto: «un evento increíble».
const OBJETO_VAGO = '(un|una|nuestro|nuestra|mi)( [\\p{L}-]+){1,2} (increible|genial|grande|especial|unico|unica|brutal|espectacular|apasionante|innovador|innovadora|revolucionario|revolucionaria|disruptivo|disruptiva|con (un )?(enorme|gran) potencial|con los mejores)';
// «En [sector]», «en el sector»: su campo en general.
const EN_SU_CAMPO = String.raw`( en (<slot>|(el|este|tu|su) (sector|campo|mundo|area|ecosistema|industria)( \p{L}+)?))?`;
// Donde acaba un tema que no dice más: la cláusula no sigue («…sobre tu trayectoria profesional.»).
// Signos y rayas como escapes: un bundle escribe así los caracteres de String.raw fuera de ASCII, y la
// tabla de palabras de las frases se indexa por la frase tal como está escrita (ver phrase-words.ts).
// Un tema nombrado tras sus publicaciones, no dónde publica ni «todo»: «tus publicaciones sobre gestión de patrimonios».
const SOBRE_UN_TEMA = '(sobre|acerca de|en torno a) (?!(linkedin|todo|cualquier cosa)(?!\\p{L}))\\p{L}';
const FIN_DE_TEMA = String.raw`(?=[\s\p{Extended_Pictographic}\uFE0F]*(?:[.!?\u00a1\u00bf;\u2014\u2013]|$)|[\s,]+(y|o|si|cuando|algun dia|pronto|contigo|con usted)(?!\p{L}))`;

export default {
  hooks: [
    // Lo ofrecido, puesto en su empresa por su casilla: «¿Te interesaría ver cómo lo aplicaría %EMPRESA%?», «ver si encaja en {empresa}».
    "(como|si) ((lo|la|esto|eso) )?(aplicaria|aplicariamos|se aplicaria|funcionaria|encajaria|encaja|serviria|ayudaria|podria ayudar|podriamos ayudar)( en| a| para| con)? <slot>(?!\\p{L})",
    // Sus publicaciones sobre un tema nombrado: «sigo tus publicaciones sobre gestión de patrimonios y sostenibilidad».
    `(tus|sus) (publicaciones|posts|articulos|entradas|videos|hilos) ${SOBRE_UN_TEMA}[\\p{L}-]+`,
    // Quien selecciona un puesto para un cliente: «Estoy buscando un/a [Puesto] para una empresa de logística en Monterrey»; no quien busca trabajo («estoy buscando un empleo en una empresa»).
    "(estoy|estamos) buscando (a )?(un|una|un/a|un/una|un\\(a\\)|dos|tres|\\d+) (?!(trabajo|empleo|puesto|oportunidad|oportunidades|practicas|pasantia|cambio|reto|nuevo|nueva|mentor|mentora|socio|socia|contacto|contactos)(?!\\p{L}))(<slot>|[\\p{L}/-]+)( [\\p{L}/-]+){0,3} (para|en) (una|un|nuestra|nuestro|nuestros|nuestras|el|la|<slot>|[\\p{L}&.-]+)(?!\\p{L})",
    // Como en inglés, entre quienes se conocen: la gente con la que gustó trabajar, años en la misma planta, un café para ponerse al día, un trabajo defendido con ellos: «la gente con la que tanto me gustó trabajar», «después de ocho años en la misma planta», «¿nos tomamos un café para ponernos al día?», «defendí con usted mi trabajo de fin de máster».
    '(gente|personas|compañeros|compañeras|equipo) con (la|las|los|el|quien|quienes)( que)? (tanto |tan a gusto |muy a gusto )?(me gusto|me ha gustado|disfrute|he disfrutado|he trabajado|trabaje)( tanto)?( trabajar)?(?!\\p{L})',
    '(\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos|varios) años (en la misma (planta|oficina|mesa|area|seccion)|codo con codo|mesa con mesa|trabajando juntos|trabajando juntas)(?!\\p{L})',
    '(cafe|caña|cerveza|comida|almuerzo|llamada) para (ponernos al dia|ponerte al dia|contarnos|vernos)(?!\\p{L})',
    '(defendi|presente|hice|escribi) con (usted|vos|ti) (mi|el) (trabajo|tfm|tfg|tesis|proyecto)|(defendi|presente) (mi|el) (tfm|tfg|tesis|trabajo de fin de (master|grado)) con (usted|vos|ti)(?!\\p{L})',
    // Trabajo que se pasan dos del mismo oficio: «¿conectamos y nos pasamos trabajo cuando sobre?».
    '(pasarnos|nos pasamos|nos pasemos|mandarnos|nos mandamos|derivarnos|nos derivamos|recomendarnos|nos recomendamos) (trabajo|clientes|encargos|proyectos|bolos|curros|pacientes|chambas)(?!\\p{L})',
    // Un perfil nuevo tras perder el anterior: «me creé un perfil nuevo porque me hackearon el otro».
    "(cree|me cree|hice|me hice|abri|me abri|tuve que crear|tuve que abrir) (un|una) (perfil|cuenta) nuev[oa](?!\\p{L})",
    "(mi|el) (antiguo|anterior|viejo|otro) (perfil|cuenta) (fue|lo|la|me lo|me la) (hackeado|hackearon|bloqueado|bloquearon|borrado|borraron|suspendido|suspendieron|robado|robaron)(?!\\p{L})",
    // La cuenta de antes ya sin usar, o la nueva desde la que se escribe: «te agrego acá, que el de la otra cuenta ya no lo uso», «desde mi cuenta nueva».
    "(el|la|mi) (de la |del )?(otr[oa]|viej[oa]|antigu[oa]|anterior) (cuenta|perfil)( ya)? no (la|lo) (uso|abro|uso mas)(?!\\p{L})",
    "(ya )?no uso (la|el|mi) (otr[oa]|viej[oa]|antigu[oa]|anterior) (cuenta|perfil)(?!\\p{L})",
    "(desde|con) (mi|esta|la) (cuenta|perfil) nuev[oa](?!\\p{L})",
    // Un tema en que trabaja el remitente, que la plantilla deja por llenar: «estoy trabajando en [tema] y me interesa tu opinión».
    '(estoy|estamos|he estado|hemos estado) (trabajando en|explorando|investigando|estudiando|escribiendo sobre|analizando) <slot>',
    // Lo mismo que se hacía juntos, lo que hicieron por quien escribe (1.er grado): «jugábamos en la misma liga de fútbol sala», «tú me formaste cuando entré en Mercadona».
    '(jugabamos|estabamos|entrenabamos|corriamos|estudiabamos|trabajabamos|viviamos|cantabamos|remabamos) en (la misma|el mismo|los mismos|las mismas)(?!\\p{L})',
    'me (formaste|formo|formó|ensenaste|enseñaste|contrataste|contrato|contrató|entrevistaste|guiaste|acompanaste|acompañaste|dirigiste|tutelaste)(?!\\p{L})',
    // Una ocasión en común (sobre todo de 1.er grado): «qué buena noche ayer en la cena del equipo».
    '(buena|gran|genial|bonita|linda|estupenda) (noche|tarde|velada|jornada|comida|cena|fiesta) (la de )?(ayer |anoche |el viernes |el sabado )?(en|durante) (la|el|los|las|nuestra|nuestro)(?!\\p{L})',
    // Al irse de un sitio común, su perfil para una búsqueda, lo que buscan, una obra suya: «antes de irme de la constructora», «tu perfil encaja con una búsqueda que tengo abierta», «andas buscando oficina por la zona», «Si tiene alguna obra por arrancar».
    '(antes de irme|ahora que me voy|al irme|al salir) de (la|el|los|las) [\\p{L}-]+',
    '(tu|su) perfil encaja con (una|la|un|el) (busqueda|búsqueda|vacante|posicion|posición|proceso|rol|puesto)',
    '(andas|estas|estás|anda|esta|está|estan|están) buscando (oficina|local|casa|piso|departamento|trabajo|socio|proveedor|inversion|inversión|financiacion|financiación|personal|gente)(?!\\p{L})',
    '(si tiene|si tienes|si tienen|si teneis|si tenéis) (alguna|algun|algún|un|una) (obra|proyecto|vacante|puesto|plaza|encargo)(?!\\p{L})',
    // Alguien que sepa de lo suyo, lo vendido que interesaría a los suyos: «me vendría bien alguien que sepa cómo funcionan los cambios de turno en la unidad», «creo que podrían interesar a vuestros socios».
    '(me vendria|me vendría|nos vendria|nos vendría) (bien|genial|de lujo|fenomenal) (alguien|una persona) (que|con quien|con quién)(?!\\p{L})',
    '(podrian|podrían|podria|podría) (interesar|interesarles|servir|servirles) a (vuestros|vuestras|tus|sus) (socios|clientes|agricultores|alumnos|pacientes|equipos|afiliados|asociados|vecinos)(?!\\p{L})',
    // Una mano ofrecida con algo suyo: «Me ofrezco a echar una mano con la web nueva».
    '(me ofrezco a|puedo|podria|te puedo|os puedo) (echar|echarte|echaros|echarle|echarles) una mano con (la|el|los|las|vuestra|vuestro|vuestras|vuestros|tu|tus|su|sus)(?!\\p{L})',
    // Un pasado compartido, lo que fue para el lector, de qué tienen que hablar: «de cuando llevábamos juntos la comisión…», «fui su analista en Actinver», «insiste en que tenemos que hablar del roboadvisor…».
    'de cuando (llevabamos|trabajabamos|estabamos|organizabamos|montamos|hicimos|coordinabamos)(?!\\p{L})',
    'fui (su|tu|vuestro|vuestra)( [\\p{L}-]+){1,2} (en|de|durante)(?!\\p{L})',
    'tenemos que hablar (del|de la|de los|de las|sobre)(?!\\p{L})',
    // Un paso de su empresa, contado por alguien: «Lucía me contó lo del lanzamiento de vuestra app en México».
    '(lo de|lo del|el|la) (lanzamiento|apertura|expansion|ronda|mudanza|traslado|fusion|adquisicion|piloto|migracion)( de inversion)? (de|del|en) (la |el )?(tu|su|sus|vuestr[oa]s?|<slot>)(?!\\p{L})',
    // Un pasado en común en un sitio: «¡ex compañeros de Inditex!», «fuimos compañeras en el Clínico».
    '((ex|antiguos|antiguas|viejos|viejas) ?compañer[oa]s|(fuimos|eramos) (ex )?compañer[oa]s) (de|en|del)(?!\\p{L})',
    // Lo que ya le contó: «te comenté lo del pódcast de montaña».
    'te (comente|conte|hable de|explique|pase) lo (del|de la|de los|de las|de)(?!\\p{L})',
    // Su nuevo cargo y lo que ya le enseñó: «ahora que vas a llevar las compras de la clínica, te interesa el catálogo que te enseñé».
    'ahora que (vas a|vais a|va a|va usted a) (llevar|dirigir|coordinar|gestionar|liderar|encargarte de|encargarse de)(?!\\p{L})',
    // Un pasado compartido agradecido, su empresa como proveedora: «fue un honor ser su key user en la implantación de…», «tu empresa es la que los fabrica».
    '(fue|ha sido) un (honor|placer|gusto|lujo|orgullo) (ser (su|tu|vuestro|vuestra)|trabajar (contigo|con usted|con vosotros|a tu lado|a su lado|para usted|para ti)|haber (sido|trabajado))(?!\\p{L})',
    '(tu|su|vuestra) empresa es la que (los |las |lo |la |nos )?(fabrica|hace|vende|distribuye|suministra|produce|importa)(?!\\p{L})',
    // Quién organiza algo, en qué se está preparando, la próxima edición de algo compartido: «eres tú quien organiza los intercambios de pairings», «te estás certificando como despachador», «para la edición del año que viene».
    '(eres|es usted)( tu| usted)? (quien|la que|el que) (organiza|organizas|lleva|llevas|coordina|coordinas|gestiona|gestionas|dirige|diriges|lidera|lideras|decide|decides|contrata|contratas|se encarga|te encargas)(?!\\p{L})',
    '(te estas|estas|se esta usted|se esta) (certificando|preparando|examinando|sacando)(?!\\p{L})',
    '(para|de cara a) la (edicion|temporada|campaña|convocatoria) (del ano que viene|siguiente|proxima|de 20\\p{N}\\p{N})(?!\\p{L})',
    // Proponerle para algo, pedirle consejo, lo que ayudó a arrancar, lo que quedó pendiente: «quiero proponerte para el comité científico», «valoraría mucho su consejo», «el proyecto que usted nos ayudó a arrancar», «tengo pendiente mandarte las fotos».
    '(quiero|quisiera|me gustaria|queremos|nos gustaria) proponer(te|le|os|les) (para|como)(?!\\p{L})',
    '(valoraria|valorariamos|agradeceria|agradeceriamos)( mucho| muchisimo| enormemente)? (su|tu|vuestro|vuestra) (consejo|opinion|mirada|punto de vista|criterio)(?!\\p{L})',
    'que (tu |usted |vos )?(me|nos) (ayudaste|ayudo|ayudo usted|ayudasteis|ayudaron) a(?!\\p{L})',
    '(tengo|tenia) pendiente (mandarte|enviarte|pasarte|contarte|llamarte|devolverte|mandarle|enviarle|pasarle|contarle|llamarle|devolverle)(?!\\p{L})(?! (esto|eso|algo|un mensaje|un saludo|un abrazo)(?!\\p{L}))',
    // Un proyecto que van a empezar juntos: «para tenerte a mano cuando arranquemos la auditoría de proveedores».
    'cuando (arranquemos|empecemos|lancemos|iniciemos|comencemos|abramos) (el|la|los|las|con el|con la|con los|con las)(?!\\p{L})',
    // Lo que hizo el lector por quien escribe, para qué le pidieron contactarlo, lo que quedó pendiente desde un momento: «el procurador que me presentaste», «me pidió que lo contactara por la operación de Lima», «te debía esta invitación desde la cena de…».
    'que me (presentaste|recomendaste|pasaste|presento usted|recomendo usted|presentasteis|recomendasteis)(?!\\p{L})',
    '(que (te|le|lo|la|les|os) )?(contactara|contactase|escribiera|escribiese|llamara|buscara|consultara) (por|sobre|acerca de|a proposito de|para hablar de|por lo de|para lo de) (el|la|los|las|lo|tu|su|vuestro|vuestra|un|una)(?!\\p{L})',
    '(te|le|os) (debia|debo|tenia pendiente|tengo pendiente) (esta|la|una|un|este) (invitacion|solicitud|mensaje|conexion)( de conexion)? desde(?!\\p{L})',
    // Un trabajo que toca hacer juntos: «para revisar juntos el plan de paradas», «vamos a estar juntos en el proyecto de {{ cliente }}», «me toca preparar contigo la demo».
    '(revisar|preparar|documentar|coordinar|montar|auditar|migrar|cerrar|planificar) (juntos|juntas|contigo|con usted|con vos) (el|la|los|las)(?!\\p{L})',
    '(vamos a|vamos a estar|estaremos|voy a estar|vas a estar) (juntos|juntas|trabajando juntos|trabajando juntas|contigo|con usted|con vos) en (el|la) (proyecto|equipo|cliente|auditoria|cuenta|implantacion|migracion|piloto)(?!\\p{L})',
    'me toca (revisar|preparar|documentar|coordinar|llevar|auditar|migrar)(?!\\p{L})',
    // Un asunto que los dos conocen: «para coordinar lo de la entrevista con el ministro», «te debo lo de la entrevista del jueves».
    '(coordinar|cerrar|concretar|organizar|ultimar|preparar|cuadrar|hablar|retomar) lo de (la|el|los|las|tu|su|nuestr[oa]s?)(?!\\p{L})',
    'te debo lo de(?!\\p{L})',
    // Lo vivido juntos o pendiente: «fuimos juntas community managers en…», «desde [hospital donde coincidimos] no habíamos vuelto a hablar», «la cena de cierre del ensayo sigue pendiente».
    '(fuimos|estuvimos|trabajamos|estudiamos) (juntos|juntas)(?!\\p{L})',
    'no (habiamos|hemos|habremos) vuelto a (hablar|coincidir|vernos|saber)(?!\\p{L})',
    '(cena|comida|cafe|cerveza|caña|llamada|visita|quedada)( [\\p{L}\\p{N}-]+){0,5} (sigue|queda|esta) pendiente(?!\\p{L})',
    // Un encargo para ellos: «quiero encargarte uno para mi estudio».
    '(quiero|quisiera|me gustaria|queremos|quisieramos) (encargarte|encargarle|encargaros|contratarte|contratarle|contrataros) (un|una|uno|el|la|los|las)(?!\\p{L})',
    // La misma promoción, dicha por quien escribe: «soy [Tu nombre], de la promoción de [año] del máster de interpretación».
    '(de|somos de|soy de) la (misma )?promocion (de|del)(?!\\p{L})',
    // Lo que les interesa de lo suyo, lo que les contaron, lo que ya dominan: «me interesa vuestro software de peritación», «me ha contado lo de la bodega de Requena», «tú ya dominas el cocultivo».
    '(me|nos) interesa (vuestro|vuestra|tu|su) (software|producto|servicio|herramienta|plataforma|solucion|programa|app|modelo|metodo|sistema)(?!\\p{L})',
    '(me ha contado|me conto|me comento|me ha comentado|nos conto|nos ha contado) lo de (la|el|los|las|tu|su|vuestr[oa]s?)(?!\\p{L})',
    '(tu|usted) ya (dominas|domina|manejas|maneja|controlas|controla) (el|la|los|las)(?!\\p{L})',
    // Un favor concreto agradecido: «gracias otra vez por pasarme el contacto del importador de Quebec».
    'gracias( otra vez| de nuevo| una vez mas)? por (pasarme|presentarme|recomendarme|enviarme|mandarme|conseguirme|ayudarme con|echarme una mano con) (el|la|los|las|a|tu|su)(?!\\p{L})',
    // Para qué quiere juntarlos quien los presenta: «Fernanda nos quiere juntar para el caso de éxito con…».
    '((nos|os) (quiere|queria|va a|iba a|quisiera) (presentar|juntar|reunir|conectar)|(quiere|queria|va a|iba a|quisiera) (presentarnos|juntarnos|reunirnos|conectarnos)) para (el|la|los|las|un|una|que|hablar|ver|montar|preparar|colaborar|trabajar)(?!\\p{L})',
    // Lo que fue para quien escribe: «fue usted mi editor en mis primeros años», «fuiste mi tutora de prácticas».
    '(fuiste|fue usted|usted fue|tu fuiste|fuisteis) (mi|nuestro|nuestra) (primer |primera )?(jefe|jefa|editor|editora|profesor|profesora|maestro|maestra|mentor|mentora|tutor|tutora|director|directora|supervisor|supervisora|entrenador|entrenadora|coordinador|coordinadora|responsable|cliente|socio|socia|compañero|compañera)(?!\\p{L})',
    // Su pitch en un evento, una propuesta para su empresa, dichos con prisa: «Tu pitch del demo day», «Auditoría de seguridad para su fintech».
    '(tu|su) (pitch|demo|ponencia|charla|presentacion) (del|de la|en el|en la)( [\\p{L}\\p{N}-]+){1,3}',
    '(auditoria|propuesta|presupuesto|piloto|diagnostico|analisis)( de [\\p{L}-]+){0,2} para (su|tu|vuestr[oa]) (empresa|fintech|startup|equipo|tienda|restaurante|hotel|clinica|despacho|planta|fabrica|flota|web|app|plataforma)(?!\\p{L})',
    // Dicho con prisa o con el motivo concreto: «Busco mentor en diseño de producto», «Pendiente el café», «me habló del proyecto de agritech», «la plaza de UX research publicada ayer», «Tema: {tema}», «cotizarle el seguro de flota para sus camiones», «el informe anual que publicó su empresa».
    '(busco|buscamos|estoy buscando) (un |una )?(mentor|mentora|cofundador|cofundadora|socio|socia|inversor|inversora) (en|de|para)( [\\p{L}-]+){1,3}',
    '(pendiente|queda pendiente|sigue pendiente) (el|la|ese|esa|un|una|nuestro|nuestra) (cafe|cafecito|cerveza|cana|comida|cena|llamada|charla|vermut)(?!\\p{L})',
    '(me|nos) (hablo|conto|comento|explico|hablaron|contaron) (del|de la) (proyecto|plan|piloto|idea|iniciativa|startup|app|producto|reto|programa|estudio|ronda|expansion|lanzamiento)( de| del| en| sobre)(?!\\p{L})',
    '(plaza|vacante|oferta|puesto|posicion)( de| del)?( [\\p{L}\\p{N}-]+){1,4} (publicada|publicado|abierta|abierto)(?!\\p{L})',
    '(tema|asunto|motivo): <slot>',
    '(cotizarle|cotizarte|presupuestarle|presupuestarte|ofrecerle|ofrecerte) (el|la|un|una)( [\\p{L}-]+){1,4} (para|de) (sus|tus|su|tu|vuestr[oa]s?)(?!\\p{L})',
    '(lei|he leido|revise|he revisado) (el|la) (informe|memoria|reporte|estudio)( [\\p{L}-]+){0,4} que (publico|publicaron|presento|presentaron|ha publicado|han publicado) (su|tu|vuestra|vuestro) (empresa|compañia|equipo|organizacion|fundacion)(?!\\p{L})',
    // Una presentación o un favor pequeño y concreto: «¿me presentarías a alguien de vuestro equipo de datos?», «¿me pasarías el nombre de la herramienta?».
    '(me|nos) (presentarias|podrias presentar|presentaria|podria presentar|presentas) a (alguien|algun|alguna|la persona|el responsable|la responsable|quien)(?!\\p{L})',
    '(me )?(pasarias|podrias pasar|pasaria|podria pasar|dirias|podrias decir|diria|podria decir) el nombre (de|del)(?!\\p{L})',
    // Un proyecto de los dos: «el proyecto de catastro que arrancamos en Nariño por fin salió».
    "(el|la) (proyecto|iniciativa|piloto|estudio|programa|articulo|libro|informe|podcast)( [\\p{L}-]+){0,4} que (arrancamos|empezamos|montamos|lanzamos|hicimos|presentamos|armamos|disenamos|escribimos|publicamos)(?!\\p{L})",
    // Lo compartido en primer grado: «gracias otra vez por formar parte del comité de mi tesis», «soy Tomás, su ayudante de Cálculo II», «fue un placer compartir la
    // estancia en Lyon», «quedó pendiente lo de la base de datos», «te debo la convocatoria del CONAHCYT que mencionaste», «te comparto por acá el protocolo».
    "(gracias|muchas gracias)( otra vez| de nuevo)? por (formar parte|participar|estar) (de|del|de la|en)( (mi|el|la))? (comite|tribunal|jurado|panel|mesa)(?!\\p{L})",
    "(soy|fui|era)( [\\p{L}-]+,)? (tu|su) (ayudante|alumn[oa]|becari[oa]|asistente|tesista|practicante|residente|doctorand[oa])( de [\\p{L}\\p{N}]+)?(?!\\p{L})",
    "(compartir|compartimos|compartiamos) (la|el) (estancia|beca|proyecto|despacho|laboratorio|viaje|residencia|guardia|turno) (en|de|del)(?!\\p{L})",
    "(quedo|queda|ha quedado|quedaba) pendiente (lo de|lo del|el|la|los|las)(?!\\p{L})",
    "te debo (la|el|los|las) [\\p{L}]+( [\\p{L}]+)? (que|de|del)(?!\\p{L})",
    "(te|le) (comparto|paso|mando|envio|dejo)( por aca| por aqui| aqui| aca)? (el|la|los|las)(?! (enlace|link|perfil|cv|curriculum|portafolio|portfolio|web|pagina|catalogo|brochure|presentacion|propuesta|tarjeta|invitacion|solicitud|peticion|conexion|mensaje|nota|saludo|abrazo|contacto|informacion|info)(?!\\p{L})) [\\p{L}]+ (de|del|para|que)(?!\\p{L})",
    // Lo compartido y raro: «yo también hago escalada en hielo, ¡somos poquísimas!», «no conozco a nadie más que lo haga».
    "(somos|seremos|quedamos) (poquisim[oa]s|muy poc[oa]s|tan poc[oa]s|cuatro gatos)(?!\\p{L})",
    "no conozco a nadie mas que (lo haga|lo hiciera|se dedique|haga|practique|crie|tenga)(?!\\p{L})",
    // Una pregunta dicha como petición: «te agrego y me cuentas dónde consigues el papel» (no «me cuentas qué tal»).
    "me (cuentas|dices|explicas|recomiendas|contaras|diras) (donde|como|cuando|quien|cual|que)(?! (tal|te va|estas|andas|va todo|va la vida|hay)(?!\\p{L}))(?!\\p{L})",
    // Una herramienta suya, con una duda o un uso: «se me atasca el plugin que mantienes», «uso la librería de validación que mantienes».
    "(plugin|libreria|biblioteca|herramienta|paquete|repositorio|repo|extension|app|aplicacion|modulo|framework|sdk|api|gema|crate)( de [\\p{L}\\p{N}-]+)? que (mantienes|mantiene|mantiene usted|manteneis|mantienen|desarrollas|desarrolla usted|creaste|creo usted|publicaste)(?!\\p{L})",
    // La hoja de ruta publicada por su equipo: «vi el roadmap que publicó tu equipo», «lo de accesibilidad que aparece en la hoja de ruta de tu equipo».
    "(el|la) (roadmap|hoja de ruta|changelog)( publica)? (que (publico|publicaste|publicasteis|compartio|compartiste) (tu|su|vuestro|vuestra) (equipo|empresa)|(de|del) (tu|su|vuestro|vuestra) (equipo|empresa|producto|proyecto))(?!\\p{L})",
    // Tras una ocasión juntos, agregado: «te agrego después de la cena del sábado».
    "(te|la|lo|le) (agrego|añado|anado|sumo)( por aqui| por aca| aqui| aca)? (despues de|tras) (la|el|nuestra|nuestro)( [\\p{L}-]+){0,2} (cena|comida|viaje|boda|partido|excursion|quedada|fiesta|clase|taller|asado|barbacoa|retiro|salida)(?!\\p{L})",
    // Algo que pedirle: «necesito que me recomiendes un móvil».
    "(necesito|quiero|queria|quisiera) que me (recomiendes|aconsejes|ayudes|expliques|cuentes|eches una mano|recomiende|aconseje|ayude|explique)(?!\\p{L})",
    // Se muda a su ciudad: «el mes que viene me voy a Guadalajara y vi que vives allí».
    "(me voy|me mudo|me traslado|me mudare|me voy a vivir|me vengo|me muevo)( a vivir)? a( [\\p{L}-]+){1,3},? y (vi|veo|he visto|vi en tu perfil|vi en su perfil) que (vives|vive|vive usted|estas|esta usted|trabajas|trabaja) (alli|ahi|alla|en|por)(?!\\p{L})",
    // Algo que organizar juntos, clases agradecidas: «¿Coordinamos por aquí el dojo de marzo?», «gracias por las clases de SQL en Coderhouse».
    '(coordinamos|organizamos|cuadramos|planificamos|preparamos|montamos) (por aqui )?(el|la|los|las|lo de)(?!\\p{L})',
    'gracias por (las|tus|sus) (clases|mentorias|tutorias|asesorias|sesiones|correcciones)( de [\\p{L}\\p{N}-]+)?(?!\\p{L})',
    // Sus tiendas como destino de lo que se vende, su antiguo equipo: «nos gustaría estar en sus anaqueles», «le escribe Gabriela, de su antiguo equipo de auditoría».
    '(nos|me) gustaria (estar|entrar|aparecer|vender|estar presentes) en (sus|tus|vuestros|vuestras) (anaqueles|tiendas|lineales|catalogos?|estanterias|gondolas|sucursales)(?!\\p{L})',
    'de (su|tu) (antiguo|anterior|ex) (equipo|area|departamento|despacho|grupo|laboratorio)(?!\\p{L})',
    // Quien fue de los suyos, dicho de sí: «Le saluda Gabriela Ríos, quien fue su practicante en el área de tesorería».
    '(quien|que) (fue|fui) (su|tu) (practicante|alumno|alumna|becario|becaria|asistente|companero|companera|estudiante|pasante|residente|aprendiz|tesista|jefe|jefa)(?!\\p{L})',
    // Lo prometido, una recomendación pedida, lo que se sabe que venden: «Como te prometí, te paso la tarifa»,
    // «¿Me podrías referir?», «Por ella sé que vendes los equipos del estudio».
    '(como|tal como) (te|le|os) (prometi|habia prometido|quedamos),? (te|le|os) (paso|envio|mando|adjunto|comparto|dejo)(?!\\p{L})',
    '(me )?(podrias|podria|puedes|puede|podes) (referir|referirme|recomendar|recomendarme)(?!\\p{L})',
    '(se|supe|me entere de) que (vendes|vende|alquilas|alquila|traspasas|traspasa|ofreces|ofrece|das|da) (el|la|los|las|tu|su)(?!\\p{L})',
    // Lo que propusieron, retomado: «Lo de formar a los entrenadores en primeros auxilios que mencionaste me parece muy buena idea».
    'lo (de|que)( [\\p{L}\\p{N}-]+){1,10} que (mencionaste|comentaste|contaste|propusiste|dijiste|planteaste|menciono|comento|propuso|planteo|mencionasteis|propusisteis)(?!\\p{L})',
    // Que los tengan en cuenta para su equipo: «me encantaría que me tuvieras en cuenta para tu equipo».
    '(me|nos) (tuvieras|tengas|tuviera|tenga|tuvierais|tengais|tuviese|tuvieses|tengan|tuvieran) en cuenta (para|en) (tu|su|vuestro|vuestra) (equipo|empresa|area|departamento|proyecto|seleccion|vacante|oferta|puesto|proceso|estudio|despacho)(?!\\p{L})',
    // Por qué les pasaron su contacto, o un encargo en el que contar con ellos: «me pasó tu contacto porque traduces del catalán», «tengo un proyecto editorial para junio y me encantaría contar contigo».
    '(me|nos) (paso|ha pasado|dio|ha dado|facilito|ha facilitado|recomendo|ha recomendado) (tu|su) (contacto|nombre|numero|correo|perfil) (porque|ya que|por si|para que)(?!\\p{L})',
    '(tengo|tenemos) (un|una) (proyecto|encargo|trabajo|libro|evento|campana|obra|produccion|colaboracion)( [\\p{L}-]+){0,2} (para|en|de|con)( [\\p{L}\\p{N}-]+){1,4},? y (me|nos) (encantaria|gustaria) contar (contigo|con usted|con vos|con vosotros|con ustedes)(?!\\p{L})',
    // Un asunto en curso, retomado; lo que su empresa hace: «para seguir con la cotización de los racks», «su empresa tiene experiencia en refractarios».
    '(seguir|continuar|retomar) con (la|el|nuestra|nuestro|lo de|los|las)( [\\p{L}-]+){1,4}(?!\\p{L})',
    '(su|tu|vuestra) empresa (tiene experiencia|ofrece|hace|trabaja|se dedica|fabrica|distribuye) (en|a|con)?(?!\\p{L})',
    // Un pasado compartido: «soy Jorge, de cuando compartíamos ruta por las farmacias de Alicante», «el visitador que la atendía en el Hospital Ángeles».
    'de cuando (compartiamos|trabajabamos|estabamos|estudiabamos|coincidiamos|jugabamos|viviamos|ibamos|hacíamos|haciamos)(?!\\p{L})',
    'que (la|le|te|lo|os) (atendia|visitaba|llevaba|asesoraba|entrenaba|daba clase)(?!\\p{L})',
    // Cómo hacen algo en su equipo, preguntado: «me vendría genial que me contaras cómo versionáis modelos y datasets».
    '(me contaras|me cuentes|me contases|me explicaras|me expliques|me comentaras|me comentes|contarme|explicarme) (como|cual|cuales|por que|de que manera) (?!(te va|te fue|estas|andas|le va|esta usted|va todo)(?!\\p{L}))[\\p{L}]+',
    // Lo que pidieron, pasado por alguien: «Sergio Mena me ha trasladado su interés en tasar la vivienda».
    '(ha trasladado|han trasladado|traslado|trasladaron|ha comentado|comento|ha contado|conto) (su|tu|vuestro|vuestra) (interes|consulta|peticion|solicitud|necesidad) (en|por|de|sobre)(?!\\p{L})',
    // Lo que hizo, dicho de su trabajo: «dice que vos armaste el pipeline de anotación del corpus».
    '(armaste|construiste|montaste|creaste|desarrollaste|lideraste|disenaste|escribiste|coordinaste|programaste|entrenaste|publicaste) (el|la|los|las|un|una) [\\p{L}-]+( [\\p{L}-]+)? (de|del|para|sobre|en)(?!\\p{L})',
    // Un asunto concreto que tratar: «¿vemos lo del estudio de {patología} el jueves?».
    '(vemos|hablamos|revisamos|comentamos|repasamos|miramos|cerramos|concretamos) lo (del|de la|de los|de las)(?!\\p{L})',
    // Un evento que organizan, con su tema o su sitio: «organizo un hackatón de movilidad en Valencia y buscamos jurado».
    "(organizo|organizamos|estoy organizando|estamos organizando|coordino|coordinamos) (un|una|el|la|las|los)( [\\p{L}-]+){0,2} (hackaton|congreso|evento|jornada|jornadas|meetup|feria|mesa redonda|webinar|taller|foro|festival|carrera|concurso|ciclo|encuentro) (de|sobre|en|para)",
    // Una colaboración propuesta para algo que nombran: «proponerte una colaboración para la feria del libro de [Ciudad]».
    "(proponerte|proponerle|proponeros|ofrecerte|ofrecerle) (una|un) (colaboracion|participacion|alianza|charla|ponencia|entrevista|stand|espacio) (para|en) (la|el|nuestra|nuestro)( [\\p{L}-]+){0,2} (feria|congreso|jornada|jornadas|festival|evento|campana|lanzamiento|edicion|numero|revista|programa|podcast|ciclo)",
    // Lo que hacen en su empresa, con qué: «me interesa mucho lo que hacéis en {empresa} con la protección de redes OT».
    "lo que (haceis|hacen|hace|haces|estais haciendo|estan haciendo|esta haciendo|estas haciendo) en (<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}) (con|en torno a|sobre) (el|la|los|las|su|sus|tu|tus|vuestro|vuestra)( [\\p{L}\\p{N}-]+){1,4}",
    // Una ronda que levantan, ante un inversor: «estamos levantando ronda para [Startup]».
    "(estamos|estoy) (levantando|cerrando|abriendo|preparando) (una |la |nuestra |nuestra primera |la primera )?(ronda|financiacion|inversion)( (semilla|seed|pre-?semilla|serie [a-d]))?(?!\\p{L})",
    // Un proceso o una vacante que les encaja: «tengo un proceso de directora financiera que te pega muchísimo».
    "(tengo|tenemos|llevo|llevamos) (un|una) (proceso|vacante|posicion|puesto|busqueda|oportunidad) (de|para)( [\\p{L}/-]+){1,4} que (te|le|os) (pega|encaja|va|cuadra|queda)",
    // Su alumna o su alumno, del curso que dio: «soy Lucía, su alumna del curso de fotografía documental».
    '(su|tu) (alumn[oa]|estudiante|pupil[oa]|aprendiz) (del|de la|de|en el|en la) (curso|clase|taller|master|asignatura|catedra|seminario|materia|diplomado|grado)',
    // Una carta o una referencia pedida: «quería pedirle una carta de recomendación».
    '(pedirle|pedirte|pediros|pedir|solicitarle|solicitarte|me escribiria|me escribirias|me harias|me haria) (una )?(carta de recomendacion|carta de referencia|referencia|recomendacion)(?!\\p{L})',
    // Un trabajo suyo nombrado por lo que es: «el informe que publicaste sobre pagos», «la guía que escribió su equipo».
    // Algo hecho por ellos para alguien, con lo que es en medio: «el dashboard de ventas que hiciste para Mercadona».
    '(dashboard|panel|tablero|app|aplicacion|web|landing|campana|prototipo|plantilla|proyecto|sistema|pipeline|rediseno|identidad|marca|catalogo)(?<=(el|la|ese|esa|este|esta)( [\\p{L}\\p{N}-]+){0,3} (dashboard|panel|tablero|app|aplicacion|web|landing|campana|prototipo|plantilla|proyecto|sistema|pipeline|rediseno|identidad|marca|catalogo))( de [\\p{L}\\p{N}-]+)? que (hiciste|hizo usted|disenaste|construiste|montaste|armaste|creaste|desarrollaste|lanzaste|presentaste) (para|con|en)(?!\\p{L})',
    '(informe|estudio|encuesta|libro|guia|analisis|investigacion|herramienta|libreria|curso|tesis|manual|protocolo|mapa|modelo|indice)(?<=(el|la|ese|esa|este|esta)( [\\p{L}\\p{N}-]+){0,3} (informe|estudio|encuesta|libro|guia|analisis|investigacion|herramienta|libreria|curso|tesis|manual|protocolo|mapa|modelo|indice)) que (publicaste|escribiste|publico|escribio|lanzaste|lanzo|hiciste|hizo|presentaste|presento|compartiste|compartio|desarrollaste|desarrollo|coordinaste|coordino|dirigiste|dirigio)(?!\\p{L})',
    // Agradecer algo concreto que hizo por uno: «gracias por la recomendación que le diste a Paty».
    '(gracias|muchas gracias|mil gracias) por (la|tu|su|esa|aquella) (recomendacion|presentacion|referencia|intro|introduccion|ayuda con|mano con|respuesta a)',
    // Lo mismo, agradecido de otras maneras: «le agradezco de corazón la carta de recomendación para la beca», «gracias por tu tiempo en la entrevista de ayer»,
    // «gracias por haberme recomendado con el equipo de Finanzas», «gracias por bancarme con la mudanza del servidor».
    "(le agradezco|te agradezco|os agradezco|agradecerte|agradecerle|agradeceros|quiero agradecerte|quiero agradecerle)( de corazon| personalmente| formalmente| muchisimo| mucho)? (la|tu|su|el|esa|aquella) (carta de (recomendacion|referencia|presentacion)|recomendacion|referencia|presentacion|revision|entrevista|mentoria|ayuda con|mano con)(?!\\p{L})",
    "(gracias|muchas gracias|mil gracias) por (tu|su) tiempo en (la|el) (entrevista|llamada|reunion|mentoria|sesion|revision)(?!\\p{L})",
    "(agradecerte|agradecerle|le agradezco|te agradezco)( de corazon| personalmente| formalmente)? todo (el|tu|su) (acompañamiento|apoyo|trabajo|esfuerzo|tiempo) de (estos|estas|los|las) (\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez) (anos|meses|semestres|cursos)(?!\\p{L})",
    // Una carta suya para quien escribe: «supe que usted redactó la carta de referencia que acompañó mi solicitud».
    "(usted|tu|vos) (redacto|redactaste|escribio|escribiste|firmo|firmaste) (la|una|mi) carta de (referencia|recomendacion|presentacion)(?!\\p{L})",
    "(gracias|muchas gracias|mil gracias)( otra vez| de nuevo)? por (haberme|haberla|haberlo|haberle)? ?(recomendado|referido|presentado|ayudado|orientado|bancado|bancarme|aguantado|entrevistado|revisado) (con|a|en|ante|para|por)(?!\\p{L})",
    // Una pregunta concreta dicha sin signos: «quisiera preguntarle qué bibliografía recomienda para…».
    '(quisiera|queria|quiero|me gustaria|podria|queriamos) (preguntarle|preguntarte|preguntaros|consultarle|consultarte) (que|como|cual|cuales|por que|donde|cuando|cuanto|cuantos|cuantas)(?! (tal|te va|le va|estas|esta usted)(?!\\p{L}))',
    // Una vacante o una rotación en su centro; coordinar algo ya en marcha: «si sabes de alguna vacante en el Hospital de Clínicas», «me interesa rotar en su unidad», «para coordinar mejor la visita al colegio».
    '(sabes|sabe|sabeis|conoces|conoce) de (alguna|algun) (vacante|puesto|plaza|oportunidad) (en|de)',
    '(rotar|hacer una rotacion|hacer (las )?practicas|hacer la residencia|hacer una estancia) en (su|tu|vuestr[oa]) (unidad|servicio|hospital|departamento|laboratorio|grupo|equipo|centro|clinica)',
    'para coordinar( mejor)? (la|el|nuestra|nuestro|los|las)',
    // Algo que hacer juntos, su experiencia justo lo que buscan: «podrían organizar algo juntas», «tu experiencia escalando pagos es justo lo que necesitamos».
    // No hacer o crear «algo juntos» sin más, que cualquiera promete.
    '(organizar|montar|lanzar|preparar) algo (junt[oa]s|en comun|conjunto)',
    'tu experiencia( [\\p{L}\\p{N}-]+){1,10} es (justo|exactamente|precisamente) lo que (necesitamos|buscamos|nos falta)',
    // Lo que ofrecen, preguntado: «me pasas info de los cursos de tu academia?».
    '(info|informacion|precios?|horarios?|tarifas?) (de|sobre|del) (los |las |el |la )?(cursos|clases|servicios|productos|planes|talleres|programas|tratamientos) (de|del|que da|que ofrece) (tu|su|vuestr[oa])',
    // Una entrevista informativa sobre su trayectoria; un ascenso a un puesto dicho: «¿15 minutos para una entrevista informativa?», «felicitaciones por el ascenso a jefa de producto».
    'entrevistas? informativas?', '(ascenso|nombramiento|promocion) (a|como) (?!<slot>)[\\p{L}]+',
    // Lo que buscan, contado por alguien o visto: «dice que en Tiendalia andan buscando agencia para performance»; algo que montar juntos desde donde está cada uno.
    "(andan|andais|estan|estais|anda|esta) buscando( [\\p{L}-]+){0,2} (agencia|proveedor|proveedora|partner|socio|socia|alguien|perfil|perfiles|gente|equipo|desarrollador|desarrolladora|consultor|consultora|freelance)",
    // Un puesto que buscan, contado por alguien: «me dijo la Sofi que buscan community manager»; lo de algo que ambos conocen: «te paso lo del taller del jueves».
    "(dijo|dijeron|conto|contaron|comento|comentaron|dice|dicen|cuenta|cuentan)( [\\p{L}-]+){0,3} que (buscan|buscais|estan buscando|estais buscando|necesitan|necesitais) (un |una |a un |a una )?[\\p{L}-]+( [\\p{L}-]+)?(?!\\p{L})",
    "(te|le|os) (paso|mando|envio|cuento|reenvio|comparto) lo (del|de la|de los|de las) [\\p{L}\\p{N}-]+",
    "(podriamos|podemos) (montar|armar|lanzar|organizar) algo (juntos|juntas)",
    // Un puesto en su empresa, pedido o preguntado: «que me tuvieras en cuenta para futuras oportunidades en {{company}}», «si en [Empresa] hay vacantes o a quién debería escribir».
    "(me|nos) (tuvieras|tuviera|tengas|tenga|tuvierais|tengais) en cuenta (para|en)( (alguna|algun|tus|sus|vuestras|las|los))? (oportunidades|vacantes|busquedas?|procesos|posiciones|puestos|roles)",
    // Las que vengan, sin decir dónde, no son las suyas: «agradecería que me tengas en cuenta para futuras oportunidades.».
    "(me|nos) (tuvieras|tuviera|tengas|tenga|tuvierais|tengais) en cuenta (para|en) (futuras|proximas) (oportunidades|vacantes|busquedas?|procesos|posiciones|puestos|roles)(?!\\s*[.!?]|\\s*$)",
    "(vacantes|oportunidades|puestos|posiciones|procesos) (abiert[oa]s )?(en|dentro de) (<slot>|tu empresa|su empresa|vuestra empresa|vuestro equipo|tu equipo|su equipo)",
    "si en (<slot>|tu empresa|su empresa|vuestra empresa|vuestro equipo|tu equipo) (hay|teneis|tienen|tienes|buscais|buscan)",
    "a quien (deberia|debo|podria|puedo) (escribir|dirigirme|contactar|preguntar)",
    // Algo que hicieron, dicho de ellos: «me contó que fuiste tú quien desatascó la integración».
    '(fuiste tu|fue usted|eras tu|fuiste|eras) (quien|el que|la que) (\\p{L}+)',
    // Su opinión sobre un tema dicho en tres palabras o más: «¿qué opinas del nuevo reglamento europeo de interoperabilidad?».
    "que (opinas|opina|opinais|piensas|piensa|pensais|te parece|le parece|os parece) (del|de la|de los|de las|sobre el|sobre la|sobre los|sobre las)(?!( [\\p{L}-]+){0,4} (conectar|conectarnos|red|networking|contactos))( [\\p{L}-]+){3,}(?=[^.!?\\n]*\\?)",
    // Quién era en algo compartido, algo que organiza para los de entonces (1.er grado): «soy Unai, del equipo de remo de Orio», «organizamos la cena de los 20 años».
    '(soy|era) [\\p{L}]+,? (del|de la) (equipo|club|clase|grupo|coro|banda|cuadrilla|residencia|colegio|instituto|peña)',
    '(organizamos|organizo|estamos organizando|preparamos) (la|el|una|un) (cena|comida|quedada|reunion|fiesta|encuentro|excursion)',
    // Lo que su empresa acaba de hacer: «{empresa} acaba de cerrar su Serie A».
    '(<slot>|tu empresa|vuestra empresa|su empresa) (acaba de|acabais de|acaban de) (cerrar|levantar|lanzar|abrir|inaugurar|anunciar|adquirir|fichar)',
    // Una búsqueda concreta del reclutador, una referencia pedida: «tengo una búsqueda de líder mobile para una aseguradora», «¿me podrías ayudar con una referencia?».
    '(tengo|tenemos) una (busqueda|vacante|posicion|oferta|posicion abierta) (de|para) [\\p{L}]+',
    '(podrias|puedes|podria|podrian) (ayudarme|ayudar|echarme una mano) con (una|un) (referencia|recomendacion|referido|contacto)',
    // Saber qué hacen en su empresa, como el inglés «learn more about what you're building at [Company]»: «saber más de lo que estáis montando en [Empresa]».
    '(saber|conocer|aprender|escuchar|entender|platiques|platicas|platicaras|cuentes|cuentas|contaras|contases|contarias|expliques|explicaras|hables|hablaras)( un poco| algo)?( mas)? (sobre|de|acerca de) (lo que|en lo que|como) (estas|esta|estais|estan|vuestro equipo esta|tu equipo esta|su equipo esta) (haciendo|montando|construyendo|desarrollando|trabajando|lanzando|creando|armando) (en|con|desde|dentro de) (<slot>|[\\p{L}\\p{N}]+)',
    // Un proyecto suyo en su empresa, por conocer: «me interesaría conocer con más detalle el proyecto que desarrolla en [Empresa]».
    '(saber|conocer)( con mas detalle| mas| mejor| un poco mas)? (el proyecto|los proyectos|el producto|la iniciativa) que (desarrolla|desarrollas|desarrollan|desarrollais|lidera|lideras|lideran|construye|construyes|construyen|monta|montas|montan|impulsa|impulsas|impulsan) en (<slot>|[\\p{L}&.-]+)',
    // Cómo llevan algo en su empresa ahora, contado o preguntado: «me habló de cómo estáis escalando el equipo de ventas».
    'como (estas|esta|estais|estan) (escalando|montando|construyendo|armando|gestionando|organizando|automatizando|digitalizando|lanzando|ampliando|reestructurando|migrando|formando|profesionalizando|internacionalizando) (el|la|los|las|su|sus|tu|tus|vuestro|vuestra|vuestros|vuestras)',
    // Lo que dijo de un tema, recordado: «me quedé pensando en lo que dijiste sobre facturación electrónica».
    '(lo que|eso que) (dijiste|dijo|comentaste|comento|contaste|conto|mencionaste|menciono|explicaste|explico|planteaste|planteo|compartiste|compartio) (sobre|acerca de)',
    // Una cuenta que pasa a llevar el remitente: «me tomo el relevo de la cuenta de Acme», «me hago cargo de la cuenta de Tillbury».
    '(relevo|me hago cargo|me hare cargo|asumo|asumire|heredo|voy a llevar|llevare|paso a llevar)( [\\p{L}-]+){0,4} (cuenta|cartera|territorio) (de (<slot>|[\\p{L}&.-]+)|con (vosotros|ustedes|usted|tu empresa|su empresa))',
    // Un pasado juntos, recordado; un atasco concreto; si aún vende o tiene algo: «desde que cerramos la panadería de tu tío», «de cuando trabajábamos juntas en la residencia», «¿te acuerdas del torneo de pádel?», «nos atascamos con la matriz», «¿aún vendes el tractor?».
    'desde que (cerramos|dejamos|terminamos|vendimos|salimos de|nos fuimos de|acabamos)',
    '(trabajabamos|trabajamos|estudiabamos|jugabamos|coincidiamos|viviamos|entrenabamos) (juntos|juntas)',
    // Cualquier pasado hecho juntos, en imperfecto: «cuando peleábamos juntos las tarifas», «íbamos juntas a clase».
    '(juntos|juntas)(?<=\\p{L}(bamos|iamos) (juntos|juntas))',
    '(te acuerdas|se acuerda|os acordais|te acordas|se acuerdan) (del|de la|de los|de las|de cuando|de aquel|de aquella)',
    '(nos|me) (atascamos|hemos atascado|atasque|he atascado|estamos atascad[oa]s|estoy atascad[oa]) (con|en)',
    '(aun|todavia) (vendes|vende|vendeis|tienes|tiene|teneis|alquilas|alquila|haces|hace|buscas|busca|necesitas|necesita)(?=[^.!?\\n]*\\?)',
    // Por qué esta persona y no otra: «vos sos una de las pocas psicólogas organizacionales que encontré en Mendoza».
    '(sos|eres|es usted|es) (una|uno) de (los|las) (pocos|pocas|unicos|unicas)',
    // El trabajo de su empresa en algo nombrado: «me encanta el trabajo que está haciendo Factorial en nóminas automáticas».
    'el trabajo que (esta|estan|estas|estais|ha|han|has|habeis) (haciendo|hecho) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?|tu equipo|vuestro equipo|su equipo)? ?(en|con|sobre) (?!(el|este|ese|tu|su|vuestro) (sector|mundo|ambito|campo|mercado|equipo)(?!\\p{L}))\\p{L}+',
    // Lo que el contacto común sugirió enseñarle: «me sugirió presentarle nuestra plataforma de nómina».
    '(me|nos) (sugirio|sugirieron|recomendo|recomendaron|propuso|propusieron) (presentarle|presentarte|presentaros|ensenarle|ensenarte|mostrarle|mostrarte|contarle|contarte|hablarle de|hablarte de) (nuestr[oa]s?|mi|mis|el|la|los|las)',
    // Un trabajo suyo publicado, nombrado: «el informe que publicasteis sobre vivienda asequible».
    '(el|la|los|las|vuestro|vuestra|tu|su) (informe|estudio|articulo|analisis|mapa|guia|reportaje|libro|hilo|encuesta|ranking|podcast|video|charla|ponencia)s? (que|sobre [^.!?]{1,60} que) (publicaste|publicasteis|publico|publicaron|escribiste|escribisteis|compartiste|compartisteis|presentaste|presentasteis|sacaste|sacasteis|hiciste|hicisteis)',
    // Comparar algo concreto: «comparar con usted los datos de consumo en invierno».
    'comparar( con (usted|ustedes|vosotros|contigo|vos))? (los|las|el|la|nuestros|nuestras) (datos|cifras|resultados|numeros|costes|costos|metricas|procesos|tarifas|experiencias) (de|del|sobre|en)',
    // Lo dicho antes, lo que abrieron, por qué se escribe: «como te dije en la feria», «vi que abrieron una segunda sucursal», «porque queremos pasar la contabilidad a digital».
    'como (te|le) (dije|comente|prometi|conte) (en|durante|el|la|ayer)',
    // Cómo lo hicieron, preguntado; lo que cubren; sus consejos sobre algo: «me interesa mucho cómo habéis organizado la notificación», «que es justo lo que cubres en tu periódico», «gracias por los consejos para vender la miel».
    '(me interesa|me interesaria|me gustaria saber|me encantaria saber|quisiera saber|tengo curiosidad por saber)( mucho| muchisimo)?( saber)? como (habeis|han|has|ha|hicisteis|hicieron|hiciste|hizo|organizasteis|organizaron|organizaste|gestionais|gestionan|gestionas|lo)(?!\\p{L})',
    '(justo|exactamente|precisamente) lo que (cubres|cubre usted|cubre|haces|hace usted|escribes|escribe usted|investigas|investiga usted)(?!\\p{L})',
    '(gracias|y) por (los|tus|sus|el|tu|su) (consejos|tips|ideas|recomendaciones|consejo|ayuda) (para|sobre|con|acerca de)(?!\\p{L})',
    // Gente que se suma a un equipo: «estamos sumando gente senior de backend para el equipo de pagos».
    '(estamos|estoy|esta|estan|estais) (sumando|incorporando)( [\\p{L}\\p{N}-]+){1,6} (al|a (nuestro|nuestra|mi|su|tu|la)|para (el|la|nuestro|nuestra|mi|su)) (equipo|area|departamento|squad|celula|oficina|plantilla|redaccion|laboratorio|clinica|proyecto|obra)(?!\\p{L})',
    // Quién fue para quien escribe, dicho sin rodeos: «fue un privilegio tenerte como directora de tesis», «fuiste la mejor jefa que he tenido».
    '((tenerte|tenerle|tenerla|tenerlo|haberte tenido|haberle tenido) (como|de)|(fuiste|fue usted|has sido|ha sido usted|por ser|por haber sido) (mi|nuestr[oa]|el mejor|la mejor|un gran|una gran|un excelente|una excelente)) ([\\p{L}-]+ ){0,2}(jef[ea]|tutor|tutora|mentor|mentora|profesor|profesora|director|directora|supervisor|supervisora|responsable|coordinador|coordinadora|companer[oa]|socio|socia|cliente|entrenador|entrenadora|lider|manager)(?!\\p{L})',
    // Dejar un trabajo como motivo: «hoy es mi último día en Brightwell».
    '(mi )?ultimo dia(?<!(el|un|cada|su|tu|nuestro) ultimo dia) (en|con) (<slot>|[\\p{L}\\p{N}&.-]+)',
    // Una deuda, un favor agradecido, una promesa o un recuerdo de un pasado compartido (1er grado): «te debo el asado por haberme cubierto», «gracias otra vez por prestarme tu portátil», «te juré que te mandaría la invitación», «sigo teniendo la taza del equipo».
    '(te|le|os) debo (un|una|el|la|los|las)( [\\p{L}-]+){0,2} (por|desde|de)',
    '(te|le|os) debo (una|un) (cena|comida|cerveza|cana|birra|cafe|asado|ronda|copa|favor|vermut|pizza)',
    '(te|le|os) debo una(?=\\s*[.!?]|\\s*$)',
    // Un plan pendiente entre los dos: «¡a ver si nos tomamos ese café pendiente!».
    '(ese|esa|aquel|aquella|el|la|nuestro|nuestra) (cafe|cafecito|vermut|vermu|cana|canas|cerveza|birra|almuerzo|comida|cena|asado|mate|copa|visita|partido) (pendiente|que (tenemos|teniamos|nos debemos) pendiente)',
    // Algo suyo recordado, una certificación buscada: «me acuerdo de tus charlas de diseño», «una cooperativa que busca la certificación de comercio justo».
    '(me acuerdo|me acorde|recuerdo) de (tus|sus|tu|su|aquel|aquella|aquellos|aquellas|las|los|el|la) [\\p{L}]+',
    // Un tiempo compartido, recordado: «me acordé del viaje de fin de curso a Roma».
    '(me acuerdo|me acorde|recuerdo) del (viaje|campamento|torneo|verano|curso|master|equipo|piso|colegio|insti|instituto|coro|club|partido|congreso|festival|concierto|intercambio|erasmus)(?!\\p{L})',
    'que (busca|buscamos|quiere|queremos|necesita|necesitamos) (la |el |una |un )?(certificacion|acreditacion|licencia|homologacion|sello|permiso)',
    '(gracias|muchas gracias)( otra vez| de nuevo| todavia)? por (prestarme|cubrirme|ayudarme|echarme una mano|recomendarme|presentarme|invitarme|acogerme|llevarme|guardarme|aguantarme|avisarme)',
    '(te|le|os) (jure|prometi|prometimos|juramos) que',
    '(sigo teniendo|sigo usando|sigo guardando|todavia tengo|aun tengo|todavia guardo|aun guardo|todavia conservo|aun conservo) (la|el|las|los|tu|tus|aquel|aquella|aquellos|aquellas|esa|ese)',
    // Para qué se le contacta, dicho: «me sugirió contactarlo por el proyecto de telemedicina en Oaxaca».
    '(contactarte|contactarlo|contactarla|contactarle|escribirte|escribirle|hablarte|hablarle) (por|sobre|acerca de) (el|la|tu|su) (proyecto|iniciativa|programa|licitacion|obra|plan|estudio|ensayo|convocatoria|vacante|puesto)',
    // Lo nuevo de su empresa en un hueco, cómo le fue un proceso, preguntado: «he visto que {!Cuenta.Nombre} acaba de abrir delegación», «¿te importaría contarme cómo fue tu proceso de selección?».
    '(vi|veo|he visto|lei|me entere de) que (<slot>|\\p{L}[\\p{L}&.-]*( [\\p{L}&.-]+)?|tu empresa|vuestra empresa|su empresa|tu equipo|vuestro equipo|su equipo) (acaba de|ha|han|esta|estan) (abrir|abierto|lanzar|lanzado|cerrar|cerrado|inaugurar|inaugurado|contratar|contratando|ampliar|ampliado|abriendo|lanzando|levantar|levantado)',
    '(contarme|explicarme|compartirme|contarnos) (como|que tal) (fue|es|te fue|le fue) (tu|su|el) (proceso|experiencia|entrada|salto|paso|cambio|llegada|transicion)',
    // Su cambio de rumbo preguntado, y lo que recomendaría: «¿Cómo fue tu salto?», «¿qué certificación me recomendarías para arrancar?».
    '(como|que tal) (fue|te fue|le fue|viviste|vivio|hiciste|hizo) (tu|su|el|ese|aquel) (salto|cambio|transicion|reconversion|paso)(?!\\p{L})',
    '(que|cual|cuales)( [\\p{L}-]+){1,3} (me|nos) (recomendarias|recomendaria|recomiendas|recomienda|recomendais|recomiendan|aconsejarias|aconsejaria|aconsejas|aconseja|sugeririas|sugeriria)(?!\\p{L})',
    // Cómo acabó lo suyo, preguntado (1er grado): «¿al final montasteis la cervecera en Teruel?».
    '(al final|por fin|finalmente) (montaste|montasteis|abriste|abristeis|lanzaste|lanzasteis|sacaste|sacasteis|hiciste|hicisteis|cambiaste|cambiasteis|vendiste|vendisteis|terminaste|terminasteis|conseguiste|conseguisteis)',
    // Lo que se busca, dicho, y lo que otro contó de lo suyo: «buscaba a alguien que sepa de riego por goteo», «me dijo Flor que dabas clases de cerámica».
    // Alguien para algo dicho, lo que se quiere montar, lo que se valida, un servicio suyo preguntado: «buscamos electricista autorizado para el boletín», «buscamos clínicas que nos cedan muestras», «queremos pintar un mural», «estamos validando un kit de PCR», «¿das asesorías a escuelas?».
    '(busco|buscamos|necesito|necesitamos|estamos buscando|estoy buscando|ando buscando|andamos buscando) (a )?(un |una )?[\\p{L}]+( [\\p{L}]+)? (para|que) (el|la|los|las|un|una|nuestro|nuestra|nuestros|nuestras|mi|mis|nos|me) [\\p{L}]+',
    '(queremos|quiero|queriamos|queria) (poner|montar|abrir|crear|lanzar|armar|pintar|organizar|reformar|construir|plantar) (un|una|uno|el|la|nuestro|nuestra)',
    '(estamos|estoy) (validando|probando|desarrollando|preparando|escribiendo|investigando|redactando|ensayando|disenando|editando|produciendo|rodando|grabando) (un|una|el|la|nuestro|nuestra)',
    '(preparo|estoy preparando|escribo|estoy escribiendo|hago|estoy haciendo|estoy terminando|estoy acabando|termino) (un|una|mi) (reportaje|articulo|libro|tesis|tfm|tfg|informe|estudio|investigacion|documental|podcast|pieza|cronica)',
    '(buscas|busca|buscais|buscan)( usted| ustedes)? (un |una )?[\\p{L}-]+ (para|en|con|que|de)',
    '(das|da usted|dais|haces|hace usted|ofreces|ofrece usted|ofreceis|impartes|imparte usted) (asesorias|asesoria|talleres|clases|cursos|charlas|consultorias|mentorias|formaciones|visitas)( a| para| en)?',
    '(busco|buscamos|buscaba|buscabamos|estoy buscando|estamos buscando|necesito|necesitamos) (un |una |unos |unas )?(proveedor(es)?|distribuidor(es|as)?|fabricante|fabricantes|ilustrador(a|es|as)?|disenador(a|es|as)?|fotograf[oa]s?|traductor(a|es|as)?|abogad[oa]s?|contador(a|es|as)?|programador(a|es|as)?|desarrollador(a|es|as)?|arquitect[oa]s?|editor(a|es|as)?|imprenta|agencia|instalador(a|es|as)?) (de|para|que|en|con)',
    '(busco|buscamos|buscaba|buscabamos|necesito|necesitamos|necesitaba) (a )?alguien que (sepa|supiera|entienda|entendiera|conozca|conociera|domine|dominara|controle|tenga experiencia) (de|en|del|de la|con)',
    '(me|nos) (dijo|conto|comento|chivo) [\\p{L}]+( [\\p{L}]+)? que (das|dabas|haces|hacias|tienes|tenias|organizas|organizabas|llevas|ensenas|vendes|buscas|estas buscando|montaste|abriste)',
    // Lo que hace su empresa, dicha por su nombre: «vi que en Ardent abrieron oficina en Sevilla».
    "(vi|veo|he visto|lei|me entere de|se|supe|tengo entendido) que en [\\p{L}&.-]+( [\\p{L}&.-]+){0,2} (lo |la |los |las )?(abrieron|abrio|han abierto|ha abierto|acaban de abrir|acaba de abrir|inauguraron|lanzaron|han lanzado|estan contratando|estan buscando|buscan|ampliaron|estan creciendo|usais|usan|implementaron|implantaron|han implementado|han implantado|migraron|han migrado|adoptaron|desplegaron|pusieron en marcha|automatizaron|cambiaron)(?!\\p{L})",
    // Un puesto que ofrece quien escribe: «tengo una oportunidad de Directora de Compras en Sevilla que encaja con tu perfil».
    '(tengo|tenemos|hay|manejo|gestiono) una (oportunidad|vacante|posicion|oferta|plaza)( laboral| de empleo| de trabajo)? (de|para|como) (<slot>|[\\p{L}-]+)',
    // Un puesto de quien escribe, nombrado por su hueco: «una posición de [Puesto] que tenemos abierta», «encajarías muy bien en una vacante»,
    // «buscando un/a [Puesto] para [Empresa]»; no «buscando un [Puesto] en cualquier empresa».
    '(posicion|vacante|plaza|puesto|oportunidad|busqueda|rol) (de|como) <slot> que (tenemos|tengo)( abierta| abierto| en marcha)?(?!\\p{L})',
    '(encajarias|encajaria|encajarian|encajas|encaja) (muy bien |perfectamente |genial |de maravilla )?(en|con|para) (una|la|el|un|nuestra|nuestro|esta|este) (posicion|vacante|plaza|puesto|rol|oportunidad|busqueda|proceso)(?!\\p{L})',
    '(buscando|busco|buscamos|seleccionando|selecciono|seleccionamos|reclutando|recluto|reclutamos) (a )?(un|una)(/a|/o)? <slot> (para|en)(?! (un|una|alguna|algun|cualquier)(?!\\p{L}))(?!\\p{L})',
    // Una oferta de empleo suya, vista: «vi la oferta de Directora de Compras en Ardent».
    '(vi|he visto|lei|encontre|me tope con) (la|una|vuestra|su|tu) (oferta|vacante|convocatoria|plaza|posicion)( de empleo| de trabajo)? (de|para) (<slot>|[\\p{L}-]+)',
    '(vi|veo|he visto|lei|he leido|me entere de|supe) que (abrieron|abriste|abrio|abristeis|inauguraron|inauguraste|lanzaron|lanzaste|estrenaron|estrenaste|ampliaron|ampliaste|ampliasteis|lanzasteis|inaugurasteis|estrenasteis|cerraron|cerraste|cerrasteis|levantaron|levantaste|levantasteis|consiguieron|conseguiste|conseguisteis)',
    'porque (queremos|quiero|necesitamos|necesito|buscamos) (pasar|cambiar|migrar|digitalizar|contratar|abrir|montar|renovar|automatizar|externalizar)',
    // Un pasado compartido en el mismo servicio: «compartimos guardias en el {{hospital}} durante la residencia».
    '(compartimos|compartiamos) (guardias|despacho|piso|aula|oficina|turnos?|mesa|laboratorio|quirofano|escenario)',
    // Un equipo que el remitente arma, lo que buscan, su herramienta a la medida de un equipo como el suyo, una fecha conjunta: «armo un equipo de datos en Rosario», «me indicó que usted busca [servicio]».
    '(armo|monto|formo|estoy armando|estoy montando|estoy formando|estamos armando|estamos montando) (un|el|mi|nuestro) equipo (de|en)',
    'que (usted )?(buscas|busca|buscais|necesitas|necesita) (<slot>|(un|una) [\\p{L}-]+)',
    '(encaja|encajaria|le vendria bien|te vendria bien|podria ayudar|puede ayudar) (con|a) (un equipo|una empresa|equipos|empresas) como (el tuyo|la tuya|el suyo|la suya|<slot>)',
    '(coordinamos|organizamos|hacemos|montamos) (una|un) (fecha|evento|meetup|sesion|charla|edicion) (conjunta|conjunto|juntos|juntas)',
    // Lo que busca su equipo, un trabajo hecho juntos (1er grado): «porque buscas {{perfil}} para tu equipo», «fue un gusto trabajar con usted en el proyecto de…».
    '(buscas|busca|buscais|buscan|estas buscando|esta buscando|andas buscando|anda buscando|necesitas|necesita|necesitais) (un |una |unos |unas )?(<slot>|[\\p{L}-]+)( [\\p{L}-]+){0,3} para (tu|su|vuestro|vuestra) (equipo|empresa|proyecto|area|departamento|startup|tienda|app|aplicacion|negocio|marca|producto|plataforma|clinica|restaurante)',
    '(trabaje|colabore|coincidi|trabajamos|colaboramos|coincidimos) (con usted|contigo|con vos|juntos|juntas) (en|durante)',
    '(gusto|placer|honor) (trabajar|colaborar|coincidir) (con usted|contigo|con vos) en',
    // Alguien buscado para una tarea dicha, un negocio que el remitente abre: «busco a alguien que imparta el módulo de normativa», «estoy por abrir una distribuidora».
    '(busco|buscamos|necesito|necesitamos) (a )?(alguien|una persona|un perfil|un experto|una experta|ponentes?|docentes?|mentor(a|es|as)?) (que|para) (imparta|impartir|de|dar|lleve|llevar|dirija|dirigir|coordine|coordinar|hable|hablar|cubra|cubrir|enseñe|enseñar|revise|revisar|lidere|liderar|asesore|asesorar|disene|diseñe|disenar|diseñar|pinte|pintar|haga|hacer|monte|montar|construya|arregle|repare)',
    `((estoy|estamos) (por abrir|a punto de abrir|a punto de lanzar|por lanzar|abriendo|montando|lanzando|armando|pensando en (abrir|montar|lanzar|crear))|(voy|vamos) a (abrir|montar|lanzar|crear)) (?!${OBJETO_VAGO})(un|una|mi|nuestra|nuestro)`,
    // Lo que hace su empresa, motivo dicho: «ya que su empresa opera bajo el programa IMMEX», «como tu planta exporta a EE. UU.».
    '(ya que|dado que|puesto que|como|porque) (tu|su|vuestra) (empresa|compañia|firma|planta|fabrica|negocio|organizacion|clinica|despacho) (opera|trabaja|exporta|importa|fabrica|usa|utiliza|vende|produce|distribuye|acaba de|esta (creciendo|abriendo|expandiendose|migrando|implantando))(?!\\p{L})',
    // Sus planes, motivo dicho: «como vas a armar equipo nuevo, te cuento que…».
    // Lo que quien escribe tiene entre manos, como «I'm starting / building / hiring», dicho con algo más que un nombre y un adjetivo: «estoy empezando un proyecto sobre eso», «estamos organizando unas jornadas de…», no «estamos lanzando un proyecto increíble».
    "(estoy|estamos)( ahora| ahora mismo| actualmente| justo)? (empezando|arrancando|montando|lanzando|preparando|armando|organizando|contratando|construyendo|desarrollando|investigando|planificando|evaluando|migrando|abriendo|escribiendo|rodando|grabando|disenando|redactando) (un|una|unos|unas|el|la|los|las|mi|nuestro|nuestra|nuestros|nuestras)(?! (red|comunidad|grupo|circulo|cartera) (de )?(contactos|profesionales)?)(?! [\\p{L}-]+( [\\p{L}-]+)?(?=\\s*[.!?,;]|\\s*$))(?!\\p{L})",
    '(como|ya que|dado que|ahora que) (vas a|va a|van a|estas|esta|estan) (armar|montar|formar|crear|ampliar|construir|abrir|lanzar|contratar|armando|montando|formando|creando|ampliando|construyendo|abriendo|lanzando|contratando)',
    // Una idea suya que se le quedó al remitente, una pregunta concreta: «me quedé con tu idea de usar cohortes», «¿te puedo preguntar qué herramienta usas?».
    '(me quede|me quedo|me quede pensando en|me gusto|me encanto|me llamo la atencion|me sirvio)( mucho)? (con )?(tu|su) (idea|punto|comentario|reflexion|pregunta|planteamiento|propuesta|enfoque|observacion|aporte|aportacion|consejo) (de|sobre|acerca de|respecto a|para)',
    '(te|le) (puedo|podria|quiero|queria|quisiera) (hacer una pregunta sobre|preguntar) (que|como|cual|cuales|por que|si|donde|quien|cuanto)',
    '(te|le) (puedo|podria) hacer una pregunta (rapida|corta|concreta|tecnica) (sobre|acerca de|de)',
    // Compañeros ahora: «ahora q somos compis en el equipo de pagos».
    '(somos|seremos|vamos a ser) (compis|companeros|companeras|colegas) (en el|en la|de equipo|del equipo|de proyecto|del proyecto|de turno|de planta|de oficina)',
    // Un proyecto concreto con él: «busco a alguien con quien hacer un intercambio de alumnos», «proponerte presentarnos juntas al concurso».
    '(busco|buscamos) (a )?alguien con quien (hacer|montar|organizar|preparar|presentar|coordinar) (un|una|el|la) (intercambio|proyecto|candidatura|concurso|taller|curso|evento|podcast|libro|estudio|articulo|ponencia|propuesta|exposicion)',
    '(proponerte|proponerle|proponeros|proponerles) (presentarnos|hacer|montar|organizar|escribir|participar|colaborar|coordinar)',
    // Lo que se le pregunta de su servicio o empresa: «preguntarte si aceptáis rotantes externos», «¿tu estudio sigue buscando…?».
    '(preguntarte|preguntarle|preguntaros) si (aceptais|aceptan|acepta|admitis|admiten|admite|buscais|buscan|busca|teneis|tienen|tiene|hay|seguis|siguen|sigue)',
    '(tu|su|vuestro|vuestra) [\\p{L}]+ (sigue|siguen) (buscando|contratando|abiert[oa]|activ[oa]|funcionando)',
    // Su empresa contratando, vista: «vi que Tequila Works anda contratando animadores»; y la pregunta sin sujeto: «¿sabes si aceptan perfiles junior?».
    '(vi|veo|he visto|lei|me entere de|supe) que( [\\p{L}\\p{N}&.-]+){1,4} (anda|andan|esta|estan) (contratando|buscando|abriendo|ampliando)(?!\\p{L})',
    '(sabes|sabe|sabeis|sabrias|sabria) si (aceptan|contratan|buscan|tienen vacantes|estan contratando|toman)(?!\\p{L})',
    // Lo que hace, visto: «vi que impartes talleres sobre eso».
    '(vi|veo|he visto) que (impartes|imparte|das|da|organizas|organiza|diriges|dirige|coordinas|coordina) (talleres|cursos|formacion|formaciones|clases|charlas|sesiones|seminarios)',
    // Lo que otro aconsejó pedirle, lo que se sabe que evalúan, lo que se necesita: «me recomendó pedirle bibliografía sobre…», «sé que evalúan opciones para…», «necesitamos una evaluación de impacto para un ensayo».
    '(me|nos) (recomendo|sugirio|aconsejo|dijo que) (pedirle|pedirte|preguntarle|preguntarte|consultarle|consultarte|pediros|consultaros)(?!\\p{L})',
    '(se|supe|tengo entendido|me consta) que (evaluan|estan evaluando|buscan|estan buscando|necesitan|van a|estan por|planean|preparan|estan preparando|licitan|renuevan)(?!\\p{L})',
    '(necesitamos|necesito) (una|un) [\\p{L}-]+( [\\p{L}-]+){0,3} (para|de|sobre) (un|una|el|la|nuestro|nuestra)(?!\\p{L})',
    // Lo que les interesa, contado por otro; su fondo y en qué invierte; su empresa en la tesis del remitente: «Guille dice que te interesa invertir en edtech», «leí que Yaguareté Capital invierte en biotech», «nuestra tesis es SaaS vertical… y Facturo encaja de lleno».
    '(dice|dijo|me dijo|me conto|me comento|comenta|me contaba|me decia) que (te|le|os|les) (interesa|interesan|gusta|gustaria) (invertir|entrar|contratar|colaborar|explorar|sumar|apoyar)(?!\\p{L})',
    '(lei|vi|he visto|se|supe|he leido|me entere de) que( [\\p{L}\\p{N}&.-]+){1,4} (invierte|invierten|financia|financian|apuesta|apuestan|busca invertir|quiere invertir) en(?!\\p{L})',
    '(nuestra|mi) tesis (de inversion )?(es|son)[^.!?]{1,80} (encaja|encajan|cuadra|cuadran)(?!\\p{L})',
    // Lo suyo que otro contó: «él me contó lo de vuestro programa de mentoría».
    // En qué punto están, preguntado; lo que busca un cliente; una terna armada; un plan de su empresa visto: «quisiera saber en qué etapa están ustedes», «es justo lo que un cliente de Guadalajara busca», «armo una terna para jefe de mantenimiento», «vi que la cadena donde dirige expansión abrirá 40 sucursales».
    '(saber|preguntarle|preguntarte|preguntaros|conocer) en que (etapa|punto|fase|momento) (estan|esta|estais|estas|se encuentran|se encuentra)(?!\\p{L})',
    '(es|son) (justo|exactamente|precisamente) lo que (un|una|mi|nuestro|nuestra) (cliente|empresa|equipo|startup|fondo) (busca|necesita|requiere|esta buscando)(?!\\p{L})',
    '(armo|estoy armando|preparo|estoy preparando|cierro|estoy cerrando) (una terna|un proceso|una busqueda|una shortlist|una seleccion) (para|de)(?!\\p{L})',
    '(vi|veo|he visto|lei|he leido|supe) que( [\\p{L}\\p{N}&.-]+){1,8} (abrira|abriran|lanzara|lanzaran|inaugurara|inauguraran|ampliara|ampliaran|construira|construiran|contratara|contrataran|incorporara|incorporaran|migrara|migraran|licitara|licitaran)(?!\\p{L})',
    // Presentados por alguien a propósito de algo: «Felipe Arango nos presentó por correo a propósito de la planta de Rionegro».
    '(nos|me|te|le) (presento|presentaron|puso en contacto|pusieron en contacto|conecto)( [^.!?]{0,40})? (a proposito de|en relacion con|para hablar de) (la|el|los|las|su|tu|vuestr[oa]s?)(?!\\p{L})',
    '(me|nos) (conto|comento|dijo|hablo|explico) (lo de|de) (vuestro|vuestra|vuestros|vuestras|tu|su|sus|tus) (?!(perfil|trayectoria|experiencia|carrera)(?!\\p{L}))\\p{L}{3,}',
    // Lo que otro contó de sus planes, con su nombre en medio: «me dijo Tomás que estás pensando en levantar ronda».
    '(me|nos) (dijo|comento|conto) [\\p{L}]+( [\\p{L}]+)? que( vos| tu| usted)? (estas|estais|esta usted|buscas|buscais|vas|vais|tienes|teneis|llevas|quieres|quereis|piensas|pensais|armaste|montaste|creaste|fundaste|lideraste|llevaste|dirigiste|lanzaste|abriste|construiste|implantaste|organizaste)(?!\\p{L})',
    // Con el nombre antes: «el Manolo de la ferretería me ha dicho que buscas oficial».
    '(me|nos) (ha dicho|ha contado|ha comentado|dijo|comento|conto|dice|cuenta|comenta|avisa|aviso|ha avisado|indico|ha indicado|indica) (de )?(que|q)( vos| tu| usted)? (estas|estais|esta usted|esta|buscas|buscais|busca|buscan|necesitas|necesitais|necesita|necesitan|vas|vais|tienes|teneis|tiene|tienen|tenes|quieres|quereis|quiere|quieren|queres|llevas|lleva|llevais|diriges|dirige|gestionas|gestiona|coordinas|coordina|manejas|maneja)(?!\\p{L})',
    // Dicho por alguien nombrado antes, sin «me»: «mi primo Iker curra contigo y dice que buscáis electricista».
    '(y dice|dice|y comenta|y cuenta) que( vos| tu| usted)? (buscas|buscais|busca|buscan|necesitas|necesitais|necesita|necesitan|tienes|teneis|tenes|quieres|quereis|queres)(?!\\p{L})',
    // Un encargo de alguien para ellos: «su compadre Chema me encargó llevarle las cajas el lunes».
    '(me|nos) (encargo|ha encargado|pidio|ha pedido|mando|ha mandado) (llevarle|llevarte|llevaros|traerle|traerte|pasarle|pasarte|entregarle|entregarte|mandarle|mandarte|enviarle|enviarte|darle|darte|dejarle|dejarte)(?!\\p{L})',
    // Lo que ellos contaron o recomendaron: «el contacto del proveedor de melamina q me comentaste».
    '(que|q|lo que) me (comentaste|dijiste|contaste|recomendaste|pasaste|mencionaste|comento usted|dijo usted|recomendo usted|menciono usted)(?!\\p{L})',
    // Quien escribe, por el trabajo que les hizo: «soy Rocío, la de las fotos de la comunión de tu peque», «el de la reforma de su cocina».
    '(el|la) de (la|las|el|los) [\\p{L}-]+( [\\p{L}-]+){0,3} (de|del|para) (tu|su|tus|sus|vuestro|vuestra|vuestros|vuestras)(?!\\p{L})',
    // Su tipo de negocio donde está: «software de nómina para despachos contables como el tuyo en Guadalajara».
    "como (el|la|los|las) (tuy|suy|vuestr)[oa]s? (en|de) (<slot>|(?!(el|la|los|las|este|esta|tu|su|mi|un|una|todo|toda|general|cuanto|concreto|particular)(?!\\p{L}))[\\p{L}-]+)(?!\\p{L})",
    // Una búsqueda de un puesto con nombre, por encargo: «conducimos la búsqueda de una Dirección Comercial para un laboratorio», «nos pidió identificar candidatos para la gerencia general», «su nombre fue el primero que mencionó».
    '(conducimos|conduzco|llevamos|estamos llevando|realizamos|gestionamos|dirigimos|tenemos abierta|estamos haciendo) (la|una) busqueda (de|para) (un|una|el|la)(?!\\p{L})',
    '(identificar|buscar|encontrar|localizar) (candidatos|candidatas|perfiles|un perfil|una persona|alguien) para (la|el|una|un|su|nuestra|nuestro)(?!\\p{L})',
    '(su|tu) nombre (fue el primero|salio el primero|fue el que)(?!\\p{L})',
    // Lo que saben, dicho por otro: «dice que eres quien más sabe de licencias de obra en Valencia».
    '(eres|es usted|sos|usted es) (quien|la persona que|el que|la que) (mas|mejor) (sabe|conoce|entiende|domina) (de|sobre)(?!\\p{L})',
    // Un tiempo compartido, contado: «los tres años que compartimos en el equipo de soporte».
    '(los|las|el|la|esos|esas|aquellos|aquellas)( [\\p{L}\\p{N}]+)? (anos|meses|temporadas|veranos|cursos|semestres|proyectos) que (compartimos|pasamos|trabajamos|estuvimos|coincidimos|vivimos)(?!\\p{L})',
    // Su contacto ya sabe del proyecto de quien escribe: «Mi compañera {referido} ya le mencionó mi proyecto de tesis».
    '(le|te|os) (menciono|ha mencionado|hablo|ha hablado|comento|ha comentado|conto|ha contado) (de )?(mi|nuestro|nuestra) (proyecto|tesis|propuesta|estudio|investigacion|libro|startup|app|trabajo|empresa|idea|iniciativa)(?!\\p{L})',
    // Orientación pedida para algo suyo con nombre: «¿Podría orientarme para un proyecto de digitalización?».
    '(orientarme|aconsejarme|asesorarme|guiarme) (para|sobre|en|con|acerca de) (un|una|el|la|mi|nuestro|nuestra)( [\\p{L}-]+)? (proyecto|tesis|investigacion|plan|propuesta|solicitud|candidatura|estudio|libro|articulo|convocatoria|expediente|tramite|obra)(?!\\p{L})',
    // Un presupuesto o una cita pedidos para algo: «necesito presupuesto para cambiar las cañerías».
    '(necesito|necesitamos|quisiera|queria|quiero|te pido|le pido|me gustaria pedirte|me gustaria pedirle) (un |una )?(presupuesto|cotizacion|precio|turno|cita|hora) (para|de)(?!\\p{L})',
    // Lo suyo que se manda, ya hablado: «le comparto la cotización del banquete», «le hago llegar el comprobante del servicio».
    '(le|te|les|os) (comparto|envio|mando|paso|hago llegar|adjunto|dejo) (la|el|las|los) (cotizacion|presupuesto|comprobante|factura|recibo|albaran|pedido|muestra|muestras|cotizaciones|presupuestos|facturas|planos|plano|medidas)(?!\\p{L})',
    // Quien los manda, y para qué: «vengo de parte de Ximena por la chamba de meseros».
    "(vengo|te escribo|le escribo|escribo|llamo|te llamo|le llamo) de parte de( [\\p{L}'-]+){1,3},? (por|para|sobre|acerca de) (el|la|los|las|lo de|un|una|tu|su|sus|tus)(?!\\p{L})",
    // Una cita que se confirma o se guarda: «confirmame si seguimos con el color el sábado», «así te guardo el turno».
    '(confirmame|confirmeme|confirmenme|me confirmas|me confirma|me confirmás) si (seguimos|mantenemos|quedamos|vamos|sigue en pie|sigue|te viene|le viene)(?!\\p{L})',
    '(te|le|os|les) (guardo|reservo|aparto|dejo apartad[oa]) (el|la) (turno|hora|cita|fecha|sitio|plaza|mesa|lugar|hueco)(?!\\p{L})',
    // Un papel buscado para algo concreto: «buscamos sonidista para un documental en Mendoza».
    '(buscamos|busco|necesitamos|necesito) [\\p{L}-]+ para (un|una|el|la|nuestro|nuestra) (documental|proyecto|rodaje|obra|evento|produccion|campaña|pelicula|serie|cliente|festival|gira|temporada|ensayo|estudio|investigacion)',
    // Lo que hace su empresa, dicho en concreto: «vuestra academia prepara opositores de Hacienda», «tu editorial publica…».
    '(vuestra|vuestro|tu|su) (academia|editorial|empresa|tienda|clinica|escuela|agencia|startup|app|plataforma|herramienta|fabrica|bodega|cadena|marca|consultora|despacho|estudio|laboratorio|restaurante|hotel|granja|cooperativa) (prepara|publica|vende|fabrica|usa|ofrece|distribuye|gestiona|forma|organiza|produce|exporta|importa|imparte|atiende|repara|instala|cultiva|elabora)(?! (cosas|algo)(?!\\p{L}))',
    // Lo que le pidieron al remitente: «me pediste que te avisara».
    '(me|nos) (pediste|pidio|pedisteis|dijiste|dijo) que (te|le|os) (avisara|escribiera|contactara|mandara|enviara|pasara|contara)',
    // Algo que pidieron, que se les manda: «la cotización de las tejas que me pidió el martes».
    '(que|lo que) (me|nos) (pidio|pediste|pidieron|pedisteis|solicito|solicitaste|solicitaron|encargo|encargaste|encargaron)(?!\\p{L})',
    // Algo concreto que se les pasa, dicho por su nombre: «así te paso el rider técnico para la fecha del viernes».
    '(asi|para|y asi)( (te|le|os))? (paso|mando|envio|comparto|pase|mande|envie|pasarte|pasarle|pasaros|mandarte|mandarle|enviarte|enviarle|compartirte|compartirle) (el|la|los|las)(?! (enlace|link|invitacion|solicitud|perfil|cv|curriculum|portfolio|portafolio|contacto|info|informacion|presentacion)(?!\\p{L}))( [\\p{L}-]+){1,2} (de|del|para|que)(?!\\p{L})',
    // Su contacto pasado para algo: «Lucía me pasó tu contacto para las fotos del catálogo».
    '(me|nos) (paso|pasaron|ha pasado|han pasado|dio|dieron|ha dado|facilito|ha facilitado|compartio) (tu|su) (contacto|nombre|perfil|numero|correo|telefono|mail) (para|por) (el|la|los|las|un|una|lo de|tu|su|sus|tus)(?!\\p{L})',
    // Su noticia contada por otro: «{{ amiga }} me ha chivado que os casáis en septiembre», «me adelantó que te mudas» (no «me ha dicho que te escriba»).
    '(me|nos) (ha chivado|chivo|aviso|ha avisado|adelanto|ha adelantado|ha contado|conto|dijo|ha dicho|comento|ha comentado) (de )?que (os|te|se) (?!(escrib|contact|llam|salud|agreg|anad|busqu|conoc|habl|pregunt|mand|envi|pas|comuniq|pong|pusier)\\p{L}*)\\p{L}+(?!\\p{L})',
    // Lo que parece que hacen: «parece que estás derivando pacientes con TCA».
    '(parece que|por lo visto|al parecer|me cuentan que|me dicen que) (estas|estais|esta usted|esta|estan) \\p{L}+(ando|iendo)(?!\\p{L})',
    // Una pregunta sobre su agenda: «¿tienes hueco en primavera?».
    '(tienes|tiene usted|teneis|tienen) (hueco|disponibilidad|agenda|sitio)',
    // Una propuesta ligada a su empresa: «ayudamos a equipos así a reducir el onboarding».
    '(ayudamos|ayudo|hemos ayudado) a ([\\p{L}-]+ ){0,3}(como (<slot>|el tuyo|la tuya|los tuyos|las tuyas|el suyo|la suya|vosotros|ustedes)|asi) a (?!(crecer|escalar|vender mas|alcanzar|conseguir|lograr|mejorar|aumentar|impulsar)(?!\\p{L}))\\p{L}+',
    // Estuve en su casa, una pregunta sobre cómo trabajan: «cené el sábado en tu restaurante», «¿trabajas con algún proveedor…?».
    '(cene|comi|estuve|me aloje|dormi|compre) ([\\p{L}]+ ){0,3}en (tu|su|vuestro|vuestra) [\\p{L}-]+',
    '(trabajas|trabaja usted|trabajais|trabajan) con (algun|alguna|algunos|algunas)',
    // Algo suyo comprado o usado, un cambio suyo que nos afecta: «compramos tus sensores», «vuestro cambio a cajas de cartón».
    '(compramos|compre|usamos|uso|instalamos|probamos|tenemos|leimos) (tus|sus|vuestros|vuestras|tu|su|vuestro|vuestra) (?!(perfil|publicaciones|posts|contenido)(?!\\p{L}))\\p{L}+',
    '(vuestro|vuestra|tu|su) (cambio|paso|traslado|lanzamiento|mudanza|decision|apertura|cierre) (a|de|al|del|hacia)',
    // Algo leído de su organización: «leí en la prensa que vuestro hospital ha quitado las horas extra», «según el Heraldo, en tu colegio…».
    "(lei|he leido|vi|he visto|me entere)( en [^.!?]{1,40})? que (en )?(vuestro|vuestra|tu|su) [\\p{L}-]+",
    // Lo que hará su empresa, nombrada: «leí en la prensa que Almacenes Duero abrirá tres tiendas».
    "(lei|he leido|vi|he visto|me entere) en (la prensa|las noticias|el periodico|el diario|[\\p{L}]+ news) que( [\\p{L}&.-]+){1,3} (abrira|abre|ha abierto|va a abrir|lanzara|lanza|ha lanzado|inaugura|inaugurara|ha inaugurado|ampliara|amplia|ha ampliado|ha comprado|compra|ha adquirido|contratara|contrata|ha cerrado|cerrara|se expande|se fusiona|sale a bolsa)",
    "(segun|según) [^.!?,]{1,40}, (en )?(vuestro|vuestra|tu|su) [\\p{L}-]+ (ha|habeis|han|has|acaba|acabais)",
    // Cómo lo hacen ahora en su empresa, una duda concreta, cómo llegó a su puesto allí, una candidatura a su programa:
    // «¿cómo gestionan en {empresa} la trazabilidad?», «una duda concreta: ¿usáis dbt…?», «cómo llegó usted a ese rol en [Empresa]»,
    // «me postulé al programa de becarios de {{empresa}}».
    '(como|que tal|cuando|donde|con que) (gestionan|gestionais|gestionas|hacen|haceis|haces|manejan|manejais|manejas|llevan|llevais|llevas|organizan|organizais|organizas|resuelven|resolveis|resuelves|usan|usais|usas|miden|medis|mides|eligen|elegis|eliges|deciden|decidis|decides|controlan|controlais|controlas|trabajan|trabajais) (en|con) <slot>',
    '(una )?(duda|pregunta|consulta) (concreta|rapida|puntual|especifica|tecnica)( para (ti|usted|vos))?:',
    '(como|de que manera) (llego|llegaste|entro|entraste|paso|pasaste|dio|diste)( usted| tu| vos)?( el salto)? (a|al|hasta) (ese|este|su|tu|el|la) (rol|puesto|cargo|area|equipo)( de [\\p{L}-]+)? (en|de|dentro de) <slot>',
    '(me postule|me he postulado|postule|aplique|he aplicado|me inscribi) (al|a la|a un|a una|en el|en la) (programa|puesto|vacante|oferta|proceso|beca|convocatoria)( de [\\p{L}-]+){0,2} (de|en) <slot>',
    // Cómo es trabajar en su empresa, o cómo entrar en su programa: «saber cómo es trabajar en {empresa}», «cómo acceder a su programa de becarios».
    '(como|que tal) es (trabajar|estar|hacer practicas) (en|con|dentro de|para) (<slot>|(tu|su|vuestra) (empresa|compania|firma|startup)|(tu|su|vuestro) (equipo|despacho|estudio))',
    // Las bases de una convocatoria o un proceso, preguntadas; perfiles buscados para un sitio nombrado: «quisiera conocer mejor los criterios de la próxima convocatoria», «busco perfiles de enfermería para el Hospital {{Hospital}}».
    '(conocer|saber|entender|preguntarte|preguntarle|consultarte|consultarle) (mejor |mas sobre |un poco mas sobre |por )?(los criterios|las bases|los requisitos|los plazos|el proceso|el calendario|la dinamica) (de|del|para) (la|el) (proxima |siguiente |nueva )?(convocatoria|beca|programa|concurso|licitacion|proceso|ayuda|subvencion|premio|residencia|edicion)(?!\\p{L})',
    '(buscando|busco|buscamos) (perfiles|profesionales|candidatos|candidatas|personal|gente)( de [\\p{L}-]+( [\\p{L}-]+)?)? para (el|la|nuestro|nuestra) (<slot>|[\\p{L}&.-]+)(?!\\p{L})',
    '(acceder|entrar|postular|postularme|aplicar|presentarme|optar) (a|al|en) (su|tu|vuestro|vuestra|el|la) (programa|proceso|convocatoria|plan) de (becarios|becas|practicas|pasantias|graduados|trainees|residentes|seleccion|talento)',
    // Cómo le va con algo suyo, preguntado: «¿te apetece un café y me cuentas qué tal la nueva startup?».
    '(me cuentas|cuentame|contame|me contas|me cuentes) (que tal|como va|como van|como te va con|como os va con|como te fue con) (el|la|los|las|tu|tus|vuestro|vuestra)( nuev[oa]s?)? [\\p{L}-]+',
    // Lo suyo donde encajaría lo de quien escribe: «creo que encajaría bien en la carta de tu restaurante».
    '(encajaria|encajarian|quedaria|quedarian|iria|irian) (muy )?(bien|perfecto|perfectamente|genial)? ?en (la carta|el menu|la oferta|el catalogo|la tienda|el surtido|la cartera|la programacion|el lineal|los lineales|la barra) (de|del) (tu|su|vuestro|vuestra|<slot>)',
    // Años o un equipo compartidos, dichos al despedirse o al recuperar el contacto: «ha sido un placer compartir estos tres años en {Empresa}», «los que estuvimos en el equipo de ventas de…».
    '(compartir|compartido|compartimos) (estos|esos|aquellos|los|tantos|unos) ([\\p{L}\\p{N}]+ )?(anos|meses|cursos|temporadas) (en|de|con)(?!\\p{L})',
    '(los|las) que (estuvimos|estabamos|trabajamos|trabajabamos|coincidimos) (en|juntos en|juntas en) (el|la) (equipo|departamento|proyecto|oficina|planta|turno|area)(?!\\p{L})',
    // Si algo entra en sus planes, preguntado: «¿Sabes si está en el roadmap?».
    '(esta|estara|entra|entrara|va a estar|va a entrar) en (el|vuestro|su|tu) (roadmap|hoja de ruta|backlog|plan de producto)(?!\\p{L})',
    // Interesado en su programa, o en cursar uno donde está o estuvo: «estoy interesado en su programa de prácticas en [Empresa]», «estoy pensando en hacer el MBA de [Escuela]».
    '(interesad[oa]s?|me interesa|me interesaria) (en|por) (su|tu|vuestro|vuestra) (programa|proceso|convocatoria|plan) de (becarios|becas|practicas|pasantias|graduados|trainees|residentes|seleccion|talento|formacion)',
    '(pensando en|planteandome|me planteo|me estoy planteando|quiero|voy a|me gustaria) (hacer|cursar|estudiar|solicitar plaza en|postular al|postular a|aplicar al|aplicar a|entrar en|entrar al) (el|la) (mba|master|grado|doctorado|programa|posgrado|bootcamp|carrera|executive mba|emba) (de|del|en)(?!\\p{L})',
    // Cómo es algo suyo ahora, preguntado: «¿me cuentas cómo es su proceso de selección?».
    '(me|nos) (cuentas|cuenta|contarias|contaria|explicas|explica|explicarias|explicaria) (como|que tal) (es|son|funciona|funcionan|hacen|haceis|haces|trabajan|trabajais|trabajas|llevan|llevais|llevas|organizan|organizais|organizas) (el|la|los|las|su|sus|tu|tus|vuestro|vuestra|vuestros|vuestras)',
    // Cómo lo hicieron ellos: «¿me cuentas cómo lo negociasteis?», «¿cómo resolvieron ustedes la conectividad?»; no cómo empezaron su carrera.
    "(como|por que) (lo |la |los |las )?(?!(llegaste|llego|llegaron|llegasteis|empezaste|empezo|empezaron|comenzaste|comenzo|comenzaron)(?!\\p{L}))\\p{L}+(asteis|aste|aron|isteis|iste|ieron)(?!\\p{L})",
    // Un trabajo suyo del remitente, con tema, y preguntas concretas: «preparo un informe sobre ransomware en pymes».
    "(preparo|estoy preparando|escribo|estoy escribiendo|hago|estoy haciendo|coordino) (un|una) (informe|articulo|estudio|reportaje|libro|trabajo|tfg|tfm|tesis|podcast|encuesta|investigacion|protocolo|guia|manual|plan) (sobre|acerca de|de)",
    "responder (a )?(\\d+|unas|algunas|dos|tres|cuatro|cinco) preguntas",
    // Lo mismo que ellos: «usáis el mismo citómetro que nosotros».
    "(usais|usas|usan|utilizais|utilizas|utilizan|teneis|tienes|tienen) (el mismo|la misma|los mismos|las mismas) [\\p{L}-]+ que (nosotros|yo)",
    // Una referencia pedida: «¿aceptarías que te nombre como referencia?».
    "(aceptarias|aceptaria|te importaria|le importaria|podrias|podria usted) (que te nombre|que le nombre|ser mi referencia|darme una referencia|hacerme una referencia)",
    "(se apoya|se basa|parte) en (tus|sus|vuestros|vuestras) (mapas|datos|trabajos|estudios|articulos|modelos|series)",
    // Su alumno, su paciente: «fui su alumno en el instituto».
    '(fui|era|soy) (su|tu) (alumno|alumna|estudiante|paciente|becario|becaria)',
    // Escribirle por algo concreto: «me sugirió contactarla respecto al ensayo que coordina».
    '(contactarte|contactarla|contactarlo|contactarle|escribirte|escribirle) (respecto|con respecto|en relacion|acerca|a proposito)',
    'que (coordina|coordinas|dirige|diriges|lidera|lideras|gestiona|gestionas|organiza|organizas)(?!\\p{L})',
    // Si la persona lleva algo: «¿sigues siendo la persona indicada para homologar proveedores?».
    '(sigues siendo|sigue siendo|eres|es usted|serias|seria usted) la persona (indicada|adecuada|correcta|responsable) (para|de|en)',
    // Algo suyo para contar o publicar: «me gustaría contar cómo [Empresa] fija sus precios».
    '(me gustaria|me encantaria|quisiera|queremos|quiero) (contar(?! (con|contigo)(?!\\p{L}))|mostrar|destacar|incluir|entrevistarte|entrevistarle|entrevistaros)',
    // Lo que usan en su empresa: «vi que en Holaluz usáis Metabase».
    '(vi|veo|he visto) que( [\\p{L}\\p{N}]+){0,3} (usais|usas|usan|usa|utilizais|utilizas|utilizan|utiliza|trabajais con|trabajan con)',
    '(buscais|buscan|busca|buscas) (a )?(alguien|un|una|perfiles|gente)',
    '(anos|tiempo|epoca|etapa) (juntos|juntas) en',
    '(perdimos|hemos perdido) (el )?contacto (desde|tras|despues de|al terminar)',
    // De vuelta con una cuenta nueva: «perdí el acceso a la vieja, te vuelvo a agregar».
    '(perdi|he perdido|me quede sin) (el )?acceso a (mi|la) (cuenta |otra |antigua |vieja |anterior )?(cuenta|vieja|antigua|anterior|otra|perfil)',
    '(me hice|me he hecho|me cree|me he creado|abri) (una|un) (cuenta|perfil) nuev[oa]',
    '(cambie|he cambiado) de (cuenta|perfil)',
    // Pensar en él para algo dicho: «estoy pensando en montar mi consultora y me acordé de ti».
    '(me acorde|me he acordado|me acordaba|pense|he pensado)(?= (de|en) (ti|usted|vos)(?!\\p{L}))',
    // Lo que se le pide a él: «¿me pasás tarifas?», «me gustaría pedirte presupuesto».
    '(me pasas|me pasarias|me podrias pasar|me podes pasar|me mandas|me envias|me puedes pasar|me puede pasar|me pasa) (tus |tu |sus |su )?(tarifas|precios|presupuesto|cotizacion|portfolio|portafolio|disponibilidad)',
    '(pedirte|pedirle|solicitarte|solicitarle|pediros) (un )?(presupuesto|cotizacion|tarifa|precio)',
    // Un puesto para un tiempo o un trabajo: «busco segundo de cocina para el verano».
    '(busco|buscamos|necesito|necesitamos) (un |una )?[\\p{L}]+( de [\\p{L}]+(\\.( [\\p{L}]+\\.)?)?)? para (el|la|este|esta|una|un) (verano|temporada|turno|campana|obra|evento|boda|rodaje|local|restaurante|finde|fin de semana|navidad|semana santa)',
    // Una propuesta atada a su cargo, dicho con todas las letras: «como director de operaciones de una cadena hotelera, quizá le interese…».
    '(como|siendo) (director|directora|responsable|jefe|jefa|gerente|ceo|cto|coo|cfo|fundador|fundadora|head)( [\\p{L}-]+){0,4} de (una|un|la|el|su|tu)( [\\p{L}-]+){1,3},? (quiza|quizas|seguramente|probablemente|seguro que|imagino que|supongo que) (le|te) (interese|interesa|preocupa|preocupe|sirva|vendria bien)',
    // Una pregunta sobre lo que hizo o cómo trabaja: «¿cómo convencisteis a dirección?».
    '(como|por que|cuando) (hiciste|hicisteis|hizo|lograste|lograsteis|logro|conseguiste|conseguisteis|consiguio|decidiste|decidisteis|decidio|gestionas|gestionais|gestiona|organizais|organizas|medis|mides|convenciste|convencisteis|elegiste|elegisteis|gestionan|organizan|miden|validan|validais|validas|valida|controlan|controlais|resuelven|resolveis|manejan|planifican|priorizan|deciden|eligen|calculan|abordan|abordais|abordas|aborda|abordaron|abordasteis)(?!\\p{L})',
    '(retos|desafios|problemas) (similares|parecidos|comunes) (en|con|al|a la)',
    // The recipient's role: "in your role as".
    'en (tu|su) (rol|papel|cargo|puesto|calidad|funcion) (de|como)',
    // Un plan sin nada dentro no es un motivo: «estamos construyendo algo increíble», «mi red profesional».
    `(estamos|estoy|estas|esta|estais)(?<!lo que (estamos|estoy|estas|esta|estais)) (contratando|reclutando|montando|armando|lanzando|organizando|preparando|evaluando|valorando|desarrollando|implantando|liderando|construyendo|migrando|creando|investigando|escribiendo|ampliando|abriendo|postulando|aplicando|levantando|elaborando|redactando|planificando|licitando)(?! (algo|cosas|(mi|nuestra|una) (red|comunidad|marca)|(la|una) (mayor|mejor|gran|mas grande) (comunidad|red)|${OBJETO_VAGO})(?!\\p{L})|[\\s,]*([.!?;]|$)|[\\s,]+y(?!\\p{L}))`,
    // Una mudanza con fecha o lugar: «me mudo a Monterrey el mes que viene y quiero conocer…».
    '(me mudo|me traslado|nos mudamos|nos trasladamos|me voy a vivir|me vengo a vivir|me estoy mudando|nos estamos mudando|voy a mudarme|me voy a mudar|nos vamos a mudar) (a|al|para)(?! <slot>) [\\p{L}-]+',
    // Su papel en algo de ellos que viene: «seré tu persona de contacto en Gusto para la migración».
    '(sere|voy a ser) (tu|su|vuestro|vuestra) (nuevo |nueva |principal )?(persona de contacto|contacto|interlocutor|interlocutora|ejecutivo de cuenta|ejecutiva de cuenta|gestor|gestora|asesor|asesora|consultor|consultora|coordinador|coordinadora|tutor|tutora|mentor|mentora|responsable|enlace|reclutador|reclutadora|instructor|instructora|formador|formadora|anfitrion|anfitriona|guia) (en|de|para|durante|del|de la)(?!\\p{L})',
    // Trabajo hecho con su equipo en algo: «trabajé con el equipo de allí en su migración de datos».
    '(trabaje|trabajamos|colabore|colaboramos|he trabajado|hemos trabajado|he colaborado|hemos colaborado) con (el|tu|su|vuestro) equipo( de alli| de alla| (en|de) (<slot>|[\\p{L}&.\'-]+( [\\p{L}&.\'-]+){0,2}))? (en|sobre|para) (el|la|los|las|su|sus|tu|tus|un|una|<slot>)(?!\\p{L})',
    // Quien escribe, por lo que hizo por ellos: «soy la que encontró a tu perro el sábado».
    '(soy|fui) (el|la) que ((te|le|os) )?(encontro|devolvio|ayudo|arreglo|llevo|presto|rescato|entrego|reparo|atendio|entrevisto|escribio|llamo|recogio|trajo|cuido|acompano)( a)? (tu|su|tus|sus|te|le|os|la|el)(?!\\p{L})',
    // Buscar a alguien es un motivo; buscar «nuevas oportunidades» no (ver generic).
    '(estamos|estas|esta|estais) buscando',
    '(estoy|estamos) (detras|a cargo|al frente) (del|de la|de los|de las)',
    // Un problema resuelto, una beta que probar, su empresa en un estudio propio.
    '(lo|eso|esto|ese problema|lo mismo) (resolvimos|solucionamos|arreglamos|resolvi|solucione)',
    '(resolvimos|solucionamos|arreglamos) (eso|esto|ese problema|lo mismo)',
    '(te|le) cuento como(?! (puedo|podemos|podria|podriamos|te|le) )',
    '(necesito|busco|buscamos|necesitamos) (que )?alguien (que )?(me |nos )?(explique|expliquen|ayude|oriente|asesore|cuente)',
    '(como va|que tal va|como funciona) lo (del|de la|de los|de las)',
    '(buscamos|busco|necesitamos)( \\d+| unos| unas| algunos| algunas) [\\p{L}-]+ (que|para) (la |lo |las |los )?(prueben|probar|testear|testeen|participar|participen)',
    '(salio|aparecio|destaco) en (nuestro|nuestra|mi) (estudio|analisis|investigacion|ranking|lista|informe|benchmark)',
    // Alguien que sepa de algo: «estoy buscando alguien que sepa de impresión 3D».
    '(estoy buscando|estamos buscando|busco|buscamos|necesito|necesitamos) (a )?(alguien|una persona|gente|personas|un experto|una experta|expertos)( [\\p{L}-]+){0,2} (que|q|con) (sepa|sepan|conozca|conozcan|tenga|tengan|haya|hayan|trabaje|trabajen|entienda|entiendan|domine|dominen|experiencia)',
    // Algo suyo por lo que se pregunta: «¿sigue disponible?», «lo del local».
    '(sigue|siguen|sigues|continua) (disponible|disponibles|en pie|en venta|vigente)',
    '(la|lo|los|las) (sigues|sigue|seguis) teniendo',
    // «Lo del…» tras dos puntos, un guion o al empezar la frase, o con un hueco: «Lo del podcast: ¿grabamos el jueves?», «te conecto con mi jefa para lo de [puesto]».
    'lo(?<=[:—–.!?] lo) (del|de la|de los|de las)(?!\\p{L})',
    '(por|para|sobre|con|pasarte|contarte|hablarte de|hablar de) lo de <slot>',
    '(por|para|sobre|con|pasarte|contarte|hablarte de|hablar de) lo (del|de la|de los|de las)',
    '(integrar|integrarnos|integrarlo|integrarla) (con )?(su|tu|vuestra|vuestro) (api|plataforma|herramienta|producto|solucion|app|sistema|software)',
    '(buscamos|busco|buscas|contratamos) (un|una|unos|perfiles|personas|disenadores|desarrolladores|ingenieros)',
    // Pedirle que se una a algo: un consejo asesor, un equipo, una mesa.
    "(buscando|buscamos|busco|invitarte|invitarle)( [\\p{L}-]+){0,3} (a formar parte de|a unirte a|a unirse a|para (nuestro|nuestra|mi|el)|pa'l|pal) (consejo asesor|consejo|equipo fundador|equipo|mesa redonda|podcast|piloto|programa)",
    // Un puesto que cubrir; «tu puesto» es el suyo.
    '(puesto|vacante|posicion|oferta de empleo|proceso de seleccion)(?<!(tu|su|mi) (puesto|vacante|posicion|oferta de empleo|proceso de seleccion))',
    // Lo que busca un reclutador o el equipo que lleva su cuenta: «encajarías muy bien en…».
    '(encajarias|encajaria usted|encajaria|serias|seria usted) (muy bien|perfectamente|genial|ideal|un buen fichaje|una buena incorporacion)',
    '(soy|seré) (tu|su) nuevo( [\\p{L}-]+){0,2} (ejecutivo|ejecutiva|gestor|gestora|responsable|comercial) de (cuenta|cuentas|clientes)',
    '(cubre|cubro|llevo|lleva|gestiono|gestiona) (tu|su) (cuenta|region|zona|territorio)',
    '(preparando|elaborando|recopilando) (una|un|nuestra|nuestro|mi)( [\\p{L}0-9-]+){0,4} (lista|ranking|informe|guia|directorio|recopilacion)',
    '(tu|su|vuestra|vuestro)( [\\p{L}-]+){1,2} (acaba de|ha|han|habeis) (invertir|invertido|ganar|ganado|cerrar|cerrado|lanzar|lanzado|abrir|abierto|anunciar|anunciado|levantar|levantado|adquirir|adquirido|publicar|publicado|firmar|firmado)',
    '(soy) (periodista|reportero|reportera|corresponsal|redactor|redactora|editor|editora|productor|productora) (en|de|para)',
    '(necesitamos|necesito|buscamos|busco) (un|una|alguien)( [\\p{L}-]+){0,2} (mentor|mentora|asesor|asesora|ponente|jurado|voluntario|voluntaria|cofundador|cofundadora|revisor|revisora|invitado|invitada|moderador|moderadora)',
    // La vida en común: el mismo equipo, la misma clase, el mismo edificio.
    '(nuestros|nuestras|mis) (hijos|hijas|hijo|hija|perros|perro) (estan|esta|van|va|juegan|juega|entrenan|entrena) (en|a|con) (el mismo|la misma)',
    '(estamos|estabamos|estuvimos) en (el mismo|la misma) (equipo|clase|colegio|gimnasio|club|edificio|calle|planta|coro|curso|vuelo|mesa)',
    '(proponer|propuesta(?! (a medida|personalizada|de valor|comercial|sin compromiso|interesante)(?!\\p{L})|( para (ti|usted|vos|ustedes|vosotros))?([\\s\\p{Extended_Pictographic}]*[.!?]| que (te|le|les|os) (puede|podria|va a) (interesar|gustar)))|alianza(?! con (lideres|profesionales|personas|gente|empresas))|patrocin\\w+(?<!(sabes|sabe|sabeis|saben|sabes tanto|sabe tanto) (mucho|bastante|un monton|tanto) (de|sobre) patrocin\\w+)|ponente|piloto)',
    '(colaborar|colaboracion) (en|con|sobre|para|entre)(?! (algo|algun|alguna|algunos|algunas|futuros?|lo que|proyectos? (juntos|en comun|interesantes|nuevos|futuros|innovadores)|nosotros|ti|usted|ambos|ambas|profesionales|nuestras (empresas|organizaciones|compañias|marcas)|nuestros (equipos|negocios))(?!\\p{L}))',
    // Un problema en común: «peleándonos con el mismo problema de cobertura horaria».
    '(el mismo|la misma|un|una) (problema|reto|desafio|proyecto|migracion|cuello de botella)( [\\p{L}-]+){0,3} (similar|parecid[oa]|que (tu|usted|vosotros))',
    '(el mismo|la misma) (problema|reto|desafio|cuello de botella)',
    // Ideas intercambiadas sobre algo; sin decir sobre qué, no dicen nada.
    '(intercambiar|intercambiamos|intercambiemos|compartir|compartimos|compartamos|comparar|comparamos|comparemos|contrastar) (experiencias|ideas|notas|impresiones|opiniones|aprendizajes|puntos de vista|conocimientos|buenas practicas|reflexiones|perspectivas|consejos) (sobre|de|acerca|en torno|en|con respecto)',
    // Saber cómo, si se dice qué: «¿te interesa saber cómo?» tras un pitch no pregunta nada.
    '(saber|conocer|aprender|entender|preguntarte|escuchar) (mas )?(como(?=\\s+\\p{L})|sobre|acerca de|que|cual|por que|de tu experiencia|tu experiencia|por tu experiencia|por su experiencia|el puesto|(tus|sus|vuestras|vuestros) (prioridades|retos|desafios|planes|objetivos|necesidades))',
    '(tengo curiosidad|me pregunto|me gustaria saber|quisiera saber) (por )?(como|que|por que|si|cual)( [\\p{L}]+)?( [\\p{L}]+)? (tu|tus|su|sus|vuestro|vuestra|vuestros|vuestras)',
    '(pregunta|consejo|opinion|duda|consulta) (sobre|acerca|respecto)',
    // Un puesto en su casa, buscado o preguntado: «busco trabajo como profesor de Historia en su universidad», «si en tu agencia sale algo de branding, avísame», «saber si tu equipo está creciendo».
    "(busco|buscando|ando buscando|estoy buscando) (trabajo|empleo|chamba|curro|laburo|pega|puesto|plaza)( de| como)?( [\\p{L}-]+){0,4} en (su|tu|vuestr[oa]) (empresa|universidad|colegio|centro|agencia|equipo|departamento|hospital|clinica|despacho|estudio|laboratorio|facultad|escuela|organizacion|compania|instituto|fundacion)(?!\\p{L})",
    "si en (tu|su|vuestr[oa]) (empresa|agencia|equipo|estudio|despacho|centro|colegio|universidad|departamento|area|compania|organizacion) (sale|hay|surge|se abre|aparece|sale algo|se necesita)(?!\\p{L})",
    "saber si (tu|su|vuestr[oa]) (equipo|empresa|departamento|area|agencia|estudio|compania) (esta|estan|sigue|siguen) (creciendo|contratando|buscando|ampliandose|incorporando)(?!\\p{L})",
    // Una candidatura o un proceso en su empresa: «preparo una candidatura para compras en [Empresa]», «no avancé en el proceso de [Empresa]».
    "(preparo|estoy preparando|he enviado|envie|presente|he presentado|voy a presentar|acabo de enviar) (una|mi) candidatura (para|a|al|a la)(?!\\p{L})",
    "(no avance|no pase|no segui|no quede|me descartaron|me quede fuera) en el proceso (de|del|con|en)(?!\\p{L})",
    // El día a día de un puesto en su casa, para entenderlo: «20 minutos para entender el día a día de un actuario en su compañía».
    "(entender|conocer|saber como es|ver como es) el dia a dia (de|del|en)(?!\\p{L})",
    // El pasado en común, en un sitio dicho: «la consultora de la que te hablaba cuando estábamos en [Empresa]».
    "(cuando|mientras) (estabamos|trabajabamos|coincidimos|coincidiamos|compartiamos|estudiabamos) (juntos |juntas )?en (<slot>|[\\p{L}-]+)",
    // Su consejo o su ayuda con algo nombrado: «necesito tu consejo con la prensa del disco nuevo».
    '(tu|su|vuestro|vuestra) (consejo|ayuda) con (el|la|los|las|mi|mis|nuestro|nuestra|nuestros|nuestras|este|esta|ese|esa)(?!\\p{L})',
    // Su mirada pedida sobre algo: «me ayudaría mucho tu visión sobre accesibilidad».
    '(me (ayudaria|vendria bien|serviria|interesaria)( mucho| muchisimo| bastante)?|me (gustaria|encantaria) (conocer|saber|escuchar|tener)) (tu|su) (vision|perspectiva|punto de vista|opinion|consejo) (sobre|acerca de|respecto a|de)',
    // Ideas para algo suyo: «un par de ideas sobre vuestro onboarding».
    '(algunas|unas|un par de|dos|tres|\\d+) (ideas|sugerencias|preguntas|observaciones) (sobre|para|acerca de|respecto a)',
    // Una conversación tenida, y sobre qué: «gracias por la llamada de ayer sobre la auditoría», «hablamos por teléfono el martes acerca de la vacante».
    '((hablamos|charlamos|conversamos|platicamos|tuvimos (una|la|nuestra) (llamada|charla|reunion|conversacion))|gracias por (la|nuestra|tu|su) (llamada|charla|conversacion|reunion))( [\\p{L}\\p{N}-]+){0,6} (sobre|acerca de|respecto a|en torno a)',
    // O comentado: «{{contacto}} te nombró cuando comentábamos lo de {{tema}}».
    '(comentabamos|estabamos comentando|comentamos) (lo de|el tema de|sobre)(?!\\p{L})',
    // No «de» ante un cuándo: «la conversación de esta mañana» no dice de qué.
    "(habl|charl|convers|platic)\\p{L}*( contigo| con usted| con vosotros| con( [\\p{L}-]+| <slot>){1,3})? (de(?! (esta|este|ayer|anoche|hoy|antes|antier|anteayer|la otra|el otro|la semana|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la (manana|tarde|noche))(?!\\p{L}))|sobre|acerca)",
    // Invitarle a algo suyo: «me encantaría invitarte a nuestro webinar sobre [tema]».
    '(invitarte|invitarle|invitarla|invitarlo|te invito|le invito|te invitamos|le invitamos) a (participar en |asistir a |unirte a |unirse a )?(nuestro|nuestra|nuestros|nuestras|mi|un|una|el|la)(?!( [\\p{L}-]+){0,4} (red|contactos)(?!\\p{L}))',
    // Escribir para conectar, para ofrecer lo suyo o por un amigo sin nombre no dice para qué.
    "((te|le|os) escribo( ademas| tambien)?|escribirte|escribirle|contactarte|contactarle|(me )?pongo en contacto( contigo| con usted| con vosotros| con ustedes)?) (porque|para|sobre|por)(?! (me gustaria|quisiera|me encantaria) (colaborar|trabajar) (con (usted|ustedes|vosotros|contigo|vos) )?en (futuros|proximos|posibles|nuevos|algun|algunos) (proyectos|proyecto|oportunidades|iniciativas)(?!\\p{L}))(?! (creo que )?(podemos|podriamos|podamos) (ayudarnos|colaborar|sumar|hacer cosas|crecer)(?!\\p{L}))(?! (creo que )?(te|le|os|les) (puede|podria|pueda) interesar (lo que|nuestr[oa]s?|mis?) )(?! (creo que )?(<slot>|su empresa|tu empresa|su equipo|tu equipo|usted|tu|vos)( [\\p{L}-]+){0,2} (esta realizando|realiza|hace|esta haciendo|ha hecho|hizo|lleva a cabo) (un|una) ((gran|excelente|increible|magnific[oa]|estupend[oa]) (trabajo|labor)|(trabajo|labor) (admirable|increible|excelente|impresionante|fantastic[oa]|extraordinari[oa]|encomiable|magnific[oa]|estupend[oa]))(?=\\s*[.!,;]|\\s*$))(?! (expresarle|expresarte|transmitirle|transmitirte|trasladarle|trasladarte|manifestarle|manifestarte) (mi|nuestra|todo mi) (admiracion|reconocimiento|felicitacion|respeto|enhorabuena)(?!\\p{L}))(?! (sigo|seguimos|leo|he seguido) (con (gran |mucho |especial )?interes |desde hace tiempo |de cerca )?(su|tu|vuestro|vuestra) (trabajo|trayectoria|carrera|labor|publicaciones|contenido|actividad)(?!\\p{L}))(?! (conectar|volver a conectar|reconectar|retomar (el )?contacto|reanudar (el )?contacto|mantener (el )?contacto|seguir en contacto|mantenernos en contacto|agregarte|anadirte|saludarte|saludarle|presentarme|tenerte|formar parte|(ofrecerte|ofrecerle|presentarte|presentarle) (nuestros|nuestras|nuestro|nuestra|mis|mi) (servicios|productos|soluciones|solucion|empresa|consultora|agencia)|recomendacion de (un|una) (amig[oa]|contacto|conocid[oa])))(?! (recomendacion|sugerencia|indicacion|consejo|parte) de (un|una|alguien)(?!\\p{L}))(?! (un|una|algun|alguna) (tema|asunto|cuestion|cosa|propuesta|idea|oportunidad)( (que|en el que|en la que|sobre el que))?(?!\\p{L}))(?! (creo que )?(hay|tengo|tenemos) (algo|una cosa|un tema|una idea)(?!\\p{L}))",
    '(escrib|contact)\\p{L}* (sobre|acerca de|para hablar de)',
    // Lo que pidió quien los pone en contacto, con su asunto: «me sugirió que le escribiera por la operación de [Empresa]», «que te escribiera por lo de {tema}».
    "que (te |le |os )?(escribiera|escribiese|escriba|contactara|contactase|contacte)( con (usted|vos|ustedes|vosotros|vosotras)| contigo)? (por|respecto a|a proposito de|en relacion con|en relacion a|con motivo de|acerca de) (lo de|el|la|los|las|su|sus|tu|tus|vuestro|vuestra)(?! (red|redes|medio|recomendacion|sugerencia|indicacion|parte|lado|privado|interno|linkedin|aqui|aca)(?!\\p{L}))(?!\\p{L})",
    // Colaborar en algo; «podríamos colaborar» y nada más no dice en qué.
    '(podria|podriamos|puede) (encajar|colaborar|interesar)(?!( mucho| bastante| muchisimo)?(\\s*[.!?¡]|\\s*$)| (lo que|todo lo que) (hacemos|hago|ofrecemos|ofrezco|vendemos|hacemos en [\\p{L}-]+)(?!\\p{L}))',
    // Personas que busca algo del remitente: «buscamos mentores de ingeniería civil».
    '(buscamos|necesitamos|estamos buscando|estoy buscando|ando buscando|andamos buscando|busco|necesito) (algunos |algunas |mas |nuevos |nuevas |dos |tres |\\d+ )?(mentores|mentoras|ponentes|voluntarios|voluntarias|asesores|asesoras|jurados|panelistas|invitados|invitadas|revisores|testers|colaboradores|colaboradoras|entrevistados|moderadores|formadores|formadoras|docentes)(?!\\p{L})(?![\\s,]*([.!?;]|$))',
    // Su empresa frente a lo que invierte o busca el remitente: «tu startup encaja con nuestra tesis».
    '(startup|empresa|negocio|producto|equipo|trabajo|perfil|experiencia) (encaja|cuadra) (con|en) (nuestra|mi) (tesis|cartera|portfolio|vacante|busqueda|mandato)',
    // Not that all goes well for them, nor that they know someone: «veo que te va increíble», «veo que tú también conoces a {{contacto}}».
    '(vi|veo|he visto|lei|me entere de|se|supe|me dijeron|me han dicho|me contaron|me consta|tengo entendido|he sabido|he leido) que(?! (te|le|os|les) (va|van|esta yendo|estan yendo) (muy |super |re |tan )?(increible|genial|bien|de maravilla|fenomenal|estupendamente|brutal)(?!\\p{L}))(?!( (tu|usted|vos))?( tambien)? (conoces|conoce|conoceis|conocen|conoces a)(?!\\p{L}))( \\p{L}+)? (tu|su|tus|sus|vuestro|vuestra|vuestros|vuestras|estas|estais|esta|estan|llevas|lideras|diriges|trabajas|has|habeis|acabas|vas|vais|te|os|organizas|buscas|buscais|lleva|lidera|dirige|organiza|coordina|gestiona|coordinas|gestionas|<slot>)',
    '(llevas|lideras|diriges|organizas|trabajas en|gestionas|coordinas|administras|usted lidera|usted dirige|usted gestiona|usted coordina|usted administra)',
    // En qué anda, contado por alguien: «Cristina me cuenta que tú también estás con la implantación del registro horario».
    '(me|nos) (cuenta|conto|comenta|comento|dijo|dice|ha contado|ha dicho|ha comentado) que (tu |usted )?(tambien )?(estas|esta|estais|estan) (con|metid[oa]s? en|liad[oa]s? con) (la|el|lo de|una|un|los|las)(?!\\p{L})',
    // Un reencuentro en un acto, el hilo de algo en marcha: «fue un gusto reencontrarlo en la presentación del libro», «para no perder el hilo de la campaña de [Cliente]».
    '(reencontrarte|reencontrarle|reencontrarlo|reencontrarla|reencontrarnos|volver a verte|volver a verle|verte de nuevo|verle de nuevo|verte ayer|verle ayer) en (la|el|los|las)(?!\\p{L})',
    '(no perder|sin perder|retomar|seguir) el hilo de (la|el|los|las|nuestr[oa]|<slot>)(?!\\p{L})',
    // Lo que planean ahora, dicho como motivo: «a raíz de la migración que están planeando»; una tarea ya compartida: «después de la auditoría en la planta de Monterrey».
    '(que|lo que) (estan|estas|esta usted|estais|estan ustedes) (planeando|preparando|planificando|organizando|evaluando|lanzando|montando|licitando)(?!\\p{L})',
    '(despues de|tras) (la|el|nuestra|nuestro) (auditoria|visita|implantacion|migracion|obra|formacion|proyecto|instalacion|puesta en marcha) (en|de|del|con)(?!\\p{L})',
    // Quién lleva algo que el remitente necesita, o un cambio que buscan: «me ha dicho que eres quien lleva las reservas con {naviera}», «queremos cambiar de agente de carga».
    '(eres|es usted|sos) (quien|el que|la que|la persona que) (lleva|gestiona|coordina|decide|lidera|dirige|maneja|se encarga de)(?!\\p{L})',
    '(queremos|quiero|queriamos|necesitamos|buscamos) cambiar de (agente|proveedor|proveedora|transportista|naviera|agencia|gestor|gestora|asesor|asesora|gestoria|banco|software|erp|crm|distribuidor|distribuidora)(?!\\p{L})',
    // Agendas que cuadrar, gracias por un papel suyo: «para cuadrar agendas de la visita a Monterrey», «darte las gracias por presidir la comisión», «gracias otra vez por el trabajo en el data room».
    '(cuadrar|coordinar|organizar|cerrar) (agendas|fechas|la agenda|la fecha|los detalles|la logistica) (de|del|para)(?!\\p{L})',
    '(gracias|darte las gracias|darle las gracias|agradecerte|agradecerle)( otra vez| de nuevo)? por (presidir|organizar|coordinar|dirigir|liderar|moderar|acoger|recibirme|invitarme|el trabajo en|tu trabajo en|su trabajo en|tu ayuda con|su ayuda con)(?!\\p{L})',
    // Lo que hacen, sabido o contado: «sé que reclutas para fintech», «me llega por alguien de tu equipo que en junio abrís otra edición», «me indicó que tú ves las alianzas con universidades».
    '(se|sabemos) que (reclutas|recluta|contratas|contrata|seleccionas|selecciona|buscas|busca|llevas|lleva|fichas|ficha)(?!\\p{L})',
    '(me llega|me ha llegado|me llego) (por|de)( [\\p{L}-]+){1,5} que(?!\\p{L})',
    '(tu|usted) (ves|ve|llevas|lleva) (las|los|el|la|todo lo de) (alianzas|cuentas|compras|relaciones|contrataciones|proveedores|acuerdos|convenios)(?!\\p{L})',
    // Coordinar algo ya en marcha, preguntado: «¿Coordinamos los accesos de camiones?».
    '(coordinamos|coordinemos|cuadramos|cuadremos) (los|las|el|la|lo de)(?!\\p{L})',
    '(enhorabuena|felicidades|felicitaciones) por(?! (todo )?lo que (haces|hace usted|haceis|hacen|has logrado|ha logrado|has conseguido|ha conseguido)(?!\\p{L}))',
    // Not «como tú, trabajo en…», the sender's own work after a comma.
    // No su sector nombrado y elogiado: «tu trabajo en el sector fintech me llamó la atención».
    "(tu|su)(?!,) (trabajo|experiencia|equipo|empresa|proyecto|investigacion) (con|de|sobre|en(?! (el |la )?(sector|industria|mundo|ambito|campo|area|rubro|mercado|ecosistema)(?!\\p{L})))",
    'me llamo la atencion',
    // No lo que no dice nada: «me dijo que tenía que conocerte sí o sí».
    '(me )?(comento|dijo|conto|hablo) (que|de tu|de su|sobre)(?! ((tenia|tenias|tengo|tendria|tendrias) que|debia|debo|deberia|deberias) (conocerte|conocerle|conocerla|conocerlo|conocerlos|hablar contigo|escribirte|conectar contigo|conectar con usted|agregarte|anadirte|contactarte)(?!\\p{L}))',
    // Cuánto tiempo desde algo vivido juntos; «¡cuánto tiempo!» y nada más no dice qué.
    '(cuanto|mucho) tiempo (desde|sin)',
    '(trabajamos|estuvimos|coincidimos) junt[oa]s',
    // Algo empezado juntos, retomado: «¿retomamos lo del podcast que dejamos a medias?».
    '(retomamos|retomar|retomemos|retomo|seguimos con|continuamos|terminamos) (lo|el|la|aquel|aquella) (de|del|que|proyecto|idea)',
    'que dejamos (a medias|pendiente|en pausa)',
    // Lo que se sacó adelante juntos: «después de todo lo que peleamos juntas el lanzamiento».
    '(lo que|todo lo que) (peleamos|luchamos|sufrimos|trabajamos|sacamos adelante|lanzamos|construimos|montamos|vivimos|pasamos) junt[oa]s',
    '(te acuerdas|se acuerda|recuerdas|recuerda) de mi (de|del|en)',
    'desde (el|la) (proyecto|equipo|epoca|facultad|universidad|uni|carrera|escuela|instituto|colegio|master)',
    // Lo que sigue haciendo: «¿sigues con el taller de cerámica?».
    '(sigues|seguis|sigue usted) (teniendo|usando|trabajando con|llevando)',
    // Una pregunta de sí o no sobre lo que hicieron: «¿usasteis enfermeras a domicilio?».
    '¿(usasteis|usaste|probasteis|probaste|contratasteis|contrataste|externalizasteis|externalizaste|montasteis|montaste|hicisteis|migrasteis|migraste|elegisteis|elegiste|tuvisteis|tuviste|automatizasteis|medisteis|mediste)',
    '(sigues|seguis|sigue usted|continuas) (con|en) (el|la|los|las|tu|su)',
    // Algo que mandarle o hacer por él al agregarlo: «te agrego para pasarte el enlace del curso», «para recomendarte en lo de la beca», «te agrego así coordinamos».
    "(te|la|lo|le|os|les) (agrego|añado|anado|sumo|conecto)( por aqui| por aca| aqui| aca| en linkedin)? (para|asi) (poder )?(mandarte|enviarte|pasarte|mandarle|enviarle|pasarle|reenviarte|reenviarle|devolverte|devolverle|pagarte|pagarle|facturarte|facturarle|etiquetarte|etiquetarle|citarte|citarle|recomendarte|recomendarle|presentarte|presentarle)( en)? (el|la|los|las|lo de|lo del|un|una|<slot>)(?!\\p{L})(?! (enlace|link|url|contacto|enlaces|links)( (de|a|al|del))? (mi|mis|nuestro|nuestra|nuestros|nuestras)(?!\\p{L}))",
    "(asi|y asi|para que) (coordinamos|coordinemos|cuadramos|cuadremos|concretamos|concretemos|agendamos|agendemos|cerramos la fecha|cerremos la fecha)(?!\\p{L})",
    // Algo que pedirle: «te agrego para que me pases el contacto del fotógrafo».
    'para que me (pases|pasés|envies|mandes|cuentes|recomiendes|presentes)',
    '(tantos|muchos) anos (desde|sin)',
    // Años de trabajo juntos: «después de tantos años trabajando juntas en el hospital».
    '(tantos|muchos|varios|dos|tres|cuatro|cinco|diez|\\d+) (anos|meses|temporadas|cursos) (trabajando|estudiando|colaborando|compartiendo (despacho|oficina|equipo|planta|turno)) (juntos|juntas|contigo|con usted|con vos)(?!\\p{L})',
    // Lo que uno investiga: «estudio cómo las cooperativas adoptan sensores de riego».
    '(estudio|investigo|estudiamos|investigamos|analizo|analizamos) (como|por que|cuando|si|que)',
    // Lo vivido desde que se fue: «desde que dejaste la agencia no sabemos nada de ti».
    'desde que (dejaste|dejo|te fuiste|se fue|saliste|salio|cambiaste|cambio) (de )?(la|el|tu|su|<slot>|\\p{L}+)',
    // «Nuestro equipo», «nuestro proyecto» son a menudo los del remitente: del pasado en común solo tras un recuerdo.
    '(nuestro|nuestra|nuestros|nuestras) (tfm|tfg|master|clase|etapa|epoca|(proyecto|trabajo) (de )?fin de (master|grado|carrera))',
    '(desde|tras|durante|recuerd\\p{L}*|(me |te |se )?(acuerd|acord)\\p{L}* de|echo de menos|los tiempos de|la epoca de) (nuestro|nuestra|nuestros|nuestras) (proyecto|trabajo|equipo|startup)',
    // Su noticia leída en un medio: «leí en Expansión que Iberdrola ha duplicado sus plazas», «leí la noticia de la apertura de [Empresa]».
    '(lei|vi|he leido|he visto|me entere|supe) en (?!(tu|su) perfil|linkedin|redes)(<slot>|[\\p{L}\\p{N}&.-]+( [\\p{L}\\p{N}&.-]+){0,2}) que',
    '(lei|vi|he leido|he visto) la noticia (de|del|sobre|en)',
    // Un puesto en su empresa: «tengo entrevista en %COMPANY%», «me reenvió tu oferta de Product Designer», «¿me podrías referir para el cargo?».
    '(tengo|tendre) (una )?entrevista (en|con) (<slot>|[\\p{L}\\p{N}&.-]+)',
    '(reenvio|paso|compartio|mando|envio) (tu|su|vuestra) (oferta|vacante|anuncio|convocatoria)',
    '(podrias|podria|puedes|puede) (referir|recomendar)me|(me )?(podrias|podria|puedes|puede) (referir|recomendar) (para|a|en)',
    // Un pasado compartido y su sitio: «desde el bootcamp de Ironhack no sabía nada de ti».
    '(desde|despues de) (el|la|los|las|aquel|aquella)( [\\p{L}\\p{N}&.-]+){1,4} no (se|sabia|supe|he sabido) nada(?= de (ti|usted|vos)(?!\\p{L}))',
    // Lo que montaron o están haciendo, contado por alguien: «me enseñó el banco de ensayos que montasteis», «lo que están haciendo con crédito para pymes», «cómo estáis financiando obra».
    '(que|donde) (montasteis|montaron|armasteis|armaron|lanzasteis|lanzaron|disenasteis|construisteis|implantasteis|sacasteis|hicisteis)(?!\\p{L})',
    '(dice|dijo|me conto|me comento|me ha dicho|me ha contado) que (tu |usted |ustedes |vosotros |vosotras )?(en (<slot>|[\\p{L}\\p{N}&.-]+) )?(lideraste|lidero usted|liderasteis|armaron|armasteis|montasteis|montaron|sacaste|sacasteis|implantaste|implantasteis|lanzaste|lanzasteis)(?!\\p{L})',
    // Hecho en su empresa y nada más, es un elogio cualquiera: «me encanta lo que estáis haciendo en [empresa]».
    '(lo que|como) (estan|estais|esta usted|estas) (haciendo|montando|armando|construyendo|desarrollando) con(?! (linkedin|redes|tu perfil|su perfil|tu marca|su marca)(?!\\p{L}))',
    'como (estan|estais|esta usted|estas) (financiando|escalando|resolviendo|gestionando|organizando|midiendo|automatizando|montando)(?!\\p{L})',
    '(estais|estan) (renovando|cambiando|migrando|implantando|implementando|ampliando|abriendo|evaluando|probando|redisenando|valorando|financiando|escalando)( [\\p{L}]+)? (el|la|los|las|un|una|vuestro|vuestra|vuestros|vuestras|su|sus|obra|planta)(?!\\p{L})',
    '(preguntarte|preguntarle|preguntaros) (por|sobre) (vuestra|vuestro|vuestras|vuestros) [\\p{L}]+',
    // Algo suyo que sacó adelante, dicho: «tú la sacaste adelante en Rancagua».
    '(tu|usted|ustedes|vosotros) (lo |la |los |las )?(sacaste|saco|sacaron|sacasteis) adelante',
    // Lo que sabe, dicho por otro: «dice Flo que eres experto en subvenciones», «me dijo que controlas de ayudas del IDAE».
    '(dice|dijo|me dice|me dijo|me ha dicho|comenta|cuenta|asegura)( [\\p{L}-]+){0,2} que (tu |usted |vos )?((eres|es|sos) (un |una |el |la )?(expert[oa]|especialista|referente|crack)|controlas|controla|dominas|domina|sabes mucho|sabe mucho|entiendes mucho|entiende mucho) (de|del|en|sobre)(?!\\p{L})',
    // Quien pasó su nombre lo dice experto en algo: «dice que eres la persona a la que hay que preguntar sobre última milla», «me ha dicho que eres quien más sabe de la ley de startups».
    '(dice|dijo|me dice|me dijo|me ha dicho|comenta|asegura) que (eres|es usted|sos) (la persona|el que|la que|quien) (a la que|al que|que)?( hay que| debo| deberia)? (preguntar|consultar|mas sabe|sabe|lleva|conoce)',
    // Lo que hizo, visto, o el salto que dio: «vi que hiciste el bootcamp de [Bootcamp]», «tú hiciste justo ese salto».
    '(vi|veo|he visto|se|supe) que (hiciste|estudiaste|cursaste|pasaste por|diste el salto|te pasaste) (el|la|los|las|un|una|de|a)(?!\\p{L})',
    '(tu|usted|vos) (hiciste|hizo|diste|dio) (justo |exactamente )?(ese|este|el mismo) (salto|cambio|camino|paso)',
    // Lo que emprende quien escribe y les toca: «antes de arrancar la implantación de SAP», «estoy montando algo parecido en Valencia».
    '(antes de|ahora que|mientras) (arrancamos|arrancar|empezamos|empezar|lanzamos|lanzar|montamos|montar|implantamos|implantar|implementamos|implementar|migramos|migrar|abrimos|abrir) (la|el|los|las|nuestra|nuestro|un|una)(?!\\p{L})',
    '(estoy|estamos) (montando|haciendo|preparando|armando|lanzando|por hacer|por montar|por lanzar|con) algo (parecido|similar|igual|asi)',
    // Un correo anterior retomado con su asunto: «te escribí el martes al correo sobre la auditoría», «te mandé un mail con una duda».
    // Sin el asunto («te escribí por correo la semana pasada») no dice para qué.
    '(te|le|os) (escribi|mande|envie) (el|ayer|la semana|hace|un|al|por)( [\\p{L}]+){0,3} (correo|mail|email|e-mail)( [\\p{L}]+){0,3} (sobre|acerca de|por lo de|por lo del|por el tema de|con (una|un|la|el|mi|nuestra|nuestro) (duda|pregunta|consulta|propuesta|idea|informe|presupuesto|borrador))(?!\\p{L})',
    '(te|le) (pregunte|comente|conte|explique|ensene) (por|sobre|lo de|que)(?!\\p{L})',
    // Una encuesta o una invitación a participar: «estoy haciendo una encuesta a responsables de compras», «nos encantaría que vinieras».
    '(estoy haciendo|hago|preparo|estamos haciendo|lanzamos|lanzo) una encuesta (a|para|sobre|entre)',
    '(nos|me) (encantaria|gustaria) que (vinieras|vinieses|participaras|participases|estuvieras|vengas|participes|fueras|fueses)(?!\\p{L})',
    '(proponerte|proponeros|proponerle|proponerles) (una|un)(?!\\p{L})',
    // Su negocio, usado o mirado: «tu equipo usa Facturalia desde enero», «vi que las fichas de tu inmobiliaria todavía no tienen tour virtual», «me acordé de que en tu gestoría lo llevabais a mano».
    '(tu|su|vuestro|vuestra) (equipo|empresa|despacho|clinica|tienda|gestoria|agencia|estudio) (usa|utiliza|trabaja con|tiene contratad[oa])(?!\\p{L})',
    '(vi|veo|he visto|note|he notado|me fije en) que (las|los|el|la|tus|sus)( [\\p{L}]+){1,2} de (tu|su|vuestra|vuestro)(?!\\p{L})',
    '(me acorde|me acuerdo|recorde|recuerdo) de que (en )?(tu|su|vuestra|vuestro|usted|ustedes|vosotros)(?!\\p{L})',
    // Una pregunta sobre lo que haría: «¿qué harías distinto si empezaras hoy?».
    'que (harias|haria|haceis|hariais|cambiarias|cambiaria) (distinto|diferente|de otra manera|de otra forma)',
    // Quién es quien escribe para ellos: «soy Ramón, el hijo de Pilar, que trabajó con usted».
    '(hijo|hija|sobrino|sobrina|nieto|nieta|hermano|hermana) de [\\p{L}]+,? (que|quien) (trabajo|estudio|coincidio|colaboro) (contigo|con usted|con vos)',
    // Lo acordado antes, retomado: «tal como quedamos en la llamada de esta mañana».
    '(tal )?como (quedamos|hablamos|acordamos|comentamos) (en|por|durante) (la|el|nuestra|nuestro)( [\\p{L}]+){0,4} (sobre|acerca de|de lo de|para)(?!\\p{L})',
    // Algo suyo que se quiere copiar, un salto suyo sabido, algo que hizo: «queremos replicar el tablero que hicieron allá», «sé que pasaste de auditoría a producto», «sos la q armó el newsletter».
    '(replicar|copiar|adaptar|imitar|reproducir) (el|la|los|las|lo)( [\\p{L}]+){0,4} (que|q) (hicieron|hicisteis|hiciste|hizo|montaron|montasteis|montaste|armaron|armasteis|armaste|lanzaron|lanzasteis|lanzaste)(?!\\p{L})',
    '(se|supe|vi|me entere de) que (pasaste|te pasaste|saltaste|diste el salto) (de|a|al) (?!(trabajo|empleo|puesto|empresa|rol|cargo)(?!\\p{L}))[\\p{L}]+',
    '(eres|sos|es usted) (el|la) (que|q) (armo|monto|creo|lanzo|hizo|llevo|lleva|organiza|organizo|dirige|dirigio|escribio|escribe|diseno|fundo|coordina|coordino)(?!\\p{L})',
    '(el|la) (que|q) te (dio|conto|hablo|enseno|pregunto|presentaron|presente|regalo|paso)(?!\\p{L})',
    // Una consulta o una duda sobre lo suyo: «me sugirió consultarle sobre la NOM-035», «me surgió una duda sobre vuestro programa de partners».
    '(consultarte|consultarle|consultaros|preguntarte|preguntarle|preguntaros) (sobre|por|acerca de) (la|el|los|las|su|sus|tu|tus|vuestro|vuestra|un|una)(?!\\p{L})',
    '(una duda|una pregunta|dos preguntas|un par de preguntas|una consulta) (sobre|acerca de) (vuestro|vuestra|vuestros|vuestras|tu|tus|su|sus)(?!\\p{L})',
    // Algo parecido a lo suyo: «me sugirió que te escribiera por una operación parecida».
    '(por|para|sobre) (una|un) [\\p{L}]+ (parecida|parecido|similar|igual)(?!\\p{L})',
    // Su empresa en un ranking o un informe: «{{empresa}} aparece en el ranking de…».
    '(aparece|apareceis|aparecen|sale|salis|salen|figura|figuran) en (el|la|los|las) (ranking|lista|informe|premios?|clasificacion|top)(?!\\p{L})',
    // Lo que aún buscan, preguntado: «¿sigues buscando socio técnico?», «¿todavía están buscando devs de Go en Clip?»; lo que mencionan en su perfil.
    '(sigues|sigue usted|seguis|siguen|todavia estan|todavia estais|todavia estas|aun estan|aun estais|aun estas) buscando(?!\\p{L})',
    '(mencionas|menciona|mencionais|mencionan|cuentas|cuenta) en (tu|su|vuestro|vuestra) (extracto|perfil|publicacion|post|web|pagina|descripcion)',
    // Su noticia leída: «leí que Mapfre lanzó un seguro para patinetes».
    '(lei|vi|he leido|he visto|me entere de) que (<slot>|(?!(yo|nosotros|mi|nuestro|nuestra)(?!\\p{L}))[\\p{L}&.-]+( [\\p{L}&.-]+){0,2}) (lanzo|abrio|compro|cerro|gano|levanto|anuncio|presento|estreno|inauguro|adquirio|amplio|lanza|abre|estrena|inaugura|ha lanzado|ha abierto|ha comprado|ha ganado|ha levantado|ha anunciado|ha presentado|ha estrenado|ha inaugurado|ha adquirido|ha ampliado|va a abrir|va a lanzar|va a inaugurar|va a ampliar|abrira|lanzara|esta abriendo|esta lanzando|obtuvo|consiguio|recibio|firmo|ha obtenido|ha conseguido|ha recibido|ha firmado)(?!\\p{L})',
    // Cómo lo hicieron, preguntado: «me vendría genial preguntarte cómo organizasteis las guardias».
    '(preguntarte|preguntarle|preguntaros|saber|contarme|contarnos|explicarme|explicarnos) (como|que tal|por que|cuando|donde) [\\p{L}]+(asteis|isteis|aste|iste|aron|ieron)(?!\\p{L})',
    // Por qué a ellos, dicho de su empresa: «me dirijo a usted porque su empresa tiene la concesión de la limpieza viaria».
    '(porque|ya que|dado que|puesto que) (su|tu|vuestra|vuestro) (empresa|equipo|despacho|clinica|ayuntamiento|hospital|planta|organizacion|colegio|escuela|tienda|restaurante|obra) (tiene|lleva|gestiona|opera|usa|busca|acaba de|esta|ha)(?!\\p{L})',
    // Un asunto suyo en manos de quien escribe: «llevo el siniestro de la nave de [Empresa]», «necesito contrastar un par de datos».
    '(llevo|gestiono|tramito|estoy llevando) (el|la) (siniestro|caso|expediente|tramite|reclamacion|proceso|obra|auditoria|peritaje) de',
    '(necesito|necesitamos) (contrastar|confirmar|revisar|aclarar|cotejar|cuadrar) (un par de |unos |algunos |dos |tres )?(datos|detalles|puntos|cifras|fechas)',
    // Algo que ellos llevaron, como causa: «como vos llevaste eso en tu empresa anterior».
    '(como|ya que|dado que|puesto que) (vos|tu|usted)(?!,) (llevaste|llevo|hiciste|hizo|lideraste|lidero|montaste|monto|armaste|armo|gestionaste|gestiono|pasaste por|paso por|implantaste|implanto)(?!\\p{L})',
    // Lo que abren, buscan o prueban, sabido o dicho: «me enteré de que abrís una vacante de PM», «vi que Los Grobo está probando drones», «en tu agencia están con mucho laburo de Webflow».
    '(me entere|supe|vi|lei|he visto) (de )?que (abris|abren|abre|buscais|buscan|busca|contratais|contratan|contrata) (una|un|nueva|nuevo|nuevas|nuevos|personal|gente)(?!\\p{L})',
    '(vi|veo|lei|he visto|me entere de|supe) que (<slot>|(?!(yo|nosotros|mi|nuestro|nuestra|tu|usted)(?!\\p{L}))[\\p{L}&.-]+( [\\p{L}&.-]+){0,2}) (esta|estan) (probando|lanzando|abriendo|contratando|buscando|migrando|implantando|implementando|ampliando|montando|desarrollando|renovando|cambiando)(?!\\p{L})',
    'en (tu|su|vuestra|vuestro) (agencia|empresa|equipo|despacho|estudio|clinica|tienda|restaurante) (estan|estais|esta|andan|andais) (con|buscando|contratando|necesitando|ampliando)(?!\\p{L})',
    // Lo que su fondo o su empresa mira, dicho por quien pasó el nombre: «él dice que tu fondo mira justo este tipo de proyectos».
    '(dice|dijo|me dijo|comenta|me comento|me conto) que (tu|su|vuestro|vuestra) (fondo|empresa|equipo|despacho|agencia|area|departamento|laboratorio|grupo|colegio|escuela|clinica|hospital|ayuntamiento|tienda|cadena|bodega|universidad|oficina|hotel|restaurante|fabrica|planta) (mira|busca|invierte|trabaja|necesita|esta buscando|anda buscando)(?!\\p{L})',
    // Lo que necesitan, como causa: «me pasó tu perfil porque necesitáis un community manager».
    'porque (necesitais|necesitan|necesitas|necesita|buscais|buscan|buscas|busca) (un|una|alguien|gente|personal|apoyo|ayuda)(?!\\p{L})',
    // Para qué escribir, tras quien lo sugirió: «me sugirió contactarlo para una posible coautoría».
    '(contactarlo|contactarla|contactarle|contactarte|escribirte|escribirle|buscarte|buscarle) (para|por|sobre) (una|un|el|la|lo|su|tu)(?!\\p{L})',
    // Algo nuevo suyo, elogiado: «me encantó el menú nuevo de tu restaurante».
    '(el|la|los|las) [\\p{L}]+ (nuevo|nueva|nuevos|nuevas) de (tu|su|vuestro|vuestra) (restaurante|tienda|clinica|empresa|local|web|app|marca|estudio|bar|hotel|colegio|equipo)(?!\\p{L})',
    // Lo que hablaron, recordado con su tema: «me acordé de lo que hablamos del banco de alimentos de Alcorcón» (no «quedo pendiente de lo que hablamos»).
    "(lo que|eso que|aquello que|aquello de lo que|lo de lo que) (hablamos|comentamos|charlamos|platicamos|conversamos|quedamos) (de|del|sobre|acerca de) (?!(eso|esto|ello|todo|nada)(?!\\p{L}))[\\p{L}\\p{N}]+",
    // Un programa en el que ellos son mentores o docentes: «me sumé a la cohorte de [Programa], donde eres mentora».
    "(donde|en la que|en el que|en el cual|en la cual) (eres|es usted|fuiste|sigues siendo|das clase|das clases|impartes|ensenas|participas como) (mentora?|profesora?|tutora?|ponente|coach|docente|instructora?|jurado|coordinadora?|directora?)(?!\\p{L})",
    // Lo que su equipo está por hacer, contado por alguien: «tu equipo está por lanzar una billetera digital».
    "(tu|su|vuestro|vuestra) (equipo|empresa|startup|compania|firma|area|departamento) (esta|estan) (por|a punto de|preparando|lanzando|montando|abriendo)(?!\\p{L})",
    // Una pieza suya con su tema, como «your analysis of…»: «tu análisis del cierre de Cafés La Estrella me dio muchas ideas».
    "(tu|su|vuestro|vuestra) (analisis|auditoria|informe|estudio|reportaje|resena|comparativa|tesis|investigacion|desglose|radiografia) (de la|del|de los|de las|de|sobre|acerca de) (<slot>|[\\p{L}\\p{N}.-]+)",
    // Una obra suya dicha por lo que hicieron y dónde: «el panel de devoluciones que montaste en Zalando».
    "(el|la|los|las|ese|esa) ([\\p{L}\\p{N}&'.-]+ ){1,5}que (montaste|lanzaste|hiciste|creaste|construiste|escribiste|publicaste|disenaste|lideraste|implantaste|desarrollaste|montasteis|lanzasteis|hicisteis|creasteis|construisteis|disenasteis|liderasteis|implantasteis|desarrollasteis|monto|lanzo|creo|diseno|lidero|implanto|desarrollo) (en|para|con) (?!(casa|el trabajo|la uni)(?!\\p{L}))(<slot>|[\\p{L}\\p{N}&.-]+)",
    // Lo mismo que hicieron, a punto de hacerlo quien escribe: «estoy a punto de hacer lo mismo en mi empresa».
    "(estoy|estamos) (a punto de|por|empezando a|intentando|preparandonos para|preparandome para) (hacer|montar|implantar|migrar|lanzar|intentar|probar) (lo mismo|algo (parecido|similar))(?!\\p{L})",
    // Un puesto concreto que se les ofrece: «Buscamos jefe de tráfico para la terminal de Sagunto».
    "(buscamos|estamos buscando|necesitamos|busco) (un |una )?(jefe|jefa|director|directora|responsable|gerente|coordinador|coordinadora|ingeniero|ingeniera|tecnico|tecnica|analista|desarrollador|desarrolladora|enfermero|enfermera|disenador|disenadora|contable|abogado|abogada|traductor|traductora|profesor|profesora|cocinero|cocinera|chef|cto|cfo|cmo)(?!\\p{L})",
    // Un programa o un puesto suyo que interesa a quien escribe: «me interesa su programa de practicantes», «me interesa el rol de Program Manager que publicó…».
    "(me interesa|me interesaria|quisiera postular a|quiero postular a|postule a|postulo a) (su|tu|vuestro|vuestra|el|la) (programa|convocatoria|vacante|beca|proceso|rol|puesto|posicion|plaza|oferta)(?!\\p{L})",
    // Orientación pedida sobre algo concreto, o si su empresa contrata: «¿Podría orientarme sobre la certificación que piden en Bosch?», «¿Sabe si la empresa contrata técnicos?».
    "(podria|podrias|puede|puedes) (orientarme|aconsejarme|asesorarme|guiarme) (sobre|con|en|acerca de) (la|el|los|las|que|como)(?!\\p{L})",
    "(sabe|sabes|sabria|sabrias) si (la empresa|su empresa|tu empresa|vuestra empresa|<slot>|ustedes|ellos) (contrata|contratan|busca|buscan|tiene vacantes|tienen vacantes|esta contratando|estan contratando|acepta|aceptan)(?!\\p{L})",
    // Lo que busca o prepara su club o su empresa, visto; la candidatura ofrecida; lo hablado retomado; un contacto pasado: «vi que el club busca preparador físico», «presentarle mi candidatura», «siguiendo con lo que hablamos en el museo», «te paso el contacto del restaurador».
    "(vi|he visto|lei|he leido|me entere de) que (el|la|su|tu|vuestro|vuestra) ([\\p{L}-]+ ){0,2}(busca|buscan|esta buscando|necesita|contrata|va a abrir|abre|lanza|va a lanzar|prepara)(?!\\p{L})",
    "(presentarle|presentarte|enviarle|enviarte|mandarle|mandarte) mi candidatura(?!\\p{L})",
    "(siguiendo con|retomando|tras|sobre) lo que (hablamos|comentamos|charlamos|platicamos) (en|el|la|ayer|anoche|durante)(?!\\p{L})",
    "(te|le) paso (por aqui )?(el|los) (contacto|contactos|datos|telefono|numero|correo) (de|del)(?!\\p{L})",
    // Lo que acaban de hacer, o lo que alguien le contó que preparan: «vi que acabáis de abrir oficina en Lisboa», «{{amigo_comun}} me comentó el otro día que en {{empresa}} estáis cambiando de TMS», «me compartió que [Empresa] va a contratar…».
    "(acabais|acabas|acaba|acaban|acaba usted) de (abrir|lanzar|cerrar|levantar|inaugurar|contratar|fichar|firmar|ganar|mudaros|mudarse|estrenar|publicar)(?!\\p{L})",
    "(me|nos) (ha dicho|ha contado|ha comentado|ha compartido|dijo|comento|conto|compartio)( el otro dia| ayer| hace poco| la semana pasada)? que (en )?(<slot> )?(estas|estais|esta|estan|vais|van|va a|teneis|tienen|tiene|buscais|buscan|busca|necesitais|necesitan|necesita)(?!\\p{L})",
    // La noticia de su empresa dicha por su forma, sea cual sea el verbo: un nombre y "está" con gerundio o "ha" con participio ("leí que Bodegas Altamira está entrando en el mercado canadiense"); no que le vaya bien en general ("está haciendo un gran trabajo", "ha crecido mucho").
    '(vi|veo|he visto|lei|he leido|me entere de|supe|tengo entendido|entiendo) que (?!(yo|nosotros|tu|usted|ustedes|vosotros|mi|mis|nuestro|nuestra|hay|es|fue|eres|sos)(?!\\p{L}))(<slot>|\\p{L}[\\p{L}\\p{N}&.-]*( [\\p{L}\\p{N}&.-]+){0,3}) (esta|estan|ha|han) (?!(haciendo|creciendo|liderando|trabajando|rompiendo|cambiando|llevando|dando|hecho|crecido|sido|logrado|cambiado|dado)(?!\\p{L}))\\p{L}{3,}(ando|iendo|ado|ido)(?!\\p{L})',
    // La misma noticia con más formas: «vi que en Falabella migraron a…», «me llamó la atención que en Seur estáis contratando…», «Vicio acaba de abrir local», «me he enterado de que Iberdrola licita…».
    '(vi|veo|he visto|note|lei|he leido|me entere de|me he enterado de|supe|tengo entendido|entiendo|me llamo la atencion|me dijeron|me contaron|escuche) que( en)? (?!(yo|nosotros|tu|usted|ustedes|vosotros|mi|mis|nuestro|nuestra|hay|es|fue|eres|sos)(?!\\p{L}))(<slot>|\\p{L}[\\p{L}\\p{N}&.-]*( [\\p{L}\\p{N}&.-]+){0,3}) ((estais|estan|esta) \\p{L}{3,}(ando|iendo)|(acaba|acaban|acabais) de \\p{L}{3,}(ar|er|ir)|(ha|han) pasado de|cambio|cambiaron|migro|migraron|abrio|abrieron|lanzo|lanzaron|cerro|cerraron|compro|compraron|adquirio|adquirieron|contrato|contrataron|firmo|firmaron|gano|ganaron|amplio|ampliaron|inauguro|inauguraron|levanto|levantaron|implemento|implementaron|anuncio|anunciaron|licita|licitan|contrata|contratan|busca|buscan|abre|abren|lanza|lanzan|migra|migran|prepara|preparan|planea|planean|renueva|renuevan|implementa|implementan)(?!\\p{L})',
    // Lo que usan, visto: «noté que usáis [Herramienta] en [Empresa]»; no LinkedIn.
    '(vi|veo|he visto|note|me fije en|me di cuenta de|lei) que (ya )?(usais|usan|utilizais|utilizan|usas|utilizas|usa|utiliza|trabajais con|trabajan con|trabajas con|trabaja con)(?! (linkedin|mucho|bastante|esta red)(?!\\p{L}))',
    // Su experiencia haciendo algo concreto: «tu experiencia escalando {{company}}».
    '(tu|su) (experiencia|trabajo|recorrido) (escalando|liderando|construyendo|montando|creando|haciendo crecer|dirigiendo|llevando|lanzando|expandiendo|internacionalizando|digitalizando) (<slot>|\\p{L}+)',
    // Alguien los presentó en persona, en un sitio: «nos presentó Sergio en el asado», «Sergio nos presentó en la feria»; no por correo.
    'nos (presento|presentaron)( \\p{L}+){0,2} (en|durante) (el|la|los|las|un|una|su|casa)(?!\\p{L})',
    // Lo que hace su negocio, visto: «vi que usted compra microlotes para exportar a Corea».
    '(vi|veo|he visto|note|lei|se|supe|me dijeron|me contaron|tengo entendido) que (usted|tu|vos|ustedes) (ya )?(compra|compras|compran|vende|vendes|venden|exporta|exportas|exportan|importa|importas|importan|distribuye|distribuyes|distribuyen|fabrica|fabricas|fabrican|produce|produces|producen|opera|operas|operan|abastece|abasteces|abastecen|provee|provees|proveen|financia|financias|financian|invierte|inviertes|invierten|imparte|impartes|imparten)(?!\\p{L})',
    // Su oferta de empleo, compartida, y la candidatura: «compartió la oferta de Tech Lead en Frubana», «me gustaría postularme».
    '(compartio|publico|compartiste|publicaste|subio|subiste) (la|una|esta|su|tu) (oferta|vacante|convocatoria|busqueda|posicion)(?!\\p{L})',
    '(me gustaria|quisiera|quiero|me encantaria) (postularme|postular|aplicar|candidatearme)(?!\\p{L})',
    // La noticia de su empresa en pretérito: «noté que su cadena inauguró recientemente tres hoteles»; lo que les impresionó de ella: «me impresionó que su clínica fuera la primera…».
    '(vi|note|lei|he visto|he leido|me entere de|supe) que (su|tu|vuestra|vuestro) [\\p{L}-]+( [\\p{L}-]+)? (recientemente |hace poco |este ano |el ano pasado |ya )?(inauguro|inauguraron|abrio|abrieron|lanzo|lanzaron|adquirio|adquirieron|gano|ganaron|firmo|firmaron|anuncio|anunciaron|amplio|ampliaron|contrato|contrataron|recibio|obtuvo|consiguio|levanto|migro|migraron|implemento|implementaron|renovo|estreno|cerro|fue (la|el) primer[oa])(?!\\p{L})',
    'me (impresiono|llamo la atencion|sorprendio|alegro|encanto)( especialmente| mucho| muchisimo)? (que|como) (su|tu|vuestra|vuestro) [\\p{L}-]+ (fuera|fue|haya|hubiera|sea|es|este|esta|lograra|logro|consiguiera|consiguio)(?!\\p{L})',
    // Lo suyo, para llevarlo a lo propio: «cómo organizó el programa de mentorías…; quisiera replicarlo en mi equipo».
    '(quisiera|quiero|me gustaria|me encantaria|queremos|nos gustaria) (replicarlo|replicarla|replicar|adaptarlo|adaptarla|implementarlo|implementarla|copiarlo|copiarla|llevarlo|llevarla)(?!\\p{L})',
    // Un pasado de trabajo con ellos, y una referencia pedida: «Tuve el gusto de trabajar bajo su dirección en Cemex», «quisiera pedirle una breve referencia».
    '(trabaje|trabajamos|tuve el gusto de trabajar|tuve la suerte de trabajar|estuve|fui becari[oa]|hice (las )?practicas) (bajo su direccion|bajo tu direccion|con usted|contigo|a su lado|a tu lado|en su equipo|en tu equipo|en su departamento|en tu departamento)(?!\\p{L})',
    '(pedirle|pedirte|solicitarle|solicitarte) (una |un )?(breve |pequena )?(referencia|recomendacion|carta de recomendacion|aval)(?!\\p{L})',
    // La noticia de su sitio en presente o futuro, con un sujeto largo: «vi que el hotel de Puerto Morelos reabre en diciembre»; su apertura como motivo: «Como abrís oficina en [Ciudad]».
    '(vi|lei|me entere de|supe|he visto|he leido) que( [\\p{L}\\p{N}&.-]+){1,5} (reabre|abre|inaugura|lanza|estrena|amplia|traslada|cierra|contrata|busca|incorpora|abrira|reabrira|inaugurara|lanzara|ampliara|estrenara)(?!\\p{L})',
    '(como|ya que|ahora que|dado que|visto que) (abris|abren|abres|abre|vais a abrir|van a abrir|vas a abrir|estais abriendo|estan abriendo|estas abriendo)( una| un| la| el)? (oficina|sede|planta|tienda|local|delegacion|filial|restaurante|clinica|almacen)(?!\\p{L})',
    // Pasar por su sitio: «la semana que viene paso por vuestra planta de Martorell».
    '(paso|pasare|pasaremos|pasamos|estare|estaremos|voy a pasar|vamos a pasar) por (tu|su|vuestra|vuestro) (planta|oficina|fabrica|tienda|almacen|sede|local|obrador|restaurante|clinica|nave|bodega|estudio|stand)(?!\\p{L})',
    // Por qué escribe, su empresa que busca gente: «me sugirió que te escribiera porque [Empresa] busca [perfil]».
    'porque(?! (mi|mis|nuestr[oa]s?|yo|nosotr[oa]s)(?!\\p{L})) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,2}) (busca|buscan|buscais|esta buscando|estan buscando|estais buscando|contrata|esta contratando|estan contratando|estais contratando|incorpora|esta incorporando)(?!\\p{L})',
    // Por qué a esta persona, dicho por quien la recomienda: «me ha dicho que eres la persona a quien preguntar por las prácticas de…».
    '(la persona|el contacto|quien) (indicad[oa] |adecuad[oa] |ideal |perfect[oa] )?(a quien|con quien|para|que puede) (preguntar|hablar|consultar|contactar|escribir)( por| sobre| de| acerca de)(?!\\p{L})',
    // El cambio de carrera que hizo, el que el remitente va a hacer: «como tú pasaste de diseño a QA en Typeform», «tu paso de la docencia a la formación corporativa».
    '(pasaste|saltaste|cambiaste|te pasaste|diste el salto|hiciste el salto|hiciste el cambio|usted paso|usted dio el salto) de( [\\p{L}\\p{N}-]+){1,4} (a|al)(?!\\p{L})',
    '(tu|su) (paso|salto|cambio|transicion) de( [\\p{L}\\p{N}-]+){1,4} (a|al)(?!\\p{L})',
  ],
  generic: [
    // Sumarse a su red, sin más, y un grupo de LinkedIn en común: «Me gustaría sumarte a mi red», «ambos somos miembros del grupo…».
    "(sumarte|sumarle|sumaros|incorporarte|incorporarle|anadirte|agregarte|agregarle|anadirle) a mi (red|red de contactos|red profesional|comunidad)(?=\\s*[!?]|\\s*[.](?![.])|\\s*$)",
    "(ambos|ambas|los dos|las dos) (somos|estamos|formamos) (miembros|parte|integrantes) (del|de un|de este|de ese) grupo(?!\\p{L})",
    // No estar conectados aún, como motivo: «¡no puedo creer que no estuviéramos conectados todavía!».
    "no (puedo|me puedo|me lo puedo) creer que (aun |todavia )?no (estemos|estuvieramos|estuviesemos|estabamos|estamos|hayamos estado) (aun |todavia |ya )?(conectad[oa]s|conectad[oa]s aqui)(?!\\p{L})",
    // Que todo les va bien, visto de lejos: «veo que te va increíble»; un servicio para cualquiera: «ayudamos a empresas de todos los giros».
    '(veo|vi|parece|me alegra ver|me alegro de ver|que bueno ver|que gusto ver) que (te|le|os|les) (va|van|esta yendo|estan yendo) (muy |super |re |tan )?(increible|genial|bien|de maravilla|fenomenal|estupendamente|brutal)(?!\\p{L})',
    '(ayuda|ayudamos|ayudo|acompanamos|acompana|asesoramos|asesora) a (empresas|negocios|companias|organizaciones|pymes|marcas) de (todos los|todo tipo de|cualquier|distintos|diferentes) (giros|sectores|tamanos|rubros|industrias|tipos)(?!\\p{L})',
    // Su perfil encaja en búsquedas sin decir cuáles: «su perfil encaja con varios procesos que gestionamos actualmente».
    '(su|tu) perfil (encaja|podria encajar|encajaria|puede encajar|coincide) (con|en) (varios|varias|algunos|algunas|alguno de|alguna de|uno de|una de|diversos|diversas)( (nuestros|nuestras|los|las))? (procesos|vacantes|posiciones|oportunidades|proyectos|puestos|busquedas)(?!\\p{L})',
    // Una oportunidad para ellos sin decir cuál: «te escribo porque tengo una oportunidad laboral muy interesante para ti».
    '(tengo|tenemos) una (oportunidad|oferta|propuesta|posicion|vacante)( laboral| profesional| de trabajo| de empleo)?( muy| realmente)?( interesante| increible| unica| atractiva| excelente| buena)? para (ti|usted|vos)(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    // Una cita de alguien famoso, y nada más: «como diría Amancio Ortega, el cliente siempre manda», «Como dice [CEO famoso], «tu red es tu patrimonio»».
    '(como|que) (diria|decia|dice|dijo|escribio|escribia|solia decir) (?!que(?!\\p{L}))(<slot>|[\\p{L}.\'’-]+)',
    // Una cita firmada: «"El éxito es la suma de pequeños esfuerzos" — Robert Collier».
    '(—|–)(?<=(»|") ?(—|–)) ?(<slot>|[\\p{L}.\'’-]+)',
    // Su perfil o sus cifras de seguidores alabados, y nada más; unirse a su red: «¡qué perfil tan impresionante!», «¡felicidades por tus 10.000 seguidores!», «me uno a tu red».
    '(que|vaya) (perfil|trayectoria|carrera) (tan |mas )?(impresionante|interesante|completo|completa|brutal|inspirador|inspiradora)(?!\\p{L})',
    '(felicidades|enhorabuena|felicitaciones) por (tus|sus|los|esos) ([\\p{N}.,]+k?|mil|miles de) (seguidores|conexiones|contactos|suscriptores)(?!\\p{L})',
    'me uno a (tu|su) red(?!\\p{L})',
    // Un adelanto que se guarda el motivo: «prefiero no extenderme por aquí», «si aceptas la invitación te lo cuento con calma».
    '(prefiero|preferiria) no (extenderme|entrar en detalles)( mucho)?( por aqui| por este medio| en este mensaje)?(?!\\p{L})',
    '(si|cuando|en cuanto|una vez que) (aceptas|aceptes|acepta|acepte|acepta usted|conectemos|estemos conectados)( la| mi)?( invitacion| solicitud)?,? (te|le|os) (lo )?(cuento|explico|comento|detallo)(?!\\p{L})',
    '(te|le|os) lo (cuento|explico|comento|detallo)( con (mas )?(calma|detalle))? (en cuanto|cuando|si|una vez que) (conectemos|aceptes|acepte|estemos conectados)(?!\\p{L})',
    // Lo bien que lo hacen, sin decir qué, y la enhorabuena por todo: «tu equipo en [Empresa] está haciendo cosas increíbles», «enhorabuena por todo lo de {Empresa}».
    '((tu|su|vuestro|vuestra) (equipo|empresa|startup|compania|gente)( (en|de) (<slot>|[\\p{L}&.-]+))?|<slot>) (esta|estan|estais) (haciendo|logrando|consiguiendo) (cosas|un trabajo) (increibles|geniales|grandes|impresionantes|espectaculares|brutales|top|enormes|maravillosas|increible|genial|impresionante|espectacular|enorme)(?=\\s*[.!?,]|\\s*$)',
    '(felicidades|enhorabuena|felicitaciones) por todo lo (de|que (estais|estan|esta|estas) haciendo en) (<slot>|[\\p{L}&.-]+)(?=\\s*[.!?,]|\\s*$)',
    // Ayuda para cualquier cosa, su negocio oído, lo bien que hablan de él, una comunidad o una campaña para cualquiera: «si alguna vez necesitas algo», «siempre hablan bien de ti», «te invito a unirte a mi comunidad…», «puedo enviarle información sobre nuestros servicios».
    // No lo que nombra después: «por si necesitas algo del expediente de patentes que veíamos juntas».
    'si (alguna vez )?(necesitas|necesita usted|necesitais|necesitan) algo(?!\\p{L})(?! (del|de la|de los|de las|sobre el|sobre la|sobre los|sobre las|con el|con la|para el|para la) )',
    // Lo mismo dicho al revés: «cualquier cosa que necesites, no dudes en escribirme».
    '(para )?(cualquier cosa|lo que sea) (que )?(necesites|necesite|necesiteis|te haga falta|le haga falta)(?!\\p{L})',
    '(siempre )?hablan (muy )?bien de (ti|usted)(?!\\p{L})',
    '(te|le|os) invito a (unirte|unirse|uniros) a (mi|nuestra|nuestro) (comunidad|grupo|canal|newsletter|club)(?!\\p{L})',
    'no recuerdo (ni )?(donde|cuando)(?!\\p{L})',
    'si (puedes|puede usted|podeis|pueden) compartir (nuestra|mi|nuestro) (campaña|publicacion|post|iniciativa|causa)(?!\\p{L})',
    '(puedo|podemos) (enviarle|enviarte|mandarle|mandarte|enviaros|mandaros) informacion (sobre|de) (nuestros|mis) (servicios|productos)(?!\\p{L})',
    // Su perfil o su labor admirados sin más: «tu experiencia en academias es justo lo que admiro», «me gustaría conocer más sobre su labor.», «siempre admiré tu trabajo en la radio!».
    'tu (perfil|experiencia|trayectoria)( en( [\\p{L}-]+){1,4})? es (justo )?lo que (admiro|busco|buscamos|valoro)(?!\\p{L})',
    'conocer (mas|un poco mas) (sobre|de|acerca de) (su|tu|vuestra|vuestro) (labor|trabajo|trayectoria|experiencia|empresa|perfil)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?¡]|$))',
    '(siempre )?(admire|he admirado|admiro|admiraba) (tu|su) trabajo( en (la|el|los|las) [\\p{L}-]+)?(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?¡]|$))',
    // Proyectos futuros sin decir cuáles: «podríamos colaborar en futuros proyectos SAP».
    'colaborar en (futuros|posibles|proximos|nuevos) proyectos(?!\\p{L})',
    // Contactos de una empresa, su trabajo o su empresa elogiados sin más, el mismo sector: «compartimos 23 contactos, casi todos de Copa Airlines», «me encantó tu trabajo en Iberia Express.», «nos movemos en los mismos círculos», «me encanta lo que están haciendo en {{ empresa }}».
    '(compartimos|tenemos) (\\p{N}+|<slot>|muchos|varios|bastantes) (contactos|conexiones|amigos)( en comun)?,? (casi todos|la mayoria|muchos de ellos|sobre todo) (de|en|del)(?!\\p{L})',
    '(me encantaria|me gustaria|quiero|quisiera) tener (mas )?contactos (de|del|en) (la profesion|el sector|mi sector|el gremio|el mundillo)',
    '(me encanto|me gusto|me encanta|me gusta) (tu|su|vuestro) trabajo en (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,2})(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?¡]|$))',
    'y que (tu |usted )?tambien (trabajas|trabaja|trabajais|te dedicas|se dedica|estas|esta) (en|a)(?!\\p{L})',
    '(nos movemos|nos movemos los dos|nos movemos ambos) en (los mismos|el mismo|las mismas) (circulos|ambitos|ambito|sector|mundo|redes)(?!\\p{L})',
    '(nos movemos|nos movemos los dos|nos movemos ambos|coincidimos) (en|por) (circulos|ambitos|entornos|ambientes|mundillos) (parecidos|similares|cercanos|afines|comunes)(?!\\p{L})',
    'me (encanta|gusta) lo que (estan|estais|esta|estas) haciendo en (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,2})(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?¡]|$))',
    '(felicidades|enhorabuena|felicitaciones) por el crecimiento(?!\\p{L})',
    // Su trabajo visto sin decir cuál, su forma de ver algo, un grupo o un mundo compartidos: «vi su trabajo en {{ institucion }} y me pareció muy interesante», «me encanta tu forma de entender el fútbol», «las dos estamos en el grupo…», «ambos somos parte de la gran familia cooperativa».
    '(vi|he visto|veo|conozco) (tu|su|vuestro) trabajo en (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,2})(?= y (me )?(parecio|parece|gusto|encanto)|\\s*[.!?]|\\s*$)',
    'me (encanta|gusta|fascina) (tu|su) (forma|manera) de (entender|ver|vivir|pensar|trabajar)( el| la| los| las)?( [\\p{L}-]+)?(?=[\\s,]*[.!?,;]|\\s*$)',
    '(las dos|los dos|ambos|ambas|tu y yo) (estamos|coincidimos) en el (mismo )?grupo( de linkedin)?(?=\\s*[\'"«]|\\s*[.!?]|\\s*$)',
    'compartimos (el|un) grupo( de linkedin)?(?!\\p{L})',
    '(he visto|vi|veo) que te (interesa|interesan|gusta|gustan|apasiona|apasionan) (el|la|los|las)( [\\p{L}-]+){1,2}(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?]|$))',
    '(hace|hacen|haceis) cosas (muy )?(interesantes|chulas|geniales|increibles)(?!\\p{L})',
    'te he visto en (muchas|varias|algunas) (publicaciones|conversaciones|comentarios)(?!\\p{L})',
    '(ambos|los dos|las dos|tu y yo) (somos|formamos) parte de (la gran familia|la familia|la comunidad|el mundo|el sector|el ecosistema)(?!\\p{L})',
    // Un día internacional felicitado, vacantes para cualquiera: «¡feliz Día Internacional de la Enfermería!», «echa un vistazo a nuestras vacantes».
    '(feliz|felicidades en el|feliz y merecido) (dia|semana) (internacional|mundial|nacional)?( de| del| de la| de los| de las)( [\\p{L}-]+){1,3}',
    '(echa|echad|eche|echale|echadle) un vistazo a (nuestras|mis|las) (vacantes|ofertas|posiciones abiertas)',
    '(estamos|seguimos) contratando( en (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?))?(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?]|$))',
    // Que estudió lo mismo, sin dónde, y una trayectoria elogiada: «vi que tú también estudiaste Derecho.», «tienes una trayectoria increíble en retail».
    '(vi|veo|he visto) que (tu |usted )?tambien (estudiaste|estudio usted|estudio|hiciste|hizo)(?! (en|a|con)(?!\\p{L}))( [\\p{L}-]+){1,3}(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?;]|$))',
    '(tienes|tiene|tenes|tiene usted) (una )?(trayectoria|carrera|experiencia|perfil|recorrido) (increible|impresionante|admirable|brillante|destacad[oa]|espectacular|inspirador[a]?|excelente|envidiable|muy interesante)',
    // La misma ciudad o el mismo mundillo, y nada más: «también vienes del mundo del SEO en Buenos Aires», «los dos somos de Zaragoza y del mundillo del SEM».
    '(tambien )?(vienes|viene usted|eres|es usted|sos) del (mundo|mundillo|sector|gremio) (de|del)(?!\\p{L})',
    '(los dos|las dos|ambos|ambas) somos de [\\p{L}-]+( [\\p{L}-]+)?( y del (mundo|mundillo|sector|gremio) (de|del)?( [\\p{L}-]+){1,2})?(?=\\s*[.!,;]|\\s*$)',
    // Mentoría pedida sin decir de qué: «me encantaría que fueras mi mentor/a», «busco un mentor que me guíe en esta etapa».
    '(fueras|fuera usted|seas|sea usted|fueses|ser) mi (mentor|mentora)(/a|\\(a\\))?(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?]|$))',
    '(busco|estoy buscando|ando buscando) (un |una )?(mentor|mentora|mentoria) que me (guie|oriente|acompañe|ayude)( en (esta|mi) (etapa|carrera|camino))?(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?,]|$))',
    // Su trayectoria admirada sin más, y las ganas de conectar con alguien como ellos: «admiro profundamente su trayectoria empresarial», «conectar con alguien con tu experiencia en divulgación».
    '(admiro|admiramos)( mucho| profundamente| enormemente| sinceramente)? (tu|su) (trayectoria|carrera|recorrido|trabajo|perfil|experiencia)( profesional| empresarial| academica)?(?=\\s*[.!?,]|\\s*$| y (me|creo|estoy|quisiera|quiero|seria)(?!\\p{L}))',
    'conectar con (alguien|una persona|personas|profesionales) (con|de) (tu|su) (experiencia|trayectoria|perfil|talento)( en( [\\p{L}-]+){1,3})?(?!\\p{L})',
    // Compartir conocimientos con cualquiera, y nada más: «quería conectar contigo para compartir conocimientos».
    '(queria|quiero|quisiera) (conectar|conectarnos|estar en contacto)( contigo| con usted| con vos)? para (compartir|intercambiar) (conocimientos|experiencias|ideas|aprendizajes|opiniones|buenas practicas)(?=\\s*[.!?\\p{Extended_Pictographic}]|\\s*$)',
    '(ojala|quizas|a lo mejor|tal vez) (algun dia|algún día|pronto|en el futuro) (colaboremos|trabajemos juntos|trabajemos juntas|coincidamos|hagamos algo)(?!\\p{L})',
    // Sumar fuerzas, tener mucho en común, contar con usted en la red, sin decir para qué: «¡Sumemos fuerzas!», «creo que tenemos mucho en común».
    '(sumemos|sumar|seguir sumando|sumando|unamos|unir) (fuerzas|esfuerzos)(?!\\p{L})',
    'tenemos (mucho|bastante|muchas cosas) en comun(?=\\s*[.!?]|\\s*$)',
    'contar con (usted|vos|ti|contigo) en (mi|nuestra) red',
    '(podemos|podriamos) (sumar|aportar|ayudarnos|apoyarnos) (mutuamente|el uno al otro|entre nosotros)(?=\\s*[.!?]|\\s*$)',
    '(el|este) mercado (laboral|de trabajo) (esta|anda) (complicado|dificil|duro|fatal|mal)',
    // The sender's CV or profile to be passed around, whoever gets it.
    '(compartir|compartas|compartieras|difundir|difundas|mover|muevas|reenviar|reenvies|pasar|pases|hacer circular) mi (cv|curriculum|curriculo|hoja de vida|perfil)',
    // Ofrecerse por si acaso: «si organizas eventos, me encantaría estar en tu radar».
    'si (organizas|organiza|organizan|buscas|busca|buscan) (eventos|ponentes|speakers|conferenciantes|proveedores)', 'estar en tu radar',
    // La misma ciudad o el mismo oficio y nada más: «soy de [ciudad] como tú», «también trabajo en logística».
    '(soy|vivo|estoy|trabajo) (de|en) (<slot>|[\\p{L}-]+)( [\\p{L}-]+)? como (tu|usted|vos)', '(tambien|igual que tu) (trabajo|laburo|curro|chambeo|estoy|me dedico|me muevo) (en|a|al)',
    // Las dos cosas a la vez, y que el oficio es el mismo: «también soy de Mar del Plata y laburo en turismo como vos».
    '(soy|vengo) de (<slot>|[\\p{L}-]+)( [\\p{L}-]+){0,2} y (trabajo|laburo|curro|chambeo|estoy|me dedico|me muevo) (en|a|al)( el| la| los| las)?( [\\p{L}-]+){1,2} como (tu|usted|vos)(?!\\p{L})',
    // Estar conectados como motivo de estar conectados: «me pareció bueno que estemos conectados».
    '(me parecio|me parece|pense que seria|creo que seria|seria) (bueno|buena idea|interesante|genial|util|oportuno|lindo|chevere|bacan) (que estemos|estar|que estuvieramos|que conectemos|conectar)( conectad[oa]s)?(?=\\s*[.!?,]|\\s*$)',
    // Una cifra de folleto como pregunta: «¿Sabías que el 80 % de las empresas pierde ventas…?».
    '(sabias|sabia usted|sabiais|sabian) que',
    // Su perfil alabado en una exclamación: «¡qué buen perfil!».
    '(que|vaya) (buen|gran|excelente|interesante|impresionante|tremendo) perfil',
    // Su red ampliada, sin más: «estoy ampliando mis contactos del mundo farmacéutico».
    // Not a company's sales or branch network: «[Empresa] está ampliando la red comercial en [Región]».
    '(ampliando|ampliar|expandiendo|expandir|haciendo crecer|hacer crecer) (mis|mi|la|nuestra) (contactos|red|networking)(?! (comercial|de ventas|de venta|de distribucion|de distribuidores|de agentes|de tiendas|de oficinas|de sucursales|de franquicias|de puntos de venta|logistica|de clinicas|de concesionarios)(?!\\p{L}))',
    '(ampliar|ampliando|abrir|abriendo) horizontes',
    // Inversión o clientes buscados, sin más; la promesa del coach: «Busco inversión para mi startup.», «desbloquear su máximo potencial», «libertad financiera».
    '(busco|buscamos) (inversion|inversores|financiacion|financiamiento|clientes|socios|trabajo|empleo|oportunidades)( para (mi|nuestra|nuestro) [\\p{L}]+)?(?=\\s*[.!?]|\\s*$)',
    'aceptas mi (invitacion|solicitud)',
    '(desbloquear|liberar|alcanzar|descubrir) (su|tu) (maximo |verdadero |maximo verdadero )?potencial',
    'libertad financiera',
    '(si sientes que )?(mereces|te mereces) (mas|algo mejor)',
    'este es tu momento',
    '(conectemos|hablemos|escribeme) y te cuento',
    // Un halago a su empresa y una invitación a la red, sin más: «su empresa figura entre las mejores constructoras», «que formara parte de nuestra red de contactos».
    '(figura|esta|aparece|se encuentra|se situa) entre (las|los) (mejores|principales|lideres|referentes|mas importantes)',
    '(formara|formaras|forme|formes|fuera|fueras|sea|seas) parte de (nuestra|mi) (red|comunidad)( de contactos| profesional)?',
    // Su trayectoria elogiada, con un adverbio en medio: «me impresionó profundamente su trayectoria».
    'me (impresiono|impresionaron|impresiona|ha impresionado|inspiro|inspira|ha inspirado|fascino|fascina)( mucho| muchisimo| profundamente| realmente| sinceramente| gratamente)? (tu|su) (trayectoria|perfil|experiencia|carrera|recorrido|liderazgo|labor|historia)',
    // Que trabaja en lo mismo, y nada más: «vi que también trabajas en logística de última milla en Monterrey.».
    '(vi|veo|he visto) que (tu |usted )?tambien (trabajas|trabaja|trabajais|trabajan|estas|esta|andas|anda|te dedicas|se dedica|te mueves|se mueve) (en|a)( [\\p{L}\\p{N}-]+){1,6}(?=\\s*(?:[.!?;]|\\p{Extended_Pictographic}|$))',
    // Su sector o su oficio visto, sin más, aunque nombre dónde: «veo que te mueves en el mundo de la logística en Chile».
    '(vi|veo|he visto|se) que (tu |usted )?(tambien )?(te mueves|se mueve|te dedicas|se dedica|andas|anda|trabajas|trabaja|estas|esta) (en|a|al) (el |la )?(mundo|sector|rubro|ambito|ecosistema|campo|medio|industria)( de| del| de la)?( [\\p{L}\\p{N}-]+){1,3}( en [\\p{L}-]+( [\\p{L}-]+)?)?(?=\\s*(?:[.!?;]|\\p{Extended_Pictographic}|$))',
    // El mismo sector como motivo, y nada más: «como también trabajas en educación pensé que sería buena idea conectar», «somos del mismo gremio».
    "(como|ya que|dado que|puesto que|porque|al ver que|viendo que) (tu |usted )?tambien (trabajas|trabaja|trabajais|trabajan|estas|esta|te dedicas|se dedica|te mueves|se mueve) en( el| la)?( (sector|mundo|campo|area|ambito|rubro)( de| del| de la)?)?( [\\p{L}-]+){1,2}(?=\\s*[,.!?;]|\\s*$| (pense|creo|crei|me gustaria|seria|quisiera|me encantaria|me parecio|podriamos|te escribo|te agrego)(?!\\p{L}))",
    "somos del mismo (gremio|sector|rubro|mundo|ramo|oficio|campo|palo)(?!\\p{L})",
    "(vi|veo|he visto) que (ambos|ambas|los dos|las dos) (trabajamos|estamos|nos dedicamos) (en|a)( [\\p{L}.-]+){1,3}( en [\\p{L}-]+( [\\p{L}-]+)?)?(?=\\s*[,.!?;\\p{Extended_Pictographic}]|\\s*$)",
    "como (ambos|los dos|las dos|tu y yo) (trabajamos|estamos|nos dedicamos|nos movemos) en( el| la)?( (sector|mundo|campo|area|ambito|rubro)( de| del| de la)?)?( [\\p{L}.-]+){1,3}(?=\\s*[,.!?;]|\\s*$| (pense|creo|crei|me gustaria|seria|quisiera|me encantaria|me parecio|podriamos|te escribo|te agrego)(?!\\p{L}))",
    // Hacer cosas juntos, sin decir cuáles: «me parece que podríamos hacer cosas juntos».
    "(podriamos|podemos|podamos|podriais) hacer (cosas|algo|grandes cosas|cosas grandes) (juntos|juntas)(?=\\s*[.!?,;\\p{Extended_Pictographic}]|\\s*$)",
    // Vacantes para cualquiera: «contamos con múltiples oportunidades para perfiles IT de todos los niveles», «si estás abierto a nuevos retos».
    '(multiples|varias|muchas|numerosas|diversas|nuevas) (oportunidades|vacantes|posiciones) para (perfiles|profesionales|personas|candidatos)',
    '(abierto|abierta|abiert[oa]s|dispuest[oa]) a (nuevos|nuevas) (retos|desafios|oportunidades|proyectos)',
    // Una propuesta que interesa a cualquiera: «tengo una propuesta que seguro le interesa a {{empresa}}».
    '(tengo|traigo|te traigo|le traigo|os traigo) (una|un) (propuesta|idea|oportunidad|solucion|proyecto) que (seguro |creo que |sin duda )?(te|le|os|les) (interesa|interesara|puede interesar|podria interesar|va a interesar|encantara)',
    // Crecer en cifras, prometido a cualquiera: «¿te interesa aumentar tus ventas un 300%?».
    '(aumentar|duplicar|triplicar|multiplicar) (tus|sus|vuestras|vuestros) (ventas|ingresos|leads|clientes|beneficios)',
    '(aportarias|aportaria usted|sumarias|sumaria usted) (mucho|muchisimo|un monton|muchisimo valor|mucho valor)',
    // Gente buscada en general, a quien se escribe entre muchos: «buscamos ponentes con experiencia como la tuya»;
    // no la que buscan ellos: «estáis buscando equipo para la reforma del mercado» es su proyecto.
    '(buscamos|busco|buscando|ampliando|ampliamos)(?<!(estais|estan|estas|esta|andais|andan|andas|anda) (buscando|ampliando)) (equipo|talento)(?! de)',
    'alguien con tu (trayectoria|experiencia|perfil|talento)(?= (encajaria|seria|podria|sumaria|aportaria)|\\s*[.!?,]|\\s*$)',
    `(buscamos|busco|buscando|necesitamos|rodeandome de|rodeandonos de|colaborar con|conectar con|hablar con|entrevistar a|conocer|invitar a) (a )?(${GENTE_EN_GENERAL})( [\\p{L}-]+)?( ${CUALIDAD_VAGA}| para (entrevistar|participar|colaborar|sumarse|unirse)(?!\\p{L}))(?! para (un|una|el|la|nuestro|nuestra) (proyecto|puesto|posicion|vacante|rol|cliente) (de|en))`,
    '(con|entre|a) los mejores (referentes|profesionales|expertos|expertas|lideres|perfiles)',
    '(estoy|estamos) conectando con (lideres|profesionales|personas|gente|expertos)',
    '(te|le|os) invito a (seguir|visitar|dar like a|conocer) (la|nuestra|mi|nuestro) (pagina|perfil|web|cuenta|canal)',
    '(trabajo|trabajamos) con (empresas|equipos|profesionales|marcas|negocios)( de| del)? (<slot>|[\\p{L}-]+)( en <slot>)?(?=\\s*[.!,]|\\s*$| y (creo|pense|me))',
    // Lazos con el sector en general: «con la idea de fortalecer lazos profesionales en la industria».
    '(fortalecer|estrechar|crear|establecer|tender|construir|reforzar) (lazos|vinculos|puentes|relaciones)( profesionales| comerciales)?(?! (con|entre) (tu|su|vuestra|nuestras) (empresa|equipo|organizacion))',
    // Un grupo de LinkedIn en común no dice por qué.
    "(miembros?|parte) del (mismo )?grupo( [\\p{L}\\p{N}'-]+| <slot>){1,6}( (en|de) linkedin)?",
    // La carrera en general, el sector en general.
    '(como|cuando) (empezaste|empezo|comenzaste|comenzo|llegaste|llego|has llegado|ha llegado)( (en|a) (tu|su|este|el|la) (carrera|sector|mundo|campo|puesto|profesion|trabajo|rol))?(?=\\s*[.!?]|\\s*$)',
    '(los )?(retos|desafios|problemas) (a los )?que (te enfrentas|enfrentas|se enfrenta|afrontas|afronta)( (en|a) (tu|su) (puesto|rol|sector|dia a dia|trabajo|empresa))?(?=\\s*[.!?]|\\s*$)',
    '(tu|su) (opinion|vision|punto de vista) sobre (el futuro|las tendencias|la actualidad) (del|de la|de los) (sector|industria|mercado|<slot>)',
    'me (llamo|ha llamado)( mucho| muchisimo)? la atencion (tu|su) (perfil|trayectoria|experiencia|carrera|recorrido)',
    '(intercambiar|compartir) (ideas|experiencias|conocimientos|opiniones|impresiones) (sobre|de|acerca de) (el|la|este|esta|nuestro|nuestra) (sector|industria|mercado|mundo|campo)(?=\\s*[.!?]|\\s*$)',
    '(posibles |futuras |nuevas )?oportunidades de (colaboracion|negocio)',
    // El mismo tipo de empresa y ciudad, y conocer colegas en general.
    '(los dos|las dos|ambos|ambas) trabajamos en (consultoras|empresas|startups|bancos|agencias|aseguradoras|fintechs|pymes|multinacionales)',
    '(aportar|agregar|sumar)(te|le|les|os)? (mucho |gran |un gran )?valor',
    'habla por si sola',
    'admiro (mucho )?(tu|su) (trabajo|trayectoria|carrera|labor)',
    // Ser fan de su trabajo, sin más: «soy muy fan de tu trabajo en el ecosistema emprendedor».
    '(muy |super |gran |un gran |una gran )?(fan|admirador|admiradora|seguidor|seguidora) (de|del) (tu|su|vuestro) (trabajo|contenido|carrera|trayectoria|labor|perfil|publicaciones|posts)',
    '(que|muy) (lindo|bonito|buen|gran) (recorrido|camino|trayectoria)',
    // Un aniversario en la empresa, felicitado y nada más; cualquier vacante, para cualquiera.
    '(cumples|cumplis|cumple|cumplen) \\d+ anos (en|con)',
    'aniversario (laboral|en la empresa)',
    '(cualquier|alguna) (vacante|oportunidad|posicion|puesto)',
    // La misma ciudad o el mismo sector: «¡veo que también estás en Madrid!».
    'tambien (estas|esta|estais|vives|vive|vivis|resides|reside) en',
    'tambien (sos|eres|es) de',
    // Contactos en común contados, perfiles buscados para otros: «compartimos bastantes contactos», «siempre ando buscando perfiles».
    '(compartimos|tenemos) (bastantes|muchos|varios|algunos|unos cuantos|tantos) contactos',
    'siempre (ando|estoy|estamos|andamos) buscando (perfiles|talento|gente|candidatos)',
    // El mismo puesto: «he visto que tú también eres Product Manager»; no la herramienta con la que trabaja, algo en concreto: «tú también trabajas con Kubernetes on-prem».
    '(tu|usted|vos) tambien (eres|es|sos|(trabajas|trabaja|trabajás)(?! con(?!\\p{L})))( como)?',
    '(y )?yo tambien (estoy|trabajo|soy|me dedico|me muevo)( a| en| de)?',
    // Un adelanto sin nada dentro: «tengo una propuesta que puede interesarte».
    '(tengo|tenemos) (una|algo|un) (propuesta|idea|proyecto)?( [\\p{L}]+)? que (te |le )?(puede|podria) (interesarte|interesarle|interesar|gustarte|gustar|encajarte|encajar)',
    '(sumemos|sumar|sumamos) contactos',
    '(estoy|estamos) (trabajando en|preparando|montando|desarrollando) algo que (te |le |os )?(puede|podria|va a) (interesar|interesarte|interesarle|gustar|gustarte)',
    // Una ONG o una empresa admirada por su nombre y nada más: «admiro muchísimo el trabajo de Cruz Roja».
    '(admiro|me encanta|me gusta|me fascina|sigo|valoro)( muchisimo| mucho| un monton)? (el trabajo|la labor) (de|que hace|que hacen|que haceis)( en| con)?( el| la| los| las)? [\\p{L}&.-]+( [\\p{L}&.-]+){0,3}(?=\\s*[.!?]|\\s*$)',
    '(ambos|los dos|las dos) (somos|estamos|trabajamos) (del|en el) (sector|mundo|ambito|rubro)',
    // El mismo sector o la misma ciudad, dicho de otro modo; su contenido elogiado sin decir cuál.,
    '(estas|esta|estais|trabajas|trabaja|trabajais) en el (mismo )?(sector|mundo|ambito|rubro)',
    // Dicho de su lado: «investigo en biología marina, en tu mismo sector», «del mismo campo que usted».
    '(en|de|del) (tu|su|vuestro) mismo (sector|campo|ambito|rubro|mundo|gremio)', '(en el|del) mismo (sector|campo|ambito|rubro|gremio) que (tu|usted|vos|vosotros|ustedes)',
    '(soy|somos|vivo|vivimos|estoy|estamos) (de|en) la misma (ciudad|zona|provincia|region)',
    'me (parece|parecio) (genial|bacan|increible|excelente|buenisimo|muy interesante|top) (todo )?lo que (publicas|publica|compartes|comparte|escribes|escribe|haces|hace)',
    // Un logro sin nombre felicitado, y nada más: «¡enhorabuena por el lanzamiento!», «felicidades por tu gran logro».
    '(felicidades|enhorabuena|felicitaciones) por (el|la|tu|su|vuestro|vuestra|este|esta)( (gran|nuevo|nueva|reciente|merecido|merecida))? (lanzamiento|logro|hito|premio|reconocimiento|aniversario|exito|ronda)(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    // Un puesto nuevo felicitado, y nada más: «¡felicidades por tu nuevo puesto!».
    '(felicidades|enhorabuena|felicitaciones) por (tu|su|el) (nuevo )?(puesto|cargo|trabajo|rol|ascenso)( nuevo)?( (en|de) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?))?(?=\\s*[.!?]|\\s*$|\\s*\\p{Extended_Pictographic})',
    // Su trabajo, sin decir cuál: «me habló muy bien de su trabajo en la consultora».
    '(tu|su) trabajo en (la|el|esa|esta|tu|su) (empresa|consultora|compania|firma|agencia|organizacion|startup)',
    // Querer conectar no es un motivo para conectar, con «porque» o sin él.
    '(porque|ya que|pues) (me gustaria|quiero|quisiera|me encantaria|deseo) (conectar|agregarte|anadirte|tenerte|estar en contacto|formar parte)',
    '(me gustaria|quiero|quisiera|me encantaria|deseo) (conectar|contactar|estar en contacto) (contigo|con usted|con vos|con ustedes)(?=\\s*[.!]|\\s*$)',
    // Tener contactos en general: «creo que siempre es bueno tener contactos en diferentes áreas».
    '(siempre )?(es|viene) (bueno|bien|util|importante) (tener|contar con) (contactos|conexiones|una red)',
    '(ampliar|aumentar|crecer|hacer crecer|expandir|fortalecer|ampliando|aumentando|haciendo crecer|expandiendo|fortaleciendo) (mi|nuestra) (red|network|networking)(?!\\p{L})',
    // Conocer a la gente del sector, sin más: «estoy conociendo a la gente del ecosistema».
    '(estoy|ando|estamos) (conociendo|contactando|saludando) a (la gente|las personas|los profesionales|l[oa]s colegas) del (ecosistema|sector|rubro|medio|mundillo)(?!\\p{L})',
    // Conectar con un tipo de gente, no con esta persona.
    '(quiero|quisiera|busco|me gusta|me gustaria|me encanta|me encantaria|espero|intento) (conectar|contactar|hacer networking) con( otros| otras| mas)?( [\\p{L}&.-]+){0,4} (lideres|profesionales|personas|gente|expertos|expertas|fundadores|colegas|directivos|perfiles|referentes|<slot>)',
    'formar parte de (tu|mi|su) red|formar parte de la red de (profesionales|contactos|personas)',
    // El mismo sector es el de todos; su trayectoria elogiada sin más; su trabajo, sin decir nada de él.
    '(los dos|las dos|ambos|ambas) (estamos|trabajamos) en (el|la|este|esta)( mismo| misma)? (sector|industria|campo|ambito|mundo|mercado)',
    // Su red armada con gente de todo tipo, colaborar en algo sin decir qué: «estoy armando mi red con gente copada», «podríamos colaborar en proyectos interesantes».
    '(armando|armar|construyendo|construir|tejiendo|hacer) (mi|nuestra) red',
    '(podriamos|podemos|podamos|podriais) (colaborar|trabajar juntos|trabajar juntas|hacer cosas|sumar) (en |juntos en |juntas en )?((algun|alguna|algunos|algunas|futuros|futuras|nuevos|nuevas|posibles) )?(proyectos?|cosas|iniciativas?|oportunidades|algo)( interesantes?| juntos| juntas| en comun| conjuntos?)?(?=\\s*[.!?]|\\s*$)',
    '(sos|eres|es usted|es) de <slot> y (trabajas|trabaja|estas|esta) en <slot>,? (como yo|igual que yo)',
    // La misma ciudad y el mismo sector, en huecos: «los dos somos de [ciudad] y trabajamos en [sector]».
    '(los dos|las dos|ambos|ambas) (somos|vivimos|estamos|trabajamos) (de|en) <slot>( y (trabajamos|estamos|somos) (en|de|del) <slot>)?',
    '(coincidimos|estamos|trabajamos|nos movemos|somos) (en|de|del) (el mismo |la misma |el |la |mismo |misma )?(sector|industria|campo|ambito|mundo|mercado|rubro)',
    '(vision|forma de ver las cosas|manera de ver las cosas) (bastante |muy |tan )?(parecida|similar|comun)',
    'compartimos (la misma |una misma |una )?(vision|pasion|valores|intereses|filosofia)',
    '(tu|su) (experiencia|trayectoria|perfil|carrera)( (en|con) (<slot>|[\\p{L}&.-]+))? me (llamo|ha llamado) la atencion',
    '(saber|conocer) mas (sobre|de) ((ti|usted)( y (tu|su) (empresa|trabajo|negocio|equipo|proyecto))?(?=\\s*[.!?¡]|\\s*$)|(tu|su) (trabajo|experiencia|trayectoria|empresa|negocio) (en|con) <slot>)',
    '(vi|he visto|encontre|revise|me encontre con|di con|he dado con|me tope con|descubri) (tu|su) perfil',
    '(me encanta|me encanto|me gusta|me gusto|admiro|vi|he visto|me he topado con|me tope con|me encontre con|descubri|he descubierto) lo que (haces|hace usted|estas haciendo|construyes|estas construyendo|montas|estas montando|hacen|haceis|estais haciendo|estais montando|estan montando|estan haciendo|estan construyendo|estais construyendo) en <slot>',
    '(tu|su) perfil (me parecio|es|me ha parecido)',
    // Su empresa admirada por su nombre y nada más: «admiro muchísimo lo que hace Globant en Latinoamérica», «lo que han logrado en Colombia es admirable».
    '(admiro|me encanta|me gusta|me fascina|sigo)( muchisimo| mucho| un monton)? lo que (hace|hacen|haceis|haces|estan haciendo|estais haciendo|estas haciendo) [\\p{L}&.-]+( en [\\p{L}-]+)?(?=\\s*[.!?]|\\s*$)',
    'lo que (han|habeis|has|ha) (logrado|conseguido|construido|hecho|montado)( en [\\p{L}-]+)? es (admirable|increible|impresionante|brutal|espectacular|inspirador|enorme|una pasada)',
    `(sigo|seguir|siguiendo)( de cerca)? (tu|su|tus|sus) (contenido|trabajo|trayectoria|perfil|camino|recorrido|carrera|publicaciones|pasos)(?! ${SOBRE_UN_TEMA})`,
    // Una empresa seguida de lejos: «vengo siguiendo lo que hace [Empresa] en [Sector]».
    '(sigo|vengo siguiendo|he seguido|llevo tiempo siguiendo|estoy siguiendo|he estado siguiendo)( de cerca| desde hace (anos|tiempo|mucho))? (lo que (hace|hacen|hacéis|haceis)|el trabajo de|la evolucion de|el crecimiento de|los pasos de) (<slot>|[\\p{L}-]+)',
    '(profesionales|personas|gente)( (tan|muy) \\p{L}+)? (como tu|como usted|del sector|interesantes)',
    'aprender (muchisimo |mucho )?de (ti|usted|su|tu|profesionales)',
    // Aprender de gente así, dicho de lejos: «profesionales tan destacados como usted, de quienes podría aprender mucho».
    '(de quienes|de los que|de las que)( [\\p{L}]+){0,5} (aprender|crecer)',
    '(hacer crecer|crecer|impulsar) (tu|su) (negocio|empresa)',
    '(te|le) (puedo|podria) ayudar',
    '(puedo|podria|podemos|podriamos) ayudar(te|le|les|os)( a (crecer|hacer crecer|escalar|vender mas|conseguir mas clientes))?',
    '(emprendedores|empresarios|profesionales|negocios|empresas|marcas) como (tu|usted|vos|el tuyo|la tuya|el suyo|la suya)',
    '(ayudamos|ayudo) a( \\p{L}+){0,3} (empresas|negocios|marcas|equipos|compañias|startups|pymes|profesionales|clientes)(?!( \\p{L}+){0,3} ((como|tales como) <slot>|asi) a (?!(crecer|escalar|vender mas|alcanzar|conseguir|lograr|mejorar|aumentar|impulsar|optimizar (sus |tus |los |las )?(procesos|resultados|recursos|operaciones|negocios?))(?!\\p{L})))',
    '(grandes cosas|sinergias)',
    'nuevas oportunidades',
    'nuevos (retos|desafios)( profesionales| laborales)?',
    'acepta(r|s)? mi (solicitud|invitacion)',
  ],
  smallTalk: [
    // Preguntar por ellos en general, en una frase sola: «¿Qué tal estás?», «Espero que todo vaya bien».
    "(que tal|como) (estas|esta|estais|andas|anda|te va|le va|va todo|va la vida|sigues|sigue)( todo)?(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?]|$))",
    "que tal( todo)?(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?]|$))",
    "espero que (estes|este|esteis|todo (vaya|este|marche)) (muy )?bien(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?]|$))",
    "espero que (este|mi) (mensaje|correo|mail|nota) (le|te|os|les) (encuentre|llegue) (muy )?bien(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?,]|$))",
    "espero que (se encuentre|te encuentres|os encontreis|se encuentren) (muy )?bien(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*([.!?,]|$))",
  ],
  filler: [
    // El mismo grupo de LinkedIn: «veo que estamos los dos en el grupo "Jefes de Obra España"».
    '(estamos|somos) (los dos|las dos|ambos|ambas) (en el|del|en un) grupo(?!\\p{L})',
    // Las cortesías de una carta: «por medio de la presente me permito saludarla», «ponerme a sus órdenes para lo que guste»,
    // «me he tomado la libertad de escribirle», «me gustaría contar con usted entre mis contactos».
    'por medio de la presente(?!\\p{L})',
    '(ponerme|quedo|me pongo|quedamos|estoy) a (sus|tus) (gratas )?ordenes( para (lo que (guste|necesite|se le ofrezca|usted disponga)|cualquier cosa))?(?!\\p{L})',
    '(me )?(he tomado|tomo|permito tomarme|tome|tomé) la libertad de (escribirle|escribirte|contactarle|contactarte|saludarle|saludarla|saludarlo)(?!\\p{L})',
    '(me gustaria|quisiera|me encantaria) contar con (usted|vos|ti|contigo) entre mis contactos(?!\\p{L})',
    // Ayuda ofrecida a cualquiera: «si en algún momento necesitas ayuda, aquí me tienes», «si alguna vez necesitas apoyo con selección, no dudes en escribirme».
    "si (en algun momento |alguna vez |algun dia )?(necesitas|necesita|necesitais|necesitan) (ayuda|apoyo|algo|una mano)( (con|en)( [\\p{L}\\p{N}-]+){1,4}( (o|y) [\\p{L}\\p{N}-]+)?)?,? (aqui me tienes|cuenta conmigo|cuentas conmigo|no dudes en|estoy a tu disposicion|me dices|escribeme|avisame|aqui estoy)",
    // Su trayectoria elogiada entera: «tu experiencia de 12 años en Laboratorios Pisa y tu formación en la UNAM son impresionantes», «me parece admirable tu trayectoria».
    '(tu|su) (trayectoria|experiencia|formacion|carrera|perfil)[^.!?]{0,100} (es|son) (realmente |muy |tan )?(impresionantes?|admirables?|inspiradora?s?|increibles?|notables?)',
    'me parece (realmente |muy )?(admirable|impresionante|inspiradora|increible) (tu|su) (trayectoria|experiencia|carrera|perfil|recorrido)',
    // Una trayectoria celebrada sin más, un currículum: «¡qué trayectoria tan admirable!», «tus {{años}} años en {{empresa}} son un ejemplo», «busco chamba remota».
    '(que|vaya) (trayectoria|carrera|recorrido)( tan (admirable|impresionante|inspiradora|bonita|brillante))?',
    '(anos|años) en <slot> (son|es) (un|todo un) (ejemplo|referente)',
    '(busco|buscando|ando buscando) (chamba|trabajo|empleo|curro|laburo|pega|chamba remota|trabajo remoto)',
    '(\\d+) anos de (exp|experiencia)',
    // El mismo grupo: «compartimos el grupo de LinkedIn de Organizadores de Congresos».
    '(compartimos|estamos en) (el|un) (mismo )?grupo',
    // Un grupo de mensajería: «compartimos grupo de WhatsApp de madres emprendedoras».
    '(compartimos|estamos en) (mismo )?grupo de (whatsapp|telegram|linkedin|facebook|slack|discord|signal)(?!\\p{L})',
    // Hallado en un grupo, sin más: «te encontré en el grupo Doctorandos España y me pareció interesante conectar».
    '(te|le|os) (encontre|vi|descubri|localice) en (el|un) grupo',
    'me (parecio|pareceria|parece) (interesante|buena idea|util) (conectar|contactar|agregarte|añadirte|sumarte)(?=\\s*[.!?]|\\s*$)',
    // El elogio de su perfil, con su trabajo en su empresa: «me impresionó tu perfil y tu trabajo en {{empresa}}».
    '(me (impresiono|impresionaron|encanto|encantaron|gusto|gustaron)|admiro) (mucho )?(tu|su) (perfil|trayectoria)( y (tu|su) (trabajo|experiencia|trayectoria) en <slot>)?',
    // Un grupo en común: «coincidimos en el grupo de Profesores de Secundaria».
    "(coincidimos|estamos|estoy|estas|somos|formamos parte|pertenecemos|pertenezco|te leo( siempre| mucho| a menudo)?|te veo( siempre| mucho| a menudo)?) (en|del|de|al|a) (el )?(mismo )?grupo(?!( de)?( [\\p{L}\\p{N}'-]+){1,6} (de la|del|de) (universidad|universitat|facultad|hospital|instituto|centro|laboratorio|departamento|csic)(?!\\p{L}))",
    // Su trayectoria elogiada, con detalles y todo: «tu trayectoria de 12 años en banca digital es impresionante».
    '(tu|su) ((destacada|gran|excelente|admirable|impecable|brillante|larga) )?(trayectoria|experiencia|carrera|recorrido|perfil|trabajo|labor|gestion|liderazgo)[^.!?]{0,100} (es|resulta|me parece|ha sido|se ve|luce) (muy |realmente |verdaderamente |todo )?(un |una )?(impresionante|admirable|notable|inspiradora|inspirador|increible|destacable|brillante|espectacular|valiosa|valioso|interesante|fascinante|referente|ejemplo|inspiracion|ejemplar)',
    // Su trayectoria, sin decir nada de ella: no es un motivo, pero deja en pie el que haya antes.
    '(saber|conocer) ((mas )?(sobre|de) )?(tu|su) (trayectoria|historia|carrera|experiencia|recorrido)( profesional| laboral)?(?=\\s*[.!?]|\\s*$)',
    // Lo que hace, en general; intereses parecidos; colaborar en algo: «me encantaría saber más de lo que haces», «tenemos intereses profesionales similares».
    '(saber|conocer) mas (de|sobre) (lo que haces|lo que hace|lo que haceis|tu trabajo|su trabajo|ti|usted|vos)(?=\\s*[.!?]|\\s*$)',
    '(tenemos|compartimos) (intereses|inquietudes|objetivos|valores)( profesionales)? (similares|comunes|en comun|parecid[oa]s)',
    '(podriamos|podemos|podamos|poder) colaborar en algo( (interesante|juntos|juntas))?( en el futuro)?(?=\\s*[.!?]|\\s*$)',
    // El mismo mundo, sin más: «yo tb soy del mundo moda».
    '(yo )?tambien (soy|estoy|trabajo|vengo) (del|en el|de el) (mundo|sector|rubro|ambito)( de| del)?( [\\p{L}-]+){1,2}',
    // Lo que publica, leído en general: «leo todo lo que publicas sobre liderazgo».
    '(leo|sigo|veo) todo lo que (publicas|publica|compartes|comparte|escribes|escribe|subes|sube)',
    // Un currículum, no un motivo: «tengo 8 años de experiencia», «me presento».
    '(\\d+|mas de \\d+|casi \\d+) anos de experiencia',
    'me presento',
    '(en )?busqueda activa',
    'recien (egresad[oa]|titulad[oa]|graduad[oa])',
    '(yo )?tambien trabajo en',
    // Lo ocupado que estará, el mismo oficio en el mismo sitio: «sé que estás muy ocupada», «ambos somos desarrolladores .NET en Guatemala».
    '(se|imagino|supongo|entiendo) que (estas|esta|estaras|estara|andas|anda|vas|va) (muy |super |re |bastante |tan )?(ocupad[oa]|liad[oa]|a tope|a mil|con mil cosas)',
    '((veo|vi) que )?(los dos|las dos|ambos|ambas) (trabajamos|estamos) en( [\\p{L}.&-]+){1,3} en [\\p{L}-]+(?=\\s*[.!?]|\\s*$)',
    '(ambos|ambas|los dos|las dos) somos( [\\p{L}\\p{N}.#+-]+){1,3} en( [\\p{L}-]+){1,2}',
    '(demo|consulta|asesoria|sesion|llamada|auditoria de perfil) (\\p{L}+ )?gratuita',
    'mucho exito en (esta|tu|su) nueva etapa',
  ],
  courtesy: ['sin (ningun )?(compromiso|prisa|prisas|presion)( alguno| alguna| ninguno| ninguna)?', 'si (te|le|os) (parece|viene) bien(?=\\s*[.!?]|\\s*$)', 'no hay (ninguna )?prisa', '(por favor )?(acepta|acepte|aceptame|acepteme) (mi|la|esta) (solicitud|invitacion)( por favor)?'],
  profileFound: [
    // Solo cómo dio con su perfil: «Vi tu perfil.», «Me apareció tu perfil en sugerencias.».
    "(vi|he visto|encontre|me encontre con|me tope con|di con|descubri|me cruce con) (tu|su) perfil",
    "(tu|su) perfil (me aparecio|aparecio|me salio|salio)( en (sugerencias|mi feed|el buscador|linkedin))?",
    "me (aparecio|salio) (tu|su) perfil( en (sugerencias|mi feed|el buscador|linkedin))?",
  ],
  newClause: [
    // Lo que quedó después, con su propio verbo: «estuve en el webinar del otro día y me quedé con ganas de preguntarte por vuestro ERP».
    '(y|pero),? (me quede|me quedo|me dejo|me dejaron) (con ganas|pensando|dando vueltas|con la duda)(?!\\p{L})',
    // Quien escribe como sujeto de una cláusula nueva, como «and I» en inglés: «…porque [Empresa] busca [perfil] y creo que mi experiencia en [área] podría aportar valor».
    '(y|pero|asi que),? ((creo|pienso|considero) que )?(yo|nosotros|nosotras|mi|mis|nuestro|nuestra|nuestros|nuestras)(?!\\p{L})',
    // Lo que piensa de ellos para un puesto, o lo que buscaba al encontrarlos: «vi tu perfil y creo que encajarías…», «encontré tu perfil buscando un/a [Puesto]».
    '(y|pero|asi que),? (creo|pienso|considero|me parece) que (encajarias|encajaria|serias|podrias|tu|usted)(?!\\p{L})',
    '(buscando|mientras buscaba|mientras buscabamos|al buscar|cuando buscaba|cuando buscabamos) (a )?(un|una)(/a|/o)? <slot>',
    // Una pieza destacada tras una coma: «sigo tu contenido, sobre todo el post sobre…».
    '(sobre todo|especialmente|en especial|en particular)(?<=[,—–] (sobre todo|especialmente|en especial|en particular))(?= (el|la|ese|esa|este|esta|tu|su|aquel|aquella)( ultimo| ultima| reciente| primer| primera)? (post|publicacion|articulo|hilo|episodio|numero|video|charla|entrevista|carrusel|directo|boletin|newsletter|ponencia|podcast|comentario)(?!\\p{L}))',
    // Lo visto, como ocasión tras la frase hecha: «…buenos contactos en el sector y, aprovechando que he visto que…».
    '(y|pero),? aprovechando que(?!\\p{L})',
    // Lo suyo, tras la charla: «…compartimos círculo profesional, así que me animo: ¿cómo…?».
    '(asi que|por eso|de modo que) me animo(?!\\p{L})',
    // Lo suyo en particular, tras la frase hecha: «Siempre busco conectar con profesionales del sector; en su caso, además, me interesa…».
    '(en su caso|en tu caso|en vuestro caso)(?!\\p{L})',
    // Lo suyo como lo que busca un cliente: «…y su experiencia liderando equipos SAP es justo lo que un cliente busca».
    '(y|pero) (su|tu) (experiencia|perfil|trayectoria|recorrido)[^.!?]{0,60} es (justo|exactamente|precisamente) lo que(?!\\p{L})',
    // Lo visto, como cláusula propia tras la charla de cortesía: «…gente del sector editorial y, viendo que coordinas…».
    '(y|pero) (viendo|al ver|tras ver|despues de ver) que(?!\\p{L})',
    // Lo visto de ellos tras la frase hecha: «vi tu perfil y me llamó la atención que en Seur…», «…, y me he enterado de que Iberdrola…».
    '(y|pero),? (me llamo la atencion|me fije en|vi|veo|note|me entere de|me he enterado de|he visto|estoy viendo|lei|supe) que(?!\\p{L})',
    // Cómo lo hicieron, lo que les llamó la atención: «vi tu perfil y me llamó mucho la atención cómo migrasteis el CRM…».
    '(y|pero),? me (llamo|llamaron) (mucho |muchisimo |bastante )?la atencion (como|la forma en que|la manera en que) (\\p{L}+(aste|asteis|iste|isteis|aron|ieron|o))(?!\\p{L})',
    // Una pregunta concreta tras lo que comparten: «ambas trabajamos en cosmética y me encantaría intercambiar experiencias sobre cómo estáis…».
    '(y|pero|asi que) (me|nos) (encantaria|gustaria|interesaria) (intercambiar|comparar|saber|conocer|preguntarte|preguntarle|hablar)( (experiencias|notas|impresiones|ideas))? (sobre|de|acerca de) (como|que|cual|cuales|por que)',
    // Algo que contarle, tras lo que comparten: «tenemos varios contactos en común y me encantaría hablarte de una vacante».
    // Que los tengan en cuenta, tras lo que buscan: «Estoy buscando nuevas oportunidades en retail y me encantaría que me tuvieras en cuenta…».
    '(y|pero|asi que) (me|nos) (encantaria|gustaria) que (me|nos) (tuvieras|tengas|tuviera|tenga|tuvierais|tengais|tengan|tuvieran) en cuenta (para|en) (tu|su|vuestro|vuestra) (equipo|empresa|area|departamento|proyecto|seleccion|vacante|oferta|puesto|proceso|estudio|despacho)(?!\\p{L})',
    '(y|pero|asi que) (me|nos) (encantaria|gustaria|interesaria) (hablarte|hablarle|hablaros|contarte|contarle|presentarte|presentarle|proponerte|proponerle|ofrecerte|ofrecerle|comentarte|comentarle)',
    '(y|pero|asi que|—|–|[\\p{L}\\p{N}]+[;:]) (yo|nosotros|tengo|tenemos|estoy|estamos|busco|buscamos|mi|nuestro|nuestra|ayudamos|hacemos|ofrecemos|trabajamos|somos|llevamos|llevo|dirijo|coordino|gestiono|trabajo|soy|creamos|desarrollamos|acompanamos)',
    // El mismo sujeto sigue con algo suyo, o una pregunta tras los dos puntos: «encontré tu perfil y vi que…», «…: ¿estáis contratando?».
    '(y|pero|—|–|[\\p{L}\\p{N}]+;) (tambien )?(vi|he visto|note|me di cuenta|lei|he leido|queria|quisiera|me acuerdo|recuerdo|me acorde|me entere|supe|me encanto|me gusto|me encantaron|me gustaron)',
    // Lo que se cuenta tras la charla de cortesía, o lo visto de ellos: «…gente del agro, te cuento que vi que…», «vi tu perfil y que en tu agencia…».
    '(te cuento|le cuento|os cuento|te comento|le comento) que',
    '(y|pero) que (en )?(tu|su|vuestra|vuestro)(?!\\p{L})',
    // Lo suyo como sujeto de la cláusula siguiente: «estoy contratando para [puesto] y tu experiencia en [campo] me llamó la atención».
    '(y|pero) (tu|tus|su|sus) (experiencia|perfil|trayectoria|trabajo|carrera|recorrido|conocimiento|conocimientos)[^.!?]{0,60} (me llamo|me llamaron|llamo mi atencion|me impresiono|me impresionaron|destaco|destacaron)',
    // Quien se lo contó, en una relativa; una duda que surge: «vi tu perfil gracias a [Contacto], que me dijo que llevas…», «…y me surgió una duda sobre vuestro programa».
    '(que|quien) (me|nos) (dijo|conto|comento|ha dicho|ha contado|explico|paso|dice|cuenta|comenta)(?<=[,;] (que|quien) (me|nos) (dijo|conto|comento|ha dicho|ha contado|explico|paso|dice|cuenta|comenta))',
    '(y|pero) (me surgio|me surgieron|me surge|me queda|tengo) (una|un|dos|varias|un par de) (duda|dudas|pregunta|preguntas|consulta)',
    // Su papel tras los dos puntos: «Vi su perfil: usted dirige Calidad en Nemak».
    '(usted|tu|vos) (dirige|diriges|dirigis|lleva|llevas|lidera|lideras|gestiona|gestionas|coordina|coordinas|trabaja|trabajas|es|eres|sos)(?<=: (usted|tu|vos) (dirige|diriges|dirigis|lleva|llevas|lidera|lideras|gestiona|gestionas|coordina|coordinas|trabaja|trabajas|es|eres|sos))(?!\\p{L})',
    // Lo concreto tras la frase hecha: «…profesionales del sector, y en concreto me interesa cómo…».
    '(y|pero),? (en concreto|en particular|concretamente|especificamente|sobre todo|en especial|especialmente)(?!\\p{L})',
    // Lo suyo destacado tras aprender de ellos en general: «me encantaría aprender de ti, especialmente de cómo escalasteis…».
    '(sobre todo|especialmente|en especial|en particular)(?<=[,—–] (sobre todo|especialmente|en especial|en particular))(?= (de |en )?(como|la forma en que|la manera en que) (\\p{L}+(aste|asteis|iste|isteis|aron|ieron)|lo (hiciste|hicisteis|hizo|hicieron))(?!\\p{L}))',
    // Con un gerundio en medio: «…y, revisando tu perfil, he visto que…».
    '(y|pero) (revisando|viendo|mirando|leyendo|repasando|navegando por)( [\\p{L}-]+){1,3} (he visto|vi|note|me di cuenta|lei|he leido)',
    // Los dos puntos van pegados a la palabra de antes: la cláusula empieza en ella.
    '[\\p{L}\\p{N}]+; (ayudamos|hacemos|trabajamos|ofrecemos|tenemos|somos|llevamos|creamos|desarrollamos)',
    '(—|–|[\\p{L}\\p{N}]+[;:,]) ¿?(estais|estas|esta|estan|tienes|tiene|teneis|tienen|usais|usas|usa|usan|buscais|buscas|busca|buscan|sigues|sigue|seguis|siguen|contratais|contratas|contrata|contratan)',
    // Lo que vio de ellos tras la charla de cortesía: «vi que conocemos a la misma gente del sector y que acabas de publicar una vacante».
    "(y|pero) que (acabas|acaba usted|acabais|has|ha|habeis|estas|esta usted|estais|tienes|tiene usted|teneis|buscas|busca usted|buscais|vas|vais|diriges|dirige|llevas|lleva|organizas|organiza)(?!\\p{L})",
    // Lo visto, como causa tras la charla de cortesía: «…ampliar mi red con gente del sector y, ya que vi que en tu agencia empezáis…».
    "(ya que|puesto que|dado que|como|porque|pues) (vi|he visto|note|me entere|me he enterado|lei|he leido|supe)(?!\\p{L})",
    // Un motivo tras la frase hecha, abierto por su causa: «…del sector logístico y, como {{amigo_comun}} me comentó…».
    "(y|pero),? (como|ya que|dado que|puesto que|visto que)(?!\\p{L})",
    // Lo que les contó alguien, o un porqué, tras la frase hecha: «Vi su perfil a través de Camila, y me contó que está buscando…», «…del sector salud, y cuando Tomás mencionó…», «Me encontré con su perfil porque compartió la oferta…».
    'y (me|nos) (conto|comento|dijo|explico|aviso|recomendo|sugirio|paso)(?!\\p{L})',
    '(y|pero) (cuando|como|ya que|porque|desde que)(?!\\p{L})',
    '(porque|ya que|dado que|puesto que)(?!\\p{L})',
  ],
  profileEcho: [
    // Su puesto como aquello en lo que incide la propuesta: «como {{cargo}} seguramente dedicas horas a los informes».
    '(como|siendo) <slot>( (en|de) <slot>)?,? (seguramente|seguro que|probablemente|imagino que|supongo que|quizas|quiza|sabes|sabe usted|dedicas|dedica|te|le)(?!\\p{L})',
    // Sus años en un sitio o un oficio, y nada más: «vi que llevas más de 10 años en marketing farmacéutico», «he visto que trabajas en Logística Ibérica desde hace 6 años», «he visto que eres <Cargo> en <Empresa> y me parece un puesto fascinante».
    '(vi|veo|he visto) que (llevas|lleva usted|lleva) (mas de |casi |unos |ya |cerca de )?(\\p{N}+|muchos|varios|bastantes) (anos|meses) (en|como|trabajando en|dedicad[oa] a)( [\\p{L}\\p{N}&.-]+){1,5}(?=\\s*[.!?;]|\\s*$)',
    '(vi|veo|he visto) que (trabajas|trabaja usted|trabaja) (en|como) (<slot>|[\\p{L}&.-]+)( [\\p{L}&.-]+){0,3} desde hace (mas de |casi |unos )?(\\p{N}+|muchos|varios|bastantes) (anos|meses)(?=\\s*[.!?;]|\\s*$)',
    '(vi|veo|he visto) que (eres|es usted|es) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,3}) (en|de) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,3}) y me parece (un|una) (puesto|cargo|trabajo|rol|posicion|trayectoria|carrera) (fascinante|interesante|increible|apasionante|impresionante|admirable)(?=\\s*[.!?;]|\\s*$)',
    // Su cargo dicho con «como», el de la empresa un hueco; su área, con los dos huecos: «Como responsable de compras de {{ empresa }}, …», «Vi que en {{ empresa }} lidera {{ area }}».
    '(como|siendo) (responsable|director|directora|jefe|jefa|gerente|encargad[oa]|coordinador|coordinadora|lider|head)( (de|del) [\\p{L}-]+){1,3} (de|en) <slot>',
    '(vi|veo|he visto|note) que en <slot> (lidera|lideras|dirige|diriges|lleva|llevas|coordina|coordinas|gestiona|gestionas) <slot>',
    // Su cargo nombrado al dirigirse a ellos: «me dirijo a usted como responsable de compras de %COMPANY%».
    "(me dirijo|le escribo|te escribo|le contacto|te contacto) (a usted |a ti )?(como|en su calidad de|por ser) (responsable|director|directora|jefe|jefa|gerente|encargad[oa]|coordinador|coordinadora|lider|head|fundador|fundadora|ceo|cto|cfo) (de|del|en)",
    // Un dato de su perfil devuelto y nada más: «veo que eres abogada laboralista en Garrigues Bilbao.».
    '(veo|vi|he visto) que (tambien )?(eres|sos|es usted|es) [\\p{L}-]+( [\\p{L}-]+){0,3} (en|de) [\\p{L}&.-]+( [\\p{L}&.-]+){0,3}(?=\\s*[.!?]|\\s*$)',
    // El crecimiento de su empresa, visto: «vi que Conservas Ribera está creciendo rápido».
    '(vi|veo|he visto|lei) que (<slot>|\\p{L}[\\p{L}&.-]*( [\\p{L}&.-]+){0,2}|tu empresa|vuestra empresa|su empresa|tu equipo|vuestro equipo|su equipo) (esta|estan|sigue|siguen) (creciendo|expandiendose|escalando)',
    // «Vi que eres {{cargo}} en {{empresa}}.», «como [Cargo] en [Empresa], seguro que…», «espero que todo vaya bien en [Empresa]».
    '(vi|veo|he visto) que (eres|sos|es usted|es|trabajas|trabajás|trabaja|lideras|liderás|lidera|diriges|dirigís|dirige|llevas|llevás|lleva|gestionas|gestionás|gestiona|coordinas|coordinás|coordina|estas|estás|esta)( en| como)?( el| la| un| una)? <slot>( (en|de|como)( el| la)? <slot>){0,2}(?=\\s*[.!?,]|\\s*$| y (como|pense|me|creo))',
    'como <slot> (en|de) <slot>,? (seguro que|imagino que|supongo que|sabras|sabes)',
    // El cargo escrito, la empresa en un hueco: «Vi que eres gerente de operaciones en {{empresa}}.».
    '(vi|veo|he visto) que (eres|sos|es usted)( el| la| un| una)?( [\\p{L}&-]+){1,4} (en|de) <slot>(?=\\s*[.!?,]|\\s*$| y (como|pense|me|creo))',
    // La interacción o el crecimiento de su empresa, elogiados: «he observado el notable nivel de interacción que logra [Empresa] en redes».
    '(el|su) (notable |alto |gran |buen )?(nivel de )?(interaccion|engagement|crecimiento|alcance) (que (logra|tiene|consigue|genera) |de )(<slot>|\\p{L}[\\p{L}&.-]*( [\\p{L}&.-]+){0,2})',
    // Lo que hace en su empresa, visto para que una oferta le toque: «viendo lo que haces en Meliá con revenue».
    '(viendo|vi|veo|he visto) (lo que|a lo que) (haces|hace|haceis|hacen|te dedicas|se dedica) en (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?)',
    // Su sector, con el sujeto dicho o como causa: «vi que vos estás en el sector salud», «como tú estás en el sector salud».
    '((vi|veo|he visto) que|como|ya que|dado que|puesto que) (vos |tu |usted )?(estas|esta|trabajas|trabaja) en (el sector|el rubro|el mundo|el area)( de| del)? [\\p{L}&-]+',
    // Donde trabaja, dicho por su nombre y nada más: «vi que trabajas en Wallapop.».
    '(vi|veo|he visto|me (llamo|ha llamado) la atencion) que (trabajas|trabaja|estas|esta) en (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+)?)(?=\\s*[.!?\\p{Extended_Pictographic}]|\\s*$)',
    '<slot> (esta|estais|está) haciendo un (gran|buen|excelente|increible) trabajo( en <slot>)?',
    'espero que (todo )?(vaya|va|este|siga) (bien|genial|todo bien) (en|por) <slot>',
    // Su trayectoria o su cargo mirados, con dónde: «vi tu trayectoria en el área jurídica de {{empresa}}», «veo tu liderazgo como ${cargo} en ${empresa}», «me fijé en su recorrido en legales de Mercado Libre».
    '(vi|veo|he visto|me fije en|estuve viendo|revise|he revisado) (tu|su) (trayectoria|recorrido|liderazgo|experiencia|rol|labor|carrera|papel) (como|en|de)( [\\p{L}&.-]+| <slot>){1,6}(?=\\s*[.!?,]|\\s*$)',
    '(que|muy) (bueno|genial|interesante) ver (lo que|como) <slot> (esta|estais) (haciendo|construyendo|logrando)( en <slot>)?',
    // Su cargo en una organización, visto, tras los que lo nombran entero: «vi que eres CTO de una startup de agtech», «vi que eres el buyer de electrónica en Coppel».
    '(vi|veo|he visto|note) que (eres|sos|es usted|usted es)( el| la| un| una)?( [\\p{L}&+-]+){1,3} (de|en|del)(?!\\p{L})',
  ],
  referral: [
    '(me |nos )?(hablo|ha hablado|hablaron|han hablado) (muy )?bien de (ti|vos|usted)(?!\\p{L})',
    'insiste en que (eres|sos|es usted)(?!\\p{L})',
    '(cree|piensa|dice|opina) que (te|le|os) (encaja|encajaria|interesa|interesaria|sirve|serviria|vendria bien)(?!\\p{L})',
    '(me )?(sugirio|recomendo|dijo|comento|aconsejo|animo a)( que)? (te |le |os )?(escribiera|contactara|conectaramos|hablaramos|hablasemos|escribirte|escribirle|contactarte|contactarle|conectar contigo|hablar contigo|hablar con usted)',
    // Con el nombre en medio, o agradecido: «me dijo Elena Prieto que te escribiera», «gracias a Clara Núñez por presentarnos».
    '(me )?(sugirio|recomendo|dijo|comento|aconsejo|pidio)( [\\p{L}]+){1,3} que (te |le |os )?(escribiera|contactara|conectaramos|hablaramos|hablasemos|buscara)(?!\\p{L})',
    '(gracias|agradezco|agradecida|agradecido) a( [\\p{L}]+){1,3} por (presentarnos|ponernos en contacto|la presentacion|el contacto)',
    // Lo que ya les contó quien los pone en contacto: «como seguramente te comentó Pedro, soy la traductora…».
    'como( ya| seguramente| probablemente| quiza| quizas| igual| tal vez| sin duda)? (te|le|os) (adelanto|comento|dijo|conto|aviso|anticipo|habra contado|habra comentado|habra dicho|ha contado|ha comentado|ha dicho)(?!\\p{L})',
    // Por indicación de alguien, nombrado después: «A sugerencia de nuestra amiga en común, Andrea Solís, quisiera presentarme».
    '(a|por) (sugerencia|recomendacion|indicacion|consejo) (de|del|de la)(?!\\p{L})',
    'de parte (de|del|de la)(?!\\p{L})',
    // Quien les dio su nombre: «el Ing. Ramiro Garza me pasó su nombre».
    '(me|nos) (paso|pasaron|dio|dieron|facilito|facilitaron|compartio|compartieron|ha pasado|ha dado) (tu|su|vuestro) (nombre|contacto|perfil|correo|numero|mail|email|dato|datos)(?!\\p{L})',
  ],
  senderRole: [
    "(dirijo|lidero|coordino|llevo|gestiono|superviso|encabezo) (el |la |los |las |nuestro |nuestra |mi )?([\\p{L}\\p{N}&-]+ ){1,4}(en|para) (<slot>|[\\p{L}\\p{N}&.-]+)",
    // Quien le recomendaron, o para su proyecto: «soy la traductora que te recomendó», «soy el fotógrafo para vuestro lanzamiento».
    "soy (el|la)( [\\p{L}-]+){1,2} (que|de quien|del que|de la que) (te |le |os )?(recomendo|menciono|hablo|comento|sugirio|propuso)(?!\\p{L})",
    "soy (el|la)( [\\p{L}-]+){1,2} (para|de) (vuestro|vuestra|vuestros|vuestras|tu|tus|su|sus)(?!\\p{L})",
    // Quien hará el trabajo: «soy el ingeniero que va a revisar la estructura del pabellón».
    "soy (el|la)( [\\p{L}-]+){1,2} que (va a|se encarga de|se ocupa de|llevara|lleva|hara|revisara|coordinara|dirigira)(?!\\p{L})",
  ],
  pitch: ['(tenemos|tengo|contamos con) (experiencia|amplia experiencia|(\\p{N}+|muchos|varios) anos( de experiencia)?) (ayudando|acompanando|asesorando|apoyando|trabajando con)(?!\\p{L})', '(presentarte|presentarle|presentaros|enseñarte|enseñarle|mostrarte|mostrarle) (nuestra|nuestro|nuestras|nuestros|mi) (nueva |nuevo )?(gama|linea|solucion|plataforma|herramienta|catalogo|producto|servicio|propuesta|app)(?!\\p{L})', '(tenemos|hemos creado|hemos desarrollado|hemos lanzado|contamos con) (una|un) (solucion|plataforma|herramienta|producto|servicio|software|app|aplicacion|sistema)(?!\\p{L})', '(preparamos|impartimos|organizamos|damos|llevamos) (talleres|cursos|formaciones|clases|sesiones|charlas|jornadas|programas|campamentos|actividades)(?!\\p{L})', '(estamos|estoy) (colaborando|trabajando) (con|junto a) (directores|directoras|equipos|responsables|gerentes|empresas|marcas|despachos|clinicas|hoteles|tiendas|fabricantes)(?!\\p{L})', '(trabajamos|colaboramos) junto a(?!\\p{L})', '(analizo|analizamos|monitorizo|monitorizamos|monitoreo|monitoreamos|medimos)(?!\\p{L})', '(nosotros )?(entregamos|instalamos|fabricamos|distribuimos|suministramos|vendemos|importamos|exportamos|hacemos|ofrecemos|brindamos|prestamos|desarrollamos|disenamos|gestionamos|implantamos|implementamos|calibramos|reparamos|certificamos|auditamos|asesoramos|traducimos)(?!\\p{L})', 'yo (hago|fabrico|vendo|distribuyo|instalo|desarrollo|diseno|calibro|importo|reparo)(?!\\p{L})', '(somos|soy) (una |un )?([\\p{L}-]+ ){0,2}(consultora|consultor|consultores|agencia|distribuidora|distribuidor|distribuidores|proveedora|proveedor|proveedores|fabricante|fabricantes|importadores|mayoristas|estudio|despacho|transportista|transportistas|instaladora|instalador|instaladores|integradora|integrador|integradores|partners?|socios)(?!\\p{L})', '(automatizamos|digitalizamos|simplificamos|optimizamos|reducimos|eliminamos) (el|la|los|las|su|sus|tu|tus)', '(lo|la|los|las) (automatizamos|digitalizamos|simplificamos|optimizamos|gestionamos|resolvemos|externalizamos)(?!\\p{L})', '(ayudamos|ayudo|hemos ayudado|acompañamos|acompanamos|representamos|represento) a', '(hemos|he) (creado|desarrollado|construido|lanzado) (un|una)', '(hicimos|creamos|desarrollamos|construimos|lanzamos|armamos|montamos) (un|una)', '(trabajamos|trabajo|colaboramos) con', '(nuestra|nuestro|mi) (plataforma|herramienta|solucion|producto|software|servicio|agencia|equipo|app|aplicacion) ((las|los|la|lo|te|le|les|os) )?(ayuda|permite|reduce|automatiza|ahorra|digitaliza|gestiona|simplifica|optimiza|elimina|detecta)', '(nuestro|nuestra|mi) (servicio|plataforma|herramienta|solucion|producto|software|app) de( [\\p{L}-]+){1,3},? que (reduce|ahorra|automatiza|permite|elimina|acorta|simplifica|digitaliza)(?!\\p{L})'],
  selfIntroduction: ["(dirijo|fundé|funde|fundamos|lidero|llevo)(?<!me dirijo) (<slot>|\\p{L}[\\p{L}&.-]*( [\\p{L}&.-]+){0,2}), (una|un) ([\\p{L}-]+ )?(agencia|consultora|empresa|startup|estudio|firma|despacho|boutique|plataforma)(?!\\p{L})", "(dirijo|llevo|coordino|gestiono|lidero|superviso|soy responsable de|me encargo de)(?<!me dirijo) (el area|el departamento|el equipo|la direccion|la oficina|la delegacion|la unidad|el servicio)( de [\\p{L}-]+( (y|e) [\\p{L}-]+)?)? (en|de|para) (<slot>|[\\p{L}&.-]+( [\\p{L}&.-]+){0,3})", "(trabajamos|trabajo|hemos trabajado|he trabajado|colaboramos|colaboro|hemos colaborado) con (marcas|empresas|clientes|startups|equipos|companias|firmas|organizaciones|negocios)( [\\p{L}-]+){0,2} (como|tales como|entre ellas|entre ellos) ((<slot>|[\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+){0,2})(, | y | e )){0,5}(<slot>|[\\p{L}\\p{N}&.'-]+( [\\p{L}\\p{N}&.'-]+){0,2})(?=\\s*(?:[.!?;]|$))", "(soy|me llamo|mi nombre es|(te|le|les|os) (escribe|saluda)) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2},(?! (coincidimos|trabajamos|estuvimos|estudiamos|hicimos|compartimos|nos conocimos|fuimos)(?!\\p{L}))( [\\p{L}&-]+){1,4} (en|de|del) (<slot>|[\\p{L}&-]+( [\\p{L}&-]+){0,2})", "(me llamo|mi nombre es) (<slot>|[\\p{L}'-]+)( [\\p{L}'-]+){0,2}(?=\\s*[,.!]| y )",
    // Dónde trabaja quien escribe, como en inglés «I work at…»: «Trabajo en [Empresa] como [Cargo]».
    // El verbo, no el nombre: «tu trabajo en [Empresa]» es suyo.
    '(yo )?(tambien )?(?<!(tu|su|mi|el|un|del|de|al|buen|gran|vuestro|nuestro|este|ese) )trabajo (en|para) (<slot>|[\\p{L}&-]+)',
    '(soy|me llamo|mi nombre es) (<slot>|[\\p{L}-]+)( [\\p{L}-]+)? (de|desde|en|del equipo de|y trabajo en)', '(aqui|aca|(te|le|les|os) (escribe|saluda)) <slot>( (de|desde|en|del equipo de))?', '(te|le|les|os) (escribo|escribimos) (desde|de parte de|en nombre de)', '<slot> por aqui( (de|desde|en|del equipo de))?'],
  noTopic: [
    // Lo que ofrece quien escribe, en general, y nada más: «si te interesa conocer más sobre nuestras vacantes».
    '(sobre|acerca de|de) (nuestras|nuestros|mis) (vacantes|ofertas|posiciones|oportunidades|servicios|productos|soluciones|planes|tarifas)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?¡:;,—–]|$))',
    // Una o dos palabras de moda que valen para cualquiera, y nada más: «para intercambiar ideas sobre liderazgo y crecimiento profesional».
    '(sobre|acerca de|en torno a|de) (liderazgo|innovacion|emprendimiento|crecimiento (profesional|personal)|desarrollo (profesional|personal)|transformacion digital|negocios|tecnologia|estrategia|gestion|crecimiento|buenas practicas|tendencias|el futuro del trabajo|networking|exito|(la )?inteligencia artificial|ia|(la )?sostenibilidad|(la )?ciberseguridad|(el )?marketing digital)((, | y | e | o )(liderazgo|innovacion|emprendimiento|crecimiento (profesional|personal)|desarrollo (profesional|personal)|transformacion digital|negocios|tecnologia|estrategia|gestion|crecimiento|buenas practicas|tendencias|el futuro del trabajo|networking|exito|(la )?inteligencia artificial|ia|(la )?sostenibilidad|(la )?ciberseguridad|(el )?marketing digital)){0,2}(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?;]|$))',
    // Un sector entero o su futuro, y nada más: «intercambiar ideas sobre el futuro de la movilidad», «sobre la industria alimentaria».
    '(sobre|acerca del?|en torno al?) (el futuro|la industria|el sector|el mundo|el mercado|el ambito)( de la| de los| de las| del| de)?( [\\p{L}-]+){0,2}(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?¡]|$))',
    // Su investigación, su encuesta o su TFM, sin decir de qué: «te escribo porque estoy metida en una investigación y…», «estoy haciendo un TFM y me encantaría tu opinión».
    "porque (estoy |ando )?(metid[oa] en|haciendo|preparando|realizando|trabajando en) (una|un|mi) (investigacion|estudio|encuesta|tesis|tfm|tfg|proyecto de investigacion)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?:;,—–]|$)| y (me|te|le|nos)(?!\\p{L}))",
    "(estoy haciendo|hago|preparo|estoy preparando|realizo|estoy realizando) (un|una|mi) (tfm|tfg|tesis|investigacion|encuesta|estudio)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?:;,—–]|$)| y (me|te|le|nos)(?!\\p{L}))",
    // Escribir porque se busca trabajo, sin más: «le escribo porque estoy buscando empleo como ingeniero».
    "porque (estoy |ando )?(buscando|busco) (trabajo|empleo|chamba|laburo|curro|pega|oportunidades|nuevas oportunidades)(?!\\p{L})",
    // Ideas compartidas de vez en cuando, sin decir sobre qué: «estaría bien compartir ideas de vez en cuando».
    "(de|con) (vez en cuando|tanto en tanto|cuando en cuando)(?!\\p{L})",
    // Un favor, un consejo o ayuda sin decir de qué; su propio CV; una caña: «te escribo para pedirte consejo», «estoy armando mi CV», «me dijo que podías ayudarme», «te invito a una caña».
    "(te|le|os) escribo (para|porque) ((me gustaria|quiero|queria|quisiera) )?(pedirte|pedirle|pediros) (un |una )?(consejo|favor|favorcito|ayuda|opinion|mano)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?:;,—–]|$))",
    "(te|le|os) escribo por (privado|interno|aqui|aca|este medio|linkedin|mensaje|mail|correo|whatsapp)(?!\\p{L})",
    // Por si acaso, sin decir qué: «te escribo por si te interesa».
    "(te|le|os) escribo por si (te|le|os) (interesa|sirve|encaja|cuadra|viene bien)(?!\\p{L})",
    "(contactarle|contactarte|contactaros|escribirle|escribirte|dirigirme a usted) para (solicitar|solicitarle|solicitarte|pedir|pedirle|pedirte)( su| tu)? (orientacion|consejo|ayuda|opinion|apoyo)( profesional)?(?!\\p{L})",
    "(armando|preparando|haciendo|actualizando|mejorando|rehaciendo|renovando) mi (cv|curriculum|curriculo|hoja de vida|portfolio|portafolio|perfil)(?!\\p{L})",
    "me (dijo|comento|conto) que (podias|podrias|puedes|podia|podria|podes) (ayudarme|echarme una mano|orientarme|aconsejarme)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?:;,—–]|$))",
    "(te|le|os) invito a (una|un|unas|unos) (cana|canas|cafe|cafecito|cerveza|birra|copa|vino|comida|almuerzo)(?=[\\s\\p{Extended_Pictographic}\\uFE0F]*(?:[.!?:;—–]|$))",
    // Escribir porque tienen contactos en común, que no dice por qué: «te escribo porque somos contactos de Rodrigo».
    "(porque|ya que|como) ((somos|tenemos|compartimos)( [\\p{L}-]+){0,2} (contactos|amigos|conocidos|conexiones)|conocemos (a )?(gente|personas|contactos)( [\\p{L}-]+){0,2})( en comun| de)?",
    // Su carrera felicitada, y nada más: «¡felicidades por tu trayectoria en [Asociación]!».
    '(felicidades|enhorabuena|felicitaciones) por todo lo que (estas|estais|esta|estan|has|habeis|ha|han) (consiguiendo|logrando|haciendo|construyendo|creando|conseguido|logrado|hecho|construido|creado)(?=\\s*[.!?,]|\\s*$)',
    '(felicidades|enhorabuena|felicitaciones) por (todos|todas) (tus|sus|vuestros|vuestras) (logros|exitos|proyectos|metas|conquistas)',
    '(felicidades|enhorabuena|felicitaciones) por (todo(?! (lo|el|la|los|las|que|este|esta|eso)(?!\\p{L}))|(tu|su|la|el|tus|sus|los|las) (trayectoria|carrera|exito|exitos|logros|trabajo|perfil|recorrido))',
    // Que sigue en lo suyo, y nada más: «vi que sigues en el rubro».
    '(vi|veo) que (sigues|sigue) (en|con) (el|la|lo) (rubro|sector|mismo|misma|negocio|mundo)',
    // Escribir para reconectar, el tiempo pasado, la promesa de contar, y nada más: «te escribo para retomar el contacto», «cuánto tiempo desde aquella época», «escríbeme y te cuento cómo».
    `te escribo (solo )?para (reconectar|retomar el contacto|saludarte|saludarle|conectar|estar en contacto|seguir en contacto|mantener el contacto|ponernos al dia)`,
    `(cuanto|mucho|tanto) tiempo desde (aquella|esa|aquel|ese|entonces|la ultima vez)`,
    `te cuento (como|mas)${FIN_DE_TEMA}`,
    // El tiempo pasado, un recuerdo y un saludo, y nada más: «¡cuánto tiempo sin saber de ti!», «me acordé de ti y quería saludarte».
    `(cuanto|mucho|tanto) tiempo sin (saber de (ti|usted|vos)|vernos|hablar|hablarnos|coincidir)${FIN_DE_TEMA}`,
    `me acorde de (ti|usted|vos)( y (queria|quise|quiero) (saludarte|saludarle|saludarlo|saludarla|saludar))?${FIN_DE_TEMA}`,
    // Un elogio contado por otro no dice para qué: «Martina me dijo que sos una genia del marketing».
    `que (eres|es|sos) (de lo mejor|lo mejor|el mejor|la mejor|un crack|una crack|un genio|una genia|genial|increible|buenisim[oa]|muy buen[oa]|una maquina|un referente|una referente|top)( [^.!?]{1,60})?${FIN_DE_TEMA}`,
    // Que se conozcan, y nada más: «un conocido me dijo que te conociera».
    `que (te|le|os) (conociera|conocieras|escribiera|contactara|agregara|añadiera|conectara)${FIN_DE_TEMA}`,
    // Crecer o rodearse de gente, dicho como el porqué: «te escribo porque quiero crecer profesionalmente».
    'porque (quiero|busco|me gustaria|deseo|estoy intentando|intento) (crecer|seguir creciendo|ampliar|expandir|hacer crecer|rodearme|conocer (gente|profesionales|perfiles))',
    // Solo su campo: «vi que trabajas en marketing».
    `(trabajas|trabaja) en (el sector |el mundo |el area |el campo )?(del |de la |de |el |la )?(marketing|ventas|tecnologia|finanzas|recursos humanos|rrhh|logistica|publicidad|comunicacion|diseño|educacion|salud|retail|consultoria|ingenieria|banca|seguros|turismo|hosteleria|inmobiliaria|ecommerce|e-commerce|startups|software|datos|ia|it|ti|ciberseguridad|seguridad informatica|sistemas|telecomunicaciones|energia|construccion|periodismo|derecho|legal|farma|pharma|fintech|ciencia de datos|analitica)${FIN_DE_TEMA}`,
    // Sus años en el sector, su visión del futuro de un campo: nada en concreto.
    '(vi|veo|he visto) que llevas (muchos|varios|bastantes|mas de \\d+|\\d+) anos en (el|este) (sector|mundo|campo|ambito)',
    '(tu|su) (vision|opinion|punto de vista) sobre el futuro (del|de la|de los|de las) [\\p{L}]+',
    // Dónde o en qué trabaja, un hueco y nada más: «veo que también trabajas en [sector].».
    `(trabajas|trabaja|estas|esta) en (el sector (de |del )?|el mundo (de |del )?)?<slot>${FIN_DE_TEMA}`,
    // Lo visto es solo que comparten ciudad, sector o interés: «vi que trabajas en Castellón como yo», «te interesa la IA, igual que a mí».
    '(trabajas|trabaja|vives|vive|estas|esta) en( [\\p{L}-]+){1,4},? (como yo|igual que yo)',
    '(te|le) (interesa|interesan|gusta|gustan|apasiona|apasionan)( [\\p{L}-]+){1,4},? (igual que a mi|como a mi)',
    // Su experiencia en un campo, elogiada: «tu experiencia en {{industria}} es justo lo que busco».
    `(tu|su) (experiencia|trayectoria)( profesional| laboral)?${EN_SU_CAMPO} (es|me parece|resulta)`,
    "(por|en|a traves de|via|desde) (aqui|aca|linkedin|esta (red|plataforma))(?!\\p{L})",
    "por (primera vez)",
    // Ponerse a su disposición no dice para qué: «le escribo para ponerme a su disposición».
    'para (ponerme|ponernos) a (tu|su|vuestra) (entera |total |completa )?disposicion',
    `(de|sobre|acerca de) (cualquier (cosa|tema)|todo un poco|lo que sea|todo|la vida|negocios|trabajo)${FIN_DE_TEMA}`,
    // Todo un sector: «hablemos de todo lo relacionado con la logística».
    '(de|sobre|acerca de) todo lo (relacionado con|que tenga que ver con|referente a|que rodea a)',
    `(en relacion con|sobre|acerca de|respecto a|por) (una|alguna) (posible |futura )?(colaboracion|sinergia|alianza)${FIN_DE_TEMA}`,
    "(de|sobre|acerca de) (como|formas en que) (podemos|podriamos|podamos) (ayudarnos|apoyarnos|crecer juntos|colaborar)( (en el|a|para el|de cara al) futuro)?",
    `(de|sobre|acerca de) (posibles |futuras )?(sinergias|oportunidades|colaboraciones)${FIN_DE_TEMA}`,
    // Su historia o su sector en general: «saber más sobre tu trayectoria», «tu opinión sobre el sector».
    `(de|sobre|acerca de|respecto a) (tu|su|el|la) (trayectoria|carrera|experiencia|perfil|trabajo|historia|recorrido|camino|sector|industria|mundo)( profesional| laboral)?${EN_SU_CAMPO}${FIN_DE_TEMA}`,
    // Un sector entero, dicho por su nombre: «que conversáramos sobre el sector de la restauración».
    `(de|sobre|acerca de|respecto a) (el|este) (sector|mundo|rubro|ambito|campo) (de|del|de la|de los|de las)( [\\p{L}-]+){1,2}${FIN_DE_TEMA}`,
    `(tu|su) (experiencia|trayectoria)( profesional| laboral)?${EN_SU_CAMPO}${FIN_DE_TEMA}`,
    "(como|que) (llegaste|llego|has llegado|ha llegado) (a donde|hasta donde|hasta aqui)",
    `(sobre|de) lo que (haces|hace|haceis|hacen)${FIN_DE_TEMA}`,
    `porque (me gustaria|quisiera|quiero) (presentarte|presentarle|presentaros|contarte sobre|hablarte de) (nuestra|mi|nuestro) (empresa|compania|agencia|servicios?|producto|solucion)${FIN_DE_TEMA}`,
    `(sobre|de|acerca de) (tu|su) (trabajo|experiencia|trayectoria|dia a dia) en <slot>${FIN_DE_TEMA}`,
    // El elogio como razón: «le escribo porque su trabajo en {company} me parece muy inspirador».
    '(porque|ya que) (tu|su) (trabajo|trayectoria|perfil|experiencia|carrera)[^.!?]{0,100} (me parece|es|resulta) (muy |realmente )?(inspirador|inspiradora|impresionante|admirable|increible|brillante)',
    `((colaborar|colaboracion|trabajar juntos) )?(en el|a|para el|de cara al) futuro${FIN_DE_TEMA}`,
    `(sobre|de|acerca de) (las )?(posibles |nuevas |futuras )?oportunidades( que (puedan|pudieran|podrian|vayan a) surgir)?${FIN_DE_TEMA}`,
    // Hablar de alguien no es un tema: «una amiga en común me habló de ti».
    "(de|sobre|acerca de) (ti|usted|vos|vosotros|vosotras)(?!\\p{L})",
  ],
} satisfies ReasonPhrases;
