/**
 * Session 28 (text45), STAR result told through other people, with no verb of change:
 * - the organisation makes the member's thing its rule ("the clinical director then made the
 *   handover sheet mandatory", "used my audit to make glucose checks part of the morning round"),
 *   whatever the thing is called; the member making it so, or wanting to, is an action or a plan;
 * - the person the member helped gets through what they were struggling with, without the problem
 *   ("he got through the rest of the block without one late note"); the same told before the member
 *   did anything is how things stood.
 */
import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const Q = 'Tell me about a time you helped a colleague or your team.';

describe('the organisation made what the member brought its rule', () => {
  it.each([
    'On the surgical floor in Ibadan, handovers kept dropping the pending scans. I drew up a one-page handover sheet and walked the night team through it. Our clinical director then made the handover sheet mandatory on every surgical ward.',
    'In my house job in Peshawar nobody checked sugars before breakfast. I kept a tally of the missed checks for three weeks and showed it to the nursing lead, who used my tally to make bedside glucose checks part of the morning round.',
    'At the rural clinic in Tamale the night rota kept breaking down. I set up a shared sheet where we could offer and take shifts. Two months later the district office made shift trades a formal option in the rota policy.',
    'so in Cebu the admission notes were all over the place, i wrote a short template and showed the interns how to use it, and honestly the chief liked it so much she made the whole template standard for new admissions',
  ])('%s', (a) => {
    expect(detectStar(a, Q).result).toBe(true);
  });
  it.each([
    'In Ibadan the handovers kept dropping pending scans. I drew up a one-page handover sheet and I wanted to make it part of the night round, so I asked the matron for a meeting.',
    'At the clinic in Tamale the night rota kept breaking down. I set up a shared sheet for swaps, and I hope the office will make it an official option one day.',
  ])('the member wanting it made so is no result: %s', (a) => {
    expect(detectStar(a, Q).result).toBe(false);
  });
});

describe('the person helped got through it without the problem', () => {
  it.each([
    'During my internship in Lagos a fellow intern kept leaving his discharge notes late because he was also caring for his father. I took two of his evening admissions each week and showed him a quicker note template. He got through the rest of the block without one late note.',
    'In Hanoi a new resident on our team was overwhelmed by the paging volume. As the senior I sat with her for two evenings and we sorted the pages by urgency. By spring she had completed her night block with no missed handovers.',
    'At the district hospital in Kisumu a junior nurse was struggling with the new drug chart. I went through ten of her charts with her and made a short checklist. The nurse finished her probation without another charting error.',
    'ok so in my second year a co-resident in Karachi kept falling behind on his discharge summaries, i split my afternoon clinic time with him for a month and helped him set up a template, and he finished the rotation with zero overdue summaries',
  ])('%s', (a) => {
    expect(detectStar(a, Q).result).toBe(true);
  });
  it.each([
    'In Lagos a fellow intern had finished every rotation without a single late note, so when he struggled on the ward I wanted to understand why. I offered to sit with him the next week.',
  ])('told before the member did anything, it is how things stood: %s', (a) => {
    expect(detectStar(a, Q).result).toBe(false);
  });
});
