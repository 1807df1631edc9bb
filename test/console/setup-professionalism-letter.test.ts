/**
 * A member with a professionalism entry can answer, in the guided setup, which letter writer will
 * speak to it, so the letter plan's high warning about an uncorroborated issue clears from setup
 * (before, only /profile edit could set it).
 */
import { describe, expect, it } from 'vitest';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

const upToLetters = [
  '/profile setup',
  ...['non-us', 'h1b', 'ci fellowship'],
  ...['family medicine', 'Kenya', '2015-06', 'yes', '0'],
  ...['done', 'done', 'done', 'done', 'done', 'done'],
  ...['yes', 'add', 'report', '2021-03', 'yes', 'late notes, fixed', 'done'],
];

describe('/profile setup: letters of a member with a professionalism entry', () => {
  it('asks whether each writer will speak to professionalism, and the plan counts the yes', async () => {
    const r = await consoleRun(
      [
        ...upToLetters,
        ...['add', 'program director', 'us', 'yes', 'yes', 'Dr. Ann Lee', '2025', 'no', 'yes', ''],
        ...['done', '', '/lor-ask plan'],
      ],
      'asked.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/You listed a professionalism entry, so say for each writer whether they will speak/);
    expect(r.stdout).toMatch(/Will this writer speak to your professionalism\? \(Yes \/ No\)/);
    expect(r.stdout).toMatch(/Dr\. Ann Lee — .*mentions professionalism/);
    expect(r.stdout).not.toMatch(/none of your letters is marked as speaking to your professionalism/);
  });

  it('leaves it unanswered on Enter, and the plan then names the writer and the exact edit', async () => {
    const r = await consoleRun(
      [
        ...upToLetters,
        ...['add', 'attending', 'us', 'yes', '', 'Dr. Bo', '2025', 'no', 'yes', ''],
        'done',
        '',
        '/lor-ask plan',
      ],
      'unanswered.sqlite',
    );
    expect(r.stdout).toMatch(/none of your letters is marked as speaking to your professionalism/);
    expect(r.stdout).toMatch(/for Dr\. Bo, \/profile edit letters\[0\]\.mentionsProfessionalism yes/);
  });

  it('does not ask it of a member who has no professionalism entry', async () => {
    const r = await consoleRun(
      [
        ...upToLetters.slice(0, -7),
        'no',
        'add',
        'attending',
        'us',
        'yes',
        'Dr. Bo',
        '2025',
        'no',
        'yes',
        '',
        'done',
        '',
      ],
      'none.sqlite',
    );
    expect(r.stdout).toMatch(/Added: Dr\. Bo/);
    expect(r.stdout).not.toMatch(/speak to your professionalism/);
  });
});
