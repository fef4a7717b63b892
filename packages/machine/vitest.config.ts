import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';
import { hangGuard } from '../fixtures/src/time-budget.ts';

// Property and size tests dispatch thousands of events; give them room on a loaded 2-core machine.
export default mergeConfig(
  shared,
  defineProject({ test: { name: 'machine', testTimeout: hangGuard(600_000) } }),
);
