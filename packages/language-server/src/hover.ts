import { fillSlots, worstCaseVariables, type LintedNote, type Locale } from '@invite-lint/core/internal';
import { compileTemplate } from '@invite-lint/templates';
import { lengthReply } from './requests.js';

const WORDS = {
  en: {
    note: '**{count} / {limit} characters** ({left})',
    left: '{n} left',
    over: '{n} over',
    template: '**Typical {sample} / {limit} characters** (with the samples) · worst case **{worst}** ({variables})',
    preview: 'Preview with the sample values:',
  },
  es: {
    note: '**{count} / {limit} caracteres** ({left})',
    left: 'quedan {n}',
    over: '{n} de más',
    template: '**Típico {sample} / {limit} caracteres** (con los valores de ejemplo) · peor caso **{worst}** ({variables})',
    preview: 'Vista previa con los valores de ejemplo:',
  },
} as const;

/** The hover: the note's length against its limit; for a template, typical and worst case and a preview. */
export function hoverText(note: LintedNote, locale: Locale): string | undefined {
  const words = WORDS[locale];
  const { document, settings, template } = note;
  const measured = lengthReply(note);
  if (!settings || !measured) return undefined;
  const { length, limit, worst } = measured;
  const room = (count: number) => fillSlots(count <= limit ? words.left : words.over, { n: Math.abs(limit - count) });
  if (!template) return fillSlots(words.note, { count: length, limit, left: room(length) });
  const variables = worstCaseVariables(template, document.source)
    .map((variable) => `${variable.name} ≤ ${variable.maxLength}`)
    .join(', ');
  const lines = [fillSlots(words.template, { sample: length, worst: worst ?? length, limit, variables })];
  try {
    const compiled = compileTemplate(document.source, settings.language ?? 'en', { document, model: template });
    const row = Object.fromEntries(compiled.variables.map((name) => [name, settings.variables[name]?.sample ?? `[${name}]`]));
    lines.push('', words.preview, '', `> ${compiled.render(row).replace(/\n/g, '\n> ')}`);
  } catch {
    // A template the renderer refuses (an unknown helper, say) has its diagnostics already.
  }
  return lines.join('\n');
}
