import { basename, dirname, relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const posix = (p: string) => p.split('\\').join('/');

/**
 * The tests most likely to kill a mutant run first. Stryker stops a mutant's run at the first
 * failing test, so a killed mutant costs only the files run before its killer: the test file named
 * after the mutated module (`src/text/structure.ts` → `test/text/structure.test.ts`, `src/mock/star.ts`
 * → `test/mock/star-kinds.test.ts`), then the rest of its area's folder, then the other folders,
 * cheap ones first. Stryker names the mutated file in `related` for each mutant run; in a plain
 * vitest run there is none and the order is by folder.
 */
const FOLDERS = ['test/rules/', 'test/mock/', 'test/text/', 'test/composers/'];

class KillerFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const mutated = (this.ctx.config.related ?? []).map((f) => posix(relative(root, f)));
    const stems = mutated.map((f) => basename(f, '.ts'));
    // src/rules/redflag-rules/exams.ts → test/rules/redflag-rules/
    const areas = mutated.map((f) => `${dirname(f).replace(/^src\//, 'test/')}/`);
    const rank = (f: TestSpecification) => {
      const path = posix(relative(root, f.moduleId));
      const name = basename(path);
      if (stems.some((s) => name === `${s}.test.ts` || name.startsWith(`${s}-`))) return 0;
      if (areas.some((a) => path.startsWith(a))) return 1;
      const i = FOLDERS.findIndex((prefix) => path.startsWith(prefix));
      return 2 + (i < 0 ? FOLDERS.length : i);
    };
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

// The tests Stryker runs against each mutant (`npm run test:mutation`, see stryker.config.mjs):
// only the fast, in-process unit tests of the mutated engines. Left out: the CLI, Discord, Redis and
// end-to-end tests (they run dist/ or whole processes and cannot see a mutant), the corpus sweeps
// (test/corpus: 400 profiles, the evasion property test, the dev-corpus gate that runs every item
// while it loads) and the composer tests other than the gap drafter's. A surviving mutant pays for
// every test that reaches it, and these were the first to kill only 8 of 4,107 killed mutants in
// the morning run of 3 Dec.
export default defineConfig({
  test: {
    include: [
      'test/rules/**/*.test.ts',
      'test/mock/**/*.test.ts',
      'test/text/**/*.test.ts',
      'test/composers/gap-draft.test.ts',
    ],
    sequence: { sequencer: KillerFirst },
    // One worker per mutant run (Stryker asks for one) loads the modules and the NLP model once for
    // all the files it runs, not once per file: a third less time per mutant, measured. The suite
    // passes this way (the tests share no state through modules).
    isolate: false,
    testTimeout: 20_000,
  },
});
