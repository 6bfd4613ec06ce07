/**
 * The server's requests beyond LSP and the shapes of their replies: one module for the server
 * and its clients (the VS Code extension bundles it), so that neither copies the other. It
 * imports nothing, so a client that loads it loads no linter.
 */
export const REQUESTS = {
  /** `LengthParams` → the note's length against its limit (`worst` for templates), or null; in a playbook, the note at `position`. */
  length: 'invite-lint/length',
  /** `{uri?}` → every rule (`RuleEntry`); with `uri`, the plugin rules of its config too. */
  rules: 'invite-lint/rules',
  /** → the template library (`TemplateEntry`). */
  templates: 'invite-lint/templates',
} as const;

export interface LengthParams {
  uri: string;
  position?: { line: number; character: number };
}

export interface LengthReply {
  length: number;
  limit: number;
  /** For templates: the longest the note can get with the declared maxLengths. */
  worst?: number;
}

export interface RuleEntry {
  id: string;
  description: string;
  url: string;
}

export interface TemplateEntry {
  id: string;
  scenario: string;
  lang: string;
  degree: number | null;
  account: string;
  source: string;
}
