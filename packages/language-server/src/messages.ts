import { fillSlots, type Locale } from '@invite-lint/core/internal';
import { MAX_HEADER_BYTES, MAX_MESSAGE_BYTES, type FrameProblem } from './frames.js';

/** The server's own words (usage, and why it stops), on its standard streams. */
const MESSAGES = {
  en: {
    usage: `Usage: invite-lint-language-server --stdio

The invite-lint language server: lints LinkedIn invitation notes and templates as you type, in
any editor that speaks the Language Server Protocol. Editors start it themselves; see "In your
editor" in invite-lint's README for VS Code, Neovim and others.

Options:
  --stdio            talk to the editor over standard input and output
  --node-ipc         talk over Node's IPC channel
  --socket=PORT      talk over a TCP socket on this port
  --pipe=NAME        talk over a named pipe
  -h, --help         print this help and exit
`,
    stopping: 'invite-lint-language-server: stopping: the editor sent a message the server cannot read ({problem}), and nothing after it can be read either.',
    noLength: 'no Content-Length header',
    notANumber: 'Content-Length "{value}" is not a number of bytes',
    tooLong: 'Content-Length {value} is over the {limit} MB a message may have',
    headerTooLong: 'a header of over {limit} bytes, never ended by a blank line',
    noColon: 'a header line without a colon: "{line}"',
    optIn: 'invite-lint does not check {file}: in the editor a plain .txt, .md or .hbs file is a note only when it starts with front matter (---), is named *.invite.txt (or .md, .hbs), or matches `files` in invite-lint.config.json.',
  },
  es: {
    usage: `Uso: invite-lint-language-server --stdio

El servidor de lenguaje de invite-lint: revisa notas y plantillas de invitación de LinkedIn
mientras escribes, en cualquier editor que hable el Language Server Protocol. Los editores lo
arrancan solos; consulta «In your editor» en el README de invite-lint para VS Code, Neovim y otros.

Opciones:
  --stdio            hablar con el editor por la entrada y la salida estándar
  --node-ipc         hablar por el canal IPC de Node
  --socket=PUERTO    hablar por un socket TCP en ese puerto
  --pipe=NOMBRE      hablar por una tubería con nombre
  -h, --help         mostrar esta ayuda y salir
`,
    stopping: 'invite-lint-language-server: se detiene: el editor envió un mensaje que el servidor no puede leer ({problem}), y lo que venga después tampoco.',
    noLength: 'sin cabecera Content-Length',
    notANumber: 'Content-Length "{value}" no es un número de bytes',
    tooLong: 'Content-Length {value} supera los {limit} MB que puede tener un mensaje',
    headerTooLong: 'una cabecera de más de {limit} bytes que no termina en una línea en blanco',
    noColon: 'una línea de cabecera sin dos puntos: "{line}"',
    optIn: 'invite-lint no revisa {file}: en el editor un archivo .txt, .md o .hbs es una nota solo si empieza con front matter (---), se llama *.invite.txt (o .md, .hbs) o coincide con `files` en invite-lint.config.json.',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export const messageIds = { en: Object.keys(MESSAGES.en), es: Object.keys(MESSAGES.es) };

export function usage(locale: Locale): string {
  return MESSAGES[locale].usage;
}

/** Why the server stops at a broken frame, in one line. */
export function brokenFrame(locale: Locale, problem: FrameProblem): string {
  const limits = { limit: problem.id === 'tooLong' ? MAX_MESSAGE_BYTES / 1024 / 1024 : MAX_HEADER_BYTES };
  const { id, ...data } = problem;
  return fillSlots(MESSAGES[locale].stopping, { problem: fillSlots(MESSAGES[locale][id], { ...limits, ...data }) });
}

/** Why a plain text file is not linted, and how to make it a note. */
export function optInMessage(locale: Locale, file: string): string {
  return fillSlots(MESSAGES[locale].optIn, { file });
}
