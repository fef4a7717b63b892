import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';
import { hangGuard } from '../fixtures/src/time-budget.ts';

// The contract, multi-instance and crash tests start real databases and processes: give them room.
export default mergeConfig(
  shared,
  defineProject({
    test: { name: 'store', testTimeout: hangGuard(600_000), hookTimeout: hangGuard(300_000) },
  }),
);
