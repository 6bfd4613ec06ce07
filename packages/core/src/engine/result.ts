import type { VFile } from 'vfile';
import type { LintMessage, PlacedEvidence } from './messages.js';
import type { Fix, Suggestion } from './edits.js';

/** ESLint's result shape (DESIGN.md): what `--format json` prints and formatters read. */
export interface LintResult {
  filePath: string;
  messages: ResultMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** With --fix or --fix-dry-run: the fixed text, when anything was fixed. */
  output?: string;
}

export interface ResultMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  messageId?: string;
  fatal?: true;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** What a judgement rests on (`require-context`'s unnamed event, `require-reason`'s stock phrases), for editors to underline. */
  data?: { evidence: PlacedEvidence[] };
}

export function toLintResult(file: VFile, filePath = file.path): LintResult {
  const unparsed = file.data.inviteLint?.unparsed ?? false;
  const messages = file.messages.map((raw) => {
    const message = raw as LintMessage;
    const place = message.place && 'start' in message.place ? message.place : undefined;
    const out: ResultMessage = {
      ruleId: message.ruleId ?? null,
      severity: message.severity ?? (message.fatal ? 2 : 1),
      message: message.reason,
      line: message.line ?? 1,
      column: message.column ?? 1,
    };
    if (place) {
      out.endLine = place.end.line;
      out.endColumn = place.end.column;
    }
    if (message.messageId !== undefined) out.messageId = message.messageId;
    if (unparsed && message.ruleId === undefined) out.fatal = true;
    if (message.fix) out.fix = message.fix;
    if (message.suggestions) out.suggestions = message.suggestions;
    if (message.evidence) out.data = { evidence: message.evidence };
    return out;
  });
  return { filePath, messages, ...countMessages(messages) };
}

/** A result whose one message is about the file as a whole (no rule, line 1). */
export function fileResult(filePath: string, message: string, severity: 1 | 2, fatal: boolean): LintResult {
  const messages: ResultMessage[] = [{ ruleId: null, severity, ...(fatal ? { fatal: true as const } : {}), message, line: 1, column: 1 }];
  return { filePath, messages, ...countMessages(messages) };
}

/** A result for a file that could not be read at all (missing, binary, not UTF-8). */
export function unreadableResult(filePath: string, message: string): LintResult {
  return fileResult(filePath, message, 2, true);
}

function countMessages(messages: readonly ResultMessage[]) {
  const counts = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const message of messages) {
    if (message.severity === 2) {
      counts.errorCount++;
      if (message.fatal) counts.fatalErrorCount++;
      if (message.fix) counts.fixableErrorCount++;
    } else {
      counts.warningCount++;
      if (message.fix) counts.fixableWarningCount++;
    }
  }
  return counts;
}
