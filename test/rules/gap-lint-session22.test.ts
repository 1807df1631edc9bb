/**
 * Gap readings of session 22, held by drafts of our own (not corpus items): a dated gap ("From X
 * until Y I…") whose last sentence tells the member going back is read whole; problems caught and
 * counted, and what the people the member looked after completed, are outcomes; a relative's
 * remission is not the member's outcome; a dose reminder or log on a device is digital health;
 * "technology" only kept up with is no link to informatics; brothers or in-laws who refuse their
 * share and leave it all on the member are blamed as any other party is.
 */
import { describe, expect, it } from 'vitest';
import { findBlame, hasAction, hasInformaticsLink, hasOutcome } from '../../src/rules/gap-lint.js';

describe('a dated gap that ends with a return is read whole', () => {
  it.each([
    'From March 2022 until June 2023 I paused my post as a GP in Recife to nurse my husband after his stroke. I booked his rehabilitation sessions and studied in the evenings, and I passed Step 1 in May 2023. After that I went back to my practice.',
    'From 2021 until 2022 I stayed in Accra with my father during his dialysis. I organised his transport and completed an online course in SQL for health data. Afterwards I resumed my hospital work.',
  ])('deeds and outcomes before the return count: %s', (draft) => {
    expect(hasAction(draft)).toBe(true);
    expect(hasOutcome(draft)).toBe(true);
  });

  it('a post that ended still marks where the gap began', () => {
    const draft =
      'I worked as a house officer in Kano until July 2021 and then I left. Since then I have mostly been reading and thinking about my future.';
    expect(hasAction(draft)).toBe(false);
  });
});

describe('results told without the usual words', () => {
  it.each([
    'I set up a shared spreadsheet of her blood results with the renal nurse, and it helped the team spot three falling potassium levels before they became dangerous — they caught two infections early as well.',
    'My log of his doses let the pharmacist pick up four duplicate prescriptions in the first month.',
    'I walked my two nephews to school each day and helped with homework; both finished the school year with excellent marks.',
    'With my help my younger brother completed his board exams with distinction.',
  ])('outcome: %s', (draft) => {
    expect(hasOutcome(draft)).toBe(true);
  });

  it.each([
    'I moved home to look after my aunt through her chemotherapy and managed her appointments. She is now in remission, and I am ready to return to training.',
    'I cared for my grandfather after his fall. When he could walk with a stick again, I went back to my exam preparation.',
    'I read about patient safety and tried to catch up on guidelines while my mother recovered.',
  ])('no outcome: %s', (draft) => {
    expect(hasOutcome(draft)).toBe(false);
  });
});

describe('a device that carries care is an informatics link', () => {
  it.each([
    'I set up a phone medication reminder for my father and a photo log his cardiologist could check each week.',
    'For my mother I arranged an app dose tracker that the clinic nurse reviewed at every visit.',
  ])('link: %s', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(true);
  });
});

describe('technology only kept up with is no link', () => {
  it.each([
    'During those months I kept myself informed about medicine and technology and tried to stay sharp.',
    'I watched a series of talks on new health technology while my son was in hospital.',
    'I also followed some webinars about modern tech in the evenings.',
  ])('no link: %s', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(false);
  });

  it.each([
    // A reason ties the reading to what the member saw.
    'I began reading about health technology because I saw on my ward how badly the systems failed us.',
    // A stance, not intake.
    'These months showed me that I want to work where clinical care and technology meet.',
    // The named field, not the vague word.
    'I kept myself updated on health information technology and the national medical record.',
    // A workplace, not a topic.
    'I read about triage while I worked at a health-tech start-up in Nairobi.',
  ])('still a link: %s', (draft) => {
    expect(hasInformaticsLink(draft)).toBe(true);
  });
});

describe('family members as the party blamed', () => {
  it.each([
    'I nursed my father alone because my sisters refused to share the burden and left all the work on me.',
    'My in-laws refused to take any responsibility, as always, so everything fell to me.',
  ])('blame: %s', (draft) => {
    expect(findBlame(draft).length).toBeGreaterThan(0);
  });

  it.each([
    'My brothers live abroad, so I was the one who stayed with my mother during her treatment.',
    'My family supported me throughout, and my cousin took over the night shifts with my grandmother.',
  ])('no blame: %s', (draft) => {
    expect(findBlame(draft)).toEqual([]);
  });
});
