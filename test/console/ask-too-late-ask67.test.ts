/**
 * Round ask67 (issue #11): "is it too late for July 2027?" asked in public, naming no match, after
 * that season's fellowship applications closed: the public calendars say the AMIA season has
 * passed and which season is next, with no profile. Our own wordings, in several voices;
 * near-misses: a question naming no start year, and one that is not about being too late.
 */
import { describe, expect, it } from 'vitest';
import { tooLateAnswer } from '../../src/app/views/ask-too-late.js';

const DEC = '2026-12-07';

describe('a public "too late for <year>?" naming no match', () => {
  it.each([
    'is it too late for July 2027?',
    'guys have I missed the 2027 intake already?',
    'can I still get a spot starting july 2027 if I begin now',
    'is there still time for a 2027 start or should i forget it',
    'too late for 2027??',
  ])('"%s": the AMIA season has passed, the next one named, the NRMP calendar beside it', (q) => {
    const a = tooLateAnswer(q, DEC, undefined);
    expect(a?.calendar).toBe('both');
    expect(a?.text).toMatch(/CI fellowship \(AMIA match\)/);
    expect(a?.text).toMatch(/commit deadline .* has passed/);
    expect(a?.text).toMatch(/July 2028/);
    expect(a?.text).toMatch(/Residency \(NRMP Main Match\)/);
    expect(a?.text).toMatch(/rank order list deadline/);
  });

  it('in August the same question finds both seasons still open', () => {
    const a = tooLateAnswer('is it too late for July 2027?', '2026-08-10', undefined);
    expect(a?.text).toMatch(/There is still time for a fellowship from July 2027/);
  });
});

describe('near-misses', () => {
  it('no start year named: nothing said from the calendar', () => {
    expect(tooLateAnswer('is it too late for me?', DEC, undefined)).toBeUndefined();
  });
  it('not a question about being too late', () => {
    expect(tooLateAnswer('what happens in July 2027?', DEC, undefined)).toBeUndefined();
  });
  it('a private reply with a target keeps its one calendar', () => {
    expect(tooLateAnswer('is it too late for July 2027?', DEC, 'ci-fellowship')?.calendar).toBe('amia-ci-match');
  });
});
