import { primaryLanguage } from '@invite-lint/core/internal';
import { loadLibrary, renderSample, SCENARIOS } from '@invite-lint/templates';
import * as z from 'zod';
import { libraryRow } from '../templates-command.js';
import { showTemplate } from '../templates-show.js';
import { degree, lang, locale } from './schemas.js';
import { defineTool } from './tool.js';

const input = z.strictObject({
  scenario: z.enum(SCENARIOS).optional().describe('What the sender and the recipient have in common: a meeting at an event, studies (alumni), a post they commented on (comment), a person they both know (mutual-contact, 2nd degree), something concrete to offer (value-offer).'),
  lang: lang.optional(),
  degree: degree.optional(),
  locale: locale.optional(),
});

const variable = z.looseObject({
  name: z.string(),
  description: z.string().nullable(),
  maxLength: z.number(),
  sample: z.string().nullable(),
  required: z.boolean(),
});

const output = z.looseObject({
  templates: z.array(
    z.looseObject({
      id: z.string().describe('What render_template takes.'),
      scenario: z.string(),
      lang: z.string(),
      degree: z.number().nullable().describe('The degree it is written for; null for any.'),
      account: z.string(),
      limit: z.number(),
      typicalLength: z.number().describe('The length of its rendering with the sample values.'),
      text: z.string(),
      variables: z.array(variable).describe('The values render_template needs, with the longest each may be.'),
    }),
  ),
});

export const listTemplatesTool = defineTool({
  name: 'list_templates',
  title: 'List note templates',
  description:
    "List invite-lint's library of invitation-note templates, English and Spanish, each written for one scenario and degree, passing every rule and fitting LinkedIn's limit: its id, text, and the variables render_template fills in.",
  input,
  output,
  run(args) {
    const wanted = primaryLanguage(args.lang);
    const templates = loadLibrary()
      .filter((template) => args.scenario === undefined || template.scenario === args.scenario)
      .filter((template) => args.lang === undefined || primaryLanguage(template.lang) === wanted)
      // A template written for any degree suits every degree.
      .filter((template) => args.degree === undefined || template.degree === undefined || template.degree === args.degree)
      .map((template) => ({ ...libraryRow(template, renderSample), ...showTemplate(template) }));
    return { templates };
  },
});
