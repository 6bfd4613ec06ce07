import type { Locale } from '@invite-lint/core/internal';

/** Every word the command line's help shows, in each locale: descriptions, Commander's titles and its errors. */
const CLI_TEXT = {
  en: {
    program: 'Lint LinkedIn invitation notes and templates.',
    version: 'print the version number',
    help: 'show this help',
    helpCommand: 'show help for a command',
    titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global Options:' },
    usage: { '[options]': '[options]', '[command]': '[command]' },
    choices: 'choices',
    default: 'default',
    examples: 'Examples',
    common: {
      outputFile: 'write the report to a file instead of standard output',
      sameAsOutputFile: 'same as --output-file',
      account: 'free (200 characters) or premium (300)',
      limit: 'character limit, overriding --account',
      noColor: 'never colour the output',
      locale: 'language of messages (else LANG)',
      textOrJson: 'text or json',
    },
    lint: {
      description: 'Lint notes (.txt, .md) and templates (.hbs) in the given files, folders or globs.',
      paths: 'files, folders or globs (a path spelled like a subcommand is written ./new)',
      format: 'output format',
      stdin: 'lint standard input',
      stdinFilename: 'the file name standard input stands for (picks the file type)',
      maxWarnings: 'exit with 1 when there are more warnings than this',
      quiet: 'report errors only',
      degree: 'relationship degree of the recipients: 1, 2 or 3',
      lang: 'language of the notes (en, es, …) instead of detecting it',
      config: 'use this config file for every file (no search)',
      noConfig: 'use the recommended rules only, ignoring config files',
      rule: 'set a rule, e.g. "max-length: warn" or "near-max-length: [warn, {margin: 5}]" (repeatable)',
      ignorePattern: 'skip files matching this gitignore-style pattern (repeatable)',
      printConfig: 'print the configuration that applies to a file, and exit',
      listRules: 'list the rules (with --format json, as JSON), and exit',
      locale: 'language of messages (else the config, else LANG)',
      fix: 'apply the fixes that are certain, writing the files',
      fixDryRun: 'apply them in memory only: the json format shows the fixed text as `output`',
    },
    generate: {
      description: "Write a checked note for every row of a CSV (LinkedIn's Connections.csv or any other) from a template.",
      template: 'a template file, or a library id such as event/en-1 (see `invite-lint templates`)',
      csv: 'the contacts, one per row, with a header line',
      outputFile: 'write the notes to a file instead of standard output',
      format: 'jsonl (one JSON record per row) or csv',
      account: 'free (200 characters) or premium (300): the account you send from',
      map: 'fill a template variable from a column with another name (repeatable)',
      set: 'give a template variable one value for every row, e.g. --set mutualContact="Dana Ruiz" (repeatable)',
      lang: 'the template language, when its front matter does not say',
      degree: 'relationship degree of the contacts, when the template does not say',
    },
    audit: {
      description: "Review the invitations in LinkedIn's Invitations.csv: what you sent (stock text, no reason, too long) and what you received, best first.",
      file: "Invitations.csv from LinkedIn's data export",
      direction: 'which invitations: those you sent, received, or both',
      format: 'report format',
      degree: 'check the notes as sent at this degree (the degree rules are silent without it)',
      locale: 'language of the report (else LANG)',
    },
    new: {
      description: 'Write a note: asks the language, your account, the degree, their first name, what you have in common, and the facts it needs.',
      answers: 'the answers as one JSON object, without asking (- reads standard input)',
      format: 'text or json ({note, length, limit, template, alternatives})',
      copy: 'put the note on the clipboard where a clipboard tool exists',
      locale: 'language of the questions (else LANG)',
    },
    explain: {
      description: 'Explain a rule: what it checks, why, examples that pass and fail, its options.',
      rule: 'a rule id, e.g. require-shared-contact',
      format: "text (the rule's documentation) or json",
    },
    init: {
      description: 'Write a commented starter invite-lint.config.yaml here, asking whether you send from a free or a Premium account.',
      account: 'free or premium, without asking',
    },
    templates: {
      description: 'List the template library: id, scenario, language, degree, account and typical length.',
      show: "Show a library template: its text, scenario, degree, language, account, variables, what LinkedIn's export gives and what you add, and a command line to try it.",
      id: 'a library id, e.g. mutual-contact/en-1',
      locale: 'language of the labels (else LANG)',
    },
    mcp: {
      description: 'Serve invite-lint to AI assistants: a Model Context Protocol server on standard input and output, with tools to check notes and files, explain rules and write notes from templates.',
      locale: 'language of messages when a call gives none (else LANG)',
      root: 'the folder lint_files reads, and nothing outside it (default: the current folder)',
    },
  },
  es: {
    program: 'Revisa notas y plantillas de invitación de LinkedIn.',
    version: 'muestra el número de versión',
    help: 'muestra esta ayuda',
    helpCommand: 'muestra la ayuda de un comando',
    titles: { 'Usage:': 'Uso:', 'Arguments:': 'Argumentos:', 'Options:': 'Opciones:', 'Commands:': 'Comandos:', 'Global Options:': 'Opciones globales:' },
    usage: { '[options]': '[opciones]', '[command]': '[comando]' },
    choices: 'valores',
    default: 'por omisión',
    examples: 'Ejemplos',
    common: {
      outputFile: 'escribe el informe en un archivo en vez de en la salida estándar',
      sameAsOutputFile: 'igual que --output-file',
      account: 'free (200 caracteres) o premium (300)',
      limit: 'límite de caracteres, por encima de --account',
      noColor: 'nunca colorea la salida',
      locale: 'idioma de los mensajes (si no, LANG)',
      textOrJson: 'text o json',
    },
    lint: {
      description: 'Revisa notas (.txt, .md) y plantillas (.hbs) de los archivos, carpetas o patrones dados.',
      paths: 'archivos, carpetas o patrones (una ruta que se escribe como un subcomando va como ./new)',
      format: 'formato de salida',
      stdin: 'revisa la entrada estándar',
      stdinFilename: 'el nombre de archivo que representa la entrada estándar (elige el tipo de archivo)',
      maxWarnings: 'termina con 1 cuando haya más avisos que este número',
      quiet: 'informa solo de los errores',
      degree: 'grado de relación con los destinatarios: 1, 2 o 3',
      lang: 'idioma de las notas (en, es, …) en vez de detectarlo',
      config: 'usa este archivo de configuración para todos los archivos (sin buscar)',
      noConfig: 'usa solo las reglas recomendadas, sin archivos de configuración',
      rule: 'fija una regla, p. ej. "max-length: warn" o "near-max-length: [warn, {margin: 5}]" (repetible)',
      ignorePattern: 'salta los archivos que coincidan con este patrón al estilo de gitignore (repetible)',
      printConfig: 'muestra la configuración que se aplica a un archivo y termina',
      listRules: 'lista las reglas (con --format json, como JSON) y termina',
      locale: 'idioma de los mensajes (si no, la configuración; si no, LANG)',
      fix: 'aplica las correcciones seguras y escribe los archivos',
      fixDryRun: 'las aplica solo en memoria: el formato json muestra el texto corregido en `output`',
    },
    generate: {
      description: 'Escribe una nota revisada por cada fila de un CSV (el Connections.csv de LinkedIn o cualquier otro) a partir de una plantilla.',
      template: 'un archivo de plantilla, o un id de la biblioteca como event/es-1 (ver `invite-lint templates`)',
      csv: 'los contactos, uno por fila, con una línea de cabecera',
      outputFile: 'escribe las notas en un archivo en vez de en la salida estándar',
      format: 'jsonl (un registro JSON por fila) o csv',
      account: 'free (200 caracteres) o premium (300): la cuenta desde la que envías',
      map: 'rellena una variable de la plantilla con una columna de otro nombre (repetible)',
      set: 'da a una variable de la plantilla un valor para todas las filas, p. ej. --set mutualContact="Dana Ruiz" (repetible)',
      lang: 'el idioma de la plantilla, cuando su cabecera no lo dice',
      degree: 'grado de relación con los contactos, cuando la plantilla no lo dice',
    },
    audit: {
      description: 'Repasa las invitaciones del Invitations.csv de LinkedIn: lo que enviaste (texto estándar, sin motivo, demasiado largo) y lo que recibiste, lo mejor primero.',
      file: 'el Invitations.csv de la exportación de datos de LinkedIn',
      direction: 'qué invitaciones: las que enviaste, las que recibiste o ambas',
      format: 'formato del informe',
      degree: 'revisa las notas como enviadas con este grado (sin él, las reglas de grado no dicen nada)',
      locale: 'idioma del informe (si no, LANG)',
    },
    new: {
      description: 'Escribe una nota: pregunta el idioma, tu cuenta, el grado, su nombre, qué tenéis en común y los datos que necesita.',
      answers: 'las respuestas como un objeto JSON, sin preguntar (- lee la entrada estándar)',
      format: 'text o json ({note, length, limit, template, alternatives})',
      copy: 'copia la nota al portapapeles donde haya una herramienta para ello',
      locale: 'idioma de las preguntas (si no, LANG)',
    },
    explain: {
      description: 'Explica una regla: qué comprueba, por qué, ejemplos que pasan y que fallan, y sus opciones.',
      rule: 'el id de una regla, p. ej. require-shared-contact',
      format: 'text (la documentación de la regla) o json',
    },
    init: {
      description: 'Escribe aquí un invite-lint.config.yaml inicial comentado, preguntando si envías desde una cuenta gratuita o Premium.',
      account: 'free o premium, sin preguntar',
    },
    templates: {
      description: 'Lista la biblioteca de plantillas: id, escenario, idioma, grado, cuenta y longitud típica.',
      show: 'Muestra una plantilla de la biblioteca: su texto, escenario, grado, idioma, cuenta, variables, lo que da la exportación de LinkedIn y lo que añades tú, y una línea de comando para probarla.',
      id: 'el id de una plantilla, p. ej. mutual-contact/es-1',
      locale: 'idioma de las etiquetas (si no, LANG)',
    },
    mcp: {
      description: 'Ofrece invite-lint a asistentes de IA: un servidor Model Context Protocol por la entrada y la salida estándar, con herramientas para revisar notas y archivos, explicar reglas y escribir notas con plantillas.',
      locale: 'idioma de los mensajes cuando una llamada no lo da (si no, LANG)',
      root: 'la carpeta que lee lint_files, y nada fuera de ella (por omisión: la carpeta actual)',
    },
  },
} as const satisfies Record<Locale, unknown>;

