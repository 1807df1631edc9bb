/**
 * `npm start` compiles only when a source changed: scripts/build-if-stale.js run for real on a
 * scratch project whose "compiler" just counts its runs, so each case takes milliseconds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'build-if-stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setUp(): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/typescript/bin'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), '{}');
  writeFileSync(join(dir, 'tsconfig.build.json'), JSON.stringify({ include: ['src'] }));
  writeFileSync(join(dir, 'src/a.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'src/b.ts'), 'export const b = 2;\n');
  writeFileSync(join(dir, 'src/a.test.ts'), 'test file, not an input\n');
  // Stands in for tsc: counts its runs and leaves a compiled file in dist/.
  writeFileSync(
    join(dir, 'node_modules/typescript/bin/tsc'),
    `const fs = require('node:fs'); const path = require('node:path');
     const root = path.dirname(process.argv[3]);
     fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
     fs.writeFileSync(path.join(root, 'dist/out.js'), '');
     fs.appendFileSync(path.join(root, 'runs'), 'x');`,
  );
  writeFileSync(join(dir, 'node_modules/typescript/package.json'), '{"type":"commonjs"}');
}

const build = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/build-if-stale.js'), '--root', dir, ...args], { encoding: 'utf8' });
const runs = () => (existsSync(join(dir, 'runs')) ? readFileSync(join(dir, 'runs'), 'utf8').length : 0);

describe('npm start builds only when the sources changed', () => {
  setUp();

  it('compiles the first time, then not again while nothing changed', () => {
    expect(build().status).toBe(0);
    expect(runs()).toBe(1);
    const again = build();
    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(runs()).toBe(1);
  });

  it('compiles again when a source changes, but not for a test file', () => {
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'src/a.test.ts'), later, later);
    build();
    expect(runs()).toBe(1);
    writeFileSync(join(dir, 'src/a.ts'), 'export const a = 10;\n');
    expect(build().stderr).toMatch(/compiling/);
    expect(runs()).toBe(2);
  });

  it('empties dist/ first when a source was removed, so no stale module lingers', () => {
    writeFileSync(join(dir, 'dist/left-over.js'), '');
    rmSync(join(dir, 'src/b.ts'));
    build();
    expect(runs()).toBe(3);
    expect(existsSync(join(dir, 'dist/left-over.js'))).toBe(false);
    expect(existsSync(join(dir, 'dist/out.js'))).toBe(true);
  });

  it('always compiles with --force (npm run build), and stops on a compile error', () => {
    build('--force');
    expect(runs()).toBe(4);
    writeFileSync(join(dir, 'node_modules/typescript/bin/tsc'), 'process.exit(2);');
    writeFileSync(join(dir, 'src/a.ts'), 'export const a = 11;\n');
    expect(build().status).toBe(2);
  });
});
