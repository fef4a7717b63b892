import { defineConfig } from 'vitest/config';

// The example is tested as a consumer: it imports the packages' built output, not their source.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
