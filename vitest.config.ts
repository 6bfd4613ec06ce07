import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    globalSetup: ['./test/support/temporary-root.ts'],
    // examples/plugin's tests too: they use the public rule tester, as a plugin's author would.
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'examples/*/test/**/*.test.js'],
    // Subprocess tests start Node; two cores run two files at a time without starving each other.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
