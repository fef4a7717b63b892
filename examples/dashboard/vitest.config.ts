import { defineConfig } from 'vitest/config';
import { hangGuard } from '../../packages/fixtures/src/time-budget.ts';

// The page is tested in a real Chromium against a real service, one file at a time (two cores, one browser).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: hangGuard(300_000),
    hookTimeout: hangGuard(600_000),
  },
});
