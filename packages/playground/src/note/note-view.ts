import { ACCOUNT_LIMITS, LANGUAGES, type Degree, type Fix, type Locale } from '@invite-lint/core/internal';
import { byId, setOptions } from '../dom.js';
import { renderFindings, type FindingsView } from '../findings-list.js';
import type { Say } from '../i18n/locale.js';
import { degreeName, languageName } from '../i18n/names.js';
import { debounce, newestOnly, type Linter } from '../linter.js';
import type { NoteLanguage, NoteReport } from '../protocol.js';
import { toFragment, type NoteState } from '../state/note-state.js';
import { storeNote } from '../state/storage.js';
import { NoteEditor } from './editor.js';
import { renderMeter } from './meter.js';

// Small enough to feel immediate, large enough that a burst of keys costs one lint.
const LINT_DELAY_MS = 40;

/** The note view: editor, options, length meter and Problems, kept in the address as you type. */
export class NoteView {
  readonly #degree = byId<HTMLSelectElement>('degree');
  readonly #account = byId<HTMLSelectElement>('account');
  readonly #lang = byId<HTMLSelectElement>('lang');
  readonly #meter = byId('meter');
  readonly #problems: FindingsView = { list: byId('problems'), empty: byId('no-problems') };
  readonly #editor: NoteEditor;
  readonly #lint: (text: string) => Promise<NoteReport | undefined>;
  // The address follows with the lint, not every key: Chromium ignores replaceState called
  // more than a few hundred times in ten seconds.
  readonly #lintSoon = debounce(() => {
    this.#save();
    void this.lint();
  }, LINT_DELAY_MS);

  #say: Say;
  #locale: Locale;
  /** The text the findings on show are about: their edits apply to it only. */
  #linted: string | undefined;

  constructor(linter: Linter, state: NoteState, locale: Locale, say: Say) {
    this.#locale = locale;
    this.#say = say;
    this.#lint = newestOnly((text: string) => linter.run({ kind: 'note', text, options: this.#options(), locale: this.#locale }));
    this.#editor = new NoteEditor(byId('editor'), state.note, () => this.#lintSoon());
    for (const select of [this.#degree, this.#account, this.#lang]) {
      select.addEventListener('change', () => {
        this.#save();
        void this.lint();
      });
    }
    this.setLocale(locale, say);
    this.load(state);
  }

  /** Show `state` (a link's, the stored one, a template's rendering) and check it. */
  load(state: NoteState): void {
    this.#degree.value = String(state.degree);
    this.#account.value = state.account;
    this.#lang.value = state.lang;
    if (state.note !== this.#editor.text) this.#editor.setText(state.note);
    this.#save();
    void this.lint();
  }

  focus(): void {
    this.#editor.view.focus();
  }

  /** Labels and option names in `locale`, and the findings again (core writes them in that locale). */
  setLocale(locale: Locale, say: Say): void {
    this.#locale = locale;
    this.#say = say;
    this.#editor.setLabels(say('note'), say('notePlaceholder'), 'meter');
    setOptions(this.#account, [
      ['free', say('accountFree', { limit: ACCOUNT_LIMITS.free })],
      ['premium', say('accountPremium', { limit: ACCOUNT_LIMITS.premium })],
    ]);
    setOptions(this.#lang, [['auto', say('languageAuto')], ...LANGUAGES.map((code) => [code, languageName(code, locale)] as const)]);
    setOptions(this.#degree, (['1', '2', '3'] as const).map((degree) => [degree, degreeName(degree, say)]));
    void this.lint();
  }

  async lint(): Promise<void> {
    const text = this.#editor.text;
    const report = await this.#lint(text);
    // Typed over meanwhile: a newer lint is on its way.
    if (!report || this.#editor.text !== text) return;
    this.#linted = text;
    this.#editor.showFindings(report.findings, this.#say('fix'));
    renderFindings(this.#problems, report.findings, this.#say, (fix) => this.#apply(fix));
    renderMeter(this.#meter, report.length, this.#say);
  }

  #apply(fix: Fix): void {
    if (this.#editor.text !== this.#linted) return;
    this.#editor.apply(fix);
    // The button goes with the finding it fixed: keep the keyboard in the note.
    this.focus();
  }

  #options() {
    return { degree: Number(this.#degree.value) as Degree, account: this.#account.value === 'premium' ? 'premium' : 'free', lang: this.#lang.value as NoteLanguage } as const;
  }

  /** The note and options in the address (replaced, not pushed: typing adds no history) and in the browser. */
  #save(): void {
    const fragment = toFragment({ note: this.#editor.text, ...this.#options() });
    history.replaceState(history.state, '', fragment);
    storeNote(fragment);
  }
}
