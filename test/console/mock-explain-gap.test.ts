import { describe, expect, it } from 'vitest';
import { EXAMPLE_PROFILE } from '../helpers/cli.js';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole();

const STORY =
  'When I was a resident we noticed that sepsis patients waited for antibiotics. I pulled order times from the EHR and built a dashboard; as a result the median wait fell by 40%.';

describe('/mock and /explain-gap in the local console', () => {
  it('runs a mock interview by typing: answer, hint, retry, skip, next, then the summary and history', async () => {
    const r = await consoleRun(
      [
        `/profile import ${EXAMPLE_PROFILE}`,
        '/mock start 3',
        'hint',
        STORY,
        'retry',
        STORY,
        'next',
        'skip',
        'I like data.',
        'next',
        '/mock history',
      ],
      'mock.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Question 1 of 3/);
    expect(r.stdout).toMatch(/A strong answer shows/);
    expect(r.stdout).toMatch(/Feedback · question 1 of 3/);
    expect(r.stdout).toMatch(/Compared with your previous try/);
    expect(r.stdout).toMatch(/Question 2 of 3/);
    expect(r.stdout).toMatch(/Feedback · question 3 of 3/);
    expect(r.stdout).toMatch(/Mock interview finished: 2 of 3 answered, 1 skipped/);
    expect(r.stdout).toMatch(/Your mock interviews \(latest 1/);
  });

  it('pauses at the end of input and resumes the same session in the next run', async () => {
    const first = await consoleRun([`/profile import ${EXAMPLE_PROFILE}`, '/mock start 2', STORY], 'resume.sqlite');
    expect(first.stdout).toMatch(/Feedback · question 1 of 2/);
    expect(first.stdout).toMatch(/Session paused and saved/);
    const second = await consoleRun(['/mock start', 'resume', 'next', 'end'], 'resume.sqlite');
    expect(second.stdout).toMatch(/You have a mock interview in progress/);
    expect(second.stdout).toMatch(/Question 2 of 2/);
    expect(second.stdout).toMatch(/1 of 2 answered/);
  });

  it('drafts a gap explanation and reviews a pasted draft, quoting the blame words', async () => {
    const r = await consoleRun(
      [
        `/profile import ${EXAMPLE_PROFILE}`,
        '/explain-gap 2022-07 2023-03',
        '/explain-gap review',
        'The exam was unfair and the school never supported me.',
        'I studied alone.',
        '',
        '/explain-gap 2022-13',
      ],
      'gap.sqlite',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Gap to explain: Jul 2022 – Mar 2023/);
    expect(r.stdout).toMatch(/Suggested explanation/);
    expect(r.stdout).toMatch(/Check of your draft \(\d+ words\)/);
    expect(r.stdout).toMatch(/You wrote "The exam was unfair"/);
    expect(r.stdout).toMatch(/"2022-13" is not a month/);
  });

  it("asks for the brackets first, never 'no problems found', when the advisor's template is pasted back unchanged", async () => {
    const first = await consoleRun(
      [`/profile import ${EXAMPLE_PROFILE}`, '/explain-gap 2022-07 2023-03'],
      'tpl.sqlite',
    );
    const suggested = first.stdout.split('Suggested explanation')[1]!.split('\n').slice(2).join('\n');
    const template = suggested.slice(0, suggested.indexOf('\n\n')).trim();
    expect(template).toMatch(/\[Give the reason/);
    const check = first.stdout.slice(first.stdout.indexOf('Check of the suggestion'));
    expect(check).toMatch(/template, not a finished paragraph: fill its 4 \[bracketed\] parts/);
    expect(check).toMatch(/type \/explain-gap review/);
    expect(check).not.toMatch(/no problems found/i);
    // The composer's own "fill the brackets" note is not said a second time.
    expect(first.stdout).not.toMatch(/check your version with/);

    const r = await consoleRun(['/explain-gap review', template, ''], 'tpl.sqlite');
    expect(r.stdout).toMatch(/Check of your draft \(\d+ words\): fill the 4 \[bracketed\] parts first\./);
    expect(r.stdout).toMatch(/"\[Give the reason in one plain sentence, without blaming anyone\.\]"/);
    expect(r.stdout).toMatch(/then check the whole paragraph: type \/explain-gap review\./);
    expect(r.stdout).not.toMatch(/no problems found/i);
  });
});
