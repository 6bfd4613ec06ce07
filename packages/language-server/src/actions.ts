import { formatOf, NoteDocument, noteAt, type LintData, type Locale, type PlacedNote } from '@invite-lint/core/internal';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticData } from './diagnostics.js';

export const OPEN_DOCS_COMMAND = 'invite-lint.openDocs';

const WORDS = {
  en: { fix: 'Fix: {rule}', line: 'Disable {rule} for this line', note: 'Disable {rule} for this note', file: 'Disable {rule} for this file', docs: 'Show the documentation of {rule}' },
  es: { fix: 'Corregir: {rule}', line: 'Desactivar {rule} en esta línea', note: 'Desactivar {rule} en esta nota', file: 'Desactivar {rule} en este archivo', docs: 'Ver la documentación de {rule}' },
} as const;

/**
 * Quick fixes for invite-lint's diagnostics: the rule's fix and suggestions, a directive that
 * turns the rule off for the line or the file (front matter `disable` in plain notes, which
 * have no comments), and the rule's documentation. In a playbook a note's lines cannot hold a
 * comment (it would become part of a fenced note, or end a quote), so the rule is turned off
 * around the note instead.
 */
export function codeActions(document: TextDocument, path: string, diagnostics: readonly Diagnostic[], locale: Locale, linted?: LintData): CodeAction[] {
  const words = WORDS[locale];
  const text = document.getText();
  const format = formatOf(path);
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [document.uri]: edits } });
  const at = (offset: number) => document.positionAt(offset);
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'invite-lint' || typeof diagnostic.code !== 'string') continue;
    const rule = diagnostic.code;
    const data = (diagnostic.data ?? {}) as DiagnosticData;
    if (data.fix) {
      const { range, text: replacement } = data.fix;
      actions.push({
        title: words.fix.replace('{rule}', rule),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: edit([{ range: { start: at(range[0]), end: at(range[1]) }, newText: replacement }]),
      });
    }
    for (const suggestion of data.suggestions ?? []) {
      const { range, text: replacement } = suggestion.fix;
      actions.push({ title: suggestion.desc, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([{ range: { start: at(range[0]), end: at(range[1]) }, newText: replacement }]) });
    }
    const lineStart = { line: diagnostic.range.start.line, character: 0 };
    const note = linted?.notes ? (noteAt(linted, document.offsetAt(diagnostic.range.start)) as PlacedNote | undefined) : undefined;
    if (format === 'md' || format === 'hbs') {
      const comment = (kind: string) => (format === 'md' ? `<!-- invite-lint-${kind} ${rule} -->` : `{{!-- invite-lint-${kind} ${rule} --}}`);
      if (note) actions.push({ title: words.note.replace('{rule}', rule), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit(aroundNote(document, note, comment('disable'), comment('enable'))) });
      else actions.push({ title: words.line.replace('{rule}', rule), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([{ range: { start: lineStart, end: lineStart }, newText: `${comment('disable-next-line')}\n` }]) });
      const bodyStart = at(new NoteDocument(text, format).body.start);
      actions.push({ title: words.file.replace('{rule}', rule), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([{ range: { start: bodyStart, end: bodyStart }, newText: `${comment('disable')}\n` }]) });
    } else {
      const disable = frontMatterDisable(text, rule);
      if (disable) actions.push({ title: words.file.replace('{rule}', rule), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([{ range: { start: at(disable.offset), end: at(disable.offset) }, newText: disable.text }]) });
    }
    if (diagnostic.codeDescription) {
      actions.push({ title: words.docs.replace('{rule}', rule), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: words.docs.replace('{rule}', rule), command: OPEN_DOCS_COMMAND, arguments: [diagnostic.codeDescription.href] } });
    }
  }
  return actions;
}

/** A line above a playbook's note and one below it. */
function aroundNote(document: TextDocument, note: PlacedNote, above: string, below: string): TextEdit[] {
  const first = { line: document.positionAt(note.start).line, character: 0 };
  const lastLine = document.positionAt(note.end).line;
  const afterLast = lastLine + 1 < document.lineCount ? { text: `${below}\n`, at: { line: lastLine + 1, character: 0 } } : { text: `\n${below}\n`, at: document.positionAt(document.getText().length) };
  return [
    { range: { start: first, end: first }, newText: `${above}\n` },
    { range: { start: afterLast.at, end: afterLast.at }, newText: afterLast.text },
  ];
}

/** Where and what to insert so that front matter disables `rule`; undefined if it already tries to. */
function frontMatterDisable(text: string, rule: string): { offset: number; text: string } | undefined {
  const document = new NoteDocument(text, 'txt');
  if (!document.frontMatter.present) return { offset: 0, text: `---\ndisable: [${rule}]\n---\n` };
  if (/^disable\s*:/m.test(text.slice(0, document.frontMatter.end))) return undefined;
  const closing = text.lastIndexOf('---', document.frontMatter.end - 1);
  return { offset: closing, text: `disable: [${rule}]\n` };
}
