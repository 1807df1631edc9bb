import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Focused unit tests first, the slow corpus sweeps last. Stryker stops a mutant's run at the first
 * failing test, and a mutant in module-level data (the question bank, a pattern list) runs every
 * related test file: with the cheap files first, most of those runs end within a second.
 */
const ORDER = [
  'test/mock/bank.test.ts',
  'test/rules/',
  'test/mock/',
  'test/text/',
  'test/composers/',
  'test/corpus/profiles.test.ts',
  'test/corpus/',
];

class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const path = relative(process.cwd(), f.moduleId).split('\\').join('/');
      const i = ORDER.findIndex((prefix) => path.startsWith(prefix));
      return i < 0 ? ORDER.length : i;
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

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
    // 400 generated profiles through the drafter and the text pipeline in one test (~20 s): a
    // surviving mutant would pay that every time. The unit tests of the lint and the drafter cover it.
    exclude: ['test/composers/gap-draft-fuzz.test.ts'],
    sequence: { sequencer: CheapFirst },
    testTimeout: 20_000,
  },
});
