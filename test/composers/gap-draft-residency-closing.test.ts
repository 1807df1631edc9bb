/**
 * The closing line of a drafted gap explanation follows the target: a residency applicant is told
 * to look ahead to residency and its informatics track, not to "my clinical informatics work"
 * (newcomer trial 9).
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/core/profile/schema.js';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import { gaps } from '../../src/core/profile/derived.js';

const profile = (target: Profile['target']): Profile => ({
  version: 1,
  citizenship: 'non-us',
  target,
  specialty: 'internal medicine',
  medSchool: { country: 'Bangladesh', graduated: '2015-01' },
  timeline: [
    { from: '2015-02', to: '2019-03', activity: 'clinical', note: 'medical officer, Dhaka' },
    { from: '2019-04', to: '2020-02', activity: 'none' },
    { from: '2020-03', to: 'present', activity: 'informatics', note: 'clinical data coordinator' },
  ],
  informatics: [{ kind: 'job', title: 'clinical data coordinator' }],
});
const draft = (p: Profile) => composeGapDraft(p, gaps(p, '2026-12-05')![0]!, '2026-12-05').text;

describe('gap draft closing line by target', () => {
  it('looks ahead to residency for a residency applicant', () => {
    const d = draft(profile('residency-informatics-track'));
    expect(d).not.toMatch(/feeds my clinical informatics work/);
    // It ends on the residency applied for, not on informatics (newcomer trial 19).
    expect(d).toMatch(/the informatics track of an internal medicine residency\.$/);
  });

  it('keeps the informatics work for a fellowship applicant', () => {
    const d = draft(profile('ci-fellowship'));
    expect(d).not.toMatch(/informatics track of an? [\w ]*residency/);
  });
});
