import type { CoreMessage } from '../engine/core-messages.js';
import { isLanguageTag, type NoteSettings } from '../settings.js';
import type { MessageKind } from './headings.js';

/**
 * `<!-- invite-lint degree: 3 account: free -->` right above a block of a playbook: the
 * block's own settings, over the file's front matter and its heading's suggestion. It also
 * makes a plain paragraph a note. (`invite-lint-disable` and its kin are directives, not this.)
 */
export interface NoteComment {
  settings: NoteSettings;
  kind: MessageKind | undefined;
  problems: CoreMessage[];
}

const NOTE_COMMENT = /^<!--[ \t]*invite-lint(?=[\s,]|-->)([\s\S]*?)-->[ \t]*$/;
const SETTING = /([^\s:=,]+)[ \t]*[:=][ \t]*([^\s,]*)|(\S+?)(?=[\s,]|$)/g;

/** Whether an HTML node's text is such a comment, and nothing more. */
export function isNoteComment(html: string): boolean {
  return NOTE_COMMENT.test(html);
}

export function readNoteComment(html: string): NoteComment {
  const comment: NoteComment = { settings: {}, kind: undefined, problems: [] };
  const body = NOTE_COMMENT.exec(html)?.[1] ?? '';
  for (const match of body.matchAll(SETTING)) {
    const [, key, value = '', stray] = match;
    if (stray !== undefined) {
      if (stray !== ',') comment.problems.push({ id: 'noteCommentSyntax', data: { text: stray } });
      continue;
    }
    readSetting((key ?? '').toLowerCase(), value, comment);
  }
  return comment;
}

function readSetting(key: string, value: string, comment: NoteComment): void {
  const { settings, problems } = comment;
  const shown = { value: `\`${value}\`` };
  switch (key) {
    case 'degree':
      if (value === '1' || value === '2' || value === '3') settings.degree = Number(value) as 1 | 2 | 3;
      else problems.push({ id: 'degree', data: shown });
      return;
    case 'account':
      if (value === 'free' || value === 'premium') settings.account = value;
      else problems.push({ id: 'account', data: shown });
      return;
    case 'limit':
      if (/^[1-9]\d{0,5}$/.test(value)) settings.limit = Number(value);
      else problems.push({ id: 'limit', data: shown });
      return;
    case 'lang':
      if (isLanguageTag(value)) settings.lang = value;
      else problems.push({ id: 'lang', data: shown });
      return;
    case 'kind':
      if (value === 'invitation' || value === 'message') comment.kind = value;
      else problems.push({ id: 'kind', data: shown });
      return;
    default:
      problems.push({ id: 'noteCommentKey', data: { key } });
  }
}
