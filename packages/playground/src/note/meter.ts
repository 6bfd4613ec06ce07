import type { Say } from '../i18n/locale.js';
import type { Length } from '../protocol.js';

export type MeterLevel = 'ok' | 'near' | 'over';

/** The same points as the rules: over the limit is max-length, within the margin below it near-max-length. */
export function meterLevel({ count, limit, margin }: Length): MeterLevel {
  if (count > limit) return 'over';
  return limit - count <= margin ? 'near' : 'ok';
}

/** "N / 200", and in words (not colour alone) when near or over the limit. */
export function renderMeter(meter: HTMLElement, length: Length, say: Say): void {
  const level = meterLevel(length);
  meter.dataset.level = level;
  const count = meter.querySelector('.count');
  const state = meter.querySelector('.state');
  if (count) count.textContent = `${length.count} / ${length.limit}`;
  if (state) state.textContent = level === 'over' ? say('lengthOver') : level === 'near' ? say('lengthNear') : '';
}
