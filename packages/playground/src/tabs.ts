/**
 * WAI-ARIA tabs: one tab in the Tab order (the selected one), arrow keys, Home and End move
 * between tabs and show their panel.
 */
export class Tabs {
  readonly #tabs: HTMLElement[];

  constructor(tablist: HTMLElement) {
    this.#tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
    for (const tab of this.#tabs) {
      tab.addEventListener('click', () => this.select(tab.id));
      tab.addEventListener('keydown', (event) => this.#key(event, tab));
    }
  }

  select(id: string, focus = false): void {
    for (const tab of this.#tabs) {
      const selected = tab.id === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
      if (selected && focus) tab.focus();
    }
  }

  #key(event: KeyboardEvent, tab: HTMLElement): void {
    const index = this.#tabs.indexOf(tab);
    const last = this.#tabs.length - 1;
    const target = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    const next = target === undefined ? undefined : this.#tabs[target];
    if (!next) return;
    event.preventDefault();
    this.select(next.id, true);
  }
}
