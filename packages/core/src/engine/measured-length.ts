import { countSpans } from '../document/length.js';
import { measure } from '../document/template.js';
import type { LintedNote } from './lint.js';

/** A note's length against its limit; for a template, its sample rendering and its worst case. */
export interface MeasuredNote {
  length: number;
  limit: number;
  /** For templates: the longest the note can get with the declared maxLengths. */
  worst?: number;
}

/**
 * What the length meters show (the editor's status bar, the MCP server's `length`): the count
 * the length rules use, so that the number shown and the finding always agree.
 */
export function measuredLength(note: LintedNote | undefined): MeasuredNote | undefined {
  if (!note?.settings) return undefined;
  const { document, settings, template } = note;
  if (template) {
    return { length: measure(template.segments, 'sample', document.source), limit: settings.limit, worst: measure(template.segments, 'worst', document.source) };
  }
  return { length: countSpans(document.source, document.spans), limit: settings.limit };
}
