/**
 * Round thirty, results read by grammar in long stories:
 * - a restrictive relative clause whose verb has lost its object to the noun before it ("the log
 *   that the nurses kept on paper") says which thing is meant, not what came of the work; with a
 *   comma (", which the team accepted") it is a statement of its own;
 * - someone not happy or not pleased with the member is a reaction on the way, not a result;
 * - a pseudo-cleft of consequence ("that number is what got the department a second nurse") is
 *   what came of it; what it did to the member ("is what brought me to informatics") is not.
 */
import { describe, expect, it } from 'vitest';
import { detectStar } from '../../src/mock/star.js';

const Q = 'Tell me about a time you used data to improve care.';
const OPEN =
  'During my residency in Lima culture results on our ward often went missing, so I was asked to look into it. ';

describe('a relative clause naming a thing is not a result', () => {
  it.each([
    'I compared the culture list with the insertion book that the nurses kept on paper.',
    'Every month I matched the lab export against the register which the clerks filled in by hand.',
    'I went through the old admission sheets that the department had stored in the basement.',
  ])('%s', (tail) => {
    expect(detectStar(OPEN + tail, Q).result).toBe(false);
  });
  it.each([
    'I proposed a daily list of pending cultures, which the team accepted.',
    'I built a pending-results list; within a month the nurses kept it updated on every shift.',
  ])('still a result: %s', (tail) => {
    expect(detectStar(OPEN + tail, Q).result).toBe(true);
  });
});

describe('someone not happy with the member is a reaction, not a result', () => {
  it.each([
    'I sent my spreadsheet to the infection team and to the chief. The analysts were not happy that I had gone over their heads.',
    'I raised it at the morning meeting, and my consultant, who was not happy, asked why I had not told him first.',
    'I emailed the numbers to the whole department. The head nurse was not very pleased with me.',
  ])('%s', (tail) => {
    expect(detectStar(OPEN + tail, Q).result).toBe(false);
  });
  it.each([
    'I emailed the numbers to the department, and after the change the head nurse was happy with the new list.',
  ])('still a result: %s', (tail) => {
    expect(detectStar(OPEN + tail, Q).result).toBe(true);
  });
});

describe('a pseudo-cleft of consequence is what came of it', () => {
  it.each([
    'I counted every lost result for a month and showed the chart at grand rounds. That chart is what finally got the lab a second courier.',
    'I audited sixty charts and presented them. The audit was what convinced the board to buy barcode printers.',
  ])('%s', (tail) => {
    expect(detectStar(OPEN + tail, Q).result).toBe(true);
  });
  it.each([
    'I counted every lost result for a month and wrote them in a notebook. That notebook is what brought me to informatics.',
    'I tracked the samples by hand for two weeks. That work was what pushed me toward clinical informatics.',
  ])('not a result: %s', (tail) => {
    expect(detectStar(OPEN + tail, Q).result).toBe(false);
  });
});

describe('asked to sell themselves, a list of credentials is no episode', () => {
  it.each([
    [
      'Why should we choose you over the other applicants?',
      'Because I am hardworking. I was gold medallist in my batch, I led the students union, and I published two papers. I never give up.',
    ],
    [
      'What sets you apart from other candidates?',
      'Honestly, I was chief resident in Almaty, I speak four languages and I ran three marathons last year, so I handle pressure well.',
    ],
  ])('%s', (q, answer) => {
    expect(detectStar(answer, q)).toEqual({ situation: false, task: false, action: false, result: false });
  });
  it('a story with a charge in it is still read', () => {
    const star = detectStar(
      'In 2019 I was a medical officer in Lagos, and the owner asked me to lead our move from paper folders to an electronic record. I mapped our forms into templates and trained twelve nurses. Within six months all outpatient notes were electronic.',
      'Why should we choose you for this fellowship?',
    );
    expect(star).toEqual({ situation: true, task: true, action: true, result: true });
  });
});
