import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant (`npm run test:mutation`, see stryker.config.mjs).
// Only the fast, in-process tests that import the mutated engines: the CLI, Discord, Redis and
// end-to-end tests run compiled code from dist/ or whole processes, so they cannot see a mutant
// and would only slow every run down. The Stryker runner adds its own single-thread pool.
export default defineConfig({
  test: {
    include: [
      'test/rules/**/*.test.ts',
      'test/mock/**/*.test.ts',
      'test/text/**/*.test.ts',
      'test/corpus/**/*.test.ts',
      'test/composers/**/*.test.ts',
    ],
    testTimeout: 20_000,
  },
});
