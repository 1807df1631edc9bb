/**
 * The guided setup as the last trial's members typed it: "not sure" of the target is listed as
 * left out (with what that means for the other commands), a country is read however it is named,
 * the same observership typed twice is caught, and every step title has its own number.
 */
import { describe, expect, it } from 'vitest';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

describe('/profile setup: undecided answers, countries, duplicates and the step counter', () => {
  it('lists an undecided target as left out, says what it changes, reads "india" and "NMC India", and catches a repeated observership', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        ...['Indian', 'j1', 'not sure'],
        ...['internal medicine', 'india', '2015-06', 'yes', '0'],
        ...['add', 'MBBS from India', 'internal medicine', '2016-01', '2019-01', 'yes', 'india', 'done'],
        ...['add', 'NMC India', 'internal medicine', 'done'],
        'done', // exams
        'done', // timeline
        ...['add', 'observership', '1', '', 'no'],
        ...['add', 'Observership', '1', '', 'no', 'n', 'done'],
        'done', // informatics
        'no', // professionalism
        'done', // letters
        '', // deadline
        '/lor-ask plan',
      ],
      'left-out.sqlite',
    );
    expect(r.code).toBe(0);
    const out = r.stdout;
    // The target's "not sure" is the step's last answer: said when the step is saved, and at the end.
    expect(out).toMatch(/Saved: The basics\. Left out for now: What you are applying to\./);
    expect(out).toMatch(/Left out \(you were not sure yet\): What you are applying to\./);
    expect(out).toMatch(/No target yet \(fellowship or residency\): \/redflag starts with which route is open/);
    // Lower case, a degree name and a licence body are all read as the country.
    expect(out).toMatch(/Medical school: India, graduated Jun 2015/);
    expect(out).toMatch(/Added: internal medicine, India, Jan 2016 – Jan 2019, completed — other accreditation/);
    expect(out).toMatch(/Added: internal medicine — Another board\./);
    expect(out).not.toMatch(/is not one of/);
    // The same observership twice: asked, and kept once.
    expect(out).toMatch(
      /is the same as one already in your list \(Observership, 1 month — not hands-on\)\. Keep both\?/,
    );
    expect(out).toMatch(/Not added again: Observership, 1 month — not hands-on is already in your list\./);
    // The saved profile holds it once.
    expect(out).toMatch(/US clinical experience\n-+\n+- Observership, 1 month — not hands-on\n+Informatics\n/);
    // Residency training and board certification are two steps with two numbers.
    expect(out).toMatch(/step 3 of 11: Residency training/);
    expect(out).toMatch(/step 4 of 11: Board certification/);
    expect(out).not.toMatch(/step 3 of 11: Board certification/);
    // Later, the letter plan says which yardstick it used without a target.
    expect(out).toMatch(/Your profile has no target yet, so these letters are judged as for a residency/);
  });

  it('names the field and shows examples when a country answer names no country, then takes the retyped one', async () => {
    const r = await consoleRun(
      ['/profile setup', '', '', '', 'pediatrics', 'the caribbean', 'Republic of the Philippines', 'quit'],
      'country.sqlite',
    );
    expect(r.stdout).toMatch(
      /Medical school country: "the caribbean" is not a country I can read: type the country's name, e\.g\. India, Philippines or Ukraine\. Type it again/,
    );
    expect(r.stdout).not.toMatch(/Left out \(you were not sure yet\)/);
  });

  it('asks the specialty that applies once the target is known, reads "H-1B visa", and says how "none" at the visa was read for a non-US member', async () => {
    const fellow = await consoleRun(
      ['/profile setup', 'kenyan citizen', 'H-1B visa', 'CI fellowshp', 'family medicine', 'quit', '/profile show'],
      'fellow.sqlite',
    );
    expect(fellow.stdout).toMatch(/Your specialty \(the one you trained in\): e\.g\. family medicine/);
    expect(fellow.stdout).not.toMatch(/fellowship: your own specialty; residency/);
    expect(fellow.stdout).not.toMatch(/"H-1B visa" is not one of/);
    expect(fellow.stdout).toMatch(/Visa: H-1B/);

    const resident = await consoleRun(['/profile setup', 'Ukrainian', 'none', 'residency', 'quit'], 'resident.sqlite');
    expect(resident.stdout).toMatch(
      /Read as: No visa needed\. Someone who is not a US citizen or permanent resident usually trains on a J-1 or an H-1B/,
    );
    expect(resident.stdout).toMatch(/Specialty you are applying to: e\.g\. pediatrics/);
  });
});
