/**
 * The console setup as a newcomer types it: typos caught at the question, "idk" and "none" read as
 * people mean them, a nationality read as the citizenship choice it stands for.
 */
import { describe, expect, it } from 'vitest';
import { otherNationality } from '../../src/app/profile/setup-console.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

describe('/profile setup in the console, answered the way people type', () => {
  it('catches a typo at the question itself, leaves "idk" out of an optional answer and reads "none" as 0', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        'not a us citizen',
        'J1',
        'fellowship',
        // school: specialty, country, graduation (a typo, then right), ECFMG ("idk"), Match attempts
        'internal medicine',
        'Pakistan',
        'June 20155',
        'Jun 2015',
        'idk',
        'maybe',
        'none',
        // residencies: one, with a required answer left empty (asked again at once)
        'add',
        'Pakistan',
        '',
        'internal medicine',
        '2016-01',
        '2019-12',
        'yes',
        'other',
        'done', // residencies
        'done', // boards
        'done', // exams
        'done', // timeline
        'done', // US clinical experience
        // informatics: a course whose result the member does not know
        'add',
        'course',
        'SQL for healthcare data',
        'idk',
        'quit',
        '/profile show',
      ],
      'typos.sqlite',
    );
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(
      /Graduation month: "June 20155" is not a month.*Type it again, or press Enter to leave it out\./,
    );
    expect(out).toMatch(/Left out for now: add it any time with \/profile edit\./);
    expect(out).toMatch(/Previous Match attempts: "maybe" is not a whole number/);
    expect(out).toMatch(/This one is needed\. Type an answer/);
    expect(out).toMatch(/Added: internal medicine, Pakistan, Jan 2016 – Dec 2019, completed/);
    // Nothing was refused after the form: every answer was settled as it was typed.
    expect(out).not.toMatch(/Not saved yet/);
    expect(out).toMatch(/Saved: Medical school\./);
    expect(out).toMatch(/Medical school: Pakistan, graduated Jun 2015/);
    expect(out).toMatch(/ECFMG certified: not given/);
    expect(out).toMatch(/Previous Match attempts: 0/);
    // "idk" for a free-text answer is left out, never stored as the member's words.
    expect(out).toMatch(/Added: Course: SQL for healthcare data\./);
    expect(out).not.toMatch(/SQL for healthcare data — idk/);
  });

  it('reads a nationality other than the US as "not a US citizen or permanent resident", and says so', async () => {
    for (const w of [
      'canadian',
      'Pakistani',
      'Nigerian citizen',
      'Canada',
      'Egyptian national',
      'British',
      'Chinese',
    ]) {
      expect(otherNationality(w), w).toBe(true);
    }
    for (const w of ['American', 'US', 'green card holder', 'permanent resident', 'not sure', '2017-05', 'h1b']) {
      expect(otherNationality(w), w).toBe(false);
    }
    const r = await consoleRun(['/profile setup', 'canadian', 'h1b', 'CI', 'quit', '/profile show'], 'nation.sqlite');
    expect(r.stdout).toMatch(/Read as: Not a US citizen or permanent resident/);
    expect(r.stdout).toMatch(/Citizenship: Not a US citizen or permanent resident/);
    expect(r.stdout).toMatch(/Visa: H-1B/);
  });

  it('lets a member drop one list item half-way with "cancel", keeping the rest of the list', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        'not a us citizn', // a slip, read as the third choice
        'h1b',
        'CI felowship',
        ...['pediatrics', 'Egypt', '2016-06', 'yes', '0'],
        ...['done', 'done', 'done', 'done', 'done', 'done'], // residencies … informatics
        'no', // professionalism
        // letters: one writer added, then a second begun with the name typed as the role
        ...['add', 'cmio', 'us', 'yes', 'Dr. Alan Brooks', '2026', 'yes', 'yes', ''],
        'add',
        'Prof. Mei Chen',
        'cancel',
        'quit',
        '/profile show',
      ],
      'cancel-item.sqlite',
    );
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(
      /Role: "Prof\. Mei Chen" is not one of: .*Type it again \(or "cancel" to drop this letter writer\)\./,
    );
    expect(out).toMatch(/Dropped that one: nothing was added/);
    expect(out).toMatch(/Citizenship: Not a US citizen or permanent resident/);
    expect(out).toMatch(/Applying to: Clinical informatics fellowship/);
    // The acronym stays whole in the line read back ("CMIO", never "cMIO").
    expect(out).toMatch(/Added: Dr\. Alan Brooks — CMIO, US/);
    expect(out).toMatch(/Dr\. Alan Brooks/);
    expect(out).not.toMatch(/Mei Chen —/);
  });

  it('reads "green card holder" as permanent residence and then does not ask a green-card holder for a visa', async () => {
    const r = await consoleRun(
      ['/profile setup', 'green card holder', 'residency track', 'quit', '/profile show'],
      'gc.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Visa: none needed, as a US permanent resident \(\/profile edit visa changes it\)\./);
    expect(r.stdout).not.toMatch(/Visa you would need for training/);
    expect(r.stdout).toMatch(/Citizenship: US permanent resident \(green card\)/);
    expect(r.stdout).toMatch(/Visa: No visa needed/);
    expect(r.stdout).toMatch(/Applying to: Residency with an informatics track/);
  });
});
