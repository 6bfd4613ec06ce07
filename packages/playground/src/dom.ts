// A tiny DOM layer: elements from a tag, attributes and children. Text is always set as text,
// never parsed as HTML, so a note or a message can hold `<script>` harmlessly.
export type Child = Node | string | false | null | undefined;

export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children.filter((child): child is Node | string => child !== false && child !== null && child !== undefined));
  return element;
}

/** The element with `id`, which the page's HTML must have. */
export function byId<Element extends HTMLElement = HTMLElement>(id: string): Element {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as Element;
}

/** A select's options replaced, keeping the chosen value where it still exists. */
export function setOptions(select: HTMLSelectElement, options: readonly (readonly [value: string, label: string])[]): void {
  const chosen = select.value;
  select.replaceChildren(...options.map(([value, label]) => h('option', { value }, label)));
  if (options.some(([value]) => value === chosen)) select.value = chosen;
}
