import { describe, expect, it } from 'vitest';
import { canBeResult } from '../../src/mock/star.js';
import { analyse } from '../../src/text/document.js';

// The learned STAR layer may add a result the rules missed, but never on a sentence the rules know
// is no result (src/mock/feedback.ts). Session 36's retrain read two such sentences as results.
const Q = 'Tell me about a project you led.';
const last = (answer: string): boolean => {
  const doc = analyse(answer);
  return canBeResult(doc, Q, doc.sentences.length - 1);
};
const first = (answer: string): boolean => canBeResult(analyse(answer), Q, 0);

describe('a hope or doubt that the work still holds is not what came of it', () => {
  it.each([
    'I built a tracking sheet for missed follow-up calls with the nurses. I moved to the US in 2024 and I hope they still use it.',
    'We wrote an order set for sepsis with the ED pharmacist. Honestly I am not sure it is still in the system.',
    'I trained the ward clerks on the new discharge template. I left in 2021, so I wonder whether anyone still opens it.',
  ])('%s', (answer) => expect(last(answer)).toBe(false));

  it.each([
    'I built a tracking sheet for missed follow-up calls with the nurses. Three years later the clinic still uses it for every patient.',
    'We wrote an order set for sepsis with the ED pharmacist. It is still the default order set in the ED today.',
  ])('a present fact that it still holds can be: %s', (answer) => expect(last(answer)).toBe(true));
});

describe('the problem the member showed someone, before acting, is the problem measured', () => {
  it.each([
    'I showed the charge nurses that almost a third of the morning labs were drawn after rounds. Then I moved the draw times in the order set.',
    'We pointed out to the pharmacy committee that the interaction alert fired forty times a day. I then rewrote its trigger rules.',
    'I proved to my consultant that half of the referral letters lacked a diagnosis. I designed a template with required fields.',
  ])('%s', (answer) => expect(first(answer)).toBe(false));

  it('a finding shown after the change can be what came of it', () => {
    const a =
      'I rewrote the trigger rules of the interaction alert with the pharmacists. Two months later I showed the committee that overrides fell from 90% to 55%.';
    expect(last(a)).toBe(true);
  });
});
