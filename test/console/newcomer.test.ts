/**
 * The console as a newcomer meets it: every answer in console words (no buttons to press, nothing
 * to attach, nothing "below"), no log line in the conversation, files written where it says, and
 * the coaching notes in plain words.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

const { dir, consoleRun } = useConsole('newcomer.sqlite');

/** Words that only make sense with Discord's buttons, menus, uploads and layout. */
const DISCORD_ONLY = /\b(press(ed|ing)?|click(ed|ing)?|tap|attach(ed|ing)?|below|button|drop-?down|ephemeral)\b/i;

describe('the console for a newcomer', () => {
  it('speaks console throughout a first session, and logs only to its file', async () => {
    const r = await consoleRun([
      '/help',
      '/redflag',
      '/explain-gap',
      '/mock history',
      `/profile import ${EXAMPLE_PROFILE}`,
      '/redflag',
      '/redflag 2',
      '/explain-gap',
      '/lor-ask plan',
      '/mock start 2',
      'I built a sepsis dashboard and as a result the time to antibiotics fell.',
      'next',
      'skip',
      '/mock history',
      '/prematch timeline',
      '/privacy',
      '/profile export',
      '/profile edit',
      '/profile edit visa',
      '/profile setup restart',
      'no',
      '/frobnicate',
      '/profile delete',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const discordish = lines.filter((l) => DISCORD_ONLY.test(l));
    expect(discordish).toEqual([]);
    // /privacy in the console speaks of this computer, not of a Discord bot.
    const privacy = r.stdout.slice(
      r.stdout.indexOf('Your data in this console'),
      r.stdout.indexOf('Here is everything'),
    );
    expect(privacy).toMatch(/on this computer/);
    expect(privacy).not.toMatch(/Discord|the bot\b|bot’s/);
    // Log lines (JSON) never reach the conversation, nor stderr: they go to the log file.
    expect(r.stdout).not.toMatch(/"level":/);
    expect(r.stderr).toBe('');
    const log = join(dir, 'data/console.log');
    expect(existsSync(log)).toBe(true);
    expect(readFileSync(log, 'utf8')).toMatch(/"msg":/);
    expect(r.stdout).toContain('my log is in data/console.log');
    // Coaching notes by name, not by id.
    expect(r.stdout).toMatch(/Too short/);
    expect(r.stdout).not.toMatch(/too-short|no-informatics-angle/);
    // The export is a file, and the console says where.
    const saved = /profile\.json → (\S+)/.exec(r.stdout);
    expect(saved?.[1]).toMatch(/exports\/profile-\d{4}-\d{2}-\d{2}\.json$/);
    expect(existsSync(saved![1]!)).toBe(true);
    // /profile edit without a value lists what it accepts, by name and by the name to type.
    expect(r.stdout).toMatch(/Fields you can change/);
    expect(r.stdout).toMatch(/- Visa: visa \(J-1\)/);
    expect(r.stdout).toMatch(/- Graduation month: medSchool\.graduated \(Jul 2018\)/);
    expect(r.stdout).toMatch(
      /Visa \(visa\): currently J-1\.\s+It takes one of: No visa needed, J-1, H-1B, O-1, Not sure yet/,
    );
  });

  it('explains a list named from the field list instead of saying it does not exist', async () => {
    const r = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/profile edit timeline', '/profile edit medSchool'],
      'lists.sqlite',
    );
    expect(r.stdout).not.toMatch(/I don't know a field called "timeline"/);
    expect(r.stdout).toMatch(/Periods \(timeline\) is a list: change one part at a time\./);
    expect(r.stdout).toMatch(
      /\/profile edit timeline\[0\]\.<part> <new value>, where <part> is one of: from, to, activity, note/,
    );
    expect(r.stdout).toMatch(/To add or remove periods, use \/profile setup review/);
    expect(r.stdout).toMatch(/\/profile edit medSchool\.<part>/);
  });

  it('never overwrites an earlier export', async () => {
    const r = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/profile export', '/profile export'],
      'twice.sqlite',
    );
    const paths = [...r.stdout.matchAll(/profile\.json → (\S+)/g)].map((m) => m[1]);
    expect(paths).toHaveLength(2);
    expect(new Set(paths).size).toBe(2);
  });
});
