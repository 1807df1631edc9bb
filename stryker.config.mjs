// Mutation testing of the rule engines, the mock-interview engine and the text checks.
// Run with `npm run test:mutation` (not part of CI): it reuses the committed results in
// reports/stryker-incremental.json and reruns only the mutants whose code or tests changed;
// `-- --full` reruns all (over an hour on 2 shared cores); one module with `-- --mutate src/rules/letters.ts`.
// Where a run's time goes: every mutant starts a fresh vitest worker, which loads the modules (and,
// for the text pipeline, the NLP model) once, then runs only the tests that reached the mutant in the
// dry run, the mutated module's own test file first, and stops at the first failure
// (vitest.mutation.config.ts). A surviving mutant pays for every test that reaches it, so killing
// survivors also makes the run faster. tools/mutation-report.mjs then applies
// stryker.equivalents.json (mutants that cannot change behaviour, each with its reason) and prints
// the score of each area against its target and only the survivors nobody has looked at yet.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    configFile: 'vitest.mutation.config.ts',
    // Per mutated file, only the test files that import it (directly or not) run.
    related: true,
  },
  mutate: ['src/rules/**/*.ts', 'src/mock/**/*.ts', 'src/text/**/*.ts'],
  // Each mutant runs only the tests that reached it in the first (dry) run.
  coverageAnalysis: 'perTest',
  // Static mutants (in values built when a module loads: the text detectors' pattern lists, the
  // question bank) reach no single test, so each one reloads and reruns every related test file:
  // about 5,000 of them, hours on 2 cores. The full run skips them to stay under 40 minutes (the
  // report counts them as "not run"); `-- --ignoreStatic false --mutate FILE` runs them for one file.
  ignoreStatic: true,
  // The machine is shared: two workers at most.
  concurrency: 2,
  timeoutMS: 15_000,
  // The sandbox needs the sources, the tests and the guides the engines cite; not builds or reports.
  ignorePatterns: ['dist', 'data', 'coverage', 'reports', 'bench', 'docs', '.ci', '.stryker-tmp*'],
  tempDirName: '.stryker-tmp',
  // `-- --incremental` reuses the results of mutants whose code and tests did not change.
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // The targets are checked per area by tools/mutation-report.mjs, after the equivalents are set aside.
  thresholds: { high: 90, low: 85, break: null },
};
