// A member whose application deadline has passed is interviewing (or has missed this season). The
// report told such a member to "get hands-on US clinical experience before you apply", as if the
// application were still to be sent. Now the report says first where the season stands, and the
// actions that name the application point to the next one.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags, renderRedFlagText } from '../../src/rules/redflags.js';
import { redflagReportView } from '../../src/app/views/redflag.js';
import { seasonOptions } from '../../src/composers/application-season.js';

const member = (deadline?: string): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'j1',
  target: 'ci-fellowship',
  specialty: 'internal medicine',
  medSchool: { country: 'Pakistan', graduated: '2017-06' },
  residencies: [
    {
      country: 'United States',
      specialty: 'internal medicine',
      from: '2023-07',
      to: 'present',
      completed: false,
      accreditation: 'acgme',
    },
  ],
  usce: [],
  informatics: [],
  exams: [],
  timeline: [],
  ...(deadline ? { deadline } : {}),
});

const everyAction = (p: Profile, today: string) => redFlags(p, today).flags.flatMap((f) => f.actions);

describe('red flags read against the season', () => {
  it('say first that a passed deadline makes month-long actions ones for the next application', () => {
    const r = redFlags(member('2026-09-15'), '2026-12-04');
    expect(r.season).toMatch(/deadline \(15 Sep 2026\) has passed/);
    expect(r.season).toMatch(/next application/);
    expect(renderRedFlagText(r).split('\n')[1]).toBe(r.season);
    const titles = redflagReportView(r).sections?.map((s) => s.title) ?? [];
    expect(titles.indexOf('This season')).toBe(1);
  });

  it('never tell a member past their deadline to do something "before you apply"', () => {
    const actions = everyAction(member('2026-09-15'), '2026-12-04');
    expect(actions.join(' ')).not.toMatch(/before (?:you apply|applying)/);
    expect(actions.some((a) => /before your next application/.test(a))).toBe(true);
  });

  it('leave the wording alone while the deadline is ahead, or when no deadline is given', () => {
    // A deadline that fits the AMIA calendar (next season's applications, from July 2027); one that
    // fits no season of the match is said to need checking (misc11), which is not this case.
    for (const p of [member('2027-09-15'), member()]) {
      const r = redFlags(p, '2026-12-04');
      expect(r.season).toBeUndefined();
      expect(everyAction(p, '2026-12-04').join(' ')).not.toMatch(/next application/);
    }
  });

  it('say that month-long actions cannot reach an application whose deadline is within six weeks', () => {
    const r = redFlags(member('2027-08-05'), '2027-07-20');
    expect(r.season).toMatch(
      /deadline \(5 Aug 2027\) is 16 days away: actions that take months .* cannot change this application/,
    );
    // The deadline day itself is still ahead, and said so.
    expect(redFlags(member('2027-08-05'), '2027-08-05').season).toMatch(/is today/);
    // Seven weeks out: nothing said.
    expect(redFlags(member('2027-09-07'), '2027-07-20').season).toBeUndefined();
  });

  it('say it as a condition when no deadline is given and this season is under way, naming the next season', () => {
    const p = member();
    const r = redFlags(p, '2026-12-04', seasonOptions(p, '2026-12-04'));
    expect(r.season).toMatch(/^If you applied this season/);
    expect(r.season).toMatch(/applications typically open in ERAS on \d+ Jul 2027, for training from July 2028/);
    // Whether the member applied is unknown, so the actions keep their own wording.
    expect(everyAction(p, '2026-12-04').join(' ')).not.toMatch(/next application/);
  });

  it('say nothing about the season while this season is still open', () => {
    const p = member();
    expect(redFlags(p, '2026-05-10', seasonOptions(p, '2026-05-10')).season).toBeUndefined();
  });

  it('never show the season line in the public share', async () => {
    const { redflagShareView } = await import('../../src/app/views/redflag.js');
    const r = redFlags(member('2026-09-15'), '2026-12-04');
    expect(JSON.stringify(redflagShareView(r))).not.toMatch(/15 Sep 2026|deadline/);
  });
});
