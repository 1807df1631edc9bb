#!/usr/bin/env node
/**
 * Reads Stryker's JSON report (reports/mutation/mutation.json), sets aside the mutants listed in
 * stryker.equivalents.json (each with the reason it cannot change behaviour), and prints:
 * - the mutation score of each area against its target (src/rules 90%, src/mock and src/text 85%),
 *   and of each file;
 * - only the survivors nobody has judged yet, each with a ready-to-fill equivalents entry;
 * - equivalents entries that went stale (the mutant is now killed, or no longer exists).
 * Exits 1 when an area in the run is under its target, or the report is missing.
 *
 * A mutant is matched by file, mutator, the text of the line it starts on, the code it replaces and
 * its replacement: not by line number, so edits elsewhere in a file do not unlink an entry.
 *
 * Usage: node tools/mutation-report.mjs [--report FILE] [--equivalents FILE]
 */
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const reportFile = opt('--report', 'reports/mutation/mutation.json');
const equivalentsFile = opt('--equivalents', 'stryker.equivalents.json');

/**
 * Areas and their targets (issue 15): the text pipeline is src/text plus the checks built on it
 * (the pre-match checker, the gap lint, answer feedback, STAR and fillers); src/rules and src/mock
 * are the rest of those folders. A file belongs to the first area that takes it.
 */
