import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import type { Fix } from '@invite-lint/core/internal';
import { editsOf } from '../edits.js';
import type { Finding } from '../protocol.js';

/**
 * The note editor: CodeMirror with no Tab binding (Tab leaves the editor, as everywhere on the
 * page), wrapped lines, and findings shown as underlines whose tooltips offer the same edits
 * as the Problems list.
 */
export class NoteEditor {
  readonly view: EditorView;
  readonly #labels = new Compartment();

  constructor(parent: HTMLElement, text: string, onChange: (text: string) => void) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text,
        extensions: [
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          this.#labels.of([]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** The accessible name ("Note") and the placeholder, in the interface's language. */
  setLabels(label: string, hint: string, describedBy: string): void {
    this.view.dispatch({
      effects: this.#labels.reconfigure([EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy }), placeholder(hint)]),
    });
  }

  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** An edit from a finding, the cursor left after the inserted text. */
  apply(fix: Fix): void {
    const [from, to] = fix.range;
    this.view.dispatch({ changes: { from, to, insert: fix.text }, selection: { anchor: from + fix.text.length }, scrollIntoView: true });
  }

  /** Findings of the current text as underlines. */
  showFindings(findings: readonly Finding[], editLabel: string): void {
    const length = this.view.state.doc.length;
    const diagnostics = findings.map((finding): Diagnostic => {
      const from = Math.min(finding.from, length);
      return {
        from,
        to: Math.min(Math.max(finding.to, from), length),
        severity: finding.severity === 2 ? 'error' : 'warning',
        ...(finding.ruleId ? { source: finding.ruleId } : {}),
        message: finding.message,
        actions: editsOf(finding, editLabel).map((edit) => ({ name: edit.desc, apply: () => this.apply(edit.fix) })),
      };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }
}
