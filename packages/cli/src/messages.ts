import { fillSlots, type Locale } from '@invite-lint/core';

/** The CLI's own words, in every locale; `{name}` slots, and `{s}`-style plural pairs below. */
const MESSAGES = {
  en: {
    summary: '✖ {count} {problems} ({errors} {errorWord}, {warnings} {warningWord})',
    fixable: '{count} {problems} can be fixed with the `--fix` option.',
    problem: 'problem|problems',
    error: 'error|errors',
    warning: 'warning|warnings',
    tooManyWarnings: 'invite-lint found too many warnings (maximum: {max}).',
    noSuchPath: 'no such file or folder',
    emptyFolder: 'no notes or templates in this folder',
    globMatchesNothing: 'the glob matches no notes or templates',
    ignored: 'File ignored by .invite-lintignore, --ignore-pattern or a config `ignores`.',
    folder: 'This is a folder, not a note.',
    tooLarge: 'File is {size} MB; a note is a few hundred characters, so it was not linted.',
    binary: 'Binary file, not a text note: it was not linted.',
    notUtf8: 'Not valid UTF-8 (line {line}, byte {byte}): save the file as UTF-8.',
    noFile: 'No such file.',
    permission: 'Cannot read the file: permission denied.',
    loop: 'Cannot read the file: too many symbolic links (a loop?).',
    unreadable: 'Cannot read the file: {detail}.',
    emptyValue: '`{name}` is empty in this row and the template needs it.',
    overLimit: 'The note is {length} characters, {excess} over the {limit}-character limit (not cut).',
    nearLimit: 'The note is {length} characters, {left} short of the {limit}-character limit.',
    dataPlaceholder: '`{name}` holds a placeholder ({shape}) instead of a value.',
    shouting: '`{name}` is in capitals in this row: write {{nameCase {name}}} in the template to fix it.',
    whispering: '`{name}` is in lower case in this row: write {{nameCase {name}}} in the template to fix it.',
    duplicate: 'The same profile URL as row {row}: this person would get two invitations.',
    ragged: 'The row has {fields} fields where the header has {columns}.',
    swallowed: ' It runs from line {from} to {to}: a quote is probably left open.',
    hidden: 'A hidden profile: LinkedIn exported only the date, so there is no one to write to.',
    malformed: 'Line {line} could not be read: {reason}.',
    generateRows: '{rows} {rowWord}: {ok} ok, {warnings} with warnings, {errors} with errors.',
    row: 'row|rows',
    generateLongest: 'Longest note: {longest} characters (limit {limit}); {near} within {margin} characters of the limit.',
    generateSame: 'Warning: {share}% of the rows give the very same note: the personalisation is empty or constant, which reads as automated.',
    generateFree: 'Free accounts can add a note to only about 5 invitations a month: send the rest from a Premium account or without a note on purpose.',
    generateTemplateErrors: 'The template itself has errors (listed above): fix them before sending.',
    generateNoRows: 'The CSV has a header but no rows.',
  },
  es: {
    summary: '✖ {count} {problems} ({errors} {errorWord}, {warnings} {warningWord})',
    fixable: '{count} {problems} se pueden corregir con la opción `--fix`.',
    problem: 'problema|problemas',
    error: 'error|errores',
    warning: 'aviso|avisos',
    tooManyWarnings: 'invite-lint encontró demasiados avisos (máximo: {max}).',
    noSuchPath: 'no existe ese archivo ni esa carpeta',
    emptyFolder: 'no hay notas ni plantillas en esta carpeta',
    globMatchesNothing: 'el patrón no encuentra notas ni plantillas',
    ignored: 'Archivo ignorado por .invite-lintignore, --ignore-pattern o unos `ignores` de la configuración.',
    folder: 'Es una carpeta, no una nota.',
    tooLarge: 'El archivo ocupa {size} MB; una nota tiene unos cientos de caracteres, así que no se revisó.',
    binary: 'Archivo binario, no una nota de texto: no se revisó.',
    notUtf8: 'No es UTF-8 válido (línea {line}, byte {byte}): guarda el archivo como UTF-8.',
    noFile: 'No existe el archivo.',
    permission: 'No se puede leer el archivo: permiso denegado.',
    loop: 'No se puede leer el archivo: demasiados enlaces simbólicos (¿un bucle?).',
    unreadable: 'No se puede leer el archivo: {detail}.',
    emptyValue: '`{name}` está vacío en esta fila y la plantilla lo necesita.',
    overLimit: 'La nota tiene {length} caracteres, {excess} más que el límite de {limit} (no se corta).',
    nearLimit: 'La nota tiene {length} caracteres, {left} por debajo del límite de {limit}.',
    dataPlaceholder: '`{name}` contiene un marcador ({shape}) en vez de un valor.',
    shouting: '`{name}` está en mayúsculas en esta fila: escribe {{nameCase {name}}} en la plantilla para arreglarlo.',
    whispering: '`{name}` está en minúsculas en esta fila: escribe {{nameCase {name}}} en la plantilla para arreglarlo.',
    duplicate: 'La misma URL de perfil que la fila {row}: esta persona recibiría dos invitaciones.',
    ragged: 'La fila tiene {fields} campos y la cabecera {columns}.',
    swallowed: ' Va de la línea {from} a la {to}: probablemente quedó una comilla abierta.',
    hidden: 'Un perfil oculto: LinkedIn exportó solo la fecha, así que no hay a quién escribir.',
    malformed: 'La línea {line} no se pudo leer: {reason}.',
    generateRows: '{rows} {rowWord}: {ok} correctas, {warnings} con avisos, {errors} con errores.',
    row: 'fila|filas',
    generateLongest: 'Nota más larga: {longest} caracteres (límite {limit}); {near} a menos de {margin} caracteres del límite.',
    generateSame: 'Aviso: el {share}% de las filas da exactamente la misma nota: la personalización está vacía o es constante, y parece automático.',
    generateFree: 'Las cuentas gratuitas solo pueden añadir nota a unas 5 invitaciones al mes: envía el resto desde una cuenta Premium o sin nota a propósito.',
    generateTemplateErrors: 'La plantilla tiene errores (arriba): corrígelos antes de enviar.',
    generateNoRows: 'El CSV tiene cabecera pero ninguna fila.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type MessageId = keyof (typeof MESSAGES)['en'];

/** Put a CLI message in words. Plural pairs (`word|words`) are picked with `plural`. */
export function say(locale: Locale, id: MessageId, data?: Record<string, string | number>): string {
  return fillSlots(MESSAGES[locale][id], data);
}

export function plural(locale: Locale, id: 'problem' | 'error' | 'warning' | 'row', count: number): string {
  const [one, many] = MESSAGES[locale][id].split('|');
  return (count === 1 ? one : many) ?? '';
}

/** `--locale`, else the environment (LC_ALL, LC_MESSAGES, LANG: `es_ES.UTF-8` → es), else English. */
export function localeFrom(flag: string | undefined, configured: Locale | undefined, env: NodeJS.ProcessEnv): Locale {
  if (flag === 'en' || flag === 'es') return flag;
  if (configured) return configured;
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return tag.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export const messageIds = { en: Object.keys(MESSAGES.en), es: Object.keys(MESSAGES.es) };
