/**
 * STAR readings of round twelve, held by short answers of our own (not corpus items): a phrase of
 * charge is read in its clause (negated, leaving, a present wish, someone else's charge, an
 * adjective), a second predicate shares the member as subject, a leading role carries the task in
 * a story, a job held or a move is the setting of a story, and the organisation altering the thing
 * is a result.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback, blameQuotes } from '../../src/mock/feedback.js';
import { detectStar } from '../../src/mock/star.js';
import { hasInformaticsAngle } from '../../src/text/narrative.js';

const STORY = 'Tell me about a time you solved a problem at work.';
const WHY = 'Why clinical informatics?';
const OPENER = 'Tell me about yourself.';

describe('a task is a charge the member held', () => {
  it.each([
    'I never wanted to give up seeing patients, so I kept two clinic sessions a week and built the ward audit in the evenings.',
    'Nobody asked me to, but I put the night handover into a shared sheet and the registrars began using it.',
    'I had to leave the program after my second year; in Porto I then cleaned the stroke registry data for a research group.',
    'I decided to quit surgery in 2020 and joined a telehealth start-up, where I wrote the triage forms.',
    'I want to fix that part of the system, the referral letters that never arrive, and I learned SQL last year.',
    'My supervisor asked the IT office to fix the allergy field, and I tested the new screen on two wards.',
    'At Hillside the reviews of my notes were careful and objective, and I rewrote my template after them.',
  ])('is not read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(false);
  });

  it.each([
    'After residency I joined the quality office at St Anne and was responsible for the sepsis bundle report.',
    'In 2019 I took over the rural clinic in Tamale and had to get the vaccine register working before the campaign.',
    'In my last year I was head intern on the medical wards, and I rebuilt the duty rota for twenty interns.',
    'At the district hospital I was the physician champion, so I collected every error in a log and sent it on each week.',
  ])('is read in "%s"', (answer) => {
    expect(detectStar(answer, STORY).task).toBe(true);
  });

  it('leaves a leading role out of a motivation answer: there it is a credential', () => {
    expect(
      detectStar('As a resident in Amman I enjoyed teaching, and I was chief resident in my final year.', WHY).task,
    ).toBe(false);
  });
});

describe('a job held or a move is where a story happens, not an action', () => {
  it('does not count "worked at a hospital for four years" or "graduated from" in a summary of oneself', () => {
    const star = detectStar(
      'I graduated from the University of Ghana in 2016 and I worked at a district hospital in the Volta region for four years. I would like to build tools for clinics like that one.',
      OPENER,
    );
    expect(star.action).toBe(false);
  });

  it('still counts work on something and work with someone', () => {
    expect(
      detectStar(
        'At the district hospital in Volta I worked with the two nurses on a paper register of every pregnancy.',
        STORY,
      ).action,
    ).toBe(true);
  });
});

describe('results', () => {
  it('reads the organisation altering the thing after the member acted as a result', () => {
    const answer =
      'On the surgical ward in Quito the nurses copied vital signs into three forms. I timed it for a week and brought the numbers to the unit chief, and the hospital later merged two of the forms into one screen.';
    expect(detectStar(answer, STORY).result).toBe(true);
  });

  it('does not read "afterwards" inside a present wish as a result', () => {
    const answer =
      'I work in an emergency department in Manila. I want to learn to redesign the triage workflow and to check afterwards whether it helped.';
    expect(detectStar(answer, WHY).result).toBe(false);
  });
});

describe('blame reads who is wronged and whether it is said as so', () => {
  const blamed = (answer: string) => blameQuotes(answer).length > 0;

  it('does not read a fault inside a present condition as blame', () => {
    expect(
      blamed('Reminders do little if the discharge screens are badly designed, so I would start with the screen.'),
    ).toBe(false);
  });

  it("does not read others' lapse toward patients, told as the problem, as blame", () => {
    expect(blamed('At the district clinic the night porters ignored the urgent trays for the sick patients.')).toBe(
      false,
    );
    expect(blamed('The records clerk was rude to the older patients at the front desk.')).toBe(false);
  });

  it("still reads a counterfactual laying the member's own failure on others as blame", () => {
    expect(
      blamed('If the registry office had not lost my transcripts, I would have started residency a year earlier.'),
    ).toBe(true);
  });

  it('still reads "as if" as a complaint, not a condition', () => {
    expect(
      blamed('Every office sent me elsewhere and it felt as if the system was designed to keep foreign doctors out.'),
    ).toBe(true);
  });
});

describe('the informatics angle reads the sense of a word', () => {
  const angle = (answer: string, question = 'Tell me about a process you improved.') =>
    hasInformaticsAngle(answer, question);

  it('does not take a queue of people or numbers of patients as the angle', () => {
    expect(
      angle('Families stood in the queue outside the pharmacy from five in the morning, so I opened a second window.'),
    ).toBe(false);
    expect(angle('We were given huge numbers of patients, so I asked the matron for a second nurse at night.')).toBe(
      false,
    );
  });

  it('takes request forms, a register, a drug library and a measured change as the angle', () => {
    expect(angle('The request forms for urgent and routine samples looked the same, so I asked for pink ones.')).toBe(
      true,
    );
    expect(angle('I took the ward register and listed every patient due for a foot exam.')).toBe(true);
    expect(angle("The two strengths sat side by side in the pump's drug library.")).toBe(true);
    expect(angle('After the red trays came in, the wait for urgent results fell from about five hours to two.')).toBe(
      true,
    );
  });

  it('does not take a span of years as a measured change', () => {
    expect(angle('I worked there from 2019 to 2021 and my role changed from intern to resident.')).toBe(false);
  });
});

describe('an informaticist question invites the angle', () => {
  it('notes a missing angle when the question names the informatician', () => {
    const fb = answerFeedback(
      'What would you most like to fix as an informatician?',
      'I would fix how interns are supported. Every intern needs a mentor and a kind word after a hard night, and seniors need time to give it. If I lead one day, every intern will have a named mentor and a monthly talk with them, because a supported doctor is a safer doctor and a happier one, and that is the change I care about most in medicine today.',
    );
    expect(fb.notes.map((n) => n.id)).toContain('no-informatics-angle');
  });
});

describe('what is not a result', () => {
  const result = (answer: string) => detectStar(answer, STORY).result;

  it('does not read a change inside a charge as what came of it', () => {
    expect(
      result(
        'In 2021 at the clinic in Izmir our INR checks were irregular. The head of the unit asked me to organise them better. I listed every patient on warfarin.',
      ),
    ).toBe(false);
  });

  it("does not read the member's own second predicate as a result", () => {
    expect(
      result(
        'In 2023 at my lab in Seoul I spoke with my manager and cut my hours to half-time, and I joined a study group.',
      ),
    ).toBe(false);
  });

  it('does not read a conceded point, the minutes of a meeting or closeness to a person as a result', () => {
    expect(
      result(
        'At the stewardship meeting in Beirut I showed the chart, and their chief agreed that some starts could have waited.',
      ),
    ).toBe(false);
    expect(
      result('On the ward in Amman I attended all of the meetings and helped write the minutes for the department.'),
    ).toBe(false);
    expect(
      result('In my internship in Amman the other interns were treated better because they were closer to him.'),
    ).toBe(false);
  });

  it('still reads others cutting something after the member acted as a result', () => {
    expect(
      result(
        'At the clinic in Izmir I listed every patient on warfarin and the secretary called them, and missed checks dropped by half.',
      ),
    ).toBe(true);
  });
});

describe('actions the tagger reads as other words', () => {
  const action = (answer: string) => detectStar(answer, STORY).action;

  it('reads an irregular past after "I" as a verb even when tagged as a noun', () => {
    expect(
      action('On the renal ward in Cebu the order sets confused everyone, so I rewrote nine of them in a year.'),
    ).toBe(true);
  });

  it('reads "did" before a noun phrase as the main verb, but not "did my best"', () => {
    expect(action('In my internship in Quito I did a small audit of the night handovers.')).toBe(true);
    expect(action('In my internship in Quito the handovers were chaotic and I did my best.')).toBe(false);
  });

  it('reads looking at the records of the work as analysis, and "ended up building" as building', () => {
    expect(
      action('On the cardiology floor in Lima I looked at two months of discharge letters with the secretary.'),
    ).toBe(true);
    expect(action('On the cardiology floor in Lima I ended up building a small tracker for the letters.')).toBe(true);
    expect(action('During my residency in Lima I looked into informatics as a career.')).toBe(false);
  });
});

describe('a named place in a sentence told in the past is the situation', () => {
  it('reads "in Lagos I spent…" and "the residents in Karachi" as where it happened', () => {
    expect(
      detectStar('Because in Lagos I spent more time searching the paper chart than with patients.', WHY).situation,
    ).toBe(true);
    expect(
      detectStar('I saw how slow our EHR was for the residents in Karachi. I want to fix that.', WHY).situation,
    ).toBe(true);
  });

  it('does not read a place in a plan or a product after "in" as a situation', () => {
    expect(detectStar('I want to train in Boston and build decision support tools.', WHY).situation).toBe(false);
    expect(detectStar('I learned to write queries in Python and built small tools.', WHY).situation).toBe(false);
  });
});
