import { hash } from 'node:crypto';

/**
 * A 52-bit number standing for a string, for remembering 300,000 notes or URLs in a few
 * megabytes: a Map keyed by numbers is far smaller than one keyed by the strings themselves,
 * and at 52 bits two different strings sharing one is negligible.
 */
export function fingerprint(text: string): number {
  return Number.parseInt(hash('sha1', text, 'hex').slice(0, 13), 16);
}
