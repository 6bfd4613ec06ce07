import { Command, CommanderError, InvalidArgumentError, Option, type HelpConfiguration } from 'commander';
import type { Account, Degree, Locale, NoteSettings, RulesConfig } from '@invite-lint/core/internal';
// Settings alone, not core's barrel: help and --version need no rule loaded.
import { LOCALES } from '@invite-lint/core/settings';
import { AUDIT_FORMATS } from './audit/formats/names.js';
import { cliText, commanderError, type CliText } from './cli-text.js';
import { FORMATTER_NAMES } from './formatters/names.js';

const ACCOUNTS: Account[] = ['free', 'premium'];
import type { GenerateOptions } from './generate/generate-command.js';
import type { Io } from './io.js';
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
    // Asked when needed: making process.stdin loads Node's file streams and their promises
    // API, about 4 ms of a run that reads no input.
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
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
  const [{ say }, { writeFailure }] = await Promise.all([import('./messages.js'), import('./output.js')]);
  const locale = await runLocale(argv, env);
  process.stderr.write(`invite-lint: ${writeFailure(say(locale, 'standardOutput'), error, locale)}\n`);
}

/** The language the run was asked for before any command reads its config: `--locale`, else the environment. */
async function runLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<Locale> {
  const { localeFrom } = await import('./messages.js');
  const at = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const flag = at === -1 ? undefined : (argv[at]?.split('=')[1] ?? argv[at + 1]);
  return localeFrom(flag, undefined, env);
}

/** Commander's help in the run's language: its titles, and the words around choices and defaults. */
function helpIn(t: CliText): HelpConfiguration {
  const usage = (text: string) => text.replace(/\[options\]|\[command\]/g, (word) => t.usage[word as keyof CliText['usage']]);
  return {
    styleTitle: (title) => t.titles[title as keyof CliText['titles']] ?? title,
    styleUsage: usage,
    styleSubcommandTerm: usage,
    optionDescription: (option) => {
      const extra = [
        ...(option.argChoices ? [`${t.choices}: ${option.argChoices.join(', ')}`] : []),
        ...(option.defaultValue !== undefined && (option.required || option.optional) ? [`${t.default}: ${String(option.defaultValue)}`] : []),
      ];
      return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
    },
  };
}

