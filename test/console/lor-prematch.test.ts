import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EXAMPLE_PROFILE, scratchDir, writeJson } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();
// The example member with a deadline on the fellowship calendar (the example's own 15 Jan fits no
// season of the AMIA match, so the letter plan would date no reminder from it).
const ON_CALENDAR = writeJson(scratchDir(), 'july.json', {
  ...(JSON.parse(readFileSync(EXAMPLE_PROFILE, 'utf8')) as Record<string, unknown>),
  deadline: '2027-07-15',
});

const topChoice = (program: string) => [
  'Dear Dr. Okafor,',
  `With my interviews now complete, I want to let you know that ${program} is my first choice for clinical informatics training.`,
  'I know that applicants and programs each make their own ranking decisions independently.',
  'Warm regards, Amira',
  '.',
];

describe('/lor-ask and /prematch in the local console', () => {
  it('plans letters, writes the email and package, and adds a writer by answering questions', async () => {
    const r = await consoleRun(
      [
        `/profile import ${ON_CALENDAR}`,
        '/lor-ask plan',
        '/lor-ask email Dr. Lee',
        '/lor-ask package Ms. Ortiz',
        '/lor-ask email Dr. Nobody',
        '/lor-ask add-writer',
        'cmio',
        'us',
        'Dr. Amara Stone',
        '2025',
        '',
        '',
        'y',
        'y',
        'y',
        'n',
        '/lor-ask plan',
      ],
      'lor.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Letters of recommendation: 3 writers/);
    expect(r.stdout).toMatch(/Clinical performance: Dr\. Lee:/);
    expect(r.stdout).toMatch(/→ Ask email: Dr\. Lee: type \/lor-ask email Dr\. Lee/);
    expect(r.stdout).toMatch(/Dear Dr\. Lee,/);
    expect(r.stdout).not.toContain('```');
    expect(r.stdout).toMatch(/Letter package for Ms\. Ortiz/);
    expect(r.stdout).toMatch(/\d{1,2} \w{3} \d{4}: Gentle reminder to Ms\. Ortiz/);
    expect(r.stdout).toMatch(/"Dr\. Nobody" is not one of your letter writers/);
    expect(r.stdout).toMatch(/Saved Dr\. Amara Stone to your letter writers \(4 in total\)/);
    expect(r.stdout).toMatch(/Letters of recommendation: 4 writers/);
    expect(r.stdout).toMatch(/Informatics \/ health IT: Dr\. Amara Stone/);
  });

  it('checks a pasted email ending with ".", logs it as sent, and flags a second top choice in a later session', async () => {
    const first = await consoleRun(
      ['/prematch check top-choice Riverside Health', ...topChoice('Riverside Health')],
      'pm.sqlite',
    );
    expect(first.stdout).toMatch(/Pre-match email check: top-choice message to Riverside Health\. No problems found/);
    // The hint is the bare command (it logs the newest check): no code to copy.
    expect(first.stdout).toMatch(/→ I sent it: type \/prematch sent\n/);

    const second = await consoleRun(
      [
        '/prematch sent',
        '/prematch sent',
        '/prematch check top-choice Lakeside Clinic',
        ...topChoice('Lakeside Clinic'),
        '/prematch template thank-you',
        '/prematch timeline',
      ],
      'pm.sqlite',
    );
    expect(second.stdout).toMatch(/Logged: top-choice message to Riverside Health/);
    // Typed again with nothing new checked: nothing left to log, and it says so.
    expect(second.stdout).toMatch(/Nothing to log: check the email first/);
    expect(second.stdout).toMatch(/\[HIGH\] Top choice told to more than one program/);
    expect(second.stdout).toMatch(/Template: thank-you\./);
    expect(second.stdout).toMatch(/\[Program name\]/);
    expect(second.stdout).toMatch(/typical calendar for the \d{4}-\d{4} season/);
  });

  it('says plainly that an email logged as sent had a HIGH finding, and logs a clean one without that warning', async () => {
    const r = await consoleRun(
      [
        '/prematch check update Hillcrest Medical Center',
        'Dear Dr. Park, since my interview my paper was accepted. Could you tell me where I stand on your rank list?',
        '.',
        '/prematch sent',
        '/prematch check top-choice Riverside Health',
        ...topChoice('Riverside Health'),
        '/prematch sent',
      ],
      'sent-high.sqlite',
    );
    expect(r.stdout).toMatch(/\[HIGH\] Asking how you will be ranked/);
    expect(r.stdout).toMatch(/It has a HIGH problem above: fix it and check the new version before you send\./);
    expect(r.stdout).toMatch(
      /Logged: update after the interview to Hillcrest Medical Center on [^.]+\. Before you rely on this: the check of this email found a HIGH problem \(Asking how you will be ranked\)/,
    );
    const clean = /Logged: top-choice message to Riverside Health on [^\n]*/.exec(r.stdout)?.[0] ?? '';
    expect(clean).toMatch(/Your log holds 2 messages/);
    expect(clean).not.toMatch(/HIGH/);
  });

  it('checks an email that ends at end of input, without the "." line', async () => {
    const r = await consoleRun(
      ['/prematch check other', 'Where do I stand on your rank list? Please tell me.'],
      'eof.sqlite',
    );
    expect(r.stdout).toMatch(/\[HIGH\] Asking how you will be ranked/);
    expect(r.stdout).toMatch(/Name the program next time/);
  });

  it('asks what kind of email it is when /prematch check is typed bare, so the pasted email is checked, not asked', async () => {
    const r = await consoleRun(
      ['/prematch check', 'thank-you', 'Thank you for the interview. Where do I stand on your rank list?', '.'],
      'bare.sqlite',
    );
    expect(r.stdout).toMatch(/What kind of email is it\? Type one of: inquiry, thank-you, update, top-choice, other/);
    expect(r.stdout).toMatch(/Pre-match email check: thank-you/);
    expect(r.stdout).toMatch(/\[HIGH\] Asking how you will be ranked/);
    expect(r.stdout).not.toMatch(/You asked:|Problem:/);
  });
});
