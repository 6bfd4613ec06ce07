import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Account, Degree, NoteSettings, RulesConfig } from '@invite-lint/core';

const ACCOUNTS: Account[] = ['free', 'premium'];
import type { GenerateOptions } from './generate/generate-command.js';
import type { Io } from './lint-command.js';
import { UsageError } from './usage-error.js';
import { visible } from './visible.js';

/** packages/cli/package.json's version, written in by the bundler (scripts/bundle.js): the CLI only runs bundled. */
declare const INVITE_LINT_VERSION: string;
const version = INVITE_LINT_VERSION;

interface LintFlags {
  format: string;
  outputFile?: string;
  out?: string;
  stdin?: boolean;
  stdinFilename: string;
  maxWarnings?: number;
  quiet?: boolean;
  color: boolean;
  degree?: Degree;
  lang?: string;
  account?: Account;
  limit?: number;
  config?: string;
  /** Commander turns `--no-config` into `config: false`. */
  configFlag?: boolean;
  rule: string[];
  ignorePattern: string[];
  printConfig?: string;
  listRules?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  locale?: string;
}

type GenerateFlags = GenerateOptions & { out?: string };

export function defaultIo(): Io {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stdoutStream: process.stdout,
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    version,
    readStdin: async () => (await import('./read.js')).readStdinCapped(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
}

/**
 * Standard output could not be written (a full disk behind `> file`): the bin's handler says so
 * in one line on standard error, in the language the run was asked for (`--locale`, else the
 * environment), and ends the run with exit 2.
 */
export async function reportStdoutFailure(error: unknown, argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const [{ localeFrom, say }, { writeFailure }] = await Promise.all([import('./messages.js'), import('./output.js')]);
  const at = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const flag = at === -1 ? undefined : (argv[at]?.split('=')[1] ?? argv[at + 1]);
  const locale = localeFrom(flag, undefined, env);
  process.stderr.write(`invite-lint: ${writeFailure(say(locale, 'standardOutput'), error, locale)}\n`);
}

/** Run the CLI with `argv` (without node and the script) and return the exit code. */
export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('invite-lint')
    .description('Lint LinkedIn invitation notes and templates.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command('lint', { isDefault: true })
    .description('Lint notes (.txt, .md) and templates (.hbs) in the given files, folders or globs.')
    .argument('[paths...]', 'files, folders or globs (a path spelled like a subcommand is written ./new)')
    .option('-f, --format <name>', 'output format: stylish, json, compact, github, junit or sarif', 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--out <file>', 'same as --output-file').hideHelp())
    .option('--stdin', 'lint standard input')
    .option('--stdin-filename <name>', 'the file name standard input stands for (picks the file type)', 'stdin.txt')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', wholeNumber)
    .option('--quiet', 'report errors only')
    .option('--no-color', 'never colour the output')
    .option('--degree <n>', 'relationship degree of the recipients: 1, 2 or 3', degreeOf)
    .option('--lang <tag>', 'language of the notes (en, es, …) instead of detecting it')
    .addOption(new Option('--account <type>', 'free (200 characters) or premium (300)').choices(ACCOUNTS))
    .option('--limit <n>', 'character limit, overriding --account', positiveNumber)
    .option('-c, --config <file>', 'use this config file for every file (no search)')
    .option('--no-config', 'use the recommended rules only, ignoring config files')
    .option('--rule <rule>', 'set a rule, e.g. "max-length: warn" or "near-max-length: [warn, {margin: 5}]" (repeatable)', collect, [] as string[])
    .option('--ignore-pattern <pattern>', 'skip files matching this gitignore-style pattern (repeatable)', collect, [] as string[])
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option('--list-rules', 'list the rules (with --format json, as JSON), and exit')
    .addOption(new Option('--locale <locale>', 'language of messages: en or es (else the config, else LANG)').choices(['en', 'es']))
    .option('--fix', 'apply the fixes that are certain, writing the files')
    .option('--fix-dry-run', 'apply them in memory only: the json format shows the fixed text as `output`')
    .addHelpText(
      'after',
      '\nExamples:\n  invite-lint notes/\n  invite-lint --format json "templates/**/*.hbs"\n  cat draft.txt | invite-lint --stdin --degree 2\n  invite-lint --rule "near-max-length: off" --max-warnings 0 notes/\n',
    )
    .action(async (paths: string[], flags: LintFlags) => {
      if (flags.listRules) {
        const { listRules } = await import('./rules-command.js');
        exitCode = listRules(flags.format, io);
        return;
      }
      const settings: NoteSettings = {};
      if (flags.degree !== undefined) settings.degree = flags.degree;
      if (flags.lang !== undefined) settings.lang = flags.lang;
      if (flags.account !== undefined) settings.account = flags.account;
      if (flags.limit !== undefined) settings.limit = flags.limit;
      // Each command's code is loaded when it runs: start-up is paid on every call.
      const configOptions = {
        configFile: flags.config === (false as unknown) ? undefined : flags.config,
        noConfig: (flags.config as unknown) === false,
        rules: await parseRuleFlags(flags.rule),
        ignorePatterns: flags.ignorePattern,
      };
      if (flags.printConfig) {
        const { printConfig } = await import('./rules-command.js');
        exitCode = await printConfig(flags.printConfig, { ...configOptions, settings }, io);
        return;
      }
      const { lintCommand } = await import('./lint-command.js');
      exitCode = await lintCommand(
        paths,
        {
          format: flags.format,
          outputFile: flags.outputFile ?? flags.out,
          stdin: flags.stdin,
          stdinFilename: flags.stdinFilename,
          maxWarnings: flags.maxWarnings,
          quiet: flags.quiet,
          color: flags.color && io.isTTY && !('NO_COLOR' in io.env),
          settings,
          fix: flags.fix,
          fixDryRun: flags.fixDryRun,
          locale: flags.locale,
          ...configOptions,
        },
        io,
      );
    });

  program
    .command('generate')
    .description('Write a checked note for every row of a CSV (LinkedIn\'s Connections.csv or any other) from a template.')
    .requiredOption('--template <file|id>', 'a template file, or a library id such as event/en-1 (see `invite-lint templates`)')
    .requiredOption('--csv <file>', 'the contacts, one per row, with a header line')
    .option('-o, --output-file <file>', 'write the notes to a file instead of standard output')
    .addOption(new Option('--out <file>', 'same as --output-file').hideHelp())
    .addOption(new Option('-f, --format <name>', 'jsonl (one JSON record per row) or csv').default('jsonl'))
    .addOption(new Option('--account <type>', 'free (200 characters) or premium (300): the account you send from').choices(ACCOUNTS))
    .option('--limit <n>', 'character limit, overriding --account', positiveNumber)
    .option('--map <column=variable>', 'fill a template variable from a column with another name (repeatable)', collect, [] as string[])
    .option('--set <variable=value>', 'give a template variable one value for every row, e.g. --set mutualContact="Dana Ruiz" (repeatable)', collect, [] as string[])
    .option('--lang <tag>', 'the template language, when its front matter does not say')
    .option('--degree <n>', 'relationship degree of the contacts, when the template does not say', degreeOf)
    .option('--no-color', 'never colour the output')
    .addOption(new Option('--locale <locale>', 'language of messages: en or es (else LANG)').choices(['en', 'es']))
    .addHelpText(
      'after',
      '\nExamples:\n  invite-lint generate --template event/en-1 --csv Connections.csv -o notes.jsonl\n  invite-lint generate --template mutual-contact/en-1 --csv colleague/Connections.csv --set mutualContact="Dana Ruiz" --set topic="data platforms"\n  invite-lint generate --template my.hbs --csv leads.csv --map "Nombre de pila=firstName" --format csv -o leads-with-notes.csv\n',
    )
    .action(async (flags: GenerateFlags) => {
      const { generateCommand } = await import('./generate/generate-command.js');
      exitCode = await generateCommand({ ...flags, outputFile: flags.outputFile ?? flags.out, color: flags.color && io.stderrIsTTY && !('NO_COLOR' in io.env) }, io);
    });

  program
    .command('audit')
    .description("Review the invitations in LinkedIn's Invitations.csv: what you sent (stock text, no reason, too long) and what you received, best first.")
    .argument('<file>', "Invitations.csv from LinkedIn's data export")
    .addOption(new Option('--direction <which>', 'which invitations: those you sent, received, or both').choices(['all', 'outgoing', 'incoming']).default('all'))
    .addOption(new Option('-f, --format <name>', 'report format').choices(['stylish', 'json', 'csv', 'html']).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--out <file>', 'same as --output-file').hideHelp())
    .option('--degree <n>', 'check the notes as sent at this degree (the degree rules are silent without it)', degreeOf)
    .addOption(new Option('--locale <locale>', 'language of the report: en or es (else LANG)').choices(['en', 'es']))
    .addHelpText('after', '\nExamples:\n  invite-lint audit Invitations.csv\n  invite-lint audit Invitations.csv --direction incoming --format html -o inbox.html\n')
    .action(async (file: string, flags: { direction: string; format: string; outputFile?: string; out?: string; degree?: Degree; locale?: string }) => {
      const { auditCommand } = await import('./audit/audit-command.js');
      exitCode = await auditCommand(file, { ...flags, outputFile: flags.outputFile ?? flags.out }, io);
    });

  program
    .command('new')
    .description('Write a note: asks the language, your account, the degree, their first name, what you have in common, and the facts it needs.')
    .option('--answers <file>', 'the answers as one JSON object, without asking (- reads standard input)')
    .option('-f, --format <name>', 'text or json ({note, length, limit, template, alternatives})', 'text')
    .option('--copy', 'put the note on the clipboard where a clipboard tool exists')
    .addOption(new Option('--locale <locale>', 'language of the questions: en or es (else LANG)').choices(['en', 'es']))
    .addHelpText('after', '\nExamples:\n  invite-lint new\n  echo \'{"lang":"en","account":"free","degree":3,"scenario":"event","firstName":"Ana","event":"PyCon ES","topic":"type hints"}\' | invite-lint new --answers -\n')
    .action(async (flags: { answers?: string; format: string; copy?: boolean; locale?: string }) => {
      const { newCommand } = await import('./new/new-command.js');
      exitCode = await newCommand(flags, io);
    });

  program
    .command('explain')
    .description("Explain a rule: what it checks, why, examples that pass and fail, its options.")
    .argument('<rule>', 'a rule id, e.g. require-shared-contact')
    .option('-f, --format <name>', 'text (the rule\'s documentation) or json', 'text')
    .action(async (rule: string, flags: { format: string }) => {
      const { explainCommand } = await import('./explain-command.js');
      exitCode = explainCommand(rule, flags, io);
    });

  program
    .command('init')
    .description('Write a commented starter invite-lint.config.yaml here, asking whether you send from a free or a Premium account.')
    .addOption(new Option('--account <type>', 'free or premium, without asking').choices(ACCOUNTS))
    .action(async (flags: { account?: Account }) => {
      const { initCommand } = await import('./init-command.js');
      exitCode = await initCommand({ account: flags.account, interactive: io.stdinIsTTY }, io);
    });

  const templates = program
    .command('templates')
    .description('List the template library: id, scenario, language, degree, account and typical length.')
    .option('-f, --format <name>', 'text or json', 'text')
    .addHelpText('after', '\nExamples:\n  invite-lint templates\n  invite-lint templates show mutual-contact/en-1\n')
    .action(async (flags: { format: string }) => {
      const { templatesCommand } = await import('./templates-command.js');
      exitCode = await templatesCommand(flags, io);
    });
  templates
    .command('show')
    .description("Show a library template: its text, scenario, degree, language, account, variables, what LinkedIn's export gives and what you add, and a command line to try it.")
    .argument('<id>', 'a library id, e.g. mutual-contact/en-1')
    .addOption(new Option('--locale <locale>', 'language of the labels: en or es (else LANG)').choices(['en', 'es']))
    // `--format` is the one `templates` has, wherever it is written: Commander gives it to the parent.
    .configureHelp({ showGlobalOptions: true })
    .action(async (id: string, flags: { locale?: string }) => {
      const { showTemplateCommand } = await import('./templates-show.js');
      exitCode = await showTemplateCommand(id, { ...templates.opts<{ format: string }>(), ...flags }, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with Commander's own exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`invite-lint: ${visible(error.message)}\n`);
      return 2;
    }
    const detail = error instanceof Error && io.env.INVITE_LINT_DEBUG ? (error.stack ?? error.message) : String(error);
    io.stderr(`invite-lint: an internal error stopped the run; please report it.\n${visible(detail).replace(/\u240a/g, '\n')}\n`);
    return 2;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function parseRuleFlags(entries: string[]): Promise<RulesConfig> {
  if (entries.length === 0) return {};
  const config = await import('@invite-lint/config');
  try {
    return config.parseRuleFlags(entries);
  } catch (error) {
    throw new UsageError(error instanceof config.ConfigError ? error.message : String(error));
  }
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

function positiveNumber(value: string): number {
  const number = wholeNumber(value);
  if (number === 0) throw new InvalidArgumentError('expected a number above 0.');
  return number;
}

function degreeOf(value: string): Degree {
  if (value !== '1' && value !== '2' && value !== '3') throw new InvalidArgumentError('expected 1, 2 or 3.');
  return Number(value) as Degree;
}
