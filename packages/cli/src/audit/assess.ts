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

export interface Assessment {
  length: number;
  verdict: Verdict;
  /** The verdict's number for `Assessor.verdict`, or 0 when it was not kept (see VERDICTS). */
  verdictId: number;
}

// The export holds what was sent: limits were enforced by LinkedIn, and the report counts
// lengths against 200 and 300 itself, so the length rules would only repeat that.
const AUDIT_RULES: RulesConfig = { ...recommended, 'max-length': 'off', 'near-max-length': 'off' };

const WEIGHTS = { note: 20, reason: 35, sharedContact: 25, context: 20, placeholderLeft: -30 } as const;

/**
 * Notes remembered with their assessment, so that a note sent many times (stock text, a
 * template) is linted once: about a million characters, each note counted with 100 more for its
 * place in the cache (some 5,000 notes of LinkedIn's length). The oldest goes first when the
 * budget is spent: a note sent often comes back soon after, so it is linted again once in a
 * while at most.
 */
const CACHE_CHARACTERS = 1_000_000;
const CACHE_ENTRY_CHARACTERS = 100;

/**
 * Distinct verdicts kept, to be found again by number: a report keeps each note's verdict as a
 * number (a Uint16Array), not the verdict. Real notes give a few hundred (the same findings and
 * reasons come back); notes each with findings of their own (a placeholder of their own left
 * in, say) may give more, and past this a verdict is made again from the note when it is needed.
 */
export const VERDICTS = 16_384;

/** Notes assessed, each distinct note once while it is remembered, each distinct verdict kept once. */
export class Assessor {
  private readonly cache = new Map<string, Assessment>();
  private cachedCharacters = 0;
  private readonly verdictIds = new Map<string, number>();
  // Number 0 is "not kept".
  private readonly verdicts: (Verdict | undefined)[] = [undefined];
  private readonly words: ReturnType<typeof auditWords>;

  constructor(private readonly options: { degree: Degree | undefined; locale: Locale }) {
    this.words = auditWords(options.locale);
  }

  assess(message: string): Assessment {
    const cached = this.cache.get(message);
    if (cached) return cached;
    const { length, verdict } = assess(message, this.options.degree, this.options.locale, this.words);
    const assessment = { length, ...this.kept(verdict) };
    this.cache.set(message, assessment);
    this.cachedCharacters += message.length + CACHE_ENTRY_CHARACTERS;
    for (const [oldest] of this.cache) {
      if (this.cachedCharacters <= CACHE_CHARACTERS) break;
      this.cache.delete(oldest);
      this.cachedCharacters -= oldest.length + CACHE_ENTRY_CHARACTERS;
    }
    return assessment;
  }

  /** A verdict kept, by its number; undefined for 0. */
  verdict(id: number): Verdict | undefined {
    return this.verdicts[id];
  }

  /** The kept copy of `verdict` and its number; `verdict` itself and 0 once VERDICTS are kept. */
  private kept(verdict: Verdict): { verdict: Verdict; verdictId: number } {
    const key = JSON.stringify(verdict);
    let verdictId = this.verdictIds.get(key);
    if (verdictId === undefined) {
      if (this.verdicts.length > VERDICTS) return { verdict, verdictId: 0 };
      verdictId = this.verdicts.push(verdict) - 1;
      this.verdictIds.set(key, verdictId);
    }
    return { verdict: this.verdicts[verdictId]!, verdictId };
  }
}

function assess(message: string, degree: Degree | undefined, locale: Locale, words: ReturnType<typeof auditWords>): { length: number; verdict: Verdict } {
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
