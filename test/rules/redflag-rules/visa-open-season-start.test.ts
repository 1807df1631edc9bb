/**
 * Visa months are counted to the start the member is aiming at: while this season's last step (the
 * AMIA post-match process, the NRMP SOAP) is still open, to this season's July first, with the next
 * season's July told after it; once the season is over, to the next July only.
 */
import { describe, expect, it } from 'vitest';
import { seasonOptions } from '../../../src/composers/application-season.js';
import type { Profile } from '../../../src/core/profile/schema.js';
import { redFlags } from '../../../src/rules/redflags.js';

const visaWhy = (p: Profile, today: string) =>
  redFlags(p, today, seasonOptions(p, today)).flags.find((f) => f.id === 'visa-sponsorship')?.why ?? '';

const onH1b = (target: Profile['target']): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'h1b',
  target,
  medSchool: { country: 'Egypt', graduated: '2015-09' },
  exams: [{ exam: 'step3', date: '2022-04', result: 'pass', score: 228 }],
  timeline: [
    { from: '2015-10', to: '2021-08', activity: 'clinical', note: 'internist, Alexandria' },
    { from: '2021-09', to: 'present', activity: 'informatics', note: 'EHR analyst in Chicago, on H-1B since 2021-09' },
  ],
  matchAttempts: 1,
});

describe('visa months to the start the member is aiming at', () => {
  it('an unmatched fellowship applicant in the post-match days is counted to this July first, then the next', () => {
    const why = visaWhy(onH1b('ci-fellowship'), '2026-12-22');
    expect(why).toMatch(/fellowship starting Jul 2027 .*about 5 years 10 months by its start/);
    expect(why).toMatch(/post-match process\) is still open; a season later instead: .*Jul 2028/);
    expect(why.indexOf('Jul 2027')).toBeLessThan(why.indexOf('Jul 2028'));
  });

  it('a residency applicant in Match week is counted to this July, with the next one after it', () => {
    const why = visaWhy(onH1b('residency-informatics-track'), '2026-03-17');
    expect(why).toMatch(/residency starting Jul 2026/);
    expect(why).toMatch(/the SOAP\) is still open; a season later instead: .*Jul 2027/);
  });

  it('once the season is over, only the next start is counted', () => {
    const why = visaWhy(onH1b('ci-fellowship'), '2027-01-10');
    expect(why).toMatch(/fellowship starting Jul 2028/);
    expect(why).not.toMatch(/Jul 2027|still open/);
  });
});
