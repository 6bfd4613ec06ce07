import type { Fix } from '@invite-lint/core';
import { h } from './dom.js';
import type { Say } from './i18n/locale.js';
import type { Finding } from './protocol.js';

/** A list of findings and the line shown in its place when it is empty. */
export interface FindingsView {
  list: HTMLElement;
  empty: HTMLElement;
}

const shown = new WeakMap<HTMLElement, string>();

/**
 * Each finding as an item: where, severity, message, the rule's id linking to its docs, and,
 * when `apply` is given, its fix and suggestions as buttons. The list is an aria-live region,
 * so it is rebuilt only when what it says changes: a keystroke that changes no finding says nothing.
 */
export function renderFindings(view: FindingsView, findings: readonly Finding[], say: Say, apply?: (fix: Fix) => void): void {
  const key = JSON.stringify([say('error'), findings, apply !== undefined]);
  if (shown.get(view.list) === key) return;
  shown.set(view.list, key);
  view.list.replaceChildren(...findings.map((finding) => findingItem(finding, say, apply)));
  view.empty.hidden = findings.length > 0;
}

function findingItem(finding: Finding, say: Say, apply: ((fix: Fix) => void) | undefined): HTMLLIElement {
  const severity = finding.severity === 2 ? 'error' : 'warning';
  const rule = finding.ruleId ?? 'invite-lint';
  const edits = apply ? [...(finding.fix ? [{ desc: say('fix'), fix: finding.fix }] : []), ...finding.suggestions] : [];
  const buttons = edits.map((edit) => {
    const button = h('button', { type: 'button', class: 'edit' }, edit.desc);
    button.addEventListener('click', () => apply?.(edit.fix));
    return button;
  });
  return h(
    'li',
    { class: `finding ${severity}` },
    h('span', { class: 'severity' }, say(severity)),
    h('span', { class: 'where' }, `${finding.line}:${finding.column}`),
    h('span', { class: 'message' }, finding.message),
    finding.url
      ? h('a', { class: 'rule', href: finding.url, target: '_blank', rel: 'noopener noreferrer', title: say('docsFor', { rule }) }, rule)
      : h('code', { class: 'rule' }, rule),
    buttons.length > 0 && h('div', { class: 'edits' }, ...buttons),
  );
}
