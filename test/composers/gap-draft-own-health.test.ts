/**
 * A gap for the member's own health: read as such from the member's own words, drafted without
 * medical detail, and (once it is over) with one line that lets the member say they are fit and
 * ready to train now.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { explainableGaps } from '../../src/rules/gap-select.js';

const TODAY = '2026-11-02';
const member = (note: string, to = '2024-02'): Profile => ({
  version: 1,
  target: 'residency-informatics-track',
  medSchool: { country: 'Kenya', graduated: '2018-11' },
  timeline: [
    { from: '2018-12', to: '2021-05', activity: 'clinical', note: 'medical officer, county hospital' },
    { from: '2021-06', to, activity: 'personal', note },
    ...(to === 'present'
      ? []
      : [{ from: '2024-03', to: 'present', activity: 'clinical' as const, note: 'medical officer' }]),
  ],
});
const draftOf = (p: Profile) => composeGapDraft(p, explainableGaps(p, TODAY)[0]!, TODAY);

describe('gap draft: the member’s own health', () => {
  it.each([
    'own serious illness: treatment and recovery',
    'sick leave after an operation, cleared to work in February 2024',
    'my long treatment, now in remission',
    'I was hospitalised and then recovering at home',
  ])('reads "%s" as the member’s own health and offers the fit-to-train line', (note) => {
    const d = draftOf(member(note));
    expect(d.text).toMatch(/to recover from a health problem/);
    expect(d.text).toMatch(/I am \[fit and ready to train now: say so only if it is true, with no medical detail\]\./);
    expect(d.text).not.toMatch(/remission|operation|hospitali/);
  });

  it('a relative’s illness stays caregiving, with no fit-to-train line', () => {
    const d = draftOf(member('looking after my mother during her cancer treatment'));
    expect(d.text).toMatch(/car(e|ing) for a family member/);
    expect(d.text).not.toMatch(/fit and ready to train/);
  });

  it('while the health gap is still going on, it does not ask the member to claim readiness', () => {
    const d = draftOf(member('my own illness, still under treatment', 'present'));
    expect(d.text).toMatch(/have been away from medicine to recover/);
    expect(d.text).not.toMatch(/fit and ready to train/);
  });
});
