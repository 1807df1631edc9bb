import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXAMPLE_PROFILE = resolve(ROOT, '../shared/examples/profile.example.json');
/** A fresh copy of the example member's profile file, as stored (not run through the profile parser). */
export const readExampleProfile = (): Profile => JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Profile;
/** The same member with the `residencies` field the contract added later. */
export const EXAMPLE_WITH_RESIDENCIES = resolve(ROOT, '../shared/examples/profile.with-residencies.example.json');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn the real `advisor` binary (built JS), with no LLM and no Discord configured. */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/advisor.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 15_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 2, exactly one line on stderr (starting "advisor: "), nothing on stdout, no stack trace. */
export function expectBadInput(args: string[], ...mentions: string[]): string {
  const r = runCli(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  const line = lines[0]!;
  expect(line).toMatch(/^advisor: /);
  expect(line).not.toMatch(/\n\s+at |Error:|node:internal/);
  for (const m of mentions) expect(line).toContain(m);
  return line;
}

/** Run with --json and parse the single JSON object the contract promises on stdout. */
export function runCliJson<T = Record<string, unknown>>(args: string[]): T {
  const r = runCli([...args, '--json']);
  if (r.code !== 0) throw new Error(`advisor ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** A scratch directory for input files of one test file. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'advisor-test-'));
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return p;
}
