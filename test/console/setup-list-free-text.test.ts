/**
 * Newcomer trial 19, finding 15: a line of facts typed at a list's command prompt is never dropped,
 * and a writer remark that says the member was an observer is kept where the letter plan reads it.
 */
import { describe, expect, it } from 'vitest';
import { useConsole } from '../helpers/console.js';

const { consoleRun } = useConsole('list-free-text.sqlite');

const UP_TO_EXAMS = [
  '/profile setup',
  'egyptian',
  'not sure',
  'residency',
  'pediatrics',
  'Egypt',
  'Nov 2015',
  'yes',
  '1',
  'done', // residencies
  'skip', // boards
];

describe('a free-text line at a list prompt', () => {
  it.each([
    'moved to Houston with my husband, studied for step 1',
    'relocated for my spouse and took care of our baby',
    'I was preparing for the boards at home that year',
  ])('starts a timeline entry with "%s" kept as its note', async (line) => {
    const r = await consoleRun(
      [...UP_TO_EXAMS, 'skip', line, '2021-08', '2024-01', 'exam preparation', '', 'done', 'quit'],
      `tl-${line.length}.sqlite`,
    );
    expect(r.stdout).toContain(`"${line}" is not a list command, so it starts a new period`);
    expect(r.stdout).toMatch(/Added: Aug 2021 – Jan 2024: exam preparation \(/);
    expect(r.stdout).toContain(line);
    expect(r.stdout).not.toMatch(/^Please type add, done/m);
  });

  it('near-misses: a command word and a one-word reply start nothing, and say the line back', async () => {
    const r = await consoleRun([...UP_TO_EXAMS, 'skip', 'ok', 'done', 'quit'], 'tl-ok.sqlite');
    expect(r.stdout).toContain('"ok" is not one of the list\'s commands, so nothing was added from it.');
    expect(r.stdout).not.toMatch(/starts a new period/);
  });

  it('at a list with no note (exams), the line is said back with where to keep it', async () => {
    const r = await consoleRun([...UP_TO_EXAMS, 'step 3 is booked for may', 'done', 'quit'], 'ex-line.sqlite');
    expect(r.stdout).toContain('"step 3 is booked for may" is not one of the list\'s commands');
    expect(r.stdout).toMatch(/keeps no free text: add it to a timeline note/);
  });
});

const TO_LETTERS = [
  ...UP_TO_EXAMS,
  'skip', // exams
  'skip', // timeline
  'skip', // usce
  'skip', // informatics
  'no', // professionalism
];
const writer = (name: string, seen: string) => ['add', 'attending', 'us', 'yes', name, '2024', 'no', seen, ''];

describe('a writer remark that the member was an observer', () => {
  it('is kept with the writer, in several wordings; near-misses keep the name as typed', async () => {
    const r = await consoleRun(
      [
        ...TO_LETTERS,
        ...writer('Dr. Rana Haddad', 'yes, observership only'),
        ...writer('Dr. Omar Fathy', 'yes but I was only shadowing him'),
        ...writer('Dr. Lina Saad', 'yes - she hosted my observership'),
        ...writer('Dr. Sam Ortiz', 'yes, observed me on rounds every day'),
        ...writer('Dr. Ana Ruiz', 'yes, during my externship'),
        'done',
        '',
        '/lor-ask plan',
      ],
      'obs.sqlite',
    );
    expect(r.stdout).toMatch(/"observership only" is kept with the writer's name as "\(observership\)"/);
    for (const name of ['Dr. Rana Haddad', 'Dr. Omar Fathy', 'Dr. Lina Saad'])
      expect(r.stdout).toContain(`Added: ${name} (observership) —`);
    for (const name of ['Dr. Sam Ortiz', 'Dr. Ana Ruiz']) expect(r.stdout).toContain(`Added: ${name} —`);
  });
});
