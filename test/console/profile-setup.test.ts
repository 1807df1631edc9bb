import { describe, expect, it } from 'vitest';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

describe('/profile setup, show and edit in the local console', () => {
  it('does not ask "did you complete it?" of a residency that ends "present", and reads "no visa yet" as not sure yet', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        'pakistani, no green card',
        'no visa yet',
        'ci',
        'internal medicine',
        'Pakistan',
        'Nov 2019',
        'n',
        '0',
        'add',
        'United States',
        'internal medicine',
        'Jul 2025',
        'present',
        'ACGME',
        'done',
      ],
      'present.sqlite',
    );
    expect(r.code).toBe(0);
    const residency = r.stdout.slice(r.stdout.indexOf('New residency:'));
    expect(residency).not.toMatch(/Did you complete it\?/);
    expect(residency).toMatch(/Completed: not yet, as it is still going/);
    expect(r.stdout).not.toMatch(/Read as: No visa needed/);
    expect(r.stdout).toMatch(/step 4 of 11: Board certification/);
  });

  it('runs the setup one answer per line, stops at end of input and carries on in the next session', async () => {
    const first = await consoleRun(
      [
        '/profile setup',
        // basics: citizenship, visa, target
        'non-us',
        'J-1',
        'ci',
        // school: specialty, country, graduated, ECFMG, Match attempts
        'internal medicine',
        'Egypt',
        'Jul 2018',
        'y',
        '1',
        // residencies: the form (country, specialty, dates), then completed? accredited by?; boards: none
        'add',
        'Egypt',
        'internal medicine',
        'Dec 2019',
        '2022-06',
        'yes',
        'home country',
        'done',
        'done',
        // exams: one failed attempt, then a typo asked again at once, then done
        'add',
        'Step 1',
        'Jun 2019',
        'fail',
        '',
        'add',
        'Step 1',
        '2019-13',
        '2019-12',
        'pass',
        '',
        'done',
        // the timeline: skipped; the input ends at the next step
        'skip',
      ],
      'setup.sqlite',
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/step 1 of 11: The basics/);
    expect(first.stdout).toMatch(/Have you started or completed a residency anywhere/);
    expect(first.stdout).toMatch(/Added: internal medicine, Egypt, Dec 2019 – Jun 2022, completed/);
    // The residency is named (country first) before "did you complete it?" is asked of it.
    const residency = first.stdout.slice(first.stdout.indexOf('New residency:'));
    expect(residency.indexOf('Country of the residency')).toBeGreaterThan(-1);
    expect(residency.indexOf('Country of the residency')).toBeLessThan(residency.indexOf('Did you complete it?'));
    expect(first.stdout).toMatch(/step 4 of 11: Board certification/);
    expect(first.stdout).toMatch(/Added: Step 1 — did not pass, Jun 2019/);
    // Inside one list item the way out is named too.
    expect(first.stdout).toMatch(
      /Month taken: "2019-13" is not a month — use YYYY-MM.*Type it again \(or "cancel" to drop this exam attempt\)\./,
    );
    expect(first.stdout).toMatch(/Added: Step 1 — passed, Dec 2019/);
    expect(first.stdout).toMatch(/Skipped: Timeline since graduation/);
    expect(first.stdout).toMatch(
      /Stopped at step 7 of 11\. The steps and list items you finished are saved; answers typed in a step you did not finish are not/,
    );

    const second = await consoleRun(
      [
        '/profile setup',
        'back', // to the skipped timeline
        'add',
        '2018-08',
        'present',
        'exam prep',
        '',
        'done',
        'skip', // usce
        'skip', // informatics
        'no', // professionalism
        'add', // letters: role, setting, physician, then the form
        'attending',
        'us',
        'yes',
        'Dr. Lee',
        '2024',
        'no',
        'yes',
        '',
        'done',
        '2027-01-15',
        '/profile show',
        '/profile edit visa h-1b',
        '/profile edit visa K-9',
        '/profile show share',
      ],
      'setup.sqlite',
    );
    expect(second.code).toBe(0);
    const out = second.stdout;
    expect(out).toMatch(/Welcome back\. You stopped at step 7 of 11: US clinical experience/);
    expect(out).toMatch(/step 6 of 11: Timeline since graduation/);
    expect(out).toMatch(/Your profile is set up and saved/);
    expect(out).toMatch(/You skipped: US clinical experience, Informatics experience/);
    expect(out).toMatch(/Dr\. Lee — attending \/ consultant, US, physician/);
    expect(out).toMatch(/Aug 2018 – present: exam preparation/);
    expect(out).toMatch(/Residency training\s+-+\s+- internal medicine, Egypt, Dec 2019 – Jun 2022, completed/);
    expect(out).toMatch(/Board certification\s+-+\s+- none/);
    expect(out).toMatch(/→ Show my red-flag report: type \/redflag/);
    expect(out).toMatch(/Saved: Visa\./);
    expect(out).toMatch(/Now: Basics: Visa: H-1B/);
    expect(out).toMatch(/Not changed: Visa/);
    expect(out).toMatch(/"K-9" is not one of/);
    const shared = out.slice(out.lastIndexOf('Profile (shared, details hidden)'));
    // The shared version keeps passed exams and never a failed attempt.
    expect(shared).toMatch(/Step 1 — passed/);
    expect(shared).not.toMatch(/did not pass|Egypt|H-1B|Dr\. Lee|2018|2027/);
  });

  it('says honestly that an answer typed in an unfinished step is not kept, and asks that step again', async () => {
    const first = await consoleRun(['/profile setup', 'nigerian'], 'midstep.sqlite');
    expect(first.stdout).toMatch(/Read as: Not a US citizen or permanent resident/);
    expect(first.stdout).toMatch(/Stopped at step 1 of 11\. .*answers typed in a step you did not finish are not/);
    expect(first.stdout).not.toMatch(/Your answers so far are saved/);
    const second = await consoleRun(['/profile setup'], 'midstep.sqlite');
    expect(second.stdout).toMatch(/step 1 of 11: The basics/);
    expect(second.stdout).toMatch(/Your citizenship/);
  });

  it('offers review or start over when a profile exists, and walks the review keeping answers', async () => {
    const r = await consoleRun(
      [
        '/profile setup',
        ...Array.from({ length: 11 }, () => 'skip'), // every step (the professionalism skip covers its list)
        '/profile setup',
        '/profile setup review',
        '', // citizenship, visa, target: Enter keeps them (not given)
        '',
        '',
        'quit',
      ],
      'review.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Your profile is set up and saved/);
    expect(r.stdout).toMatch(/You already have a profile/);
    expect(r.stdout).toMatch(/→ Review step by step: type \/profile setup review/);
    expect(r.stdout).toMatch(/Going through your answers step by step/);
    expect(r.stdout).toMatch(/Stopped at step 2 of 11/);
  });

  it('explains what /profile edit takes and refuses an unknown setup option', async () => {
    const r = await consoleRun(['/profile edit visa', '/profile setup sideways'], 'usage.sqlite');
    expect(r.stdout).toMatch(/Visa \(visa\): not given\.\s+It takes one of: No visa needed, J-1/);
    expect(r.stdout).toMatch(/To change it: \/profile edit visa <new value>/);
    expect(r.stdout).toMatch(/"sideways" is not an option; use review or restart/);
  });
});
