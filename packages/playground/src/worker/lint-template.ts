import { lint, measure } from '@invite-lint/core/internal';
import { helperSpecs, templateFromSpec, type CompiledTemplate } from '@invite-lint/templates/browser';
import templates from 'virtual:template-library';
import specs from 'virtual:template-specs';
import type { TemplateReport, TemplateRequest } from '../protocol.js';
import { findingsOf } from './findings.js';
import { lengthOf } from './length.js';
import { lintNote } from './lint-note.js';

const compiled = new Map<string, CompiledTemplate>();

/**
 * A library template linted as a template (its front matter says degree, language, account),
 * its worst-case length, and the note it renders to with the given values, linted as a note.
 */
export function lintTemplate({ id, values, locale }: TemplateRequest): TemplateReport {
  const template = templates.find((candidate) => candidate.id === id);
  const spec = specs.get(id);
  if (!template || !spec) throw new Error(`No library template "${id}".`);
  const file = lint(template.source, { filePath: `${id}.hbs`, templates: { helpers: helperSpecs }, locale });
  const model = file.data.inviteLint?.template;
  const limit = file.data.inviteLint?.settings?.limit ?? 0;
  let renderer = compiled.get(id);
  if (!renderer) compiled.set(id, (renderer = templateFromSpec(spec.spec, spec.variables, template.lang)));
  const text = renderer.render(Object.fromEntries(renderer.variables.map((name) => [name, values[name] ?? ''])));
  const rendered = lintNote(text, { degree: template.degree, account: template.account, lang: template.lang }, locale);
  return {
    kind: 'template',
    findings: findingsOf(file),
    rendered: { text, findings: rendered.findings, length: rendered.length },
    worst: model ? lengthOf(measure(model.segments, 'worst', template.source), limit) : undefined,
  };
}
