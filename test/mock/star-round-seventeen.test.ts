/**
 * STAR readings of round seventeen, held by short answers of our own (not corpus items): a task
 * told as the purpose of a remedy, as a role given as the reason for the deed, or as a fault that
 * belonged to no one and that the member then changed; a result told as a measure against its
 * former value, as a thing still run, or as someone's word that the deed helped; and not as a
 * counterfactual, the member's own causative deed, a copular relative clause, a passive state
 * told before anything was done, or a time inside a deadline. A deed told as "what I did was" is
 * an action, a question about a project the member worked on asks for a story, and a
 * hypothetical answer with no episode is set by how things stand now where the member works.
 */
import { describe, expect, it } from 'vitest';
import { answerKind, detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you solved a problem at work.';

describe('a task told as a purpose, a role or a fault nobody owned', () => {
  it.each([
    'On the oncology ward in Porto in 2021 chemotherapy was often started late. To cut those delays, I moved the consent form into the pre-admission visit and phoned each patient the day before.',
    'At our clinic in Hue in 2022 I designed a wall chart for insulin doses, printed on card, to replace the handwritten notes taped to the fridge. I went over it with each nurse.',
    'One night in 2023 in Rabat a patient with a high potassium waited two hours for a review. I was the registrar on the medical take, so I reviewed him straight away and gave calcium gluconate.',
    'In 2022 in Dakar a child went home without her antibiotics. Nobody had made a mistake as such; the prescription sat in a tray no one emptied at weekends. I changed the discharge round so the pharmacist checked the tray every Saturday.',
  ])('is read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(true);
  });

  it.each([
    'In my first week in Santiago I gave a dose at the wrong time. I was a new intern, so I did not know the ward routine yet. The nurse caught it and I corrected the chart.',
    'In 2022 our hospital in Karachi stopped printing results. Nobody was to blame; it was announced on a Friday. I went to look at the new screens with my co-residents.',
    'A nurse and I disagreed in 2023 in Lima about when to remove a urinary catheter. I listened to her reasons and read the protocol again with her.',
  ])('is not read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(false);
  });
});

describe('a result told without a verb of change', () => {
  it.each([
    'In 2022 in Minsk I was asked to speed up the morning blood round. I grouped the samples by ward and walked the route with the phlebotomists. The round now ends at nine rather than half past ten.',
    'At our clinic in Accra in 2021 I wrote a reminder text for diabetic review visits and set it up with the booking office. Missed visits fell to six a month compared with twenty before.',
    'In 2023 in Cebu I built a bed-state sheet for the medical floor and trained the charge nurses on it. The sheet is still printed at every shift change.',
    'In 2022 in Tbilisi I sat with a junior who had lost a patient and went with her to the review meeting. She told me later that the talk helped her get through that month.',
  ])('is read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });

  it.each([
    'In 2023 in Chennai I joined a group building a deterioration score. I applied the draft score to old admissions by hand to see which patients it could have flagged earlier.',
    'During a power cut in Kano in 2021 I was responsible for the ventilated patients. I moved the weakest battery next to the socket and kept the nurses informed every fifteen minutes.',
    'In 2022 in Tbilisi I organised the family meetings for our stroke unit. I think I work well in a team that is still new and learning.',
    'Our clinic in Dhaka in 2021 finished at seven instead of four, because every diary was copied out by hand. I designed a printed diary and trained the clerks to hand it out.',
    'In 2021 in Lima I kept a vaccine register. Each Friday I called the families due the next week and wrote the new date on their card.',
  ])('is not read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });
});

describe('a deed told as "what I did was", and questions about a past project', () => {
  it('reads the pseudo-cleft as an action', () => {
    const answer =
      'In 2023 on the cardiology ward in Lahore a dose was copied wrongly onto a discharge letter. What I did next was sit with the pharmacist and list every place a dose was typed by hand.';
    expect(detectStar(answer, STORY).action).toBe(true);
  });

  it.each([
    'Walk me through an informatics project you were involved in.',
    'What is a project you worked on that you are proud of?',
    'Walk us through one change you made on your ward.',
  ])('"%s" asks for a story', (question) => {
    expect(answerKind(question)).toBe('story');
  });

  it('a question about informatics in general is still not a story', () => {
    expect(answerKind('What is clinical decision support?')).toBe('hypothetical');
  });
});

describe('a hypothetical answer with no episode', () => {
  const Q = 'If you could change one thing about your hospital, what would it be?';
  it.each([
    'Most of our patients leave without a written list of their medicines. I would give every patient a printed list at discharge and go over it with the family.',
    'On my ward the nurses still copy every drug chart by hand each morning. I would move the chart into the electronic record and print it only when needed.',
  ])('reads how things stand now as the setting, and nothing else, in "%s"', (answer) => {
    expect(detectStar(answer, Q)).toEqual({ situation: true, task: false, action: false, result: false });
  });

  it('reads no setting in a plan about health care in general', () => {
    const answer =
      'Patients often repeat their story to five people. I would make sure every clinician sees the last results and current medicines in one place.';
    expect(detectStar(answer, Q).situation).toBe(false);
  });
});
