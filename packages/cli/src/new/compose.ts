import { ACCOUNT_LIMITS, countCharacters, lint } from '@invite-lint/core/internal';
import { compileTemplate, loadLibrary, type LibraryTemplate } from '@invite-lint/templates';
import { SCENARIO_FACTS, type Answers } from './answers.js';

export interface Wording {
  note: string;
  length: number;
  template: string;
}

export type Composition =
  | { ok: true; note: string; length: number; limit: number; template: string; alternatives: Wording[] }
  | { ok: false; limit: number; length: number; template: string; shorten: { fact: string; length: number; by: number } | undefined; problems: string[] };

/**
 * Write the note from the library: render each wording of the scenario with the facts, keep
 * those that pass every rule for the degree within the limit, the account's own wording first.
 * When none fits, say which fact to shorten and by how much; never cut.
 */
export function composeNote(answers: Answers): Composition {
  const limit = ACCOUNT_LIMITS[answers.account];
  const own = (template: LibraryTemplate) => (template.account === answers.account ? 0 : 1);
  const candidates = loadLibrary()
    .filter((template) => template.scenario === answers.scenario && template.lang === answers.lang)
    .sort((a, b) => own(a) - own(b) || a.id.localeCompare(b.id));
  const settings = { degree: answers.degree, lang: answers.lang, account: answers.account };
  const rendered = candidates.map((template) => {
    const compiled = compileTemplate(template.source, template.lang);
    const row = Object.fromEntries(compiled.variables.map((name) => [name, String(answers[name as keyof Answers] ?? '')]));
    const note = compiled.render(row);
    const problems = lint(note, { filePath: 'note.txt', settings }).messages.filter((message) => message.fatal);
    return { template: template.id, note, length: countCharacters(note), problems: problems.map((message) => message.reason) };
  });
  const passing = rendered.filter((wording) => wording.problems.length === 0);
  const [first, ...others] = passing;
  if (first) {
    return { ok: true, note: first.note, length: first.length, limit, template: first.template, alternatives: others.slice(0, 2).map(({ note, length, template }) => ({ note, length, template })) };
  }
  // The shortest wording, said as it is: too long (and by how much), or what it breaks.
  const best = [...rendered].sort((a, b) => a.length - b.length)[0] ?? { template: '', note: '', length: 0, problems: ['no template for this scenario and language'] };
  const facts = SCENARIO_FACTS[answers.scenario].map((fact) => ({ fact, length: countCharacters(String(answers[fact] ?? '')) }));
  const longest = facts.sort((a, b) => b.length - a.length)[0];
  const shorten = best.length > limit && longest ? { fact: longest.fact, length: longest.length, by: best.length - limit } : undefined;
  return { ok: false, limit, length: best.length, template: best.template, shorten, problems: best.problems };
}
