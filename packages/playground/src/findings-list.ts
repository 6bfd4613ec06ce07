import type { Fix } from '@invite-lint/core/internal';
import { h } from './dom.js';
import { editsOf } from './edits.js';
import type { Say } from './i18n/locale.js';
import type { Finding } from './protocol.js';

/** A list of findings and the line shown in its place when it is empty. */
export interface FindingsView {
  list: HTMLElement;
  empty: HTMLElement;
}

/** What each list shows: what it says (`key`) and the findings of the latest lint. */
const shown = new WeakMap<HTMLElement, { key: string; findings: readonly Finding[] }>();

/**
 * Each finding as an item: severity, message, the rule's id linking to its docs, and, when
 * `apply` is given, its fix and suggestions as buttons. The list is an aria-live region, so it
 * is rebuilt only when what it says changes: typing that only moves a finding says nothing,
 * and its buttons apply the edits of the latest lint, wherever the finding now is.
 */
export function renderFindings(view: FindingsView, findings: readonly Finding[], say: Say, apply?: (fix: Fix) => void): void {
  const key = JSON.stringify([say('fix'), apply !== undefined, findings.map((finding) => [finding.ruleId, finding.severity, finding.message, finding.url, editsOf(finding, '').map((edit) => edit.desc)])]);
  const before = shown.get(view.list);
  shown.set(view.list, { key, findings });
  if (before?.key === key) return;
  const latest = (index: number) => shown.get(view.list)?.findings[index];
  view.list.replaceChildren(
    ...findings.map((finding, index) => {
      const buttons = (apply ? editsOf(finding, say('fix')) : []).map((edit, editIndex) => {
        const button = h('button', { type: 'button', class: 'edit' }, edit.desc);
        button.addEventListener('click', () => {
          const now = latest(index);
          const fix = now && editsOf(now, '')[editIndex]?.fix;
          if (fix) apply?.(fix);
        });
        return button;
      });
      return findingItem(finding, say, buttons);
    }),
  );
  view.empty.hidden = findings.length > 0;
}

function findingItem(finding: Finding, say: Say, buttons: readonly HTMLButtonElement[]): HTMLLIElement {
  const severity = finding.severity === 2 ? 'error' : 'warning';
  const rule = finding.ruleId ?? 'invite-lint';
  return h(
    'li',
    { class: `finding ${severity}` },
    h('span', { class: 'severity' }, say(severity)),
    h('span', { class: 'message' }, finding.message),
    finding.url
      ? h('a', { class: 'rule', href: finding.url, target: '_blank', rel: 'noopener noreferrer', title: say('docsFor', { rule }) }, rule)
      : h('code', { class: 'rule' }, rule),
    buttons.length > 0 && h('div', { class: 'edits' }, ...buttons),
  );
}
