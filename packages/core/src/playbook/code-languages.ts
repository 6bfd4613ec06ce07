/**
 * Info strings of fenced code blocks that hold code, data or markup, never a message: a
 * playbook shows commands, configs and Markdown source in such blocks. Any other info string
 * (none, `text`, `invite`, a language of people) leaves the block a note.
 */
export const CODE_INFO_STRINGS: ReadonlySet<string> = new Set([
  'sh', 'shell', 'bash', 'zsh', 'fish', 'console', 'shellsession', 'powershell', 'ps1', 'pwsh', 'bat', 'cmd', 'batch',
  'js', 'javascript', 'mjs', 'cjs', 'jsx', 'ts', 'typescript', 'tsx', 'node',
  'json', 'jsonc', 'json5', 'jsonl', 'yaml', 'yml', 'toml', 'ini', 'xml', 'csv', 'tsv', 'env', 'dotenv', 'properties',
  'html', 'css', 'scss', 'sass', 'less', 'svg', 'vue', 'svelte',
  'markdown', 'md', 'mdx', 'rst', 'tex', 'latex',
  'py', 'python', 'rb', 'ruby', 'go', 'golang', 'rs', 'rust', 'java', 'kt', 'kotlin', 'scala', 'swift', 'c', 'h', 'cpp', 'c++', 'cc', 'cs', 'csharp', 'fsharp',
  'php', 'perl', 'pl', 'lua', 'r', 'dart', 'elixir', 'ex', 'erlang', 'haskell', 'hs', 'clojure', 'clj', 'ocaml', 'julia', 'groovy', 'objc', 'zig', 'nim',
  'sql', 'graphql', 'gql', 'proto', 'protobuf', 'prisma',
  'diff', 'patch', 'dockerfile', 'docker', 'makefile', 'make', 'cmake', 'nginx', 'apache', 'terraform', 'hcl', 'nix',
  'mermaid', 'plantuml', 'dot', 'graphviz', 'regex', 'http', 'log', 'vim', 'lisp', 'elisp', 'asm', 'wasm', 'solidity',
]);

/**
 * Handlebars is invite-lint's own template language: a fence marked `hbs` or `handlebars` is a
 * template kept in the playbook, linted as a `.hbs` file is.
 */
export const TEMPLATE_INFO_STRINGS: ReadonlySet<string> = new Set(['hbs', 'handlebars']);

/** The explicit marker: a fence that says it is an invitation note. */
export const NOTE_INFO_STRING = 'invite';
