import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Fix, Suggestion } from './edits.js';

/** A span a finding rests on, placed in the file (1-based lines and columns, like the message's own). */
export interface PlacedEvidence {
  kind: string;
  text: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A VFile message as invite-lint emits it: ruleId, source and url stamped, severity explicit. */
export type LintMessage = VFileMessage & {
  severity: 1 | 2;
  messageId?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  evidence?: PlacedEvidence[];
};

export const SOURCE = 'invite-lint';

export interface MessageInit {
  ruleId: string | null;
  severity: 1 | 2;
  start: Point;
  end: Point;
  fatal?: boolean | undefined;
  url?: string | undefined;
  messageId?: string | undefined;
  actual?: string | undefined;
  expected?: string[] | undefined;
  note?: string | undefined;
  fix?: Fix | undefined;
  suggestions?: Suggestion[] | undefined;
  evidence?: PlacedEvidence[] | undefined;
}

const V8Error = Error as ErrorConstructor & { stackTraceLimit?: number | undefined };

export function addMessage(file: VFile, reason: string, init: MessageInit): LintMessage {
  // A VFileMessage is an Error, so creating one captures a stack trace (in V8), which it then
  // replaces with ''. Capturing nothing saves a tenth of a lint.
  const stackTraceLimit = V8Error.stackTraceLimit;
  V8Error.stackTraceLimit = 0;
  let message: LintMessage;
  try {
    message = file.message(reason, {
      place: { start: init.start, end: init.end },
      source: SOURCE,
      ...(init.ruleId === null ? {} : { ruleId: init.ruleId }),
    }) as LintMessage;
  } finally {
    V8Error.stackTraceLimit = stackTraceLimit;
  }
  // VFile's convention: fatal true is an error, false a warning.
  message.fatal = init.fatal ?? init.severity === 2;
  message.severity = init.severity;
  if (init.url !== undefined) message.url = init.url;
  if (init.messageId !== undefined) message.messageId = init.messageId;
  if (init.actual !== undefined) message.actual = init.actual;
  if (init.expected !== undefined) message.expected = init.expected;
  if (init.note !== undefined) message.note = init.note;
  if (init.fix !== undefined) message.fix = init.fix;
  if (init.suggestions !== undefined) message.suggestions = init.suggestions;
  if (init.evidence !== undefined && init.evidence.length > 0) message.evidence = init.evidence;
  return message;
}

export function fillSlots(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : slot));
}
