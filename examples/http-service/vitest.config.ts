import { defineConfig } from 'vitest/config';
import { hangGuard } from '../../packages/fixtures/src/time-budget.ts';

// The example is tested as a consumer: it imports the packages' built output, not their source.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: hangGuard(600_000), hookTimeout: hangGuard(300_000) },
});
