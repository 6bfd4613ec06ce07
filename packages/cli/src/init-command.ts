import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Account } from '@invite-lint/core';
import { CONFIG_NAMES } from '@invite-lint/config';
import type { Io } from './lint-command.js';
import { UsageError } from './usage-error.js';

export interface InitOptions {
  account?: Account;
  /** Whether standard input is a terminal someone can answer on. */
  interactive: boolean;
}

/** `invite-lint init`: a commented starter config in the current folder. */
export async function initCommand(options: InitOptions, io: Io): Promise<number> {
  const existing = CONFIG_NAMES.filter((name) => name !== 'package.json').find((name) => existsSync(join(io.cwd, name)));
  if (existing) throw new UsageError(`${existing} already exists here: edit it, or remove it to start again.`);
  const account = options.account ?? (options.interactive ? await askAccount(io) : undefined);
  const chosen: Account = account ?? 'premium';
  writeFileSync(join(io.cwd, 'invite-lint.config.yaml'), starterConfig(chosen));
  if (!account) io.stderr('Standard input is not a terminal, so the account was not asked: premium (300 characters) assumed; run with --account free to change it.\n');
  io.stdout(`Wrote invite-lint.config.yaml (${chosen} account, ${chosen === 'free' ? 200 : 300} characters). Run \`invite-lint .\` to lint this folder.\n`);
  return 0;
}

async function askAccount(io: Io): Promise<Account | undefined> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    for (;;) {
      const answer = (await prompt.question('Do you send invitations from a free or a Premium account? [free/premium] (premium) ')).trim().toLowerCase();
      if (answer === '' || answer.startsWith('p')) return 'premium';
      if (answer.startsWith('f')) return 'free';
      io.stderr('Please answer "free" or "premium".\n');
    }
  } finally {
    prompt.close();
  }
}

function starterConfig(account: Account): string {
  return `# invite-lint configuration. Schema for editor completion:
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
`;
}
