import { defineConfig } from 'vitest/config';

// Tests run in Vite's SSR environment, so the source condition goes under `ssr.resolve`;
// setting it replaces Vite's defaults, which are listed again after it.
export default defineConfig({
  ssr: {
    resolve: {
      conditions: ['@chuangwen/source', 'module', 'node', 'development|production'],
    },
  },
  test: {
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    include: ['test/**/*.test.ts'],
    // Property tests run hundreds of cases; turbo runs packages in parallel on two cores, so allow for a loaded machine.
    testTimeout: 60_000,
    onConsoleLog: () => false,
  },
});
