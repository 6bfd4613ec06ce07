import type { HeadingLanguage } from '../types.js';

export default {
  invitation: {
    phrases: ['invitacion(es)?', '(solicitud|solicitudes|peticion|peticiones) de (conexion|contacto)', 'notas? de (conexion|invitacion)', 'notas? para (conectar|invitar)'],
    examples: ['Solicitudes de conexión', 'Invitaciones', 'Notas de invitación'],
    not: ['Notas', 'Conexión a la base de datos'],
  },
  afterAccepting: {
    phrases: [
      'seguimiento',
      '(tras|despues de) (aceptar|conectar|la aceptacion)',
      '(cuando|una vez que|si) (acepta|aceptan|acepte|acepten|acepto|aceptaron|conectamos|conectemos)',
      'mensajes? de (bienvenida|agradecimiento)',
      'gracias por (conectar|aceptar)',
      'primer mensaje',
      'primer grado',
      'ya conectad[oa]s',
      'mensajes? directos?',
    ],
    examples: ['Seguimiento tras aceptar', 'Cuando acepta la invitación', 'Mensaje de bienvenida', 'Contactos de primer grado'],
    not: ['Antiguos alumnos', 'Después del congreso'],
  },
  inMail: {
    phrases: ['in-?mails?'],
    examples: ['InMail a reclutadores'],
    not: ['Lista de correo'],
  },
  email: {
    phrases: ['e-?mails?', 'correos?( electronicos?)?', 'mails?'],
    examples: ['Correo en frío', 'Email de seguimiento'],
    not: ['Correcto'],
  },
  reply: {
    phrases: ['respuestas?', 'responder', 'contestar', '(si|cuando) (responde|responden|contesta|contestan)'],
    examples: ['Respuestas', 'Cuando responde'],
    not: ['Responsable de ventas'],
  },
  context: {
    phrases: ['antiguos alumnos', 'exalumn[oa]s', 'ex-?alumn[oa]s?', 'alumni', 'compañer[oa]s de (clase|promocion|estudios|master)', 'mism[oa] (universidad|escuela|master|programa)', 'eventos?', 'congresos?', 'conferencias?', 'ferias?', 'meetups?', 'webinars?', 'jornadas?', 'tercer grado'],
    examples: ['Antiguos alumnos', 'Después de un congreso', 'Feria', 'Compañeros de promoción'],
    not: ['Eventualmente', 'Alumbrado'],
  },
  sharedContact: {
    phrases: ['(contactos?|amig[oa]s?|conocid[oa]s?) (en comun|comunes)', 'en comun', 'mutu[oa]s?', 'recomendad[oa]s? por', 'recomendacion(es)?', 'referid[oa]s?', '(presentad[oa]s?|introducid[oa]s?) por', 'de parte de', 'segundo grado'],
    examples: ['Contacto en común', 'Recomendado por un colega', 'De parte de alguien'],
    not: ['Comunicación'],
  },
} satisfies HeadingLanguage;
