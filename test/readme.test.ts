import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './support/cli.js';

const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the README quick start', () => {
  const pnpm = `pnpm@${(JSON.parse(read('package.json')) as { packageManager: string }).packageManager.split('@')[1]}`;
  const readme = read('README.md');

  it('pins the pnpm version that package.json pins', () => {
    expect(readme).toContain(`npx -y ${pnpm} install && npx -y ${pnpm} exec invite-lint examples`);
    expect(readme).toContain(`npx -y ${pnpm} test`);
  });

  it('is what CI runs', () => {
    expect(read('.ci/run')).toContain(`npx -y ${pnpm} test`);
  });
});
