/**
 * Blame of round twenty-eight, held by short answers of our own (who × act):
 * - someone declining to take up the change the member was bringing ("he would not use the new
 *   order screen") is the resistance a story of persuading is about, not blame; with a judgement
 *   ("lazy") or a refusal of something else (access, cooperation) it still is;
 * - a thing done "without asking the nurses" is blame only when someone else did it: said of the
 *   member's own deed it is the member's mistake.
 */
import { describe, expect, it } from 'vitest';
import { blameQuotes } from '../../src/mock/feedback.js';

describe('a refusal to take up the member’s change, told plainly, is the premise', () => {
  it.each([
    'At the district hospital in Mwanza the senior surgeon would not use the new electronic consent form, so I sat with him for two mornings and shortened it.',
    'Our night sister, she basically refused to try the new handover tablet. I asked her what slowed her down and we moved two fields.',
    'In Lviv two consultants did not want to switch to the structured discharge template, and I showed them the discharge times from their own wards.',
  ])('%s', (answer) => {
    expect(blameQuotes(answer)).toHaveLength(0);
  });
  it.each([
    'The consultants refused to cooperate with the new template, and honestly they made the project impossible.',
    'The nurses were lazy and refused to use the new scanners.',
    'The IT office refused to give us access to the database for seven months.',
  ])('still blame: %s', (answer) => {
    expect(blameQuotes(answer)).not.toHaveLength(0);
  });
});

describe('"without asking" said of the member’s own deed is the member’s mistake', () => {
  it.each([
    'In my first year in Davao I changed the order set for insulin without consulting the pharmacists, and it confused everyone for a week. I apologised and rebuilt it with them.',
    'When I was an intern in Kumasi, I moved the sepsis screen to the top of the note without asking the nurses, and they stopped filling it in.',
  ])('%s', (answer) => {
    expect(blameQuotes(answer)).toHaveLength(0);
  });
  it.each(['The management changed the rota without consulting the residents, and my research time disappeared.'])(
    'still blame: %s',
    (answer) => {
      expect(blameQuotes(answer)).not.toHaveLength(0);
    },
  );
});
