/**
 * The console setup's visa question answered by a member on a work permit (newcomer trial 14: "H4 EAD
 * insha'Allah by july, if not then J1" was refused). Read, stored and explained in one line; an EAD
 * in hand is not met with "someone who is not a US citizen usually trains on a J-1". Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('visa-permit.sqlite');

describe('a visa answer naming a work permit', () => {
  it('a pending EAD with a J-1 fallback is stored as Not sure yet, said why', async () => {
    const r = await consoleRun(
      ['/profile setup', 'indian', "H4 EAD insha'Allah by july, if not then J1", 'fellowship', 'quit', '/profile show'],
      'pending.sqlite',
    );
    expect(r.stdout).not.toMatch(/is not one of: No visa needed/);
    expect(r.stdout).toMatch(
      /as Not sure yet: an H-4 EAD that is not in hand yet is not yet permission to work, and you named J-1 as well/,
    );
    expect(r.stdout).toMatch(/- Visa: Not sure yet/);
  });

  it('an EAD in hand is stored as No visa needed, with its limits, and no "usually trains on a J-1"', async () => {
    const r = await consoleRun(
      ['/profile setup', 'not a citizen, just h4', 'have my h-4 EAD already 🙂', 'residency', 'quit', '/profile show'],
      'held.sqlite',
    );
    expect(r.stdout).toMatch(/as No visa needed: an H-4 EAD lets you work for any employer/);
    expect(r.stdout).toMatch(/spouse keeps H-1B status/);
    expect(r.stdout).not.toMatch(/usually trains on a J-1 or an H-1B/);
    expect(r.stdout).toMatch(/- Visa: No visa needed/);
  });

  it('the basics step says what an EAD holder picks before the question', async () => {
    const r = await consoleRun(['/profile setup', 'indian', 'j1', 'fellowship', 'quit'], 'help.sqlite');
    expect(r.stdout).toMatch(
      /An H-4 EAD in hand for the training: "No visa needed"\. A combo card or other EAD while your green card is still pending, or an EAD not in hand yet: "Not sure yet"/,
    );
  });
});
