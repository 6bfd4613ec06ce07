import type { PlaygroundTemplate } from 'virtual:template-library';

export interface LibraryFilter {
  scenario: string;
  lang: string;
  degree: string;
}

export const ALL = 'all';

/** The templates the filters let through, in library order. */
export function filterLibrary(templates: readonly PlaygroundTemplate[], filter: LibraryFilter): PlaygroundTemplate[] {
  return templates.filter(
    (template) =>
      (filter.scenario === ALL || template.scenario === filter.scenario) &&
      (filter.lang === ALL || template.lang === filter.lang) &&
      (filter.degree === ALL || String(template.degree) === filter.degree),
  );
}

/** Each distinct value of a field, in first-seen order: the filter's choices come from the library itself. */
export function distinct(templates: readonly PlaygroundTemplate[], field: (template: PlaygroundTemplate) => string | number | undefined): string[] {
  return [...new Set(templates.map(field).filter((value) => value !== undefined).map(String))];
}
