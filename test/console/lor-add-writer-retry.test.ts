import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

describe('/lor-ask add-writer in the console', () => {
  it('asks again after a role typo and an unreadable yes/no instead of throwing the writer away', async () => {
    const r = await consoleRun(
      [
        `/profile import ${EXAMPLE_PROFILE}`,
        '/lor-ask add-writer',
        'boss',
        'cmio',
        'us',
        'Dr. Amara Stone',
        '2025',
        '',
        '',
        'yes',
        'maybe',
        'y',
        'y',
        'n',
        '/lor-ask plan',
      ],
      'lor-retry.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"boss" is not one I can read\. Role\? One of: attending/);
    expect(r.stdout).toMatch(/"maybe" is not one I can read\. Can speak to your informatics work\? \(y\/n\)/);
    expect(r.stdout).toMatch(/Saved Dr\. Amara Stone to your letter writers \(4 in total\)/);
    expect(r.stdout).not.toMatch(/nothing was saved/);
  });

  it('saves nothing, and says so, after three unreadable answers to one question', async () => {
    const r = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/lor-ask add-writer', 'x', 'y', 'z', '/lor-ask plan'],
      'lor-retry-2.sqlite',
    );
    expect(r.stdout).toMatch(/role: choose one of [^\n]*; nothing was saved/);
    expect(r.stdout).toMatch(/Letters of recommendation: 3 writers/);
  });
});
