import { nameWords, readExpression, type Placeholder } from './placeholders.js';

/** A `{{…}}` tag in a template, found by its delimiters (so it works on templates that do not parse). */
export interface TemplateTag {
  start: number;
  end: number;
  /** `value` renders text; `control` (blocks, else, partials) and `comment` render nothing themselves. */
  kind: 'value' | 'control' | 'comment';
  /** What is inside the braces, without `~` or the opening sigil. */
  inner: string;
}

const TAG = /\{\{!--[\s\S]*?--~?\}\}|\{\{~?![\s\S]*?\}\}|\{\{\{~?[\s\S]*?~?\}\}\}|\{\{~?[\s\S]*?~?\}\}/g;

export function scanTemplateTags(text: string, base = 0): TemplateTag[] {
  const tags: TemplateTag[] = [];
  for (const match of text.matchAll(TAG)) {
    const raw = match[0];
    const inner = raw.replace(/^\{\{\{?~?/, '').replace(/~?\}?\}\}$/, '').trim();
    const kind = inner.startsWith('!')
      ? 'comment'
      : /^(?:[#^/>*]|else\b)/.test(inner)
        ? 'control'
        : 'value';
    tags.push({ start: base + match.index, end: base + match.index + raw.length, kind, inner });
  }
  return tags;
}

/** A value tag seen as a placeholder: `{{default mutualName "a friend"}}` is named by its variables. */
export function tagPlaceholder(tag: TemplateTag, source: string): Placeholder {
  const slot = readExpression(tag.inner);
  return { start: tag.start, end: tag.end, raw: source.slice(tag.start, tag.end), syntax: 'mustache', words: nameWords(slot.name), ...slot };
}
