import { defineConfig } from 'vitest/config';

// Root config: every package as a project, for one run across the repo.
export default defineConfig({
  test: { projects: ['packages/*'] },
});
