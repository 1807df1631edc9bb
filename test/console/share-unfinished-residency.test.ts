import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { useConsole } from '../helpers/console.js';

const { dir, consoleRun } = useConsole('share.sqlite');

/** A graduate who left a residency abroad part way and now works as an EHR analyst. */
function leftResidency(extra: Partial<Profile> = {}): string {
  const profile: Profile = {
    version: 1,
    citizenship: 'us-permanent-resident',
    visa: 'not-needed',
    target: 'residency-informatics-track',
    specialty: 'internal medicine',
    medSchool: { country: 'Nigeria', graduated: '2016-07' },
    exams: [
      { exam: 'step1', date: '2020-06', result: 'pass' },
      { exam: 'step3', date: '2026-05', result: 'fail' },
    ],
    residencies: [
      { country: 'Nigeria', specialty: 'family medicine', from: '2019-01', to: '2021-06', completed: false },
    ],
    ...extra,
  };
  const file = join(dir, `profile-${Object.keys(extra).join('-') || 'base'}.json`);
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

const sharedPart = (out: string) => out.slice(out.lastIndexOf('Profile (shared, details hidden)'));

describe('the public profile share and a residency left before it was finished', () => {
  it('never posts a residency left unfinished, and says in the share that such a residency is left out', async () => {
    const r = await consoleRun([`/profile import ${leftResidency()}`, '/profile show share'], 'left.sqlite');
    expect(r.code).toBe(0);
    const shared = sharedPart(r.stdout);
    expect(shared).not.toMatch(/not completed|family medicine|Nigeria|did not pass/i);
    expect(shared).toMatch(/Residency training\s+-+\s+- none completed or in progress/);
    expect(r.stdout).toMatch(/Never posted publicly:[^\n]*a residency left before it was finished/);
  });

  it('reads the same for a member with no residency at all, so the share reveals nothing', async () => {
    const none = await consoleRun(
      [`/profile import ${leftResidency({ residencies: [] })}`, '/profile show share'],
      'none.sqlite',
    );
    const left = await consoleRun([`/profile import ${leftResidency()}`, '/profile show share'], 'left2.sqlite');
    const residencyPart = (out: string) => /Residency training[\s\S]*?(?=\n\S[^\n]*\n-{3,})/.exec(sharedPart(out))?.[0];
    expect(residencyPart(none.stdout)).toBeDefined();
    expect(residencyPart(left.stdout)).toBe(residencyPart(none.stdout));
  });

  it('still shares a residency that was completed or is in progress, beside one left unfinished', async () => {
    const file = leftResidency({
      residencies: [
        { country: 'Nigeria', specialty: 'family medicine', from: '2019-01', to: '2021-06', completed: false },
        {
          country: 'United States',
          specialty: 'internal medicine',
          from: '2025-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
    });
    const r = await consoleRun([`/profile import ${file}`, '/profile show share'], 'both.sqlite');
    const shared = sharedPart(r.stdout);
    expect(shared).toMatch(/- In progress — ACGME-accredited/);
    expect(shared).not.toMatch(/Not completed/i);
  });
});
