import type { Root } from 'mdast';

/** Markdown to mdast with positions: remark-parse, handed to `lint` by whoever lints Markdown. */
export type MarkdownParser = (text: string) => Root;

let loading: Promise<MarkdownParser> | undefined;

/**
 * remark-parse, loaded on first use: `lint` stays synchronous, and a folder of `.txt` notes
 * never loads or starts the Markdown parser (it would cost every run its start-up).
 */
export function loadMarkdownParser(): Promise<MarkdownParser> {
  loading ??= import('./parse-markdown.js').then((module) => module.parseMarkdown);
  return loading;
}
