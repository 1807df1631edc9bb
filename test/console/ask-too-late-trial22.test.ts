/**
 * /ask "too late for <year>?" answered on the member's own match (newcomer trial 22: a CI applicant
 * in December got the NRMP's March dates first). Our own wordings; near-misses: a public question
 * naming no match gets nothing from a profile, and a question that is not "too late" is left alone.
 */
import { describe, expect, it } from 'vitest';
import { tooLateAnswer } from '../../src/app/views/ask-too-late.js';

const DEC = '2026-12-07';

describe('a CI-fellowship member asking in December', () => {
  it.each([
    'is it too late for 2027 fellowship start? i am in december 2026 now',
    'have I missed the boat for July 2027? could I still get in somewhere',
    'can i still start in 2027 if I apply now?',
    'is there still time to get a place for 2027?',
  ])('"%s": AMIA calendar, deadline passed, next season', (q) => {
    const a = tooLateAnswer(q, DEC, 'ci-fellowship');
    expect(a?.calendar).toBe('amia-ci-match');
    expect(a?.text).toMatch(/practically too late/);
    expect(a?.text).toMatch(/commit deadline .* has passed/);
    expect(a?.text).toMatch(/post-match/);
    expect(a?.text).toMatch(/July 2028/);
    expect(a?.text).not.toMatch(/Match Day|rank order list/);
  });

  it('a later start is not too late, with that season', () => {
    const a = tooLateAnswer('too late to aim for a 2028 start?', DEC, 'ci-fellowship');
    expect(a?.text).toMatch(/^Not too late for July 2028/);
  });

  it('in August, before interviews, there is still time', () => {
    const a = tooLateAnswer('is it too late for july 2027?', '2026-08-10', 'ci-fellowship');
    expect(a?.text).toMatch(/^There is still time/);
  });
});

describe('a residency-track member gets the NRMP calendar', () => {
  it('in December: registration until the rank order list deadline', () => {
    const a = tooLateAnswer('is it too late for 2027?', DEC, 'residency-informatics-track');
    expect(a?.calendar).toBe('nrmp-main');
    expect(a?.text).toMatch(/rank order list deadline/);
  });
  it('after the rank order list deadline: too late for the Main Match, SOAP only for registered', () => {
    const a = tooLateAnswer('can I still make it for a July 2027 start?', '2027-03-10', 'residency-informatics-track');
    expect(a?.text).toMatch(/^Too late for the NRMP Main Match/);
    expect(a?.text).toMatch(/SOAP/);
  });
});

describe('near-misses', () => {
  // (Round ask67: a public question naming no match is answered on both public calendars, no
  // profile used: test/console/ask-too-late-ask67.test.ts.)
  it('a public question naming no match: both public calendars, nothing of a profile', () => {
    expect(tooLateAnswer('is it too late for 2027?', DEC, undefined)?.calendar).toBe('both');
  });
  it('a public question naming the fellowship uses the AMIA calendar', () => {
    expect(tooLateAnswer('is it too late for a 2027 CI fellowship?', DEC, undefined)?.calendar).toBe('amia-ci-match');
  });
  it('the question names a residency although the profile targets a fellowship', () => {
    expect(tooLateAnswer('too late for residency in 2027?', DEC, 'ci-fellowship')?.calendar).toBe('nrmp-main');
  });
  it('not a "too late" question', () => {
    expect(tooLateAnswer('when is the AMIA commit deadline in 2027?', DEC, 'ci-fellowship')).toBeUndefined();
  });
});