const TEXT_CHECKS = new Set([
  'src/rules/prematch-check.ts',
  'src/rules/gap-lint.ts',
  'src/mock/feedback.ts',
  'src/mock/star.ts',
  'src/mock/fillers.ts',
]);
const AREAS = [
  { name: 'text pipeline', has: (f) => f.startsWith('src/text/') || TEXT_CHECKS.has(f), target: 85 },
  { name: 'src/rules', has: (f) => f.startsWith('src/rules/'), target: 90 },
  { name: 'src/mock', has: (f) => f.startsWith('src/mock/'), target: 85 },
];
const areaOf = (f) => AREAS.find((a) => a.has(f));

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const squash = (s) => s.replace(/\s+/g, ' ').trim();
const clip = (s, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

if (!existsSync(reportFile)) {
  console.error(`mutation-report: no ${reportFile}; run \`npm run test:mutation\` first.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const equivalents = existsSync(equivalentsFile) ? JSON.parse(readFileSync(equivalentsFile, 'utf8')).equivalents : [];

for (const [i, e] of equivalents.entries()) {
  for (const key of ['file', 'mutator', 'line', 'original', 'replacement', 'reason']) {
    if (typeof e[key] !== 'string' || !e[key].trim()) {
      console.error(
        `mutation-report: ${equivalentsFile} entry ${i + 1} has no "${key}"; every entry needs file, mutator, line, original, replacement and a one-line reason.`,
      );
      process.exit(1);
    }
  }
}

const keyOf = (e) =>
  [e.file, e.mutator, squash(e.line), clip(squash(e.original)), clip(squash(e.replacement))].join('\u0000');
const byKey = new Map(equivalents.map((e) => [keyOf(e), { entry: e, matched: [] }]));

/** The source text between two Stryker locations (lines and columns count from 1). */
function slice(lines, { start, end }) {
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  const parts = [lines[start.line - 1].slice(start.column - 1)];
  for (let l = start.line; l < end.line - 1; l++) parts.push(lines[l]);
  parts.push(lines[end.line - 1].slice(0, end.column - 1));
  return parts.join('\n');
}

const rows = [];
const fresh = [];
const filesInRun = new Set();
for (const [rawName, file] of Object.entries(report.files)) {
  const name = path.relative(process.cwd(), path.resolve(rawName)).split(path.sep).join('/');
  filesInRun.add(name);
  const lines = file.source.split('\n');
  // `plain`: the same counts without the mutants inside regular-expression literals (shown beside
  // the score: for the text detectors those are most of the mutants, one per pattern detail).
  const row = {
    name,
    detected: 0,
    undetected: 0,
    equivalent: 0,
    ignored: 0,
    noCoverage: 0,
    other: 0,
    plain: { detected: 0, undetected: 0 },
  };
  for (const m of file.mutants) {
    const candidate = {
      file: name,
      mutator: m.mutatorName,
      line: lines[m.location.start.line - 1].trim(),
      original: slice(lines, m.location),
      replacement: m.replacement ?? '',
    };
    const eq = byKey.get(keyOf(candidate));
    if (eq) eq.matched.push(m.status);
    const plain = m.mutatorName !== 'Regex';
    if (DETECTED.has(m.status)) {
      row.detected++;
      if (plain) row.plain.detected++;
    } else if (UNDETECTED.has(m.status)) {
      if (eq) row.equivalent++;
      else {
        row.undetected++;
        if (plain) row.plain.undetected++;
        fresh.push({
          ...candidate,
          at: `${name}:${m.location.start.line}:${m.location.start.column}`,
          status: m.status,
        });
      }
    } else if (m.status === 'Ignored')
      row.ignored++; // static mutants when `ignoreStatic` is on
    else row.other++; // CompileError, RuntimeError, Pending: not part of a score
    if (m.status === 'NoCoverage') row.noCoverage++;
  }
  rows.push(row);
}

const score = (r) => (r.detected + r.undetected === 0 ? 100 : (100 * r.detected) / (r.detected + r.undetected));
const pct = (n) => `${n.toFixed(1)}%`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

rows.sort((a, b) => a.name.localeCompare(b.name));
const width = Math.max(...rows.map((r) => r.name.length), 10) + 2;
const out = [];
out.push(`${pad('file', width)}${lpad('score', 8)}${lpad('killed', 8)}${lpad('survived', 10)}${lpad('equiv.', 8)}`);
for (const r of rows) {
  out.push(
    `${pad(r.name, width)}${lpad(pct(score(r)), 8)}${lpad(r.detected, 8)}${lpad(r.undetected, 10)}${lpad(r.equivalent, 8)}`,
  );
}
out.push('');

let failed = false;
const summary = [];
for (const area of AREAS) {
  const inArea = rows.filter((r) => areaOf(r.name) === area);
  if (!inArea.length) continue;
  const total = inArea.reduce(
    (t, r) => ({
      detected: t.detected + r.detected,
      undetected: t.undetected + r.undetected,
      equivalent: t.equivalent + r.equivalent,
      ignored: t.ignored + r.ignored,
    }),
    { detected: 0, undetected: 0, equivalent: 0, ignored: 0 },
  );
  const plain = inArea.reduce(
    (t, r) => ({ detected: t.detected + r.plain.detected, undetected: t.undetected + r.plain.undetected }),
    { detected: 0, undetected: 0 },
  );
  const s = score(total);
  const ok = s >= area.target;
  failed ||= !ok;
  const line = `${area.name}: ${pct(s)} (target ${area.target}%) — ${total.detected} killed, ${total.undetected} survived, ${total.equivalent} equivalent, over ${inArea.length} files; ${pct(score(plain))} without regex-pattern mutants${total.ignored ? `; ${total.ignored} static mutants not run` : ''}${ok ? '' : '  UNDER TARGET'}`;
  out.push(line);
  summary.push(line);
}
const all = rows.reduce((t, r) => ({ detected: t.detected + r.detected, undetected: t.undetected + r.undetected }), {
  detected: 0,
  undetected: 0,
});
out.push(`all: ${pct(score(all))} — ${all.detected} killed, ${all.undetected} survived`);

// A file no test reached at all usually means its tests did not load in Stryker's sandbox (a
// mutant that is a syntax error, a file the sandbox leaves out): its figures are not a score.
const unreached = rows.filter((r) => r.detected === 0 && r.noCoverage > 0);
if (unreached.length) {
  out.push('', 'No test reached these files: check that their tests load in the sandbox before trusting the figures:');
  for (const r of unreached) out.push(`  ${r.name} (${r.noCoverage} mutants without coverage)`);
}

const stale = [...byKey.values()].filter(
  ({ entry, matched }) => filesInRun.has(entry.file) && (matched.length === 0 || matched.some((s) => DETECTED.has(s))),
);
if (stale.length) {
  out.push('', `Stale entries in ${equivalentsFile} (remove them):`);
  for (const { entry, matched } of stale) {
    out.push(
      `  ${entry.file} ${entry.mutator} "${clip(squash(entry.original), 50)}" → "${clip(squash(entry.replacement), 40)}": ${matched.length ? 'now killed' : 'no such mutant any more'}`,
    );
  }
}

if (fresh.length) {
  out.push(
    '',
    `${fresh.length} survivors not yet judged (kill each with a test, or add it to ${equivalentsFile} with its reason):`,
  );
  for (const f of fresh) {
    out.push(
      `  ${f.at} ${f.status} ${f.mutator}: ${clip(squash(f.original), 70)}  →  ${clip(squash(f.replacement), 50)}`,
    );
  }
  // Ready-made entries for the ones judged equivalent: fill in the reason.
  mkdirSync(path.dirname(reportFile), { recursive: true });
  const draft = path.join(path.dirname(reportFile), 'new-survivors.json');
  writeFileSync(
    draft,
    JSON.stringify(
      fresh.map(({ file, mutator, line, original, replacement, at }) => ({
        file,
        mutator,
        line,
        original: clip(squash(original)),
        replacement: clip(squash(replacement)),
        reason: `TODO (${at})`,
      })),
      null,
      2,
    ) + '\n',
  );
  out.push(`  (entries to copy from: ${draft})`);
} else {
  out.push('', 'No survivors left to judge.');
}
console.log(out.join('\n'));
process.exit(failed ? 1 : 0);
