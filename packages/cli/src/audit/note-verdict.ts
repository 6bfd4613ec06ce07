import { countCharacters, lint, noteSignals, recommended, toLintResult, type Degree, type Locale, type NoteSignals, type RulesConfig } from '@invite-lint/core/internal';
import { auditWords } from './words.js';

export interface AuditFinding {
  ruleId: string;
  severity: 1 | 2;
  message: string;
}

/** What the audit makes of a note, beyond its length: the same for many notes, so kept once each. */
export interface Verdict {
  findings: AuditFinding[];
  /** 0–100: how much the note gives its reader to act on. */
  score: number;
  /** Why the note ranks where it does, in a line. */
  why: string;
  stockText: boolean;
  noReason: boolean;
  sharedContactOrContext: boolean;
}

// The export holds what was sent: limits were enforced by LinkedIn, and the report counts
// lengths against 200 and 300 itself, so the length rules would only repeat that.
const AUDIT_RULES: RulesConfig = { ...recommended, 'max-length': 'off', 'near-max-length': 'off' };

const WEIGHTS = { note: 20, reason: 35, sharedContact: 25, context: 20, placeholderLeft: -30 } as const;

/** A note's length and verdict, as `assessNote` gives them. */
export interface NoteVerdict {
  length: number;
  verdict: Verdict;
}

export interface NoteOptions {
  degree: Degree | undefined;
  locale: Locale;
}

/** A note linted with the core rules and scored: what the audit makes of it, alone. */
export function assessNote(message: string, { degree, locale }: NoteOptions): NoteVerdict {
  const words = auditWords(locale);
  if (message === '') return { length: 0, verdict: { findings: [], score: 0, why: words.whyEmpty, stockText: false, noReason: false, sharedContactOrContext: false } };
  // Strangers' text: their inline directives must not switch rules off.
  const file = lint(message, { format: 'txt', settings: degree ? { degree } : {}, rules: AUDIT_RULES, locale, allowInlineConfig: false });
  const findings: AuditFinding[] = toLintResult(file, '').messages.map((finding) => ({
    ruleId: finding.ruleId ?? 'parse',
    severity: finding.severity,
    message: finding.message,
  }));
  const has = (ruleId: string) => findings.some((finding) => finding.ruleId === ruleId);
  const stockText = has('no-default-text');
  const noReason = has('require-reason');
  const placeholderLeft = has('no-placeholder-left');
  const signals: NoteSignals = file.data.inviteLint ? noteSignals(file.data.inviteLint) : { sharedContact: false, contexts: [] };

  const reasons: string[] = [];
  let score = WEIGHTS.note;
  if (!noReason && !stockText) {
    score += WEIGHTS.reason;
    reasons.push(words.whyReason);
  }
  if (signals.sharedContact) {
    score += WEIGHTS.sharedContact;
    reasons.push(words.whySharedContact);
  }
  if (signals.contexts.length > 0) {
    score += WEIGHTS.context;
    reasons.push(signals.contexts.map((kind) => words.context[kind]).join(', '));
  }
  if (placeholderLeft) {
    score += WEIGHTS.placeholderLeft;
    reasons.push(words.whyPlaceholder);
  }
  if (stockText) reasons.unshift(words.whyStock);
  else if (noReason) reasons.unshift(words.whyNoReason);
  return {
    length: countCharacters(message),
    verdict: {
      findings,
      score: Math.max(0, Math.min(100, score)),
      why: reasons.join('; '),
      stockText,
      noReason,
      sharedContactOrContext: signals.sharedContact || signals.contexts.length > 0,
    },
  };
}
