// The modules build/template-library.ts writes at build time.
declare module 'virtual:template-library' {
  import type { LibraryTemplate } from '@invite-lint/templates';
  /** A library template as the page gets it: no path, and its text after the front matter as `body`. */
  export type PlaygroundTemplate = Omit<LibraryTemplate, 'path'> & { body: string };
  const templates: readonly PlaygroundTemplate[];
  export default templates;
}

declare module 'virtual:template-specs' {
  import type { TemplateSpec } from '@invite-lint/templates/browser';
  const specs: ReadonlyMap<string, { spec: TemplateSpec; variables: readonly string[] }>;
  export default specs;
}
