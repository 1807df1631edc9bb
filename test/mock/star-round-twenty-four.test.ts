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
