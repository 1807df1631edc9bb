// ask45: readings from study batch questions-al, each tested in wordings of our own (shorthand,
// non-native, polite, context first): verse or jokes asked of the bot, and the terms of a job
// offer or of a recruiter's agreement, are declined; the member's own joke or poem, a visa's job
// terms and a match commitment set against a job offer stay with the guides.
import { describe, expect, it } from 'vitest';
import { outOfScope } from '../../src/knowledge/scope.js';

describe('verse or humour asked of the bot is declined', () => {
  it.each([
    'can u do a little haiku about rank list anxiety',
    'pls compose a short rap on failing step 1 twice lol',
    'give me a silly limerick about ERAS tokens',
    'Could you make up a joke about SOAP week for our group chat?',
    'I want you to write a song for my co-residents about match day',
    'hey bot, write a cheesy little ode to the ECFMG certificate',
  ])('"%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('instructions');
  });

  it.each([
    'should I make a joke during my interview?',
    'do programs like jokes in personal statements?',
    'can I write about my poetry hobby in my personal statement?',
  ])('the member\'s own joke or poem stays in scope: "%s"', (q) => {
    expect(outOfScope(q)?.id).not.toBe('instructions');
  });
});

describe("a job offer's or a recruiter's terms are declined", () => {
  it.each([
    'a headhunter asked me to sign an exclusive contract to represent me for CMIO roles, good idea?',
    'job offer includes 50k signing bonus but I must repay it if I quit before 24 months, is this normal?',
    'attending contract has a 2-year non-compete within 30 miles — standard?',
    'they want me to pay back the relocation package if I leave before two years, usual?',
    'Kindly advise, the hospital offer letter has clause for malpractice tail coverage paid by me. Is it fair?',
  ])('"%s"', (q) => {
    expect(outOfScope(q)?.id).toBe('job-terms');
  });

  it.each([
    'J1 waiver job contract says 3 years non-compete, can I leave for fellowship?',
    'I matched but a hospital offered a sign-on bonus job, can I back out of the match?',
    'my Conrad 30 employer has a clawback on the signing bonus, can I switch to fellowship?',
  ])('a visa\'s job terms or the match commitment stay with the guides: "%s"', (q) => {
    expect(outOfScope(q)).toBeUndefined();
  });
});
