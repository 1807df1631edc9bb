#!/bin/sh
# `npm run test:mutation [-- STRYKER OPTIONS]`, e.g. `-- --mutate src/rules/letters.ts` for one module;
# `-- --full` for a run that reuses nothing.
# Runs Stryker (stryker.config.mjs), then tools/mutation-report.mjs: scores per area against the
# targets, with the equivalents in stryker.equivalents.json set aside.
set -e
cd "$(dirname "$0")/.."
# Stryker copies the repo into .stryker-tmp/sandbox-*; some tests read ../shared (the contract's
# example profiles), so the sandbox needs a ../shared beside it as the repo has.
mkdir -p .stryker-tmp
ln -sfn ../../shared .stryker-tmp/shared
# Reuse the committed results (reports/stryker-incremental.json: mutants whose code and tests did not
# change keep their result) unless `-- --full` asks for a run from scratch (over an hour on 2 cores).
if [ "$1" = "--full" ]; then
  shift
  npx stryker run stryker.config.mjs "$@"
else
  npx stryker run stryker.config.mjs --incremental "$@"
fi
node tools/mutation-report.mjs
