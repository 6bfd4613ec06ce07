import { ruleById } from '@invite-lint/core/internal';
import * as z from 'zod';
import { explainRule, pluginRulesHere, ruleSayings } from '../explain-command.js';
import { say } from '../messages.js';
import { locale } from './schemas.js';
import { defineTool } from './tool.js';

const input = z.strictObject({
  rule: z.string().max(200).describe('A rule id, as a finding\'s ruleId gives it: for example require-shared-contact.'),
  locale: locale.optional(),
});

const output = z.looseObject({
  id: z.string(),
  description: z.string().describe('What the rule checks, in one line.'),
  recommended: z.enum(['off', 'warn', 'error']),
  fixable: z.boolean(),
  hasSuggestions: z.boolean(),
  options: z.record(z.string(), z.unknown()),
  defaultOptions: z.unknown(),
  url: z.string(),
  docs: z.string().describe('The rule\'s documentation (Markdown, in English): what it checks, why, notes that pass and fail, its options.'),
  says: z.array(z.string()).describe('What the rule says when it fires, in the call\'s language.'),
});

export const explainRuleTool = defineTool({
  name: 'explain_rule',
  title: 'Explain a rule',
  description:
    'Explain one of invite-lint\'s rules: what it checks and why, notes that pass and notes that fail, its options, and what it says when it fires. Use it to understand a finding of lint_note or lint_files.',
  input,
  output,
  async run(args, callLocale, context) {
    // A plugin's rule is explained from the config of the folder the server serves.
    const plugins = ruleById.has(args.rule) ? undefined : await pluginRulesHere({ ignorePatterns: [] }, context);
    const everyRule = say(callLocale, 'mcpRulesAre', { ids: [...ruleById.keys(), ...(plugins?.rules.keys() ?? [])].join(', ') });
    const explained = explainRule(args.rule, callLocale, everyRule, plugins);
    return { ...explained, says: ruleSayings(args.rule, callLocale, plugins) };
  },
});
