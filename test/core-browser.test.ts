import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { root } from './support/cli.js';

describe('core', () => {
  it('bundles for a browser: no Node built-ins anywhere in its dependency tree', async () => {
    const result = await build({
      entryPoints: [join(root, 'packages/core/dist/index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
    expect(code).toContain('no-placeholder-left');
  });
});
