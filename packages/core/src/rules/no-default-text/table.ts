import { LANGUAGES } from '../../settings.js';
import { languageData } from '../../languages/index.js';

const LANGUAGE_NAMES = { en: 'English', es: 'Spanish', fr: 'French', pt: 'Portuguese', de: 'German', it: 'Italian', nl: 'Dutch' } as const;

/** The stock texts as a Markdown table, from the phrase lists themselves (for the README and `explain`). */
export function stockTextTable(): string {
  const rows = LANGUAGES.flatMap((language) => languageData[language].stock.stock.map((text) => `| ${LANGUAGE_NAMES[language]} | ${text} |`));
  return ['| language | stock text |', '|---|---|', ...rows].join('\n');
}
