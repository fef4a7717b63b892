import { defineConfig } from 'vitest/config';
import { hangGuard } from './packages/fixtures/src/time-budget.ts';

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
    // A timeout catches a hang, not a slow machine: property tests are bounded by their runs, and turbo runs packages
    // side by side on two cores, often beside another suite.
    testTimeout: hangGuard(180_000),
    hookTimeout: hangGuard(180_000),
    // Quiet while tests pass; a failing test shows what it logged.
    silent: 'passed-only',
  },
});
