// The linter's thread: core runs here, so typing never waits for a lint.
import type { Envelope, LintReport, LintRequest } from '../protocol.js';
import { lintNote, settingsOf } from './lint-note.js';
import { lintTemplate } from './lint-template.js';

function answer(request: LintRequest): LintReport {
  return request.kind === 'note' ? lintNote(request.text, settingsOf(request.options), request.locale) : lintTemplate(request);
}

self.addEventListener('message', (event: MessageEvent<Envelope<LintRequest>>) => {
  const { seq, body } = event.data;
  try {
    self.postMessage({ seq, body: answer(body) });
  } catch (error) {
    self.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
});
