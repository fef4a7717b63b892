import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The contract, multi-instance and crash tests start real databases and processes: give them room.
export default mergeConfig(
  shared,
  defineProject({ test: { name: 'store', testTimeout: 180_000, hookTimeout: 120_000 } }),
);
