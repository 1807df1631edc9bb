/**
 * The console's setup: starting over asks first and clears nothing before the answer, and a
 * refused entry is asked again with what the member typed kept.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('restart.sqlite');

describe('/profile setup restart and refused entries in the console', () => {
  it('asks before starting over; anything but yes keeps the profile as it was', async () => {
    const r = await consoleRun([`/profile import ${EXAMPLE_PROFILE}`, '/profile setup restart', 'no', '/profile show']);
    expect(r.stdout).toMatch(/Start the setup over from an empty profile\?/);
    expect(r.stdout).toMatch(/Nothing changed: your profile is as it was/);
    expect(r.stdout).toMatch(/Step 2 CK — passed, May 2020, score 247/);

    const yes = await consoleRun(['/profile setup restart', 'yes', 'quit', '/profile show']);
    expect(yes.stdout).toMatch(/Starting over/);
    // Confirmed, but nothing answered yet: the stored profile is still whole.
    expect(yes.stdout).toMatch(/Step 2 CK — passed, May 2020, score 247/);
  });

  it('asks a refused entry again with the answers typed before, so only the wrong one is retyped', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        'skip', // basics
        'skip', // school
        'skip', // residencies
        'skip', // boards
        'add',
        'Step 2 CK',
        '2020-05',
        'pass',
        '320', // not a possible score
        'add',
        '', // exam kept
        '', // month kept
        '', // result kept
        '230',
        'done',
        'quit',
      ],
      'refused.sqlite',
    );
    expect(r.stdout).toMatch(/Score: 320 is not a possible Step 2 CK score/);
    expect(r.stdout).toMatch(/Enter keeps: Step 2 CK/);
    expect(r.stdout).toMatch(/Enter keeps: Passed/);
    expect(r.stdout).toMatch(/Added: Step 2 CK — passed, May 2020, score 230/);
    // Options by name, never by code.
    expect(r.stdout).toMatch(/Result \(pass or fail\): Passed \/ Did not pass/);
    expect(r.stdout).not.toMatch(/\bstep2ck\b/);
  });
});
