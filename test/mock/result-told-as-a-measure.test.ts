import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { detectStar } from '../../src/mock/star.js';

const EXAM_Q = 'I see an exam attempt that did not pass. What happened?';
const STORY_Q = 'Tell me about a time you improved a process.';
const deeds =
  'I failed Step 3 once while working full time as an EHR analyst. Since then I study every morning with a tutor and do timed practice tests. ';

describe('a result told as a measure against its old value or a mark', () => {
  it.each([
    'My scores have gone from below passing to about fifteen points above it.',
    'My practice scores are now about fifteen points above passing.',
    'Now I am scoring around 20 points over the pass mark on the NBME forms.',
    'the last two forms were 18 points above the passing score, up from below it in June.',
    'My NBME scores have climbed from the failing range to comfortably passing.',
  ])('reads "%s" after the member acted as a result', (said) => {
    expect(detectStar(`${deeds}${said} My retake is booked for March 2027.`, EXAM_Q).result).toBe(true);
  });

  it('reads a measure of change in another story and voice too', () => {
    const t =
      'In our clinic patients waited for hours to see the doctor. I mapped the flow with the nurses and moved blood draws to the front desk. Waits have come down from four hours to ninety minutes.';
    expect(detectStar(t, STORY_Q).result).toBe(true);
  });

  it('keeps a distance from a mark told before the member acted as the situation, not a result', () => {
    const t =
      'Our sepsis bundle compliance was twenty points below the national average. I built a checklist in the EHR with the nurses.';
    expect(detectStar(t, STORY_Q).result).toBe(false);
  });

  it('does not read a move between places as a measure', () => {
    const t = 'I built a discharge checklist with the ward nurses. Then I moved from Lagos to Houston in 2021.';
    expect(detectStar(t, STORY_Q).result).toBe(false);
  });
});

describe('the example result offered fits the question', () => {
  it('offers an exam answer an exam-shaped example, never a clinical one or a pass', () => {
    const f = answerFeedback(EXAM_Q, 'I failed Step 3. I changed my plan and studied with a tutor every morning.');
    const note = f.notes.find((n) => n.id === 'no-result');
    expect(note?.message).toMatch(/practice test scores/);
    expect(note?.message).not.toMatch(/follow-ups|passed/);
  });

  it('offers a clinical story the clinical example', () => {
    const f = answerFeedback(
      'Tell me about a time you used data or the EHR to improve care.',
      'On our ward results were missed. I built a report in the EHR and reviewed it with the nurses every morning.',
    );
    expect(f.notes.find((n) => n.id === 'no-result')?.message).toMatch(/missed follow-ups fell by a third/);
  });
});
