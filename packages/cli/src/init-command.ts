import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Account, Locale } from '@invite-lint/core/internal';
import { CONFIG_NAMES } from '@invite-lint/config';
import type { Io } from './io.js';
import { localeFrom, say } from './messages.js';
import { UsageError } from './usage-error.js';

export interface InitOptions {
  account?: Account | undefined;
  locale?: string | undefined;
  /** Whether standard input is a terminal someone can answer on. */
  interactive: boolean;
}

/** `invite-lint init`: a commented starter config in the current folder. */
export async function initCommand(options: InitOptions, io: Io): Promise<number> {
  const locale = localeFrom(options.locale, undefined, io.env);
  const existing = CONFIG_NAMES.filter((name) => name !== 'package.json').find((name) => existsSync(join(io.cwd, name)));
  if (existing) throw new UsageError(say(locale, 'initExists', { file: existing }));
  const account = options.account ?? (options.interactive ? await askAccount(io, locale) : undefined);
  const chosen: Account = account ?? 'premium';
  writeFileSync(join(io.cwd, 'invite-lint.config.yaml'), STARTER_CONFIGS[locale](chosen));
  if (!account) io.stderr(`${say(locale, 'initNotAsked')}\n`);
  io.stdout(`${say(locale, 'initWrote', { account: chosen, limit: chosen === 'free' ? 200 : 300 })}\n`);
  return 0;
}

async function askAccount(io: Io, locale: Locale): Promise<Account | undefined> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    for (;;) {
      const answer = (await prompt.question(`${say(locale, 'initAsk')} `)).trim().toLowerCase();
      if (answer === '' || answer.startsWith('p')) return 'premium';
      if (answer.startsWith('f') || answer.startsWith('g')) return 'free';
      io.stderr(`${say(locale, 'initAnswer')}\n`);
    }
  } finally {
    prompt.close();
  }
}

/** The starter config, its comments in the run's language (the keys and values are the same). */
const STARTER_CONFIGS: Readonly<Record<Locale, (account: Account) => string>> = {
  en: (account) => `# invite-lint configuration. Schema for editor completion:
# https://github.com/invite-lint/invite-lint/blob/main/packages/config/schema.json
#
# One block, or a list of blocks applied in order. Every rule of \`recommended\` is on
# unless a block turns it off.

# Your account sets the character limit: free = 200, premium = 300.
account: ${account}

# The relationship degree of most recipients (1, 2 or 3). With 2, notes must name the
# person you have in common; with 3, they must give a context (a named event, studies in
# common, a post you both commented on, a concrete offer). Notes can say otherwise in front
# matter (degree: 3).
# degree: 2

# The language of invite-lint's messages: en or es.
# locale: es

rules:
  # Each rule: off, warn or error, or [severity, options]. \`invite-lint --list-rules\` lists
  # them and \`invite-lint explain <rule>\` explains one.
  near-max-length: [warn, { margin: 10 }]
  # no-default-text: error
  # require-reason: error

# A list instead of one block lets parts of the folder differ, for example:
# - account: ${account}
# - files: ["es/**"]
#   lang: es
#   locale: es
# - ignores: ["drafts/**"]
`,
  es: (account) => `# Configuración de invite-lint. Esquema para que el editor complete:
# https://github.com/invite-lint/invite-lint/blob/main/packages/config/schema.json
#
# Un bloque, o una lista de bloques que se aplican en orden. Todas las reglas de
# \`recommended\` están activas salvo que un bloque las apague.

# Tu cuenta fija el límite de caracteres: free = 200, premium = 300.
account: ${account}

# El grado de relación de la mayoría de destinatarios (1, 2 o 3). Con 2, las notas deben
# nombrar a la persona que tenéis en común; con 3, deben dar un contexto (un evento con
# nombre, estudios en común, una publicación que comentasteis, una oferta concreta). Cada
# nota puede decir otra cosa en su cabecera (degree: 3).
# degree: 2

# El idioma de los mensajes de invite-lint: en o es.
locale: es

rules:
  # Cada regla: off, warn o error, o [gravedad, opciones]. \`invite-lint --list-rules\` las
  # lista e \`invite-lint explain <regla> --locale es\` explica una.
  near-max-length: [warn, { margin: 10 }]
  # no-default-text: error
  # require-reason: error

# Una lista en vez de un bloque permite que partes de la carpeta difieran, por ejemplo:
# - account: ${account}
# - files: ["en/**"]
#   lang: en
# - ignores: ["borradores/**"]
`,
};
