/**
 * Round twenty-one (branch text21): readings of the gap lint, pinned by drafts of our own with
 * near-misses beside them, never corpus items. Record-keeping moved to an electronic form, a
 * computational model on clinical text, and reminders sent through a digital channel are links to
 * informatics; a change between two frequencies is a result; blame offered as the easy reading
 * and turned to the member's own part is not blame.
 */
import { describe, expect, it } from 'vitest';
import { hasInformaticsLink, hasOutcome, lintGapExplanation } from '../../src/rules/gap-lint.js';

describe('informatics work told in plain words links the gap to the field', () => {
  it.each([
    'During the strike I helped the outpatient clinic move its handwritten appointment diary onto a computer, and the waiting room emptied by ten.',
    'From 2022 I kept the ward stock on a digital inventory for our rural hospital in Malawi.',
    'In Seoul I joined a small group building a model that flags missed follow-up imaging in radiology reports; I annotated 1,500 reports with a radiologist.',
    'I worked on natural language processing of Spanish clinic letters at a university lab in Bogotá.',
    'Our clinic in Lima began sending vaccination reminders via WhatsApp, which I set up and ran for a year.',
    'I finished the AMIA 10x10 course in 2023 while caring for my father.',
  ])('"%s"', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(true);
  });

  it.each([
    'From 2021 to 2023 I studied fibrosis in a mouse model of kidney disease and presented the work at our lab retreat.',
    'I moved to Toronto to be with my wife and worked as a tutor for two years.',
    'I sent letters by post to every program I applied to and waited for replies.',
  ])('not: "%s"', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(false);
  });
});

describe('a change between two frequencies is a result', () => {
  it.each([
    'I set up a shared stock sheet for the three clinics; insulin shortages went from weekly to about once a month.',
    'The calls from the lab about unlabelled samples dropped from daily to twice a week after I changed the form.',
  ])('"%s"', (draft) => {
    expect(hasOutcome(draft)).toBe(true);
  });
  it('a frequency told once is no change', () => {
    expect(hasOutcome('I volunteered weekly at the free clinic and went to the library every day.')).toBe(false);
  });
});

describe('blame offered as the easy reading and turned to the member is not blame', () => {
  const ids = (draft: string) => lintGapExplanation(draft).map((l) => l.id);
  it.each([
    'It would be easy to call the new exam format unfair, but the truth is I did not prepare for the timing. After failing in 2022 I rebuilt my schedule around timed blocks and passed in 2023 with a 245.',
    'One could say the embassy was slow, but I applied late and I own that. While waiting I completed a SQL course for healthcare data.',
  ])('"%s"', (draft) => {
    expect(ids(draft)).not.toContain('blame');
  });
  it('blame kept after the easy reading is still blame', () => {
    const draft =
      'Some would call it bad luck, but it was the incompetent exam office that lost my papers twice. In that year I completed a SQL course for healthcare data.';
    expect(ids(draft)).toContain('blame');
  });
});
