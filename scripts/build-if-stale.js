#!/usr/bin/env node
/**
 * Compiles the TypeScript sources to dist/ only when they changed since the last build, so
 * `npm start` and the other npm scripts start at once after the first build (which `npm ci` runs,
 * through `prepare`). With --force it always compiles (`npm run build`).
 *
 * "Changed" means the fingerprint of the inputs differs from the one saved in dist/.build-stamp
 * after the last successful build: every file under tsconfig.build.json's `include` (path, size
 * and modification time), the two tsconfig files and package-lock.json (new dependency types).
 * When a source file disappeared, dist/ is emptied first so no stale module is left to import.
 * Plain JavaScript on purpose: it must run before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// `--root DIR` builds another checkout (the tests use a scratch copy); default: this repository.
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 ? process.argv[rootArg + 1] : join(dirname(fileURLToPath(import.meta.url)), '..');
const stampPath = join(root, 'dist', '.build-stamp');
const config = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8'));

/** Every input file, relative to the repo root, sorted. */
function inputs() {
  const files = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].filter((f) => existsSync(join(root, f)));
  const walk = (path) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isFile()) {
      if (/\.(c|m)?ts$/.test(path) && !/\.test\.ts$/.test(path)) files.push(path);
      return;
    }
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(relative(root, join(full, entry.name)));
    }
  };
  for (const path of config.include ?? []) walk(path);
  return [...new Set(files)].sort();
}

function fingerprint(files) {
  const hash = createHash('sha256');
  for (const f of files) {
    const s = statSync(join(root, f));
    hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8'));
  } catch {
    return undefined;
  }
}

const force = process.argv.includes('--force');
const files = inputs();
const current = fingerprint(files);
const stamp = readStamp();
if (!force && stamp?.fingerprint === current) process.exit(0);

if (stamp?.files?.some((f) => !files.includes(f))) {
  // A source was removed or renamed: its compiled copy would linger in dist/ and could be imported.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
}
if (!force) process.stderr.write('Sources changed since the last build: compiling (tsc)…\n');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
writeFileSync(stampPath, JSON.stringify({ fingerprint: current, files, builtAt: new Date().toISOString() }));
