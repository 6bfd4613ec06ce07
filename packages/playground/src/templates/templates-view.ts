import { isLanguage, type Locale } from '@invite-lint/core/internal';
import templates, { type PlaygroundTemplate } from 'virtual:template-library';
import { byId, h, setOptions } from '../dom.js';
import { renderFindings, type FindingsView } from '../findings-list.js';
import type { Say } from '../i18n/locale.js';
import { degreeName, languageName, scenarioName } from '../i18n/names.js';
import { debounce, newestOnly, type Linter } from '../linter.js';
import { renderMeter } from '../note/meter.js';
import type { TemplateReport } from '../protocol.js';
import { DEFAULT_STATE, type NoteState } from '../state/note-state.js';
import { ALL, distinct, filterLibrary } from './library-filter.js';

const RENDER_DELAY_MS = 40;

/** What the open template's panel updates after each check. */
interface OpenTemplate {
  template: PlaygroundTemplate;
  values: Record<string, string>;
  rendered: HTMLElement;
  renderedMeter: HTMLElement;
  worstMeter: HTMLElement;
  templateFindings: FindingsView;
  renderedFindings: FindingsView;
  report?: TemplateReport;
}

/**
 * The template library: filters, the list, and the open template with its sample values as a
 * form, the note they render to, both sets of findings and the worst-case length. Its controls
 * are named apart from the note view's ("Template degree", "Template findings").
 */
export class TemplatesView {
  readonly #scenario = byId<HTMLSelectElement>('template-scenario');
  readonly #lang = byId<HTMLSelectElement>('template-lang');
  readonly #degree = byId<HTMLSelectElement>('template-degree');
  readonly #library = byId('library');
  readonly #noTemplates = byId('no-templates');
  readonly #detail = byId('template-detail');
  readonly #check: (open: OpenTemplate) => Promise<TemplateReport | undefined>;
  readonly #checkSoon = debounce(() => void this.#refresh(), RENDER_DELAY_MS);
  readonly #useNote: (state: NoteState) => void;
  #open: OpenTemplate | undefined;
  #locale: Locale;
  #say: Say;

