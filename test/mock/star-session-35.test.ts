/**
 * Session 35 (round text35), held by short answers of our own (not corpus items).
 *
 * The learned STAR layer adds a result the rules missed from the sentence that scored highest; it
 * must not stand on a sentence the rules know is no result: a promise or plan for later, made by
 * anyone ("the supplier said they would put it in the next release"), or the member's finding of the
 * problem told before they acted ("we discovered that a third had no clinical details"). What came
 * of it after the deed ("after two months we found that no scan had been missed") still stands.
 */
import { describe, expect, it } from 'vitest';
import { answerFeedback } from '../../src/mock/feedback.js';

const STORY = 'Tell me about a time you used data to improve care.';

describe('a promise for later or the problem found is not what came of it, with the layer on', () => {
  it.each([
    'On the surgical ward in Lusaka a colleague and I went through a month of lab request slips and we discovered that a third of them had no clinical details at all. I drafted a request form with two required fields.',
    'In Yerevan the pharmacist and I checked a week of handover sheets and we saw that half of them left out pending scans. I made a new handover sheet with a box for pending scans.',
    'At our clinic in Cebu I entered the missed appointments into a spreadsheet and sent a summary to the IT lead. The IT lead promised to build the same reminder into the hospital system.',
    'In Asmara I mapped the blood bank requests on paper and presented the delays to the lab manager. The supplier said they would put the tracking screen into their next software release.',
    'At the district hospital in Mzuzu I wrote a short dosing table for gentamicin and showed it to the pharmacy committee. Pharmacy is going to make it the default in the new year.',
  ])('%s', (answer) => {
    const fb = answerFeedback(STORY, answer);
    expect(fb.star.result).toBe(false);
    expect(fb.notes.map((n) => n.id)).toContain('no-result');
  });

  it.each([
    'At the health centre in Kumasi the vaccine fridge log was kept on paper. I built a simple spreadsheet with alarms and showed it to the district officer. The vendor agreed, and within a month the alarm was live in all four clinics.',
    'In Yerevan I made a new handover sheet with a box for pending scans. After two months we found that no pending scan had been missed on the night shift.',
    'On the renal ward in Tbilisi I pulled two months of potassium results and wrote a proposal for a minimum interval. When I checked again in the spring, I found that the repeat tests had fallen by 30%.',
  ])('still a result: %s', (answer) => {
    const fb = answerFeedback(STORY, answer);
    expect(fb.star.result).toBe(true);
    expect(fb.notes.map((n) => n.id)).not.toContain('no-result');
  });
});
