/**
 * A residency-first member whose own notes say they also applied to CI fellowships follows two
 * calendars: the residency timeline names the AMIA commit step for those fellowships, and, when
 * their training leads to no board the ABPM accepts, that such a fellowship would not open the CI
 * boards. A note that says they did not apply raises nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';

const member = (note: string, accreditation: 'acgme-i' | 'acgme' = 'acgme-i'): Profile => ({
  version: 1,
  citizenship: 'us-citizen',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  specialty: 'family medicine',
  residencies: [
    {
      country: accreditation === 'acgme' ? 'United States' : 'Singapore',
      specialty: 'family medicine',
      from: '2019-07',
      to: '2022-06',
      completed: true,
      accreditation,
    },
  ],
  timeline: [{ from: '2022-07', to: 'present', activity: 'informatics', note }],
  deadline: '2026-09-25',
});

const notes = (p: Profile, today = '2026-10-20') => timelineForProfile(today, p).notes.join('\n');

describe('residency first, with CI fellowship applications held too', () => {
  it.each([
    'EHR analyst; I have also applied to 3 clinical informatics fellowships as a backup',
    'data analyst, and registered in the AMIA match for two programs',
    'analyst job. Applying to informatics fellowships this cycle in case the Match fails',
  ])('names the AMIA commit step and the boards caveat: "%s"', (note) => {
    const t = notes(member(note));
    expect(t).toMatch(/match through AMIA[^]*commit your list in AMIA's match/);
    expect(t).toMatch(/does not lead to the clinical informatics boards/);
  });

  it('a US residency behind the member: the AMIA step, no boards caveat', () => {
    const t = notes(member('hospitalist; also applied to two CI fellowships', 'acgme'));
    expect(t).toMatch(/match through AMIA/);
    expect(t).not.toMatch(/does not lead to the clinical informatics boards/);
  });

  it.each([
    'EHR analyst; I did not apply to any informatics fellowships this year',
    'EHR analyst; withdrew my CI fellowship applications in August',
    'EHR analyst, interested in informatics fellowships later',
  ])('no application said: nothing added ("%s")', (note) => {
    expect(notes(member(note))).not.toMatch(/match through AMIA/);
  });
});
