import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fixtures/**', 'node_modules/**'],
    environment: 'node',
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    testTimeout: 30_000,
  },
});
