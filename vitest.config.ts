import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    // Subprocess tests start Node; two cores run two files at a time without starving each other.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
