import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse);

/** Markdown to mdast, with positions. Loaded only when a Markdown file is linted (see markdown-parser.ts). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
