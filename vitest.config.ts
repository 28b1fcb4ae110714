import { defineConfig } from 'vitest/config';

// Component tests (*.test.tsx) choose their DOM per file with `// @vitest-environment happy-dom` (vitest 4
// has no environmentMatchGlobs); everything else runs on Node. JSX needs no plugin: Vite's Oxc transform
// compiles .tsx with React's automatic runtime, as the tsconfigs' "jsx": "react-jsx" says.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/fixtures/**', 'node_modules/**'],
    environment: 'node',
    reporters: ['default', './test/support/closing-line-reporter.ts'],
    testTimeout: 30_000,
  },
});
