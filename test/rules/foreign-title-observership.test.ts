/**
 * Two things said plainly: a specialist title from abroad does not count for ABPM even beside a US
 * board the member holds; and when more hands-on US experience is advised, an observership would
 * not count toward it.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { redFlags } from '../../src/rules/redflags.js';

const allText = (p: Profile, today: string) => {
  const r = redFlags(p, today);
  return [...r.flags.flatMap((f) => [f.why, ...f.actions]), ...(r.passed ?? []), ...(r.notes ?? [])].join(' ');
};

describe('a foreign specialist title beside a US board', () => {
  it('tells an ABFM-certified member that the Egyptian fellowship title does not count for ABPM', () => {
    const p: Profile = {
      version: 1,
      citizenship: 'us-permanent-resident',
      target: 'ci-fellowship',
      specialty: 'family medicine',
      medSchool: { country: 'Egypt', graduated: '2010-06' },
      residencies: [
        {
          country: 'Egypt',
          specialty: 'family medicine',
          from: '2011-03',
          to: '2014-02',
          completed: true,
          accreditation: 'other',
        },
        {
          country: 'US',
          specialty: 'family medicine',
          from: '2019-07',
          to: '2022-06',
          completed: true,
          accreditation: 'acgme',
        },
      ],
      boardCertification: [
        { board: 'abms', specialty: 'family medicine' },
        { board: 'other', specialty: 'family medicine (Egyptian Fellowship)' },
      ],
      exams: [{ exam: 'step3', date: '2020-11', result: 'pass', score: 228 }],
      timeline: [{ from: '2022-07', to: 'present', activity: 'clinical', note: 'FM attending, Ohio' }],
    };
    const text = allText(p, '2027-07-20');
    expect(text).toMatch(/family medicine certification from an ABMS member board meets ABPM/);
    expect(text).toMatch(
      /family medicine specialist training in Egypt and the specialist title it gave you do not count for it/,
    );
  });
});

describe('more hands-on months advised', () => {
  it('says an observership would not count toward them', () => {
    const p: Profile = {
      version: 1,
      citizenship: 'us-citizen',
      target: 'residency-informatics-track',
      specialty: 'pediatrics',
      medSchool: { country: 'Philippines', graduated: '2021-05' },
      usce: [{ kind: 'elective', months: 1, handsOn: true }],
      timeline: [
        { from: '2021-06', to: 'present', activity: 'clinical', note: 'pediatric resident physician, Manila' },
      ],
    };
    const usce = redFlags(p, '2027-02-10').flags.find((f) => f.id === 'limited-usce');
    expect(usce?.actions.join(' ')).toMatch(/observership would not count/);
  });
});
