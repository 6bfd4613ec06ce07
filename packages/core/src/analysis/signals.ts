import { judge } from './index.js';
import type { LintData } from '../engine/lint.js';
import { findOwnContexts, type ContextKind } from './contexts.js';
import { findSharedContacts } from './shared-contacts.js';

/** What a note offers its reader, whatever degree it was sent at: for ranking received notes. */
export interface NoteSignals {
  /** A person both know is named (or a placeholder for one). */
  sharedContact: boolean;
  /** The kinds of named 3rd-degree context the note gives, in order, each once. */
  contexts: ContextKind[];
}

/**
 * Read the signals of a note `lint` has just checked. Reuses the analysis the judgement rules
 * built for the same document, so it costs a few pattern matches, not a second parse.
 */
export function noteSignals(data: LintData): NoteSignals {
  const { document, settings } = data;
  if (!settings || data.unparsed) return { sharedContact: false, contexts: [] };
  const analysis = judge({ document, settings });
  if (!analysis) return { sharedContact: false, contexts: [] };
  const contexts = findOwnContexts(analysis)
    .filter((finding) => finding.named)
    .map((finding) => finding.kind);
  return { sharedContact: findSharedContacts(analysis).length > 0, contexts: [...new Set(contexts)] };
}
