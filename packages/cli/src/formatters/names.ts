/**
 * The lint formats, by name: `--format`'s choices. Apart from the formatters themselves so that
 * the help can list them without loading them; `formatters` in index.ts must have exactly these.
 */
export const FORMATTER_NAMES = ['stylish', 'json', 'compact', 'github', 'junit', 'sarif'] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];
