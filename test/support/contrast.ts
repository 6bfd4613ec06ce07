/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Parts of this file run in the page (evaluate, waitForFunction): the browser's types.
import type { Page } from 'playwright-core';

/** A visible piece of text whose colour on its background falls below WCAG AA. */
export interface LowContrast {
  text: string;
  ratio: number;
  required: number;
}

/**
 * Every visible element that holds text, its colour against the first opaque background behind
 * it, measured with WCAG 2's formula: 4.5:1, or 3:1 for large text (24px, or 18.66px bold).
 */
export function lowContrast(page: Page): Promise<LowContrast[]> {
  return page.evaluate(() => {
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = channels(color).map((value, index) => (index < 3 ? value / 255 : value));
      const linear = (value: number) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const background = (element: Element | null): string => {
      for (let at = element; at; at = at.parentElement) {
        const color = getComputedStyle(at).backgroundColor;
        if ((channels(color)[3] ?? 1) > 0) return color;
      }
      return 'rgb(255, 255, 255)';
    };
    const found: { text: string; ratio: number; required: number }[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('').trim();
      if (!text || !(element as HTMLElement).checkVisibility?.()) continue;
      const style = getComputedStyle(element);
      const [lighter, darker] = [luminance(style.color), luminance(background(element))].sort((a, b) => b - a) as [number, number];
      const ratio = (lighter + 0.05) / (darker + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const required = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700) ? 3 : 4.5;
      if (ratio < required) found.push({ text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100, required });
    }
    return found;
  });
}
