/**
 * Whose ministry writes the Statement of Need is named where the notes give the country (ECFMG: the
 * country of most recent legal permanent residence), else the rule is said; and a member whose
 * permit rests on a pending asylum case is not offered a visa as a simple fallback.
 */
import { describe, expect, it } from 'vitest';
import type { Profile, TimelineEntry } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';

const visaText = (p: Profile, today: string) =>
  redFlags(p, today)
    .flags.filter((f) => f.id === 'visa-sponsorship')
    .flatMap((f) => [f.why, ...f.actions])
    .join(' ');

function member(
  visa: Profile['visa'],
  timeline: TimelineEntry[],
  target: Profile['target'] = 'ci-fellowship',
): Profile {
  return {
    version: 1,
    citizenship: 'non-us',
    visa,
    target,
    specialty: 'internal medicine',
    medSchool: { country: 'Jordan', graduated: '2014-06' },
    exams: [
      { exam: 'step1', date: '2019-03', result: 'pass' },
      { exam: 'step2ck', date: '2019-10', result: 'pass', score: 236 },
    ],
    timeline,
  };
}

describe('the Statement of Need names the country that decides', () => {
  it('says Canada for a Canadian citizen who trained elsewhere and wants an H-1B without Step 3', () => {
    const p = member('h1b', [
      { from: '2014-07', to: '2019-06', activity: 'clinical', note: 'internal medicine training, Amman' },
      {
        from: '2019-07',
        to: 'present',
        activity: 'informatics',
        note: 'clinical analyst in Calgary; I hold Canadian citizenship',
      },
    ]);
    const text = visaText(p, '2027-03-02');
    expect(text).toMatch(/Statement of Need from Canada/);
    expect(text).not.toMatch(/home ministry/);
  });

  it('says Canada, not the passport country, for a Canadian permanent resident still deciding', () => {
    const p = member('undecided', [
      { from: '2014-07', to: '2020-06', activity: 'clinical', note: 'hospital physician' },
      {
        from: '2020-07',
        to: 'present',
        activity: 'research',
        note: 'research fellow in Toronto, Canadian permanent resident since 2021',
      },
    ]);
    expect(visaText(p, '2027-03-02')).toMatch(
      /Statement of Need from Canada, your country of most recent legal permanent residence/,
    );
  });

  it('gives the deciding rule when no note names a country', () => {
    const p = member('undecided', [{ from: '2014-07', to: 'present', activity: 'clinical', note: 'internist, Irbid' }]);
    const text = visaText(p, '2027-03-02');
    expect(text).toMatch(/country of most recent legal permanent residence/);
    expect(text).toMatch(/citizenship, unless you became a permanent resident of another country/);
  });
});

describe('a pending asylum case and a visa fallback', () => {
  const asylum = (note: string) =>
    member(
      'not-needed',
      [
        { from: '2014-07', to: '2022-10', activity: 'clinical', note: 'medical officer, Aleppo' },
        { from: '2022-11', to: '2023-09', activity: 'exam-prep' },
        { from: '2023-10', to: 'present', activity: 'research', note },
      ],
      'residency-informatics-track',
    );

  it('warns what a J-1 would mean and sends the member to an attorney first', () => {
    const text = visaText(
      asylum('research coordinator; my asylum case is still pending, EAD good until 2027-05'),
      '2026-11-20',
    );
    expect(text).toMatch(/immigration attorney before you ask any program/);
    expect(text).toMatch(/Statement of Need/);
    expect(text).toMatch(/two-year home-residence requirement/);
    expect(text).toMatch(/advance parole/);
    expect(text).not.toMatch(/could sponsor a J-1 \(through ECFMG\)/);
  });

  it('a permit resting on a spouse (H-4) gets its own words, not the asylum ones', () => {
    const text = visaText(asylum('data abstractor; H-4 dependant with EAD valid to 2027-05'), '2026-11-20');
    expect(text).toMatch(/changing to a J-1 means leaving H-4/);
    expect(text).not.toMatch(/advance parole/);
  });

  it('keeps the plain fallback for a permit with no named basis', () => {
    const text = visaText(asylum('data abstractor; work permit valid to 2027-05'), '2026-11-20');
    expect(text).toMatch(/could sponsor a J-1 \(through ECFMG\)/);
    expect(text).not.toMatch(/advance parole/);
  });
});
