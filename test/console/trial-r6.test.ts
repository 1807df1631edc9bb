/**
 * Round-six trial in the console: a Vietnamese J-1 resident and a Colombian green-card holder type
 * their basics with a remark after the choice, and the setup reads them the first time.
 */
import { describe, expect, it } from 'vitest';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

describe('console setup: basics typed with a remark', () => {
  it('reads "J-1 visa (ECFMG sponsor)" and "greencard thru marrige" without asking again', async () => {
    const j1 = await consoleRun(
      [
        '/profile setup',
        'I am Vietnamese citizen',
        'J-1 visa (ECFMG sponsor)',
        'Clinical informatics fellowship',
        'quit',
        '/profile show',
      ],
      'j1.sqlite',
    );
    expect(j1.stdout).not.toMatch(/is not one of/);
    expect(j1.stdout).toMatch(/Visa: J-1/);
    expect(j1.stdout).toMatch(/Applying to: Clinical informatics fellowship/);

    const gc = await consoleRun(
      ['/profile setup', 'greencard thru marrige', 'residncy w informatics track', 'quit', '/profile show'],
      'gc.sqlite',
    );
    expect(gc.stdout).not.toMatch(/is not one of/);
    expect(gc.stdout).toMatch(/Visa: none needed, as a US permanent resident/);
    expect(gc.stdout).toMatch(/Applying to: Residency with an informatics track/);
  });

  it("tells the console member how to check a filled-in template in the console's own words, not Discord's option syntax", async () => {
    const r = await consoleRun(['/prematch template top-choice', '/quit'], 'template.sqlite');
    expect(r.stdout).toMatch(
      /Once it is filled in, check it before you send: type \/prematch check top-choice \[program\]\./,
    );
    expect(r.stdout).not.toMatch(/kind:top-choice/);
  });

  it('reads "done" typed at an item\'s last optional box as ending the list early, not as the item\'s outcome', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        ...['skip', 'skip', 'skip', 'skip', 'skip', 'skip', 'skip'],
        ...['add', 'certificate', 'Coursera health informatics', 'done', 'done'],
        'quit',
        '/profile show',
      ],
      'done.sqlite',
    );
    expect(r.stdout).toMatch(
      /Added: Certificate: Coursera health informatics\. Read "done" as nothing to add in that box\. Type "done" again at the list question to finish the list\./,
    );
    expect(r.stdout).not.toMatch(/Coursera health informatics — done/);
    expect(r.stdout).toMatch(/Saved: Informatics experience\./);
  });

  it('answers a typed range with no gap in it plainly, in months a member reads, without "any more"', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        'skip',
        ...['psychiatry', 'Colombia', '2015-12', 'yes', '0'],
        ...['skip', 'skip', 'skip'],
        ...['add', '2016-01', '2021-03', 'clinical', 'psychiatrist, Bogota'],
        ...['add', '2021-04', '2024-05', 'personal', 'cared for my mother'],
        ...['add', '2024-06', 'present', 'research', 'digital mental health', 'done'],
        'quit',
        '/explain-gap 2019-01 2019-06',
      ],
      'range.sqlite',
    );
    // The period asked about is answered (it was clinical work), never the draft of another gap.
    expect(r.stdout).toMatch(/Your timeline lists training or work for every month of Jan 2019 – Jun 2019/);
    expect(r.stdout).not.toMatch(/SUGGESTED EXPLANATION|Suggested explanation|here is your longest/i);
    expect(r.stdout).not.toMatch(/any more/);
  });
});
