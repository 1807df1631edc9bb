/** Plain-text rendering of a red-flag report for a terminal (no colours; badges like [HIGH]). */
import { formatRef } from '../knowledge/outline.js';
import type { Flag, RedFlagReport } from './redflag-types.js';

const NO_FLAGS = 'No red flags found in what you gave.';

/** The verdict when there are no flags, with what could not be checked. */
export function summariseNoFlags(report: RedFlagReport): string {
  if (!report.notGiven.length) return `${NO_FLAGS} Every part the checks use was given.`;
  return `${NO_FLAGS} Not checked because it was not given: ${report.notGiven.join('; ')}.`;
}

function renderFlag(f: Flag, n: number): string[] {
  const lines = [`${n}. [${f.severity.toUpperCase()}] ${f.title}`, `   Why: ${f.why}`, '   What to do:'];
  f.actions.forEach((a, i) => lines.push(`     ${i + 1}. ${a}`));
  lines.push(`   Sources: ${f.sources.map(formatRef).join(', ')}`);
  return lines;
}

function countLine(flags: readonly Flag[]): string {
  const count = (s: Flag['severity']) => flags.filter((f) => f.severity === s).length;
  return `Red flags: ${flags.length} found (${count('high')} high, ${count('medium')} medium, ${count('low')} low)`;
}

/** "Also check: …" (ECFMG) and "Checked, no problem found: …" (eligibility) lines, when there are any. */
function passedLines(report: RedFlagReport): string[] {
  return [
    ...(report.notes?.length ? ['Also check:', ...report.notes.map((x) => `  - ${x}`)] : []),
    ...(report.passed?.length ? ['Checked, no problem found:', ...report.passed.map((x) => `  - ${x}`)] : []),
  ];
}

export function renderRedFlagText(report: RedFlagReport): string {
  if (!report.flags.length) {
    const lines = [NO_FLAGS];
    const passed = passedLines(report);
    if (passed.length) lines.push('', ...passed);
    if (report.notGiven.length) {
      lines.push('', 'Not given, so not checked:', ...report.notGiven.map((x) => `  - ${x}`));
    }
    return lines.join('\n');
  }
  const lines = [countLine(report.flags), ...(report.season ? [report.season] : []), ''];
  report.flags.forEach((f, i) => lines.push(...renderFlag(f, i + 1), ''));
  const passed = passedLines(report);
  if (passed.length) lines.push(...passed, '');
  if (report.notGiven.length) {
    lines.push('Not given (the verdict is incomplete):', ...report.notGiven.map((x) => `  - ${x}`));
  }
  return lines.join('\n').trimEnd();
}
