// @ts-check
// The repository's own lint: ESLint's and typescript-eslint's recommended rules (without type
// information, so that `pnpm lint` stays a few seconds), run by `pnpm lint` and by CI.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/dist/', '**/node_modules/', '.ci/.cache/', '.scratch/', 'packages/playground/build/generated/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  stylistic.configs.customize({ semi: true, quotes: 'single', indent: 2, arrowParens: true, braceStyle: '1tbs', commaDangle: 'always-multiline' }),
  { languageOptions: { globals: globals.node } },
  {
    rules: {
      // A name starting with `_` is left unused on purpose; a rest sibling is what is kept.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The house layout, where it differs from @stylistic's defaults: double quotes around an
      // apostrophe ("LinkedIn's"), `=` ending a line, a chain of ternaries flat, one per line.
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/quote-props': ['error', 'as-needed'],
      '@stylistic/operator-linebreak': ['error', 'before', { overrides: { '=': 'after', '&&': 'after', '||': 'after', '??': 'after', '+': 'after' } }],
      '@stylistic/multiline-ternary': 'off',
      '@stylistic/indent': ['error', 2, { flatTernaryExpressions: true, SwitchCase: 1 }],
      '@stylistic/list-style': 'off',
      '@stylistic/max-len': ['error', { code: 220, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreComments: true }],
    },
  },
  { files: ['packages/playground/src/**'], languageOptions: { globals: globals.browser } },
  // The bin stubs are CommonJS (their folder's package.json says so; see packages/cli/bin/invite-lint.js).
  { files: ['packages/*/bin/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Language data is written as JSON would be: double quotes, so that a phrase with an apostrophe reads like any other.
  { files: ['packages/core/src/languages/*/**'], rules: { '@stylistic/quotes': 'off' } },
);
