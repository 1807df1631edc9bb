/**
 * Newcomer trial 20: the ask email to a CMIO the member sits with on a committee now said "You saw
 * my work first-hand in the US in 2026" and cited another project. A US writer of this year whose
 * shared work an informatics item names (by role or by name), while the member trains in the US now,
 * is a colleague of today, and that item is the work the email cites. Near-misses: a writer from
 * abroad years ago keeps the past tense; a writer no item names is not given one.
 */
import { describe, expect, it } from 'vitest';
import { composeLorEmail } from '../../src/composers/lor-email.js';
import type { Letter, Profile } from '../../src/core/profile/schema.js';

const TODAY = '2026-12-07';
const cmio: Letter = {
  writer: 'Dr. Hannah Price',
  role: 'cmio',
  setting: 'us',
  physician: true,
  informatics: true,
  directObservation: true,
  year: 2026,
};
const old: Letter = {
  writer: 'Dr. Kofi Mensah',
  role: 'attending',
  setting: 'abroad',
  physician: true,
  informatics: false,
  directObservation: true,
  year: 2019,
};
const profile = (items: Profile['informatics']): Profile =>
  ({
    version: 1,
    citizenship: 'non-us',
    visa: 'h1b',
    target: 'ci-fellowship',
    specialty: 'pediatrics',
    timeline: [{ from: '2025-07', to: 'present', activity: 'us-clinical', note: 'pediatrics residency' }],
    residencies: [
      { country: 'United States', specialty: 'pediatrics', from: '2025-07', to: '2028-06', completed: false },
    ],
    informatics: items,
    letters: [cmio, old],
  }) as Profile;

describe('the ask email to a writer the member works with now', () => {
  it.each([
    ['by role', 'Order-set review group (with the CMIO)'],
    ['by name', 'Alert fatigue working group chaired by Dr. Price'],
  ])('an item naming the writer %s: present tense, and that work cited', (_, title) => {
    const p = profile([
      { kind: 'project', title: 'QI project on discharge timing', outcome: 'fewer late discharges' },
      { kind: 'project', title },
    ]);
    const body = composeLorEmail(p, { writer: cmio.writer, today: TODAY }).body;
    expect(body).not.toMatch(/You saw my work first-hand in the US in 2026/);
    expect(body).toMatch(/You have seen my work first-hand/);
    expect(body).toMatch(/our informatics work together/);
  });

  it('near-miss: a writer from abroad years ago keeps the past tense', () => {
    const p = profile([{ kind: 'project', title: 'Order-set review group (with the CMIO)' }]);
    const body = composeLorEmail(p, { writer: old.writer, today: TODAY }).body;
    expect(body).not.toMatch(/You have seen my work first-hand/);
  });
});
