/**
 * A member who waited for the right to work (a K-1 or H-4 spouse before her EAD, a J-2 before his
 * work permit) is in status the whole time: the draft says she had no work authorization, never
 * that "a visa delay" kept her out. A real visa wait is still drafted as one.
 */
import { describe, expect, it } from 'vitest';
import { composeGapDraft } from '../../src/composers/gap-draft.js';
import type { Profile } from '../../src/core/profile/schema.js';
import { selectGap } from '../../src/rules/gap-select.js';

const TODAY = '2026-05-10';
const withNote = (note: string, ongoing = false): Profile => ({
  version: 1,
  citizenship: 'non-us',
  visa: 'not-needed',
  target: 'residency-informatics-track',
  medSchool: { country: 'Nepal', graduated: '2019-03' },
  timeline: [
    { from: '2019-04', to: '2022-08', activity: 'clinical', note: 'medical officer, Pokhara' },
    { from: '2022-09', to: ongoing ? 'present' : '2023-09', activity: 'personal', note },
    ...(ongoing
      ? []
      : [{ from: '2023-10', to: 'present', activity: 'informatics' as const, note: 'EHR analyst, Dallas' }]),
  ],
  residencies: [],
});
const draftOf = (p: Profile) => composeGapDraft(p, selectGap(p, TODAY, {}).gap, TODAY).text;

describe('a wait for work authorization is drafted as that', () => {
  it.each([
    'joined my husband in Dallas on an H-4; no EAD until September 2023',
    'came on a K-1 fiancé visa, married; was not allowed to work until the work permit came',
    'J-2 dependent of my wife, waiting for employment authorization from USCIS',
  ])('says there was no work authorization, not a visa delay ("%s")', (note) => {
    const text = draftOf(withNote(note));
    expect(text).toMatch(
      /From Sep 2022 to Sep 2023 I did not yet have work authorization, so I could not work clinically\./,
    );
    expect(text).not.toMatch(/visa delay|visa processing/);
  });

  it('says it in the present while the wait goes on', () => {
    const text = draftOf(withNote('H-4 spouse, EAD application pending with USCIS', true));
    expect(text).toMatch(/Since Sep 2022 I have been waiting for work authorization/);
  });

  it('still drafts a wait for the visa itself as a visa delay', () => {
    const text = draftOf(
      withNote('waiting for the J-1 visa interview at the embassy (221(g) administrative processing)'),
    );
    expect(text).toMatch(/a visa delay kept me out of clinical training/);
  });
});

describe('a personal reason the note gives comes before the missing permit', () => {
  it.each([
    ['fled the fighting with my parents to Amman; no permit to work there', /displaced|forced to leave|fled/i],
    [
      'our daughter was born in March, and my EAD had not come through yet',
      /birth|born|child|daughter|baby|personal reason/i,
    ],
  ])('"%s" is drafted with its reason, not as a wait for work authorization', (note, reason) => {
    const p = withNote(note);
    p.timeline![1]!.activity = 'none';
    const text = draftOf(p);
    expect(text).not.toMatch(/did not yet have work authorization/);
    expect(text).toMatch(reason);
  });

  it('a wait for the permit told alone is still that', () => {
    const p = withNote('no EAD yet, could not work; studied for Step 2 CK meanwhile');
    expect(draftOf(p)).toMatch(/did not yet have work authorization/);
  });
});
