import type { FramePhrases } from '../types.js';

export default {
  greetings: ['hola+', 'buenas', 'buenos dias', 'buen dia', 'quiubo', 'quihubo', 'que hubo', 'que onda', 'buenas (tardes|noches)', 'estimad[oa]s?(/[oa]s?|\\([oa]s?\\))?', 'estimad@s?', 'querid[oa]s?(/[oa]s?|\\([oa]s?\\))?', 'distinguid[oa]s?', 'apreciad[oa]s?', 'respetad[oa]s?', 'muy (senor|senora) mi[oa]', 'que tal', 'saludos', '(reciba|recibe|reciban) (un )?(cordial|afectuoso|atento|caluroso) saludo', '(le|les|te) saludo (cordialmente|atentamente)', 'hey', 'ey', 'che', 'oye', 'oiga', 'hi', 'hello'],
  mailFooters: ['enviado desde mi (iphone|ipad|android|movil|celular|telefono|smartphone|samsung)', 'enviado desde (outlook|correo) para (ios|android)', '(aviso legal|aviso de confidencialidad|confidencial)[:.][^\\n]*', '(este|el presente) (mensaje|correo|correo electronico|e-?mail)( y (sus|cualquier|los) (anexos|adjuntos|archivos adjuntos))? (es|son|contiene|puede contener|se dirige|va dirigido|esta dirigido)[^\\n]{0,60}(confidencial|privilegiad|destinatario)[^\\n]*', '(antes de imprimir|no imprimas|no imprima)[^\\n]{0,40}medio ambiente[^\\n]*'],
  signOffs: [
    '(un )?(saludo|abrazo)( cordial| grande| fuerte)?( desde( [\\p{L}-]+){1,3}| en cristo)?',
    // Despedidas de fe: «Bendiciones», «Dios te bendiga».
    '(bendiciones|dios (te|le|les|os) bendiga)',
    '(un )?(beso|besos|besito|besitos|abrazos|abrazote)',
    // «Saludos desde Bogotá», «¡Bendiciones desde San Juan!»: de dónde, sin nombre.
    'saludos( cordiales)?( desde( [\\p{L}-]+){1,3})?',
    'muchas gracias',
    'gracias( de antemano| por adelantado)?',
    'atentamente',
    // Su abreviatura: «Atte., Jorge Ibarra».
    '(atte|att|atto|atta)',
    // Its abbreviations, a full stop after them: «Atte.», «Att.».
    'atte?',
    'cordialmente',
    '(reciba|recibe|reciban) un (cordial|afectuoso|atento) saludo',
    '(le|les|te) saluda (atentamente|cordialmente)',
    'un cordial saludo',
    'quedo a (tu|su) disposicion',
    'hasta pronto',
    '(muchas )?bendiciones( desde( [\\p{L}-]+){1,3})?',
    'que tengas (un )?buen dia',
  ],
  addressees: ['profesor', 'profesora', 'profe', 'doctor', 'doctora', 'ingeniero', 'ingeniera', 'licenciado', 'licenciada', 'arquitecto', 'arquitecta', 'maestro', 'maestra', 'señor', 'señora', 'señorita', 'capitán', 'capitana', 'comandante', 'don', 'doña', 'equipo', 'colega', 'colegas', 'todos', 'todas'],
  nameParticles: ['de', 'del', 'la', 'las', 'los', 'y'],
  notNames: [
    // Quien hace algo, sin nombre: «quien me pasó tu contacto».
    'quien', 'quienes', 'quienquiera',
    // Demostrativos, que nunca son nombres: «en ese congreso».
    'ese', 'esa', 'este', 'esta', 'aquel', 'aquella', 'eso', 'esto',
    // Indefinidos, con mayúscula tras un emoji o dos puntos: «👋 Algo que muchos fundadores me repiten».
    'algo', 'alguien', 'nadie', 'nada', 'todos', 'todas', 'todo', 'muchos', 'varios', 'varias', 'cualquiera',
    // Interjecciones de una nota escrita con prisa: «jeje», «bueno».
    'jeje', 'xd', 'bueno', 'pues', 'che', 'ok',
    // Títulos abreviados ante un nombre: «el Ing. Raúl Pacheco».
    'ing', 'lic', 'arq', 'dr', 'dra', 'sr', 'sra', 'srta', 'don', 'dona',
    // Departamentos, con mayúscula en muchas notas: «buscando perfiles de Recursos Humanos».
    'recursos', 'humanos', 'rrhh', 'rr', 'hh', 'ventas', 'compras', 'finanzas', 'operaciones', 'marketing', 'administracion', 'logistica',
    'yo', 'me', 'mi', 'mis', 'te', 'tu', 'tus', 'usted', 'le', 'su', 'sus', 'nos', 'nosotros', 'nuestro', 'nuestra', 'el', 'ellos',
    'la', 'las', 'los', 'lo', 'un', 'una', 'unos', 'de', 'del', 'en', 'con', 'por', 'para', 'y', 'o', 'que', 'como', 'si', 'pero',
    'hola', 'gracias', 'buenas', 'buenos', 'wena', 'wenas', 'holi', 'holis', 'jaja', 'jajaja', 'jajajaja', 'tanto', 'conectemos', 'estoy', 'soy', 'vi', 'he', 'llevo', 'encantado', 'encantada', 'seguimos', 'ahora',
    // Los sustantivos de la frase estándar, con mayúscula para darles peso: «agregarte a mi Red Profesional».
    'red', 'profesional',
    'linkedin', 'sr', 'sra', 'dr', 'dra', 'don', 'dona', 'enhorabuena', 'felicidades', 'cuanto', 'muchas', 'hablamos', 'conectamos',
    // Órganos y sitios, que en una nota casi sin mayúsculas siguen a «la cena del», «el equipo de»: «la cena del consejo de [Empresa]».
    'consejo', 'comite', 'comision', 'junta', 'patronato', 'ayuntamiento', 'ministerio', 'departamento', 'club', 'proyecto', 'congreso', 'foro', 'sector', 'gremio',
    // Adverbios ante el verbo, en una nota sin mayúsculas: «un contacto en común que siempre habla maravillas de ti».
    'mucha', 'muchas', 'gente', 'bastante', 'bastantes', 'tanta', 'tantas', 'poca', 'pocas',
    'siempre', 'nunca', 'tambien', 'ya', 'todavia', 'aun', 'hoy', 'ayer', 'mucho', 'muy', 'bien', 'solo', 'asi', 'incluso', 'justo', 'casi',
    // Verbos que abren una frase: «Tenemos varios contactos en común, así que me animo…».
    'tenemos', 'tengo', 'somos', 'estamos', 'hemos', 'veo', 'quiero', 'quisiera', 'busco', 'buscamos', 'espero', 'creo', 'sigo', 'vimos', 'ayudamos', 'trabajamos',
    // Cargos, en mayúscula en firmas y presentaciones («Soy Ingeniera de Datos»): no son nombres.
    'ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora', 'director', 'directora', 'gerente', 'fundador', 'fundadora', 'cofundador',
    'cofundadora', 'consultor', 'consultora', 'analista', 'disenador', 'disenadora', 'responsable', 'jefe', 'jefa', 'estudiante', 'becario',
    'becaria', 'asesor', 'asesora', 'arquitecto', 'arquitecta', 'especialista', 'ceo', 'cto', 'senior', 'junior',
  ],
  nounMarkers: [],
  // Doubled initials are plurals: «RR. HH.» (recursos humanos), «EE. UU.», «RR. PP.».
  abbreviations: ["Sr", "Sra", "Srta", "Dr", "Dra", "Dña", "D", "Lic", "Lcda", "Lcdo", "Licda", "Ing", "Arq", "Mtro", "Mtra", "Abg", "Prof", "Avda", "aprox", "p.ej", "RR", "HH", "EE", "UU", "PP"],
  functionWords: ['el', 'los', 'las', 'y', 'muy', 'usted', 'nosotros', 'estoy', 'soy', 'unos', 'pero', 'gracias', 'hola', 'muchas', 'estás', 'mis', 'tus', 'ahora', 'sería', 'quería', 'encantaría', 'gustaría', 'puedo', 'tienes', 'tengo', 'también'],
  // Abreviaturas de chat de una nota escrita con prisa: «vi tu charla y q buena, xq justo estamos con eso».
  shorthand: {
    que: ['q', 'k'],
    porque: ['xq', 'pq', 'porq'],
    por: ['x'],
    de: ['d'],
    para: ['pa'],
    tambien: ['tb', 'tmb'],
    saludos: ['slds'],
    gracias: ['grax', 'grs'],
    bien: ['bn'],
  },
  grammar: {
    definiteArticles: ['el', 'la', 'los', 'las'],
    indefinites: ['un', 'una', 'uno', 'unos', 'unas', 'algún', 'alguna', 'cualquier'],
    possessives: ['mi', 'mis', 'tu', 'su'],
    someone: ['alguien'],
    and: ['y', 'e'],
    or: ['o', 'u'],
    clauseOpeners: ['que'],
    questionTags: ['no', 'verdad', 'cierto', 'vale', 'sí'],
    questionVerbs: [],
    topicMarkers: ['sobre', 'acerca de', 'acerca del', 'respecto a', 'respecto al'],
    nameJoiners: ['de', 'del', 'la', 'las', 'los', 'y'],
    workplaceMarkers: ['en'],
    originMarkers: ['de'],
    organisationMarkers: ['en', 'para', 'de', 'del', 'con'],
    anyEvent: ['evento', 'eventos'],
    nameArticles: ['el', 'la'],
    selfHere: ['acá', 'aquí'],
    recentTimes: ['anoche', 'ayer', 'la semana pasada', 'el finde pasado', 'el fin de semana pasado', 'el mes pasado', 'el año pasado', 'esta mañana', 'esta semana'],
  },
} satisfies FramePhrases;
