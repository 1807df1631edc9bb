#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ (`npm run build`) so it starts without a TS loader.
import('../dist/src/cli/main.js').catch((e) => {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist/src/cli')) {
    process.stderr.write('advisor: not built yet; run `npm run build` first\n');
    process.exit(1);
  }
  throw e;
});
