import { isLanguage, type Account, type Degree } from '@invite-lint/core/internal';
import type { NoteLanguage, NoteOptions } from '../protocol.js';

/** What a link shares and the browser keeps: the note and the options it was checked with. */
export interface NoteState extends NoteOptions {
  note: string;
}

// A stranger's note sent without a shared contact is the common case: degree 3, a free account.
export const DEFAULT_STATE: NoteState = { note: '', degree: 3, account: 'free', lang: 'auto' };

const DEGREES: Readonly<Record<string, Degree>> = { 1: 1, 2: 2, 3: 3 };
const ACCOUNTS: Readonly<Record<string, Account>> = { free: 'free', premium: 'premium' };

/** The state as a URL fragment (`#note=…&degree=2&account=free&lang=auto`): browsers never send it to a server. */
export function toFragment(state: NoteState): string {
  const params = new URLSearchParams({ note: state.note, degree: String(state.degree), account: state.account, lang: state.lang });
  return `#${params.toString()}`;
}

/** What a fragment (or a stored copy) says, each value checked: anything unknown is left out. */
export function fromFragment(fragment: string): Partial<NoteState> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const state: Partial<NoteState> = {};
  const note = params.get('note');
  if (note !== null) state.note = note;
  const degree = DEGREES[params.get('degree') ?? ''];
  if (degree) state.degree = degree;
  const account = ACCOUNTS[params.get('account') ?? ''];
  if (account) state.account = account;
  const lang = params.get('lang');
  if (lang === 'auto' || (lang !== null && isLanguage(lang))) state.lang = lang as NoteLanguage;
  return state;
}
