/**
 * /prematch timeline for a member whose profile names no target: no match is assumed. The calendar
 * her training fits is shown and labelled, the lead asks which match she is in, and no note tells
 * her the steps of a match she never named are hers (a residency applicant with letters asked this
 * season was shown AMIA's "commit (done)" and "these steps are yours"). Profiles of our own.
 */
import { describe, expect, it } from 'vitest';
import { timelineForProfile } from '../../src/composers/prematch-timeline.js';
import type { Profile } from '../../src/core/profile/schema.js';

const letterAsked = {
  writer: 'Dr. Rana Haddad',
  role: 'attending' as const,
  setting: 'abroad' as const,
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2026,
  asked: '2026-08-10',
};

/** A Jordanian internist: home residency completed, a Hungarian one left, letters asked in August. */
const abroadOnly: Profile = {
  version: 1,
  citizenship: 'non-us',
  residencies: [
    { country: 'Jordan', specialty: 'internal medicine', from: '2015-07', to: '2019-06', completed: true },
    { country: 'Hungary', specialty: 'internal medicine', from: '2020-02', to: '2021-09', completed: false },
  ],
  letters: [letterAsked],
};

const all = (t: ReturnType<typeof timelineForProfile>) => [t.lead ?? '', t.notApplied ?? '', ...t.notes].join(' ');

describe('prematch timeline with no target', () => {
  it('training abroad only: the residency Match calendar, labelled, and the target asked for', () => {
    const t = timelineForProfile('2026-12-06', abroadOnly);
    expect(t.calendar).toBe('nrmp-main');
    expect(t.lead).toMatch(/no target, so no match is assumed/);
    expect(t.lead).toMatch(/\/profile edit target/);
    expect(t.lead).toMatch(/AMIA Clinical Informatics Fellowship Match\) instead/);
    expect(t.notes[0]).toBe(t.lead);
    expect(all(t)).not.toMatch(/steps are yours/);
    expect(t.phases.map((p) => p.title).join(' ')).not.toMatch(/AMIA|Commit your preferences/);
  });

  it('a US (ACGME) residency under way: the fellowship calendar, said to fit, and the other named', () => {
    const t = timelineForProfile('2026-08-01', {
      version: 1,
      residencies: [
        {
          country: 'United States',
          specialty: 'pediatrics',
          from: '2024-07',
          to: 'present',
          completed: false,
          accreditation: 'acgme',
        },
      ],
    });
    expect(t.calendar).toBe('amia-ci-match');
    expect(t.lead).toMatch(/no match is assumed/);
    expect(t.lead).toMatch(/NRMP Main Residency Match\) instead/);
  });

  it('no residencies listed: asks which match, shows the fellowship calendar as such, never "yours"', () => {
    const t = timelineForProfile('2026-12-06', { version: 1, citizenship: 'non-us', letters: [letterAsked] });
    expect(t.calendar).toBe('amia-ci-match');
    expect(t.lead).toMatch(/cannot tell which match is yours/);
    expect(t.lead).toMatch(/not as your steps/);
    expect(all(t)).not.toMatch(/steps are yours/);
  });

  it('with a target named, a member who applied this season is still told the steps are hers', () => {
    const t = timelineForProfile('2026-12-06', { ...abroadOnly, target: 'residency-informatics-track' });
    expect(t.calendar).toBe('nrmp-main');
    expect(t.lead ?? '').not.toMatch(/no target/);
  });
});
