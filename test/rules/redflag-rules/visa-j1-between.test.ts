/**
 * A J-1 physician whose training ends months before the training she applies for starts is told
 * ECFMG's rule (leave within 30 days, no work in them, no job on the J-1 between programs) and to
 * plan the time between; a member going straight on, still training, or already back at work
 * abroad is not (a judge of p197: residency on a J-1 to June 2027, a CI fellowship from July 2028).
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/core/profile/schema.js';
import { visaSponsorshipRule } from '../../../src/rules/redflag-rules/standing.js';
import { theFlag } from './fixtures.js';

/** A Nepali graduate who trained in US pediatrics on an ECFMG J-1 and now applies to CI fellowships. */
function kathmandu(change: (p: Profile) => void = () => undefined): Profile {
  const p: Profile = {
    version: 1,
    citizenship: 'non-us',
    visa: 'j1',
    target: 'ci-fellowship',
    specialty: 'pediatrics',
    medSchool: { country: 'Nepal', graduated: '2018-08' },
    ecfmgCertified: true,
    exams: [
      { exam: 'step1', date: '2020-05', result: 'pass' },
      { exam: 'step2ck', date: '2020-11', result: 'pass', score: 244 },
    ],
    timeline: [
      { from: '2018-09', to: '2021-06', activity: 'clinical', note: 'medical officer, Patan Hospital' },
      {
        from: '2021-07',
        to: '2024-06',
        activity: 'us-clinical',
        note: 'pediatrics residency (ACGME), Milwaukee; ECFMG-sponsored J-1',
      },
    ],
    residencies: [
      {
        country: 'United States',
        specialty: 'pediatrics',
        from: '2021-07',
        to: '2024-06',
        completed: true,
        accreditation: 'acgme',
      },
    ],
    usce: [{ kind: 'residency', months: 36, ehr: 'Epic', handsOn: true }],
    informatics: [{ kind: 'project', title: 'Bronchiolitis order set', outcome: 'fewer chest films' }],
    matchAttempts: 0,
    professionalism: [],
    letters: [],
    deadline: '2024-08-31',
  };
  change(p);
  return p;
}

const actions = (p: Profile, today: string) => theFlag(visaSponsorshipRule(p, today)).actions.join(' ');

describe('the time between J-1 training and the training applied for', () => {
  it('tells a member whose residency just ended, with the fellowship a year away, to plan the year', () => {
    const text = actions(kathmandu(), '2024-07-08');
    expect(text).toMatch(/Your J-1 training ended in Jun 2024, and the fellowship would start in Jul 2025/);
    expect(text).toMatch(/within 30 days of the end date on Form DS-2019/);
    expect(text).toMatch(/covers no job in between \(1 year; a hospitalist post or moonlighting included\)/);
    expect(text).toMatch(/new ECFMG J-1 for the fellowship, with the new ministry letter above/);
    expect(text).toMatch(/two-year home-residence requirement closes the H-1B/);
  });

  it('says "ends" for training ending this month, and "if" when no note names the J-1', () => {
    const unnamed = kathmandu((p) => {
      p.timeline![1]!.note = 'pediatrics residency (ACGME), Milwaukee';
    });
    expect(actions(unnamed, '2024-06-20')).toMatch(/If you trained on a J-1, your J-1 training ends in Jun 2024/);
  });

  it('says nothing of it long after it ended, or to a member back at work abroad', () => {
    const home = kathmandu((p) => {
      p.timeline!.push({ from: '2024-08', to: 'present', activity: 'clinical', note: 'pediatrician, Kanti Hospital' });
    });
    expect(actions(home, '2024-09-10')).not.toMatch(/30 days/);
    expect(actions(kathmandu(), '2025-02-10')).not.toMatch(/30 days/);
  });

  // A final-year resident still on the J-1 (profiles33: a judge of p207, unmatched in the AMIA
  // match, found nothing on the J-1 ending with residency).
  const running = (change: (p: Profile) => void = () => undefined) =>
    kathmandu((p) => {
      p.timeline![1]!.to = 'present';
      p.residencies![0]!.to = 'present';
      p.residencies![0]!.completed = false;
      change(p);
    });

  it('tells a final-year resident whose fellowship is planned a season after residency about the year between', () => {
    const text = actions(running(), '2023-09-15');
    expect(text).toMatch(/Your J-1 training ends with your residency, around Jun 2024/);
    expect(text).toMatch(/would start in Jul 2025/);
    expect(text).toMatch(/within 30 days of the end date on Form DS-2019/);
    expect(text).toMatch(/spent abroad or in another status/);
  });

  it('tells a final-year resident whose note says the match found no place, as an "if" on the post-match process', () => {
    const unmatched = running((p) => {
      p.deadline = '2023-08-20';
      p.timeline![1]!.note =
        'pediatrics residency (ACGME), Milwaukee, ECFMG J-1; went unmatched in the AMIA match this December';
    });
    const text = actions(unmatched, '2023-12-21');
    expect(text).toMatch(
      /this season's match found you no place\. If the post-match process does not either, the next fellowship would start in Jul 2025, not Jul 2024/,
    );
    expect(text).toMatch(/ends with your residency, around Jun 2024/);
    expect(text).toMatch(/30 days/);
  });

  // ux39 (a judge of p305, a J-1 FM PGY-3 committing in the AMIA match): the fellowship that follows at
  // once may not come; what an unplaced season means for the J-1 is said as an "if".
  it('tells a final-year resident going straight on what an unplaced season would mean, as an "if"', () => {
    const straight = running((p) => (p.deadline = '2023-08-20'));
    const text = actions(straight, '2023-10-02');
    expect(text).toMatch(
      /If the AMIA match and its post-match process find you no place this season, the next fellowship would start a year later, in Jul 2025/,
    );
    expect(text).toMatch(/within 30 days of the end date on Form DS-2019/);
    expect(text).toMatch(/that year would be spent abroad or in another status/);
    expect(text).not.toMatch(/match found you no place/);
    // A note on an earlier season's result does not make this season's an unmatched one.
    const old = running((p) => {
      p.deadline = '2023-08-20';
      p.timeline![0]!.note = 'medical officer, Patan Hospital; did not match in the 2020 Main Match before residency';
    });
    expect(actions(old, '2023-10-02')).not.toMatch(/match found you no place/);
  });

  it('words it for the Match and SOAP where a residency is the training ahead', () => {
    const track = running((p) => {
      p.target = 'residency-informatics-track';
      p.deadline = '2023-09-25';
    });
    const text = actions(track, '2023-11-02');
    expect(text).toMatch(
      /If the Match and SOAP find you no place this season, the next residency would start a year later/,
    );
    expect(text).not.toMatch(/AMIA match and its post-match/);
  });

  it('says nothing before the final year of the residency', () => {
    const early = running((p) => (p.deadline = '2023-08-20'));
    expect(actions(early, '2022-09-01')).not.toMatch(/30 days/);
  });
});
