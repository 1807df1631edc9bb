import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

// Newcomer trial 18: after the feedback on question 1 the member typed her next answer straight
// away (no "next" first); it was refused and lost, twice, and the session ended "1 of 3 answered".
// An answer typed while no question is open is kept and the member is told what to do with it.
const { consoleRun } = useConsole();

const FIRST =
  'In my clinic we lost track of follow-ups. I set up a REDCap registry and weekly reminders; as a result missed visits fell from 30% to 12%.';
const SECOND =
  'Compliance with the sepsis bundle was 54%. I built a REDCap registry and fed the numbers back every month; after that it went to 71%.';

describe('an answer typed while the feedback is on screen', () => {
  it('is kept; "next" then "use" sends it to the next question', async () => {
    const r = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/mock start 2', FIRST, SECOND, 'next', 'use', 'next'],
      'a.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Kept your answer, not sent yet/);
    expect(r.stdout).toMatch(/The answer you typed earlier is kept\. Type "use"/);
    expect(r.stdout).toMatch(/Feedback · question 2 of 2/);
    expect(r.stdout).toMatch(/2 of 2 answered/);
    expect(r.stdout).not.toMatch(/Not now/);
  });

  it('is kept; "retry" sends it as a new try at the question it was typed under', async () => {
    const r = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/mock start 2', FIRST, SECOND, 'retry'],
      'b.sqlite',
    );
    expect(r.stdout).toMatch(/Kept your answer/);
    expect(r.stdout).toMatch(/Feedback · question 1 of 2\*{0,2} \(try 2\)/);
  });

  it('a new answer typed at the next question replaces the kept one (near-miss: nothing sent twice)', async () => {
    const r = await consoleRun(
      [
        `/profile import ${EXAMPLE_PROFILE}`,
        '/mock start 2',
        FIRST,
        'I would say something else first.',
        'next',
        SECOND,
        'end',
      ],
      'c.sqlite',
    );
    expect(r.stdout).toMatch(/2 of 2 answered/);
  });

  it('is given back to copy when the session ends before it was sent', async () => {
    const r = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/mock start 2', FIRST, SECOND, 'end'],
      'd.sqlite',
    );
    expect(r.stdout).toMatch(/was not counted; here it is to copy/);
    expect(r.stdout).toContain('after that it went to 71%');
  });

  it('a plain answer at an open question is unchanged (near-miss)', async () => {
    const r = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/mock start 2', FIRST, 'next', SECOND],
      'e.sqlite',
    );
    expect(r.stdout).not.toMatch(/Kept your answer/);
    expect(r.stdout).toMatch(/Feedback · question 2 of 2/);
  });
});
