import { defineConfig } from 'vitest/config';

// The app is tested in a real Chromium against a real service, one file at a time (two cores, one browser).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
