import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const OPENER_Q = 'Tell me about yourself.';

describe('STAR in an opener: the person described is not a deed (session 22)', () => {
  it.each([
    "I'm Tomas, an internist from Kaunas, five years on a cardiology ward and one as our unit's EHR super-user. When I am off duty I run and I teach a Sunday chess class for kids.",
    "Hello, I'm Wanjiru, a paediatrician from Nakuru with three years in neonatal care. Away from work I run long distances and I coach the hospital netball side.",
  ])('a habit in the simple present ("%s") is not an action', (answer) => {
    expect(detectStar(answer, OPENER_Q).action).toBe(false);
  });

  it('a present perfect deed in an opener is still an action', () => {
    const a =
      "I'm Leila, a family doctor from Shiraz. I have built a referral tracker that our three clinics still use, and I have trained our nurses on it.";
    expect(detectStar(a, OPENER_Q).action).toBe(true);
  });
});

describe('STAR in a story: a past deed with a thing acted on, whatever the verb (session 22)', () => {
  it('timing and tallying told in the past are the member acting', () => {
    const a =
      'On the paediatric ward in Kumasi our evening handovers ran well past nine. I clocked each handover for ten days on a paper sheet and tallied the interruptions. Most delays came from lab results that nobody had printed, so the ward clerk began printing them at six, and handovers finished by eight.';
    const star = detectStar(a, 'Tell me about a time you improved a handover.');
    expect(star.action).toBe(true);
    expect(star.result).toBe(true);
  });

  it('merging records is an action, and what others now do with it a result', () => {
    const a =
      'At the district hospital in Mbarara, malaria admissions were recorded in three separate books. I merged the three books into one spreadsheet over a month. The matron now uses it for the monthly report.';
    const star = detectStar(a, 'Describe a project you worked on with data.');
    expect(star.action).toBe(true);
    expect(star.result).toBe(true);
  });

  it('disagreeing or admiring is not a deed that starts what comes of the story', () => {
    const a =
      'On nights in Lima a senior nurse and I disagreed about when to restart feeds after surgery. It became tense on the ward. I asked her to talk it through away from the patient.';
    expect(detectStar(a, 'Tell me about a disagreement with a colleague.').result).toBe(false);
    const b =
      'In my internship in Cusco I admired our head of surgery for how calmly he ran the list. Years later I chose internal medicine, and I still think of him.';
    expect(detectStar(b, 'Who influenced you most in medicine?').action).toBe(false);
  });
});
