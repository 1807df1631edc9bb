import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One search for redis-server per run; Redis tests skip with a notice when there is none.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-redis.ts'],
    // Whole-process tests (CLI, fake Discord, Redis) spawn children; keep the pool small on 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
