import type { PlaceholderLanguage } from '../types.js';

export default {
  senderPossessives: { words: ['tu', 'tus', 'mi', 'mis', 'nuestro', 'nuestra'], examples: ['[Tu nombre]', '[Tu Empresa]', '{{miEmpresa}}', '[mi cargo]'], not: ['[Su empresa]'] },
  roles: {
    sender: { words: ['vendedor*', 'comercial', 'remitente*', 'usuario', 'firma*', 'cierre', 'despedida*'], examples: ['[vendedor]', '{{nombreComercial}}', '{!Usuario.Nombre}', '{{firma}}', '[tu frase de cierre]'] },
    'shared-contact': {
      words: ['comun', 'comunes', 'mutu*', 'amig*', 'referid*', 'referente*', 'recomend*', 'conocid*', 'companer*', 'excompaner*', 'coleg*', 'excoleg*'],
      examples: ['[Contacto en común]', '{{contactoComun}}', '[amigo mutuo]', '[Nombre del conocido]', '[nombre de tu excompañero]', '[Referente]'],
      not: ['[Nombre]', '[Empresa]'],
    },
    event: {
      words: ['evento*', 'conferencia*', 'congreso*', 'feria*', 'encuentro*', 'jornada*', 'taller*', 'foro*', 'cumbre*', 'seminario*', 'liga*', 'torneo*', 'maraton*', 'retiro*', 'boda*', 'concierto*', 'verbena*', 'romeria*', 'hackaton*'],
      examples: ['[Evento]', '[evento]', '{{nombreEvento}}', '[Nombre del congreso]', '[Feria]'],
    },
    school: {
      words: ['universidad*', 'escuela*', 'colegio*', 'facultad*', 'master*', 'grado', 'carrera*', 'programa', 'curso*', 'bootcamp*', 'promocion*', 'aceleradora*', 'titulacion*'],
      examples: ['[Universidad]', '[Escuela de negocio]', '{{máster}}', '[Carrera]', '[Programa]'],
    },
    specific: {
      words: ['personaliz*', 'gancho*', 'especific*', 'detalle*', 'concret*', 'observacion*', 'proyecto*', 'logro*', 'iniciativa*', 'punto*', 'pregunta*', 'reto*', 'desafio*', 'problema*', 'algo', 'motivo*', 'similitud*', 'aspecto*', 'objetivo*', 'noticia*', 'novedad*', 'hito*', 'premio*', 'lanzamiento*', 'reciente*', 'referencia*', 'coincidencia*', 'personal', 'nota', 'mencion*', 'menciona*', 'razon*', 'rompehielos', 'curios*', 'senal*', 'llamo', 'atencion', 'frase', 'frases', 'porque'],
      examples: ["[noticia reciente]", '[proyecto]', '[detalle concreto]', '[algo específico de su perfil]', '[logro reciente]', '[reto]', '[razón para conectar]', '{{rompehielos}}', '[dato curioso]', '{{señal}}', '[lo que te llamó la atención]', '[una frase sobre por qué le escribes]'],
    },
    content: {
      words: ['publicacion*', 'articulo*', 'post', 'posts', 'charla*', 'ponencia*', 'podcast*', 'entrevista*', 'video*', 'boletin*', 'newsletter*', 'comentario*', 'libro*', 'contenido*', 'publico', 'publicaste', 'escribio', 'escribiste', 'actividad', 'actividades'],
      examples: ['[publicación]', '{{ actividad_reciente }}', '[Artículo]', '{{charla}}', '[título de la ponencia]', '[Podcast]', '[menciona algo que publicó]'],
    },
    praise: { words: ['cumplido*', 'elogio*', 'halago*', 'piropo*', 'generic*'], examples: ['{{ cumplido_generico }}', '[elogio sobre su perfil]', '{halago}'] },
    offer: {
      words: ['oferta*', 'recurso*', 'guia*', 'plantilla*', 'beneficio*', 'propuesta*', 'regalo*', 'demo*', 'descuento*', 'ventaja*'],
      examples: ['[beneficio]', '[Oferta]', '[recurso gratuito]', '{{propuestaDeValor}}'],
    },
    topic: { words: ['tema*', 'asunto*', 'interes*', 'aficion*', 'hobby', 'pasion*'], examples: ["[interés común]", '[tema]', '[tema relevante]', '{{tema}}'] },
    company: {
      words: ['empresa*', 'compania*', 'organizacion*', 'fundacion*', 'ong', 'negocio*', 'cliente*', 'marca*', 'startup*', 'agencia*', 'consultora*', 'consultoria*', 'despacho*', 'bufete*', 'firma*', 'equipo', 'cuenta'],
      examples: ['[Empresa]', '{{empresa}}', '${empresa}', '[Nombre de la empresa]', '[tipos de empresas similares]', '[Nombre de la fundación]'],
    },
    field: {
      words: ['sector*', 'industria*', 'area*', 'campo*', 'ambito*', 'especialidad*', 'segmento*', 'nicho*', 'mercado*', 'publico*'],
      examples: ['[sector]', '[Área]', '${segmento}', '[industria]'],
    },
    place: { words: ['ciudad*', 'pais', 'paises', 'ubicacion*', 'region*', 'provincia*'], examples: ['[Ciudad]', '[País]'] },
    group: { words: ['grupo*', 'red', 'redes', 'comunidad*', 'asociacion*', 'iglesia*', 'parroquia*', 'coro*', 'pena', 'penas', 'hermandad*', 'cofradia*', 'sindicato*'], examples: ['[Nombre del grupo]', '[Red de emprendedores]', '[Comunidad]', '[Nombre de la parroquia]'] },
    date: { words: ['fecha*', 'dia', 'dias', 'ano', 'anos', 'mes', 'meses', 'semana*', 'hoy', 'ayer', 'cuando'], examples: ['[Año]', '[Fecha]', '[hoy/ayer]'] },
    role: { words: ['puesto*', 'perfil*', 'cargo*', 'rol', 'titulo*', 'funcion*', 'posicion*', 'profesion*'], examples: ['[Puesto]', '[Cargo]', '{{cargo}}'] },
    person: { words: ['persona', 'personas', 'contacto', 'contactos', 'conexion', 'conexiones', 'colega*', 'companer*', 'candidato*', 'candidata*', 'inversor*', 'ponente*', 'mentor*', 'referente*', 'profesor*', 'profe', 'profes', 'docente*', 'tutor*', 'jefe', 'jefa', 'jefes', 'supervisor*', 'exalumn*', 'intermediari*'], examples: ['[Persona]', '[Contacto]', '[Ponente]', '[Profesor]', '[Nombre del exalumno/a]'] },
    name: { words: ['nombre*', 'apellido*', 'destinatario*', 'tratamiento'], examples: ['[Nombre]', '{{nombre}}', '[nombre]', '[Apellido]'] },
  },
  bothHave: { words: ['comun', 'comunes'], examples: ['[proyecto común]', '[interés común]'] },
} satisfies PlaceholderLanguage;
