/**
 * STAR result readings of round twenty-six, held by short answers of our own (not corpus items).
 * A result is an end state told as having happened after the member acted. Not results:
 * - the member's own team putting its work into use ("we started using it on the male ward") is
 *   the last step of what was done; others starting to use it is a result;
 * - the member's or the team's next deed after a time word ("after that we presented the plan",
 *   "I made a table and showed it at the next meeting") moves the story on;
 * - a sentence that says what came of it is not known ("I don't have the numbers yet", "I cannot
 *   tell you what happened after that");
 * - a clause of reason ("because during the week nobody had time") and a choice weighed ("I thought
 *   it was better to keep her busy");
 * - a tool nobody used, told before the member acted.
 * And a question about what the member did ("What did you do during the pandemic?") answered with
 * an episode that has a charge in it expects a result like a "tell me about a time" question.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you improved a process.';
const notes = (q: string, a: string) => answerFeedback(q, a).notes.map((n) => n.id);

describe('the team putting its own work into use is the last step, not what came of it', () => {
  it.each([
    'In my house job at a district hospital in Multan, lab requests were lost between wards. My consultant gave me the task of fixing it. I designed one request slip with the nurses, and from March we began using it on both female wards.',
    'At the polyclinic in Almaty the vaccination reminders were written by hand. I was asked to make it simpler, so I built a small spreadsheet with due dates, and we all started using it in the second week.',
    'When I worked in Kumasi, the night handover was only verbal. As the senior house officer it was my job to make it safer. I wrote a one-page sheet, trained the nurses, and then we started the pilot on two units.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
    expect(notes(STORY, answer)).toContain('no-result');
  });

  it.each([
    // Others taking it up is what came of it.
    'In my house job in Multan, lab requests were lost between wards. I designed one request slip with the nurses, and by April the surgical wards had started using it too.',
    // The team's start and then a change told after it.
    'At the polyclinic in Almaty the vaccination reminders were written by hand. I built a spreadsheet with due dates and we started using it in May; by August missed doses had fallen from 40 to 9 a month.',
  ])('still a result: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('the next deed of the member or the team after a time word moves the story on', () => {
  it.each([
    'In 2023 I was a medical officer in Mombasa and I had to convince the pharmacists to try e-prescribing. I sorted one week of prescriptions into types of errors. I put them in a table and presented it at the next committee meeting.',
    'At our clinic in Recife the referral letters were often incomplete. As the coordinator I had to improve them. I collected twenty letters and marked what was missing. After that we presented a new template to the director at the monthly meeting.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
  });

  it.each([
    // Another party's deed after the time word is what came of it.
    'In 2023 I was a medical officer in Mombasa. I sorted one week of prescriptions into types of errors and presented the table at the committee, and the next month the committee approved the templates.',
    // What the team had after the time word still counts.
    'At our clinic in Recife the referral letters were often incomplete. I wrote a template with the director. After that we had no letters sent back by the hospital for three months.',
  ])('still a result: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('an outcome the member says is not known is no result', () => {
  it.each([
    'In my last year in Hanoi the discharge letters took days. The head nurse asked me to shorten them. I made a template with only the fields the GPs use and taught it to the interns. We began in June, just before my visa came, so honestly I do not know yet whether it helped.',
    'At the hospital in Asunción I was the doctor who tested the new triage screens. I wrote the test cases and checked every screen with the nurses. Then I moved to the US, so I cannot tell you what happened with the system after that.',
    'My supervisor in Izmir asked me to build a fall-risk checklist. I made it with the physiotherapists and printed it for each bed. It is still too early to say, because they only put it in place last month.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
    expect(notes(STORY, answer)).toContain('no-result');
  });

  it('a measured change still counts beside an unknown future', () => {
    const a =
      'At the hospital in Asunción I was asked to fix the triage screens. I rebuilt them with the nurses, and triage time went from 12 to 7 minutes; I cannot tell you what happened after I left.';
    expect(detectStar(a, STORY).result).toBe(true);
  });
});

describe('a reason or a choice weighed is not a result', () => {
  it.each([
    'During my internship in Lahore the ward had no teaching for the nurses. I was asked to organise it. I ran the sessions on Sundays, because on weekdays nobody had time for them.',
    'In the flood of 2022 in Sindh I was the only doctor in the camp. I had to decide who went first. One volunteer was very young and frightened, so I gave her the list of names to keep, because I thought it was better to keep her busy.',
  ])('%s', (answer) => {
    expect(detectStar(answer, 'Tell me about a time you worked under pressure.').result).toBe(false);
  });

  it('a clause of reason that has ended leaves the main verb a result', () => {
    const a =
      'At the refugee clinic in Gaziantep the coordinator asked me to stop the missed refills. I built a register of regular medicines and taught the volunteers to use it. In the first month the number of people who came back because their tablets had run out went from ten a day to two a week.';
    expect(detectStar(a, STORY).result).toBe(true);
  });
});

describe('a tool nobody used, told before the member acted, is the problem', () => {
  it('is the setting', () => {
    const a =
      'In Port Harcourt the hospital had bought a bed-management screen, but nobody used it. The medical director asked me to find out why. I interviewed the ward clerks and wrote a short report with three proposals.';
    expect(detectStar(a, STORY).result).toBe(false);
  });
  it('the member’s own project failing is what came of it', () => {
    const a = 'Tell me about a project that failed.';
    expect(
      detectStar('My reminder project failed because the clinic in Lima had no internet. I did what I could.', a)
        .result,
    ).toBe(true);
  });
});

describe('what the member did, asked in the past, expects a result when it tells an episode', () => {
  const Q = 'What did you do during your research year?';
  it('an episode with a charge and no outcome gets no-result', () => {
    const a =
      'In 2023 I was at a cardiology unit in Porto Alegre. Heart failure patients were missing their follow-up calls, and my supervisor asked me to find a way to track them. I set up a shared sheet with the nurses, coloured the overdue rows and wrote a short guide for the weekend team. I came to the US in 2024 and I hope they still use it.';
    expect(notes(Q, a)).toContain('no-result');
  });
  it('a list of things done with no charge does not', () => {
    const a =
      'I worked at a cardiology unit in Porto Alegre. I read a lot of papers, I joined the journal club and I watched how the nurses used the EHR.';
    expect(notes(Q, a)).not.toContain('no-result');
  });
  it('a motivation question is still not a story', () => {
    const a =
      'Because in Tbilisi I was responsible to move our clinic records to a new system, and I prepared the checklist and tested the records. This is the work I want to do.';
    expect(notes('Why are you applying to our informatics track?', a)).not.toContain('no-result');
  });
});
