import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE, writeJson } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

const { dir, consoleRun } = useConsole();

describe('the local console (npm start without DISCORD_TOKEN)', () => {
  it('welcomes the member, says how to connect to Discord, and exits 0 at end of input', async () => {
    const r = await consoleRun([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/local console/);
    expect(r.stdout).toMatch(/DISCORD_TOKEN/);
    expect(r.stdout).toMatch(/deploy-commands/);
  });

  it('offers setup and import to a member without a profile', async () => {
    const r = await consoleRun(['/redflag'], 'empty.sqlite');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/don't have a profile/);
    expect(r.stdout).toMatch(/\/profile import/);
  });

  it('imports the example profile, shows its red flags, and remembers it in the next session', async () => {
    const first = await consoleRun([`/profile import ${EXAMPLE_PROFILE}`, '/redflag'], 'journey.sqlite');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Profile saved/);
    expect(first.stdout).toMatch(/\[HIGH\] Clinical currency/);
    expect(first.stdout).toMatch(/Training gap: Jul 2022 – Mar 2023/);
    expect(first.stdout).toMatch(/Sources: `?red-flags#/);
    // Same store file, new process: the profile is still there.
    const second = await consoleRun(['/redflag share'], 'journey.sqlite');
    expect(second.stdout).toMatch(/Gap in training \(×2\)/);
    expect(second.stdout).not.toMatch(/Egypt|Cairo/);
  });

  it('answers a plain-text question and /ask with a citation', async () => {
    const r = await consoleRun(['who should write my letters?', '/ask what is a J-1 waiver?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Sources: .*\(letters#[a-z-]+\)/);
    expect(r.stdout).toMatch(/Sources: .*\(visas#[a-z0-9-]+\)/);
  });

  it("reads a short follow-up with the previous question's topic, and a new full question on its own", async () => {
    const r = await consoleRun([
      'I failed Step 3 once, do I need to pass it before starting an IM residency on a J-1?',
      'and what about the H-1B?',
      'what is a Statement of Need?',
    ]);
    expect(r.code).toBe(0);
    const answers = r.stdout.split(/You asked:/).slice(1);
    expect(answers).toHaveLength(3);
    expect(answers[0]).toMatch(/does not require Step 3/);
    // The follow-up keeps the Step 3 topic: the H-1B's Step 3 rule, not which programs sponsor it.
    expect(answers[1]).toMatch(/including Step\s+3/);
    expect(answers[2]).toMatch(/Ministry of Health/);
  });

  it('lists problems by field for an invalid profile file and a clear message for a missing one', async () => {
    const bad = writeJson(dir, 'bad.json', { version: 1, gradutionYear: 2018 });
    const r = await consoleRun(
      [`/profile import ${bad}`, '/profile import /no/such/file.json', '/redflag'],
      'bad.sqlite',
    );
    expect(r.stdout).toMatch(/gradutionYear: unknown key/);
    expect(r.stdout).toMatch(/\/no\/such\/file\.json: profile file not found/);
    expect(r.stdout).toMatch(/don't have a profile/);
  });

  it('shows help and the glossary, and stops reading at /quit', async () => {
    const r = await consoleRun(['/help', '/help glossary', '/quit', '/privacy']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\/profile import <path>/);
    expect(r.stdout).toMatch(/CMIO \(chief medical information officer\)/);
    expect(r.stdout).not.toMatch(/What is stored/);
  });

  it("help says each command's description once, with its other forms listed under it", async () => {
    const r = await consoleRun(['/help']);
    const red = 'Your red-flag report: what programs may question, and what to do about each';
    expect(r.stdout.split(red)).toHaveLength(2); // once, not once per form
    expect(r.stdout).toMatch(/\/redflag {2}\(every flag in full\): Your red-flag report/);
    expect(r.stdout).toMatch(/\n {2}↳ \/redflag <number> {2}\(one flag in full\)\n/);
    expect(r.stdout).toMatch(/\n {2}↳ \/redflag share {2}\(the redacted version you could post publicly\)\n/);
    // Forms with a description of their own keep it.
    expect(r.stdout).toMatch(/\/lor-ask email \[writer name\]: The email asking one of your writers/);
  });

  it('exports and then deletes everything after confirmation', async () => {
    const r = await consoleRun(
      [
        `/profile import ${EXAMPLE_PROFILE}`,
        '/profile export',
        '/profile delete',
        'no',
        '/redflag',
        '/profile delete',
        'yes',
        '/redflag',
      ],
      'delete.sqlite',
    );
    // The file is written to ./exports/ (never overwriting) and its path printed.
    const saved = /profile\.json → (\S+profile-\d{4}-\d{2}-\d{2}\.json)/.exec(r.stdout);
    expect(saved).not.toBeNull();
    expect(JSON.parse(readFileSync(saved![1]!, 'utf8'))).toMatchObject({ citizenship: 'non-us' });
    // Readable by the member's account only: it holds exam attempts, visa and citizenship.
    expect(statSync(saved![1]!).mode & 0o777).toBe(0o600);
    // Asked right there: "no" keeps everything, "yes" deletes (neither goes to /ask).
    expect(r.stdout).toMatch(/Type "yes" to delete everything; anything else keeps it\./);
    expect(r.stdout).toMatch(/Cancelled: nothing was deleted\./);
    expect(r.stdout).toMatch(/Red flags: \d+/);
    expect(r.stdout).toMatch(/Deleted\./);
    // The way back a newcomer knows: the guided setup, not only a file import.
    expect(r.stdout).toMatch(/start again any time with \/profile setup \(or \/profile import with a file\)/);
    expect(r.stdout).not.toMatch(/You asked:/);
    expect(r.stdout.split("don't have a profile").length).toBe(2);
  });

  it('tells the member about an unknown command instead of failing', async () => {
    const r = await consoleRun(['/frobnicate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Unknown command \/frobnicate/);
  });

  it('prints each configuration problem and exits 2', async () => {
    const r = await consoleRun([], 'x.sqlite', { LOG_LEVEL: 'loud', STORE_URL: 'mysql://x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/LOG_LEVEL: must be one of/);
    expect(r.stderr).toMatch(/STORE_URL: must start with sqlite:\/\//);
  });

  it('says how to find the right key, not "tell the server admins", when the data was saved under another key', async () => {
    const first = await consoleRun([`/profile import ${EXAMPLE_PROFILE}`], 'otherkey.sqlite');
    expect(first.stdout).toMatch(/Profile saved/);
    const r = await consoleRun(['/profile show'], 'otherkey.sqlite', { PROFILE_SECRET: 'b'.repeat(44) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/locked with a different key from the one this console found, so I left it untouched/);
    expect(r.stdout).toMatch(/start the console from the folder you used before/);
    expect(r.stdout).not.toMatch(/server admins/);
  });
});
