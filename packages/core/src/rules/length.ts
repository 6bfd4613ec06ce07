import { countSpans, offsetAfterCount } from '../document/length.js';
import { crossing, measure, type Mode } from '../document/template.js';
import type { RuleContext } from '../engine/rule.js';
import type { Locale } from '../settings.js';

type LengthContext = RuleContext<unknown, string>;

/** A note's length, or a template's length in one rendering mode, and where it passes a count. */
export interface MeasuredLength {
  count: number;
  /** Source offset where the text past `count` characters starts; undefined if it is not that long. */
  offsetAfter(count: number): number | undefined;
}

export function noteLength(context: LengthContext): MeasuredLength {
  const { source, spans } = context.document;
  return { count: countSpans(source, spans), offsetAfter: (count) => offsetAfterCount(source, spans, count) };
}

export function templateLength(context: LengthContext, mode: Mode): MeasuredLength | undefined {
  const model = context.template;
  if (!model) return undefined;
  const { source } = context.document;
  return {
    count: measure(model.segments, mode, source),
    offsetAfter: (count) => crossing(model.segments, mode, source, count),
  };
}

const LIMIT_PHRASES: Record<Locale, Record<'limit' | 'account' | 'default', (limit: number, account?: string) => string>> = {
  en: {
    limit: (limit) => `${limit}-character limit`,
    account: (limit, account) => `${limit}-character limit of ${account === 'free' ? 'free' : 'Premium'} accounts`,
    default: (limit) => `${limit}-character limit`,
  },
  es: {
    limit: (limit) => `límite de ${limit} caracteres`,
    account: (limit, account) => `límite de ${limit} caracteres de las cuentas ${account === 'free' ? 'gratuitas' : 'Premium'}`,
    default: (limit) => `límite de ${limit} caracteres`,
  },
};

/** "300-character limit", "200-character limit of free accounts", in the message locale. */
export function limitPhrase(context: LengthContext): string {
  const { limit, limitSource, account } = context.settings;
  return LIMIT_PHRASES[context.locale][limitSource](limit, account);
}
