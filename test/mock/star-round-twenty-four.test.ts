/**
 * STAR result readings of round twenty-four, held by short answers of our own (not corpus items):
 * a result is an end state after the member acted, told as happened. Not results: what the member
 * found, showed or timed when looking into the problem ("I found that 40% of the orders had no
 * indication"), which is the problem measured, a diagnosis. Results: a measure against the old
 * rate with no verb of change ("it now fires a quarter as often"), a thing done to a counted group
 * ("four had their doses changed"), and a past perfect inside words someone reported ("she told me
 * it had changed how she starts the visit"), which is the tense of reported speech.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';
import { detectStar } from '../../src/mock/star.js';

const STORY = 'Tell me about a time you used data to improve care.';

describe('what the member found is the problem measured, not what came of it', () => {
  it.each([
    'On the renal ward in Tbilisi I pulled two months of potassium results from the lab system and found that 38% of the repeat tests were ordered less than six hours apart. I wrote a short proposal for a minimum interval and sent it to the head of the lab.',
    'In my internship in Dhaka I counted the missed insulin doses on our ward for one month, and I showed the nurses that nearly one in five doses was given more than an hour late. I made a poster with the timings and asked to present it at the ward meeting.',
    'At the clinic in Quito, me and one nurse audited the vaccine register and we found that most of the children with a missed dose had no phone number recorded. I designed a new register page with a mandatory phone field.',
    'I timed the admission process in our emergency department for a week, and the electronic form took three times as long as the paper one. I listed every field and marked which ones the triage nurse really needs.',
  ])('%s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(false);
    expect(answerFeedback(STORY, answer).notes.map((n) => n.id)).toContain('no-result');
  });

  it.each([
    // A change found after the member acted is still what came of it.
    'On the renal ward in Tbilisi I pulled two months of potassium results and wrote a proposal for a minimum interval. When I checked again in the spring, I found that the repeat tests had fallen by 30%.',
    // What came of it said with a measure against the old rate.
    'On the renal ward in Tbilisi the potassium alert fired on almost every patient on diuretics. I reviewed the thresholds with the pharmacist and we changed them with the committee, and the alert now fires a quarter as often.',
    // Something done to a counted group after the member acted.
    'At my practice in Katowice I searched the prescription records of our warfarin patients for interacting drugs. We called all twelve patients in for a check that month, and five had their doses changed.',
    // A past perfect in reported words is the tense of reported speech, not a look back.
    'At the clinic in Shiraz the screening forms were rarely scored. I set up a tablet form that scores itself and tested it with ten patients. Three months later almost every visit had a score, and two residents told me it had changed how they start the visit.',
  ])('still a result: %s', (answer) => {
    expect(detectStar(answer, STORY).result).toBe(true);
  });
});

describe('the setting named as the problem, or a state before the member acted', () => {
  const Q = 'Tell me about a time you worked with a difficult team.';
  it.each([
    'On the dialysis unit in Accra I joined the quality group in 2021. The problem we kept discussing was that nobody had a full list of patients with overdue bloods. I listened to the nurses and the technicians and sketched a list with the IT officer.',
    'At my hospital in Cusco we were moving to an electronic drug chart, and the nurses resisted it, because the paper chart was quicker for them. I sat with each shift to hear what slowed them down.',
    'In Hanoi the main issue was how the night team handed over: fewer than half of the pending tests were mentioned. I drafted a short template with the senior nurse.',
  ])('%s', (answer) => {
    expect(detectStar(answer, Q).result).toBe(false);
  });

  it.each([
    'At my hospital in Cusco the nurses resisted the electronic drug chart. I sat with each shift and removed six fields with IT, and by the end of the month the electronic chart was quicker than the paper one.',
    'In Hanoi the night handover missed pending tests. I drafted a short template with the senior nurse, and the two other wards later asked for the template.',
    'In Hanoi the night handover missed pending tests. I drafted a short template with the senior nurse, and the head of medicine made it part of the induction for new residents.',
  ])('still a result: %s', (answer) => {
    expect(detectStar(answer, Q).result).toBe(true);
  });
});

describe('an intention in the past is not an action; a share of the role is a task', () => {
  const Q = 'Tell me about a time you led a change.';
  it('"I was going to ask IT…" is a plan', () => {
    const a =
      'In Lima we were moving the triage form into the EHR and the chief picked me to lead it on our side. My idea was to sit with each shift, and I was also going to ask IT to drop the unused fields. That was the plan.';
    expect(detectStar(a, Q).action).toBe(false);
  });
  it.each([
    'I was the senior on the ward, so teaching the new interns was part of my job.',
    'As registrar, checking the overnight results fell among my duties.',
  ])('%s', (sentence) => {
    const a = `In Porto Alegre our interns lost pending tests overnight. ${sentence} I wrote a one-page guide and ran a short session each rotation.`;
    expect(detectStar(a, Q).task).toBe(true);
  });
});

describe('a denial of fault said with a negative subject is blame, not ownership', () => {
  const Q = 'Tell me about a conflict with a colleague and how you handled it.';
  const blamed = (a: string) => answerFeedback(Q, a).notes.some((n) => n.id === 'blame');
  it.each([
    'The registrar on nights kept changing my plans without telling me. None of the mix-ups on that rotation were my fault; I was the newest intern and an easy target. I asked him for a short handover each evening.',
    'Our pharmacist blocked every order I wrote that month. Nothing that went wrong with those orders was my fault, honestly. I met her after clinic to go through them.',
  ])('%s', (a) => {
    expect(blamed(a)).toBe(true);
  });
  it.each([
    'The registrar and I disagreed about a discharge. The delay was my fault, and none of the nurses were to blame. I apologised and we agreed a plan together.',
    'The registrar and I disagreed about a discharge. It was my fault; none of the nurses did anything wrong. I apologised and we agreed a plan together.',
  ])('still ownership: %s', (a) => {
    expect(blamed(a)).toBe(false);
  });
});
