import { countSpans, lint, type NoteSettings } from '@invite-lint/core/internal';
import type { NoteOptions, NoteReport, NoteRequest } from '../protocol.js';
import { findingsOf } from './findings.js';
import { lengthOf } from './length.js';

/** The options chosen on the page as the note's settings; "auto" leaves the language to core. */
export function settingsOf(options: NoteOptions): NoteSettings {
  return { degree: options.degree, account: options.account, ...(options.lang === 'auto' ? {} : { lang: options.lang }) };
}

/** Lint a note as the CLI would a `.txt` file, with the page's options as its defaults. */
export function lintNote(text: string, settings: NoteSettings, locale: NoteRequest['locale']): NoteReport {
  const file = lint(text, { filePath: 'note.txt', settings, locale });
  const data = file.data.inviteLint;
  // Counted as max-length counts: the text after any front matter, CRLF as one.
  const count = data ? countSpans(data.document.source, data.document.spans) : text.length;
  return { kind: 'note', findings: findingsOf(file), length: lengthOf(count, data?.settings?.limit ?? 0) };
}
