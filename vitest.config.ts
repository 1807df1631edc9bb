import { configDefaults, defineConfig } from 'vitest/config';

// The load test (test/load) drives 200 members against a real bot process and times the run; it
// measures the bot, so it runs alone, after every other file, instead of beside another worker
// that competes for the two cores and the disk (on a loaded CI box that contention alone once
// stalled SQLite's serialized, fsynced writes past the bot's 2 s store deadline).
const LOAD = 'test/load/**/*.test.ts';

export default defineConfig({
  test: {
    // One search for redis-server per run; Redis tests skip with a notice when there is none.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-redis.ts'],
    // Whole-process tests (CLI, fake Discord, Redis) spawn children; keep the pool small on 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, LOAD],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'load', include: [LOAD], sequence: { groupOrder: 1 }, maxWorkers: 1 },
      },
    ],
  },
});