  constructor(linter: Linter, useNote: (state: NoteState) => void, locale: Locale, say: Say) {
    this.#useNote = useNote;
    this.#locale = locale;
    this.#say = say;
    this.#check = newestOnly((open: OpenTemplate) => linter.run({ kind: 'template', id: open.template.id, values: open.values, locale: this.#locale }));
    for (const select of [this.#scenario, this.#lang, this.#degree]) select.addEventListener('change', () => this.#renderList());
    this.setLocale(locale, say);
    // Templates in the interface's language first: half the library, and the half one most likely wants.
    if (templates.some((template) => template.lang === locale)) {
      this.#lang.value = locale;
      this.#renderList();
    }
  }

  setLocale(locale: Locale, say: Say): void {
    this.#locale = locale;
    this.#say = say;
    const all: [string, string] = [ALL, say('all')];
    setOptions(this.#scenario, [all, ...distinct(templates, (t) => t.scenario).map((scenario) => [scenario, scenarioName(scenario, say)] as const)]);
    setOptions(this.#lang, [all, ...distinct(templates, (t) => t.lang).map((lang) => [lang, languageName(lang, locale)] as const)]);
    setOptions(this.#degree, [all, ...distinct(templates, (t) => t.degree).map((degree) => [degree, degreeName(degree, say)] as const)]);
    this.#renderList();
    if (this.#open) this.#show(this.#open.template, this.#open.values);
  }

  #renderList(): void {
    const shown = filterLibrary(templates, { scenario: this.#scenario.value, lang: this.#lang.value, degree: this.#degree.value });
    this.#library.replaceChildren(
      ...shown.map((template) => {
        const current = this.#open?.template.id === template.id;
        const button = h(
          'button',
          { type: 'button', class: 'template-choice', 'aria-current': current ? 'true' : undefined },
          h('span', { class: 'template-id' }, template.id),
          h('span', { class: 'template-facts' }, this.#facts(template, false)),
        );
        button.addEventListener('click', () => this.#show(template, undefined, true));
        return h('li', {}, button);
      }),
    );
    this.#noTemplates.hidden = shown.length > 0;
  }

  /** Scenario, language, account, and the degree where the filters do not already say it. */
  #facts(template: PlaygroundTemplate, withDegree = true): string {
    const say = this.#say;
    const degree = withDegree && template.degree !== undefined ? degreeName(template.degree, say) : undefined;
    return [scenarioName(template.scenario, say), languageName(template.lang, this.#locale), degree, say('accountOf', { account: say(template.account) })]
      .filter(Boolean)
      .join(' · ');
  }

  /** Open a template: its text, a field per variable (its sample first), and the panels a check fills. */
  #show(template: PlaygroundTemplate, values: Record<string, string> | undefined, focus = false): void {
    const say = this.#say;
    const current = values ?? Object.fromEntries(Object.entries(template.variables).map(([name, spec]) => [name, spec.sample ?? '']));
    const section = (id: string, heading: string, ...content: (Node | false)[]) =>
      h('section', { 'aria-labelledby': id, class: 'panel' }, h('h3', { id }, heading), ...content);
    const meter = () => h('p', { class: 'meter' }, h('span', { class: 'label' }, `${say('length')}:`), ' ', h('span', { class: 'count' }), ' ', h('span', { class: 'state' }));
    const findings = (): FindingsView => ({ list: h('ul', { class: 'findings', 'aria-live': 'polite' }), empty: h('p', { class: 'empty' }, say('noProblems')) });
    const open: OpenTemplate = {
      template,
      values: current,
      rendered: h('p', { class: 'rendered-note' }),
      renderedMeter: meter(),
      worstMeter: meter(),
      templateFindings: findings(),
      renderedFindings: findings(),
    };
    this.#open = open;
    const fields = Object.entries(template.variables).map(([name, spec]) => {
      const input = h('input', { id: `variable-${name}`, type: 'text', value: current[name] ?? '', maxlength: spec.maxLength === undefined ? undefined : String(spec.maxLength), autocomplete: 'off' });
      input.addEventListener('input', () => {
        open.values = { ...open.values, [name]: input.value };
        this.#checkSoon();
      });
      const hint = [spec.description, spec.maxLength === undefined ? undefined : say('upTo', { max: spec.maxLength })].filter(Boolean).join(' · ');
      return h('div', { class: 'field' }, h('label', { for: input.id }, h('code', {}, name), hint && h('span', { class: 'hint' }, hint)), input);
    });
    const use = h('button', { type: 'button' }, say('checkThisNote'));
    use.addEventListener('click', () => {
      if (!open.report) return;
      const lang = isLanguage(template.lang) ? template.lang : 'auto';
      this.#useNote({ note: open.report.rendered.text, degree: template.degree ?? DEFAULT_STATE.degree, account: template.account, lang });
    });
    const title = h('h2', { id: 'template-title', tabindex: '-1' }, template.id);
    const labelled = (view: FindingsView, id: string) => {
      view.list.setAttribute('aria-labelledby', id);
      return [view.list, view.empty];
    };
    this.#detail.replaceChildren(
      title,
      h('p', { class: 'template-facts' }, this.#facts(template)),
      h(
        'div',
        { class: 'template-grid' },
        section('template-source-heading', say('template'), h('pre', { class: 'template-source', tabindex: '0', 'aria-labelledby': 'template-source-heading' }, template.body)),
        h('form', { class: 'panel', id: 'sample-values' }, h('fieldset', {}, h('legend', {}, say('sampleValues')), ...fields)),
        section('rendered-heading', say('renderedNote'), open.rendered, open.renderedMeter, use),
        section('worst-heading', say('worstCase'), open.worstMeter),
        section('template-findings-heading', say('templateFindings'), ...labelled(open.templateFindings, 'template-findings-heading')),
        section('rendered-findings-heading', say('renderedFindings'), ...labelled(open.renderedFindings, 'rendered-findings-heading')),
      ),
    );
    byId('sample-values').addEventListener('submit', (event) => event.preventDefault());
    this.#renderList();
    if (focus) title.focus();
    void this.#refresh();
  }

  async #refresh(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    const report = await this.#check(open);
    if (!report || open !== this.#open) return;
    open.report = report;
    open.rendered.textContent = report.rendered.text;
    renderMeter(open.renderedMeter, report.rendered.length, this.#say);
    if (report.worst) renderMeter(open.worstMeter, report.worst, this.#say);
    renderFindings(open.templateFindings, report.findings, this.#say);
    renderFindings(open.renderedFindings, report.rendered.findings, this.#say);
  }
}
