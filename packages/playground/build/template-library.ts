import { NoteDocument } from '@invite-lint/core/internal';
import { loadLibrary, precompileTemplate } from '@invite-lint/templates';
import type { Plugin } from 'vite';

/** The library's templates as data (front matter read, sources included): what the page lists. */
export const LIBRARY_MODULE = 'virtual:template-library';
/** Each template precompiled: what the worker renders with Handlebars' runtime alone. */
export const SPECS_MODULE = 'virtual:template-specs';

/**
 * The template library, read from its folder at build time. The package reads it with
 * node:fs, which a browser has not; and the page's policy runs no generated code, so the
 * templates are compiled here rather than in the browser.
 */
export function templateLibrary(): Plugin {
  return {
    name: 'invite-lint-template-library',
    resolveId(id) {
      return id === LIBRARY_MODULE || id === SPECS_MODULE ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${LIBRARY_MODULE}` && id !== `\0${SPECS_MODULE}`) return undefined;
      const library = loadLibrary();
      for (const template of library) this.addWatchFile(template.path);
      if (id === `\0${LIBRARY_MODULE}`) {
        const templates = library.map(({ path: _path, ...template }) => {
          // The text after the front matter: what the page shows (the front matter is in the facts and the form).
          const { body } = new NoteDocument(template.source, 'hbs');
          return { ...template, body: template.source.slice(body.start, body.end) };
        });
        return `export default ${JSON.stringify(templates)};`;
      }
      const entries = library.map((template) => {
        const { spec, variables } = precompileTemplate(template.source);
        return `[${JSON.stringify(template.id)}, { spec: ${spec}, variables: ${JSON.stringify(variables)} }]`;
      });
      return `export default new Map([\n${entries.join(',\n')}\n]);`;
    },
  };
}
