import { ruleById } from '@invite-lint/core/internal';
import type { Length } from '../protocol.js';

// The meter turns to a warning where near-max-length starts reporting: its own default margin.
const nearMaxLength = ruleById.get('near-max-length')?.meta.defaultOptions as { margin: number } | undefined;
const MARGIN = nearMaxLength?.margin ?? 0;

export function lengthOf(count: number, limit: number): Length {
  return { count, limit, margin: MARGIN };
}
