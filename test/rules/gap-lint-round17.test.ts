/**
 * Round seventeen of the gap lint (branch text17): the readings fixed for batches M and N, pinned
 * by drafts of our own with near-misses beside them. Never corpus items.
 */
import { describe, expect, it } from 'vitest';
import { lintGapExplanation } from '../../src/rules/gap-lint.js';

const ids = (draft: string) => lintGapExplanation(draft).map((l) => l.id);

describe('a result told as a state of others routine or of the problem', () => {
  it.each([
    'I set up a recall register for the village health post. Within a month the two midwives were visiting about twelve overdue mothers a week from it.',
    'I moved the clinic stock cards into a spreadsheet, and by June the storekeeper was reordering some thirty items a month through it.',
    'I kept a shared medication record for my aunt across her clinics. She had no repeat admissions over the nine months that followed.',
    'I wrote a one-page handover sheet for my father and kept it current. The three clinics that treated him afterwards all worked from that sheet.',
  ])('reads "%s" as an outcome', (draft) => {
    expect(ids(draft)).not.toContain('no-outcome');
  });

  it('does not read a rate of the member own effort as an outcome', () => {
    expect(
      ids('During the gap I covered a rural clinic with the health records team, seeing thirty patients a day.'),
    ).toContain('no-outcome');
  });

  it.each([
    'After my internship I volunteered at a shelter clinic, where the nurses were seeing about forty patients a day.',
    'I studied for Step 2 and had no more time for hobbies during the months that followed.',
  ])(
    'does not read a background rate or an absence of something other than care events in "%s" as an outcome',
    (draft) => {
      expect(ids(draft)).toContain('no-outcome');
    },
  );

  it('does not read a count gathered as what came of the work', () => {
    expect(
      ids(
        'In 2023 I gathered 650 discharge records for an EHR audit with the quality team, but the audit was dropped when the lead left.',
      ),
    ).toContain('no-outcome');
  });

  it('still reads a count moved into a system as an outcome', () => {
    expect(ids('In 2023 I moved all 2,000 paper immunisation records into the district database.')).not.toContain(
      'no-outcome',
    );
  });

  it('does not read a role done as a volunteer as a post held', () => {
    expect(ids('From 2022 I worked as a volunteer analyst on a clinic data project that never finished.')).toContain(
      'no-outcome',
    );
  });
});

describe('records handled as data and information moving between places of care link to informatics', () => {
  it.each([
    'I exported 700 births from the district registry, cleaned them in Stata and passed Step 2 CK in May.',
    'Caring for my mother taught me how often notes fail to travel between clinics, and I passed Step 2 CK in May.',
  ])('reads "%s" as linked', (draft) => {
    expect(ids(draft)).not.toContain('no-informatics-link');
  });

  it('does not read pulling shifts or cleaning wards as data work', () => {
    expect(
      ids('After my internship I pulled night shifts at a shelter, cleaned the wards and passed Step 2 CK in May.'),
    ).toContain('no-informatics-link');
  });
});

describe('find with a concrete object is a deed, with a judgement it is not', () => {
  it.each([
    'When the visa stalled I found a supervisor at the regional health data office.',
    'In 2023 I found an open sepsis dataset and a collaborator in Lagos.',
  ])('reads "%s" as an action', (draft) => {
    expect(ids(draft)).not.toContain('no-actions');
  });

  it.each([
    'That year I found the dataset messy and found the whole field of health data confusing.',
    'I found it difficult to keep going, and I found myself reading about EHRs at night.',
  ])('reads "%s" as no action', (draft) => {
    expect(ids(draft)).toContain('no-actions');
  });
});
