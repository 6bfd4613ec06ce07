import { isLocale, LOCALES, type Account, type Degree, type Locale } from '@invite-lint/core/internal';
import { caseName, SCENARIOS, type Scenario } from '@invite-lint/templates';

/** What `new` asks for, as one flat object (DESIGN of the `--answers` file). */
export interface Answers {
  lang: Locale;
  account: Account;
  degree: Degree;
  scenario: Scenario;
  firstName: string;
  event?: string;
  topic?: string;
  school?: string;
  programme?: string;
  post?: string;
  comment?: string;
  mutualContact?: string;
  offer?: string;
  /** Optional for value-offer: the recipient's company (the text falls back without it). */
  company?: string;
}

/** The facts each scenario needs. */
export const SCENARIO_FACTS: Readonly<Record<Scenario, readonly (keyof Answers)[]>> = {
  event: ['event', 'topic'],
  alumni: ['school', 'programme'],
  comment: ['post', 'comment'],
  'mutual-contact': ['mutualContact', 'topic'],
  'value-offer': ['offer'],
};

/** Facts that are people's names: typed in lower case or capitals, they are cased as the library's `nameCase` does. */
const NAME_FACTS: readonly (keyof Answers)[] = ['firstName', 'mutualContact'];

/** Facts asked for only when someone is there to answer. */
export const OPTIONAL_FACTS: readonly (keyof Answers)[] = ['company'];

/** The scenario that suits a degree: the person in common for 2nd degree, an event otherwise. */
export function suggestedScenario(degree: Degree): Scenario {
  return degree === 2 ? 'mutual-contact' : 'event';
}

/**
 * The scenarios a note at `degree` can pass with: a 2nd-degree note must name the person in
 * common, a 3rd-degree one give a context, which a person in common is not (they have none).
 */
export function scenariosFor(degree: Degree): readonly Scenario[] {
  if (degree === 2) return ['mutual-contact'];
  if (degree === 3) return SCENARIOS.filter((scenario) => scenario !== 'mutual-contact');
  return SCENARIOS;
}

/** Check an answers object; the first problem names the field and what it should be. */
export function validateAnswers(raw: unknown): Answers {
  const fail = (field: string, expected: string): never => {
    throw new AnswersError(`\`${field}\` ${expected}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('answers', 'must be one JSON object: {"lang": "en", "account": "premium", "degree": 3, "scenario": "event", "firstName": "Ana", …}.');
  const answers = raw as Record<string, unknown>;
  if (!isLocale(answers.lang)) fail('lang', `must be ${LOCALES.map((locale) => `"${locale}"`).join(' or ')}.`);
  if (answers.account !== 'free' && answers.account !== 'premium') fail('account', 'must be "free" or "premium".');
  if (answers.degree !== 1 && answers.degree !== 2 && answers.degree !== 3) fail('degree', 'must be 1, 2 or 3.');
  if (!(SCENARIOS as readonly unknown[]).includes(answers.scenario)) fail('scenario', `must be one of ${SCENARIOS.map((scenario) => `"${scenario}"`).join(', ')}.`);
  const text = (field: string) => typeof answers[field] === 'string' && (answers[field] as string).trim() !== '';
  if (!text('firstName')) fail('firstName', 'must be the recipient\'s first name.');
  for (const fact of SCENARIO_FACTS[answers.scenario as Scenario]) if (!text(fact)) fail(fact, `is needed for the ${String(answers.scenario)} scenario.`);
  for (const [field, value] of Object.entries(answers)) if (typeof value === 'string') answers[field] = value.trim();
  for (const field of NAME_FACTS) if (typeof answers[field] === 'string') answers[field] = caseName(answers[field] as string);
  return answers as unknown as Answers;
}

export class AnswersError extends Error {
  override name = 'AnswersError';
}