export type CliText = (typeof CLI_TEXT)[Locale];

export function cliText(locale: Locale): CliText {
  return CLI_TEXT[locale];
}

/** Commander's own errors, in Spanish: the words of each, then how to say it. */
const SPANISH_ERRORS: readonly [RegExp, string][] = [
  [/^error: unknown option '([^']*)'(.*)$/s, "error: opción desconocida '$1'$2"],
  [/^error: unknown command '([^']*)'(.*)$/s, "error: comando desconocido '$1'$2"],
  [/^error: missing required argument '([^']*)'/, "error: falta el argumento obligatorio '$1'"],
  [/^error: required option '([^']*)' not specified/, "error: falta la opción obligatoria '$1'"],
  [/^error: option '([^']*)' argument missing/, "error: a la opción '$1' le falta su valor"],
  // Commander ends its messages with a line break, which `$` alone does not match before.
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.(\n?)$/s, "error: el valor '$2' de la opción '$1' no es válido. Valores admitidos: $3.$4"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. (.*)$/s, "error: el valor '$2' de la opción '$1' no es válido: $3"],
  [/^error: too many arguments(.*)$/s, 'error: demasiados argumentos$1'],
  [/expected a whole number\./, 'se esperaba un número entero.'],
  [/expected a number above 0\./, 'se esperaba un número mayor que 0.'],
  [/expected 1, 2 or 3\./, 'se esperaba 1, 2 o 3.'],
  [/\(Did you mean one of (.*)\?\)/, '(¿quizá una de $1?)'],
  [/\(Did you mean (.*)\?\)/, '(¿quizá $1?)'],
];

/** A Commander error message in the locale of the run. */
export function commanderError(locale: Locale, message: string): string {
  if (locale === 'en') return message;
  return SPANISH_ERRORS.reduce((text, [pattern, spanish]) => text.replace(pattern, spanish), message);
}
