import { describe, expect, it } from 'vitest';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('remark.sqlite');

/** The setup up to the timeline, answered the way a newcomer types: a choice, then a remark. */
const UP_TO_TIMELINE = [
  '/profile setup',
  'nigerian, green card since 2021',
  'residency',
  'internal medicine',
  'Nigeria',
  'Jul 2016',
  'yes since 2022',
  '0 - this is my first time',
  'add',
  'Nigeria',
  'family medicine',
  'Jan 2019',
  'Jun 2021',
  'no, I left to emigrate',
  'other',
  'done',
  'skip', // boards
  'skip', // exams
];

describe('setup answers with a remark after the choice', () => {
  it('reads a yes/no or a count followed by a remark as the choice, and says the remark was not stored', async () => {
    const r = await consoleRun([...UP_TO_TIMELINE, 'quit', '/profile show'], 'yesno.sqlite');
    expect(r.stdout).not.toMatch(/is not yes or no|is not a whole number/);
    expect(r.stdout).toMatch(/ECFMG certified: read "yes since 2022" as yes\. "since 2022" has no place/);
    expect(r.stdout).toMatch(/Previous Match attempts: read "0 - this is my first time" as 0\./);
    expect(r.stdout).toMatch(/Completed: read "no, I left to emigrate" as no\. "I left to emigrate" has no place/);
    expect(r.stdout).toMatch(/family medicine, Nigeria, Jan 2019 – Jun 2021, not completed/);
    expect(r.stdout).toMatch(/- ECFMG certified: yes/);
  });

  it('reads a kind named in fewer words or with a remark, and keeps the remark in the entry note', async () => {
    const r = await consoleRun(
      [
        ...UP_TO_TIMELINE,
        'add',
        '2016-08',
        '2018-12',
        'clinical outside US',
        '',
        'add',
        '2019-01',
        '2021-06',
        'research at LUTH',
        'malaria cohort',
        'add',
        '2021-07',
        '2022-03',
        'personal - moved my family to Houston',
        '',
        'done',
        'quit',
      ],
      'timeline.sqlite',
    );
    expect(r.stdout).not.toMatch(/is not one of: Clinical work outside the US/);
    expect(r.stdout).toMatch(/Added: Aug 2016 – Dec 2018: clinical work outside the US\./);
    expect(r.stdout).toMatch(/Added: Jan 2019 – Jun 2021: research \(malaria cohort; at LUTH\)/);
    expect(r.stdout).toMatch(/Added: Jul 2021 – Mar 2022: personal or family time \(moved my family to Houston\)/);
  });

  it('never reads "no idea" or "not sure" as a no', async () => {
    const r = await consoleRun(
      ['/profile setup', 'indian', 'j1', 'ci', 'internal medicine', 'India', '2018-07', 'no idea'],
      'idea.sqlite',
    );
    expect(r.stdout).not.toMatch(/read "no idea" as no/);
  });
});
