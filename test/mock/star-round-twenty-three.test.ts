/**
 * STAR result readings of round twenty-three, held by short answers of our own (not corpus items):
 * a result is an end state of the situation, said as happened after the member acted. Not results:
 * a promise to act ("the vendor agreed to add it next quarter"); a state joined to the member's
 * past perfect ("I had revised every chapter and my mock scores were safe"), which looks back from
 * the story's time; a mark or a call the member received, which is the occasion of the story; and
 * what befell the team ("we received a grant of laptops"), which does not start what came of it.
 * Also: "describe a project you contributed to" asks for a story; a hedged denial of fault ("not
 * totally my fault") is blame, not ownership; favouritism laid on a party is blame.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { answerKind, detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time something did not go as planned.';

describe('not what came of it', () => {
  it.each([
    'At the health centre in Kumasi the vaccine fridge log was kept on paper. I built a simple spreadsheet with alarms for out-of-range readings and showed it to the district officer. The vendor agreed to add the same alarm to their software next quarter.',
    'Before my PLAB 1 in Manchester I studied for four months. I had revised every chapter twice and my mock scores were safe. On the day I ran out of time on the last thirty questions, and I wrote to the exam board afterwards to ask about the timing.',
    'In my paediatrics rotation in Baku I received a poor grade on my case presentation. I asked my supervisor to show me the marking sheet and I practised the next two presentations with a senior resident.',
    'In 2021 at our rural clinic in Chiapas we received a grant of ten laptops from a charity. The paper registers at that time were kept in a cupboard and many were incomplete. I wrote a short data form for the nurses and trained them on it over two weekends.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
    expect(answerFeedback(STORY, answer).notes.map((n) => n.id)).toContain('no-result');
  });

  it.each([
    'At the health centre in Kumasi the vaccine fridge log was kept on paper. I built a simple spreadsheet with alarms and showed it to the district officer. The vendor agreed to the change, and within a month the alarm was live in all four clinics.',
    'In my paediatrics rotation in Baku I received a poor grade on my case presentation. I practised the next two presentations with a senior resident, and my next grade was the best in the group.',
  ])('still a result: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('a question about a piece of the member’s past asks for a story', () => {
  it.each([
    'Describe an EHR or data project you contributed to.',
    'Describe a quality initiative you participated in.',
    'Walk me through an informatics effort you were responsible for.',
  ])('%s', (q) => {
    expect(answerKind(q)).toBe('story');
  });
});

describe('blame the member lays on others', () => {
  const Q = 'Tell me about a time you received critical feedback.';
  const rest =
    ' After the feedback I set up a checklist for my admissions and my next two evaluations noted that my notes were on time, and the ward manager asked me to share the checklist with the other interns.';
  it.each([
    'My registrar kept handing me new admissions at the end of every shift, so the late notes were not totally my fault.',
    'The notes were late, but it was not only my mistake, because the night team sent everyone to me.',
    'On that team the seniors gave all the interesting cases to their favourites, and I was left with the discharges.',
  ])('%s', (answer) => {
    expect(answerFeedback(Q, answer + rest).notes.map((n) => n.id)).toContain('blame');
  });

  it.each([
    'The late notes were my fault: I had not planned my shift around the admissions.',
    'I gave my teaching slides to my friends on the next rotation.',
  ])('not: %s', (answer) => {
    expect(answerFeedback(Q, answer + rest).notes.map((n) => n.id)).not.toContain('blame');
  });
});

describe('dislike of an activity is an obstacle, dislike of the member is blame', () => {
  const Q = 'Tell me about a time you worked on a team.';
  const rest =
    ' So I met the residents one by one and explained that the review was about patterns, not people, and within two months antibiotic starts without an indication fell from forty to twelve a week.';
  it.each([
    'On the medical wards in Juba I reviewed prescriptions with the pharmacist; it was slow at first because the residents did not like us checking their orders.',
    'The new discharge form was hard to introduce because the consultants disliked the extra fields.',
  ])('not blame: %s', (answer) => {
    expect(answerFeedback(Q, answer + rest).notes.map((n) => n.id)).not.toContain('blame');
  });
  it('blame: the party disliking the member', () => {
    expect(
      answerFeedback(
        Q,
        'I was left out of the audit team because the registrar did not like foreign graduates.' + rest,
      ).notes.map((n) => n.id),
    ).toContain('blame');
  });
});

describe('the charge named as a noun, with its holder between or after the deed', () => {
  const Q = 'Tell me about a time you worked on a team.';
  it.each([
    'On the stroke unit in Minsk door-to-needle times were slow. The goal set for the two registrars and me was to bring them under an hour. I mapped every step with the nurses.',
    'In Accra the clinic lost lab slips every week. I kept the lab request log for the whole clinic for a year, which was a heavy responsibility with six doctors sending requests.',
  ])('%s', (answer) => {
    expect(detectStar(answer, Q).task).toBe(true);
  });
  it.each([
    'In Accra the clinic lost lab slips every week. I sorted the slips by date each evening, which was a job for the clerks really, and put them in a box.',
  ])('not: %s', (answer) => {
    expect(detectStar(answer, Q).task).toBe(false);
  });
});
