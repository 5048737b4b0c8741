import { defineConfig } from 'vitest/config';

// Unit and integration tests live in test/, mirroring the source folders, so that
// src-shared can stay free of node:* imports while its tests read fixtures from disk.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
