import './style.css';
import type { Locale } from '@invite-lint/core/internal';
import { byId } from './dom.js';
import { initialLocale, sayer, translatePage } from './i18n/locale.js';
import { Linter } from './linter.js';
import { NoteView } from './note/note-view.js';
import { DEFAULT_STATE, fromFragment, type NoteState } from './state/note-state.js';
import { storedLocale, storedNote, storeLocale } from './state/storage.js';
import { Tabs } from './tabs.js';
import { TemplatesView } from './templates/templates-view.js';

// A link's note wins; else the one this browser kept; else a blank note.
const stateFrom = (fragment: string): NoteState => ({ ...DEFAULT_STATE, ...fromFragment(fragment) });
const initial = location.hash.length > 1 ? stateFrom(location.hash) : stateFrom(storedNote() ?? '');

let locale: Locale = initialLocale(storedLocale(), navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
let say = sayer(locale);

function applyLocale(): void {
  document.documentElement.lang = locale;
  translatePage(document, say);
  document.title = say('title');
  byId('locale').setAttribute('lang', locale === 'en' ? 'es' : 'en');
}
applyLocale();

const linter = new Linter();
const tabs = new Tabs(byId('views'));
const noteView = new NoteView(linter, initial, locale, say);
const templatesView = new TemplatesView(
  linter,
  (state) => {
    noteView.load(state);
    tabs.select('tab-note');
    noteView.focus();
  },
  locale,
  say,
);

byId('locale').addEventListener('click', () => {
  locale = locale === 'en' ? 'es' : 'en';
  say = sayer(locale);
  storeLocale(locale);
  applyLocale();
  noteView.setLocale(locale, say);
  templatesView.setLocale(locale, say);
});

// A link pasted into the address bar of an open page: show its note.
window.addEventListener('hashchange', () => noteView.load(stateFrom(location.hash)));

byId('copy-link').addEventListener('click', () => {
  const status = byId('copy-status');
  navigator.clipboard.writeText(location.href).then(
    () => (status.textContent = say('linkCopied')),
    () => (status.textContent = say('linkNotCopied')),
  );
});
