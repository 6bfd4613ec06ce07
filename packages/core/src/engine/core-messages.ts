import type { Locale } from '../settings.js';
import { fillSlots } from './messages.js';

/** The engine's own messages (not a rule's), in every locale, with `{name}` slots. */
const CORE_MESSAGES = {
  en: {
    frontMatterUnclosed: 'Front matter opened on line 1 is never closed: add a line with `---` after it.',
    frontMatterYaml: 'Invalid YAML in front matter: {detail}',
    frontMatterDuplicate: '`{key}` is declared twice in the front matter: keep one.',
    frontMatterNotMap: 'Front matter must be a list of `key: value` lines.',
    degree: '`degree` must be 1, 2 or 3, not {value}.',
    lang: '`lang` must be a language tag such as `en` or `es`, not {value}.',
    scenario: '`scenario` must be a name such as `event`, not {value}.',
    account: '`account` must be `free` (200 characters) or `premium` (300), not {value}.',
    limit: '`limit` must be a whole number of characters above 0, not {value}.',
    disable: '`disable` must be a rule id or a list of rule ids.',
    variables: '`variables` must map each variable name to its description, maxLength, sample and required.',
    variable: 'Variable `{name}` must be a description or an object with maxLength, sample, required.',
    variableRequired: '`required` of variable `{name}` must be true or false, not {value}.',
    variableMaxLength: '`maxLength` of variable `{name}` must be a whole number above 0, not {value}.',
    unknownDisable: 'Unknown rule `{rule}` in `disable`: run `invite-lint --list-rules` for the ids.',
    ruleFailed: 'Rule `{rule}` failed on this file ({detail}); please report it.',
    blankNote: 'The note is empty: write the message to send.',
    blankTemplate: 'The template is empty: write the note it should produce.',
    templateMismatch: 'Template syntax error: `{{#{opened}}}` is closed by `{{/{closed}}}`; close it with `{{/{opened}}}`.',
    templateUnclosedBlock: 'Template syntax error: a block is opened but never closed; add its `{{/…}}`.',
    templateUnclosedTag: 'Template syntax error: the template ends inside a `{{…}}` tag; close it with `}}`.',
    templateInvalid: 'Template syntax error: a `{{…}}` tag is not closed or has a character that is not allowed; write it as `{{name}}`.',
    templateTooDeep: 'The template nests blocks or subexpressions {depth} deep, more than the {limit} a note can need: flatten it.',
    templateEmpty: 'Template syntax error: an empty `{{}}`; put a variable name inside it or remove it.',
    templateStrayClose: 'Template syntax error: a `{{/…}}` closes a block that was never opened; remove it or add the `{{#…}}`.',
    templateElse: 'Template syntax error: `{{else}}` outside a block; move it inside `{{#if …}}…{{/if}}`.',
    templateUnexpected: 'Template syntax error: unexpected {token} here.',
    directiveUnknown: 'Unknown rule `{rule}` in {directive}: run `invite-lint --list-rules` for the ids.',
    directiveUnused: 'Unused {directive} directive: no problem was reported here; remove it.',
    directiveUnusedRule: 'Unused {directive} directive: no `{rule}` problem was reported here; remove it.',
    kind: '`kind` must be `invitation` or `message`, not {value}.',
    noteCommentKey: 'Unknown setting `{key}` in the invite-lint comment: use degree, account, limit, lang or kind.',
    noteCommentSyntax: 'The invite-lint comment cannot read `{text}`: write settings as `key: value`, such as `degree: 3 account: free`.',
    noteCommentAlone: 'This invite-lint comment is not right above a note: put it on the line before a fenced code block, a blockquote or a paragraph.',
    fenceUnclosed: 'This code block is never closed, so the rest of the file would be its text: close it with a line of {fence}.',
  },
  es: {
    frontMatterUnclosed: 'El front matter abierto en la línea 1 no se cierra nunca: añade una línea con `---` detrás.',
    frontMatterYaml: 'YAML no válido en el front matter: {detail}',
    frontMatterDuplicate: '`{key}` está declarado dos veces en el front matter: deja uno.',
    frontMatterNotMap: 'El front matter debe ser una lista de líneas `clave: valor`.',
    degree: '`degree` debe ser 1, 2 o 3, no {value}.',
    lang: '`lang` debe ser una etiqueta de idioma como `en` o `es`, no {value}.',
    scenario: '`scenario` debe ser un nombre como `event`, no {value}.',
    account: '`account` debe ser `free` (200 caracteres) o `premium` (300), no {value}.',
    limit: '`limit` debe ser un número entero de caracteres mayor que 0, no {value}.',
    disable: '`disable` debe ser el id de una regla o una lista de ids.',
    variables: '`variables` debe asociar cada variable a su description, maxLength, sample y required.',
    variable: 'La variable `{name}` debe ser una descripción o un objeto con maxLength, sample, required.',
    variableRequired: '`required` de la variable `{name}` debe ser true o false, no {value}.',
    variableMaxLength: '`maxLength` de la variable `{name}` debe ser un número entero mayor que 0, no {value}.',
    unknownDisable: 'Regla desconocida `{rule}` en `disable`: `invite-lint --list-rules` muestra los ids.',
    ruleFailed: 'La regla `{rule}` falló en este archivo ({detail}); por favor, infórmanos.',
    blankNote: 'La nota está vacía: escribe el mensaje que quieres enviar.',
    blankTemplate: 'La plantilla está vacía: escribe la nota que debe producir.',
    templateMismatch: 'Error de sintaxis en la plantilla: `{{#{opened}}}` se cierra con `{{/{closed}}}`; ciérralo con `{{/{opened}}}`.',
    templateUnclosedBlock: 'Error de sintaxis en la plantilla: un bloque se abre y no se cierra; añade su `{{/…}}`.',
    templateUnclosedTag: 'Error de sintaxis en la plantilla: la plantilla termina dentro de una etiqueta `{{…}}`; ciérrala con `}}`.',
    templateInvalid: 'Error de sintaxis en la plantilla: una etiqueta `{{…}}` no se cierra o tiene un carácter no permitido; escríbela como `{{nombre}}`.',
    templateTooDeep: 'La plantilla anida bloques o subexpresiones {depth} niveles, más de los {limit} que puede necesitar una nota: simplifícala.',
    templateEmpty: 'Error de sintaxis en la plantilla: un `{{}}` vacío; pon dentro el nombre de una variable o quítalo.',
    templateStrayClose: 'Error de sintaxis en la plantilla: un `{{/…}}` cierra un bloque que nunca se abrió; quítalo o añade el `{{#…}}`.',
    templateElse: 'Error de sintaxis en la plantilla: `{{else}}` fuera de un bloque; muévelo dentro de `{{#if …}}…{{/if}}`.',
    templateUnexpected: 'Error de sintaxis en la plantilla: {token} inesperado aquí.',
    directiveUnknown: 'Regla desconocida `{rule}` en {directive}: `invite-lint --list-rules` muestra los ids.',
    directiveUnused: 'Directiva {directive} sin uso: aquí no se informó de ningún problema; quítala.',
    directiveUnusedRule: 'Directiva {directive} sin uso: aquí no se informó de ningún problema de `{rule}`; quítala.',
    kind: '`kind` debe ser `invitation` o `message`, no {value}.',
    noteCommentKey: 'Ajuste desconocido `{key}` en el comentario de invite-lint: usa degree, account, limit, lang o kind.',
    noteCommentSyntax: 'El comentario de invite-lint no entiende `{text}`: escribe los ajustes como `clave: valor`, por ejemplo `degree: 3 account: free`.',
    noteCommentAlone: 'Este comentario de invite-lint no está justo encima de una nota: ponlo en la línea anterior a un bloque de código, una cita o un párrafo.',
    fenceUnclosed: 'Este bloque de código no se cierra nunca, así que el resto del archivo sería su texto: ciérralo con una línea de {fence}.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type CoreMessageId = keyof (typeof CORE_MESSAGES)['en'];

/** A message of the engine's own, to be put in words in the run's locale. */
export interface CoreMessage {
  id: CoreMessageId;
  data?: Record<string, string | number>;
}

export function coreMessage(locale: Locale, message: CoreMessage): string {
  return fillSlots(CORE_MESSAGES[locale][message.id], message.data);
}

export const coreMessageIds = { en: Object.keys(CORE_MESSAGES.en), es: Object.keys(CORE_MESSAGES.es) };