/** Run the CLI with `argv` (without node and the script) and return the exit code. */
export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  let exitCode = 0;
  const locale = await runLocale(argv, io.env);
  const t = cliText(locale);
  const program = new Command('invite-lint')
    .description(t.program)
    .version(version, '-v, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(commanderError(locale, message)) })
    .configureHelp(helpIn(t));

  program
    .command('lint', { isDefault: true })
    .description(t.lint.description)
    .argument('[paths...]', t.lint.paths)
    .addOption(new Option('-f, --format <name>', t.lint.format).choices(FORMATTER_NAMES).default('stylish'))
    .option('-o, --output-file <file>', t.common.outputFile)
    .addOption(new Option('--out <file>', t.common.sameAsOutputFile).hideHelp())
    .option('--stdin', t.lint.stdin)
    .option('--stdin-filename <name>', t.lint.stdinFilename, 'stdin.txt')
    .option('--max-warnings <n>', t.lint.maxWarnings, wholeNumber)
    .option('--quiet', t.lint.quiet)
    .option('--no-color', t.common.noColor)
    .option('--degree <n>', t.lint.degree, degreeOf)
    .option('--lang <tag>', t.lint.lang)
    .addOption(new Option('--account <type>', t.common.account).choices(ACCOUNTS))
    .option('--limit <n>', t.common.limit, positiveNumber)
    .option('-c, --config <file>', t.lint.config)
    .option('--no-config', t.lint.noConfig)
    .option('--rule <rule>', t.lint.rule, collect, [] as string[])
    .option('--ignore-pattern <pattern>', t.lint.ignorePattern, collect, [] as string[])
    .option('--print-config <file>', t.lint.printConfig)
    .option('--list-rules', t.lint.listRules)
    .addOption(new Option('--locale <locale>', t.lint.locale).choices(LOCALES))
    .option('--fix', t.lint.fix)
    .option('--fix-dry-run', t.lint.fixDryRun)
    .addHelpText(
      'after',
      `\n${t.examples}:\n  invite-lint notes/\n  invite-lint --format json "templates/**/*.hbs"\n  cat draft.txt | invite-lint --stdin --degree 2\n  invite-lint --rule "near-max-length: off" --max-warnings 0 notes/\n`,
    )
    .action(async (paths: string[], flags: LintFlags) => {
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
      if (flags.listRules) {
        const { listRules } = await import('./rules-command.js');
        exitCode = await listRules(flags.format, configOptions, io);
        return;
      }
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
    .description(t.generate.description)
    .requiredOption('--template <file|id>', t.generate.template)
    .requiredOption('--csv <file>', t.generate.csv)
    .option('-o, --output-file <file>', t.generate.outputFile)
    .addOption(new Option('--out <file>', t.common.sameAsOutputFile).hideHelp())
    .addOption(new Option('-f, --format <name>', t.generate.format).default('jsonl'))
    .addOption(new Option('--account <type>', t.generate.account).choices(ACCOUNTS))
    .option('--limit <n>', t.common.limit, positiveNumber)
    .option('--map <column=variable>', t.generate.map, collect, [] as string[])
    .option('--set <variable=value>', t.generate.set, collect, [] as string[])
    .option('--lang <tag>', t.generate.lang)
    .option('--degree <n>', t.generate.degree, degreeOf)
    .option('--no-color', t.common.noColor)
    .addOption(new Option('--locale <locale>', t.common.locale).choices(LOCALES))
    .addHelpText(
      'after',
      `\n${t.examples}:\n  invite-lint generate --template event/en-1 --csv Connections.csv -o notes.jsonl\n  invite-lint generate --template mutual-contact/en-1 --csv colleague/Connections.csv --set mutualContact="Dana Ruiz" --set topic="data platforms"\n  invite-lint generate --template my.hbs --csv leads.csv --map "Nombre de pila=firstName" --format csv -o leads-with-notes.csv\n`,
    )
    .action(async (flags: GenerateFlags) => {
      const { generateCommand } = await import('./generate/generate-command.js');
      exitCode = await generateCommand({ ...flags, outputFile: flags.outputFile ?? flags.out, color: flags.color && io.stderrIsTTY && !('NO_COLOR' in io.env) }, io);
    });

  program
    .command('audit')
    .description(t.audit.description)
    .argument('<file>', t.audit.file)
    .addOption(new Option('--direction <which>', t.audit.direction).choices(['all', 'outgoing', 'incoming']).default('all'))
    .addOption(new Option('-f, --format <name>', t.audit.format).choices(AUDIT_FORMATS).default('stylish'))
    .option('-o, --output-file <file>', t.common.outputFile)
    .addOption(new Option('--out <file>', t.common.sameAsOutputFile).hideHelp())
    .option('--degree <n>', t.audit.degree, degreeOf)
    .addOption(new Option('--locale <locale>', t.audit.locale).choices(LOCALES))
    .addHelpText('after', `\n${t.examples}:\n  invite-lint audit Invitations.csv\n  invite-lint audit Invitations.csv --direction incoming --format html -o inbox.html\n`)
    .action(async (file: string, flags: { direction: string; format: string; outputFile?: string; out?: string; degree?: Degree; locale?: string }) => {
      const { auditCommand } = await import('./audit/audit-command.js');
      exitCode = await auditCommand(file, { ...flags, outputFile: flags.outputFile ?? flags.out }, io);
    });

  program
    .command('new')
    .description(t.new.description)
    .option('--answers <file>', t.new.answers)
    .option('-f, --format <name>', t.new.format, 'text')
    .option('--copy', t.new.copy)
    .addOption(new Option('--locale <locale>', t.new.locale).choices(LOCALES))
    .addHelpText('after', `\n${t.examples}:\n  invite-lint new\n  echo '{"lang":"en","account":"free","degree":3,"scenario":"event","firstName":"Ana","event":"PyCon ES","topic":"type hints"}' | invite-lint new --answers -\n`)
    .action(async (flags: { answers?: string; format: string; copy?: boolean; locale?: string }) => {
      const { newCommand } = await import('./new/new-command.js');
      exitCode = await newCommand(flags, io);
    });

  program
    .command('explain')
    .description(t.explain.description)
    .argument('<rule>', t.explain.rule)
    .option('-f, --format <name>', t.explain.format, 'text')
    .addOption(new Option('--locale <locale>', t.common.locale).choices(LOCALES))
    .action(async (rule: string, flags: { format: string; locale?: string }) => {
      const { explainCommand } = await import('./explain-command.js');
      exitCode = await explainCommand(rule, flags, io);
    });

  program
    .command('init')
    .description(t.init.description)
    .addOption(new Option('--account <type>', t.init.account).choices(ACCOUNTS))
    .addOption(new Option('--locale <locale>', t.common.locale).choices(LOCALES))
    .action(async (flags: { account?: Account; locale?: string }) => {
      const { initCommand } = await import('./init-command.js');
      exitCode = await initCommand({ account: flags.account, locale: flags.locale, interactive: io.stdinIsTTY }, io);
    });

  const templates = program
    .command('templates')
    .description(t.templates.description)
    .option('-f, --format <name>', t.common.textOrJson, 'text')
    .addHelpText('after', `\n${t.examples}:\n  invite-lint templates\n  invite-lint templates show mutual-contact/en-1\n`)
    .action(async (flags: { format: string }) => {
      const { templatesCommand } = await import('./templates-command.js');
      exitCode = await templatesCommand(flags, io);
    });
  templates
    .command('show')
    .description(t.templates.show)
    .argument('<id>', t.templates.id)
    .addOption(new Option('--locale <locale>', t.templates.locale).choices(LOCALES))
    // `--format` is the one `templates` has, wherever it is written: Commander gives it to the parent.
    .configureHelp({ ...helpIn(t), showGlobalOptions: true })
    .action(async (id: string, flags: { locale?: string }) => {
      const { showTemplateCommand } = await import('./templates-show.js');
      exitCode = await showTemplateCommand(id, { ...templates.opts<{ format: string }>(), ...flags }, io);
    });

  program
    .command('mcp')
    .description(t.mcp.description)
    .addOption(new Option('--locale <locale>', t.mcp.locale).choices(LOCALES))
    .option('--root <folder>', t.mcp.root)
    .addHelpText('after', `\n${t.examples}:\n  invite-lint mcp\n  invite-lint mcp --root ~/notes\n  claude mcp add invite-lint -- invite-lint mcp\n`)
    .action(async (flags: { locale?: string; root?: string }) => {
      // The SDK is loaded only here: no other command pays for it.
      const { mcpCommand } = await import('./mcp/mcp-command.js');
      exitCode = await mcpCommand(flags, io);
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
