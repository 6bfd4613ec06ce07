import { LANGUAGES } from '../settings.js';
import { languageData, PLACEHOLDER_ROLES } from './index.js';

const ROLE_MEANINGS: Readonly<Record<(typeof PLACEHOLDER_ROLES)[number], string>> = {
  'shared-contact': 'the person you both know',
  sender: "the sender's own details, the same in every note",
  event: 'an event',
  school: 'a school, programme or cohort',
  praise: 'praise or a generic line, which gives no reason by itself',
  specific: 'a specific detail, project or question',
  content: 'a post, article, talk or podcast of theirs',
  offer: 'what is offered',
  topic: 'a topic',
  company: 'a company',
  field: 'an industry, field or skill',
  place: 'a city or country',
  group: 'a group or community',
  date: 'a date or time',
  role: 'a job title or role',
  person: 'someone named by what they are: a contact, a speaker, an investor',
  name: "a person's name (the greeting's)",
};

/** The placeholder roles as a Markdown table, with every language's examples (for the languages README). */
export function placeholderRoleTable(): string {
  const examples = (role: (typeof PLACEHOLDER_ROLES)[number]) =>
    LANGUAGES.flatMap((language) => {
      const { senderPossessives, roles } = languageData[language].placeholders;
      return [...(role === 'sender' ? senderPossessives.examples : []), ...(roles[role]?.examples ?? [])];
    })
      .map((example) => `\`${example.replace(/\|/g, '\\|')}\``)
      .join(' ');
  const rows = PLACEHOLDER_ROLES.map((role) => `| \`${role}\` | ${ROLE_MEANINGS[role]} | ${examples(role)} |`);
  return ['| role | stands for | examples |', '|---|---|---|', ...rows, '| `free` | anything else: free text | `[X]` `____` |'].join('\n');
}
