import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Degree, Locale } from '@invite-lint/core/internal';
import type { Scenario } from '@invite-lint/templates';
import type { Io } from '../io.js';
import { localeFrom, say, type MessageId } from '../messages.js';
import { UsageError } from '../usage-error.js';
import { AnswersError, OPTIONAL_FACTS, SCENARIO_FACTS, scenariosFor, suggestedScenario, validateAnswers, type Answers } from './answers.js';
import { composeNote } from './compose.js';
import { checkStdinSize, readOptionFile } from '../read.js';

export interface NewOptions {
  answers?: string;
  format: string;
  copy?: boolean;
  locale?: string;
}

/** The exit code of a program stopped with Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

const FACT_QUESTIONS: Readonly<Record<keyof Answers, MessageId | undefined>> = {
  lang: undefined,
  account: undefined,
  degree: undefined,
  scenario: undefined,
  firstName: undefined,
  event: 'newEvent',
  topic: 'newTopic',
  school: 'newSchool',
  programme: 'newProgramme',
  post: 'newPost',
  comment: 'newComment',
  mutualContact: 'newMutualContact',
  offer: 'newOffer',
  company: 'newCompany',
};

/** `invite-lint new`: ask for the few facts that make a note welcome, and write one that passes. */
export async function newCommand(options: NewOptions, io: Io): Promise<number> {
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`Unknown format "${options.format}". Use text or json.`);
  const locale = localeFrom(options.locale, undefined, io.env);
  let answers: Answers;
  if (options.answers !== undefined) {
    const text =
      options.answers === '-' ? new TextDecoder().decode(checkStdinSize(await io.readStdin(), locale)) : readOptionFile('--answers', options.answers, resolve(io.cwd, options.answers), locale);
    answers = readAnswers(text, locale);
  } else if (!io.stdinIsTTY) {
    throw new UsageError(say(locale, 'newNeedsTerminal'));
  } else {
    try {
      answers = await askAnswers(locale);
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') return INTERRUPTED;
      throw error;
    }
  }

  const composition = composeNote(answers);
  if (!composition.ok) {
    if (composition.shorten) {
      const { fact, length: factLength, by } = composition.shorten;
      io.stderr(`${say(locale, 'newTooLong', { length: composition.length, limit: composition.limit, fact, factLength, by })}\n`);
    } else {
      io.stderr(`${say(locale, 'newFails', { problems: composition.problems.join(' ') })}\n`);
    }
    return 1;
  }
  const { note, length, limit, template, alternatives } = composition;
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ note, length, limit, template, alternatives })}\n`);
  } else {
    const others = alternatives.map((wording, index) => `  ${index + 1}. ${wording.note} (${wording.length}/${limit}, ${wording.template})`);
    io.stdout(`\n${note}\n\n${say(locale, 'newResult', { length, limit, template })}\n${others.length ? `\n${say(locale, 'newAlternatives')}\n${others.join('\n')}\n` : ''}`);
  }
  if (options.copy) io.stderr(`${say(locale, copyToClipboard(note) ? 'newCopied' : 'newNoClipboard')}\n`);
  return 0;
}

function readAnswers(text: string, locale: Locale): Answers {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(say(locale, 'newAnswersNotJson', { detail: error instanceof Error ? error.message : String(error) }));
  }
  try {
    return validateAnswers(raw);
  } catch (error) {
    if (error instanceof AnswersError) throw new UsageError(`--answers: ${error.message}`);
    throw error;
  }
}

const SCENARIO_NAMES: Readonly<Record<Scenario, MessageId>> = {
  event: 'newScenarioEvent',
  alumni: 'newScenarioAlumni',
  comment: 'newScenarioComment',
  'mutual-contact': 'newScenarioMutualContact',
  'value-offer': 'newScenarioValueOffer',
};

async function askAnswers(locale: Locale): Promise<Answers> {
  // Loaded only here: the prompts cost start-up that the other commands should not pay. The two
  // prompts' own packages, not @inquirer/prompts: its editor prompt brings iconv-lite and chardet,
  // a sixth of the CLI's bundle that every command read at start-up.
  const [{ default: input }, { default: select }] = await Promise.all([import('@inquirer/input'), import('@inquirer/select')]);
  const context = { output: process.stderr };
  const keys: Record<string, MessageId> = { navigate: 'newKeyNavigate', select: 'newKeySelect' };
  // Inquirer's own help line ("↑↓ navigate • ⏎ select"), in the run's language.
  const theme = { style: { keysHelpTip: (tips: [string, string][]) => tips.map(([key, action]) => `${key} ${keys[action] ? say(locale, keys[action]) : action}`).join(' • ') } };
  const required = (value: string) => value.trim() !== '' || say(locale, 'newRequired');
  const lang = await select({ message: say(locale, 'newLang'), default: locale, theme, choices: [{ name: 'English', value: 'en' as const }, { name: 'Español', value: 'es' as const }] }, context);
  const account = await select({ message: say(locale, 'newAccount'), default: 'premium' as const, theme, choices: [{ name: say(locale, 'newPremium'), value: 'premium' as const }, { name: say(locale, 'newFree'), value: 'free' as const }] }, context);
  const degree = await select<Degree>({ message: say(locale, 'newDegree'), default: 2, theme, choices: [{ name: say(locale, 'newDegree2'), value: 2 }, { name: say(locale, 'newDegree3'), value: 3 }, { name: say(locale, 'newDegree1'), value: 1 }] }, context);
  const firstName = await input({ message: say(locale, 'newFirstName'), validate: required }, context);
  // Only what can pass at that degree is offered; a single fit is not asked.
  const fits = scenariosFor(degree);
  const scenario =
    fits.length === 1 ? (fits[0] as Scenario)
    : await select<Scenario>({ message: say(locale, 'newScenario'), default: suggestedScenario(degree), theme, choices: fits.map((value) => ({ name: say(locale, SCENARIO_NAMES[value]), value })) }, context);
  const answers: Record<string, unknown> = { lang, account, degree, scenario, firstName };
  for (const fact of [...SCENARIO_FACTS[scenario], ...(scenario === 'value-offer' ? OPTIONAL_FACTS : [])]) {
    const question = FACT_QUESTIONS[fact];
    if (!question) continue;
    answers[fact] = await input({ message: say(locale, question), ...(OPTIONAL_FACTS.includes(fact) ? {} : { validate: required }) }, context);
  }
  return validateAnswers(answers);
}

/** Put the note on the clipboard with the first tool this system has; false when it has none. */
function copyToClipboard(note: string): boolean {
  const tools: [string, string[]][] =
    process.platform === 'darwin' ? [['pbcopy', []]]
    : process.platform === 'win32' ? [['clip', []]]
    : [['wl-copy', []], ['xclip', ['-selection', 'clipboard']], ['xsel', ['--clipboard', '--input']]];
  return tools.some(([command, args]) => {
    const result = spawnSync(command, args, { input: note, stdio: ['pipe', 'ignore', 'ignore'] });
    return !result.error && result.status === 0;
  });
}
