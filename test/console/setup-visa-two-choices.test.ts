/**
 * The console setup's visa question answered with two visas ("H1B if I can, J1 otherwise"): the
 * answer is read (first choice, or Not sure yet) and the member is told what the one-visa profile
 * keeps; it is never dropped or refused without a word. Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('visa-two.sqlite');

describe('a visa answer naming two visas', () => {
  it('keeps the first choice and says the fallback is not stored', async () => {
    const r = await consoleRun(
      ['/profile setup', 'egyptian', 'ideally H-1B, but a J-1 would be fine', 'fellowship', 'quit', '/profile show'],
      'first.sqlite',
    );
    expect(r.stdout).not.toMatch(/is not one of: No visa needed/);
    expect(r.stdout).toMatch(/Visa: read "ideally H-1B, but a J-1 would be fine" as H-1B, your first choice/);
    expect(r.stdout).toMatch(/J-1 as a fallback is not stored/);
    expect(r.stdout).toMatch(/- Visa: H-1B/);
  });

  it('with no first choice, reads Not sure yet and says why', async () => {
    const r = await consoleRun(
      ['/profile setup', 'indian', 'J1 or H1B', 'residency', 'quit', '/profile show'],
      'none.sqlite',
    );
    expect(r.stdout).toMatch(/as Not sure yet: you named J-1 and H-1B with no first choice/);
    expect(r.stdout).toMatch(/- Visa: Not sure yet/);
  });

  it('/profile edit visa says the same', async () => {
    const r = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/profile edit visa J1 is ok, H1B preferred'],
      'edit.sqlite',
    );
    expect(r.stdout).toMatch(/Saved: Visa/);
    expect(r.stdout).toMatch(
      /as H-1B, your first choice\. The profile holds one visa, so J-1 as a fallback is not stored/,
    );
    expect(r.stdout).toMatch(/type \/profile edit visa undecided\./);
  });
});
